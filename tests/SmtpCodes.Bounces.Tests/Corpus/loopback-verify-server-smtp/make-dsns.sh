#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-verify-server-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP receiver of verify_server, thuyhpvn123's verification server in Go for the meta-node blockchain
# (module github.com/meta-node-blockchain/verify_server: an e-mail, WhatsApp and Telegram OTP verifier whose mail side
# is a go-guerrilla processor, on phires' fork of go-guerrilla, that checks each message's DKIM signature, falls back
# to its own SPF and DMARC checks, encrypts the message and stores it under ./email, and hands a message with an empty
# Subject, the OTP in its body, to a smart contract; the repository thuyhpvn123/verify_server, no licence file read;
# read with the search tool; only the reply texts are quoted), whose own code writes every reply below: app/app.go
# (commit a538f47bef05: CreateSMTPProcessor, the TaskSaveMail branch of its processor, each refusal a
# backends.NewResult("<code> <text>") returned with a nil error) and utils/email.go (the same commit: CheckSPF and
# CheckDMARC, whose error texts the SPF and DMARC replies carry after "%v"; CheckDMARC wraps the error of
# emersion/go-msgauth's dmarc.Lookup, read in Debian's golang-github-emersion-go-msgauth-dev 0.6.6, dmarc/lookup.go:
# ErrNoPolicy "dmarc: no policy found for domain"). go-guerrilla's gateway (phires/go-guerrilla, backends/gateway.go,
# commit 3c5d27d20499, BackendGateway.Process) returns a processor's own result as it is, and its server sends it after
# the message's final dot, one line, no enhanced code. The processor runs its checks in this order: size, DKIM (for a
# client other than 127.0.0.1, an unsigned message fails it), SPF of the envelope sender's domain, DMARC of that
# domain, the encryption and the file write, the MIME parse, the sender's address. All after the message:
#   "552 Error: Message size exceeds 1MB limit" (the data is over 1024*1024 bytes);
#   "554 SPF failed: no SPF record found for domain <sender's domain>" (the domain has no v=spf1 TXT record at
#   8.8.8.8, the answer for these .test domains) and "554 SPF failed: IP <client address> not authorized by SPF for
#   domain <sender's domain>" (the record's ip4: and include: terms do not cover the client; CheckSPF reads no other
#   mechanism);
#   "554 DMARC failed: DMARC reject policy applied for domain: <sender's domain>" (SPF passed and the domain publishes
#   p=reject) and "554 DMARC failed: DMARC check failed: dmarc: no policy found for domain" (SPF passed and the domain
#   publishes no DMARC record);
#   "554 Error saving email locally" (writing the encrypted file under ./email failed);
#   "554 Error parsing email" (the stored message's MIME structure could not be read: no or a malformed Content-Type,
#   or a body or multipart part it cannot read).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# verify_server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message):
#   "552 Error: Message size exceeds 1MB limit"   for sig@ and sue@ beta.test
#   "554 SPF failed: no SPF record found for domain alpha.test"   for nia@beta.test (the Postfix's sender's domain),
#                              and "... for domain pi.test" for ned@beta.test (the Exim's)
#   "554 SPF failed: IP <client> not authorized by SPF for domain alpha.test"   for ian@beta.test, and "... domain
#                              pi.test" for ivy@beta.test, <client> the sending MTA's address
#   "554 DMARC failed: DMARC reject policy applied for domain: alpha.test"   for dax@beta.test, and "... domain: pi.test"
#                              for dot@beta.test
#   "554 DMARC failed: DMARC check failed: dmarc: no policy found for domain"   for nan@ and nod@ beta.test
#   "554 Error saving email locally"   for sal@ and sam@ beta.test
#   "554 Error parsing email"   for pam@ and pip@ beta.test
# Not served: go-guerrilla's greeting, EHLO answer and canned replies (the replaying server's are used); the SPF and
# DMARC replies that carry a DNS library's error ("DNS query failed: ...", "dmarc: failed to lookup TXT record: ...");
# "554 Invalid recipient email format" and "550 No recipient provided" (the first at RCPT TO is a result with no error,
# which go-guerrilla's ValidateRcpt ignores, so the recipient is taken; after the message they need an empty local
# part or no recipient, which no relaying MTA sends); "554 Invalid sender address" (a sender net/mail cannot parse, in
# practice the null sender of a bounce, which gets no DSN back); "554 Error generating password" and "554 Error
# encrypting email" (a SHA-256 and an AES-GCM seal that cannot fail); "554 Error processing authentication" (the
# handler it guards returns no error); and the accepting "250 OK: Authentication request received" and "250 OK: Email
# received and stored successfully". The replies are chosen by recipient, not by anything the senders did: each
# message has one recipient and is a few lines of plain text; the sender's domain and the client's address in the SPF
# and DMARC replies are the run's own. Every reply is permanent: each sender returns the message at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-verify-server-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): verify_server's SMTP processor's replies.
SIZE='552 Error: Message size exceeds 1MB limit'
NOPOLICY='554 DMARC failed: DMARC check failed: dmarc: no policy found for domain'
SAVE='554 Error saving email locally'
PARSE='554 Error parsing email'
printf '%s\t%s\t%s\n' \
    sig@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    nia@beta.test eom '554 SPF failed: no SPF record found for domain alpha.test' \
    ned@beta.test eom '554 SPF failed: no SPF record found for domain pi.test' \
    ian@beta.test eom '554 SPF failed: IP {client} not authorized by SPF for domain alpha.test' \
    ivy@beta.test eom '554 SPF failed: IP {client} not authorized by SPF for domain pi.test' \
    dax@beta.test eom '554 DMARC failed: DMARC reject policy applied for domain: alpha.test' \
    dot@beta.test eom '554 DMARC failed: DMARC reject policy applied for domain: pi.test' \
    nan@beta.test eom "$NOPOLICY" \
    nod@beta.test eom "$NOPOLICY" \
    sal@beta.test eom "$SAVE" \
    sam@beta.test eom "$SAVE" \
    pam@beta.test eom "$PARSE" \
    pip@beta.test eom "$PARSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-over-1mb	carol@alpha.test	sig@beta.test	192.0.2.25	Sig,\n\nthe allotment gate sticks again.\n\nCarol
spf-no-record	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe bell ringers practise on Tuesday.\n\nCarol
spf-ip-not-authorized	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe cider press is booked for October.\n\nCarol
dmarc-reject-policy	carol@alpha.test	dax@beta.test	192.0.2.25	Dax,\n\nthe model railway club needs a venue.\n\nCarol
dmarc-no-policy	carol@alpha.test	nan@beta.test	192.0.2.25	Nan,\n\nthe rhubarb is ready to pull.\n\nCarol
error-saving-email	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe ferry timetable changed in May.\n\nCarol
error-parsing-email	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe compost bins are full.\n\nCarol
exim-message-over-1mb	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe bike shed lock is new.\n\nPat
exim-spf-no-record	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe quilt show opens on Friday.\n\nPat
exim-spf-ip-not-authorized	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe tennis court nets are up.\n\nPat
exim-dmarc-reject-policy	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe canal towpath is closed for repairs.\n\nPat
exim-dmarc-no-policy	pat@pi.test	nod@beta.test	192.0.2.35	Nod,\n\nthe wood stove needs a new gasket.\n\nPat
exim-error-saving-email	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe garden hose has a split.\n\nPat
exim-error-parsing-email	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe choir robes came back from the cleaners.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
