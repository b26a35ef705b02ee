#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zulip-email-mirror: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the email gateway's SMTP server of Zulip, the open-source team chat (Kandra Labs and contributors): a
# Zulip server can listen for Internet mail itself and post each message to the channel whose email address it was
# sent to (an address carries the channel's email token) or, for a reply to a notification e-mail, to the
# conversation the notification came from (an "mm" address of 34 characters); the repository zulip/zulip,
# Apache-2.0 as its LICENSE says; read with the search tool; only the reply texts are quoted:
#   zerver/lib/email_mirror_server.py (commit 01e08f0e324e, ZulipMessageHandler: handle_RCPT and handle_exception, on
#   aiosmtpd), whose RCPT TO check runs validate_to_address of zerver/lib/email_mirror.py (commit 01e08f0e324e) and
#   answers with the error's own words:
#   to RCPT TO "550 5.1.1 Bad destination mailbox address: <ZulipEmailForwardError>", whose words are
#   "Address not recognized by gateway." (zerver/lib/email_mirror_helpers.py, commit 066f6c450ef0,
#   get_email_gateway_message_string_from_address: the address does not match the server's EMAIL_GATEWAY_PATTERN),
#   "Bad stream token from email recipient <address>" (decode_stream_email_address: no channel email address has the
#   token) and "Zulip notification reply address is invalid." (get_usable_missed_message_address: no notification
#   reply address has the token); "550 4.7.0 Rate-limited due to too many emails on this realm." (the realm's
#   RateLimitedRealmMirror rules are exceeded: mail to channel addresses is rate-limited by organization);
#   "550 5.7.1 Permission denied: <JsonableError>", whose words here are access_stream_for_send_message's
#   (zerver/lib/streams.py, commit 0046c3d3c756) "You do not have permission to post in this channel." (the user
#   the address posts as is not in the channel's can_send_message_group) and "Not authorized to send to channel
#   '<name>'" (the channel is archived, or private and that user is not subscribed); after the message
#   "500 Server error" (handle_exception: any other exception in the session, as when handing the message to the
#   email_mirror queue fails).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Zulip's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes a few minutes)
#
# Each reply byte for byte, at the stage the code sends it (the gateway's pattern is taken as "%s@beta.test"):
#   "550 5.1.1 Bad destination mailbox address: Address not recognized by gateway."   to RCPT TO, for rob@ and rex@
#                              delta.test (a domain outside the pattern)
#   "550 5.1.1 Bad destination mailbox address: Bad stream token from email recipient <address>"   to RCPT TO, for
#                              two channel addresses whose tokens no channel has, each with its own address
#   "550 5.1.1 Bad destination mailbox address: Zulip notification reply address is invalid."   to RCPT TO, for two
#                              "mm" addresses no notification has
#   "550 4.7.0 Rate-limited due to too many emails on this realm."   to RCPT TO, for two channel addresses
#   "550 5.7.1 Permission denied: You do not have permission to post in this channel."   to RCPT TO, for one channel
#                              address (to the Postfix)
#   "550 5.7.1 Permission denied: Not authorized to send to channel 'harvest-fair'"   to RCPT TO, for one channel
#                              address (to the Exim)
#   "500 Server error"         after the message, for two channel addresses
# Not served: the greeting ("220 <host> Zulip Server <version>", aiosmtpd's) and the EHLO answer (the replaying
# server's are used), "250 Continue" (the handler's acceptance, and its answer to postmaster), "421 4.7.6 TLS error:
# <reason>" (handle_exception when the TLS setup fails; the senders do not use TLS here, and the code says the client
# probably never sees it), and aiosmtpd's own replies. The listener has no temporary reply a sender could meet here, so
# every message is returned at once.
# The replies are chosen by recipient, not by anything the senders did: delta.test is a domain the replaying server
# serves (it has an MX record pointing at it), each message has one recipient and is a few lines of plain text. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zulip-email-mirror}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Zulip email gateway's replies.
GATEWAY='550 5.1.1 Bad destination mailbox address: Address not recognized by gateway.'
TOKEN='550 5.1.1 Bad destination mailbox address: Bad stream token from email recipient'
MM='550 5.1.1 Bad destination mailbox address: Zulip notification reply address is invalid.'
RATE='550 4.7.0 Rate-limited due to too many emails on this realm.'
ERROR='500 Server error'
printf '%s\t%s\t%s\n' \
    rob@delta.test rcpt "$GATEWAY" \
    rex@delta.test rcpt "$GATEWAY" \
    garden.4c1f9e2b7a3d5e60@beta.test rcpt "$TOKEN garden.4c1f9e2b7a3d5e60@beta.test" \
    quiz-night.8e2d0b6a1f7c3954@beta.test rcpt "$TOKEN quiz-night.8e2d0b6a1f7c3954@beta.test" \
    mm3f9a0c5e7b1d2468ace0bdf13579ace0@beta.test rcpt "$MM" \
    mm0d4e8b2a6c1f3579bdf02468ace13579@beta.test rcpt "$MM" \
    ferry.2a7c9e1b5d3f8064@beta.test rcpt "$RATE" \
    choir.6b0d4f8a2c9e1735@beta.test rcpt "$RATE" \
    announce.9d3b7f1c5a0e2846@beta.test rcpt '550 5.7.1 Permission denied: You do not have permission to post in this channel.' \
    harvest-fair.1e5a9c3d7b2f6048@beta.test rcpt "550 5.7.1 Permission denied: Not authorized to send to channel 'harvest-fair'" \
    book-swap.7f2b6d0a4e8c1359@beta.test eom "$ERROR" \
    orchard.3c8e2a6f0b4d9157@beta.test eom "$ERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-not-recognized	carol@alpha.test	rob@delta.test	192.0.2.25	Rob,\n\nthe quiz night is on Wednesday.\n\nCarol
