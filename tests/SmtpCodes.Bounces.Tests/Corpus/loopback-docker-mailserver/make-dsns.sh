#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-docker-mailserver: a receiving SMTP server (../loopback-replay.py) answers with the
# replies that the stock receiving Postfix of docker-mailserver (DMS, the mail server in one container) gives to
# incoming mail, read with the search tool (MIT licence, as its LICENSE says):
# - target/postfix/main.cf (commit 01846c0681570eb1cb84a283f49cbe585ea3a401): smtpd_recipient_restrictions =
#   permit_sasl_authenticated, permit_mynetworks, reject_unauth_destination, reject_unauth_pipelining,
#   reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname, reject_unknown_recipient_domain;
# - target/scripts/startup/setup.d/dovecot.sh (commit 57db680e826181228fc1d81f42453d1a89dd9639): with ENABLE_QUOTAS=1
#   (the default in target/scripts/startup/variables-stack.sh, commit 07bd667a380af279d761821c4d84207bb259e038) it
#   appends "check_policy_service inet:localhost:65265" after reject_unknown_recipient_domain: Dovecot's quota-status
#   service (target/dovecot/90-quota.conf: "executable = quota-status -p postfix"). DMS sets no quota_status_overquota,
#   so Dovecot answers an over-quota recipient with its own default, "554 5.2.2 %s" filled with its default
#   quota_exceeded_message "Quota exceeded (mailbox for user is full)" (Dovecot's src/plugins/quota/quota-status.c);
#   DMS's own test test/tests/parallel/set1/dovecot/dovecot_quotas.bats (commit
#   31491bc3d12193d94332851d174c2594a6d301b0) waits for exactly those words in its log ("other messages are rejected:
#   mailbox is full");
# - target/scripts/startup/setup.d/security/misc.sh (commit 4c6433aaf1b8dd7a299ed52189a351b0ac30fa1b): with
#   ENABLE_POSTGREY=1 it appends "check_policy_service inet:127.0.0.1:10023" (postgrey) and writes POSTGREY_TEXT, whose
#   default in variables-stack.sh is "Delayed by Postgrey" (the docs: "response when a mail is greylisted"), into
#   /etc/default/postgrey as the greylist text. Postgrey (schweikert/postgrey, commit
#   eb69ead75b7a570fb2de1199883c18b814e924a0) answers "DEFER_IF_PERMIT 4.2.0 <text>" ("use DSN 4.2.0 instead of the
#   default 4.7.1", its workaround for an Exchange bug).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are the policy services' texts as DMS configures them, in the shapes Postfix 3.7's smtpd gives a policy
# service's answer in the recipient restrictions ("<rcpt>: Recipient address rejected: TEXT" after the code and the
# enhanced code; DEFER_IF_PERMIT with access_map_defer_code 450); not read from a running DMS; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder, which must exist (a run takes about 5 minutes)
#
# A stated selection: the two refusals of DMS's own settings (its defaults and its postgrey switch) whose words earlier
# parts have not served: the quota service's refusal of a full mailbox (on by default) and postgrey's greylisting with
# DMS's text (off by default, one switch). Not served: reject_unauth_destination and its relay restriction
# defer_unauth_destination, reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname and the postscreen DNSBL verdict
# (Postfix's stock words, served by heldout-s20's loopback units and this session's loopback-modoboa),
# reject_unknown_recipient_domain (a delivering server found the domain), reject_unauth_pipelining (a conforming sender
# never trips it), the SPF policy service, OpenDMARC, Rspamd and Amavis with SpamAssassin (other projects' words, held
# out in earlier sessions: policyd-spf, opendmarc, rspamd, SpamAssassin; Amavis answers after the queue, not in the
# SMTP dialogue), and the size limit (POSTFIX_MESSAGE_SIZE_LIMIT: Postfix's stock "Message size exceeds fixed limit",
# served before). Served byte for byte, {rcpt} filled in by the server:
#   "554 5.2.2 <{rcpt}>: Recipient address rejected: Quota exceeded (mailbox for user is full)"
#                                                                                    to fern@, finn@beta.test
#   "450 4.2.0 <{rcpt}>: Recipient address rejected: Delayed by Postgrey"
#                                                                  to gemma@beta.test (Postfix), gil@beta.test (Exim)
# The replies are chosen by recipient, not by anything the senders did: the messages are short plain text with one or
# two recipients (the greylisting to one recipient: it is warned and then returned, as a sender that never retries
# after the delay would be).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-docker-mailserver}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
QUOTA='554 5.2.2 <{rcpt}>: Recipient address rejected: Quota exceeded (mailbox for user is full)'
GREY='450 4.2.0 <{rcpt}>: Recipient address rejected: Delayed by Postgrey'
printf '%s\t%s\t%s\n' \
    fern@beta.test rcpt "$QUOTA" \
    finn@beta.test rcpt "$QUOTA" \
    gemma@beta.test rcpt "$GREY" \
    gil@beta.test rcpt "$GREY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
mailbox-over-quota	carol@alpha.test	fern@beta.test,finn@beta.test	192.0.2.25	Fern, Finn,\n\nthe jumble sale raised ninety pounds.\n\nCarol
delayed-by-postgrey	carol@alpha.test	gemma@beta.test	192.0.2.25	Gemma,\n\nthe allotment gate has a new lock.\n\nCarol
exim-mailbox-over-quota	pat@pi.test	fern@beta.test,finn@beta.test	192.0.2.35	Fern, Finn,\n\nthe choir sings at six on Friday.\n\nPat
exim-delayed-by-postgrey	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe ferry times changed this week.\n\nPat
SEND
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
