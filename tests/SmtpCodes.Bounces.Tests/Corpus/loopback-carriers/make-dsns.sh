#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-carriers: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of carriers, septatrix's mailing list manager in Rust (lists are configured in TOML, posting policies are Sieve
# scripts, messages are DKIM-signed and fanned out through a smarthost, bounces come back to VERP addresses; its own
# minimal ESMTP/LMTP ingress listener on tokio and smtp_proto sits behind a front MTA on a trusted interface and speaks
# SMTP or LMTP as configured; the repository septatrix/carriers, no licence file read; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below: crates/carriers/src/smtp.rs (commit
# 9bd04079a7c9, handle_connection's RCPT and DATA arms, post_reply, sanitize_smtp_reply_text), the reject reason of its
# built-in policy crates/carriers-core/src/builtin_policies/dmarc-before.sieve (commit c8ba1bff98ee) and those of its
# shipped example policies examples/sieve_scripts/before.d/10-abuse.sieve (commit e90b6f1593ad, the same words in
# examples/global-before.sieve) and examples/sieve_scripts/domains/lists.example.com/after.d/10-compliance.sieve
# (commit e90b6f1593ad). Every reply is one line, a byte string literal or a format! of "550 5.7.1 " and a Sieve
# reject reason:
#   to RCPT TO "550 5.1.1 No such mailing list" (the address is no list's posting address and no VERP bounce address
#   of a list); after the message, in LMTP mode one reply per recipient (post_reply): "550 5.7.1 <reason>" when the
#   list's Sieve policy chain ends in reject, "451 4.3.0 Temporary processing failure" when intake or the fan-out to
#   the smarthost failed; in SMTP mode a single reply, "451 4.3.0 Message could not be processed" when every
#   recipient's outcome was a failure (a Sieve reject included: SMTP mode turns it into this temporary reply).
#   The reject reasons served: the built-in DMARC gate's "This message failed DMARC and its domain requests enforcement
#   on failure." (the author domain's DMARC record asks for quarantine or reject and the message does not align), the
#   example abuse drop-in's "This address is banned from posting to any list here." (the From address is on the
#   instance-wide block list) and the example compliance drop-in's "Messages to lists.example.com require compliance
#   acknowledgement; contact the list owner." (the message lacks an X-Compliance-Ack: yes header; the domain is the
#   example's own, kept byte for byte).
# The LMTP-mode replies are served after the message of an SMTP transaction with one recipient, where an LMTP
# client would read the same single reply; the code sends them only when the listener is configured for LMTP (behind
# a front MTA that speaks LMTP to it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# carriers'; the DSNs are made.
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
#   "550 5.1.1 No such mailing list"   to RCPT TO, for news@ and chat@ beta.test
#   "550 5.7.1 This message failed DMARC and its domain requests enforcement on failure."   after the message (LMTP
#                              mode), for dev@ and ops@ beta.test
#   "550 5.7.1 This address is banned from posting to any list here."   after the message (LMTP mode), for club@ and
#                              team@ beta.test
#   "550 5.7.1 Messages to lists.example.com require compliance acknowledgement; contact the list owner."   after the
#                              message (LMTP mode), for board@ and staff@ beta.test
#   "451 4.3.0 Message could not be processed"   after the message (SMTP mode), to every attempt, for hike@ and choir@
#                              beta.test
#   "451 4.3.0 Temporary processing failure"   after the message (LMTP mode), to every attempt, for garden@ and chess@
#                              beta.test
# Not served: the greeting "220 <hostname> carriers ready" and the EHLO answer "250-<hostname> greets you" (the
# replaying server's are used), "503 5.5.1 MAIL first" and "503 5.5.1 No valid recipients" (sequence replies no
# relaying MTA provokes), "502 5.5.1 Command not implemented", "500 5.5.2 Syntax error", "550 5.7.1 Message rejected"
# (sanitize_smtp_reply_text's stand-in for an empty reject reason) and "451 4.3.0 Could not record bounce" (recording
# a DSN sent to a VERP bounce address failed in the store; a plain message to such an address is accepted and ignored).
# Held, discarded, looping and duplicate posts are accepted with 250 and make no DSN.
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
W=${LOOPBACK_WORK:-/tmp/loopback-carriers}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): carriers' ingress listener's replies.
NOLIST='550 5.1.1 No such mailing list'
DMARC='550 5.7.1 This message failed DMARC and its domain requests enforcement on failure.'
BANNED='550 5.7.1 This address is banned from posting to any list here.'
COMPLY='550 5.7.1 Messages to lists.example.com require compliance acknowledgement; contact the list owner.'
NOTPROC='451 4.3.0 Message could not be processed'
TEMPFAIL='451 4.3.0 Temporary processing failure'
printf '%s\t%s\t%s\n' \
    news@beta.test rcpt "$NOLIST" \
    chat@beta.test rcpt "$NOLIST" \
    dev@beta.test eom "$DMARC" \
    ops@beta.test eom "$DMARC" \
    club@beta.test eom "$BANNED" \
    team@beta.test eom "$BANNED" \
    board@beta.test eom "$COMPLY" \
    staff@beta.test eom "$COMPLY" \
    hike@beta.test eom "$NOTPROC" \
    choir@beta.test eom "$NOTPROC" \
    garden@beta.test eom "$TEMPFAIL" \
    chess@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-mailing-list	carol@alpha.test	news@beta.test	192.0.2.25	Hello list,\n\nthe parish newsletter goes out on Sunday.\n\nCarol
failed-dmarc	carol@alpha.test	dev@beta.test	192.0.2.25	Hello list,\n\nthe build of the weather station is green again.\n\nCarol
banned-from-posting	carol@alpha.test	club@beta.test	192.0.2.25	Hello list,\n\nthe rowing club dinner is on the twelfth.\n\nCarol
compliance-acknowledgement	carol@alpha.test	board@beta.test	192.0.2.25	Hello list,\n\nthe minutes of the last meeting are attached in spirit.\n\nCarol
could-not-be-processed	carol@alpha.test	hike@beta.test	192.0.2.25	Hello list,\n\nthe ridge walk starts at the old mill.\n\nCarol
temporary-processing-failure	carol@alpha.test	garden@beta.test	192.0.2.25	Hello list,\n\nthe seed swap is in the church porch.\n\nCarol
exim-no-such-mailing-list	pat@pi.test	chat@beta.test	192.0.2.35	Hello list,\n\nthe tea urn is back from repair.\n\nPat
exim-failed-dmarc	pat@pi.test	ops@beta.test	192.0.2.35	Hello list,\n\nthe backup drive in the shed is full.\n\nPat
exim-banned-from-posting	pat@pi.test	team@beta.test	192.0.2.35	Hello list,\n\nthe quiz night raised forty pounds.\n\nPat
exim-compliance-acknowledgement	pat@pi.test	staff@beta.test	192.0.2.35	Hello list,\n\nthe rota for the kiosk is pinned up.\n\nPat
exim-could-not-be-processed	pat@pi.test	choir@beta.test	192.0.2.35	Hello list,\n\nthe anthem rehearsal moves to Tuesday.\n\nPat
exim-temporary-processing-failure	pat@pi.test	chess@beta.test	192.0.2.35	Hello list,\n\nthe club clock needs a new battery.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary replies (to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
