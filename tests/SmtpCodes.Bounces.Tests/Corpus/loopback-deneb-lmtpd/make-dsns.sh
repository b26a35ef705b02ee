#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-deneb-lmtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP receiver of Deneb, choiceoh's personal AI-agent gateway in Go, whose package lmtpd ("a minimal
# LMTP (RFC 2033) server that lets a local mail server (e.g. Maddy running in Docker) PUSH email into Deneb, replacing
# the previous IMAP poll", its parse.go) takes mail from the on-box mail server, parses it into the message type the
# gateway's Gmail poller produces and hands it to the gateway's mail analysis (repository choiceoh/Deneb, no licence
# file read; read with the search tool; only the reply texts are quoted). Its own code writes every reply below, in
# gateway-go/internal/platform/lmtpd/server.go (read at commits 17d4b1189689 and c7e917810fac; the replies below are
# the same in both but the 452, which only the later one has):
#   Server.process, once per accepted recipient after the message's final dot (LMTP's per-recipient replies, RFC 2033
#   section 4.2; the server gives every recipient of a message the same one): "552 5.3.4 Message too big" (readData
#   stopped at maxMessageBytes, 50 MiB, and drained the rest), "451 4.3.0 Read error, try again" (reading the message
#   failed otherwise: the connection's five-minute data deadline passed, or it ended before the final dot), "554 5.6.0
#   Parse error" (parseMessage, in parse.go at commit 0dbc45d681a0: net/mail's ReadMessage could not read the
#   message's header) and "451 4.3.0 Processing failed, try again" (the handler the gateway wires in returned an
#   error: "Returning an error makes the server reply with a temporary failure (4xx) so the sending MTA retries later
#   -- the message is never silently dropped", its comment);
#   serveConn's RCPT case (commit c7e917810fac): "452 4.5.3 Too many recipients" (a transaction already has
#   maxRecipients, 100, recipients).
# Each is written as it stands in the code, one line with CRLF. The server's comments name the process's intent: a
# parse failure "is permanent (5xx, don't retry); a handler error is temporary (4xx) so the MTA retries rather than
# losing the mail".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Deneb's; the DSNs are made.
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
#   "452 4.5.3 Too many recipients"   to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "552 5.3.4 Message too big"   after the message, for bea@ and ben@ beta.test
#   "451 4.3.0 Read error, try again"   after the message, to every attempt, for rita@ and rob@ beta.test
#   "554 5.6.0 Parse error"   after the message, for pia@ and pete@ beta.test
#   "451 4.3.0 Processing failed, try again"   after the message, to every attempt, for fia@ and fred@ beta.test
# Not served: the greeting ("220 <host> Deneb LMTP ready") and the LHLO answer (the replaying server's greeting and
# EHLO answer are used: the server speaks LMTP, and the replies are served as the answer of an SMTP server to a
# relaying MTA, as the earlier LMTP units of this folder serve theirs), its sequence and command replies ("503 5.5.1
# MAIL FROM first", "503 5.5.1 RCPT first", "500 5.5.2 Unrecognized command"), "252 2.5.2 Cannot VRFY", and the 250s
# and 221. The server accepts every recipient it is given (it parses no address), so it refuses none at RCPT but past
# the hundredth of one transaction: the 452 here stands for that, though each message here has one recipient (a
# sending Postfix gives an LMTP server at most lmtp_destination_recipient_limit, 50 by default, in one transaction).
# The message-size refusal stands for a message over 50 MiB, the read error for a client that stalled or dropped in
# the middle of its message (the reply reaches a client that stalled, not one that is gone), the parse error for a
# message whose header net/mail cannot read, and the processing failure for the gateway's handler failing; the
# messages here are a few lines of plain text. The replies are chosen by recipient, not by anything the senders did:
# each message has one recipient. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-deneb-lmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Deneb's LMTP receiver's replies.
TOOMANY='452 4.5.3 Too many recipients'
TOOBIG='552 5.3.4 Message too big'
READERR='451 4.3.0 Read error, try again'
PARSE='554 5.6.0 Parse error'
FAILED='451 4.3.0 Processing failed, try again'
printf '%s\t%s\t%s\n' \
    tia@beta.test rcpt "$TOOMANY" \
    tom@beta.test rcpt "$TOOMANY" \
    bea@beta.test eom "$TOOBIG" \
    ben@beta.test eom "$TOOBIG" \
    rita@beta.test eom "$READERR" \
    rob@beta.test eom "$READERR" \
    pia@beta.test eom "$PARSE" \
    pete@beta.test eom "$PARSE" \
    fia@beta.test eom "$FAILED" \
    fred@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-recipients	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe allotment gate has a new padlock.\n\nCarol
message-too-big	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe harbour walk starts at the lighthouse.\n\nCarol
read-error	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe rain gauge filled up overnight.\n\nCarol
parse-error	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe bunting is folded in the blue box.\n\nCarol
processing-failed	carol@alpha.test	fia@beta.test	192.0.2.25	Fia,\n\nthe pottery kiln is cooling down.\n\nCarol
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe sailing dinghy has a new rudder.\n\nPat
exim-message-too-big	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe library sale is on Thursday.\n\nPat
exim-read-error	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe sheep got into the lower field.\n\nPat
exim-parse-error	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe band practice moved to the barn.\n\nPat
exim-processing-failed	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe cider barrels are rinsed out.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
