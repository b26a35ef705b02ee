#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailmoose: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of mailmoose's MX agent, the optional "policy-free SMTP edge" of mailmoose (a self-hosted mail service in Go for people
# and AI agents; the edge, cmd/mx, takes mail on port 25 with emersion/go-smtp v0.25.0, stages each message in memory,
# computes SPF/DKIM/DMARC evidence and hands one signed ingest request per message to the mailmoose core, which resolves
# recipients, applies policy and quota and stores the mail; module github.com/dellarb/mailmoose, whose code the index
# stores in the repository berenebot-agent/mailmoose-wip; no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below: internal/mxagent/server.go (commit fc373ae419eb:
# SMTPBackend.NewSession, session.Mail, session.Rcpt and session.Data) and, for the size limit's default,
# internal/mxagent/config.go (commit 02d1712a319c: Load, MX_MAX_MESSAGE_BYTES defaults to 30<<20 = 31457280 bytes; the
# module's go.mod, commit 5d548b2387fa, requires go-smtp v0.25.0). Each refusal is a *smtp.SMTPError whose code,
# enhanced code and message the code sets; go-smtp writes it as "<code> <enhanced code> <message>", one line:
#   to MAIL FROM "530 5.7.0 Must issue a STARTTLS command first" (MX_REQUIRE_TLS is set and the session is not
#   encrypted: the edge refuses plaintext senders);
#   to RCPT TO "550 5.1.1 Unknown recipient" (the core's resolve answer does not accept the recipient: unknown,
#   unauthorized or not routed to this MX, refused uniformly) and "451 4.3.0 Temporary routing failure" (the core's
#   resolve call failed, or its answer marks the recipient temporary: a core, database or auth failure, never evidence
#   of an unknown recipient);
#   after the message "552 5.3.4 Message too large: maximum size is 31457280 bytes" (the staged message is over
#   MX_MAX_MESSAGE_BYTES, at its default), "452 4.2.2 Insufficient storage" (the core reports a recipient over its
#   quota, mxwire.CodeQuota), "451 4.3.0 Temporary delivery failure" (the core's ingest call failed, or a recipient's
#   ingest result was transient or missing) and "451 4.3.0 Server busy, try again later" (the in-memory staging budget,
#   MX_STAGING_BYTES, cannot reserve room for one more message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mailmoose's; the DSNs are made.
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
#   "530 5.7.0 Must issue a STARTTLS command first"   to MAIL FROM, to each sender's second address (the one it sends
#                              gamma.test's mail from), for gus@ and gil@ gamma.test (the replaying server offers no
#                              STARTTLS, so the senders send in plain, as a sender without TLS would to the edge)
#   "550 5.1.1 Unknown recipient"   to RCPT TO, for dan@ and dot@ beta.test
#   "451 4.3.0 Temporary routing failure"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "552 5.3.4 Message too large: maximum size is 31457280 bytes"   after the message, for sam@ and sid@ beta.test
#   "452 4.2.2 Insufficient storage"   after the message, to every attempt, for lou@ and lea@ beta.test
#   "451 4.3.0 Temporary delivery failure"   after the message, to every attempt, for fay@ and fox@ beta.test
#   "451 4.3.0 Server busy, try again later"   after the message, to every attempt, for hal@ and hex@ beta.test
# Not served: the greeting and go-smtp's EHLO answer (the replaying server's are used); NewSession's "421 4.3.2 Too
# many connections" and "421 4.3.2 Too many connections from your address" (the global and per-source connection caps,
# which go-smtp answers when the client says EHLO); Rcpt's "550 5.1.1 Unknown recipient" for an empty address and "503
# 5.5.1 Need MAIL before RCPT", Data's "503 5.5.1 Need MAIL before DATA" and "554 5.5.1 No valid recipients" (sequence
# errors no relaying MTA makes); "451 4.3.0 Staging failure" (reading the message failed or timed out); and go-smtp's own
# stock replies (syntax, sequence, the SIZE limit declared at MAIL FROM, too many recipients). The sizes are not
# real: the small messages are refused as too large by the table, as the edge refuses one over 30 MiB.
# The replies are chosen by recipient (the MAIL FROM refusal by the sending address), not by anything the senders did:
# each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailmoose}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailmoose's MX agent's replies.
STARTTLS='530 5.7.0 Must issue a STARTTLS command first'
UNKNOWN='550 5.1.1 Unknown recipient'
ROUTING='451 4.3.0 Temporary routing failure'
TOOLARGE='552 5.3.4 Message too large: maximum size is 31457280 bytes'
STORAGE='452 4.2.2 Insufficient storage'
DELIVERY='451 4.3.0 Temporary delivery failure'
BUSY='451 4.3.0 Server busy, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$STARTTLS" \
    client:192.0.2.34 mail "$STARTTLS" \
    dan@beta.test rcpt "$UNKNOWN" \
    dot@beta.test rcpt "$UNKNOWN" \
    nia@beta.test rcpt "$ROUTING" \
    ned@beta.test rcpt "$ROUTING" \
    sam@beta.test eom "$TOOLARGE" \
    sid@beta.test eom "$TOOLARGE" \
    lou@beta.test eom "$STORAGE" \
    lea@beta.test eom "$STORAGE" \
    fay@beta.test eom "$DELIVERY" \
    fox@beta.test eom "$DELIVERY" \
    hal@beta.test eom "$BUSY" \
    hex@beta.test eom "$BUSY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
starttls-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants cutting.\n\nCarol
unknown-recipient	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe quiz night moved to the old school.\n\nCarol
routing-failure	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe kite festival is on the common.\n\nCarol
message-too-large	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe boat needs a coat of varnish.\n\nCarol
insufficient-storage	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe damsons are ripe by the wall.\n\nCarol
delivery-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe choir sings at the harvest supper.\n\nCarol
server-busy	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe footpath stile has been mended.\n\nCarol
exim-starttls-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe wood pile is dry under the tarp.\n\nPat
exim-unknown-recipient	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe swifts are back over the church.\n\nPat
exim-routing-failure	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe ferry timetable changed again.\n\nPat
exim-message-too-large	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe greenhouse glass is cracked.\n\nPat
exim-insufficient-storage	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe beehives wintered well.\n\nPat
exim-delivery-failure	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe well cover is loose.\n\nPat
exim-server-busy	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe barn owl nests in the loft.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the eight
# temporary replies (four to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
