#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lambdamail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the inbound SMTP receiver of LambdaMail, lucasrguerra's self-hosted mail platform in Go whose receiver runs every
# message through its own authentication and content-scanning pipeline before it files it (DMARC evaluation, a ClamAV
# scanner, an Rspamd scanner whose actions it maps to its own verdicts: reject, greylist, junk), on emersion/go-smtp
# (the repository lucasrguerra/LambdaMail, folder services/protocols; no licence file read; read with the search tool;
# only the reply texts are quoted). Its own code writes every reply below, each a go-smtp SMTPError whose code,
# enhanced code and words the code sets, which go-smtp sends as "<code> <enhanced code> <words>":
#   services/protocols/internal/presentation/smtp/backend.go (commit 9062c14d7006, session.Rcpt and session.Data):
#   to RCPT TO "550 5.1.1 User unknown" (ResolveRecipient found no active mailbox, ErrRecipientNotFound), "452 4.2.2
#   Mailbox full" (a resolved mailbox has used its storage quota, ErrMailboxQuotaExceeded) and "451 4.3.0 Temporary
#   error resolving recipient" (the mailbox lookup itself failed); after the message "451 4.3.0 Temporary error storing
#   message" (any other failure of the use case: the message was not stored, "reported as temporary so the sender
#   retries"), and, rendered from the use case's SmtpRejection, the refusals that
#   services/protocols/internal/application/usecase/smtp_rejection.go (commit d9fb6737d5b5) writes and
#   process_inbound_email.go (ProcessInboundEmailUseCase.Handle; commit 45aaf2a2791d writes the same words as literal
#   "554 5.7.1 ..." / "451 4.7.1 ..." strings that the older backend.go, commit 54d1ea5810ac, parses back) returns:
#   "550 5.7.1 DMARC policy rejects this message" (rejectDmarc: DMARC failed and the sender's domain publishes
#   p=reject), "554 5.7.1 Virus detected: <name>" (rejectVirus: the ClamAV adapter's "stream: <name> FOUND"; the name
#   here is EICAR-Test-Signature, the one the code's own comments and tests use), "554 5.7.1 Spam threshold exceeded"
#   (rejectSpam: Rspamd's action "reject") and "451 4.7.1 Greylisted, please try again later" (deferGreylisted:
#   Rspamd's action "greylist"; scanning_pipeline.go, commit 54d1ea5810ac, stops at the first such verdict).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# LambdaMail's; the DSNs are made.
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
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and uri@ beta.test
#   "452 4.2.2 Mailbox full"   to RCPT TO, to every attempt, for meg@ and mo@ beta.test
#   "451 4.3.0 Temporary error resolving recipient"   to RCPT TO, to every attempt, for rex@ and roz@ beta.test
#   "550 5.7.1 DMARC policy rejects this message"   after the message, for dee@ and dov@ beta.test
#   "554 5.7.1 Virus detected: EICAR-Test-Signature"   after the message, for vic@ and viv@ beta.test
#   "554 5.7.1 Spam threshold exceeded"   after the message, for sid@ and sol@ beta.test
#   "451 4.7.1 Greylisted, please try again later"   after the message, to every attempt, for gil@ and gus@ beta.test
#   "451 4.3.0 Temporary error storing message"   after the message, to every attempt, for sto@ and stu@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its stock replies; "503 5.5.1
# RCPT TO required before DATA" (a sequence error no relaying MTA makes); the submission listener's replies
# (submission_backend.go, for authenticated clients, not read for this unit). The replies are chosen by recipient, not
# by anything the senders did: the messages carry no virus, no failing DMARC and no spam, and each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt (the greylisting one too:
# the replaying server keeps no triplets); each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lambdamail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): LambdaMail's inbound receiver's replies.
UNKNOWN='550 5.1.1 User unknown'
FULL='452 4.2.2 Mailbox full'
RESOLVE='451 4.3.0 Temporary error resolving recipient'
DMARC='550 5.7.1 DMARC policy rejects this message'
VIRUS='554 5.7.1 Virus detected: EICAR-Test-Signature'
SPAM='554 5.7.1 Spam threshold exceeded'
GREY='451 4.7.1 Greylisted, please try again later'
STORE='451 4.3.0 Temporary error storing message'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$UNKNOWN" \
    uri@beta.test rcpt "$UNKNOWN" \
    meg@beta.test rcpt "$FULL" \
    mo@beta.test rcpt "$FULL" \
    rex@beta.test rcpt "$RESOLVE" \
    roz@beta.test rcpt "$RESOLVE" \
    dee@beta.test eom "$DMARC" \
    dov@beta.test eom "$DMARC" \
    vic@beta.test eom "$VIRUS" \
    viv@beta.test eom "$VIRUS" \
    sid@beta.test eom "$SPAM" \
    sol@beta.test eom "$SPAM" \
    gil@beta.test eom "$GREY" \
    gus@beta.test eom "$GREY" \
    sto@beta.test eom "$STORE" \
    stu@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe library van comes on Thursday.\n\nCarol
mailbox-full	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe rowing club meets at six.\n\nCarol
recipient-lookup-error	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe hedge trimmer is back in the shed.\n\nCarol
dmarc-reject	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe pottery class moved to Tuesday.\n\nCarol
virus-detected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe bike lights need new batteries.\n\nCarol
spam-threshold	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe rhubarb is ready to pick.\n\nCarol
greylisted	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe kite festival is on Sunday.\n\nCarol
storage-error	carol@alpha.test	sto@beta.test	192.0.2.25	Sto,\n\nthe compost bin lid is cracked.\n\nCarol
exim-user-unknown	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe ferry times changed for winter.\n\nPat
exim-mailbox-full	pat@pi.test	mo@beta.test	192.0.2.35	Mo,\n\nthe bird feeder needs filling.\n\nPat
exim-recipient-lookup-error	pat@pi.test	roz@beta.test	192.0.2.35	Roz,\n\nthe paint samples came today.\n\nPat
exim-dmarc-reject	pat@pi.test	dov@beta.test	192.0.2.35	Dov,\n\nthe choir sings at the market.\n\nPat
exim-virus-detected	pat@pi.test	viv@beta.test	192.0.2.35	Viv,\n\nthe garden hose has a leak.\n\nPat
exim-spam-threshold	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe canoe trip is booked.\n\nPat
exim-greylisted	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe plum jam has set at last.\n\nPat
exim-storage-error	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe footpath is muddy again.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
