#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-saas-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of the outbound SMTP policy daemon of MailSaaS (smtp-saas), shuvo-halder's
# multi-tenant mail-hosting panel in PHP on Laravel (tenants, domains, mailboxes and prepaid plans in MariaDB, Postfix
# and Dovecot, per-day outbound recipient quotas counted in Redis). Its daemon, `php artisan policy:serve`, speaks
# Postfix's policy delegation protocol on 127.0.0.1:10031 and is asked in smtpd_data_restrictions (repository
# shuvo-halder/smtp-saas; no licence file found in it; read with the search tool; only the reply texts are quoted):
#   laravel-panel/app/Services/Policy/PolicyResponse.php (commit e97e02d54c110d7577c81c63c76a8ec4bebf51ce): the actions
#     it writes ("action=<action>", toPostfixResponse), each a REJECT whose text begins with its own "554 5.7.1":
#       REJECT_QUOTA      "REJECT 554 5.7.1 Daily outbound recipient quota exceeded"
#       REJECT_AUTH       "REJECT 554 5.7.1 Mailbox authorization failed"
#       REJECT_SUSPENDED  "REJECT 554 5.7.1 Account is suspended or inactive"
#       REJECT_INVALID    "REJECT 554 5.7.1 Invalid policy request"
#     and DUNNO (allowed, fail-open);
#   laravel-panel/app/Services/Policy/PolicyDecisionService.php (commit 4ad3616ab4b1378b7912219509be7c02685ee081),
#     evaluate: a request whose type is not smtpd_access_policy, or whose recipient_count is not between 1 and 100000,
#     gets invalid(); an unauthenticated request (no sasl_username) DUNNO; then the SASL login is looked up: no such
#     mailbox gets authFailed(), a disabled mailbox, an inactive or suspended domain and a tenant whose subscription is
#     inactive get suspended(), a tenant without a plan gets authFailed(); then OutboundQuotaService decides:
#     REJECTED_QUOTA gives quotaExceeded(), INVALID_REQUEST invalid(), a Redis failure or an exception DUNNO;
#   laravel-panel/app/Services/OutboundQuotaService.php (commit 32164b3bfe2580ce053d0a59a698bad6b495da8f), consume:
#     REJECTED_QUOTA when the plan's tenant or mailbox daily outbound recipient limit is 0 (disabled) or the day's count
#     in Redis plus this message's recipients would pass it;
#   laravel-panel/app/Services/Policy/PolicyRequest.php (commit 82aad03a3d7e5b04253089c0c72dee0f613cfb61): the
#     recipient_count attribute read as an integer (1 when absent, 0 when not a number);
#   laravel-panel/app/Console/Commands/PolicyDaemonCommand.php and laravel-panel/app/Services/Policy/
#     PostfixPolicyParser.php (commit e97e02d54c110d7577c81c63c76a8ec4bebf51ce): the TCP server; a request over
#     64 KiB also gets invalid();
#   postfix-config/main.cf (commit e97e02d54c110d7577c81c63c76a8ec4bebf51ce): "smtpd_data_restrictions =
#     reject_unauth_pipelining, check_policy_service inet:127.0.0.1:10031, permit".
# Postfix's smtpd (smtpd_check.c, check_table_result) gives a policy service's REJECT as its access_map_reject_code 554
# with 5.7.1 in the frame "<name>: <class> rejected: <text>"; the text keeps the daemon's own "554 5.7.1" (it is not an
# enhanced code at the text's start, so dsn_split leaves it in). In the data restrictions the name is "DATA" and the
# class "Data command" (the strings of Debian's Postfix 3.7 smtpd hold both), so the reply to the DATA command is
# "554 5.7.1 <DATA>: Data command rejected: 554 5.7.1 <words>". Asked at RCPT TO instead (in smtpd_recipient_
# restrictions, where Postfix sends recipient_count=0), the daemon refuses every authenticated request with the invalid
# action, which Postfix frames with the recipient: "554 5.7.1 <rcpt>: Recipient address rejected: 554 5.7.1 Invalid
# policy request". The served lines are those.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MailSaaS's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code's answer comes (D is "<DATA>: Data command rejected:"):
#   "554 5.7.1 D 554 5.7.1 Daily outbound recipient quota exceeded"   to DATA: the sending tenant's or mailbox's daily
#                              outbound recipient quota is used up or disabled; for dan@ and dot@ beta.test
#   "554 5.7.1 D 554 5.7.1 Mailbox authorization failed"   to DATA: the SASL login is no mailbox of the panel, or its
#                              tenant has no plan; for lou@ and lea@ beta.test
#   "554 5.7.1 D 554 5.7.1 Account is suspended or inactive"   to DATA: the sending mailbox is disabled, its domain
#                              inactive or suspended, or its tenant's subscription inactive; for nia@ and ned@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: 554 5.7.1 Invalid policy request"   to RCPT TO: the daemon asked
#                              in the recipient restrictions, where recipient_count is 0; for fay@ and fox@ beta.test
# Not served: the DUNNO answers (no reply; also the fail-open answers when Redis or the database fails), Postfix's own
# replies. The daemon answers only an authenticated client (a sasl_username); here the replying server gives its
# answers to a relaying MTA on port 25, which does not authenticate. The replies are chosen by recipient, not by
# anything the senders did: each message has one recipient and is a few lines of plain text. Every reply is permanent,
# so each message is returned at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-saas-policy}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailSaaS's policy answers as Postfix's smtpd_check writes them.
D='<DATA>: Data command rejected:'
QUOTA="554 5.7.1 $D 554 5.7.1 Daily outbound recipient quota exceeded"
AUTH="554 5.7.1 $D 554 5.7.1 Mailbox authorization failed"
SUSPENDED="554 5.7.1 $D 554 5.7.1 Account is suspended or inactive"
INVALID='554 5.7.1 <{rcpt}>: Recipient address rejected: 554 5.7.1 Invalid policy request'
printf '%s\t%s\t%s\n' \
    dan@beta.test data "$QUOTA" \
    dot@beta.test data "$QUOTA" \
    lou@beta.test data "$AUTH" \
    lea@beta.test data "$AUTH" \
    nia@beta.test data "$SUSPENDED" \
    ned@beta.test data "$SUSPENDED" \
    fay@beta.test rcpt "$INVALID" \
    fox@beta.test rcpt "$INVALID" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
daily-quota-exceeded	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe renewal reminders for March are ready.\n\nCarol
mailbox-authorization-failed	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe new signature block is in the wiki.\n\nCarol
account-suspended	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe parcel tracking links work again.\n\nCarol
invalid-policy-request	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe office plants need water on Friday.\n\nCarol
exim-daily-quota-exceeded	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe supplier list was updated this morning.\n\nPat
exim-mailbox-authorization-failed	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe booking form has a new field.\n\nPat
exim-account-suspended	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe quarterly figures are in the folder.\n\nPat
exim-invalid-policy-request	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe printer on the second floor is fixed.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
