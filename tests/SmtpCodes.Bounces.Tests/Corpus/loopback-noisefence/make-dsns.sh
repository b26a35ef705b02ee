#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-noisefence: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of NoiseFence, crdffrance's "durable SMTP antispam gateway with a local engine and private console" in Rust
# (its Cargo.toml's description; GPL-3.0-only by its license field; repository crdffrance/NoiseFence, read with the
# search tool; only the reply texts are quoted): an MX in front of a domain's real mail server that accepts mail for
# the recipients its configuration routes, analyses each message and relays it on from a durable queue. Its own code
# writes every reply below, each one line "<code> <enhanced code> <words>" ending in CRLF:
#   src/smtp.rs (commit 0105adf99739), the listener and the session: "421 4.3.2 Server busy" instead of the greeting
#   (the client's address already holds smtp.max_connections_per_ip connections, or every slot is taken); to MAIL
#   FROM "452 4.3.1 Insufficient storage" (the spool's free space is below smtp.minimum_free_bytes plus room for a
#   largest message); to RCPT TO "550 5.1.1 Recipient not accepted" (config.recipient() finds no route for the
#   address); to DATA "550 5.7.1 Sender reputation policy" and "451 4.3.2 Analysis capacity busy; retry later" (the
#   early DNSBL check's reject action, and no free analysis permit); after the message "554 5.6.0 Invalid message
#   structure" (message::validate refuses the message's framing) and "451 4.3.0 Unable to persist message; retry"
#   (the analysis or the durable enqueue failed);
#   src/recipient_verification.rs (the same commit), Verdict::smtp_reply, to RCPT TO when the recipient's domain has
#   recipient verification configured and NoiseFence has asked the destination server: "550 5.1.1 Recipient does not
#   exist at destination" (every route answered an unknown recipient) and "451 4.4.3 Destination recipient
#   verification unavailable; retry later" (no route answered, or a probe failed);
#   src/smtp_admission.rs (commit 550243a0755e), GREYLIST_REPLY, to RCPT TO when the experimental greylisting
#   admission is enabled in enforce mode and the peer/sender/recipient triplet is new or retries too soon: "451 4.7.1
#   Temporary greylisting; please retry later" (docs/smtp-admission.md quotes the same words);
#   src/rbl.rs (commit 236243ac391d), Report::smtp_reply, the words of the DNSBL reply above.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# NoiseFence's; the DSNs are made.
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
#   "421 4.3.2 Server busy"   instead of the greeting, to every connection from the Postfix's second address
#                              (192.0.2.24), which sends the mail for gus@gamma.test
#   "452 4.3.1 Insufficient storage"   to MAIL FROM, to every attempt from the Exim's second address (192.0.2.34),
#                              which sends the mail for gil@gamma.test
#   "550 5.1.1 Recipient not accepted"   to RCPT TO, for nat@ and ned@ beta.test
#   "550 5.1.1 Recipient does not exist at destination"   to RCPT TO, for dan@ and dora@ beta.test
#   "451 4.4.3 Destination recipient verification unavailable; retry later"   to RCPT TO, to every attempt, for vic@
#                              and vera@ beta.test
#   "451 4.7.1 Temporary greylisting; please retry later"   to RCPT TO, to every attempt, for greg@ and gwen@ beta.test
#   "550 5.7.1 Sender reputation policy"   to DATA, for rex@ and rita@ beta.test
#   "451 4.3.2 Analysis capacity busy; retry later"   to DATA, to every attempt, for cal@ and cleo@ beta.test
#   "554 5.6.0 Invalid message structure"   after the message, for ivan@ and iris@ beta.test
#   "451 4.3.0 Unable to persist message; retry"   after the message, to every attempt, for pete@ and pia@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); the cluster and high-availability
# replies to MAIL FROM ("451 4.3.2 Node configuration unavailable or expired; retry another MX", "451 4.3.0 Second
# durable copy unavailable; retry later"), keyed only by the client's address like the two above, which this layout
# spends on those; "452 4.3.1 Cannot allocate storage" (to DATA), "452 4.3.1 Storage failure" and "552 5.3.4 Message
# too large" (during the message, the session then closed); the DNSBL's defer action "451 4.7.1 Sender reputation
# policy; retry later" (the reject action's words are served); the admission's "451 4.3.0 Admission state
# unavailable; please retry later" and the later admission module's rate replies (src/smtp_admission/runtime.rs, not
# read for its words); the syntax, sequence and parameter replies ("501 5.5.2 Invalid recipient", "503 5.5.1 MAIL
# required", "555 5.5.4 Unsupported MAIL parameter", ...); NoiseFence's analysis verdicts, which tag, quarantine or
# relay a message it has accepted and never refuse it. The replies are chosen by recipient or client address, not by
# anything the senders did: each message has one recipient and is a few lines of plain text. The temporary replies
# come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to
# one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-noisefence}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): NoiseFence's replies.
NOROUTE='550 5.1.1 Recipient not accepted'
NOTEXIST='550 5.1.1 Recipient does not exist at destination'
NOVERIFY='451 4.4.3 Destination recipient verification unavailable; retry later'
GREY='451 4.7.1 Temporary greylisting; please retry later'
REPUTATION='550 5.7.1 Sender reputation policy'
BUSY='451 4.3.2 Analysis capacity busy; retry later'
STRUCTURE='554 5.6.0 Invalid message structure'
PERSIST='451 4.3.0 Unable to persist message; retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.3.2 Server busy' \
    client:192.0.2.34 mail '452 4.3.1 Insufficient storage' \
    nat@beta.test rcpt "$NOROUTE" \
    ned@beta.test rcpt "$NOROUTE" \
    dan@beta.test rcpt "$NOTEXIST" \
    dora@beta.test rcpt "$NOTEXIST" \
    vic@beta.test rcpt "$NOVERIFY" \
    vera@beta.test rcpt "$NOVERIFY" \
    greg@beta.test rcpt "$GREY" \
    gwen@beta.test rcpt "$GREY" \
    rex@beta.test data "$REPUTATION" \
    rita@beta.test data "$REPUTATION" \
    cal@beta.test data "$BUSY" \
    cleo@beta.test data "$BUSY" \
    ivan@beta.test eom "$STRUCTURE" \
    iris@beta.test eom "$STRUCTURE" \
    pete@beta.test eom "$PERSIST" \
    pia@beta.test eom "$PERSIST" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
