#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-discordmailhooks: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of DiscordMailHooks ("An E-Mail to Discord Webhooks mail server for recieving only", Moustacheminer Server
# Services' mail-to-Discord bridge in JavaScript on nodemailer's smtp-server, behind discordmail.com and mss.ovh: a
# message to an address of its domains is parsed with mailparser and posted to the Discord webhook the address stands
# for, its text as an embed and its attachments in a zip; an address's local part either encodes the webhook's id and
# token in Braille characters (U+2800 to U+28FF) or is a protected alias listed in config/emails.json; the repository
# 7coil/discordmailhooks, MIT by its package.json; read with the search tool; only the reply texts are quoted), whose
# own code writes every reply below, in its smtp-server onData callback: mailserver/index.js (commit 00dd218f05b6; the
# same texts in the earlier index.js, commit 08c68bb9af6e), with the webhook decoding of helpers/decode.js (commit
# 5626912e366b: an alias of config/emails.json gives {decoded, hidden: true}, a Braille local part {decoded, hidden:
# false}, anything else null) and the Discord error texts of execute's request callback (`Discord Error <status>:
# <body>`; the body is the response's raw text, as request without json: true hands it over, so body.message is
# undefined and the whole JSON is quoted). Each refusal is an Error whose message the code writes and whose
# responseCode it sets to 552; smtp-server sends it as "552 <message>" after the message's final dot, one line, with no
# enhanced code (the code writes none):
#   "552 Your subject is too long. Please make your subject shorter. We've set the limit at 256 characters to be
#   courteous to others." (the Subject is longer than 256 characters), "552 Something failed. Please contact the owner
#   of the webhook directly. For support, visit https://discordmail.com/. Full error: <error>" (posting to a protected
#   alias's webhook failed; <error> is request's error message or `Discord Error <status>: <body>` for a status other
#   than 200 and 204) and "552 The webhook encoded E-Mail address was invalid. If you believe this is an error, please
#   visit https://discordmail.com/" (no address of the To header, nor X-Forwarded-To, is of its domains and decodes to
#   a webhook).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DiscordMailHooks'; the Discord API's error bodies inside the third reply are the ones Discord returns for an unknown
# webhook (404, code 10015), a wrong webhook token (401, code 50027) and a rate limit (429), and the request error is
# Node's for a host name that does not resolve; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message):
#   "552 Your subject is too long. Please make your subject shorter. We've set the limit at 256 characters to be
#   courteous to others."   for tom@ and tia@ beta.test
#   "552 Something failed. Please contact the owner of the webhook directly. For support, visit https://discordmail.com/.
#   Full error: Discord Error 404: {"message": "Unknown Webhook", "code": 10015}"   for alerts@ and builds@ beta.test
#   "552 Something failed. ... Full error: Discord Error 401: {"message": "Invalid Webhook Token", "code": 50027}"
#                              for deploys@ and backups@ beta.test
#   "552 Something failed. ... Full error: Discord Error 429: {"message": "You are being rate limited.", "retry_after":
#   1.5, "global": false}"   for uptime@ and cron@ beta.test
#   "552 Something failed. ... Full error: getaddrinfo ENOTFOUND canary.discordapp.com canary.discordapp.com:443"
#                              for printer@ and nas@ beta.test
#   "552 The webhook encoded E-Mail address was invalid. If you believe this is an error, please visit
#   https://discordmail.com/"   for joe@ and jay@ beta.test
# (each line above is one line on the wire; the "..." stand for the words of the second reply, written out in the table)
# Not served: the greeting "Welcome to DiscordMailHooks! https://discordmail.com/ https://moustacheminer.com/
# https://discord.gg/wHgdmf4" and smtp-server's EHLO answer (the replaying server's are used); the same failure for an
# address that encodes its webhook, "552 Something failed. Is the webhook https://canary.discordapp.com/api/webhooks/
# <id>/<token> valid? For support, visit https://discordmail.com/. Full error: <error>" (its local part is Braille
# characters, which no message of this all-ASCII corpus carries); "552 Your files are too powerful! Max file size
# 8.00Mb please." (the attachments' check adds the attachment objects themselves, `acc + cur`, so the sum is a string
# and its comparison with 8000000 is never true: the code writes the reply but never sends it); smtp-server's own stock
# replies (syntax, sequence, size, its AUTH answers). A message posted to Discord is accepted (250) and makes no DSN.
# The replies are chosen by recipient, not by anything the senders did (each message has one recipient, named in its
# To header, and is a few lines of plain text with a short subject): the aliases stand for protected addresses of
# config/emails.json. Every reply is permanent, so each sender returns each message at once. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-discordmailhooks}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DiscordMailHooks' replies.
FAILED='552 Something failed. Please contact the owner of the webhook directly. For support, visit https://discordmail.com/. Full error:'
SUBJECT="552 Your subject is too long. Please make your subject shorter. We've set the limit at 256 characters to be courteous to others."
UNKNOWN="$FAILED"' Discord Error 404: {"message": "Unknown Webhook", "code": 10015}'
TOKEN="$FAILED"' Discord Error 401: {"message": "Invalid Webhook Token", "code": 50027}'
RATE="$FAILED"' Discord Error 429: {"message": "You are being rate limited.", "retry_after": 1.5, "global": false}'
DNS="$FAILED"' getaddrinfo ENOTFOUND canary.discordapp.com canary.discordapp.com:443'
INVALID='552 The webhook encoded E-Mail address was invalid. If you believe this is an error, please visit https://discordmail.com/'
printf '%s\t%s\t%s\n' \
    tom@beta.test eom "$SUBJECT" \
    tia@beta.test eom "$SUBJECT" \
    alerts@beta.test eom "$UNKNOWN" \
    builds@beta.test eom "$UNKNOWN" \
    deploys@beta.test eom "$TOKEN" \
    backups@beta.test eom "$TOKEN" \
    uptime@beta.test eom "$RATE" \
    cron@beta.test eom "$RATE" \
    printer@beta.test eom "$DNS" \
    nas@beta.test eom "$DNS" \
    joe@beta.test eom "$INVALID" \
    jay@beta.test eom "$INVALID" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
