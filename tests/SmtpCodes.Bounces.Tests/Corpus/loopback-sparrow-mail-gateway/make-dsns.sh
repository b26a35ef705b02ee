#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sparrow-mail-gateway: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the mail gateway of Sparrow, sparrow-land's platform whose agents get e-mail addresses of the form
# <name>@<org-slug><suffix>: apps/mail-gateway is "OSS SMTP sidecar: SMTP in -> POST /email/inbound; outbound webhook ->
# DKIM-signed MIME relay" (its package.json), a stateless SMTP listener in TypeScript on Nodemailer's smtp-server that
# takes mail only for the configured org suffix, verifies it with mailauth (SPF, DKIM, DMARC, ARC), normalizes it with
# the project's @sparrow/mail-parse and posts it to the Sparrow core, then answers the sending MTA after the message
# with the core's answer mapped to an SMTP reply (repository sparrow-land/sparrow, licence MIT by the package's
# package.json; read with the search tool: apps/mail-gateway/src/inbound-smtp.ts and apps/mail-gateway/src/config.ts
# at commit 7ae9f1835597, apps/mail-gateway/src/smtp-response.ts, apps/mail-gateway/src/deliver.ts and
# apps/mail-gateway/package.json (smtp-server ^3.19.5) at 2686ab35da6e; only the reply texts are quoted).
# Each refusal is inbound-smtp.ts's smtpError(code, message), an Error with responseCode, which smtp-server writes as
# "<code> <message>" (lib/smtp-connection.js, read in the npm package smtp-server 3.21.7, which ^3.19.5 resolves to:
# the gateway does not set hideENHANCEDSTATUSCODES, which smtp-server's constructor then sets to true, so smtp-server
# adds no enhanced code; the enhanced codes below are the gateway's own words):
#   onRcptTo: "550 5.1.1 <address>: relay access denied" (the recipient, as given, has no local part or does not end in
#   EMAIL_ORG_SUFFIX);
#   onData, after the message, smtp-response.ts's smtpReplyFor on what deliver.ts's POST to the core returned:
#   "550 5.1.1 no such mailbox here" (a 202 whose body says unknown-recipient), "550 5.6.0 message rejected as
#   malformed" (the core's 400), "552 5.3.4 message too large" (the core's 413), "451 4.7.0 relay not authorized by the
#   core, try again later" (the core's 401: it refused the gateway's bearer token), "451 4.3.0 core returned <status>,
#   try again later" (any other status: 429, 5xx; here 503), "451 4.4.1 core did not respond in time, try again later"
#   (no answer in 30 seconds) and "451 4.4.1 core unreachable (<error>), try again later" (fetch threw: here "fetch
#   failed", the message of the TypeError Node's fetch throws when the connection fails); and inbound-smtp.ts's own
#   "451 4.3.0 temporary failure, try again later" (verification, parsing or the post threw).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Sparrow mail gateway's; the DSNs are made.
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
#   "550 5.1.1 <address>: relay access denied"   to RCPT TO, the recipient's own address, for ned@ and nia@ beta.test
#   "550 5.1.1 no such mailbox here"   after the message, for uma@ and ugo@ beta.test
#   "550 5.6.0 message rejected as malformed"   after the message, for mal@ and mae@ beta.test
#   "552 5.3.4 message too large"   after the message, for ben@ and bea@ beta.test
#   "451 4.7.0 relay not authorized by the core, try again later"   after the message, to every attempt, for rex@ and
#                              ria@ beta.test
#   "451 4.3.0 core returned 503, try again later"   after the message, to every attempt, for cor@ and cy@ beta.test
#   "451 4.4.1 core did not respond in time, try again later"   after the message, to every attempt, for tim@ and tam@
#                              beta.test
#   "451 4.4.1 core unreachable (fetch failed), try again later"   after the message, to every attempt, for ava@ and
#                              abe@ beta.test
#   "451 4.3.0 temporary failure, try again later"   after the message, to every attempt, for tia@ and ted@ beta.test
# Not served: smtp-server's greeting ("sparrow mail-gateway" banner; the replaying server's is used), its EHLO answer
# and its stock replies (among them its size refusals, the SIZE refusal at MAIL FROM and, in 3.21.7, its own 552 after
# an oversized message, which it writes whatever onData answered, so the gateway's own "552 5.3.4 message too large"
# for a message over MAIL_SMTP_MAX_BYTES is met only as the core's 413 here); the 250 "2.0.0 OK, message accepted".
# The replies are chosen by recipient, not by anything the senders did: no core, mailauth or parser ran, and each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; gamma.test and the senders' second addresses are not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sparrow-mail-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Sparrow mail gateway's replies.
RELAY='550 5.1.1 <{rcpt}>: relay access denied'
NOMAILBOX='550 5.1.1 no such mailbox here'
MALFORMED='550 5.6.0 message rejected as malformed'
TOOLARGE='552 5.3.4 message too large'
NOTAUTH='451 4.7.0 relay not authorized by the core, try again later'
CORE503='451 4.3.0 core returned 503, try again later'
TIMEOUT='451 4.4.1 core did not respond in time, try again later'
UNREACHABLE='451 4.4.1 core unreachable (fetch failed), try again later'
TEMPFAIL='451 4.3.0 temporary failure, try again later'
printf '%s\t%s\t%s\n' \
    ned@beta.test rcpt "$RELAY" \
    nia@beta.test rcpt "$RELAY" \
    uma@beta.test eom "$NOMAILBOX" \
    ugo@beta.test eom "$NOMAILBOX" \
    mal@beta.test eom "$MALFORMED" \
    mae@beta.test eom "$MALFORMED" \
    ben@beta.test eom "$TOOLARGE" \
    bea@beta.test eom "$TOOLARGE" \
    rex@beta.test eom "$NOTAUTH" \
    ria@beta.test eom "$NOTAUTH" \
    cor@beta.test eom "$CORE503" \
    cy@beta.test eom "$CORE503" \
    tim@beta.test eom "$TIMEOUT" \
    tam@beta.test eom "$TIMEOUT" \
    ava@beta.test eom "$UNREACHABLE" \
    abe@beta.test eom "$UNREACHABLE" \
    tia@beta.test eom "$TEMPFAIL" \
    ted@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe rowing club meets at the boathouse.\n\nCarol
