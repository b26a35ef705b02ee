#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailcow: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# mailcow's stock receiving Postfix gives to incoming mail (mailcow: dockerized, the self-hosted mail suite:
# mailcow/mailcow-dockerized data/conf/postfix/main.cf, commit 00d7622d4a15c06a8c6d90aaabd72b1e56983e9a: postscreen with
# postscreen_dnsbl_action = enforce and its weighted block lists (zen.spamhaus.org=127.0.0.[4..7]*6 reaches the threshold
# 6 alone), smtpd_recipient_restrictions ending in reject_unknown_reverse_client_hostname, smtpd_relay_restrictions ending
# in defer_unauth_destination, and the rspamd milter (smtpd_milters = inet:rspamd:9900, data/conf/rspamd/local.d/
# worker-proxy.inc, milter = true) whose reject and greylist actions keep rspamd's stock milter replies (mailcow sets no
# message of its own); read with the search tool); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it
# all ends with the run. The words are Postfix's, postscreen's and rspamd's stock replies that mailcow's settings give;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# A stated selection: the refusals of those settings that a server delivering to mailcow meets and that no earlier
# replay of this part gives in the same words (so not reject_unknown_sender_domain's "Domain not found" nor the virtual
# mailbox table's "User unknown", which batch V serves), and that our senders can meet (not reject_invalid_helo_hostname
# nor postscreen's pregreet test: they greet properly); each served byte for byte, {client} the client's address:
#   "550 5.7.1 Service unavailable; client [{client}] blocked using zen.spamhaus.org"   (postscreen enforce, RCPT TO)
#                                                    to zane@, zoe@beta.test
#   "450 4.7.25 Client host rejected: cannot find your reverse hostname, [{client}]"   (RCPT TO) to rex@ (Postfix),
#                                                    rob@beta.test (Exim)
#   "454 4.7.1 <{rcpt}>: Relay access denied"         (defer_unauth_destination, RCPT TO) to roy@ (Postfix),
#                                                    rhea@delta.test (Exim)
#   "554 5.7.1 Spam message rejected"                 (rspamd's reject action, end of DATA) to sam@, sue@beta.test
#   "451 4.7.1 Try again later"                       (rspamd's greylist action, end of DATA) to gil@ (Postfix),
#                                                    gia@beta.test (Exim)
# The replies are chosen by recipient, not by anything the senders did: the messages are short plain text with one or
# two recipients, the senders' addresses have reverse names.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (also the mail exchanger of delta.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailcow}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
PSC='550 5.7.1 Service unavailable; client [{client}] blocked using zen.spamhaus.org'
REV='450 4.7.25 Client host rejected: cannot find your reverse hostname, [{client}]'
RELAY='454 4.7.1 <{rcpt}>: Relay access denied'
printf '%s\t%s\t%s\n' \
    zane@beta.test rcpt "$PSC" \
    zoe@beta.test rcpt "$PSC" \
    rex@beta.test rcpt "$REV" \
    rob@beta.test rcpt "$REV" \
    roy@delta.test rcpt "$RELAY" \
    rhea@delta.test rcpt "$RELAY" \
    sam@beta.test eom '554 5.7.1 Spam message rejected' \
    gil@beta.test eom '451 4.7.1 Try again later' \
    gia@beta.test eom '451 4.7.1 Try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

lb_send <<'SEND'
postscreen-dnsbl	carol@alpha.test	zane@beta.test,zoe@beta.test	192.0.2.25	Zane, Zoe,\n\nthe hall is booked for the choir on Saturday.\n\nCarol
reverse-hostname	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe spare key is under the blue pot.\n\nCarol
relay-deferred	carol@alpha.test	roy@delta.test	192.0.2.25	Roy,\n\nthe pallets leave the depot at six.\n\nCarol
spam-rejected	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe recipe for the lemon cake follows tomorrow.\n\nCarol
greylisted	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe boat needs a new coat of paint.\n\nCarol
exim-postscreen-dnsbl	pat@pi.test	zane@beta.test,zoe@beta.test	192.0.2.35	Zane, Zoe,\n\nthe tram runs late on Sundays.\n\nPat
exim-reverse-hostname	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe fence posts arrived.\n\nPat
exim-relay-deferred	pat@pi.test	rhea@delta.test	192.0.2.35	Rhea,\n\nthe order number is 5531.\n\nPat
exim-spam-rejected	pat@pi.test	sam@beta.test,sue@beta.test	192.0.2.35	Sam, Sue,\n\nthe swimming lesson moves to four.\n\nPat
exim-greylisted	pat@pi.test	gia@beta.test	192.0.2.35	Gia,\n\nthe film starts at nine.\n\nPat
SEND
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
