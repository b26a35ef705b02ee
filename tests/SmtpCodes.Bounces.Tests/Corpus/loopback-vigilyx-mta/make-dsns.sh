#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vigilyx-mta: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Vigilyx MTA, the inline SMTP gateway of HerbiusYang's Vigilyx, an e-mail security platform in Rust (a domain's mail
# is pointed at the MTA; it takes each message in with its own SMTP server on tokio, hands it to Vigilyx's security
# engine for an inline verdict, then relays it to the downstream mail server with lettre, quarantines it or refuses it;
# the repository HerbiusYang/Vigilyx, no licence file read; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below, in the crate crates/vigilyx-mta:
# src/server/listener.rs (commit 1df9d40de2f0: process_results, relay_and_reply and SECURITY_INSPECTION_TEMPFAIL_REPLY,
# the replies after the message), src/server/connection.rs (commit 1df9d40de2f0: the session's own replies, among them
# the DATA line limit), src/config.rs (commit 42038d9f8aaa: reject_threshold fixed at ThreatLevel::Critical,
# fail_open false by default) and src/relay/downstream.rs (commit 42038d9f8aaa: RelayResult::ConnError when the
# downstream server cannot be reached); the reject reason is VerdictDisposition::from_threat_level's
# "Message rejected: {level} threat detected" in crates/vigilyx-core/src/security/mod.rs, whose ThreatLevel prints as
# safe, low, medium, high or critical. Each reply is written out whole by the code, code and enhanced code included:
#   after the message "550 5.7.1 Message rejected: critical threat detected" (the security engine's inline verdict
#   reached the reject threshold, which config.rs fixes at critical), "554 5.6.0 DATA line too long" (a line of the
#   message is longer than the session's 16 KiB data-line limit; the session ends after it), "451 4.7.1 Security engine
#   temporary failure" (the engine gave no verdict in time or was overloaded, and MTA_FAIL_OPEN is false, its default),
#   "451 4.7.1 Quarantine storage unavailable" (the verdict was quarantine but storing the message failed),
#   "451 4.7.1 Message could not be parsed for security inspection" (the session could not parse the message's MIME
#   structure for inspection) and "421 4.7.0 Downstream unavailable, try later" (the verdict let the message through
#   but the downstream mail server could not be reached).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Vigilyx's; the DSNs are made.
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
#   "550 5.7.1 Message rejected: critical threat detected"   after the message, for rex@ and rue@ beta.test
#   "554 5.6.0 DATA line too long"   after the message (the code sends it in place of the reply to the message, as soon
#                              as the over-long line arrives), for lin@ and lou@ beta.test
#   "451 4.7.1 Security engine temporary failure"   after the message, to every attempt, for eve@ and eda@ beta.test
#   "451 4.7.1 Quarantine storage unavailable"   after the message, to every attempt, for kit@ and kay@ beta.test
#   "451 4.7.1 Message could not be parsed for security inspection"   after the message, to every attempt, for pia@ and
#                              pam@ beta.test
#   "421 4.7.0 Downstream unavailable, try later"   after the message, to every attempt (the replaying server closes
#                              the connection after a 421), for don@ and dot@ beta.test
# Not served: the greeting "<hostname> ESMTP Vigilyx MTA" and the MTA's EHLO answer (the replaying server's are used);
# "554 5.7.1 Relay access denied" to RCPT TO (Postfix's own words for the same refusal) and "452 4.5.3 Too many
# recipients" (stock words); "550 5.7.1 Message blocked: sensitive data detected" and the DLP quarantine (outbound mail
# only, which a session whose recipients must all be local domains does not carry on this listener); "451 4.7.1
# Downstream temporary failure: <code> <text>" and "550 5.7.1 Downstream rejected: <code> <text>" (they quote the
# downstream server's own reply); "552 5.3.4 Message too large", the session and DATA timeouts ("421 4.4.2 Session
# lifetime exceeded", "451 4.4.2 DATA transaction timeout", "421 4.4.2 Connection timeout"), the 530 of
# MTA_REQUIRE_STARTTLS (a plaintext session is refused MAIL FROM until STARTTLS; taken here as switched off, as the
# replaying server offers no TLS) and the syntax and sequence replies. A message whose verdict is quarantine is accepted
# (250) and held, so it makes no DSN.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vigilyx-mta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Vigilyx MTA's replies.
REJECT='550 5.7.1 Message rejected: critical threat detected'
LINE='554 5.6.0 DATA line too long'
ENGINE='451 4.7.1 Security engine temporary failure'
QSTORE='451 4.7.1 Quarantine storage unavailable'
PARSE='451 4.7.1 Message could not be parsed for security inspection'
DOWN='421 4.7.0 Downstream unavailable, try later'
printf '%s\t%s\t%s\n' \
    rex@beta.test eom "$REJECT" \
    rue@beta.test eom "$REJECT" \
    lin@beta.test eom "$LINE" \
    lou@beta.test eom "$LINE" \
    eve@beta.test eom "$ENGINE" \
    eda@beta.test eom "$ENGINE" \
    kit@beta.test eom "$QSTORE" \
    kay@beta.test eom "$QSTORE" \
    pia@beta.test eom "$PARSE" \
    pam@beta.test eom "$PARSE" \
    don@beta.test eom "$DOWN" \
    dot@beta.test eom "$DOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
threat-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe hedge wants cutting before the frost.\n\nCarol
data-line-too-long	carol@alpha.test	lin@beta.test	192.0.2.25	Lin,\n\nthe jumble sale starts at nine.\n\nCarol
engine-temporary-failure	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe kettle in the hut leaks.\n\nCarol
quarantine-storage-unavailable	carol@alpha.test	kit@beta.test	192.0.2.25	Kit,\n\nthe swifts are back under the eaves.\n\nCarol
not-parsed-for-inspection	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe brass band plays on Sunday.\n\nCarol
downstream-unavailable	carol@alpha.test	don@beta.test	192.0.2.25	Don,\n\nthe ferry timetable has changed.\n\nCarol
exim-threat-rejected	pat@pi.test	rue@beta.test	192.0.2.35	Rue,\n\nthe walnut tree dropped a branch.\n\nPat
exim-data-line-too-long	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe tide tables are pinned by the door.\n\nPat
exim-engine-temporary-failure	pat@pi.test	eda@beta.test	192.0.2.35	Eda,\n\nthe quilting circle moved to Tuesday.\n\nPat
exim-quarantine-storage-unavailable	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe beehives are wrapped for winter.\n\nPat
exim-not-parsed-for-inspection	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe orchard gate has a new latch.\n\nPat
exim-downstream-unavailable	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe rowing club needs a cox.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
