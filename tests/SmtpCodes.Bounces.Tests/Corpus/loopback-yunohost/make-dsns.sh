#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-yunohost: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock receiving Postfix of YunoHost (the Debian-based self-hosting distribution) gives to incoming mail: the
# main.cf that its regen-conf writes from YunoHost/yunohost conf/postfix/main.cf.j2 (commit
# 0fb7ac1f4e9ef9373ddb2d79408783177d9b6190; read with the search tool; AGPL-3.0, as its README says). Its restrictions
# are smtpd_client_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_rbl_client bl.spamcop.net,
# reject_rbl_client zen.spamhaus.org (the two lists only when the administrator turns on its enable_blocklists
# setting), permit; smtpd_helo_restrictions with reject_non_fqdn_hostname and reject_invalid_hostname;
# smtpd_sender_restrictions with reject_sender_login_mismatch, reject_non_fqdn_sender and reject_unknown_sender_domain;
# smtpd_recipient_restrictions with reject_non_fqdn_recipient, reject_unknown_recipient_domain and
# reject_unauth_destination; smtpd_client_recipient_rate_limit = 150 (under the comment "Avoid to be blacklisted due to
# too many recipient"); and, when the host is a backup MX for other domains (its backup_mx_domains setting),
# relay_domains with relay_recipient_maps = hash:/etc/postfix/relay_recipients. A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Postfix's own for
# those settings, in the shapes Postfix 3.7's smtpd writes them (read from its binary's strings and its defaults:
# default_rbl_reply "$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using
# $rbl_domain${rbl_reason?; $rbl_reason}" with maps_rbl_reject_code 554, the rate limit's "450 4.7.1 Error: too many
# recipients from %s", unknown_relay_recipient_reject_code 550), with the TXT text that bl.spamcop.net publishes for a
# listed address as $rbl_reason ("Blocked - see https://www.spamcop.net/bl.shtml?ADDRESS", as Postfix logs quote it);
# not read from a running YunoHost; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the refusals of that configuration that a server delivering to a YunoHost host can meet and that
# earlier parts have not served in the same words: the first block list's verdict, the recipient rate limit, and an
# unknown recipient of a domain the host is backup MX for. Not served: reject_non_fqdn_hostname,
# reject_invalid_hostname, reject_non_fqdn_sender, reject_unknown_sender_domain, reject_unauth_destination, the unknown
# virtual mailbox and the size limit (heldout-s20's loopback-zentyal, loopback-ispconfig and loopback-sentora serve
# those words), reject_sender_login_mismatch (this session's loopback-froxlor serves it), reject_non_fqdn_recipient
# and reject_unknown_recipient_domain (a delivering server qualifies its recipients and found the domain), and the
# Rspamd milter's verdicts (Rspamd's words are another project's, held out since session 13). Served byte for byte,
# {client} and {rcpt} filled in by the server:
#   "554 5.7.1 Service unavailable; Client host [{client}] blocked using bl.spamcop.net; Blocked - see
#    https://www.spamcop.net/bl.shtml?{client}"                                             to ruby@, rex@beta.test
#   "450 4.7.1 Error: too many recipients from {client}"  to tara@beta.test (Postfix), tom@beta.test (Exim)
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in relay recipient table"  to ulla@, uwe@gamma.test
# (the first is one line on the wire). gamma.test stands for a domain the host is backup MX for (its MX is the
# replaying server; each sender reaches it from its second address, ../loopback-lib.sh). The replies are chosen by
# recipient, not by anything the senders did: the senders' addresses are on no list, they send one message at a time,
# and the messages are short plain text with one or two recipients (the rate limit's refusal to one recipient: it is
# warned and then returned).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-yunohost}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
RBL='554 5.7.1 Service unavailable; Client host [{client}] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?{client}'
RATE='450 4.7.1 Error: too many recipients from {client}'
RELAY_RCPT='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in relay recipient table'
printf '%s\t%s\t%s\n' \
    ruby@beta.test rcpt "$RBL" \
    rex@beta.test rcpt "$RBL" \
    tara@beta.test rcpt "$RATE" \
    tom@beta.test rcpt "$RATE" \
    ulla@gamma.test rcpt "$RELAY_RCPT" \
    uwe@gamma.test rcpt "$RELAY_RCPT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
spamcop-listed	carol@alpha.test	ruby@beta.test,rex@beta.test	192.0.2.25	Ruby, Rex,\n\nthe cake stall made forty pounds.\n\nCarol
too-many-recipients	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe canoe club meets at the lock.\n\nCarol
backup-mx-unknown-user	carol@alpha.test	ulla@gamma.test,uwe@gamma.test	192.0.2.25	Ulla, Uwe,\n\nthe orchard walk is on Sunday.\n\nCarol
exim-spamcop-listed	pat@pi.test	ruby@beta.test,rex@beta.test	192.0.2.35	Ruby, Rex,\n\nthe school run rota is below.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe bird count starts at dawn.\n\nPat
exim-backup-mx-unknown-user	pat@pi.test	ulla@gamma.test,uwe@gamma.test	192.0.2.35	Ulla, Uwe,\n\nthe village hall roof is fixed.\n\nPat
SEND
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
