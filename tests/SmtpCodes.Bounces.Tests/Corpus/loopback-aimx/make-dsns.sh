#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-aimx: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# aimx, U-Zyn Chua's self-hosted mail exchange for AI agents in Rust (its daemon, `aimx serve`, takes mail for one
# configured domain on an SMTP listener of its own, writes each message into the recipient's mailbox as a markdown file
# with YAML front matter and fires the mailbox's channel triggers, the hooks that hand new mail to an agent; repository
# uzyn/aimx, MIT, its LICENSE "Copyright (c) 2026 U-Zyn Chua"; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: src/smtp/session.rs (commit 0045f6aa043d: handle_rcpt_to,
# receive_data, deliver_message), src/smtp/mod.rs (commit 3ab73a1785ed: reject_connection, and the defaults
# DEFAULT_MAX_CONNECTIONS 100, DEFAULT_MAX_COMMANDS_BEFORE_DATA 50, DEFAULT_MAX_MESSAGE_SIZE 25 MB) and, for what makes
# a delivery fail, src/ingest.rs (commit 0372a501aa0e, an earlier ingest_email: the mailbox folder or the markdown file
# cannot be written, or the message cannot be parsed). The session writes each reply as a whole line with CRLF:
#   instead of the greeting "421 Too many connections, try again later" (reject_connection: the listener already holds
#   max_connections sessions, 100 by default, whoever the client is; the connection is closed);
#   "421 Too many commands" in place of the reply to a command once a session has given more than
#   max_commands_before_data commands (50 by default; the count is never reset within a session, so a sender that keeps
#   one connection for many messages meets it at a MAIL FROM; the connection is closed);
#   to RCPT TO "550 5.7.1 relay not permitted" (the recipient's domain is not the configured domain) and
#   "550 5.1.1 <address>: Recipient address rejected: User unknown" (no mailbox, concrete or catch-all, takes the
#   address; resolve_recipient_mailbox finds none);
#   after the message "552 Message exceeds maximum size" (the data grew past max_message_size, read to its end first),
#   "451 4.3.0 Temporary failure on partial accept; please retry" (the message was stored for some recipients and not
#   for others; answered for the whole message so the sender retries) and "451 Temporary failure, please retry" (it
#   could be stored for none of its recipients).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are aimx's;
# the DSNs are made.
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
#   "421 Too many connections, try again later"   instead of the greeting, to every connection from the Postfix's second
#                              address (192.0.2.24), which sends the mail for gus@gamma.test
#   "421 Too many commands"   to MAIL FROM, to every attempt from the Exim's second address (192.0.2.34), which sends the
#                              mail for gil@gamma.test
#   "550 5.7.1 relay not permitted"   to RCPT TO, for rex@ and rue@ delta.test (a domain other than the configured one)
#   "550 5.1.1 <address>: Recipient address rejected: User unknown"   to RCPT TO, for ula@ and uma@ beta.test, the
#                              address being the recipient's
#   "552 Message exceeds maximum size"   after the message, for sam@ and sid@ beta.test
#   "451 4.3.0 Temporary failure on partial accept; please retry"   after the message, to every attempt, for pam@ and
#                              pia@ beta.test
#   "451 Temporary failure, please retry"   after the message, to every attempt, for tad@ and tim@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); the syntax and sequence replies (501s,
# 503s, "500 Unrecognized command", "500 Line too long"), the STARTTLS replies, "500 Bare LF not allowed (RFC 5321)"
# (a data line ended by a bare line feed, which no relaying MTA sends), the timeouts ("421 Connection timed out",
# "421 Idle timeout exceeded", "421 Timeout during DATA") and "451 Client disconnected during DATA" (written to a client
# that has gone). The replies are chosen by recipient or client address, not by anything the senders did: each message
# has one recipient and is a few lines of plain text, so the partial-accept reply, which the code writes only for a
# message to several recipients, stands here for one of them. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-aimx}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): aimx's replies.
RELAY='550 5.7.1 relay not permitted'
UNKNOWN='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown'
SIZE='552 Message exceeds maximum size'
PARTIAL='451 4.3.0 Temporary failure on partial accept; please retry'
RETRY='451 Temporary failure, please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 Too many connections, try again later' \
    client:192.0.2.34 mail '421 Too many commands' \
    rex@delta.test rcpt "$RELAY" \
    rue@delta.test rcpt "$RELAY" \
    ula@beta.test rcpt "$UNKNOWN" \
    uma@beta.test rcpt "$UNKNOWN" \
    sam@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    pam@beta.test eom "$PARTIAL" \
    pia@beta.test eom "$PARTIAL" \
    tad@beta.test eom "$RETRY" \
    tim@beta.test eom "$RETRY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe paddles are drying in the porch.\n\nCarol
relay-not-permitted	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe lantern festival starts at dusk.\n\nCarol
user-unknown	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe pear tree finally blossomed.\n\nCarol
message-exceeds-maximum-size	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe map of the hill path is on the fridge.\n\nCarol
partial-accept	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe bread oven is warm by noon.\n\nCarol
temporary-failure	carol@alpha.test	tad@beta.test	192.0.2.25	Tad,\n\nthe rowing club meets on Thursday.\n\nCarol
exim-too-many-commands	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe hedge by the lane needs trimming.\n\nPat
exim-relay-not-permitted	pat@pi.test	rue@delta.test	192.0.2.35	Rue,\n\nthe kites are packed for the beach.\n\nPat
exim-user-unknown	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe owl came back to the barn roof.\n\nPat
exim-message-exceeds-maximum-size	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe quilt is finished at last.\n\nPat
exim-partial-accept	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe tomatoes are ripening fast.\n\nPat
exim-temporary-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe ferry timetable changed again.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
