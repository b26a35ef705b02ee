#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-opnshelf-mail-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of opnshelf's mail-relay, Rowan-Paul's small SMTP-to-HTTPS bridge in JavaScript on Node.js (opnshelf's
# Tranquil PDS can only send account mail, verification codes and password resets, through an SMTP smarthost, and the
# host it runs on blocks outbound SMTP; the relay takes the PDS's mail on the private network with nodemailer's
# smtp-server, parses it with mailparser and posts its From, To, Cc, Reply-To, Subject, text and HTML to Cloudflare's
# Email Sending REST API; the repository Rowan-Paul/opnshelf, no licence file read; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below: services/mail-relay/index.js (commit
# e5e2da12e8e3, the SMTPServer's onData handler, through its helper smtpError(responseCode, message), an Error whose
# responseCode is the code) and services/mail-relay/package.json ("smtp-server": "^3.14.0", whose
# hideENHANCEDSTATUSCODES default leaves the text as the code wrote it: smtp-server writes "<code> <message>", one line;
# the code writes no enhanced status code). All three refusals come after the message's final dot:
#   "550 message has no From address" (mailparser found no address in the message's From header);
#   "550 message has no recipients" (no address in the message's To header: the REST API's "to" would be empty);
#   "451 upstream send failed (<status>)" (Cloudflare's API answered with an HTTP status that is not a success; the
#   code's comment: "451 -> transient: Tranquil re-queues and retries the message"), here with three statuses the API
#   can answer, 403 (the README: Email Sending rejects an account-owned token), 429 and 500.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# opnshelf's mail-relay's; the DSNs are made.
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
#   "550 message has no From address"   after the message, for fro@ and fen@ beta.test (and for fay@ and fig@, each the
#                              second recipient of a message to two)
#   "550 message has no recipients"   after the message, for tad@ and tom@ beta.test
#   "451 upstream send failed (403)"   after the message, to every attempt, for ula@ and uma@ beta.test
#   "451 upstream send failed (429)"   after the message, to every attempt, for rae@ and rex@ beta.test
#   "451 upstream send failed (500)"   after the message, to every attempt, for ivy@ and ira@ beta.test
# Not served: the greeting and EHLO answer (smtp-server's, with the host's name; the replaying server's are used),
# smtp-server's stock replies (syntax, sequence, size and the like), and the reply to an error thrown while parsing or
# posting (the catch passes the thrown Error to smtp-server, which writes 450 and the error's own message, e.g. Node's
# "fetch failed": words of Node, not of the code). onConnect accepts every client and there is no onMailFrom or
# onRcptTo, so nothing is refused before the data.
# The replies are chosen by recipient, not by anything the senders did: each message is a few lines of plain text with a
# From and a To header (its To header names its recipients). The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. Addresses live on the namespace's loopback interface, from the
# documentation range 192.0.2.0/24 (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-opnshelf-mail-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): opnshelf's mail-relay's replies.
NOFROM='550 message has no From address'
NORCPT='550 message has no recipients'
UP403='451 upstream send failed (403)'
UP429='451 upstream send failed (429)'
UP500='451 upstream send failed (500)'
printf '%s\t%s\t%s\n' \
    fro@beta.test eom "$NOFROM" \
    fen@beta.test eom "$NOFROM" \
    fay@beta.test eom "$NOFROM" \
    fig@beta.test eom "$NOFROM" \
    tad@beta.test eom "$NORCPT" \
    tom@beta.test eom "$NORCPT" \
    ula@beta.test eom "$UP403" \
    uma@beta.test eom "$UP403" \
    rae@beta.test eom "$UP429" \
    rex@beta.test eom "$UP429" \
    ivy@beta.test eom "$UP500" \
    ira@beta.test eom "$UP500" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-from-address	carol@alpha.test	fro@beta.test	192.0.2.25	Fro,\n\nthe lighthouse open day is on Saturday.\n\nCarol
no-from-address-two	carol@alpha.test	fro@beta.test,fay@beta.test	192.0.2.25	Fro, Fay,\n\nthe seed swap moved to the church porch.\n\nCarol
no-recipients	carol@alpha.test	tad@beta.test	192.0.2.25	Tad,\n\nthe blackberries by the old railway are ripe.\n\nCarol
upstream-403	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe rowing boat needs a new oar.\n\nCarol
upstream-429	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe goat got into the vegetable patch.\n\nCarol
upstream-500	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe kite festival is on the downs.\n\nCarol
exim-no-from-address	pat@pi.test	fen@beta.test	192.0.2.35	Fen,\n\nthe weather vane points north again.\n\nPat
exim-no-from-address-two	pat@pi.test	fen@beta.test,fig@beta.test	192.0.2.35	Fen, Fig,\n\nthe harbour wall has a new bench.\n\nPat
exim-no-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe mill pond froze overnight.\n\nPat
exim-upstream-403	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe jam jars are under the stairs.\n\nPat
exim-upstream-429	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe carol singers start at the green.\n\nPat
exim-upstream-500	pat@pi.test	ira@beta.test	192.0.2.35	Ira,\n\nthe stepping stones are under water.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
