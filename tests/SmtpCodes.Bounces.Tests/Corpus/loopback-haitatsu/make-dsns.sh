#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-haitatsu: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of haitatsu's inbound SMTP server, zephyraoss's self-hosted mail server in Go on emersion/go-smtp (an inbound MX
# listener that resolves each recipient to its mailboxes, keeps a per-address connection gate and message rate limit,
# scores each message for spam (SPF, DKIM, DMARC, DNSBL, sender rules) and stores it; a submission listener, a bounce
# domain for its own outbound mail and an HTTP API beside it; the repository zephyraoss/haitatsu, no licence file read;
# read with the search tool; only the reply texts are quoted), whose own code writes every reply below, as
# *smtp.SMTPError values with their codes and enhanced codes, in internal/smtp/inbound/server.go (commit
# 1276f69fcdab: backend.NewSession, session.Mail, Rcpt and Data, temporarySMTPError; an earlier version, commit
# ab645ee87e60, has the same words without enhanced codes and "552" for the quota) and, for the reject verdict,
# internal/spam/spam.go (commit 0d6fd01d7ede, Checker.CheckParsed: Reject when the score reaches the reject threshold
# (10 by default), when DMARC fails under a reject policy, or when a sender rule says reject). go-smtp writes an
# *smtp.SMTPError as "<code> <enhanced code> <message>"; it calls NewSession when the client says EHLO or HELO (so
# haitatsu's connection gate answers the EHLO):
#   to EHLO "421 4.7.0 too many connections from your address" (the per-address concurrency gate is full);
#   to MAIL FROM "450 4.7.1 rate limit exceeded, try again later" (the per-address message rate limiter refused);
#   to RCPT TO "550 5.1.1 invalid bounce recipient" (an address of the bounce domain whose token does not verify),
#   "451 4.3.0 temporary local problem" (the recipient resolver failed), "550 5.1.1 unknown recipient" (no mailbox or
#   alias for the address) and "452 4.2.2 mailbox over quota" (every mailbox of the recipient is over its quota);
#   after the message "550 5.7.1 message rejected by policy" (the spam checker's Reject) and "451 4.3.0 temporary local
#   problem" (the spam check, the bounce recording or the delivery failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# haitatsu's; the DSNs are made.
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
#   "421 4.7.0 too many connections from your address"   to EHLO, to every attempt, from the sending Postfix's second
#                              address (out2, 192.0.2.24), for gus@gamma.test
#   "450 4.7.1 rate limit exceeded, try again later"   to MAIL FROM, to every attempt, from the sending Exim's second
#                              address (out2, 192.0.2.34), for gil@gamma.test
#   "550 5.1.1 invalid bounce recipient"   to RCPT TO, for ben@ and bea@ beta.test
#   "550 5.1.1 unknown recipient"   to RCPT TO, for uma@ and una@ beta.test
#   "452 4.2.2 mailbox over quota"   to RCPT TO, to every attempt, for qed@ and qia@ beta.test
#   "451 4.3.0 temporary local problem"   to every attempt: to RCPT TO for tam@beta.test (from the Postfix), after the
#                              message for tia@beta.test (from the Exim)
#   "550 5.7.1 message rejected by policy"   after the message, for pol@ and poe@ beta.test
# Not served: go-smtp's greeting "<domain> ESMTP Service Ready" and its EHLO answer (the replaying server's are used),
# "554 5.5.1 no valid recipients" (DATA with no accepted recipient, which no relaying MTA sends) and go-smtp's own stock
# replies (syntax, sequence, size, recipient count). A message that scores only the junk threshold is accepted (250)
# and filed as junk, so it makes no DSN. The replies are chosen by recipient (and, to EHLO and MAIL FROM, by the sending
# address), not by anything the senders did: each message has one recipient and is a few lines of plain text. The
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
W=${LOOPBACK_WORK:-/tmp/loopback-haitatsu}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): haitatsu's inbound replies.
GATE='421 4.7.0 too many connections from your address'
RATE='450 4.7.1 rate limit exceeded, try again later'
BOUNCE='550 5.1.1 invalid bounce recipient'
UNKNOWN='550 5.1.1 unknown recipient'
QUOTA='452 4.2.2 mailbox over quota'
LOCAL='451 4.3.0 temporary local problem'
POLICY='550 5.7.1 message rejected by policy'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$GATE" \
    client:192.0.2.34 mail "$RATE" \
    ben@beta.test rcpt "$BOUNCE" \
    bea@beta.test rcpt "$BOUNCE" \
    uma@beta.test rcpt "$UNKNOWN" \
    una@beta.test rcpt "$UNKNOWN" \
    qed@beta.test rcpt "$QUOTA" \
    qia@beta.test rcpt "$QUOTA" \
    tam@beta.test rcpt "$LOCAL" \
    tia@beta.test eom "$LOCAL" \
    pol@beta.test eom "$POLICY" \
    poe@beta.test eom "$POLICY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bonfire is on the green this year.\n\nCarol
invalid-bounce-recipient	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe post office shuts at noon on Saturday.\n\nCarol
unknown-recipient	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe lambs are out in the top field.\n\nCarol
mailbox-over-quota	carol@alpha.test	qed@beta.test	192.0.2.25	Qed,\n\nthe darts team needs a fourth player.\n\nCarol
temporary-local-problem	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe stile by the brook is loose.\n\nCarol
rejected-by-policy	carol@alpha.test	pol@beta.test	192.0.2.25	Pol,\n\nthe marmalade stall did well.\n\nCarol
exim-rate-limit-exceeded	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tide is out at four.\n\nPat
exim-invalid-bounce-recipient	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe hall needs chairs for the play.\n\nPat
exim-unknown-recipient	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe beehives came through the winter.\n\nPat
exim-mailbox-over-quota	pat@pi.test	qia@beta.test	192.0.2.35	Qia,\n\nthe cricket nets are up again.\n\nPat
exim-temporary-local-problem	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe sloes are ready for picking.\n\nPat
exim-rejected-by-policy	pat@pi.test	poe@beta.test	192.0.2.35	Poe,\n\nthe weathervane points north again.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the six
# messages given temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
