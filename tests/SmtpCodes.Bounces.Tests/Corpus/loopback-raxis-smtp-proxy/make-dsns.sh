#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-raxis-smtp-proxy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP credential proxy of Raxis, chika5105's kernel for AI-agent VMs in Rust (an SMTP listener that takes
# an agent's mail, checks the envelope against the restriction set of the signed plan, and relays it to a configured
# upstream relay with a credential the agent never sees; repository chika5105/raxis, crate
# raxis/crates/credential-proxy-smtp, no licence file found among the stored files; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below: src/wire.rs (commit 142462a99117: serve_one, the
# per-connection state machine, and read_dot_terminated_body) and, for when each check refuses, src/restriction.rs
# (commit 142462a99117: Restrictions::check_sender, check_recipient, check_recipient_count, the
# allowed_sender_address, allowed_recipient_domains, max_recipients_per_message, max_message_bytes and
# max_messages_per_minute of `[tasks.credentials.restrictions]`). serve_one writes each reply itself as one line,
# "<code> <enhanced code> <words>\r\n":
#   to MAIL FROM "550 5.7.1 sender not allowed" (check_sender: the envelope sender is not the plan's
#   allowed_sender_address) and "421 4.7.0 rate limit exceeded" (more than max_messages_per_minute in the rolling
#   minute);
#   to RCPT TO "550 5.7.1 recipient not allowed" (check_recipient: the recipient's domain is not in
#   allowed_recipient_domains; refused per recipient);
#   to DATA "452 4.5.3 too many recipients" (check_recipient_count: more accepted recipients than
#   max_recipients_per_message; the session goes back to its ready state);
#   after the message "552 5.3.4 message size exceeds fixed limit" (read_dot_terminated_body: the body passed
#   max_message_bytes; the rest is drained to the final dot first) and "451 4.4.0 upstream relay failed" (Outbound::submit
#   failed: the credential could not be resolved, the upstream could not be dialled, or it refused a step).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Raxis proxy's; the DSNs are made.
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
#   "550 5.7.1 sender not allowed"   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test),
#                              for gus@ and gil@ gamma.test
#   "550 5.7.1 recipient not allowed"   to RCPT TO, for rob@ and rue@ beta.test
#   "452 4.5.3 too many recipients"   to DATA, to every attempt, for tim@ and tom@ beta.test
#   "552 5.3.4 message size exceeds fixed limit"   after the message, for sid@ and sue@ beta.test
#   "451 4.4.0 upstream relay failed"   after the message, to every attempt, for uma@ and una@ beta.test
# Not served: the proxy's greeting and EHLO answer (the replaying server's are used); "421 4.7.0 rate limit exceeded"
# (to MAIL FROM, keyed like the sender refusal only by the client's address, which this layout spends on the
# sender refusal so that both senders meet it); the AUTH exchange (the proxy takes any AUTH and discards it, and a
# relaying MTA need not authenticate); its sequence replies ("503 5.5.1 send EHLO first", "503 5.5.1 bad sequence of
# commands", "503 5.5.1 RCPT TO required", "503 5.5.1 unexpected state"), which no relaying MTA meets; and "250 2.0.0
# OK". The 452 and the 552 stand for a plan whose cap the one-recipient, few-line messages here pass (a cap of no
# recipients, a very small byte cap); the replies are chosen by recipient or client address, not by anything the
# senders did. Each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-raxis-smtp-proxy}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Raxis SMTP credential proxy's replies.
SENDER='550 5.7.1 sender not allowed'
RECIPIENT='550 5.7.1 recipient not allowed'
TOOMANY='452 4.5.3 too many recipients'
SIZE='552 5.3.4 message size exceeds fixed limit'
UPSTREAM='451 4.4.0 upstream relay failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    rob@beta.test rcpt "$RECIPIENT" \
    rue@beta.test rcpt "$RECIPIENT" \
    tim@beta.test data "$TOOMANY" \
    tom@beta.test data "$TOOMANY" \
    sid@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    uma@beta.test eom "$UPSTREAM" \
    una@beta.test eom "$UPSTREAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe paddles are drying in the porch.\n\nCarol
recipient-not-allowed	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe allotment gate needs a new latch.\n\nCarol
too-many-recipients	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe bread oven is warm by noon.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe hedge trimmer is back from the neighbours.\n\nCarol
upstream-relay-failed	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe lantern walk starts at the church.\n\nCarol
exim-sender-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe sheep are in the top field again.\n\nPat
exim-recipient-not-allowed	pat@pi.test	rue@beta.test	192.0.2.35	Rue,\n\nthe library van comes on Thursday.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe cider barrels are rinsed.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe map of the ridge path is framed.\n\nPat
exim-upstream-relay-failed	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe rowing club meets at dawn.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
