#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-safe-sender: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Safe Sender ("Sender Safety"), welbinator's (James Welbes') outbound-mail compliance service in Python: an
# SMTP relay on aiosmtpd that takes its customers' outgoing mail (authenticated clients on port 587, and Google
# Workspace or Microsoft 365 smart hosts on port 25), checks each message against the customer's keyword and regular
# expression rules and, where enabled, an AI compliance scan, and hands what passes to Mailgun (the repository
# welbinator/safe-sender; no licence file among the files the index lists; read with the search tool; only the reply
# texts are quoted). Its own code writes every reply below, in smtp/main.py (commit 2911b127d504, the "Sprint 6" server
# with the port-25 gate, the AI scan and the suppression check; the first stored version, commit e8f8d3c5b776, already
# has the 451 4.3.0, a shorter "550 5.7.1 Domain not registered" and the rule refusal), class SafeSenderHandler, whose
# handle_DATA returns each reply as a string that aiosmtpd sends as it is, after the message (handle_RCPT takes every
# recipient, and there is no handle_MAIL):
#   "550 5.7.1 Connections only accepted from authorized relay IPs" (port 25: the client's address passes none of the
#   three tiers of _port25_authorized, the MAIL FROM domain's SPF record, a PTR name under the trusted suffixes of
#   Microsoft's and Google's relays, or PORT25_ALLOWED_CIDRS);
#   "550 5.7.1 Sender domain does not match authenticated account" (port 587: the MAIL FROM domain is not the domain
#   of the customer the client authenticated as);
#   "451 4.3.0 Temporary server error" (the customer's rules could not be fetched from the backend);
#   "550 5.7.1 Domain not registered or not verified" (the backend knows no verified customer for the sender's domain);
#   "550 5.7.1 Message rejected: policy violation" (the subject or body matched one of the customer's rules and no
#   exception rule);
#   "550 5.7.1 Message rejected: AI compliance policy violation" (the AI scan flagged the message with a confidence of
#   70 or more);
#   "550 5.1.8 Recipient address suppressed due to prior bounce or complaint" (a recipient is on the customer's
#   suppression list, which the backend fills from Mailgun's bounce and complaint webhooks).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Safe
# Sender's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message):
#   "550 5.7.1 Connections only accepted from authorized relay IPs"   for bob@ and bea@ beta.test
#   "550 5.7.1 Sender domain does not match authenticated account"   for dan@ and dee@ beta.test
#   "451 4.3.0 Temporary server error"   to every attempt, for quin@ and quinn@ beta.test
#   "550 5.7.1 Domain not registered or not verified"   for rob@ and rae@ beta.test
#   "550 5.7.1 Message rejected: policy violation"   for pol@ and pia@ beta.test
#   "550 5.7.1 Message rejected: AI compliance policy violation"   for abe@ and ada@ beta.test
#   "550 5.1.8 Recipient address suppressed due to prior bounce or complaint"   for sue@ and sam@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies, among them the "530 5.7.0 Authentication required"
# that the handler also writes (aiosmtpd, started with auth_required on port 587, sends the same words itself before the
# handler is asked); the AUTH exchange and its "451 4.7.0 Auth backend unavailable"; "452 4.5.3 Too many emails - rate
# limit exceeded, try again later" and "451 4.3.0 Delivery failure - please retry" (the per-customer rate limit and a
# failed hand-off to Mailgun), whose dash is a non-ASCII em dash in the code, which the replaying server does not
# write; and "250 OK". The replies are chosen by recipient, not by anything the senders did: each message has one
# recipient and is a few lines of plain text, no rule, scan, list or backend was involved, and the replaying server
# takes no AUTH, so the domain-binding refusal stands for a client that had authenticated on port 587 and the others
# for either port. The temporary reply comes on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-safe-sender}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Safe Sender's replies.
RELAYIP='550 5.7.1 Connections only accepted from authorized relay IPs'
MISMATCH='550 5.7.1 Sender domain does not match authenticated account'
TEMP='451 4.3.0 Temporary server error'
UNREG='550 5.7.1 Domain not registered or not verified'
POLICY='550 5.7.1 Message rejected: policy violation'
AIPOLICY='550 5.7.1 Message rejected: AI compliance policy violation'
SUPPRESSED='550 5.1.8 Recipient address suppressed due to prior bounce or complaint'
printf '%s\t%s\t%s\n' \
    bob@beta.test eom "$RELAYIP" \
    bea@beta.test eom "$RELAYIP" \
    dan@beta.test eom "$MISMATCH" \
    dee@beta.test eom "$MISMATCH" \
    quin@beta.test eom "$TEMP" \
    quinn@beta.test eom "$TEMP" \
    rob@beta.test eom "$UNREG" \
    rae@beta.test eom "$UNREG" \
    pol@beta.test eom "$POLICY" \
    pia@beta.test eom "$POLICY" \
    abe@beta.test eom "$AIPOLICY" \
    ada@beta.test eom "$AIPOLICY" \
    sue@beta.test eom "$SUPPRESSED" \
    sam@beta.test eom "$SUPPRESSED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-ip-not-authorized	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe boat trailer has a flat tyre.\n\nCarol
sender-domain-mismatch	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe hall keys are with the caretaker.\n\nCarol
temporary-server-error	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe plum tree needs staking.\n\nCarol
domain-not-registered	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe raffle tickets are printed.\n\nCarol
policy-violation	carol@alpha.test	pol@beta.test	192.0.2.25	Pol,\n\nthe paint for the fence is in the shed.\n\nCarol
ai-policy-violation	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe hymn sheets need copying.\n\nCarol
recipient-suppressed	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe compost bin lid is cracked.\n\nCarol
exim-relay-ip-not-authorized	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe swimming club starts again in May.\n\nPat
exim-sender-domain-mismatch	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe torch batteries are in the drawer.\n\nPat
exim-temporary-server-error	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe sheep are in the top field.\n\nPat
exim-domain-not-registered	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe map club meets on Friday.\n\nPat
exim-policy-violation	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe cake tins are back on the shelf.\n\nPat
exim-ai-policy-violation	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe bell ringers need a sixth.\n\nPat
exim-recipient-suppressed	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe gate to the meadow sticks.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for the 451 to each
# sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
