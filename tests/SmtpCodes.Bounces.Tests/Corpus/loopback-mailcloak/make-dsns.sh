#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailcloak: a receiving SMTP server (../loopback-replay.py) answers with the replies
# a Postfix writes from the answers of mailcloak, "a Postfix policy service designed to secure and control mail flows
# by integrating Postfix, Dovecot, and Keycloak" (peio42's policy delegation and socketmap daemon in Go: a recipient of
# the site's domains must be a Keycloak user's primary address or an alias in its SQLite database; unauthenticated
# mail may not be relayed nor claim a sender of the site's domains; an authenticated user or application may send only
# from its own addresses) (repository peio42/mailcloak, read with the search tool: internal/mailcloak/policy.go at
# commit c16b51f63463, handlePolicyConn, which answers "action=<action>" to a request of protocol_state RCPT and DUNNO
# to any other, and policy(), each refusal a whole reply "NNN X.Y.Z text"; tests/e2e/postfix/main.cf at commit
# 5d7948a4074f, the project's own Postfix, which asks it in smtpd_recipient_restrictions
# (check_policy_service unix:private/mailcloak-policy); README.md, whose notes say the policy returns 451 by default
# when the identity provider is unavailable (policy.idp_failure_mode, in internal/mailcloak/config.go "tempfail" or
# "dunno"); tests/integration/policy_test.go and tests/e2e/e2e_test.go, which expect the texts; no licence file in the
# stored copy; only the reply texts are quoted). Postfix 3's smtpd_check writes a policy's numeric action "NNN X.Y.Z text" as
# "NNN X.Y.Z <recipient>: Recipient address rejected: text" (check_table_result: "<%s>: %s rejected: %s", the
# action's own code and enhanced code; the policy is asked in the recipient restrictions, so the name is the
# recipient's, whatever the refusal is about).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mailcloak's as Postfix writes them; the DSNs are made.
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
#   "550 5.1.1 <rcpt>: R No such user"
#        a recipient of the site's domains that is neither a Keycloak user's primary e-mail address nor an alias in
#        the SQLite database; for nemo@ and ned@ beta.test
#   "550 5.7.1 <rcpt>: R Recipient domain not local"
#        no SASL authentication and a recipient outside the site's domains (no relaying); for rae@ and ray@ gamma.test
#   "553 5.7.1 <rcpt>: R Sending from local domains requires authentication"
#        no SASL authentication and an envelope sender of one of the site's domains; for lola@ and lou@ beta.test
#   "553 5.7.1 <rcpt>: R Sender not owned by authenticated user"
#        a user (OAuth) or an application (PLAIN or LOGIN) authenticated, and the sender neither its primary address
#        nor one of its aliases or allowed addresses; for owen@ and olly@ beta.test
#   "451 4.3.0 <rcpt>: R Temporary authentication/lookup failure"
#        the identity provider (Keycloak or Authentik) could not be asked and policy.idp_failure_mode is not "dunno"
#        (its default answer); to every attempt; for kay@beta.test (Postfix) and kit@beta.test (Exim)
#   "451 4.3.0 <rcpt>: R Temporary internal error"
#        a lookup in its SQLite database (the site's domains, the aliases, the applications) failed; to every attempt;
#        for ian@beta.test (Postfix) and ida@beta.test (Exim)
# Not served: "553 5.7.1 Unsupported authentication method" (a SASL method other than OAuth, PLAIN and LOGIN), the
# DUNNO actions (no reply). The replies are chosen by recipient, not by anything the senders did: neither sender
# authenticates and neither sender's domain (alpha.test, pi.test) is one of the site's, no identity provider or
# database was asked. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailcloak}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailcloak's actions as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    nemo@beta.test rcpt "550 5.1.1 <nemo@beta.test>: $R No such user" \
    ned@beta.test rcpt "550 5.1.1 <ned@beta.test>: $R No such user" \
    rae@gamma.test rcpt "550 5.7.1 <rae@gamma.test>: $R Recipient domain not local" \
    ray@gamma.test rcpt "550 5.7.1 <ray@gamma.test>: $R Recipient domain not local" \
    lola@beta.test rcpt "553 5.7.1 <lola@beta.test>: $R Sending from local domains requires authentication" \
    lou@beta.test rcpt "553 5.7.1 <lou@beta.test>: $R Sending from local domains requires authentication" \
    owen@beta.test rcpt "553 5.7.1 <owen@beta.test>: $R Sender not owned by authenticated user" \
    olly@beta.test rcpt "553 5.7.1 <olly@beta.test>: $R Sender not owned by authenticated user" \
    kay@beta.test rcpt "451 4.3.0 <kay@beta.test>: $R Temporary authentication/lookup failure" \
    kit@beta.test rcpt "451 4.3.0 <kit@beta.test>: $R Temporary authentication/lookup failure" \
    ian@beta.test rcpt "451 4.3.0 <ian@beta.test>: $R Temporary internal error" \
    ida@beta.test rcpt "451 4.3.0 <ida@beta.test>: $R Temporary internal error" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe ferry timetable changed on Monday.\n\nCarol
recipient-domain-not-local	carol@alpha.test	rae@gamma.test	192.0.2.25	Rae,\n\nthe orchard needs netting before June.\n\nCarol
local-domains-require-auth	carol@alpha.test	lola@beta.test	192.0.2.25	Lola,\n\nthe choir meets in the chapel this week.\n\nCarol
sender-not-owned	carol@alpha.test	owen@beta.test	192.0.2.25	Owen,\n\nthe lighthouse tour is fully booked.\n\nCarol
lookup-failure	carol@alpha.test	kay@beta.test	192.0.2.25	Kay,\n\nthe well by the chapel has been capped.\n\nCarol
internal-error	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe cider press is free on Sunday.\n\nCarol
exim-no-such-user	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe quay wall was repointed.\n\nPat
exim-recipient-domain-not-local	pat@pi.test	ray@gamma.test	192.0.2.35	Ray,\n\nthe sheep fair moved to Thursday.\n\nPat
exim-local-domains-require-auth	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe bell ringers need a sixth.\n\nPat
exim-sender-not-owned	pat@pi.test	olly@beta.test	192.0.2.35	Olly,\n\nthe tide tables are on the board.\n\nPat
exim-lookup-failure	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe stile by the mill is mended.\n\nPat
exim-internal-error	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe reading room opens late on Fridays.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the
# four messages deferred on every attempt (two to the Postfix, two to the Exim) a warning after a minute and a return
# after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
