#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-elecpostal: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP listener of ElecPostal, "Go implementation of the Solar Network email service" (its README): Solsynth's
# mail service for the Solar Network (mailboxes on the network's own domain, an HTTP and gRPC API, IMAP, POP3 and JMAP,
# app passwords for the mail protocols, outbound mail through a relay provider such as Amazon SES or direct SMTP; Go
# module src.solsynth.dev/sosys/elecpostal; repository `Solsynth/ElecPostal`, no licence file in the index; read with
# the search tool; only the reply texts are quoted). Its listener, internal/smtp/server.go, takes mail from the
# internet for the service's mailboxes on port 25 and, from a client that logged in with an app password, submits
# mail on port 587 (authentication is required there). Two stored versions of the file were read:
#   the go-smtp version (search file id 59163095141; the version the index stores of the later code, its commit not
#   shown): smtpSession.Mail answers "553 5.7.1 Sender address does not match authenticated mailbox" when a logged-in
#   mailbox gives a MAIL FROM that is not one of its sender addresses (IsMailboxSender) and "451 4.3.0 Temporary sender
#   lookup failure" when that lookup fails; smtpSession.Rcpt answers "550 5.1.1 User unknown" for an address that is
#   no local mailbox from a client that has not logged in (one that has may relay) and "451 4.3.0 Temporary recipient
#   lookup failure" when the mailbox lookup fails; submissionError answers a failed onward send of a logged-in
#   mailbox's message with "554 5.3.0 Outbound relay is not configured" (no relay provider is set up), "452 4.3.2
#   Outbound send limit exceeded" (the sender's sending limit is used up), "554 5.6.0 Message attachments are not
#   supported" (the relay cannot carry the attachments) or, for any other failure, "554 5.3.0 Message delivery
#   failed". Each is a go-smtp SMTPError, which go-smtp sends as "<code> <enhanced code> <words>";
#   the hand-written version (commit 333406ea5a15, its own bufio command loop): the same "553 5.7.1 Sender address does
#   not match authenticated mailbox" and "550 5.1.1 User unknown", and after the message "451 4.3.0 Unable to process
#   message" when the message cannot be parsed (net/mail, its MIME parts), "451 4.3.0 Temporary delivery failure" when
#   storing it fails and "552 5.3.4 Message too large" past the size limit.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words
# are ElecPostal's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "553 5.7.1 Sender address does not match authenticated mailbox"   to MAIL FROM, from the senders' second addresses
#                              (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.1 User unknown"   to RCPT TO, for nia@ and ned@ beta.test
#   "451 4.3.0 Temporary recipient lookup failure"   to RCPT TO, to every attempt, for tim@ and tess@ beta.test
#   "451 4.3.0 Unable to process message"   after the message, to every attempt, for pia@ and pam@ beta.test
#   "554 5.3.0 Outbound relay is not configured"   after the message, for ora@ and otto@ beta.test
#   "452 4.3.2 Outbound send limit exceeded"   after the message, to every attempt, for quin@ and quinn@ beta.test
#   "554 5.6.0 Message attachments are not supported"   after the message, for ada@ and abe@ beta.test
#   "554 5.3.0 Message delivery failed"   after the message, for dan@ and dora@ beta.test
# Not served: go-smtp's greeting and EHLO answer and the hand-written version's ("220 ElecPostal ESMTP ready", the
# replaying server's are used) and their stock replies; "530 5.7.0 Authentication required" and the AUTH exchange
# (the replaying server takes no AUTH: the submission replies above stand for a client that had logged in with an app
# password, as a Postfix or an Exim can with SMTP AUTH as a smarthost's client); "451 4.3.0 Temporary sender lookup
# failure" (a second MAIL FROM reply; the senders have one second address each); "452 4.5.3 Too many recipients",
# "503 ..." and "501 ..." (the hand-written version's syntax and sequence replies, which these senders do not meet);
# "451 4.3.0 Temporary delivery failure" and "552 5.3.4 Message too large" (words the corpus has from other sources,
# byte for byte). The replies are chosen by recipient or client address, not by anything the senders did: each message
# has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-elecpostal}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ElecPostal's listener's replies.
MISMATCH='553 5.7.1 Sender address does not match authenticated mailbox'
UNKNOWN='550 5.1.1 User unknown'
LOOKUP='451 4.3.0 Temporary recipient lookup failure'
PROCESS='451 4.3.0 Unable to process message'
NORELAY='554 5.3.0 Outbound relay is not configured'
LIMIT='452 4.3.2 Outbound send limit exceeded'
ATTACH='554 5.6.0 Message attachments are not supported'
FAILED='554 5.3.0 Message delivery failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$MISMATCH" \
    client:192.0.2.34 mail "$MISMATCH" \
    nia@beta.test rcpt "$UNKNOWN" \
    ned@beta.test rcpt "$UNKNOWN" \
    tim@beta.test rcpt "$LOOKUP" \
    tess@beta.test rcpt "$LOOKUP" \
    pia@beta.test eom "$PROCESS" \
    pam@beta.test eom "$PROCESS" \
    ora@beta.test eom "$NORELAY" \
    otto@beta.test eom "$NORELAY" \
    quin@beta.test eom "$LIMIT" \
    quinn@beta.test eom "$LIMIT" \
    ada@beta.test eom "$ATTACH" \
    abe@beta.test eom "$ATTACH" \
    dan@beta.test eom "$FAILED" \
    dora@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-does-not-match-mailbox	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club dinner is on the ninth.\n\nCarol
user-unknown	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe damson jam is labelled and shelved.\n\nCarol
recipient-lookup-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe hedge by the lane is trimmed.\n\nCarol
unable-to-process-message	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe choir sings at the harvest supper.\n\nCarol
outbound-relay-not-configured	carol@alpha.test	ora@beta.test	192.0.2.25	Ora,\n\nthe seed swap is in the library foyer.\n\nCarol
outbound-send-limit-exceeded	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe kiln is fired on Thursday.\n\nCarol
attachments-not-supported	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe map of the footpaths is on the notice board.\n\nCarol
message-delivery-failed	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe quince tree has fruit at last.\n\nCarol
exim-sender-does-not-match-mailbox	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane points north again.\n\nPat
exim-user-unknown	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe allotment gate has a new latch.\n\nPat
exim-recipient-lookup-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe hay is in before the rain.\n\nPat
exim-unable-to-process-message	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe quilt show opens on Saturday.\n\nPat
exim-outbound-relay-not-configured	pat@pi.test	otto@beta.test	192.0.2.35	Otto,\n\nthe ferry runs late on Sundays.\n\nPat
exim-outbound-send-limit-exceeded	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe hens are laying again.\n\nPat
exim-attachments-not-supported	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe lichen survey starts at the bridge.\n\nPat
exim-message-delivery-failed	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe old well has been fenced off.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
