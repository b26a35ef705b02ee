#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2graph: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of SMTP2Graph, RoelVB's SMTP server that relays the mail it receives over Microsoft 365 / Exchange Online by
# the Microsoft Graph API (repository SMTP2Graph/SMTP2Graph, read with the search tool: src/classes/SMTPServer.ts at
# commits 5932d0932297 and 00f9bd4b4107, whose onConnect, onMailFrom and onData callbacks hand Nodemailer's smtp-server
# an Error with the refusal's text; smtp-server writes it under err.responseCode or its default code for the stage, 554
# at the connection, 550 to MAIL FROM, 450 after the data, without enhanced codes (hideENHANCEDSTATUSCODES is true by
# default and SMTP2Graph leaves it); config.example.yml at 1608e7de4955, the meaning of ipWhitelist ("only IP addresses
# or subnets in this list will be able to connect"), allowedFrom ("Allowed FROM addresses"), rateLimit ("Stop accepting
# connection after a certain amount of connection within a certain time period") and maxSize; readme.md at
# 00f9bd4b4107 ("IP whitelist", "FROM whitelist", "Rate limiter"); test/01receive/04fromRestriction.spec.ts and
# 06ratelimiter.spec.ts at ea4ccf0d8e88. package.json says "license": "GPL-3.0" and "author": "RoelVB"; only the reply
# texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are SMTP2Graph's; the DSNs are made.
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
#   "554 IP 192.0.2.24 is not allowed to connect"   (onConnect: Config.isIpAllowed finds the client's address in none
#                              of receive.ipWhitelist's addresses or subnets; smtp-server sends the text under 554,
#                              its default at the connection, and closes; the replaying server waits for the client's
#                              QUIT) instead of the greeting, to every connection from the Postfix's second address
#                              (out2.alpha.test, which sends for gamma.test), for gus@ and gail@ gamma.test
#   "554 Rate limit exceeded. Try again in 412 seconds"   (onConnect: the client is allowed, but the connection rate
#                              limiter, receive.rateLimit, has no points left in its period; the seconds are
#                              msBeforeNext rounded up, here a value of this run) instead of the greeting, to every
#                              connection from the Exim's second address (out2.pi.test, which sends for gamma.test),
#                              for gina@ and glen@ gamma.test
#   "550 FROM \"pat@pi.test\" not allowed"   (onMailFrom: Config.isFromAllowed finds the sender in neither
#                              receive.allowedFrom nor the authenticated user's allowedFrom; 550 is smtp-server's
#                              default to MAIL FROM) to MAIL FROM, to the Exim's first address (mx.pi.test), for bea@
#                              and bart@ beta.test
#   "552 Message exceeds fixed maximum message size"   (onData: smtp-server's stream says sizeExceeded, the data passed
#                              receive.maxSize; the code sets responseCode 552) after the message, for bob@ and ben@
#                              beta.test
# Not served: "450 Missing FROM" (onData without a MAIL FROM, which smtp-server never lets happen), the AUTH refusals
# ("Unsupported authentication method", "Invalid login", "Too many failed logins"), smtp-server's own replies (among
# them its SIZE refusal to MAIL FROM and the replies to malformed or out-of-order commands) and the Graph API's failures,
# which come after the message was accepted and queued (the Mailer retries and logs them; nothing goes back over SMTP).
# The replies are chosen by client address or recipient, not by anything the senders did: no address is listed or
# left out anywhere, no limit was reached, the messages are a few hundred bytes. The refused greetings come on every
# attempt (the Postfix skips a 5XX greeting as a temporary failure, warns after a minute and returns the message after
# 3). At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2graph}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTP2Graph's replies.
BIG='552 Message exceeds fixed maximum message size'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 IP 192.0.2.24 is not allowed to connect' \
    client:192.0.2.34 connect '554 Rate limit exceeded. Try again in 412 seconds' \
    client:192.0.2.35 mail '550 FROM "pat@pi.test" not allowed' \
    bob@beta.test eom "$BIG" \
    ben@beta.test eom "$BIG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe boiler service is booked for Tuesday.\n\nCarol
ip-not-allowed-again	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe choir sheet music is in the vestry.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe parish council minutes are ready to read.\n\nCarol
message-too-large-again	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe allotment rota starts in April.\n\nCarol
exim-rate-limit	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe ferry timetable changed again.\n\nPat
exim-rate-limit-again	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe bike rack by the station is full.\n\nPat
exim-from-not-allowed	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe quiz night raised ninety pounds.\n\nPat
exim-from-not-allowed-again	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe gutter on the east side is loose.\n\nPat
SEND
# six messages refused for good, returned at once (two by the Postfix after the message, four by the Exim), then for
# each of the Postfix's two refused greetings a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
