#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-typedrat-blackmail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of blackmail, Alexis Williams' (typedrat's) SMTP server in Haskell for a "web-based, personal-use disposable
# email solution with both MUA and forwarding capabilities" (its package.yaml): an SMTP state machine on conduit and
# attoparsec whose embedding application decides, through two hooks (allowSender, allowRecipient), which senders and
# which recipients it takes (repository `typedrat/blackmail`; MPL-2.0, its package.yaml, "2018 Alexis Williams"; read
# with the search tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   src/Blackmail/SMTP/Server/Protocol.hs (commit 2e37ac87618b, smtpProtocol: the replies to each command in each
#   state) and its first generation src/Blackmail/SMTP/Protocol.hs (commit f03560db1c88, the same texts),
#   src/Blackmail/SMTP/WireProtocol.hs (commit bcb43ffc9741: msgP, the command parser, and responseToBS, which writes
#   each reply as "<code> <text>" with CRLF: ServiceNotAvailable 421, UnacceptableParams 455, BadCommandSequence 503,
#   MailboxPermUnavailable 550), src/Blackmail/SMTP/Address.hs (commit 0765968b9a4a, addressP) and
#   src/Blackmail/SMTP/Server/Config.hs (commit b15ff9daf6ae, the hooks; both accept everything by default).
#   To RCPT TO "550 tough luck, kid" (allowRecipient says no: not an address the application takes); to MAIL FROM
#   "421 tough luck, kid" (allowSender says no; the code is ServiceNotAvailable's, so a relay tries again), "455 What
#   does that mean?" (the Invalid event: the command began with MAIL but the parser could not take the rest; mailP takes
#   an address and at most a BODY= parameter, and the later version advertises "SIZE 31457280" in its EHLO answer, so a
#   Postfix or an Exim that sends "MAIL FROM:<...> SIZE=<n>" meets this reply) and "503 I don't understand what you're
#   trying to do." (the catch-all for a command in a state that has no transition for it: after a message the state
#   MailReceived has none for MAIL, so a second MAIL FROM in the same session without RSET meets it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# blackmail's; the DSNs are made.
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
#   "550 tough luck, kid"   to RCPT TO, for mo@ and mia@ beta.test
#   "421 tough luck, kid"   to MAIL FROM, to every attempt, from the clients that send to delta.test (out3), for dan@
#                              and dee@ delta.test
#   "455 What does that mean?"   to MAIL FROM, to every attempt, from the clients that send to epsilon.test (out4), for
#                              eve@ and eli@ epsilon.test
#   "503 I don't understand what you're trying to do."   to MAIL FROM, from the clients that send to gamma.test (out2),
#                              for gil@ and gwen@ gamma.test
# Not served: the greeting ("220 <host> ESMTP - blackmail, n. extortion or coercion by threats, ..."), the HELO/EHLO
# answers, the 250s ("ok!", "everything's ready to go!", the RSET and NOOP answers), "354 Hit me with your best shot,
# fiiiiire away", "221 Catch you on the flipside, dudemeister...", "252 Do or do not, there is no VRFY.", the STARTTLS
# answer "220 do it ya nerd"; "500 What does that mean?" (a command the parser does not know, which neither sender
# sends: STARTTLS is sent only where it is advertised, and the later parser knows it) and the 455 and 503 at the other
# stages (RCPT TO with parameters, which neither sender adds here; DATA with no accepted recipient, which neither
# sender sends). The replies are chosen by the client's address or by the recipient, not by anything the senders did:
# each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with two more outgoing addresses for each sender and two more replaying servers with the same
# table for delta.test and epsilon.test, as loopback-jorgardemail-smtp's: an Exim that meets a 421 may hand the message
# on to a connection it holds to the same host from another address, so each of these domains has an MX of its own,
# which only the senders' matching address reaches):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, out4 192.0.2.32, for the
#               same domains).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
#   192.0.2.27  mx.delta.test and 192.0.2.28 mx.epsilon.test, the other two replaying servers (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-typedrat-blackmail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): blackmail's replies.
RCPTNO='550 tough luck, kid'
SENDERNO='421 tough luck, kid'
INVALID='455 What does that mean?'
SEQUENCE="503 I don't understand what you're trying to do."
printf '%s\t%s\t%s\n' \
    mo@beta.test rcpt "$RCPTNO" \
    mia@beta.test rcpt "$RCPTNO" \
    client:192.0.2.23 mail "$SENDERNO" \
    client:192.0.2.33 mail "$SENDERNO" \
    client:192.0.2.22 mail "$INVALID" \
    client:192.0.2.32 mail "$INVALID" \
    client:192.0.2.24 mail "$SEQUENCE" \
    client:192.0.2.34 mail "$SEQUENCE" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with two more outgoing addresses for each sender and two more replaying servers.
lb_net 22 23 24 25 26 27 28 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
mx.epsilon.test. 300 IN A 192.0.2.28
epsilon.test. 300 IN MX 10 mx.epsilon.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.28 mx.epsilon.test "$W/replies.txt" > "$W/replay3.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3:, epsilon.test=out4: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{192.0.2.35}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-not-allowed	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe rain gauge by the shed is full again.\n\nCarol
sender-not-allowed	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe rowing club dinner is on the ninth.\n\nCarol
mail-parameters-not-understood	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe sourdough starter needs feeding twice a day.\n\nCarol
command-out-of-sequence	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe tandem bicycle has a flat front tyre.\n\nCarol
exim-recipient-not-allowed	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe marmalade jars are on the top shelf.\n\nPat
exim-sender-not-allowed	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe quiz night moved to the village hall.\n\nPat
exim-mail-parameters-not-understood	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe weathervane points north again.\n\nPat
exim-command-out-of-sequence	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe hedge trimmer is back in the garage.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
