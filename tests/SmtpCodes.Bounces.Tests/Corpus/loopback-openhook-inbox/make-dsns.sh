#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-openhook-inbox: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Openhook's inbound SMTP listener (openhook-dev's Openhook, a request inbox in Python for web hooks, e-mail
# and DNS look-ups: each inbox gets a UUID, a capture URL, an e-mail address <uuid>@<email domain> and a DNS name, and
# its captured events are read back through a web page, an API and MCP tools; the SMTP listener runs on aiosmtpd and
# stores each message as an event of the inbox its address names, in a SQLite store; the repository
# openhook-dev/openhook-inbox, no licence file read; read with the search tool; only the reply texts are quoted), whose
# own code writes every reply below, in its aiosmtpd handler: openhook/transports.py (commit d16a5758e289, MailReceiver:
# handle_RCPT and handle_DATA) with the errors of openhook/store.py (the same commit, InboxError and its status: _row's
# "Inbox not found or expired." 404, public_info's and capture's "Inbox is being provisioned. Retry shortly." 503,
# capture's "Event exceeds the 1 MB limit." 413 and "Storage capacity reached. Try again after events expire." 429).
# Each reply is the string the handler returns, which aiosmtpd sends as it stands, with no enhanced code (the code
# writes none):
#   to RCPT TO "550 No such inbox; relay disabled" (the recipient's domain is not the listener's e-mail domain, its local
#   part is not a UUID, or no live inbox has that UUID: expired, never made, or being provisioned); after the message
#   "452 Temporary storage capacity reached" (the store is at its storage limit or the disk has less than 500 MB free:
#   InboxError 429), "552 Event too large" (the message exceeds the store's body limit: InboxError 413) and "550 Inbox
#   unavailable" (any other InboxError while storing: the inbox expired or was set to provisioning between RCPT TO and
#   the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Openhook's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the recipients are inbox addresses, a UUID at beta.test, the
# listener's e-mail domain here):
#   "550 No such inbox; relay disabled"   to RCPT TO, for 81f3b2aa-...@ and d1bea7b8-...@beta.test (no such inbox)
#   "552 Event too large"   after the message, for 28664c62-...@ and 24498c0b-...@beta.test
#   "550 Inbox unavailable"   after the message, for e4cae3a6-...@ and bb25291f-...@beta.test
#   "452 Temporary storage capacity reached"   after the message, to every attempt, for 455527bf-...@ and
#                              98a0766f-...@beta.test
# Not served: the greeting "<email domain> Openhook" and aiosmtpd's EHLO answer (the replaying server's are used),
# "452 Too many recipients" (to an eleventh recipient of one message; each message here has one), aiosmtpd's own stock
# replies (syntax, sequence, its own 552 size refusal at the data size limit) and the accepting "250 Stored by
# Openhook". The replies are chosen by recipient, not by anything the senders did: each message has one recipient and
# is a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-openhook-inbox}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Openhook's SMTP listener's replies.
NOINBOX='550 No such inbox; relay disabled'
TOOLARGE='552 Event too large'
UNAVAILABLE='550 Inbox unavailable'
CAPACITY='452 Temporary storage capacity reached'
printf '%s\t%s\t%s\n' \
    81f3b2aa-14bf-4387-9282-bbdcd812f6db@beta.test rcpt "$NOINBOX" \
    d1bea7b8-6f5e-4b67-8815-491162ba6e33@beta.test rcpt "$NOINBOX" \
    28664c62-c1f6-4c4f-b0d5-5a9682c6b786@beta.test eom "$TOOLARGE" \
    24498c0b-7352-4969-bfd9-a34b4b79f2f6@beta.test eom "$TOOLARGE" \
    e4cae3a6-36e7-4e30-9cf9-4086eb016023@beta.test eom "$UNAVAILABLE" \
    bb25291f-acd1-460b-a337-dd438ad4c217@beta.test eom "$UNAVAILABLE" \
    455527bf-84e7-4e08-9842-1377b03e8c0f@beta.test eom "$CAPACITY" \
    98a0766f-cb85-42a7-abc8-32a26342f11d@beta.test eom "$CAPACITY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-inbox	carol@alpha.test	81f3b2aa-14bf-4387-9282-bbdcd812f6db@beta.test	192.0.2.25	Hello,\n\nthe build server sends its report to this inbox.\n\nCarol
event-too-large	carol@alpha.test	28664c62-c1f6-4c4f-b0d5-5a9682c6b786@beta.test	192.0.2.25	Hello,\n\nthe nightly export is attached below.\n\nCarol
inbox-unavailable	carol@alpha.test	e4cae3a6-36e7-4e30-9cf9-4086eb016023@beta.test	192.0.2.25	Hello,\n\nthe signup form posts a copy here.\n\nCarol
storage-capacity-reached	carol@alpha.test	455527bf-84e7-4e08-9842-1377b03e8c0f@beta.test	192.0.2.25	Hello,\n\nthe password reset mail should land here.\n\nCarol
exim-no-such-inbox	pat@pi.test	d1bea7b8-6f5e-4b67-8815-491162ba6e33@beta.test	192.0.2.35	Hello,\n\nthe monitor sends its alerts to this inbox.\n\nPat
exim-event-too-large	pat@pi.test	24498c0b-7352-4969-bfd9-a34b4b79f2f6@beta.test	192.0.2.35	Hello,\n\nthe invoice batch follows.\n\nPat
exim-inbox-unavailable	pat@pi.test	bb25291f-acd1-460b-a337-dd438ad4c217@beta.test	192.0.2.35	Hello,\n\nthe order form copies its mail here.\n\nPat
exim-storage-capacity-reached	pat@pi.test	98a0766f-cb85-42a7-abc8-32a26342f11d@beta.test	192.0.2.35	Hello,\n\nthe welcome mail should land here.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (one to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
