#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-thanks-computer-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP head of Thanks, Computer (TxCo), LoremLabs' distributed runtime that turns HTTP, mail, cron and
# other events into envelopes run through tenants' rule stacks ("OpStacks"; repository LoremLabs/thanks-computer,
# "Mozilla Public License 2.0" in its README.md at commit 4d57a2593e48; read with the search tool; only the reply texts
# are quoted). Its docs (docs/advanced/protocols/lmtp.md, commit 03c0b2b7672a, "Email In -- accepting mail as events",
# for "mail-driven op stacks (e.g. a support mailbox)") put the chassis behind a colocated Postfix: Postfix owns port 25,
# TLS, SPF/DKIM/DMARC, queueing and bounces, and hands every accepted message over LMTP
# (mailbox_transport = lmtp:unix:/var/run/txco/lmtp.sock) to the chassis, which resolves each recipient to a tenant's
# stack, runs the stack and answers one reply per recipient from the stack's verdict. Its own code writes every reply
# below, on emersion's go-smtp in LMTP mode, which writes each recipient's status after the message as
# "<code> <enhanced code> <" + recipient + "> " + text:
#   chassis/server/personality/lmtp/session.go (commit 03c0b2b7672a), lmtpSession.LMTPData and dispatchGroup: a recipient
#   that no route resolves (no operator override, no tenant.stack@ default host, no verified tenant domain, no listener
#   catch-all) gets defaultDeny() without running any stack; the routed recipients' envelope goes onto the bus and,
#   when no answer comes within --lmtp-resp-timeout (30s), every recipient of the group gets "451 4.3.0 chassis
#   timeout", and when the chassis's context ends (shutdown) "421 4.3.2 chassis shutting down";
#   chassis/server/personality/lmtp/response.go (commit 95a28efcf7ad, and a later version with the admission gate, file
#   read by id, commit not named), computeVerdicts, defaultDeny, defaultMsgFor and enhancedFor: default-deny, "550 5.1.1
#   no rule accepted this recipient", when the stack set no verdict for the recipient (no _txc.lmtp.res.code, a missing
#   or empty slot in _txc.lmtp.res.recipients[]) or the answer is not JSON; a verdict the stack set with a code but no
#   message gets the chassis's own words: "temporary failure" for a 4xx ("451 4.3.0"), "rejected" for a 5xx ("550
#   5.1.1" for 550); a tenant denied by the admission gate gets 451, or 550 when forbidden (403), with the gate's reason
#   token or those same default words.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Thanks, Computer's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message, as LMTP's per-recipient status;
# {rcpt} is the recipient the sender named, as go-smtp writes it between angle brackets):
#   "550 5.1.1 <{rcpt}> no rule accepted this recipient"   for nat@ and ned@ beta.test (no route, default-deny)
#   "550 5.1.1 <{rcpt}> rejected"                          for rae@ and ron@ beta.test (the stack's verdict: 550, no
#                                                          message)
#   "451 4.3.0 <{rcpt}> chassis timeout"                   to every attempt, for tad@ and tex@ beta.test
#   "451 4.3.0 <{rcpt}> temporary failure"                 to every attempt, for fay@ and flo@ beta.test (the stack's
#                                                          verdict: 451, no message)
#   "421 4.3.2 <{rcpt}> chassis shutting down"             to every attempt, for sal@ and sid@ beta.test (the server
#                                                          closes the connection after it)
# Not served: the greeting and LHLO answer (go-smtp's; the replaying server's greeting and EHLO answer are used), the
# stock replies of go-smtp (among them "552 5.3.4 Max message size exceeded" to a MAIL FROM whose SIZE passes
# --lmtp-max-msg-bytes, and "452 4.5.3 Too many recipients" past --lmtp-max-recipients), the head's own "552 5.3.4
# message too large" (go-smtp's MaxMessageBytes is set to the same limit, so go-smtp's reader fails first, and that
# failure is answered "451 4.3.0 chassis read error", which this run does not serve either: it stands for a broken or
# oversized transfer, and Postfix announces SIZE first), "550 5.1.1 LMTP mode required" (Session.Data, never called in
# LMTP mode), the admission gate's reason tokens (an operator's or the fleet's words, not the code's), and any verdict
# a stack sets with its own message (the tenant's words). The LMTP replies are served as the answer of the SMTP server
# that relaying MTAs meet: in the documented layout the Postfix in front relays them in its own bounces. The timeout
# stands for a stack that did not answer within 30 seconds; the shutdown for a chassis stopped while the envelope was
# on its bus; the two "no message" verdicts for a stack whose rule set only a code (its docs' idioms: 451 for a rule
# that errored or an upstream that is unavailable, 550 for a mailbox that does not exist or a policy refusal). The
# replies are chosen by recipient, not by anything the senders did: each message has one recipient. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-thanks-computer-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the LMTP head's per-recipient replies.
NORULE='550 5.1.1 <{rcpt}> no rule accepted this recipient'
REJECTED='550 5.1.1 <{rcpt}> rejected'
TIMEOUT='451 4.3.0 <{rcpt}> chassis timeout'
TEMPFAIL='451 4.3.0 <{rcpt}> temporary failure'
SHUTDOWN='421 4.3.2 <{rcpt}> chassis shutting down'
printf '%s\t%s\t%s\n' \
    nat@beta.test eom "$NORULE" \
    ned@beta.test eom "$NORULE" \
    rae@beta.test eom "$REJECTED" \
    ron@beta.test eom "$REJECTED" \
    tad@beta.test eom "$TIMEOUT" \
    tex@beta.test eom "$TIMEOUT" \
    fay@beta.test eom "$TEMPFAIL" \
    flo@beta.test eom "$TEMPFAIL" \
    sal@beta.test eom "$SHUTDOWN" \
    sid@beta.test eom "$SHUTDOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-rule-accepted	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe choir practice is in the school hall this week.\n\nCarol
rule-rejected	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe compost bins have new lids.\n\nCarol
chassis-timeout	carol@alpha.test	tad@beta.test	192.0.2.25	Tad,\n\nthe lantern walk starts at the lych gate.\n\nCarol
rule-temporary-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe quilting group meets on Thursday evening.\n\nCarol
chassis-shutting-down	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe rowing club has a spare oar.\n\nCarol
exim-no-rule-accepted	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe hedge laying course is full.\n\nPat
exim-rule-rejected	pat@pi.test	ron@beta.test	192.0.2.35	Ron,\n\nthe well in the square has been cleaned.\n\nPat
exim-chassis-timeout	pat@pi.test	tex@beta.test	192.0.2.35	Tex,\n\nthe cider press needs a new screw.\n\nPat
exim-rule-temporary-failure	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe bird count is on Sunday at dawn.\n\nPat
exim-chassis-shutting-down	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe tide mill is open to visitors again.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