bad-stream-token	carol@alpha.test	garden.4c1f9e2b7a3d5e60@beta.test	192.0.2.25	Hello garden channel,\n\nthe allotment gate has a new lock.\n\nCarol
notification-reply-invalid	carol@alpha.test	mm3f9a0c5e7b1d2468ace0bdf13579ace0@beta.test	192.0.2.25	Thanks, I will bring the ladder.\n\nCarol
rate-limited	carol@alpha.test	ferry.2a7c9e1b5d3f8064@beta.test	192.0.2.25	Hello ferry channel,\n\nthe ferry timetable changed again.\n\nCarol
no-permission-to-post	carol@alpha.test	announce.9d3b7f1c5a0e2846@beta.test	192.0.2.25	Hello announce channel,\n\nthe hall is booked for Friday.\n\nCarol
server-error	carol@alpha.test	book-swap.7f2b6d0a4e8c1359@beta.test	192.0.2.25	Hello book swap channel,\n\nthe book swap is at the cafe.\n\nCarol
exim-address-not-recognized	pat@pi.test	rex@delta.test	192.0.2.35	Rex,\n\nthe walking group meets at the bridge.\n\nPat
exim-bad-stream-token	pat@pi.test	quiz-night.8e2d0b6a1f7c3954@beta.test	192.0.2.35	Hello quiz night channel,\n\nthe tool library opens on Saturday.\n\nPat
exim-notification-reply-invalid	pat@pi.test	mm0d4e8b2a6c1f3579bdf02468ace13579@beta.test	192.0.2.35	Yes, Sunday suits me.\n\nPat
exim-rate-limited	pat@pi.test	choir.6b0d4f8a2c9e1735@beta.test	192.0.2.35	Hello choir channel,\n\nthe choir sings at the harvest fair.\n\nPat
exim-not-authorized-to-send	pat@pi.test	harvest-fair.1e5a9c3d7b2f6048@beta.test	192.0.2.35	Hello harvest fair channel,\n\nthe stalls go up at nine.\n\nPat
exim-server-error	pat@pi.test	orchard.3c8e2a6f0b4d9157@beta.test	192.0.2.35	Hello orchard channel,\n\nthe orchard walk starts at noon.\n\nPat
SEND
# twelve messages refused for good, each returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
