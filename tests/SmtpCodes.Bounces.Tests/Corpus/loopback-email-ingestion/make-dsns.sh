#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email-ingestion: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP edge proxy of ajaxe's Email Ingestion Gateway (its README: a multi-tenant service that takes
# inbound mail for the addresses its registered applications own, stores the raw message and its attachments in S3,
# parses it and delivers it to each application as a signed HTTP webhook; the SMTP edge, on Simon Ser's go-smtp, checks
# the sender's SPF, asks the internal API whether a recipient is valid and streams the data to that API before it
# answers) (read with the search tool in the repository ajaxe/email-ingestion, no licence file stored:
# backend/internal/smtp/session.go at commit 0b0884fa6200, the session's Mail, Rcpt and Data, and at commit
# 34a6475a2833, an earlier Data that parsed the message itself with enmime; backend/internal/smtp/server.go, the
# backend; README.md and docs/adr/0001-smtp-edge-proxy-architecture.md, what the edge is for and why it answers a failed
# hand-over with a temporary error; every refusal an SMTPError with its own enhanced code; only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are the project's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the gateway's EmailDomain here beta.test):
#   "550 5.7.1 SPF Validation Failed"   (Mail, 0b0884fa6200: the SPF check of the reverse-path for the client's address
#                              gives fail) to MAIL FROM, to both senders' second addresses, for gus@ and gwen@gamma.test
#   "550 5.1.1 User not local; please try a different gateway."   (Rcpt, both versions: the recipient is not at the
#                              gateway's EmailDomain) to RCPT TO, for ray@ and roy@delta.test
#   "550 5.1.1 User Unknown"   (Rcpt, 0b0884fa6200: the internal API says the address belongs to no application, or
#                              the check failed) to RCPT TO, for una@ and uri@beta.test
#   "554 5.6.0 Error: Failed to parse MIME topology."   (Data, 34a6475a2833: enmime could not read the message) after
#                              the message, for ada@ and pim@beta.test
#   "451 4.3.0 Temporary server error. Please try again later."   (Data, 0b0884fa6200: streaming the message to the
#                              internal ingest API failed) after the message, to every attempt, for mia@ and
#                              sid@beta.test
# Not served: go-smtp's own replies (the greeting, its 5.5.x syntax and sequence replies, its size and line-length
# refusals). The MAIL FROM refusals are chosen by the client's address (the second addresses, for gamma.test), the
# others by recipient, not by anything the senders did. The temporary reply comes on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 labelled recipients to one reply text, but for the
# temporary one's 4 (two warnings, two returns).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test received by the replaying server too):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email-ingestion}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Ingestion Gateway's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.7.1 SPF Validation Failed' \
    client:192.0.2.34 mail '550 5.7.1 SPF Validation Failed' \
    ray@delta.test rcpt '550 5.1.1 User not local; please try a different gateway.' \
    roy@delta.test rcpt '550 5.1.1 User not local; please try a different gateway.' \
    una@beta.test rcpt '550 5.1.1 User Unknown' \
    uri@beta.test rcpt '550 5.1.1 User Unknown' \
    ada@beta.test eom '554 5.6.0 Error: Failed to parse MIME topology.' \
    pim@beta.test eom '554 5.6.0 Error: Failed to parse MIME topology.' \
    mia@beta.test eom '451 4.3.0 Temporary server error. Please try again later.' \
    sid@beta.test eom '451 4.3.0 Temporary server error. Please try again later.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-validation-failed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe scout hut needs a new padlock.\n\nCarol
user-not-local	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe tennis ladder starts next week.\n\nCarol
user-unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe seed swap is in the church porch.\n\nCarol
failed-to-parse-mime	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe jumble sale made ninety pounds.\n\nCarol
temporary-server-error	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe gritting rota is on the notice board.\n\nCarol
exim-spf-validation-failed	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe lantern parade meets at the bridge.\n\nPat
exim-user-not-local	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe bowls club has a new green keeper.\n\nPat
exim-user-unknown	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe reading group picked a thriller.\n\nPat
exim-failed-to-parse-mime	pat@pi.test	pim@beta.test	192.0.2.35	Pim,\n\nthe hall heating is fixed at last.\n\nPat
exim-temporary-server-error	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe ferry times changed for winter.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the 451 to each
# sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
