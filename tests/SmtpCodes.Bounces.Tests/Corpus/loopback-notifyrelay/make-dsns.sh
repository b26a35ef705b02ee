#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-notifyrelay: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of NotifyRelay's SMTP ingress, 1wu-davy-2's notification relay in Go (one HTTP API and one SMTP entrance in front of
# pluggable notification channels: e-mail, a generic webhook, Slack, DingTalk, Feishu, WeCom; a system that can only send
# mail addresses a channel by the recipient's local part, "<channel alias>[.<type>]@<relay domain>", the routing syntax
# its address.go credits to YoRyan/mailrise; the repository 1wu-davy-2/NotifyRelay, read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below: internal/smtpin/server.go (commit 18e55d8a234714,
# NewSession, session.Rcpt and session.Data), internal/smtpin/address.go (same commit, ParseRecipient) and
# internal/smtpin/convert.go (same commit, toMessage). Each refusal is an *smtp.SMTPError whose Code and Message the code
# writes, with no enhanced code; go.mod (same commit) requires github.com/emersion/go-smtp v0.25.0, whose conn.go writes
# an SMTPError as "<code> <enhanced code> <message>" and puts "<class>.0.0" where the enhanced code is EnhancedCodeNotSet
# (the stored recent conn.go of emersion/go-smtp read, and its writeResponse; v0.25.0's own archive could not be
# fetched on this machine), and which calls the backend's NewSession when the client says EHLO or HELO and writes that
# call's error in reply to it:
#   to EHLO/HELO "554 5.0.0 relay access denied" (NewSession: the connecting address is outside smtp_in.allowed_ips);
#   to RCPT TO "550 5.0.0 unknown channel "<alias>" (known: <the configured channel names, comma-separated>)" (the
#   recipient's local part, less a trailing .info/.success/.warning/.failure, names no configured channel: the code's
#   comment says a typo is refused at RCPT time rather than accepted and bounced); after the message "550 5.0.0 message
#   has no readable body" (toMessage: the text or HTML body is empty or only white space), "550 5.0.0 delivery
#   permanently failed" (the router's delivery to a recipient's channel ended in the PERMANENT class: the channel's
#   endpoint refused it for good, e.g. a 4xx HTTP status other than 408/429 or a 5xx SMTP reply from the e-mail
#   channel's upstream), "451 4.0.0 delivery deferred, try again later" (a delivery ended in the TRANSIENT or
#   CONNECT_ERROR class: the comment says a retryable failure is reported as 4xx so the sending MTA retries on its own
#   schedule) and "451 4.0.0 failed to read message body" (reading the DATA stream failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# NotifyRelay's; the DSNs are made.
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
#   "554 5.0.0 relay access denied"   to EHLO (and to the HELO a sender falls back to), for the senders' second
#                              addresses 192.0.2.24 and 192.0.2.34, which carry the mail for gamma.test: dan@ and dot@
#   "550 5.0.0 unknown channel "gus" (known: oncall, hook)"   to RCPT TO, for gus@beta.test
#   "550 5.0.0 unknown channel "gil" (known: oncall, hook)"   to RCPT TO, for gil.warning@beta.test (the .warning
#                              suffix is the message type, so the alias is gil)
#   "550 5.0.0 message has no readable body"   after the message, for sam@ and sid@ beta.test (their messages have
#                              an empty body)
#   "550 5.0.0 delivery permanently failed"   after the message, for hal@ and hex@ beta.test
#   "451 4.0.0 delivery deferred, try again later"   after the message, to every attempt, for nia@ and ned@ beta.test
#   "451 4.0.0 failed to read message body"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting "<hostname> ESMTP Service Ready" and go-smtp's EHLO answer (the replaying server's are used),
# "550 5.0.0 empty recipient address", "... has an empty local part", "... has an empty channel alias" and "... has a
# malformed channel alias ..." (ParseRecipient's refusals of addresses a relaying MTA does not send, or sends only
# quoted), "550 5.0.0 not a valid RFC 5322 message: <net/mail's error>" (the header could not be parsed; a relaying MTA
# sends well-formed headers), the SMTP AUTH replies of auth.go (a relaying MTA does not log in) and go-smtp's own stock
# replies (syntax, sequence, size, too many recipients).
# The replies are chosen by recipient (or by the sender's address), not by anything the senders did, except that the
# messages refused for having no body have none: each message has one recipient and is a few lines of plain text. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-notifyrelay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): NotifyRelay's SMTP ingress's replies.
RELAY='554 5.0.0 relay access denied'
NOBODY='550 5.0.0 message has no readable body'
PERM='550 5.0.0 delivery permanently failed'
DEFER='451 4.0.0 delivery deferred, try again later'
READ='451 4.0.0 failed to read message body'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$RELAY" \
    client:192.0.2.34 ehlo "$RELAY" \
    gus@beta.test rcpt '550 5.0.0 unknown channel "gus" (known: oncall, hook)' \
    gil.warning@beta.test rcpt '550 5.0.0 unknown channel "gil" (known: oncall, hook)' \
    sam@beta.test eom "$NOBODY" \
    sid@beta.test eom "$NOBODY" \
    hal@beta.test eom "$PERM" \
    hex@beta.test eom "$PERM" \
    nia@beta.test eom "$DEFER" \
    ned@beta.test eom "$DEFER" \
    fay@beta.test eom "$READ" \
    fox@beta.test eom "$READ" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY (empty for the two bodiless messages).
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	dan@gamma.test	192.0.2.25	Dan,\n\nthe disk on the backup box is at 91 percent.\n\nCarol
unknown-channel	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe nightly export finished at 02:10.\n\nCarol
no-readable-body	carol@alpha.test	sam@beta.test	192.0.2.25	
delivery-permanently-failed	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe certificate renewal ran without errors.\n\nCarol
delivery-deferred	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe print queue on floor two is stuck.\n\nCarol
failed-to-read-body	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe door sensor in the server room reports open.\n\nCarol
exim-relay-access-denied	pat@pi.test	dot@gamma.test	192.0.2.35	Dot,\n\nthe UPS switched to battery for four minutes.\n\nPat
exim-unknown-channel-typed	pat@pi.test	gil.warning@beta.test	192.0.2.35	Gil,\n\nthe replica lag passed thirty seconds.\n\nPat
exim-no-readable-body	pat@pi.test	sid@beta.test	192.0.2.35	
exim-delivery-permanently-failed	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe weekly report is in the shared folder.\n\nPat
exim-delivery-deferred	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe cron job for the invoices did not start.\n\nPat
exim-failed-to-read-body	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe water meter logger went quiet.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
