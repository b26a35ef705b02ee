#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postfix-spf-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of postfix-spf-policy, sirqix's Postfix SPF policy server in Go ("tolerant"
# SPF checks on blitiri.com.ar/go/spf: a fail, softfail or permanent error may be overridden when the client's
# forward-confirmed reverse name, HELO name or MX hosts point to the sender's domain; a sender of one of the site's own
# domains is refused from an address outside the private ranges) (repository sirqix/postfix-spf-policy, read with the
# search tool; only the reply texts are quoted): internal/policy/handler.go (commit 4d718a7a3747, Handle, which answers
# "action=<action in lower case> <reason>", and ProcessRequest: the local-domain check and "temporary evaluation
# error" when the evaluator fails), internal/evaluator/evaluator.go (commit 059c9ac69797: resultToAction, the
# temporary-error branch of Evaluate and permErrorReason) and examples/INSTALL.txt (commit 87cfbff75fa0), which asks it
# in smtpd_recipient_restrictions (check_policy_service inet:127.0.0.1:10033). Postfix 3's smtpd_check writes a
# policy's REJECT as "554 5.7.1 <recipient>: Recipient address rejected: <text>" and its DEFER as "450 4.7.1
# <recipient>: Recipient address rejected: <text>" (access_map_reject_code, access_map_defer_code; the policy is asked
# in the recipient restrictions, so the name is the recipient's, whatever the check); the served lines are those, with
# the reason written for each sending MTA's own envelope sender and domain (carol@alpha.test for the Postfix,
# pat@pi.test for the Exim).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# postfix-spf-policy's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, to RCPT TO (R is "Recipient address rejected:"; S the sending MTA's envelope sender, D its
# domain):
#   "554 5.7.1 <rcpt>: R Sender S not authorized to send for local domain D from external IP"
#        REJECT: the sender's domain is one of the site's own domains (its domain list) and the client address is not
#        loopback, private or link-local; for sal@ and sue@ beta.test
#   "554 5.7.1 <rcpt>: R SPF fail: sender S not authorized for domain D. Check SPF record."
#        REJECT: the SPF result is fail and no tolerant override applied; for fen@ and fin@ beta.test
#   "450 4.7.1 <rcpt>: R SPF softfail for D. Sender IP not in SPF record."
#        DEFER: the SPF result is softfail and no tolerant override applied; to every attempt; for sof@ and sol@
#        beta.test
#   "450 4.7.1 <rcpt>: R SPF permanent error for D: no usable v=spf1 record found (referenced include/redirect target
#        may be missing, or DNS may be misconfigured)."
#        DEFER: a permanent error that excluding unusable terms did not mend, no v=spf1 record at the domain's apex, the
#        client not listed in the chain (permErrorReason); to every attempt; for pam@ and pip@ beta.test
#   "450 4.7.1 <rcpt>: R temporary DNS error while validating SPF for D; please retry"
#        DEFER: the SPF check's DNS lookups failed and no include in the sender's chain is broken (the code's comment: a
#        resolver-side failure it cannot pin on either side); to every attempt; for dee@ and dov@ beta.test
#   "450 4.7.1 <rcpt>: R temporary evaluation error"
#        DEFER: the evaluator returned an error (a client address it cannot parse); to every attempt; for eve@ and eli@
#        beta.test
# Not served: the broken-include deferral ("SPF temporary error for D: broken include ... (...) - sender DNS must be
# fixed": the code writes an em dash, not ASCII), the multiple-record permanent error (a section sign and an em dash),
# "SPF permanent error for D: <cause>." (the cause words come from the SPF library's error), "SPF temporary error for
# D" and "SPF permanent error for D. Invalid SPF record syntax." (replaced before they are sent: the first by the
# temporary-error branch, the second by permErrorReason in the default tolerant mode), the reasons appended with
# "Ignored invalid SPF terms: ...", and the DUNNO answers (no reply). The replies are chosen by recipient, not by
# anything the senders did: no SPF record exists and no SPF check ran. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postfix-spf-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): postfix-spf-policy's actions as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
NOUSABLE='no usable v=spf1 record found (referenced include/redirect target may be missing, or DNS may be misconfigured).'
printf '%s\t%s\t%s\n' \
    sal@beta.test rcpt "554 5.7.1 <sal@beta.test>: $R Sender carol@alpha.test not authorized to send for local domain alpha.test from external IP" \
    sue@beta.test rcpt "554 5.7.1 <sue@beta.test>: $R Sender pat@pi.test not authorized to send for local domain pi.test from external IP" \
    fen@beta.test rcpt "554 5.7.1 <fen@beta.test>: $R SPF fail: sender carol@alpha.test not authorized for domain alpha.test. Check SPF record." \
    fin@beta.test rcpt "554 5.7.1 <fin@beta.test>: $R SPF fail: sender pat@pi.test not authorized for domain pi.test. Check SPF record." \
    sof@beta.test rcpt "450 4.7.1 <sof@beta.test>: $R SPF softfail for alpha.test. Sender IP not in SPF record." \
    sol@beta.test rcpt "450 4.7.1 <sol@beta.test>: $R SPF softfail for pi.test. Sender IP not in SPF record." \
    pam@beta.test rcpt "450 4.7.1 <pam@beta.test>: $R SPF permanent error for alpha.test: $NOUSABLE" \
    pip@beta.test rcpt "450 4.7.1 <pip@beta.test>: $R SPF permanent error for pi.test: $NOUSABLE" \
    dee@beta.test rcpt "450 4.7.1 <dee@beta.test>: $R temporary DNS error while validating SPF for alpha.test; please retry" \
    dov@beta.test rcpt "450 4.7.1 <dov@beta.test>: $R temporary DNS error while validating SPF for pi.test; please retry" \
    eve@beta.test rcpt "450 4.7.1 <eve@beta.test>: $R temporary evaluation error" \
    eli@beta.test rcpt "450 4.7.1 <eli@beta.test>: $R temporary evaluation error" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
local-domain-from-external-ip	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe footbridge over the brook is open again.\n\nCarol
spf-fail	carol@alpha.test	fen@beta.test	192.0.2.25	Fen,\n\nthe hedge laying course starts in March.\n\nCarol
spf-softfail	carol@alpha.test	sof@beta.test	192.0.2.25	Sof,\n\nthe potting shed key is under the pot.\n\nCarol
spf-permanent-error	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe quilting group meets on Tuesday.\n\nCarol
spf-dns-error	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe village fete needs more bunting.\n\nCarol
evaluation-error	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe bus shelter was repainted green.\n\nCarol
exim-local-domain-from-external-ip	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe weather vane points north today.\n\nPat
exim-spf-fail	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe skittle alley is booked for Friday.\n\nPat
exim-spf-softfail	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe beehives came through the winter.\n\nPat
exim-spf-permanent-error	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe marrow contest is in August.\n\nPat
exim-spf-dns-error	pat@pi.test	dov@beta.test	192.0.2.35	Dov,\n\nthe old forge has a new roof.\n\nPat
exim-evaluation-error	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe walking group leaves at nine.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the eight
# messages deferred on every attempt (four to the Postfix, four to the Exim) a warning after a minute and a return
# after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