subject-too-long	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe hedge by the lane wants cutting back.\n\nCarol
unknown-webhook	carol@alpha.test	alerts@beta.test	192.0.2.25	Alerts,\n\nthe greenhouse heater tripped at four.\n\nCarol
invalid-webhook-token	carol@alpha.test	deploys@beta.test	192.0.2.25	Deploys,\n\nthe new shelves are up in the shed.\n\nCarol
discord-rate-limited	carol@alpha.test	uptime@beta.test	192.0.2.25	Uptime,\n\nthe weather vane points north again.\n\nCarol
discord-unreachable	carol@alpha.test	printer@beta.test	192.0.2.25	Printer,\n\nthe parish newsletter is ready to print.\n\nCarol
invalid-webhook-address	carol@alpha.test	joe@beta.test	192.0.2.25	Joe,\n\nthe footpath sign blew down.\n\nCarol
exim-subject-too-long	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe apple store is full.\n\nPat
exim-unknown-webhook	pat@pi.test	builds@beta.test	192.0.2.35	Builds,\n\nthe water butt overflowed.\n\nPat
exim-invalid-webhook-token	pat@pi.test	backups@beta.test	192.0.2.35	Backups,\n\nthe log pile is dry at last.\n\nPat
exim-discord-rate-limited	pat@pi.test	cron@beta.test	192.0.2.35	Cron,\n\nthe hens laid six today.\n\nPat
exim-discord-unreachable	pat@pi.test	nas@beta.test	192.0.2.35	Nas,\n\nthe kite is stuck in the oak.\n\nPat
exim-invalid-webhook-address	pat@pi.test	jay@beta.test	192.0.2.35	Jay,\n\nthe well cover needs a new hinge.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
