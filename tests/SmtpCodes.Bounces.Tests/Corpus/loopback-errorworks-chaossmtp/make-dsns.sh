#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-errorworks-chaossmtp: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of ChaosSMTP, the fake SMTP receiving server of errorworks (johnm-dta's set of fault-injecting test
# doubles in Python, its packages llm, llm_mcp, web, blob and smtp, made for other programs' resilience tests: ChaosSMTP
# is an aiosmtpd listener with an HTTP admin sidecar that, by percentages an operator or a preset sets, injects
# temporary and permanent refusals, rate limits, slow replies, dropped connections and accepted-but-dropped messages
# into an outbound mailer's deliveries; the repository johnm-dta/errorworks, MIT licence, copyright the Digital
# Transformation Agency; read with the search tool; only the reply texts are quoted; not the Perl "ChaosSMTP" of
# Kirsle's Chaos AIM bot that session 50's notes name, an unrelated program), whose own code writes every reply below:
# src/errorworks/smtp/error_injector.py (commit 09a51af07349: SMTPErrorInjector._build_decision, the code and words of
# each injected fault, and _STAGE_TAGS, the stages each fault may come at) and src/errorworks/smtp/server.py (commits
# 16171b0d30cb and 32f757a7ded9: _ChaosSMTPHandler.handle_MAIL and handle_RCPT, ChaosSMTPServer.handle_data,
# _reply_for_decision, which sends "<code> <words>" with the enhanced code that leads the words). aiosmtpd calls
# handle_DATA once it has read the whole message, so the DATA faults come after the message's final dot:
#   to MAIL FROM "451 4.3.0 Temporary sender failure" (mail_from_tempfail), "550 5.1.0 Sender rejected"
#   (mail_from_reject), or the rate limit below;
#   to RCPT TO "450 4.7.0 Mailbox temporarily unavailable due to rate limiting" (rate_limit, drawn at MAIL FROM and at
#   RCPT TO; during a burst it is drawn more often), "451 4.3.0 Temporary recipient failure" (rcpt_to_tempfail; during a
#   burst more often) and "550 5.1.1 Recipient rejected" (rcpt_to_reject);
#   after the message "451 4.3.0 Temporary message failure" (data_tempfail) and "554 5.6.0 Message rejected"
#   (data_reject).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ChaosSMTP's; the DSNs are made.
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
#   "451 4.3.0 Temporary sender failure"   to MAIL FROM, to every attempt, from the senders' second addresses (out2,
#                              the route to delta.test), for dan@ and dee@ delta.test
#   "550 5.1.0 Sender rejected"   to MAIL FROM, from the senders' third addresses (out3, the route to gamma.test), for
#                              gus@ and gil@ gamma.test
#   "450 4.7.0 Mailbox temporarily unavailable due to rate limiting"   to RCPT TO, to every attempt, for ria@ and rob@
#                              beta.test
#   "451 4.3.0 Temporary recipient failure"   to RCPT TO, to every attempt, for tia@ and ted@ beta.test
#   "550 5.1.1 Recipient rejected"   to RCPT TO, for rex@ and roy@ beta.test
#   "451 4.3.0 Temporary message failure"   after the message, to every attempt, for mia@ and mel@ beta.test
#   "554 5.6.0 Message rejected"   after the message, for max@ and mae@ beta.test
# Not served: aiosmtpd's greeting and EHLO answer (the replaying server's are used) and its own stock replies (syntax,
# sequence, its size limit); the rate limit at MAIL FROM (the same words as at RCPT TO, served there); "421 4.3.2
# Service not available" (banner_reject: the injector declares it for the connect stage, but the server as read never
# draws a fault at connect, so no client meets it); connection_reset and connection_stall (the server closes the
# connection and then returns "421 4.3.0 Connection closed by chaos policy", which no client reads); malformed_reply
# (a bare "299-Malformed SMTP reply" line and a closed connection, its "451 4.3.0 Malformed reply injected" likewise
# unread); wrong_reply_code's "252 2.5.2 Cannot VRFY user, accepting chaos path" and accept_then_drop's "250 2.0.0 OK"
# (replies of success: the sender delivers and writes no DSN); slow_response (a delay only). The replies are chosen by
# recipient or client address, where ChaosSMTP draws them by chance: each message has one recipient and is a few lines
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test in place of gamma.test behind the senders' second addresses, gamma.test behind a
# third address of each, and delta.test's MX a second replaying server with the same table, as
# loopback-sisumail-tier2's):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for delta.test, out3 192.0.2.23
#               for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test), the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-errorworks-chaossmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ChaosSMTP's replies.
SENDERTEMP='451 4.3.0 Temporary sender failure'
SENDERREJ='550 5.1.0 Sender rejected'
RATE='450 4.7.0 Mailbox temporarily unavailable due to rate limiting'
RCPTTEMP='451 4.3.0 Temporary recipient failure'
RCPTREJ='550 5.1.1 Recipient rejected'
MSGTEMP='451 4.3.0 Temporary message failure'
MSGREJ='554 5.6.0 Message rejected'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDERTEMP" \
    client:192.0.2.34 mail "$SENDERTEMP" \
    client:192.0.2.23 mail "$SENDERREJ" \
    client:192.0.2.33 mail "$SENDERREJ" \
    ria@beta.test rcpt "$RATE" \
    rob@beta.test rcpt "$RATE" \
    tia@beta.test rcpt "$RCPTTEMP" \
    ted@beta.test rcpt "$RCPTTEMP" \
    rex@beta.test rcpt "$RCPTREJ" \
    roy@beta.test rcpt "$RCPTREJ" \
    mia@beta.test eom "$MSGTEMP" \
    mel@beta.test eom "$MSGTEMP" \
    max@beta.test eom "$MSGREJ" \
    mae@beta.test eom "$MSGREJ" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with one more outgoing address for each sender, delta.test behind the second addresses
# and a second replaying server for it.
lb_net 23 24 25 26 27 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out2:, gamma.test=out3: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.34}{${if eq{$domain}{gamma.test}{192.0.2.33}{192.0.2.35}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
temporary-sender-failure	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe kite is stuck in the oak again.\n\nCarol
sender-rejected	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe potting shed key is under the mat.\n\nCarol
rate-limited	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe quiz night moved to Thursday.\n\nCarol
temporary-recipient-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe hedge trimmer is back from the shop.\n\nCarol
recipient-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe choir sheets are on the piano.\n\nCarol
temporary-message-failure	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe plum tree needs a prop this year.\n\nCarol
message-rejected	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe bike lights are charging in the hall.\n\nCarol
exim-temporary-sender-failure	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe lantern walk starts at dusk.\n\nPat
exim-sender-rejected	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe rain gauge read two inches.\n\nPat
exim-rate-limited	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe cricket nets are up behind the hall.\n\nPat
exim-temporary-recipient-failure	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe seed swap is in the old school.\n\nPat
exim-recipient-rejected	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe boat trailer has a flat tyre.\n\nPat
exim-temporary-message-failure	pat@pi.test	mel@beta.test	192.0.2.35	Mel,\n\nthe marmalade labels are printed.\n\nPat
exim-message-rejected	pat@pi.test	mae@beta.test	192.0.2.35	Mae,\n\nthe sheepdog trials are next weekend.\n\nPat
SEND
# the six refusals for good returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
