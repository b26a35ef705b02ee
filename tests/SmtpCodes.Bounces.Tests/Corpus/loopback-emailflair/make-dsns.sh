#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-emailflair: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of EmailFlair's Email Security Relay, totolouis's inbound SMTP security gateway in TypeScript on nodemailer's
# smtp-server (a domain's MX record is pointed at it; it checks each message for loops and spam, quarantines or refuses
# it, and forwards the rest to the domain's former mail provider with nodemailer; an Express API and a dashboard manage
# the domains, lists and quarantine; the repository totolouis/EmailFlair, no licence file read; read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below, in its smtp-server callbacks:
# src/smtp-gateway.ts (commit 395cded1617c, buildServer's onRcptTo and onData; the same texts in the earlier
# src/smtp-gateway.js) and the loop reasons of src/services/LoopPreventionService.ts (commit 644c6a03daa8, detectLoop).
# Each refusal is an Error whose message the code writes and whose responseCode it sets; smtp-server sends them as
# "<responseCode> <message>", with no enhanced code (the code writes none):
#   to RCPT TO "550 No such domain configured on this relay: <domain>" (the recipient's domain is not in the relay's
#   routing table) and "550 Domain <domain> is not yet active on this relay" (the domain is registered but its status
#   is not ACTIVE: its MX record was not yet seen pointing at the relay); after the message "554 Mail loop detected:
#   <reason>", where the reason is "Message already carries a valid X-Relay-ID for <relay id>" (the message carries
#   this relay's own signed X-Relay-ID header; the relay id defaults to relay-01) or "Excessive hop count (<n>
#   Received headers)" (more than 25 Received lines), "554 Message rejected as spam/phishing" (the heuristic spam score
#   reached the reject threshold: a blacklisted client address or sender domain, suspicious subject words, a malformed
#   sender), "451 No destination configured for this domain" (the recipient's domain has no destination MX to forward
#   to) and "451 Temporary failure forwarding message" (forwarding to the destination MX failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# EmailFlair's; the DSNs are made.
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
#   "550 No such domain configured on this relay: gamma.test"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 Domain beta.test is not yet active on this relay"   to RCPT TO, for dan@ and dot@ beta.test
#   "554 Mail loop detected: Message already carries a valid X-Relay-ID for relay-01"   after the message, for lou@ and
#                              lea@ beta.test
#   "554 Mail loop detected: Excessive hop count (26 Received headers)"   after the message, for hal@ and hex@ beta.test
#   "554 Message rejected as spam/phishing"   after the message, for sam@ and sid@ beta.test
#   "451 No destination configured for this domain"   after the message, to every attempt, for nia@ and ned@ beta.test
#   "451 Temporary failure forwarding message"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting "<relay hostname> Email Security Relay" and smtp-server's EHLO answer (the replaying
# server's are used), "550 Invalid recipient address" (to an address without a domain, which no relaying MTA sends),
# "451 Could not parse message" (mailparser could not parse the message; its lenient parser hardly ever fails),
# "451 Temporary error reading message" (the data stream failed) and smtp-server's own stock replies (syntax, sequence,
# size). A message whose score reaches only the quarantine threshold is accepted (250) and held, so it makes no DSN.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-emailflair}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): EmailFlair's Email Security Relay's replies.
NODOMAIN='550 No such domain configured on this relay: gamma.test'
INACTIVE='550 Domain beta.test is not yet active on this relay'
LOOPID='554 Mail loop detected: Message already carries a valid X-Relay-ID for relay-01'
LOOPHOPS='554 Mail loop detected: Excessive hop count (26 Received headers)'
SPAM='554 Message rejected as spam/phishing'
NODEST='451 No destination configured for this domain'
FORWARD='451 Temporary failure forwarding message'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NODOMAIN" \
    gil@gamma.test rcpt "$NODOMAIN" \
    dan@beta.test rcpt "$INACTIVE" \
    dot@beta.test rcpt "$INACTIVE" \
    lou@beta.test eom "$LOOPID" \
    lea@beta.test eom "$LOOPID" \
    hal@beta.test eom "$LOOPHOPS" \
    hex@beta.test eom "$LOOPHOPS" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    nia@beta.test eom "$NODEST" \
    ned@beta.test eom "$NODEST" \
    fay@beta.test eom "$FORWARD" \
    fox@beta.test eom "$FORWARD" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-domain	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gate sticks in the rain.\n\nCarol
domain-not-yet-active	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe library returns are due on Friday.\n\nCarol
mail-loop-relay-id	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe canoe club meets at the weir.\n\nCarol
mail-loop-hop-count	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe bread oven is warm by noon.\n\nCarol
rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe bell ringers practise on Thursday.\n\nCarol
no-destination-configured	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe cider press is in the barn.\n\nCarol
forwarding-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe sheepdog trials start at ten.\n\nCarol
exim-no-such-domain	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe rain gauge needs emptying.\n\nPat
exim-domain-not-yet-active	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe village hall roof is mended.\n\nPat
exim-mail-loop-relay-id	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe pond has frogspawn again.\n\nPat
exim-mail-loop-hop-count	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe chess board is on the shelf.\n\nPat
exim-rejected-as-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe plum tree is heavy this year.\n\nPat
exim-no-destination-configured	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe lantern walk is at dusk.\n\nPat
exim-forwarding-failed	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe compost heap is steaming.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