server-busy	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe is back on the trailer.\n\nCarol
recipient-not-accepted	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe hedge trimmer is in the garage.\n\nCarol
recipient-does-not-exist-at-destination	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe plums are ripe this week.\n\nCarol
recipient-verification-unavailable	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe tide is low at noon.\n\nCarol
temporary-greylisting	carol@alpha.test	greg@beta.test	192.0.2.25	Greg,\n\nthe choir sings at six.\n\nCarol
sender-reputation-policy	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe stove needs new wicks.\n\nCarol
analysis-capacity-busy	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe quilt show opens on Friday.\n\nCarol
invalid-message-structure	carol@alpha.test	ivan@beta.test	192.0.2.25	Ivan,\n\nthe bridge is closed for repairs.\n\nCarol
unable-to-persist-message	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nthe barn owl is back.\n\nCarol
exim-insufficient-storage	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lantern needs oil.\n\nPat
exim-recipient-not-accepted	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe fishing nets are drying.\n\nPat
exim-recipient-does-not-exist-at-destination	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe cider is ready to bottle.\n\nPat
exim-recipient-verification-unavailable	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe ferry runs late today.\n\nPat
exim-temporary-greylisting	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe kite string snapped again.\n\nPat
exim-sender-reputation-policy	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe sheep are in the top field.\n\nPat
exim-analysis-capacity-busy	pat@pi.test	cleo@beta.test	192.0.2.35	Cleo,\n\nthe well pump is fixed.\n\nPat
exim-invalid-message-structure	pat@pi.test	iris@beta.test	192.0.2.35	Iris,\n\nthe harbour wall needs paint.\n\nPat
exim-unable-to-persist-message	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe loaves are cooling.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the ten
# temporary cases (five to each sender) a warning after a minute and a return after 3
lb_wait 28 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
