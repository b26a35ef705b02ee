#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xtreme: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Xtreme Networks' support page "Mail system policies" quotes from its mail system (Xtreme Networks, a New Zealand
# internet provider: http://www.xtreme.net.nz/support/mail-policies.php, "All connections to our mail system undergo a
# certain level of scrutiny. The order we process an incoming connection is detailed here"; read with the search tool, no
# date shown), byte for byte but for its placeholders; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Xtreme Networks'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Every reply the stored copies of the page show whole (four, in the page's order of tests; the page goes on after its
# greylisting paragraph, cut in every stored copy), its <IP ADDRESS> the client's address and <DOMAIN> the sender's
# domain; the page gives no stages ("the connection is closed with ..."), so the stages are the run's: the PTR test at
# MAIL FROM (to the clients that send to gamma.test), the others at RCPT TO:
#   "501 Connecting IP must have valid PTR record"   "If the connecting IP does not have a PTR record"
#                                                                  to MAIL FROM, gil@, gus@gamma.test
#   "501 <DOMAIN> is invalid or DNS says does not exist"
#                                              "a test to verify that the sending domain exists"
#                                                                  dana@, dora@beta.test (alpha.test: the Postfix's
#                                                                  sender) and dirk@, drew@beta.test (pi.test: the Exim's)
#   "550 <IP ADDRESS> does not pass SPF requirements for domain <DOMAIN>."
#                                              "If an SPF test produces a Failed result" (the page's closing quote is
#                                              missing; the text is served up to and with its full stop)
#                                                                  sam@, sue@beta.test (192.0.2.25, alpha.test) and
#                                                                  sid@, sol@beta.test (192.0.2.35, pi.test)
#   "451 Greylisting enabled, try again in 1 minutes"
#                                              "we take the sender and recipient addresses and then close the connection
#                                              with ... After one minute we then accept the email": served to every
#                                              attempt here (never accepted), so each sender warns and then returns
#                                                                  gail@beta.test
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, no SPF record is published or asked, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-xtreme}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '501 Connecting IP must have valid PTR record' \
    client:192.0.2.34 mail '501 Connecting IP must have valid PTR record' \
    dana@beta.test rcpt '501 alpha.test is invalid or DNS says does not exist' \
    dora@beta.test rcpt '501 alpha.test is invalid or DNS says does not exist' \
    dirk@beta.test rcpt '501 pi.test is invalid or DNS says does not exist' \
    drew@beta.test rcpt '501 pi.test is invalid or DNS says does not exist' \
    sam@beta.test rcpt '550 {client} does not pass SPF requirements for domain alpha.test.' \
    sue@beta.test rcpt '550 {client} does not pass SPF requirements for domain alpha.test.' \
    sid@beta.test rcpt '550 {client} does not pass SPF requirements for domain pi.test.' \
    sol@beta.test rcpt '550 {client} does not pass SPF requirements for domain pi.test.' \
    gail@beta.test rcpt '451 Greylisting enabled, try again in 1 minutes' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ptr-record	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe rugby club dinner is on Saturday.\n\nCarol
sending-domain	carol@alpha.test	dana@beta.test,dora@beta.test	192.0.2.25	Dana, Dora,\n\nthe ferry times changed for summer.\n\nCarol
spf	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe tramping trip is booked.\n\nCarol
greylisting	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe invoice is attached as text below.\n\nCarol
exim-ptr-record	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe netball draw is out.\n\nPat
exim-sending-domain	pat@pi.test	dirk@beta.test,drew@beta.test	192.0.2.35	Dirk, Drew,\n\nthe fishing licence renewals are due.\n\nPat
exim-spf	pat@pi.test	sid@beta.test,sol@beta.test	192.0.2.35	Sid, Sol,\n\nthe cricket nets are open on Sunday.\n\nPat
exim-greylisting	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe quarterly report is ready.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 from each sender for the greylisted recipient
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
