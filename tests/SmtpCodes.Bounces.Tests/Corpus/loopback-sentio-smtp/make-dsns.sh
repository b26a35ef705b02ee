#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sentio-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Sentio SMTP, truespar's "email inbox API for AI agents" in Rust (a multi-tenant mail server whose MX
# listener takes mail for the tenants' domains, authenticates, virus-scans and scores it and hands it to the tenants'
# agents as webhooks; the repository truespar/sentio, licence MIT OR Apache-2.0 as its README says; read with the
# search tool; only the reply texts are quoted; the "Rust Sentio mail platform session with XCLIENT" that session 53
# read but whose repository the index would not name then), whose own code writes every reply below:
# crates/sentio-smtp-server/src/response.rs (commit 7c0d0b3c6583: SmtpResponse, whose to_bytes writes each reply as
# "<code> <enhanced code> <words>"; connection_refused), crates/sentio-smtp-server/src/listener.rs (same commit:
# handle_connection, which writes that 421 instead of the greeting when the abuse guard (bans, connection rate
# limits) refuses the client's address), crates/sentio-smtp-server/src/session.rs (commit 37e02603bc9a: handle_data,
# which answers the message's final dot with the reply of the message processor's ProcessingError; its RCPT TO
# handler accepts every recipient, so the MX listener refuses a recipient only after the message) and
# crates/sentio-smtp-server/src/pipeline.rs (commit 7c0d0b3c6583: ProcessingError's constructors and
# InboundPipeline::process, the inbound path of a client that has not authenticated):
#   "554 5.4.6 Too many hops - routing loop detected" (loop_detected: as many Received headers as
#   max_received_headers, the first check);
#   "550 5.1.2 Domain not hosted: <domain>" (no_valid_recipient: the first recipient's domain is no tenant's domain);
#   "451 4.3.0 Internal processing error: domain lookup" (internal_error: the domain table could not be read);
#   "550 5.1.1 No valid recipients found for domain <domain>" (written in process: the domain has
#   reject_unknown_recipients set and no recipient is one of its mailboxes);
#   "550 5.7.1 Message rejected: DMARC policy failure for <domain>" (dmarc_reject: DMARC fails for the From header's
#   domain and its policy is reject);
#   "550 5.7.1 Message rejected: virus detected (<name>)" (virus_detected: ClamAV found a virus; the name is clamd's, as
#   crates/sentio-storage/src/scanner.rs reads it from "stream: <name> FOUND", e.g. its test's Eicar-Test-Signature);
#   "451 4.3.0 Storage temporarily unavailable" (storage_unavailable: the raw message could not be put in the blob
#   store).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Sentio's; the DSNs are made.
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
#   "421 4.7.0 Connection refused"   instead of the greeting, to every connection from the senders' second addresses
#                              (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.2 Domain not hosted: beta.test"   after the message, for dom@ and dora@ beta.test
#   "550 5.1.1 No valid recipients found for domain beta.test"   after the message, for nev@ and nell@ beta.test
#   "550 5.7.1 Message rejected: DMARC policy failure for alpha.test"   after the message, for dee@ beta.test (the
#                              Postfix's message, From carol@alpha.test)
#   "550 5.7.1 Message rejected: DMARC policy failure for pi.test"   after the message, for dex@ beta.test (the Exim's
#                              message, From pat@pi.test)
#   "550 5.7.1 Message rejected: virus detected (Eicar-Test-Signature)"   after the message, for vic@ and vera@
#                              beta.test
#   "554 5.4.6 Too many hops - routing loop detected"   after the message, for lou@ and lola@ beta.test
#   "451 4.3.0 Storage temporarily unavailable"   after the message, to every attempt, for sam@ and sid@ beta.test
#   "451 4.3.0 Internal processing error: domain lookup"   after the message, to every attempt, for ida@ and ivy@
#                              beta.test
# Not served: Sentio's greeting ("<hostname> ESMTP AI-SMTP") and EHLO answer (the replaying server's are used);
# "550 5.6.0 Message could not be parsed" (mail_parser finds no message in what a relaying MTA sends only when it is
# empty); "451 4.3.0 Internal processing error: mailbox lookup", "... virus scanner: <error>" and "451 4.3.0 Queue
# temporarily unavailable" (the same internal failures as the served 451s, in other words or with a scanner's error
# text); "553 5.7.1 Sender domain not authorized for this account" and the AUTH replies (the submission listeners,
# after AUTH); "452 4.5.3 Too many recipients", "421 4.7.0 Too many messages in this session", "552 5.3.4 Message size
# exceeds fixed maximum message size", "421 4.4.2 Timeout waiting for input", "421 4.3.2 Service not available, closing
# channel" and the syntax and sequence replies (limits and errors of the protocol, not Sentio's judgement of a
# message). The replies are chosen by recipient or client address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text (no virus, no DMARC record, one Received header). The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients
# to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sentio-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Sentio's replies.
REFUSED='421 4.7.0 Connection refused'
NOTHOSTED='550 5.1.2 Domain not hosted: beta.test'
NOVALID='550 5.1.1 No valid recipients found for domain beta.test'
VIRUS='550 5.7.1 Message rejected: virus detected (Eicar-Test-Signature)'
LOOP='554 5.4.6 Too many hops - routing loop detected'
STORAGE='451 4.3.0 Storage temporarily unavailable'
LOOKUP='451 4.3.0 Internal processing error: domain lookup'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$REFUSED" \
    client:192.0.2.34 connect "$REFUSED" \
    dom@beta.test eom "$NOTHOSTED" \
    dora@beta.test eom "$NOTHOSTED" \
    nev@beta.test eom "$NOVALID" \
    nell@beta.test eom "$NOVALID" \
    dee@beta.test eom '550 5.7.1 Message rejected: DMARC policy failure for alpha.test' \
    dex@beta.test eom '550 5.7.1 Message rejected: DMARC policy failure for pi.test' \
    vic@beta.test eom "$VIRUS" \
    vera@beta.test eom "$VIRUS" \
    lou@beta.test eom "$LOOP" \
    lola@beta.test eom "$LOOP" \
    sam@beta.test eom "$STORAGE" \
    sid@beta.test eom "$STORAGE" \
    ida@beta.test eom "$LOOKUP" \
    ivy@beta.test eom "$LOOKUP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-refused	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club meets at seven.\n\nCarol
