#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fixrate-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of fixrate (fixrate-go), Sina Ghaderi's Postfix policy daemon in Go that
# limits how many messages each SASL user may send in a period, its per-user plans kept in MySQL ("applies sending
# rate limit per users, so you don't have to limit entire domain", written after "someone sending too many emails to
# our mailing servers", as its Readme says; it protects mail.snix.ir) (repository Sina-Ghaderi/fixrate-go, MIT as its
# Readme says, the License file not read; read with the search tool; only the reply texts are quoted):
#   vendor/syscon/syscon.go (commit fcd7db7acbea0f52c263ea35baaa1920f8b68cb6), handlePostfixConn: for each request
#     line "sasl_username=<user>" it answers "action=OK" when the user is empty (not an authenticated client), and
#     otherwise, after looking the user up and counting, "action=REJECT " and one of:
#       "fixrate error: internal  server error <1>, contact administrator"   datax.GetUserFromDatabase failed;
#       "fixrate error: internal server error <2>, contact administrator"   UpdateUserLastReset failed (the period
#         had run out and the reset time could not be stored);
#       "fixrate error: internal  server error <3>, contact administrator"   UpdateUserCounter(0) failed (the reset
#         of the counter);
#       "fixrate: sending limit exceeded, you can't send anything until next <duration>"   the user's counter has
#         reached its limit; the duration is the time left in the period, Go's time.Duration rounded to the second
#         ("1m43s" here, within the default plan of 10 messages per 120 seconds, fixrate.conf's default_ratelimit);
#       "fixrate error: internal  server error <4>, contact administrator"   UpdateUserCounter(counter + 1) failed;
#     (<1>, <3> and <4> with two spaces after "internal", <2> with one, as the code writes them);
#   Readme.md (commit 8210678809189594433cbd5fe9dae9f4571df854): Postfix asks it in smtpd_sender_restrictions
#     ("smtpd_sender_restrictions = reject_unknown_sender_domain, check_policy_service unix:/fix/fixrate.sock").
# Postfix's smtpd (smtpd_check.c, check_table_result) gives a policy service's REJECT as its access_map_reject_code 554
# with 5.7.1, in the frame "<name>: <class> rejected: <text>", which in the sender restrictions is the sender address
# and "Sender address"; with smtpd_delay_reject at its default (yes) the sender restrictions are evaluated at RCPT TO,
# so the refusal is the reply to RCPT TO: "554 5.7.1 <sender>: Sender address rejected: <text>". The served lines are
# those, {sender} being the MAIL FROM address.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# fixrate's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it (S is "<sender>: Sender address rejected:"):
#   "554 5.7.1 S fixrate: sending limit exceeded, you can't send anything until next 1m43s"   to RCPT TO: the
#                              sending user has sent its plan's messages in the period; for dan@ and dot@ beta.test
#   "554 5.7.1 S fixrate error: internal  server error <1>, contact administrator"   to RCPT TO: the user look-up
#                              failed; for lou@ and lea@ beta.test
#   "554 5.7.1 S fixrate error: internal server error <2>, contact administrator"   to RCPT TO: storing the period's
#                              reset time failed; for nia@ and ned@ beta.test
#   "554 5.7.1 S fixrate error: internal  server error <3>, contact administrator"   to RCPT TO: resetting the
#                              counter failed; for fay@ and fox@ beta.test
#   "554 5.7.1 S fixrate error: internal  server error <4>, contact administrator"   to RCPT TO: counting the
#                              message failed; for bea@ and bo@ beta.test
# Not served: the OK actions (no reply), Postfix's own replies. fixrate answers only an authenticated client (a
# sasl_username); here the replying server gives its answers to a relaying MTA on port 25, which does not
# authenticate. The replies are chosen by recipient, not by anything the senders did: each message has one recipient
# and is a few lines of plain text. Every reply is permanent, so each message is returned at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fixrate-policy}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): fixrate's answers as Postfix's smtpd_check writes them.
S='<{sender}>: Sender address rejected:'
LIMIT="554 5.7.1 $S fixrate: sending limit exceeded, you can't send anything until next 1m43s"
ERR1="554 5.7.1 $S fixrate error: internal  server error <1>, contact administrator"
ERR2="554 5.7.1 $S fixrate error: internal server error <2>, contact administrator"
ERR3="554 5.7.1 $S fixrate error: internal  server error <3>, contact administrator"
ERR4="554 5.7.1 $S fixrate error: internal  server error <4>, contact administrator"
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$LIMIT" \
    dot@beta.test rcpt "$LIMIT" \
    lou@beta.test rcpt "$ERR1" \
    lea@beta.test rcpt "$ERR1" \
    nia@beta.test rcpt "$ERR2" \
    ned@beta.test rcpt "$ERR2" \
    fay@beta.test rcpt "$ERR3" \
    fox@beta.test rcpt "$ERR3" \
    bea@beta.test rcpt "$ERR4" \
    bo@beta.test rcpt "$ERR4" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sending-limit-exceeded	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe newsletter list is ready for review.\n\nCarol
internal-server-error-1	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe invoice reminders go out on Monday.\n\nCarol
internal-server-error-2	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe webinar invitations are drafted.\n\nCarol
internal-server-error-3	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe survey link works again.\n\nCarol
internal-server-error-4	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe holiday rota is attached.\n\nCarol
exim-sending-limit-exceeded	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe price update mail is queued for tomorrow.\n\nPat
exim-internal-server-error-1	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe order confirmations look right now.\n\nPat
exim-internal-server-error-2	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe password policy note is sent.\n\nPat
exim-internal-server-error-3	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe shipping notices were delayed.\n\nPat
exim-internal-server-error-4	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe meeting notes are in the shared folder.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
