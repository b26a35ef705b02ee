#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nail-nostr-bridge: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the nostr-bridge of Nail, Formstr's e-mail-over-Nostr service: a mail-to-Nostr bridge in TypeScript that
# takes the mail a Postfix (its own or a mailcow's, "lmtp:inet:nostr-bridge:2400") hands it by LMTP, resolves each
# recipient's Nostr public key through NIP-05 (the domain's /.well-known/nostr.json), seals and gift-wraps the raw
# message as a Nostr event and publishes it to the recipient's DM relays, retrying without attachments when no relay
# takes it (the repository formstr-hq/nail, MIT, its LICENSE, "Copyright (c) 2026 Formstr"; read with the search tool;
# only the reply texts are quoted). Files read: nostr-bridge/src/lmtp-server.ts at commit 98bc6c6115304 (createLmtpServer,
# the SMTPServer of Nodemailer's smtp-server with lmtp: true, its onData callback; handleMessage and
# publishWithAttachmentFallback, whose LmtpError each carries its reply code as responseCode and its enhanced code at
# the head of its message), nostr-bridge/src/config.ts at the same commit (maxMessageBytes, MAIL_MAX_BYTES, 8 MiB by
# default; maxWrappableMessageBytes, the relays' event cap of 100 KiB over the measured wrap inflation of 2.4),
# nostr-bridge/src/nip05.ts at commit 238811669946 (lookupNip05: "not-found" for a 404 or a name the file does not
# list, "error" for a fetch failure, another HTTP status or bad JSON), the earlier lmtp-server.ts at commits
# c14df9547084 and b73d49126fa7, and the README's mailcow section (the Postfix transport above). Every refusal comes
# after the message: onData buffers it, then runs the checks. smtp-server writes an Error that has a responseCode as
# that code, one space and the message (in LMTP, one such line for each recipient: here there is one recipient a
# message), so each reply below is the code's words byte for byte:
#   "552 5.3.4 Message too large for this bridge" (onData: the message passed maxMessageBytes; the code's comment:
#   552 is permanent, 451 would make Postfix re-send the same oversized message on every retry);
#   "550 5.1.1 Recipient not registered" (handleMessage: the NIP-05 lookup of the recipient's address says not-found);
#   "451 4.3.0 NIP-05 lookup failed" (the lookup itself failed: "an outage ... must produce a 451");
#   "552 5.3.4 Message too large to deliver over Nostr" (publishWithAttachmentFallback's too-large: the message, or
#   the copy stripped of its attachments, is still over the wrap ceiling the relays accept);
#   "451 4.3.0 No relay accepted the message" (its failed: no relay took the full form nor the stripped one; "a retry
#   could succeed").
# Served here over SMTP, after the message's final dot, as a sending MTA relaying to the bridge would meet them.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Nail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, after the message:
#   "552 5.3.4 Message too large for this bridge"   for good, for sia@ and sol@ beta.test
#   "550 5.1.1 Recipient not registered"   for good, for rex@ and rio@ beta.test
#   "552 5.3.4 Message too large to deliver over Nostr"   for good, for tom@ and tia@ beta.test
#   "451 4.3.0 NIP-05 lookup failed"   to every attempt, for nell@ and ned@ beta.test
#   "451 4.3.0 No relay accepted the message"   to every attempt, for pam@ and pip@ beta.test
# Not served: handleMessage's "550 5.1.1 No recipient" (unreachable: smtp-server takes no DATA without a recipient),
# the 451 with the message of any other error (a relay lookup that throws: its words are not the code's own), the
# earlier version's "451 4.3.0 Nostr publish failed" (commit c14df9547084; the later code catches the publish error
# and answers "No relay accepted the message"), the banner and LHLO answer (the replaying server's greeting and EHLO
# answer are used), smtp-server's own stock replies, and the acceptances. The replies are chosen by recipient, not by
# anything the senders did: each message has one recipient and is a few lines of plain text (the two size refusals
# are the bridge's verdict on a large message, not on these bodies). The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nail-nostr-bridge}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the bridge's replies as smtp-server writes them.
BRIDGE_SIZE='552 5.3.4 Message too large for this bridge'
NOT_REGISTERED='550 5.1.1 Recipient not registered'
NOSTR_SIZE='552 5.3.4 Message too large to deliver over Nostr'
NIP05='451 4.3.0 NIP-05 lookup failed'
NO_RELAY='451 4.3.0 No relay accepted the message'
printf '%s\t%s\t%s\n' \
    sia@beta.test eom "$BRIDGE_SIZE" \
    sol@beta.test eom "$BRIDGE_SIZE" \
    rex@beta.test eom "$NOT_REGISTERED" \
    rio@beta.test eom "$NOT_REGISTERED" \
    tom@beta.test eom "$NOSTR_SIZE" \
    tia@beta.test eom "$NOSTR_SIZE" \
    nell@beta.test eom "$NIP05" \
    ned@beta.test eom "$NIP05" \
    pam@beta.test eom "$NO_RELAY" \
    pip@beta.test eom "$NO_RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-too-large-for-this-bridge	carol@alpha.test	sia@beta.test	192.0.2.25	Sia,\n\nthe lantern walk starts at dusk.\n\nCarol
recipient-not-registered	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe pond pump needs a new filter.\n\nCarol
message-too-large-to-deliver-over-nostr	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe bell ringers practise on Thursday.\n\nCarol
nip05-lookup-failed	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe cider press is booked for Sunday.\n\nCarol
no-relay-accepted-the-message	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe rowing club meets at the boathouse.\n\nCarol
exim-message-too-large-for-this-bridge	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe kite festival is on the hill.\n\nPat
exim-recipient-not-registered	pat@pi.test	rio@beta.test	192.0.2.35	Rio,\n\nthe duck house floated away.\n\nPat
exim-message-too-large-to-deliver-over-nostr	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe hedge by the lane wants cutting.\n\nPat
exim-nip05-lookup-failed	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe scarecrow lost its hat.\n\nPat
exim-no-relay-accepted-the-message	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe compost bins are full.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
