#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-flytrap: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Flytrap, wvvu's self-hosted e-mail honeypot and threat triage platform in TypeScript on nodemailer's smtp-server
# (a domain's MX record is pointed at it; its SMTP role captures every message for the accepted domains as compressed
# raw EML with its envelope in SQLite, and a worker checks SPF/DKIM/DMARC, parses, has an AI model classify it as
# phish, malware, spam, legit or gray and pushes alerts; a web panel shows the catch; the repository wvvu/flytrap, also
# stored as wvvu/Flytrap, MIT licence named in its README; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: src/smtp/server.ts (commit 66d4a46be6e7 of wvvu/flytrap: startSmtp's
# onConnect and onRcptTo, handleData; the same replies at commit d2ee2b176a0b of wvvu/Flytrap, where the accepted
# domains also come from its settings table), src/smtp/policy.ts (evaluateRcpt, evaluateConnect, evaluateDataRate,
# evaluateSize) and src/smtp/limits.ts (IpLimiter, the per-IP connection, connection-rate and hourly message ceilings)
# at commit 66d4a46be6e7. Each refusal is an Error whose message (enhanced code included) the code writes and whose
# responseCode it sets (smtpError); smtp-server sends it as "<responseCode> <message>", at connection in place of
# the greeting and then closes:
#   at connection "421 4.7.0 too many connections" (the client address already holds SMTP_MAX_CONN_PER_IP open
#   sessions) and "421 4.7.0 connection rate exceeded" (it opened SMTP_MAX_CONN_PER_MIN connections in the last
#   minute); to RCPT TO "550 5.7.1 relay denied" (the recipient's domain is not one of ACCEPT_DOMAINS); after the
#   message "421 4.7.0 message rate exceeded" (the client address sent SMTP_MAX_DATA_PER_HOUR messages in the last
#   hour), "552 5.3.4 message size exceeds limit" (over SMTP_MAX_BYTES) and "451 4.3.0 temporary failure" (the raw
#   message could not be stored: the ingest's disk or database write failed, or the data stream broke).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Flytrap's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the accepted domain is beta.test):
#   "421 4.7.0 too many connections"   at connection, to the Postfix's second address 192.0.2.24 (its mail for
#                              gamma.test), to every attempt, for gus@gamma.test
#   "421 4.7.0 connection rate exceeded"   at connection, to the Exim's second address 192.0.2.34 (its mail for
#                              gamma.test), to every attempt, for gil@gamma.test
#   "550 5.7.1 relay denied"   to RCPT TO, for rex@ and rod@ delta.test (a domain whose MX is the trap but which it does
#                              not accept)
#   "552 5.3.4 message size exceeds limit"   after the message, for sal@ and sid@ beta.test
#   "421 4.7.0 message rate exceeded"   after the message, to every attempt, for mae@ and max@ beta.test
#   "451 4.3.0 temporary failure"   after the message, to every attempt, for tom@ and tim@ beta.test
# Not served: the greeting (config.smtpBanner) and smtp-server's EHLO answer (the replaying server's are used),
# "421 4.3.2 shutting down" (to a connection while the process drains at shutdown), "550 5.1.1 bad recipient" (to a
# RCPT TO path with no local part or domain, or with white space, which no relaying MTA sends) and smtp-server's own
# stock replies (syntax, sequence, the SIZE refusal to MAIL FROM).
# The replies are chosen by recipient (and, at connection, by the client's address), not by anything the senders did:
# each message has one recipient and is a few lines of plain text, far under any size limit, and each sender made one
# connection at a time. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test (and delta.test's MX), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-flytrap}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Flytrap's replies.
CONNS='421 4.7.0 too many connections'
CONNRATE='421 4.7.0 connection rate exceeded'
RELAY='550 5.7.1 relay denied'
SIZE='552 5.3.4 message size exceeds limit'
MSGRATE='421 4.7.0 message rate exceeded'
TEMPFAIL='451 4.3.0 temporary failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNS" \
    client:192.0.2.34 connect "$CONNRATE" \
    rex@delta.test rcpt "$RELAY" \
    rod@delta.test rcpt "$RELAY" \
    sal@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    mae@beta.test eom "$MSGRATE" \
    max@beta.test eom "$MSGRATE" \
    tom@beta.test eom "$TEMPFAIL" \
    tim@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe boathouse key is under the pot.\n\nCarol
relay-denied	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe beans are up along the fence.\n\nCarol
size-exceeds-limit	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe raffle tickets are on the dresser.\n\nCarol
message-rate-exceeded	carol@alpha.test	mae@beta.test	192.0.2.25	Mae,\n\nthe kettle in the hut needs descaling.\n\nCarol
temporary-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe swifts came back this week.\n\nCarol
exim-connection-rate-exceeded	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tide tables are pinned by the door.\n\nPat
exim-relay-denied	pat@pi.test	rod@delta.test	192.0.2.35	Rod,\n\nthe cart track is muddy past the mill.\n\nPat
exim-size-exceeds-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bunting is folded in the blue box.\n\nPat
exim-message-rate-exceeded	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe rhubarb is ready for pulling.\n\nPat
exim-temporary-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe lighthouse tour is full on Friday.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# messages deferred (three from each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
