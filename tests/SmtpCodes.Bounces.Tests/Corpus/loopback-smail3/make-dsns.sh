#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smail3: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Smail 3 (Smail 3.2, the UUCP-era mail transfer agent of Ronald S. Karr and Landon Curt Noll, 1987 on, maintained by
# Greg A. Woods in the 1990s). Read with the search tool, in the stored copies of its sources (the index names no
# repository path for them): src/smtprecv.c, "@(#)smail/src:RELEASE-3_2:smtprecv.c,v 1.27 1996/03/05 19:04:42 woods"
# (receive_smtp, the SMTP server's command loop, and verify_addr, which the RCPT command calls when smail is built with
# VERIFY_RCPTS: a recipient that fails verification is answered "501 <address> ... not matched: <error>", the address
# as the client gave it, angle brackets and all); src/direct.c at the same release (verify_local_addrs: a local
# address no director matched fails with the error "unknown user", ERR_100); src/route.c at the same release (an
# address no router matched fails with "unknown host", ERR_101). The files say "See the file COPYING, distributed with
# smail, for restriction and warranty information" (smail 3 is GPL); only the reply texts are quoted. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Smail's; the
# DSNs are made.
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
#   "552 message too large"    (receive_smtp, MAIL: the SIZE parameter over accepted_msg_size, max_message_size or the
#                              spool's free space) to MAIL FROM, to the Postfix's and the Exim's second addresses
#                              (out2.alpha.test and out2.pi.test, which send for gamma.test), for gus@ and gina@
#                              gamma.test
#   "501 <recipient> ... not matched: unknown user"   (RCPT: verify_addr finds no director that matches the local
#                              part of a local address, ERR_100; with VERIFY_RCPTS a failed RCPT is answered 501) to RCPT
#                              TO, for gil@ and gail@ beta.test
#   "501 <recipient> ... not matched: unknown host"   (RCPT: no router matches the address's domain, ERR_101) to RCPT
#                              TO, for ray@ and roy@ delta.test
#   "421 mx.beta.test Service not available, closing channel"   (receive_smtp: the daemon got SIGTERM, the command
#                              loop ends and the module tells the client before it closes; the client reads it as the
#                              reply to its next command, here RCPT TO) to RCPT TO, to every attempt, for dora@ and
#                              dick@ beta.test
#   "451 error in spooled message"   (DATA: read_message() could not read back the message just spooled) after the
#                              message, to every attempt, for nora@ and noel@ beta.test
# Not served: "451 Failed to queue message: <error>: <strerror>" (queue_message's own error texts are in another
# file), "421 <host> SMTP command timeout, closing channel" and "421 <host> Lost input channel" (a client that stalls or
# hangs up), the "cannot verify" answer to a recipient whose verification is deferred (250 to RCPT), VRFY's and EXPN's
# "550 <address> ... not matched" answers, "500 I hear you knocking, but you can't come in" (DEBUG) and the replies to
# malformed or out-of-order commands ("501 <address> ... <parse error>", "503 Need MAIL command", "503 Need RCPT
# (recpient)", "555 missing SIZE parameter", "555 Unknown MAIL TO: option ...").
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are a few
# hundred bytes, every user and domain exists, delta.test is a domain the replaying server serves, nothing was shut
# down. The 421 and the 451 come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# The replaying server's greeting and EHLO answer are loopback-replay.py's; Smail greets with its smtp_banner, "<host>
# Smail<version> #<n> ready at <date>" by default, and answers EHLO "<host> Hello <name>, here's what we support:".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smail3}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Smail's replies.
DOWN='421 mx.beta.test Service not available, closing channel'
SPOOL='451 error in spooled message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '552 message too large' \
    client:192.0.2.34 mail '552 message too large' \
    gil@beta.test rcpt '501 <gil@beta.test> ... not matched: unknown user' \
    gail@beta.test rcpt '501 <gail@beta.test> ... not matched: unknown user' \
    ray@delta.test rcpt '501 <ray@delta.test> ... not matched: unknown host' \
    roy@delta.test rcpt '501 <roy@delta.test> ... not matched: unknown host' \
    dora@beta.test rcpt "$DOWN" \
    dick@beta.test rcpt "$DOWN" \
    nora@beta.test eom "$SPOOL" \
    noel@beta.test eom "$SPOOL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-too-large	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe compost bins are full again.\n\nCarol
unknown-user	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe cricket nets are up on Saturday.\n\nCarol
unknown-host	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe village fete needs two more stalls.\n\nCarol
service-not-available	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe library van comes on Wednesdays now.\n\nCarol
error-in-spooled-message	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe hedgehog house is finished.\n\nCarol
exim-message-too-large	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe sailing dinghy is back from repair.\n\nPat
exim-unknown-user	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe jam jars are under the sink.\n\nPat
exim-unknown-host	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe bell ringers practise on Thursday.\n\nPat
exim-service-not-available	pat@pi.test	dick@beta.test	192.0.2.35	Dick,\n\nthe greenhouse glass arrived today.\n\nPat
exim-error-in-spooled-message	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe walking group meets at the church gate.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