domain-not-hosted	carol@alpha.test	dom@beta.test	192.0.2.25	Dom,\n\nthe hedge along the lane is trimmed.\n\nCarol
no-valid-recipients	carol@alpha.test	nev@beta.test	192.0.2.25	Nev,\n\nthe map of the walk is on the fridge.\n\nCarol
dmarc-policy-failure	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe bread oven is warm by noon.\n\nCarol
virus-detected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe cider barrels are rinsed.\n\nCarol
routing-loop	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe lantern needs a new wick.\n\nCarol
storage-unavailable	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe rain gauge read two inches.\n\nCarol
domain-lookup-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe hall is booked for the dance.\n\nCarol
exim-connection-refused	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe canoe is back on its rack.\n\nPat
exim-domain-not-hosted	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe pear tree finally flowered.\n\nPat
exim-no-valid-recipients	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe bell ringers practise on Thursday.\n\nPat
exim-dmarc-policy-failure	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe compost bins are full again.\n\nPat
exim-virus-detected	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe loom is threaded for blue wool.\n\nPat
exim-routing-loop	pat@pi.test	lola@beta.test	192.0.2.35	Lola,\n\nthe tide is low at six tomorrow.\n\nPat
exim-storage-unavailable	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe greenhouse glass is mended.\n\nPat
exim-domain-lookup-error	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe sheep are in the top field.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the six
# temporary cases (three to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
