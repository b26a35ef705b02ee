#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-scan2graph-smtpin: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP intake of scan2graph, Georg Jung's scan-to-Microsoft-Graph service in Go on emersion/go-smtp (the
# listener network scanners and printers send their scans to: it picks a sender profile by the envelope sender, checks
# the envelope recipients, extracts the message's PDF attachments into a job and hands it to a pipeline that OCRs them
# and delivers them through Microsoft Graph; "It is not a mail relay", its package comment says; AUTH is required
# unless its SMTPAllowAnonymous setting is on, which is the mode served here) (repository georg-jung/scan2graph; no
# licence file was among the files read; read with the search tool; only the reply texts are quoted), whose own code
# writes every reply below: internal/smtpin/session.go (commit 4e61cef2e323: its var block of SMTPErrors, Session.Mail,
# Session.Rcpt, Session.Data, extractError) and internal/smtpin/smtpin.go (commit 785ade4432c4: New, NewSession, which
# gives a session without AUTH in anonymous mode), with internal/config/config.go (RecipientAllowed: the domain
# allowlist AllowedRecipientDomains). Each refusal is a go-smtp SMTPError whose code, enhanced code and
# words the code sets (static: "none of them echo attacker-controlled input back onto the wire"), which go-smtp sends
# as "<code> <enhanced code> <words>":
#   to MAIL FROM "550 5.7.1 sender not recognized" (errUnknownSender: no sender profile for the envelope sender);
#   to RCPT TO "550 5.7.1 recipient not accepted" (errRecipient: the recipient is empty after normalising or not
#   allowed by the configuration);
#   after the message "550 5.6.0 message carries no usable PDF attachment" (errNoPDF: the message carries files but
#   no usable PDF, or did not parse; "that one is a printer set to JPEG", its comment says), "552 5.3.4 message
#   exceeds structural limits" (errTooComplex: the MIME scanner's structural limits), "451 4.3.1 no capacity for
#   another job, please retry later" (errNoCapacity: the job store could not reserve a slot; Data returns it before
#   reading the body, and go-smtp answers once the message is in) and "451 4.3.0 temporary failure, please retry
#   later" (errInternal: storing the PDFs, committing the job or enqueueing it failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# scan2graph's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.7.1 sender not recognized"   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test),
#                              for gus@ and gil@ gamma.test
#   "550 5.7.1 recipient not accepted"   to RCPT TO, for rui@ and rena@ beta.test
#   "550 5.6.0 message carries no usable PDF attachment"   after the message, for pam@ and piet@ beta.test
#   "552 5.3.4 message exceeds structural limits"   after the message, for lex@ and liv@ beta.test
#   "451 4.3.1 no capacity for another job, please retry later"   after the message, to every attempt, for cai@ and
#                              cora@ beta.test
#   "451 4.3.0 temporary failure, please retry later"   after the message, to every attempt, for ines@ and ivo@
#                              beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its stock replies (syntax,
# sequence, recipient limit, message size, and its ErrAuthRequired and ErrAuthFailed, which the session returns
# unchanged when AUTH is required); "451 4.3.0 transaction was reset before
# the message was accepted" (errAborted: a RSET or a dropped connection during a BDAT transfer, which no relaying
# MTA's completed message meets). The replies are chosen by recipient or client address, not by anything the senders
# did: each message has one recipient and is a few lines of plain text (no scan attached). The temporary replies come
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-scan2graph-smtpin}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): scan2graph's SMTP intake's replies.
SENDER='550 5.7.1 sender not recognized'
RECIPIENT='550 5.7.1 recipient not accepted'
NOPDF='550 5.6.0 message carries no usable PDF attachment'
COMPLEX='552 5.3.4 message exceeds structural limits'
CAPACITY='451 4.3.1 no capacity for another job, please retry later'
INTERNAL='451 4.3.0 temporary failure, please retry later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    rui@beta.test rcpt "$RECIPIENT" \
    rena@beta.test rcpt "$RECIPIENT" \
    pam@beta.test eom "$NOPDF" \
    piet@beta.test eom "$NOPDF" \
    lex@beta.test eom "$COMPLEX" \
    liv@beta.test eom "$COMPLEX" \
    cai@beta.test eom "$CAPACITY" \
    cora@beta.test eom "$CAPACITY" \
    ines@beta.test eom "$INTERNAL" \
    ivo@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-recognized	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe scanned lease is on its way.\n\nCarol
recipient-not-accepted	carol@alpha.test	rui@beta.test	192.0.2.25	Rui,\n\nthe invoice scans are for the March file.\n\nCarol
no-usable-pdf-attachment	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe delivery note scan follows.\n\nCarol
exceeds-structural-limits	carol@alpha.test	lex@beta.test	192.0.2.25	Lex,\n\nthe site plans are scanned at last.\n\nCarol
no-capacity-for-another-job	carol@alpha.test	cai@beta.test	192.0.2.25	Cai,\n\nthe signed forms are in this scan.\n\nCarol
temporary-failure	carol@alpha.test	ines@beta.test	192.0.2.25	Ines,\n\nthe receipts from the trip are scanned.\n\nCarol
exim-sender-not-recognized	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe meeting minutes are scanned.\n\nPat
exim-recipient-not-accepted	pat@pi.test	rena@beta.test	192.0.2.35	Rena,\n\nthe warranty card scan is attached.\n\nPat
exim-no-usable-pdf-attachment	pat@pi.test	piet@beta.test	192.0.2.35	Piet,\n\nthe school report scan follows.\n\nPat
exim-exceeds-structural-limits	pat@pi.test	liv@beta.test	192.0.2.35	Liv,\n\nthe floor plan pages are scanned.\n\nPat
exim-no-capacity-for-another-job	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe tax letters are in this scan.\n\nPat
exim-temporary-failure	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe repair quote is scanned.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
