#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ferromail-smtp-relay: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP relay of Ferromail, samolubukun's self-hosted e-mail sending platform in Rust (an Axum API,
# a worker and a dashboard for projects, verified sending domains, contacts, campaigns and workflows; its SMTP relay,
# on the mailin-embedded crate, takes mail from applications that authenticate with a project's API key as the
# password, checks the sender's domain and the message, and hands it to the platform's own /v1/send API as JSON;
# repository samolubukun/Ferromail, no licence file read; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below: backend/smtp/src/main.rs (commit 36c4bb1a0c62, the only one the index
# holds: SmtpHandlerImpl's mail, rcpt and data_end, each reply a `Response::custom(code, text)`, which mailin writes as
# "<code> <text>", one line, with no enhanced code: the code writes none):
#   to MAIL FROM "550 Sender domain is not verified or not associated with your account" (the envelope sender's domain
#   is not a verified domain of the authenticated project); to RCPT TO "452 Maximum 5 recipients allowed" (the
#   message already has max_recipients recipients, MAX_RECIPIENTS, 5 by default); after the message "554 Email must
#   have a subject" (mail-parser finds no Subject header), "554 Email must have a non-empty body" (the HTML or text body
#   is blank), "554 Too many custom headers (max 50)" (more than 50 headers outside its list of standard ones), "554
#   Failed to relay email: API returned <status>" (the platform's /v1/send API answered with a status that is not a
#   success; reqwest's StatusCode writes "500 Internal Server Error") and "451 Temporary error relaying email to API"
#   (the HTTP request to the API failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Ferromail's; the DSNs are made.
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
#   "550 Sender domain is not verified or not associated with your account"   to MAIL FROM, to each sender's second
#                              address (192.0.2.24, 192.0.2.34), for gus@ and gil@ gamma.test
#   "452 Maximum 5 recipients allowed"   to RCPT TO, to every attempt, for fay@ and fox@ beta.test, each the sixth
#                              recipient of a message whose first five (ann@, bob@, cat@, dan@, eve@ and abe@, bea@,
#                              cid@, del@, eli@ beta.test) are accepted
#   "554 Email must have a subject"   after the message, for sam@ and sid@ beta.test
#   "554 Email must have a non-empty body"   after the message, for ben@ and bev@ beta.test
#   "554 Too many custom headers (max 50)"   after the message, for hal@ and hex@ beta.test
#   "554 Failed to relay email: API returned 500 Internal Server Error"   after the message, for amy@ and ali@ beta.test
#   "451 Temporary error relaying email to API"   after the message, to every attempt, for nia@ and ned@ beta.test
# Not served: the greeting and mailin's EHLO answer (the replaying server's are used); the authentication replies
# ("535 Username must not be empty", "554 Project is disabled", mailin's stock ones for bad credentials and for MAIL
# FROM, RCPT TO or the end of data without authentication); "501 Invalid sender email format"; the sequence replies
# "503 Bad sequence of commands (no sender)" and "(no recipients)"; "554 Failed to parse email message" (mail-parser
# hardly ever fails); "554 Email must have a non-empty subject", "554 Subject line is too long (max 998 characters)",
# "554 Email must have a body (HTML or text content)", "554 Invalid header name: <name>" and "554 Header value too long
# for <name> (max 998 characters)" (the same checks' other texts); mailin's internal-error reply on a database error.
# Ferromail takes mail only from sessions that authenticated with a project's API key; the senders here reach the
# replaying server by MX, without authenticating, as an application server's Postfix or Exim with the relay as its
# smarthost and SASL credentials would reach it after AUTH; the replaying server asks for none.
# The replies are chosen by recipient (or, for the sender-domain refusal, by the client's address), not by anything
# the senders did: each message but the two six-recipient ones has one recipient and is a few lines of plain text with
# a Subject. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ferromail-smtp-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Ferromail's SMTP relay's replies.
UNVERIFIED='550 Sender domain is not verified or not associated with your account'
MAXRCPT='452 Maximum 5 recipients allowed'
NOSUBJECT='554 Email must have a subject'
EMPTYBODY='554 Email must have a non-empty body'
HEADERS='554 Too many custom headers (max 50)'
API500='554 Failed to relay email: API returned 500 Internal Server Error'
APIDOWN='451 Temporary error relaying email to API'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$UNVERIFIED" \
    client:192.0.2.34 mail "$UNVERIFIED" \
    fay@beta.test rcpt "$MAXRCPT" \
    fox@beta.test rcpt "$MAXRCPT" \
    sam@beta.test eom "$NOSUBJECT" \
    sid@beta.test eom "$NOSUBJECT" \
    ben@beta.test eom "$EMPTYBODY" \
    bev@beta.test eom "$EMPTYBODY" \
    hal@beta.test eom "$HEADERS" \
    hex@beta.test eom "$HEADERS" \
    amy@beta.test eom "$API500" \
    ali@beta.test eom "$API500" \
    nia@beta.test eom "$APIDOWN" \
    ned@beta.test eom "$APIDOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-not-verified	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nyour order has shipped and should arrive on Monday.\n\nCarol
recipient-limit	carol@alpha.test	ann@beta.test,bob@beta.test,cat@beta.test,dan@beta.test,eve@beta.test,fay@beta.test	192.0.2.25	Hello all,\n\nthe rota for the tea urn is attached to the noticeboard.\n\nCarol
no-subject	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nyour password was changed this morning.\n\nCarol
empty-body	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nyour invoice for March is ready.\n\nCarol
too-many-custom-headers	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe newsletter is out on Thursday.\n\nCarol
api-returned-500	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nwelcome aboard, your account is ready.\n\nCarol
api-unreachable	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nyour booking for the village hall is confirmed.\n\nCarol
exim-sender-domain-not-verified	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nyour parcel is waiting at the depot.\n\nPat
exim-recipient-limit	pat@pi.test	abe@beta.test,bea@beta.test,cid@beta.test,del@beta.test,eli@beta.test,fox@beta.test	192.0.2.35	Hello all,\n\nthe allotment water is off until Friday.\n\nPat
exim-no-subject	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nyour sign-in code expires in ten minutes.\n\nPat
exim-empty-body	pat@pi.test	bev@beta.test	192.0.2.35	Bev,\n\nyour receipt for the raffle tickets.\n\nPat
exim-too-many-custom-headers	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe club fixtures for the new season.\n\nPat
exim-api-returned-500	pat@pi.test	ali@beta.test	192.0.2.35	Ali,\n\nthanks for signing up to the reading group.\n\nPat
exim-api-unreachable	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nyour library reservation is ready to collect.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the two
# temporary replies (one to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
