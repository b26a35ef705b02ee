#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-flow-like-mail-ingress: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of Flow-Like's mail ingress, the LMTP gateway in Rust of Flow-Like, Rheosoph's (formerly TM9657's) visual
# workflow-automation platform (a Postfix of the project's own takes a domain's mail in, checks each recipient against
# the gateway's socketmap and hands each message to the gateway over LMTP; the gateway asks the platform's API whether
# an address is an inbox of a workflow and stores the message through that API, so that a mail can start a flow; the
# repository Rheosoph/flow-like, also stored as TM9657/flow-like, no licence file read; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below, in apps/backend/mail-ingress/src/lmtp.rs (commit
# 6780552296104828, lmtp_session; the Postfix in apps/backend/mail-ingress/postfix/ is the gateway's front door). Each
# reply is written out whole, with no enhanced code (the code writes none):
#   to RCPT TO "550 Unknown recipient" (the API says the address is no inbox of the platform) and "451 Recipient lookup
#   unavailable" (the API could not be asked); after the message "552 Message exceeds size limit" (the message is larger
#   than the gateway's max_bytes), "451 Expected trusted Postfix Received header" (the message's first header is not a
#   Received line written by the project's own Postfix, named by the gateway's hostname and with a queue id: the message
#   did not come in through the trusted front door) and "451 Message storage unavailable" (storing the message through
#   the API failed; the code's log says "Postfix will retry").
# Flow-Like's gateway speaks LMTP, not SMTP: the replaying server speaks SMTP and answers RCPT TO and the end of the
# message with the texts the gateway gives there in an LMTP transaction (the stages and the replies are the same in both
# protocols; LMTP's one reply per recipient after the message is one reply here, as each message has one recipient); a
# relaying MTA meets these texts when it delivers to the gateway over LMTP, as the project's own Postfix does.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Flow-Like's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Unknown recipient"   to RCPT TO, for uma@ and una@ beta.test
#   "451 Recipient lookup unavailable"   to RCPT TO, to every attempt, for lee@ and lyn@ beta.test
#   "552 Message exceeds size limit"   after the message, for max@ and meg@ beta.test
#   "451 Expected trusted Postfix Received header"   after the message, to every attempt, for tam@ and tod@ beta.test
#   "451 Message storage unavailable"   after the message, to every attempt, for sal@ and sol@ beta.test
# Not served: the greeting "220 flow-like LMTP ready" and the LHLO answer (the replaying server's greeting and EHLO
# answer are used; the gateway answers EHLO and HELO with "500 Unsupported command", as it knows only LHLO), "452 Too
# many recipients" (past 100 recipients), "421 Session command limit reached" (after 1000 commands), the syntax and
# sequence replies ("501 Invalid sender or options", "501 Invalid recipient", "503 Bad command sequence") and the
# socketmap's answers to the project's Postfix ("NOTFOUND", "TEMP Recipient lookup unavailable", "PERM Unknown map"),
# which that Postfix turns into refusals in its own words.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text (none is large). The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-flow-like-mail-ingress}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Flow-Like's mail ingress's LMTP replies.
UNKNOWN='550 Unknown recipient'
LOOKUP='451 Recipient lookup unavailable'
SIZE='552 Message exceeds size limit'
TRUSTED='451 Expected trusted Postfix Received header'
STORAGE='451 Message storage unavailable'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$UNKNOWN" \
    una@beta.test rcpt "$UNKNOWN" \
    lee@beta.test rcpt "$LOOKUP" \
    lyn@beta.test rcpt "$LOOKUP" \
    max@beta.test eom "$SIZE" \
    meg@beta.test eom "$SIZE" \
    tam@beta.test eom "$TRUSTED" \
    tod@beta.test eom "$TRUSTED" \
    sal@beta.test eom "$STORAGE" \
    sol@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe lighthouse tour is full this week.\n\nCarol
recipient-lookup-unavailable	carol@alpha.test	lee@beta.test	192.0.2.25	Lee,\n\nthe choir robes are at the cleaners.\n\nCarol
exceeds-size-limit	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe allotment shed needs a new lock.\n\nCarol
untrusted-received-header	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe moth trap caught a hawk-moth.\n\nCarol
storage-unavailable	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe bonfire is on the green at seven.\n\nCarol
exim-unknown-recipient	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe stile by the brook is broken.\n\nPat
exim-recipient-lookup-unavailable	pat@pi.test	lyn@beta.test	192.0.2.35	Lyn,\n\nthe library van comes on Thursdays.\n\nPat
exim-exceeds-size-limit	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe pumpkins are ready for the show.\n\nPat
exim-untrusted-received-header	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe tennis net has a hole in it.\n\nPat
exim-storage-unavailable	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe seed swap is in the chapel.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
