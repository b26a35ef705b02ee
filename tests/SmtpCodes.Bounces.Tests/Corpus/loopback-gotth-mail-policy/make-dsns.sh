#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gotth-mail-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of the Postfix policy service of GOTTH Mail, a self-hosted mail platform
# in Go (Postfix, Dovecot and Rspamd behind a control plane that keeps the domains, mailboxes, aliases and outbound
# policy in PostgreSQL; its main program serves, beside its HTTP API, a Postfix policy delegation listener that
# answers for each recipient: an unauthenticated client's recipient of a hosted domain must be an enabled mailbox or
# alias, an authenticated submission's recipient must be within its domain's outbound scope) (repository
# gotthboard/gotth-mail, MIT, "Copyright (c) 2026 GOTTH Mail contributors"; read with the search tool:
# cmd/gotth-mail/main.go at commit a0ac2280e68f, servePostfixPolicy and handlePostfixPolicy, each refusal a whole
# reply "NNN X.Y.Z text"; internal/daemon/daemon.go at commit 03345463fb6b, PostfixDomain, PostfixRecipient,
# PostfixMailbox and PostfixAlias, whose decisions (not_found, reject, defer, error) handlePostfixPolicy maps to its
# replies; cmd/gotth-mail/postfix_policy_test.go at commit 098c571e9d9d, which expects the texts;
# configs/production/postfix/main.cf at commit 2366adbc7d3e, the project's own Postfix, which asks it in
# smtpd_recipient_restrictions (check_policy_service inet:control-plane:10031, reject); only the reply texts are
# quoted). Postfix 3's smtpd_check writes a policy's numeric action "NNN X.Y.Z text" as "NNN X.Y.Z <recipient>:
# Recipient address rejected: text" (check_table_result, the action's own code and enhanced code).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# GOTTH Mail's as Postfix writes them; the DSNs are made.
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
#   "550 5.1.1 <rcpt>: R recipient unknown"
#        (NotFound) a recipient of a hosted domain that is neither a mailbox nor an alias; for otto@ and olga@ beta.test
#   "550 5.7.1 <rcpt>: R outbound recipient forbidden"
#        (Reject, the default case) a recipient of a hosted domain whose mailbox is disabled (PostfixMailbox's
#        mailbox_disabled; the same text answers a disabled alias or domain, a malformed recipient, and an
#        authenticated submission to a recipient outside its domain's outbound scope); for dina@ and dirk@ beta.test
#   "451 4.3.0 <rcpt>: R outbound policy unavailable"
#        (Defer) the database cannot be used (database_unavailable) or the outbound policy could not be asked; to every
#        attempt; for ivy@beta.test (Postfix)
#   "451 4.3.0 <rcpt>: R outbound policy request unreadable"
#        the policy request could not be read (a line past the 64 KiB the reader holds, or a read error); to every
#        attempt; for una@beta.test (Postfix)
#   "451 4.3.0 <rcpt>: R outbound policy request too large"
#        the policy request has 64 attributes or more, or a line over 4096 bytes; to every attempt; for tara@beta.test
#        (Exim)
# Not served: "451 4.3.0 unsupported outbound policy request" (a request that is not smtpd_access_policy at the RCPT
# state: the project's own Postfix asks the policy in smtpd_recipient_restrictions only), the DUNNO answers (no reply;
# a recipient of a domain that is not hosted is left to Postfix's relay restrictions) and the "reject" Postfix's own
# restriction list gives after the policy (Postfix's words). The replies are chosen by recipient, not by anything the
# senders did: neither sender authenticates, no mailbox is disabled, no database was asked, and each policy request
# is Postfix's usual one. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gotth-mail-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): GOTTH Mail's policy actions as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    otto@beta.test rcpt "550 5.1.1 <otto@beta.test>: $R recipient unknown" \
    olga@beta.test rcpt "550 5.1.1 <olga@beta.test>: $R recipient unknown" \
    dina@beta.test rcpt "550 5.7.1 <dina@beta.test>: $R outbound recipient forbidden" \
    dirk@beta.test rcpt "550 5.7.1 <dirk@beta.test>: $R outbound recipient forbidden" \
    ivy@beta.test rcpt "451 4.3.0 <ivy@beta.test>: $R outbound policy unavailable" \
    una@beta.test rcpt "451 4.3.0 <una@beta.test>: $R outbound policy request unreadable" \
    tara@beta.test rcpt "451 4.3.0 <tara@beta.test>: $R outbound policy request too large" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-unknown	carol@alpha.test	otto@beta.test	192.0.2.25	Otto,\n\nthe market stalls go up at seven.\n\nCarol
recipient-forbidden	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe kiln is cool enough to unload.\n\nCarol
policy-unavailable	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe hedge by the lane wants cutting.\n\nCarol
policy-request-unreadable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe quilt show opens on Saturday.\n\nCarol
exim-recipient-unknown	pat@pi.test	olga@beta.test	192.0.2.35	Olga,\n\nthe footbridge is open again.\n\nPat
exim-recipient-forbidden	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe cricket nets are up behind the pavilion.\n\nPat
exim-policy-request-too-large	pat@pi.test	tara@beta.test	192.0.2.35	Tara,\n\nthe bakery closes early on Wednesdays.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# messages deferred on every attempt (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
