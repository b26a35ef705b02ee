#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xlistman-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP inbound of xListman, barats' mailing-list manager in Go, which takes a list's mail from the MTA
# over LMTP (RFC 2033) and routes each recipient address by its form: listname@ a post, listname-subscribe@,
# -unsubscribe@, -request@ and -owner@ commands, listname-bounces+...@ VERP bounces, listname-confirm+<token>@ the
# double opt-in confirmation and listname-moderate+<token>@ a moderator's reply to a held post (the repository
# barats/xlistman; no licence file read; read with the search tool; only the reply texts are quoted). Files read:
# internal/mail/lmtp.go in the stored version that has handleModerate and ProcessMessage (the index gave it without
# its commit; the version at commit 2faf16ec899430a1 has the same DATA loop and handleConfirm but no moderation),
# internal/mail/address.go and internal/mail/pipeline.go (at 2faf16ec8994 and a17806aa87b2). lmtpConn.handleData reads
# the message and then, for each recipient, calls processRecipient; an error is answered after the message with
# c.send(550, fmt.Sprintf("Failed: %v", err)), one line "550 Failed: <error>" with no enhanced code; the errors written
# in xListman's own words:
#   handleConfirm, when the store has no confirmation token for the address's +<token>: "invalid or expired token";
#   handleModerate, when the store has no held message for the +<token>: "invalid moderation token"; when the held
#   message's ExpiresAt has passed: "held message has expired"; when the reply's sender is no subscriber, or is
#   neither an owner nor a moderator of the list: "not an owner or moderator of <listname@domain>"; when the first word
#   of the reply's first non-blank, unquoted body line is not approve, reject or discard: "unknown moderation action
#   (use approve, reject, or discard)".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# xListman's; the DSNs are made. An MTA meets these replies over SMTP here (the replaying server speaks SMTP); each
# message has one recipient, so the one reply after the final dot is the one LMTP line for that recipient.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message):
#   "550 Failed: invalid or expired token"   for news-confirm+q7k2wd@ and news-confirm+z9m4tb@ beta.test
#   "550 Failed: invalid moderation token"   for news-moderate+a1b2cx@ and news-moderate+c3d4ey@ beta.test
#   "550 Failed: held message has expired"   for news-moderate+e5f6gz@ and news-moderate+g7h8hq@ beta.test
#   "550 Failed: not an owner or moderator of news@beta.test"   for news-moderate+j1k2ip@ and news-moderate+m3n4jr@
#                              beta.test
#   "550 Failed: unknown moderation action (use approve, reject, or discard)"   for news-moderate+p5q6ks@ and
#                              news-moderate+r7s8lt@ beta.test
# Not served: the greeting "220 xListman LMTP ready" and the LHLO answer (the replaying server's greeting and EHLO
# answer are used), the syntax and sequence replies ("501 Syntax error", "503 MAIL first", "503 RCPT first", "500
# Unknown command"), "550 Failed: unknown address type" (ParseAddress gives every address a known type), ParseAddress's
# own errors (an address with no @ or an empty part, which a relaying MTA does not send), and the errors that carry a
# store's or a library's words rather than xListman's (a post to a list the store does not have: "get list: " and the
# store's error; the subscribe, bounce and archive paths' store errors). Each message has one recipient and is a few
# lines of plain text (the moderators' replies start with a command word: "approve" where the refusal comes before
# the word is read, a sentence where the refusal is the unknown action). Every reply is permanent; each sender returns
# the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-xlistman-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): xListman's LMTP inbound's replies.
TOKEN='550 Failed: invalid or expired token'
MODTOKEN='550 Failed: invalid moderation token'
HELDEXP='550 Failed: held message has expired'
NOTMOD='550 Failed: not an owner or moderator of news@beta.test'
ACTION='550 Failed: unknown moderation action (use approve, reject, or discard)'
printf '%s\t%s\t%s\n' \
    news-confirm+q7k2wd@beta.test eom "$TOKEN" \
    news-confirm+z9m4tb@beta.test eom "$TOKEN" \
    news-moderate+a1b2cx@beta.test eom "$MODTOKEN" \
    news-moderate+c3d4ey@beta.test eom "$MODTOKEN" \
    news-moderate+e5f6gz@beta.test eom "$HELDEXP" \
    news-moderate+g7h8hq@beta.test eom "$HELDEXP" \
    news-moderate+j1k2ip@beta.test eom "$NOTMOD" \
    news-moderate+m3n4jr@beta.test eom "$NOTMOD" \
    news-moderate+p5q6ks@beta.test eom "$ACTION" \
    news-moderate+r7s8lt@beta.test eom "$ACTION" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-or-expired-token	carol@alpha.test	news-confirm+q7k2wd@beta.test	192.0.2.25	Yes, please add me to the village news list.\n\nCarol
invalid-moderation-token	carol@alpha.test	news-moderate+a1b2cx@beta.test	192.0.2.25	approve\n\nCarol
held-message-has-expired	carol@alpha.test	news-moderate+e5f6gz@beta.test	192.0.2.25	approve\n\nCarol
not-an-owner-or-moderator	carol@alpha.test	news-moderate+j1k2ip@beta.test	192.0.2.25	approve\n\nCarol
unknown-moderation-action	carol@alpha.test	news-moderate+p5q6ks@beta.test	192.0.2.25	The jumble sale post looks fine to me.\n\nCarol
exim-invalid-or-expired-token	pat@pi.test	news-confirm+z9m4tb@beta.test	192.0.2.35	Yes, please add me to the village news list.\n\nPat
exim-invalid-moderation-token	pat@pi.test	news-moderate+c3d4ey@beta.test	192.0.2.35	approve\n\nPat
exim-held-message-has-expired	pat@pi.test	news-moderate+g7h8hq@beta.test	192.0.2.35	approve\n\nPat
exim-not-an-owner-or-moderator	pat@pi.test	news-moderate+m3n4jr@beta.test	192.0.2.35	approve\n\nPat
exim-unknown-moderation-action	pat@pi.test	news-moderate+r7s8lt@beta.test	192.0.2.35	The allotment notice can go out as it is.\n\nPat
SEND
# ten messages refused for good after the message, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
