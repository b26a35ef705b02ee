#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sjinks-bouncer: a receiving SMTP server (../loopback-replay.py) answers with the
# refusal of bouncer, Volodymyr Kolesnykov's (sjinks, wildwolf.name) epoll-based SMTP server "that bounces incoming
# connections": an e-mail service provider redirects its own outgoing connections to known spam-trap servers to it
# (iptables DNAT of port 25 to bouncer's localhost:10025), so a message to a trap is refused instead of delivered, and
# "when analyzing the mail server logs you should suppress all recipients who generated such a bounce" (its README: "you
# have a chance to detect spammers before your IPs are blacklisted"). Read with the search tool in the stored repository
# sjinks/bouncer: common.c at commit 14d2cee57cd0 (its replies: str_greeting, str_quit, str_noop, str_bad_seq,
# err_syntax, err_unavail, and the state machine of process_event that sends them), README.md at 37e3aa101a95 (its use
# and a session transcript); no licence file among the stored files; only the reply texts are quoted. A sending Postfix
# 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are bouncer's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The reply byte for byte, at the stage the code sends it:
#   "554 5.3.2 HELLO FROM THE BOUNCER!"   (str_greeting, written in state S0 to every connection instead of a 220
#       greeting) to every connection of both senders (keyed by client address: 192.0.2.25, the Postfix, and
#       192.0.2.35, the Exim), for kit@ and kol@ beta.test from the Postfix, kai@ and kip@ beta.test from the Exim.
# Not served: the replies to what a client sends after that greeting ("221 2.0.0 Bye." to QUIT, "250 2.0.0 OK." to
# NOOP, "500 5.5.2 Syntax error." to an empty or overlong line, "503 5.1.1 Bad sequence of commands." to any other
# command, which the senders never send: both answer a 554 greeting with QUIT) and "421 4.4.2 localhost.localdomain
# Closing transmission channel." (written only after a read or write error on the connection).
# The replies are chosen by client address, not by anything the senders did: no trap address is known here, and the
# replaying server refuses every connection of both senders. Postfix takes a 5XX greeting as a temporary failure (it
# would try another MX), so it warns after a minute and returns the message after 3; Exim returns it at once. At most 4
# recipients to the reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused).
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sjinks-bouncer}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): bouncer's greeting, to every connection.
GREETING='554 5.3.2 HELLO FROM THE BOUNCER!'
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 connect "$GREETING" \
    client:192.0.2.35 connect "$GREETING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
hello-from-the-bouncer	carol@alpha.test	kit@beta.test	192.0.2.25	Kit,\n\nour spring catalogue is out, twenty per cent off until May.\n\nCarol
hello-from-the-bouncer-second	carol@alpha.test	kol@beta.test	192.0.2.25	Kol,\n\nyour loyalty points expire at the end of the month.\n\nCarol
exim-hello-from-the-bouncer	pat@pi.test	kai@beta.test	192.0.2.35	Kai,\n\nthe webinar on garden irrigation starts at six.\n\nPat
exim-hello-from-the-bouncer-second	pat@pi.test	kip@beta.test	192.0.2.35	Kip,\n\nthe newsletter for June is below.\n\nPat
SEND
# two messages refused for good by the Exim, returned at once; for each of the Postfix's two, a warning after a minute
# and a return after 3
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
