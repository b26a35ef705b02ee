#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sirerun-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Mailtive SMTPd, "a modern, configurable, and observable SMTP server written in Go" by David Ndungu (the
# repository sirerun/smtpd, Apache-2.0 by its LICENSE; read with the search tool; only the reply texts are quoted), whose
# own session code (internal/server/session.go, commit 01d81bc0671b) answers each command and runs its plugins at MAIL
# FROM, RCPT TO, DATA and after the message:
#   a plugin's plain error at RCPT TO: "550 Requested action not taken: mailbox unavailable (rejected by policy)";
#   at DATA: "554 Transaction failed (rejected before data transfer)"; after the message: "554 Transaction failed
#   (rejected by content policy)"; a failed enqueue after the message: "451 Internal server error: Failed to queue
#   message";
#   a plugin's SMTP error (pkg/smtp/error.go, commit 4c3099abf2f0: NewError(code, enhanced code, text), whose Error()
#   returns "<code> <enhanced code> <text>"), which the session writes as writeResponse(smtpErr.Code(),
#   smtpErr.Error()), its writeResponse putting the code and a space before the text: so the wire carries the code
#   twice: the rate limiter (pkg/plugin/ratelimit/ratelimit.go, commit 29461f5202b1, OnMailFrom: a sender over its
#   limit of messages in the window) "450 4.7.1 Rate limit exceeded", the SPF checker (internal/plugins/spf/spf.go, the
#   same commit, OnMailFrom: the sender domain's SPF record evaluates to Fail) "550 5.7.23 Message rejected due to SPF
#   policy", and the DMARC checker (internal/plugins/dmarc/dmarc.go, the same commit, OnMessage: neither SPF nor DKIM
#   aligned with the From header's domain, whose policy is p=reject) "550 5.7.26 Message rejected due to DMARC policy
#   for <From domain>".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailtive SMTPd's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "450 450 4.7.1 Rate limit exceeded"   (the rate limiter: the sender has sent its limit of messages in the window)
#                              to MAIL FROM from the Postfix's second address (for gamma.test), to every attempt
#   "550 550 5.7.23 Message rejected due to SPF policy"   (the SPF checker: the sender domain's record says Fail) to
#                              MAIL FROM from the Exim's second address (for gamma.test)
#   "550 Requested action not taken: mailbox unavailable (rejected by policy)"   (a plugin refused the recipient with
#                              a plain error) to RCPT TO, for pam@ and pru@ beta.test
#   "554 Transaction failed (rejected before data transfer)"   (a plugin refused the DATA command with a plain error)
#                              to DATA, for dan@ and del@ beta.test
#   "550 550 5.7.26 Message rejected due to DMARC policy for <domain>"   (the DMARC checker: no aligned pass, p=reject;
#                              the From header's domain, alpha.test or pi.test) after the message, for dora@ and dirk@
#                              beta.test
#   "554 Transaction failed (rejected by content policy)"   (a plugin refused the message with a plain error) after
#                              the message, for cora@ and cole@ beta.test
#   "451 Internal server error: Failed to queue message"   (the queue's Enqueue failed) after the message, to every
#                              attempt, for quin@ and quill@ beta.test
# Not served: the greeting ("220 smtpd Service Ready") and EHLO answer (the replaying server's are used), the syntax and
# sequence replies, STARTTLS and AUTH replies, the plain-error refusal of MAIL FROM ("554 Transaction failed (rejected
# by policy)"; the two MAIL FROM stages are taken by the rate limiter and the SPF checker), the SPF checker's temporary
# replies and its 553 and 550 5.5.2, the DMARC checker's 451 replies and the DKIM verifier's replies (whose text ends
# with a library's error). The plugins are not wired in by the stored cmd/smtpd/main.go (its plugin manager is empty):
# the replies are the ones the session writes when a deployment adds them. The replies are chosen by recipient or by
# the client's address, not by anything the senders did. The temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sirerun-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailtive SMTPd's replies as its session writes them.
POLICY='550 Requested action not taken: mailbox unavailable (rejected by policy)'
BEFORE='554 Transaction failed (rejected before data transfer)'
CONTENT='554 Transaction failed (rejected by content policy)'
QUEUE='451 Internal server error: Failed to queue message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '450 450 4.7.1 Rate limit exceeded' \
    client:192.0.2.34 mail '550 550 5.7.23 Message rejected due to SPF policy' \
    pam@beta.test rcpt "$POLICY" \
    pru@beta.test rcpt "$POLICY" \
    dan@beta.test data "$BEFORE" \
    del@beta.test data "$BEFORE" \
    dora@beta.test eom '550 550 5.7.26 Message rejected due to DMARC policy for alpha.test' \
    dirk@beta.test eom '550 550 5.7.26 Message rejected due to DMARC policy for pi.test' \
    cora@beta.test eom "$CONTENT" \
    cole@beta.test eom "$CONTENT" \
    quin@beta.test eom "$QUEUE" \
    quill@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe book club moved to the library annexe.\n\nCarol
rejected-by-policy	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe tennis ladder is posted on the board.\n\nCarol
rejected-before-data-transfer	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe bike shed key is under the mat.\n\nCarol
dmarc-policy	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe harvest festival needs bakers.\n\nCarol
content-policy	carol@alpha.test	cora@beta.test	192.0.2.25	Cora,\n\nthe darts team plays away on Friday.\n\nCarol
failed-to-queue	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe village hall roof is mended at last.\n\nCarol
exim-spf-policy	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe birdwatching hide reopens in spring.\n\nPat
exim-rejected-by-policy	pat@pi.test	pru@beta.test	192.0.2.35	Pru,\n\nthe swimming gala starts at ten.\n\nPat
exim-rejected-before-data-transfer	pat@pi.test	del@beta.test	192.0.2.35	Del,\n\nthe lawnmower is back from repair.\n\nPat
exim-dmarc-policy	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe folk night is on the last Saturday.\n\nPat
exim-content-policy	pat@pi.test	cole@beta.test	192.0.2.35	Cole,\n\nthe pond dipping kit is in the shed.\n\nPat
exim-failed-to-queue	pat@pi.test	quill@beta.test	192.0.2.35	Quill,\n\nthe craft fair stalls are all taken.\n\nPat
SEND
# nine messages refused for good, returned at once (four by the Postfix, five by the Exim), then for each of the
# three temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
