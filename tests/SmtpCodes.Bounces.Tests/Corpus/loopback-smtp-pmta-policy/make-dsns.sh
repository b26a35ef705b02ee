#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-pmta-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of SMTP-PMTA's policy engine, the Postfix policy delegation server in
# TypeScript (Node's net module) of Nikhilsethi7668's e-mail sending platform SMTP-PMTA (an Express and MongoDB back end
# with users, quotas, an IP pool, blacklists, campaigns and DKIM, and a Postfix relay that asks the policy engine about
# every recipient) (repository Nikhilsethi7668/SMTP-PMTA, read with the search tool: backend/src/services/policyEngine.ts
# at commit 6c83c5107ba0, handleRequest, which answers each request with one action and writes every text below;
# backend/src/services/quotaService.ts at the same commit, isQuotaExceeded (the user's emails sent today or this month
# at its daily_limit or monthly_limit, 1000 and 30000 by default, or no quota record at all) and isRateLimitExceeded
# (less than 60/rate_limit_per_minute seconds since the user's last message, 60 a minute by default);
# backend/smtp-relay/postfix/main.cf at the same commit, the project's own Postfix, which asks it in
# smtpd_recipient_restrictions (check_policy_service inet:backend:10030); no licence file in the stored copy; only the
# reply texts are quoted). The engine answers "action=REJECT <text>" and "action=DEFER_IF_PERMIT <text>", with no code
# of its own; Postfix 3's smtpd_check writes them (check_table_result) as
# "<access_map_reject_code> 5.7.1 <recipient>: Recipient address rejected: <text>" and
# "<access_map_defer_code> 4.7.1 <recipient>: Recipient address rejected: <text>", the codes 554 and 450 by default
# (postconf -d on this machine, Postfix 3.7.11); the policy is asked in the recipient restrictions, so the name is the
# recipient's, whatever the refusal is about.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SMTP-PMTA's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to RCPT TO (R is "Recipient address rejected:"):
#   "554 5.7.1 <rcpt>: R User not found or inactive"
#        action=REJECT: the sending user (the request's sasl_username, else its envelope sender) is not one of the
#        platform's users, or its account is not active; for una@ and uma@ beta.test
#   "554 5.7.1 <rcpt>: R Blacklisted domain or IP"
#        action=REJECT: the sender's domain, the recipient's domain or the client's IP address is on the platform's
#        blacklist; for bea@ and ben@ beta.test
#   "554 5.7.1 <rcpt>: R Quota exceeded"
#        action=REJECT: the sending user has sent its daily or monthly allowance of messages (or has no quota record);
#        for qia@ and qed@ beta.test
#   "450 4.7.1 <rcpt>: R Rate limit exceeded"
#        action=DEFER_IF_PERMIT: the sending user sends faster than its rate_limit_per_minute; to every attempt; for
#        rae@beta.test (Postfix) and rex@beta.test (Exim)
# Not served: the OK action (with sender_dependent_authentication=OK, no reply). The replies are chosen by recipient,
# not by anything the senders did: neither sender authenticates, no user, blacklist or quota was looked up. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-pmta-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTP-PMTA's policy actions as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "554 5.7.1 <una@beta.test>: $R User not found or inactive" \
    uma@beta.test rcpt "554 5.7.1 <uma@beta.test>: $R User not found or inactive" \
    bea@beta.test rcpt "554 5.7.1 <bea@beta.test>: $R Blacklisted domain or IP" \
    ben@beta.test rcpt "554 5.7.1 <ben@beta.test>: $R Blacklisted domain or IP" \
    qia@beta.test rcpt "554 5.7.1 <qia@beta.test>: $R Quota exceeded" \
    qed@beta.test rcpt "554 5.7.1 <qed@beta.test>: $R Quota exceeded" \
    rae@beta.test rcpt "450 4.7.1 <rae@beta.test>: $R Rate limit exceeded" \
    rex@beta.test rcpt "450 4.7.1 <rex@beta.test>: $R Rate limit exceeded" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-not-found-or-inactive	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe hedge by the lane wants cutting back.\n\nCarol
blacklisted-domain-or-ip	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe beehives came through the frost.\n\nCarol
quota-exceeded	carol@alpha.test	qia@beta.test	192.0.2.25	Qia,\n\nthe quilting circle moved to Tuesdays.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe rowing club needs a cox on Sunday.\n\nCarol
exim-user-not-found-or-inactive	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe footbridge reopened this morning.\n\nPat
exim-blacklisted-domain-or-ip	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe bonfire wood is stacked by the shed.\n\nPat
exim-quota-exceeded	pat@pi.test	qed@beta.test	192.0.2.35	Qed,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe reed beds are full of warblers.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# messages deferred on every attempt (one to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
