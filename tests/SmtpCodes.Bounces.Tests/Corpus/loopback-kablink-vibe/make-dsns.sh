#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kablink-vibe: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP server of Kablink Vibe (Novell's team-collaboration server in Java, first called ICEcore,
# then Kablink Teaming and Novell Vibe; CPAL-1.0 by its file headers), as the repository new333333/test2 keeps its
# source tree (ssf/...; read with the search tool; only the reply texts are quoted). Vibe's SMTPManagerImpl runs a
# SubEthaSMTP server (the library's jar, lib/subethasmtp.jar, is kept in the repository) whose message handler takes
# mail for a folder's "simple URL" e-mail address and posts it into that folder as an entry; the handler's own code
# writes every reply below: ssf/main/src/org/kablink/teaming/smtp/impl/SMTPManagerImpl.java (commit dec7b1570d9c,
# Handler.recipient and Handler.data). Each refusal is a SubEthaSMTP RejectException(code, text), which the library
# writes as "<code> <text>", with no enhanced code (the code writes none; the double space after "unavailable." is the
# code's):
#   to RCPT TO "550 Requested action not taken: mailbox <address> unavailable.  Simple URL posting is disabled." (the
#   zone that the recipient's domain names as its virtual host has simple-URL posting switched off in its mail
#   configuration), "550 Requested action not taken: mailbox <address> unavailable.  Target entity is not a folder."
#   (the local part names no simple URL, or one whose binder is not a folder) and "550 Requested action not taken:
#   mailbox <address> unavailable.  Posting disabled on target binder." (the folder exists but takes no posted mail);
#   after the message "554 Server error" (javax.mail could not read the message or posting it failed with a
#   MessagingException).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Vibe's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Requested action not taken: mailbox gus@gamma.test unavailable.  Simple URL posting is disabled."   to RCPT
#                              TO, for gus@gamma.test (and the same with gil@gamma.test for gil@)
#   "550 Requested action not taken: mailbox dan@beta.test unavailable.  Target entity is not a folder."   to RCPT TO,
#                              for dan@beta.test (and with dot@beta.test for dot@)
#   "550 Requested action not taken: mailbox pam@beta.test unavailable.  Posting disabled on target binder."   to RCPT
#                              TO, for pam@beta.test (and with pip@beta.test for pip@)
#   "554 Server error"   after the message, for sam@ and sid@ beta.test
# Not served: the greeting and EHLO answer (SubEthaSMTP's; the replaying server's are used), "550 Requested action not
# taken: mailbox <address> not known." (an address that does not split into exactly two parts at "@", which no
# relaying MTA sends), "554 <subject>" (posting into the folder failed: the subject of the reply Vibe's
# DefaultEmailPoster.postError builds, ssf/main/src/org/kablink/teaming/module/mail/impl/DefaultEmailPoster.java at
# commit 0389bc75e559, "Re: <subject> " and the localized text errorcode.postMessage.failed, which was not read), the
# older handler's "550 Requested action not taken: mailbox <address> unavailable" (the same three checks before they
# named their cause), the SMTP AUTH failure and SubEthaSMTP's own stock replies (syntax, sequence, size).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. Every reply is permanent: each sender returns the message at once. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kablink-vibe}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Kablink Vibe's inbound SMTP replies.
NOPOST='unavailable.  Simple URL posting is disabled.'
NOFOLDER='unavailable.  Target entity is not a folder.'
NOBINDER='unavailable.  Posting disabled on target binder.'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "550 Requested action not taken: mailbox gus@gamma.test $NOPOST" \
    gil@gamma.test rcpt "550 Requested action not taken: mailbox gil@gamma.test $NOPOST" \
    dan@beta.test rcpt "550 Requested action not taken: mailbox dan@beta.test $NOFOLDER" \
    dot@beta.test rcpt "550 Requested action not taken: mailbox dot@beta.test $NOFOLDER" \
    pam@beta.test rcpt "550 Requested action not taken: mailbox pam@beta.test $NOBINDER" \
    pip@beta.test rcpt "550 Requested action not taken: mailbox pip@beta.test $NOBINDER" \
    sam@beta.test eom '554 Server error' \
    sid@beta.test eom '554 Server error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
simple-url-posting-disabled	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe orchard ladder is back in the shed.\n\nCarol
target-not-a-folder	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe choir sings on Sunday at six.\n\nCarol
posting-disabled-on-binder	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe hedge by the lane wants trimming.\n\nCarol
server-error	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe tide tables are pinned by the door.\n\nCarol
exim-simple-url-posting-disabled	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe kettle on the boat leaks again.\n\nPat
exim-target-not-a-folder	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe quilt show opens on Saturday.\n\nPat
exim-posting-disabled-on-binder	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe swifts are back over the church.\n\nPat
exim-server-error	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe map of the fells is on the table.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
