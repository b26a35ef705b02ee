#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pypolicyd: a receiving SMTP server (../loopback-replay.py) answers with the replies a
# Postfix writes from the answers of PyPolicyd, Monema srl's Postfix policy daemon for rate limits, recipient counts and
# message sizes per sender, domain or user (repository monemasrl/pypolicyd, read with the search tool:
# usr/lib/python3/dist-packages/pypolicyd/policy_daemon.py at commit 028ee42c67c9, process_request and
# _check_user_rate_limits, which write the actions; rate_limit.py at c5c9bf98696a, the rate strings "count/window" and
# "count/window/ACTION", REJECT by default, DEFER or DUNNO when named; rate_limit_store.py at 028ee42c67c9, whose count
# is the limit plus one when first exceeded; etc/pypolicyd/policy-rules.d/example.com.yml at 037d764e321d, rules keyed
# "*@domain" and "user@domain"; README.md at 0607a99b294b, which asks the daemon from smtpd_recipient_restrictions; no
# licence file is stored; only the reply texts are quoted). A policy service gives Postfix an action and a text, and
# Postfix writes the reply (smtpd_check.c's check_table_result, Postfix 3.x): for REJECT (access_map_reject_code) "554
# 5.7.1 <recipient>: Recipient address rejected: <text>", for DEFER (access_map_defer_code) "450 4.7.1 <recipient>:
# Recipient address rejected: <text>", in smtpd_recipient_restrictions. The replies below are those replies, at RCPT TO.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# PyPolicyd's and Postfix's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Each reply byte for byte, at RCPT TO (the numbers and rule keys in the texts are this run's choice, in the forms the
# code writes them: the rate string as configured, the count one over the limit, sizes in bytes):
#   "554 5.7.1 <rcpt>: Recipient address rejected: Unauthorized - user not found in policy rules"   (process_request: no
#                              rule applies to the SASL user or, without one, the sender; REJECT) to every recipient of
#                              the senders' second addresses (out2.alpha.test 192.0.2.24 and out2.pi.test 192.0.2.34,
#                              which send for gamma.test): gil@, gia@ gamma.test from the Postfix, gus@gamma.test from
#                              the Exim
#   "554 5.7.1 <rcpt>: Recipient address rejected: Rate limit exceeded: 51/50 in 50/1m for rule *@alpha.test"   and
#   "554 5.7.1 <rcpt>: Recipient address rejected: Rate limit exceeded: 11/10 in 10/1m for rule *@pi.test"
#                              (_check_user_rate_limits: a rate without an action, REJECT by default) for rat@beta.test
#                              from the Postfix and rap@beta.test from the Exim
#   "450 4.7.1 <rcpt>: Recipient address rejected: Rate limit exceeded: 101/100 in 100/5m/DEFER for rule carol@alpha.test"
#   "450 4.7.1 <rcpt>: Recipient address rejected: Rate limit exceeded: 201/200 in 200/1h/DEFER for rule pat@pi.test"
#                              (the same with the action DEFER) to every attempt, for def@beta.test from the Postfix and
#                              dex@beta.test from the Exim
#   "554 5.7.1 <rcpt>: Recipient address rejected: Message too large (73400320/52428800 bytes) for rule *@alpha.test"
#   "554 5.7.1 <rcpt>: Recipient address rejected: Message too large (31457280/26214400 bytes) for rule *@pi.test"
#                              (process_request: the size attribute, at RCPT TO the MAIL FROM SIZE parameter, over the
#                              rule's max_size) for big@beta.test from the Postfix and bix@beta.test from the Exim
# Not served: "REJECT Too many recipients (<n>/<max>) for rule <key>" (recipient_count is zero at RCPT TO, where the
# README asks the daemon, so it comes only from data restrictions), a rule's plain REJECT (no text of its own) and the
# DUNNO fallbacks.
# The replies are chosen by recipient or client address, not by anything the senders did: each sender sent a handful of
# short messages (their SIZE a few hundred bytes), and the senders are in no rule file. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pypolicyd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies Postfix writes from PyPolicyd's actions.
R='Recipient address rejected:'
UNAUTH="554 5.7.1 <{rcpt}>: $R Unauthorized - user not found in policy rules"
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 rcpt "$UNAUTH" \
    client:192.0.2.34 rcpt "$UNAUTH" \
    rat@beta.test rcpt "554 5.7.1 <{rcpt}>: $R Rate limit exceeded: 51/50 in 50/1m for rule *@alpha.test" \
    rap@beta.test rcpt "554 5.7.1 <{rcpt}>: $R Rate limit exceeded: 11/10 in 10/1m for rule *@pi.test" \
    def@beta.test rcpt "450 4.7.1 <{rcpt}>: $R Rate limit exceeded: 101/100 in 100/5m/DEFER for rule carol@alpha.test" \
    dex@beta.test rcpt "450 4.7.1 <{rcpt}>: $R Rate limit exceeded: 201/200 in 200/1h/DEFER for rule pat@pi.test" \
    big@beta.test rcpt "554 5.7.1 <{rcpt}>: $R Message too large (73400320/52428800 bytes) for rule *@alpha.test" \
    bix@beta.test rcpt "554 5.7.1 <{rcpt}>: $R Message too large (31457280/26214400 bytes) for rule *@pi.test" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unauthorized	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe bus to the coast leaves at eight.\n\nCarol
rate-limit-rejected	carol@alpha.test	rat@beta.test	192.0.2.25	Rat,\n\nthe jam jars are in the cellar.\n\nCarol
rate-limit-deferred	carol@alpha.test	def@beta.test	192.0.2.25	Def,\n\nthe choir dinner is on Friday.\n\nCarol
message-too-large	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe scans follow in smaller parts.\n\nCarol
exim-unauthorized	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe hiking map is in the car.\n\nPat
exim-rate-limit-rejected	pat@pi.test	rap@beta.test	192.0.2.35	Rap,\n\nthe fence paint has arrived.\n\nPat
exim-rate-limit-deferred	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe library closes early today.\n\nPat
exim-message-too-large	pat@pi.test	bix@beta.test	192.0.2.35	Bix,\n\nthe slides come in the next mail.\n\nPat
SEND
# six messages refused for good, returned at once (three by each sender), then for each of the two temporary replies (one
# to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
