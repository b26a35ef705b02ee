#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sovereign: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock receiving Postfix of Sovereign (the Ansible playbooks for a self-hosted personal cloud and mail server)
# gives to incoming mail: the main.cf that its mailserver role writes from sovereign/sovereign
# roles/mailserver/templates/etc_postfix_main.cf.j2 (commit 26d61c68a800849aec55079c9ca547adb3a725eb; read with the
# search tool; GPL-3.0, as its LICENSE.md says: "Copyright (C) 2015 Alex Payne and contributors"). Under its comment
# "antispam" it sets smtpd_helo_required = yes, smtpd_helo_restrictions = permit_mynetworks, reject_invalid_hostname,
# smtpd_sender_restrictions = reject_unknown_address, strict_rfc821_envelopes = yes, and every reject code Postfix lets
# a site choose to 554: invalid_hostname_reject_code, non_fqdn_reject_code, unknown_address_reject_code,
# unknown_virtual_mailbox_reject_code and eight more; smtpd_recipient_restrictions = permit_sasl_authenticated,
# permit_mynetworks, reject_unauth_pipelining, reject_unauth_destination, reject_invalid_hostname,
# reject_non_fqdn_hostname, reject_non_fqdn_recipient, reject_unknown_recipient_domain, check_policy_service
# inet:127.0.0.1:10023 (postgrey), permit; virtual mailboxes from PostgreSQL; message_size_limit = 51200000; postscreen
# with a DNSBL score. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are Postfix's own for those restrictions, in the shapes Postfix 3.7's smtpd writes them (read from its
# binary's strings: "<%s>: %s rejected: Invalid name", "... need fully-qualified hostname", "... Domain not found",
# "User unknown in virtual mailbox table"; the enhanced codes 5.5.2 for the HELO checks, 5.1.8 for a sender domain
# and 5.1.1 for a recipient), with Sovereign's reply code 554 in place of Postfix's defaults (501, 504, 450, 550); with
# smtpd_delay_reject's default the HELO and sender restrictions answer at RCPT TO; not read from a running Sovereign
# server; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder, which must exist (a run takes about 3 minutes)
#
# A stated selection: the refusals of that configuration that a server delivering to a Sovereign host can meet, whose
# words earlier parts serve with Postfix's default codes (heldout-s20's loopback-zentyal: 501, 504, 450 and 550) and
# which Sovereign turns into permanent 554s: an invalid HELO name (reject_invalid_hostname), a HELO name that is not
# fully qualified (reject_non_fqdn_hostname), a sender domain without DNS records (reject_unknown_address in the sender
# restrictions) and an unknown virtual mailbox. Not served: postgrey's greylisting (its stock text, served by
# heldout-s19's loopback-mailinabox), reject_unauth_destination (Sovereign's relay_domains_reject_code = 554 is
# Postfix's default, so "554 5.7.1 ... Relay access denied" was served before) and the size limit (its 552 is fixed),
# reject_non_fqdn_recipient and reject_unknown_recipient_domain (a delivering server qualifies its recipients and found
# the domain), reject_unauth_pipelining and strict_rfc821_envelopes (a conforming sending MTA never trips them),
# postscreen's DNSBL verdict (served by this session's loopback-modoboa), and the OpenDKIM, OpenDMARC and DSPAM filters
# (other projects' words; opendkim and opendmarc are held out since session 13). Served byte for byte, {rcpt}, {sender}
# and {helo} filled in by the server:
#   "554 5.5.2 <{helo}>: Helo command rejected: Invalid name"                                     to ivy@, ian@beta.test
#   "554 5.5.2 <{helo}>: Helo command rejected: need fully-qualified hostname"                  to nina@, ned@beta.test
#   "554 5.1.8 <{sender}>: Sender address rejected: Domain not found"                           to dora@, dirk@beta.test
#   "554 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"     to vera@, vic@beta.test
# The replies are chosen by recipient, not by anything the senders did: the senders' HELO names are fully qualified and
# resolve, their domains have MX records, and the messages are short plain text with two recipients each.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sovereign}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
HELO_INVALID='554 5.5.2 <{helo}>: Helo command rejected: Invalid name'
HELO_NON_FQDN='554 5.5.2 <{helo}>: Helo command rejected: need fully-qualified hostname'
SENDER_DOMAIN='554 5.1.8 <{sender}>: Sender address rejected: Domain not found'
UNKNOWN_MAILBOX='554 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table'
printf '%s\t%s\t%s\n' \
    ivy@beta.test rcpt "$HELO_INVALID" \
    ian@beta.test rcpt "$HELO_INVALID" \
    nina@beta.test rcpt "$HELO_NON_FQDN" \
    ned@beta.test rcpt "$HELO_NON_FQDN" \
    dora@beta.test rcpt "$SENDER_DOMAIN" \
    dirk@beta.test rcpt "$SENDER_DOMAIN" \
    vera@beta.test rcpt "$UNKNOWN_MAILBOX" \
    vic@beta.test rcpt "$UNKNOWN_MAILBOX" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
helo-invalid-name	carol@alpha.test	ivy@beta.test,ian@beta.test	192.0.2.25	Ivy, Ian,\n\nthe hedge cutting is on Saturday.\n\nCarol
helo-not-fully-qualified	carol@alpha.test	nina@beta.test,ned@beta.test	192.0.2.25	Nina, Ned,\n\nthe bake-off entries close tonight.\n\nCarol
sender-domain-not-found	carol@alpha.test	dora@beta.test,dirk@beta.test	192.0.2.25	Dora, Dirk,\n\nthe minibus leaves at eight.\n\nCarol
unknown-virtual-mailbox	carol@alpha.test	vera@beta.test,vic@beta.test	192.0.2.25	Vera, Vic,\n\nthe quiz night is sold out.\n\nCarol
exim-helo-invalid-name	pat@pi.test	ivy@beta.test,ian@beta.test	192.0.2.35	Ivy, Ian,\n\nthe tennis court is booked.\n\nPat
exim-helo-not-fully-qualified	pat@pi.test	nina@beta.test,ned@beta.test	192.0.2.35	Nina, Ned,\n\nthe plant swap is in the porch.\n\nPat
exim-sender-domain-not-found	pat@pi.test	dora@beta.test,dirk@beta.test	192.0.2.35	Dora, Dirk,\n\nthe kayaks are back from repair.\n\nPat
exim-unknown-virtual-mailbox	pat@pi.test	vera@beta.test,vic@beta.test	192.0.2.35	Vera, Vic,\n\nthe coffee morning moves to ten.\n\nPat
SEND
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
