#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailyard: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the inbound MX listener of Mailyard, YouSysAdmin's self-hosted e-mail sending platform in Go (transactional and
# campaign mail, templates, webhooks, relay nodes; its inbound listener on emersion/go-smtp takes mail from the internet
# for the domains its projects have verified, checks SPF, DKIM and DMARC, stores each message per project and emits
# inbound.received webhooks; the repository YouSysAdmin/mailyard, no licence file read; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below, in its go-smtp Backend and Session:
# internal/domain/inbound/listener.go (commit f962599e38b4, Backend.NewSession, session.Rcpt and session.Data) and the
# errors of internal/domain/inbound/service.go that Data maps to replies (ErrSenderSuppressed: "The project suppression
# list doubles as an inbound blocklist"; ErrDMARCFail: "Returned only when the From domain publishes p=reject AND the
# operator turned inbound.reject_on_dmarc_fail on"). Each reply is a go-smtp SMTPError with the code, enhanced code and
# message the code sets, written by go-smtp as "<code> <enhanced code> <message>" on one line:
#   to EHLO/HELO (go-smtp calls NewSession once the client has greeted) "421 4.7.0 rate limit exceeded" (the client's
#   IP address is over the listener's per-minute rate, iplimit.Limiter); to RCPT TO "451 4.3.0 temporary failure" (the
#   lookup of the recipient's domain failed) and "550 5.1.1 relay not permitted" (no project has verified the
#   recipient's domain); after the message "552 5.3.4 message size exceeds limit" (the message is larger than the
#   listener's MaxMessageSize, 25 MiB by default), "550 5.7.1 sender suppressed" (the envelope sender is on the
#   project's suppression list), "550 5.7.1 dmarc policy rejects this message" (the From domain's DMARC policy is
#   p=reject, the check failed and the operator set reject_on_dmarc_fail), "451 4.3.0 temporary failure processing
#   message" (the ingest panicked and Data recovered) and "451 4.3.0 temporary failure" (the ingest failed otherwise).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailyard's; the DSNs are made.
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
#   "421 4.7.0 rate limit exceeded"   to EHLO, to every attempt, from the senders' second addresses 192.0.2.24 and
#                              192.0.2.34, for gus@ and gil@ gamma.test
#   "451 4.3.0 temporary failure"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "550 5.1.1 relay not permitted"   to RCPT TO, for rob@ and rex@ beta.test
#   "552 5.3.4 message size exceeds limit"   after the message, for lou@ and lea@ beta.test
#   "550 5.7.1 sender suppressed"   after the message, for sam@ and sid@ beta.test
#   "550 5.7.1 dmarc policy rejects this message"   after the message, for dan@ and dot@ beta.test
#   "451 4.3.0 temporary failure processing message"   after the message, to every attempt, for pia@ and pen@ beta.test
#   "451 4.3.0 temporary failure"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its own stock replies (syntax,
# sequence, its global size and recipient limits), "452 4.5.3 recipients span domains, retry separately" (a second
# recipient of another verified domain in one transaction: Postfix delivers each domain in its own transaction),
# "554 5.5.1 no valid recipients" (DATA with no accepted recipient, which go-smtp itself refuses first), "451 4.3.0 read
# error" (the data stream failed) and the submission listener's replies (internal/domain/submission, behind AUTH).
# A duplicate Message-ID is answered 250 (ErrDuplicate), so it makes no DSN.
# The replies are chosen by recipient or by client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text, far below any size limit, with no DMARC record anywhere. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailyard}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailyard's inbound listener's replies.
RATE='421 4.7.0 rate limit exceeded'
LOOKUP='451 4.3.0 temporary failure'
NORELAY='550 5.1.1 relay not permitted'
TOOBIG='552 5.3.4 message size exceeds limit'
SUPPRESSED='550 5.7.1 sender suppressed'
DMARC='550 5.7.1 dmarc policy rejects this message'
PANIC='451 4.3.0 temporary failure processing message'
INGEST='451 4.3.0 temporary failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$RATE" \
    client:192.0.2.34 ehlo "$RATE" \
    nia@beta.test rcpt "$LOOKUP" \
    ned@beta.test rcpt "$LOOKUP" \
    rob@beta.test rcpt "$NORELAY" \
    rex@beta.test rcpt "$NORELAY" \
    lou@beta.test eom "$TOOBIG" \
    lea@beta.test eom "$TOOBIG" \
    sam@beta.test eom "$SUPPRESSED" \
    sid@beta.test eom "$SUPPRESSED" \
    dan@beta.test eom "$DMARC" \
    dot@beta.test eom "$DMARC" \
    pia@beta.test eom "$PANIC" \
    pen@beta.test eom "$PANIC" \
    fay@beta.test eom "$INGEST" \
    fox@beta.test eom "$INGEST" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe towpath is closed past the second lock.\n\nCarol
domain-lookup-failed	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe seed swap is on Saturday morning.\n\nCarol
relay-not-permitted	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe ladder is back in the church porch.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe tide tables are pinned by the slipway.\n\nCarol
sender-suppressed	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe apple crates are stacked by the gate.\n\nCarol
dmarc-policy-rejects	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe band stand needs a coat of paint.\n\nCarol
processing-failure	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe marsh walk starts at the old mill.\n\nCarol
ingest-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe fete bunting is in the loft.\n\nCarol
exim-rate-limit-exceeded	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane points north again.\n\nPat
exim-domain-lookup-failed	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe hop garden is ready for picking.\n\nPat
exim-relay-not-permitted	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe ferry runs late on Sundays.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe hall piano has been tuned.\n\nPat
exim-sender-suppressed	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe well cover needs a new hinge.\n\nPat
exim-dmarc-policy-rejects	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe orchard gate is off its latch.\n\nPat
exim-processing-failure	pat@pi.test	pen@beta.test	192.0.2.35	Pen,\n\nthe skittle alley is free on Monday.\n\nPat
exim-ingest-failure	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe bee hives are wrapped for winter.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
