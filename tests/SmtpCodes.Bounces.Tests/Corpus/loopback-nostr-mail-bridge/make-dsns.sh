#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nostr-mail-bridge: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP inbound of Nostr Mail Bridge, nogringo's bidirectional bridge between e-mail and the Nostr
# protocol in TypeScript: a message to the bridge's domain is wrapped as a NIP-59 gift-wrapped direct message and
# published to the Nostr relays of the recipient, whose public key the local part gives (an npub, a hex key, or a NIP-05
# name looked up), after an optional filter plugin (an executable that reads the mail as JSON and answers accept,
# reject or shadowReject) has passed it (the repository nogringo/nostr-mail-bridge, read with the search tool at commit
# 385823c1d982f340a403df2d446b2a817f2b3a18: bridge-inbound/smtp/src/index.ts, its SMTPServer's onData;
# bridge-inbound/core/src/process.ts, processIncomingEmail; bridge-inbound/core/src/plugin/runner.ts, runPlugin;
# bridge-plugins/whitelist.js and bridge-plugins/uid_ovh/bin/uid_ovh.dart, the two filter plugins it ships;
# bridge-inbound/smtp/package.json, "license": "MIT" (no LICENSE file is stored) and smtp-server ^3.18.0, Nodemailer's
# package, read from npm (smtp-server 3.18.0, lib/smtp-connection.js: an error given to onData's callback is sent as
# "err.responseCode || 450" and its message; lib/smtp-server.js: hideENHANCEDSTATUSCODES is true by default, so no
# enhanced code); only the reply texts are quoted). The bridge refuses nothing before the data: onRcptTo takes every
# recipient, AUTH is disabled, and every refusal comes from onData, after the message, as an Error without a
# responseCode, so smtp-server writes each as a temporary "450 <text>". A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the bridge's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, after the message's final dot (onData answers for the whole message), as smtp-server writes
# an error without a responseCode (450, the error's message):
#   "450 Invalid recipient"   (process.ts: extractPubkeyFromEmail found no Nostr public key for the To address) to every
#                              attempt, for ivy@ and ida@ beta.test
#   "450 Not whitelisted"   (whitelist.js, the plugin that passes only listed sender or recipient addresses, domains or
#                              public keys, rejecting with this msg, which process.ts hands on) to every attempt, for nat@
#                              and nell@ beta.test
#   "450 No sender pubkey provided"   (uid_ovh.dart, the plugin that passes a sender on its owner's NIP-51 whitelist or
#                              with a NIP-85 trust score above the minimum: the plugin's input named no sender public key)
#                              to every attempt, for sam@ and sid@ beta.test
#   "450 Sender not whitelisted and trust score too low"   (uid_ovh.dart: the sender is not on the whitelist and its
#                              trust score is missing or not above the minimum) to every attempt, for tom@ and tess@
#                              beta.test
#   "450 Plugin error"   (process.ts: runPlugin failed: the plugin timed out after 5 seconds, could not be spawned,
#                              exited non-zero or wrote no JSON; the mail is refused "for safety") to every attempt, for
#                              pia@ and pete@ beta.test
#   "450 Error processing email"   (index.ts: parsing or processing the message threw, as a relay lookup or publishing
#                              the gift-wrapped event can) to every attempt, for eve@ and eli@ beta.test
#   "450 Email rejected"   (index.ts: the plugin answered reject without a msg) to every attempt, for rex@ and rae@
#                              beta.test
# Not served: smtp-server's own replies (size, sequence, syntax, TLS, and "AUTH" disabled), the plugin runner's inner
# error texts (they are logged, not sent), the uid_ovh plugin's "Plugin error: <exception>" (it exits non-zero, so the
# bridge sends its own "Plugin error"), and the Mailgun inbound's HTTP answers. The replies are chosen by recipient, not
# by anything the senders did: the messages are plain, well-formed text, and no relay, plugin or key exists here. Each
# message has one recipient. All the replies are temporary and come on every attempt; each sender warns after a minute
# and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nostr-mail-bridge}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the bridge's replies, after the final dot.
INVALID='450 Invalid recipient'
NOTLISTED='450 Not whitelisted'
NOPUBKEY='450 No sender pubkey provided'
LOWSCORE='450 Sender not whitelisted and trust score too low'
PLUGIN='450 Plugin error'
PROCESSING='450 Error processing email'
REJECTED='450 Email rejected'
printf '%s\t%s\t%s\n' \
    ivy@beta.test eom "$INVALID" \
    ida@beta.test eom "$INVALID" \
    nat@beta.test eom "$NOTLISTED" \
    nell@beta.test eom "$NOTLISTED" \
    sam@beta.test eom "$NOPUBKEY" \
    sid@beta.test eom "$NOPUBKEY" \
    tom@beta.test eom "$LOWSCORE" \
    tess@beta.test eom "$LOWSCORE" \
    pia@beta.test eom "$PLUGIN" \
    pete@beta.test eom "$PLUGIN" \
    eve@beta.test eom "$PROCESSING" \
    eli@beta.test eom "$PROCESSING" \
    rex@beta.test eom "$REJECTED" \
    rae@beta.test eom "$REJECTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-recipient	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe sailing club meets at the slipway on Sunday.\n\nCarol
not-whitelisted	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe allotment gate has a new padlock.\n\nCarol
no-sender-pubkey	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe bread oven is hot from six.\n\nCarol
trust-score-too-low	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe chess set is missing a white rook.\n\nCarol
plugin-error	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe kite festival moved to the north field.\n\nCarol
error-processing-email	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe library van comes on Thursdays now.\n\nCarol
email-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe goats got into the orchard again.\n\nCarol
exim-invalid-recipient	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe rowing boat needs new oars.\n\nPat
exim-not-whitelisted	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe choir sings at the harbour on Friday.\n\nPat
exim-no-sender-pubkey	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe cider press is clean and ready.\n\nPat
exim-trust-score-too-low	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe quilt raffle raised forty pounds.\n\nPat
exim-plugin-error	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe bike shed roof leaks at the back.\n\nPat
exim-error-processing-email	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe pond skaters are back.\n\nPat
exim-email-rejected	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe lantern walk starts at dusk.\n\nPat
SEND
# for each of the fourteen temporary refusals (seven to the Postfix, seven to the Exim) a warning after a minute and a
# return after 3
lb_wait 28 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
