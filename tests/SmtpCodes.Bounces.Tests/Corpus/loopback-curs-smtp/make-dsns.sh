#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-curs-smtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Curs_SMTP, a course project's SMTP server in C by xammi (whose code's paths name a user maksimkislenko;
# repository xammi/Curs_SMTP, its README in Russian, no licence file read; read with the search tool; only the reply
# texts are quoted): a single-threaded server on poll(2) with a state machine for HELO, EHLO, MAIL, RCPT, DATA, RSET,
# VRFY, NOOP and QUIT, which takes mail only from senders listed in its "userinfo" file, checks every address against
# a regular expression and files each accepted message into the recipient's Maildir; whose own code writes every reply
# below: smtp.c (commit 0c17e238e539; and src/smtp.c at commit 1b64b61ad37d, the same texts), smtp_response and
# handle_request, each reply a string literal chosen by its code:
#   to MAIL FROM "550 Sender unknown" (check_user: the envelope sender is not in the userinfo file);
#   to RCPT TO "501 Invalid argument" (the address fails smtp.c's pattern "RCPT TO:<([a-zA-Z0-9\.@\-_]+)>", or
#   src/smtp.c's stricter one; neither takes a "+");
#   after the message "451 Requested action aborted: error in processing" (smtp.c's save_maildir could not open the
#   message's file in the recipient's Maildir; src/smtp.c, the layout the README describes, logs such a failure and
#   answers 250).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Curs_SMTP's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Sender unknown"   to MAIL FROM, for each sender's second address (192.0.2.24 and 192.0.2.34, the ones used for
#                              gamma.test), so for gus@ and gwen@ gamma.test (one message) and gil@ and gail@ gamma.test
#                              (one message): both recipients of each
#   "501 Invalid argument"   to RCPT TO, for ivy+news@ and ida+list@ beta.test (a "+" the code's pattern refuses)
#   "451 Requested action aborted: error in processing"   after the message, to every attempt, for the messages to
#                              nia@ and ned@ beta.test
# Not served: the greeting "220 <smtp.name> ready" and the EHLO answer (the replaying server's are used), "501 Invalid
# argument" to MAIL FROM and to HELO, EHLO and VRFY, "503 Bad sequence of commands", "500 Invalid command", "502 Not
# implemented" (never sent), "550 Sender unknown" to VRFY, and two RFC 5321 texts the code uses as they stand: "455
# Server unable to accommodate parameters" (an eleventh recipient) and "552 Requested mail action aborted: exceeded
# storage allocation" (never sent). The replies are chosen by recipient (or, for the 550, by the client's address), not
# by anything the senders did: no userinfo file was read and no Maildir failed; the messages are a few lines of plain
# text. The temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text a sender.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-curs-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Curs_SMTP's replies.
UNKNOWN='550 Sender unknown'
INVALID='501 Invalid argument'
ABORTED='451 Requested action aborted: error in processing'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$UNKNOWN" \
    client:192.0.2.34 mail "$UNKNOWN" \
    ivy+news@beta.test rcpt "$INVALID" \
    ida+list@beta.test rcpt "$INVALID" \
    nia@beta.test eom "$ABORTED" \
    ned@beta.test eom "$ABORTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-unknown	carol@alpha.test	gus@gamma.test,gwen@gamma.test	192.0.2.25	Gus and Gwen,\n\nthe harvest supper needs puddings.\n\nCarol
invalid-argument	carol@alpha.test	ivy+news@beta.test	192.0.2.25	Ivy,\n\nthe parish newsletter goes out on Monday.\n\nCarol
error-in-processing	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe choir sings at the fete.\n\nCarol
exim-sender-unknown	pat@pi.test	gil@gamma.test,gail@gamma.test	192.0.2.35	Gil and Gail,\n\nthe duck race is postponed.\n\nPat
exim-invalid-argument	pat@pi.test	ida+list@beta.test	192.0.2.35	Ida,\n\nthe list of stalls is pinned up.\n\nPat
exim-error-in-processing	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe stile by the brook is broken.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the temporary reply
# (one message to each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