no-such-mailbox	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe herb garden needs weeding.\n\nCarol
rejected-as-malformed	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe snow shovel is behind the shed.\n\nCarol
message-too-large	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe jigsaw has one piece missing.\n\nCarol
relay-not-authorized	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe bird feeder is empty again.\n\nCarol
core-returned-503	carol@alpha.test	cor@beta.test	192.0.2.25	Cor,\n\nthe train to the hills is on time.\n\nCarol
core-timeout	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe paint for the fence arrived.\n\nCarol
core-unreachable	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe library books are due Friday.\n\nCarol
temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe plum jam is on the top shelf.\n\nCarol
exim-relay-access-denied	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe campfire songs are in the blue folder.\n\nPat
exim-no-such-mailbox	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe garden gate squeaks again.\n\nPat
exim-rejected-as-malformed	pat@pi.test	mae@beta.test	192.0.2.35	Mae,\n\nthe bread rolls are in the oven.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe ice skates need sharpening.\n\nPat
exim-relay-not-authorized	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe window boxes are planted.\n\nPat
exim-core-returned-503	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe telescope lens is clean.\n\nPat
exim-core-timeout	pat@pi.test	tam@beta.test	192.0.2.35	Tam,\n\nthe kettle has been descaled.\n\nPat
exim-core-unreachable	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe hammock is up between the oaks.\n\nPat
exim-temporary-failure	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe lighthouse tour is on Sunday.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the five
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 28 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
