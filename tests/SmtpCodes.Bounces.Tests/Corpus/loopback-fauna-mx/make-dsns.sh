#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fauna-mx: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the inbound MX of Fauna's mail bridge (Fauna, the open-source social network of Fauna Social, a Norwegian
# association; its email bridge is a Go daemon on emersion/go-smtp beside a Fauna "nest" server, and its port-25 MX
# screens mail with checks of its own before it seals each message to the recipient: a per-IP rate limit and a DNSBL
# lookup at the connection, HELO, FCrDNS and sender-domain checks at MAIL FROM, greylisting at RCPT TO, and after the
# message SPF/DKIM/DMARC enforcement, a ClamAV scan and an Rspamd-based spam score), whose own code writes every reply
# served (repository faunasocial/fauna, "Dual-licensed under Apache-2.0 or MIT" (README.md); read with the search
# tool at commit d272167a85e9: bins/fauna-bridges/internal/mta/server.go (inboundBackend.NewSession,
# inboundSession.Mail, Rcpt and Data), policy.go (the DNSBL checker: a reject-class listing gives the reason
# "<zone> (<code>)", zen.spamhaus.org's codes 127.0.0.2-9 reject) and auth_enforce.go (the DMARC and SPF gates);
# go-smtp writes an SMTPError as the code, the enhanced code and the message on one line; only the reply texts are
# quoted), each at the stage the code sends it:
#   instead of the greeting "554 5.7.1 Connection refused: zen.spamhaus.org (127.0.0.2)" (NewSession: the client's
#   address is listed with a reject-class code);
#   to RCPT TO "451 4.7.1 Greylisted; try again later" (the nest's greylist has not seen the sender, recipient and
#   client subnet before);
#   after the message "550 5.7.1 DMARC reject" (DMARC fails and the sender's domain publishes p=reject, with DMARC
#   enforcement on), "550 5.7.23 SPF reject" (an SPF hard fail that DMARC did not decide), "554 5.7.1 Message contains
#   malware: <signature>" (ClamAV found a signature; the run writes the name ClamAV gives the EICAR test file),
#   "554 5.7.1 Message rejected by spam policy" (the combined spam score is over the admin's reject tier) and "451
#   4.7.0 Spam scanner unavailable, retry later" (a scanner could not be reached: fail-closed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Fauna's; the DSNs are made.
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
#   "554 5.7.1 Connection refused: zen.spamhaus.org (127.0.0.2)"   instead of the greeting, to the clients that send
#                                               to gamma.test, for dana@ and dirk@gamma.test
#   "451 4.7.1 Greylisted; try again later"   to RCPT TO, to every attempt, for gus@ and gail@ beta.test
#   "550 5.7.1 DMARC reject"   after the message, for dora@ and dean@ beta.test
#   "550 5.7.23 SPF reject"   after the message, for sid@ and sal@ beta.test
#   "554 5.7.1 Message contains malware: Win.Test.EICAR_HDB-1"   after the message, for vince@ and viola@ beta.test
#   "554 5.7.1 Message rejected by spam policy"   after the message, for sam@ and sue@ beta.test
#   "451 4.7.0 Spam scanner unavailable, retry later"   after the message, to every attempt, for sky@ and sol@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); the rate limit's 421 at the connection and the MAIL FROM checks (HELO identity, FCrDNS, sender domain: one
# client-keyed reply per sender here, the DNSBL's); the relay refusal and the nest's own recipient refusals; the DKIM
# gate (not read); the parser and header-cap refusals, the lifecycle and infrastructure tempfails, and the escalating
# tarpit delay before each policy refusal (the replaying server answers at once). The replies are chosen by recipient
# (and, for the DNSBL refusal, by the client's address), not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. A refused greeting makes the sending Postfix try again later
# (smtp_skip_5xx_greeting): it warns after a minute and returns the message after 3; the sending Exim returns it at
# once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fauna-mx}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the mail bridge's MX replies.
DNSBL='554 5.7.1 Connection refused: zen.spamhaus.org (127.0.0.2)'
GREY='451 4.7.1 Greylisted; try again later'
DMARC='550 5.7.1 DMARC reject'
SPF='550 5.7.23 SPF reject'
MALWARE='554 5.7.1 Message contains malware: Win.Test.EICAR_HDB-1'
SPAM='554 5.7.1 Message rejected by spam policy'
SCANNER='451 4.7.0 Spam scanner unavailable, retry later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$DNSBL" \
    client:192.0.2.34 connect "$DNSBL" \
    gus@beta.test rcpt "$GREY" \
    gail@beta.test rcpt "$GREY" \
    dora@beta.test eom "$DMARC" \
    dean@beta.test eom "$DMARC" \
    sid@beta.test eom "$SPF" \
    sal@beta.test eom "$SPF" \
    vince@beta.test eom "$MALWARE" \
    viola@beta.test eom "$MALWARE" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    sky@beta.test eom "$SCANNER" \
    sol@beta.test eom "$SCANNER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-refused-dnsbl	carol@alpha.test	dana@gamma.test	192.0.2.25	Dana,\n\nthe ferry timetable changed for winter.\n\nCarol
greylisted	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe village fete needs more bunting.\n\nCarol
dmarc-reject	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe hazelnuts are ripe along the lane.\n\nCarol
spf-reject	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe weather vane on the barn is loose.\n\nCarol
message-contains-malware	carol@alpha.test	vince@beta.test	192.0.2.25	Vince,\n\nthe choir meets in the school hall.\n\nCarol
rejected-by-spam-policy	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe rowing club launches at dawn.\n\nCarol
spam-scanner-unavailable	carol@alpha.test	sky@beta.test	192.0.2.25	Sky,\n\nthe pear tree needs a prop this year.\n\nCarol
exim-connection-refused-dnsbl	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe lifeboat open day is on Sunday.\n\nPat
exim-greylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe toll bridge reopens next week.\n\nPat
exim-dmarc-reject	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe pottery stall sold out by noon.\n\nPat
exim-spf-reject	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe hay is in before the rain.\n\nPat
exim-message-contains-malware	pat@pi.test	viola@beta.test	192.0.2.35	Viola,\n\nthe mill race is running clear.\n\nPat
exim-rejected-by-spam-policy	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe skittle alley is booked for Friday.\n\nPat
exim-spam-scanner-unavailable	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe telescope club meets at the green.\n\nPat
SEND
# eight messages refused for good and returned at once (four by the Postfix, four by the Exim), the Exim's refused
# greeting returned at once, then a warning after a minute and a return after 3 for each of the Postfix's two
# temporary replies and its refused greeting, and for each of the Exim's two temporary replies
lb_wait 19 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
