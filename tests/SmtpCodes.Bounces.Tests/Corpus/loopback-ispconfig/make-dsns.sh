#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ispconfig: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the stock receiving Postfix of the ISPConfig 3 hosting control panel gives to incoming mail (ISPConfig, projektfarm
# GmbH's panel, BSD-3-Clause; its installer writes /etc/postfix/main.cf from install/tpl/debian_postfix.conf.master, read
# in the mirror cyberkathosting/ispconfig3 at commit 001d9fc63a6897393bf39c0c6a894d16ceb21279, with
# install/tpl/blacklist_helo.master (commit 709aed2c6bc03b2f722556bb641fe820b764a840), the mail_access lookups
# mysql-virtual_client.cf, mysql-virtual_sender.cf and mysql-virtual_recipient.cf.master (the panel's "Spamfilter >
# Blacklist" for clients, senders and recipients, whose access value is REJECT), and the quota-status service of
# install/tpl/debian6_dovecot2.conf.master (commit 1bce29fdbf7fe4a72e7258e184058fb8427ddc53): quota_status_overquota =
# "552 5.2.2 Mailbox is full"; read with the search tool); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the panel's settings', in its Postfix's stock shapes;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# A stated selection: every refusal of those settings that a server delivering to the panel's mail server (port 25, not
# in mynetworks, not authenticated) can meet from the stock configuration, each in the shape Postfix 3.7's smtpd writes it
# (with smtpd_delay_reject, the HELO, client and sender restrictions answer RCPT TO; the shapes read from the strings of
# Debian's /usr/lib/postfix/sbin/smtpd: "<%s>: %s rejected: %s", "Host not found", "Access denied", "Relay access
# denied", "450 4.7.1 Error: too much mail from %s"): check_helo_access regexp:blacklist_helo (its REJECT text for a HELO
# name in a top-level domain that does not exist), reject_unknown_helo_hostname (Postfix's unknown_hostname_reject_code
# 450), the Blacklist lookups of clients, senders and recipients (REJECT, Postfix's access_map_reject_code 554 and "Access
# denied"), reject_unauth_destination, the Dovecot quota-status policy service, and smtpd_client_message_rate_limit = 100
# (Postfix's anvil reply at MAIL FROM). Left out: the helo_access line that refuses a client naming the server itself,
# reject_non_fqdn_helo_hostname and reject_invalid_helo_hostname (the senders' names are qualified and valid),
# reject_unknown_recipient_domain (the recipients' domains resolve for both sides), reject_unverified_recipient (its
# reply quotes the answer of the probe's delivery agent, Dovecot LMTP, whose wording this run could not produce byte for
# byte), reject_multi_recipient_bounce (no bounce is sent), the realtime_blackhole_list (empty in the installer's
# server.ini), and the greylisting class (postgrey, only for the spam policies that turn it on; its stock text is
# loopback-mailinabox's). Served byte for byte, {client}, {helo}, {sender} and {rcpt} filled with the client's address,
# its HELO name, its MAIL FROM and the recipient (the HELO replies carry the senders' own names: the replies are chosen by
# recipient, not by what the senders said):
#   "554 5.7.1 <{helo}>: Helo command rejected: HELO hostname is using a top level domain that does not exist.  See RFC
#    2821 section 3.6."                                          to helga@, hank@beta.test
#   "450 4.7.1 <{helo}>: Helo command rejected: Host not found"  to hugh@ (Postfix), hilda@beta.test (Exim)
#   "554 5.7.1 <mx.alpha.test[{client}]>: Client host rejected: Access denied"      to cleo@, cole@beta.test (Postfix)
#   "554 5.7.1 <mx.pi.test[{client}]>: Client host rejected: Access denied"         to cid@, cora@beta.test (Exim)
#   "554 5.7.1 <{sender}>: Sender address rejected: Access denied"                  to sid@, sven@beta.test
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied"                 to ada@, abel@beta.test
#   "554 5.7.1 <{rcpt}>: Relay access denied"                    to ray@delta.test (Postfix), rita@delta.test (Exim)
#   "552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is full"               to mona@, milo@beta.test
#   "450 4.7.1 Error: too much mail from {client}"  (to MAIL FROM, from the senders' second addresses, 192.0.2.24 and
#                                                    192.0.2.34, which carry their mail for gamma.test) to gail@, gus@gamma.test
# The replies are chosen by recipient (or client address), not by anything the senders did: the messages are short plain
# text with one or two recipients.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 out2.alpha.test for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 out2.pi.test for gamma.test).
#   192.0.2.26  mx.beta.test, the replaying server (also the mail exchanger of gamma.test and delta.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ispconfig}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
TLD='554 5.7.1 <{helo}>: Helo command rejected: HELO hostname is using a top level domain that does not exist.  See RFC 2821 section 3.6.'
HNF='450 4.7.1 <{helo}>: Helo command rejected: Host not found'
CLIENT='>: Client host rejected: Access denied'
SENDER='554 5.7.1 <{sender}>: Sender address rejected: Access denied'
RCPT='554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied'
RELAY='554 5.7.1 <{rcpt}>: Relay access denied'
FULL='552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is full'
RATE='450 4.7.1 Error: too much mail from {client}'
printf '%s\t%s\t%s\n' \
    helga@beta.test rcpt "$TLD" \
    hank@beta.test rcpt "$TLD" \
    hugh@beta.test rcpt "$HNF" \
    hilda@beta.test rcpt "$HNF" \
    cleo@beta.test rcpt "554 5.7.1 <mx.alpha.test[{client}]$CLIENT" \
    cole@beta.test rcpt "554 5.7.1 <mx.alpha.test[{client}]$CLIENT" \
    cid@beta.test rcpt "554 5.7.1 <mx.pi.test[{client}]$CLIENT" \
    cora@beta.test rcpt "554 5.7.1 <mx.pi.test[{client}]$CLIENT" \
    sid@beta.test rcpt "$SENDER" \
    sven@beta.test rcpt "$SENDER" \
    ada@beta.test rcpt "$RCPT" \
    abel@beta.test rcpt "$RCPT" \
    ray@delta.test rcpt "$RELAY" \
    rita@delta.test rcpt "$RELAY" \
    mona@beta.test rcpt "$FULL" \
    milo@beta.test rcpt "$FULL" \
    client:192.0.2.24 mail "$RATE" \
    client:192.0.2.34 mail "$RATE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

