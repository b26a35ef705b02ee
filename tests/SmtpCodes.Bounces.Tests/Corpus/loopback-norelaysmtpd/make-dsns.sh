#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-norelaysmtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of norelaysmtpd, bAndie91's fork of smtpd, Lyonel Vincent's "lightweight SMTP endpoint receiver" of ezix.org
# (run from inetd or xinetd, it delivers to the maildirs it finds under one folder, relays nothing, greylists with
# SQLite and checks SPF by running spfquery). Read with the search tool in the repository bAndie91/norelaysmtpd:
# smtpd.c at commit 83d6854ead86 (print() writes the three digits, a space and the text, no enhanced code; the texts
# below are the ones it prints), smtpd.8 at commit 0d769dfa167b ("smtpd is distributed under the GNU GENERAL PUBLIC
# LICENSE (GPL) version 2", "maintained by Lyonel Vincent"); only the reply texts are quoted. A sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the server's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "554 don't know who you are."   (main: the server cannot get the client's address, "can't get remote address",
#                              and says so instead of its greeting) instead of the greeting, to every connection from
#                              the Postfix's second address (out2.alpha.test, which sends for gamma.test), for
#                              gina@gamma.test
#   "451 temporary error"   (MAIL: spf_query's default answer, kept when spfquery could not be run or gave no answer,
#                              and the SPF result is neither pass, neutral, softfail nor none: an SPF error) to MAIL
#                              FROM, to every attempt from the Exim's second address (out2.pi.test, which sends for
#                              gamma.test), for gus@gamma.test
#   "550 no such mailbox"   (add_recipient: no mailbox folder of that name, ENOENT, and no catch-all) to RCPT TO, for
#                              nadia@ and noel@ beta.test
#   "450 you are being put on waiting list, come back later"   (add_recipient: the greylist has not seen the client,
#                              sender domain and recipient for long enough; "greylisted") to RCPT TO, to every attempt,
#                              for gwen@ and gary@ beta.test
#   "451 mailbox unavailable"   (add_recipient: the temporary file cannot be made in the mailbox's tmp folder; "can't
#                              create") to RCPT TO, to every attempt, for mona@beta.test
#   "553 rejected"   (add_recipient: a character outside SAFECHARS, letters, digits and "@+-._", in the address; "invalid
#                              char in RCPT TO") to RCPT TO, for ann=lee@beta.test
#   "550 rejected"   (add_recipient: the server cannot change to its mailboxes folder; "can't access") to RCPT TO, for
#                              rhea@beta.test
#   "451 failed to deliver message."   (retrieve_data: writing, closing or linking the message into a recipient's
#                              maildir failed) after the message, to every attempt, for fern@beta.test
#   "502 failed to deliver message."   (retrieve_data: the configuration's rejectall, which refuses every message after
#                              its data) after the message, for rex@beta.test
# Not served: the SPF refusal "550 <spfquery's explanation>" (its words are the SPF library's), "451 no such mailbox"
# (the same words as the 550), the replies to out-of-order or malformed commands ("501 syntax error.", "503 protocol
# error.", "501 invalid return-path", "553 invalid address"), "503 not trusted." (XCLIENT) and "421 connection timed
# out.".
# The replies are chosen by recipient or client address, not by anything the senders did: the run has no spfquery,
# greylist, maildirs or configuration. The temporary replies come on every attempt; each sender warns after a minute
# and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-norelaysmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): norelaysmtpd's replies.
NSU='550 no such mailbox'
GREY='450 you are being put on waiting list, come back later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "554 don't know who you are." \
    client:192.0.2.34 mail '451 temporary error' \
    nadia@beta.test rcpt "$NSU" \
    noel@beta.test rcpt "$NSU" \
    gwen@beta.test rcpt "$GREY" \
    gary@beta.test rcpt "$GREY" \
    mona@beta.test rcpt '451 mailbox unavailable' \
    ann=lee@beta.test rcpt '553 rejected' \
    rhea@beta.test rcpt '550 rejected' \
    fern@beta.test eom '451 failed to deliver message.' \
    rex@beta.test eom '502 failed to deliver message.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greeting-refused	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe pottery class moved to Wednesday.\n\nCarol
no-such-mailbox	carol@alpha.test	nadia@beta.test	192.0.2.25	Nadia,\n\nthe hedge trimmer is back on its hook.\n\nCarol
waiting-list	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe map of the coast path is in your pigeonhole.\n\nCarol
mailbox-unavailable	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe jam jars are washed and ready.\n\nCarol
failed-to-deliver	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe lantern parade starts at the bridge.\n\nCarol
exim-temporary-error	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe rota for the stall is pinned up.\n\nPat
exim-no-such-mailbox	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe chess club meets upstairs now.\n\nPat
exim-waiting-list	pat@pi.test	gary@beta.test	192.0.2.35	Gary,\n\nthe paint for the fence has arrived.\n\nPat
exim-rejected-address	pat@pi.test	ann=lee@beta.test	192.0.2.35	Ann,\n\nthe recorder group starts in May.\n\nPat
exim-rejected	pat@pi.test	rhea@beta.test	192.0.2.35	Rhea,\n\nthe compost bins are full again.\n\nPat
exim-failed-to-deliver	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe van is booked for the move.\n\nPat
SEND
# five messages refused for good, returned at once (one by the Postfix, four by the Exim), then for each of the six
# temporary refusals (four to the Postfix, the 554 greeting among them, and two to the Exim) a warning after a minute
# and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
