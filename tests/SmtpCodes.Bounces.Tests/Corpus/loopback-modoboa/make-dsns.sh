#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-modoboa: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock receiving Postfix of Modoboa (the Python/Django mail hosting and management platform) gives to incoming
# mail: the main.cf that modoboa/modoboa-installer writes from modoboa_installer/scripts/files/postfix/main.cf.tpl
# (commit 7eac71ca3c78ab311fc803036aaaf6d4b74a08e5; read with the search tool; MIT), with the Postfix map that
# modoboa/modoboa's modoboa/admin/postfix_maps.py generates for it (MaintainMap, sql-maintain.cf; commit
# 01b0ea7911164d6ae37c664e294e2f8d81b5f509; ISC). Its smtpd_recipient_restrictions are check_policy_service
# inet:127.0.0.1:9999 (Modoboa's policy daemon), permit_mynetworks, permit_sasl_authenticated, check_recipient_access
# with sql-maintain.cf and sql-relay-recipient-verification.cf, reject_unverified_recipient, reject_unauth_destination,
# reject_non_fqdn_sender, reject_non_fqdn_recipient and reject_non_fqdn_helo_hostname, with
# unverified_recipient_reject_code = 550; its mailboxes are delivered by Dovecot over LMTP
# (virtual_transport = lmtp:unix:private/dovecot-lmtp, no virtual_mailbox_maps), so an unknown mailbox is found by
# the address verification probe; and, when the installer does not enable Rspamd, postscreen enforces a DNSBL score
# (postscreen_dnsbl_sites zen.spamhaus.org*3, bl.spameatingmonkey.net*2, bl.spamcop.net; threshold 3;
# postscreen_dnsbl_action = enforce). MaintainMap is Modoboa's "map files to list non available mailboxes": a mailbox
# with a pending operation (admin_mailboxoperation: a rename or a removal the panel's cron job has not carried out yet)
# is answered "450 Requested mail action not taken: mailbox unavailable". A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Postfix's and Dovecot's own for
# those settings, in the shapes Postfix 3.7 writes them (read from its binaries' strings and defaults, and from
# postscreen_early.c's PSC_DNSBL_FORMAT with the enforce action's 550; the access(5) default enhanced code 4.7.1 for a
# table's "450 text"; smtpd's "<%s>: %s rejected: undeliverable address: %s" around the probe's result, which is the
# LMTP client's "host ... said: ... (in reply to RCPT TO command)" with Dovecot 2.3 lmtp's "550 5.1.1 ... User doesn't
# exist: %s"); not read from a running Modoboa; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the refusals of that configuration that a server delivering to a Modoboa domain can meet, but
# those whose words heldout-s20's panels (loopback-zentyal, loopback-ispconfig) served: the DNSBL verdict (postscreen's
# words, which heldout-s19's loopback-mailcow served for mailcow's postscreen too), an unknown mailbox as the probe finds
# it, a mailbox under maintenance. Not served: the policy daemon (modoboa/policyd/core.py answers "defer_if_permit Daily
# limit reached, retry later" only to SASL-authenticated senders, never to a delivering server), the probe's
# "unverified address: Address verification in progress" (it clears on the sender's next retry, so no sender would
# return it), reject_unauth_destination, reject_non_fqdn_sender and reject_non_fqdn_helo_hostname (loopback-ispconfig
# and loopback-zentyal of heldout-s20 serve those words), reject_non_fqdn_recipient (a delivering server qualifies its
# recipients), and postscreen's pregreet, pipelining, non-SMTP-command and bare-newline tests (a conforming sending MTA
# never trips them). Served byte for byte, {client} and {rcpt} filled in by the server:
#   "550 5.7.1 Service unavailable; client [{client}] blocked using zen.spamhaus.org"         to bea@, bram@beta.test
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: undeliverable address: host mx.beta.test[private/dovecot-lmtp]
#    said: 550 5.1.1 <{rcpt}> User doesn't exist: {rcpt} (in reply to RCPT TO command)"      to una@, udo@beta.test
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Requested mail action not taken: mailbox unavailable"
#                                                            to mia@beta.test (Postfix), max@beta.test (Exim)
# (the second is one line on the wire). The DNSBL verdict is postscreen's for the connecting client, here chosen by
# recipient like the others: the replies are chosen by recipient, not by anything the senders did (the senders'
# addresses are fully qualified, their HELO names valid, the messages short plain text with one or two recipients), and
# no DNSBL is queried.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-modoboa}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
DNSBL='550 5.7.1 Service unavailable; client [{client}] blocked using zen.spamhaus.org'
PROBE='550 5.1.1 <{rcpt}>: Recipient address rejected: undeliverable address: host mx.beta.test[private/dovecot-lmtp] said: 550 5.1.1 <{rcpt}> User doesn'"'"'t exist: {rcpt} (in reply to RCPT TO command)'
MAINTAIN='450 4.7.1 <{rcpt}>: Recipient address rejected: Requested mail action not taken: mailbox unavailable'
printf '%s\t%s\t%s\n' \
    bea@beta.test rcpt "$DNSBL" \
    bram@beta.test rcpt "$DNSBL" \
    una@beta.test rcpt "$PROBE" \
    udo@beta.test rcpt "$PROBE" \
    mia@beta.test rcpt "$MAINTAIN" \
    max@beta.test rcpt "$MAINTAIN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
dnsbl-listed	carol@alpha.test	bea@beta.test,bram@beta.test	192.0.2.25	Bea, Bram,\n\nthe hall is booked for the jumble sale.\n\nCarol
unknown-mailbox	carol@alpha.test	una@beta.test,udo@beta.test	192.0.2.25	Una, Udo,\n\nthe bus to the match leaves at nine.\n\nCarol
mailbox-maintenance	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe plans for the extension are below.\n\nCarol
exim-dnsbl-listed	pat@pi.test	bea@beta.test,bram@beta.test	192.0.2.35	Bea, Bram,\n\nthe choir meets in the chapel this week.\n\nPat
exim-unknown-mailbox	pat@pi.test	una@beta.test,udo@beta.test	192.0.2.35	Una, Udo,\n\nthe allotment keys are under the mat.\n\nPat
exim-mailbox-maintenance	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe invoice for the skip hire is below.\n\nPat
SEND
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