lb_send <<'SEND'
helo-tld	carol@alpha.test	helga@beta.test,hank@beta.test	192.0.2.25	Helga, Hank,\n\nthe plans for the porch are in the post.\n\nCarol
helo-host-not-found	carol@alpha.test	hugh@beta.test	192.0.2.25	Hugh,\n\nthe dentist moved your slot to Thursday.\n\nCarol
client-blacklisted	carol@alpha.test	cleo@beta.test,cole@beta.test	192.0.2.25	Cleo, Cole,\n\nthe bus to the lake leaves at nine.\n\nCarol
sender-blacklisted	carol@alpha.test	sid@beta.test,sven@beta.test	192.0.2.25	Sid, Sven,\n\nthe jumble sale made 312 pounds.\n\nCarol
recipient-blacklisted	carol@alpha.test	ada@beta.test,abel@beta.test	192.0.2.25	Ada, Abel,\n\nthe choir practice is cancelled this week.\n\nCarol
relay-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe drawings are ready to collect.\n\nCarol
mailbox-full	carol@alpha.test	mona@beta.test,milo@beta.test	192.0.2.25	Mona, Milo,\n\nthe allotment key is under the pot.\n\nCarol
rate-limit	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe newsletter draft is below.\n\nCarol
exim-helo-tld	pat@pi.test	helga@beta.test,hank@beta.test	192.0.2.35	Helga, Hank,\n\nthe kayaks are booked for noon.\n\nPat
exim-helo-host-not-found	pat@pi.test	hilda@beta.test	192.0.2.35	Hilda,\n\nthe recipe you asked for follows.\n\nPat
exim-client-blacklisted	pat@pi.test	cid@beta.test,cora@beta.test	192.0.2.35	Cid, Cora,\n\nthe hall is free on the 14th.\n\nPat
exim-sender-blacklisted	pat@pi.test	sid@beta.test,sven@beta.test	192.0.2.35	Sid, Sven,\n\nthe parking permits have arrived.\n\nPat
exim-recipient-blacklisted	pat@pi.test	ada@beta.test,abel@beta.test	192.0.2.35	Ada, Abel,\n\nthe quarterly figures are attached as text.\n\nPat
exim-relay-denied	pat@pi.test	rita@delta.test	192.0.2.35	Rita,\n\nthe crates go back on Monday.\n\nPat
exim-mailbox-full	pat@pi.test	mona@beta.test,milo@beta.test	192.0.2.35	Mona, Milo,\n\nthe film starts at eight.\n\nPat
exim-rate-limit	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe club newsletter follows.\n\nPat
SEND
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
