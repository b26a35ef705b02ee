#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailezine: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP server of mailezine, "The official mail engine of mailez (community edition): a single Go binary mail
# server providing SMTP send/receive, IMAP/POP3 access, and Sieve filtering" (its README): mailez-hq's mail engine,
# whose recipients, senders, rate limits and authentication come from the mailez control plane's directory, with an
# rspamd scan and the recipients' Sieve scripts before local delivery (Go module mailezine; repository
# `mailez-hq/mailezine`, no licence file in the index (its NOTICE lists its MIT-licensed dependencies); read with the
# search tool; only the reply texts are quoted):
#   internal/smtp/smtp.go (commit 0a2afed46945, and a later stored version, search file id 68839613166, with the same
#   replies and plus-addressing added), one go-smtp server for the inbound listener (mail from the internet and from
#   the mailez gateway's subnet, which it trusts) and the submission listener: session.Mail answers a trusted client
#   whose sender the directory's rate limit refuses with the directory's reason or "rate limit exceeded" (550 5.7.1)
#   and a failed directory lookup with "451 temporary directory failure"; session.Rcpt answers "550 5.7.1 relay access
#   denied" for an address the directory does not know (no local mailbox or alias) from a client that may not relay
#   (the internet's), and "451 temporary directory failure" when the directory lookup fails; session.Data answers
#   "552 message exceeds size limit" past MaxMessageBytes and maps the delivery pipeline's errors
#   (internal/delivery/delivery.go, commit 0a2afed46945): rspamd's reject action (ErrReject) to "554 message rejected
#   by policy", a Sieve reject or ereject of a recipient's script (ErrSieveReject) to "550 5.7.0 message rejected by
#   recipient policy", rspamd's greylist and soft reject actions to "451 try again later", and any other failure (a
#   quota the message would pass, ErrQuota, a failed store, an unresolvable alias) to "451 temporary delivery failure".
# Each is a go-smtp SMTPError; go-smtp (v0.25.0, the go.mod's) sends it as "<code> <enhanced code> <words>", and where
# the code sets no enhanced code it writes the class's X.0.0 (conn.go's writeResponse: "All responses must include an
# enhanced code, if it is missing - use a generic code X.0.0"). A sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are mailezine's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.7.1 rate limit exceeded"   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test),
#                              for gus@ and gil@ gamma.test
#   "550 5.7.1 relay access denied"   to RCPT TO, for nia@ and ned@ beta.test
#   "451 4.0.0 temporary directory failure"   to RCPT TO, to every attempt, for tim@ and tess@ beta.test
#   "554 5.0.0 message rejected by policy"   after the message, for pol@ and pru@ beta.test
#   "550 5.7.0 message rejected by recipient policy"   after the message, for sid@ and sue@ beta.test
#   "552 5.0.0 message exceeds size limit"   after the message, for max@ and mia@ beta.test
#   "451 4.0.0 try again later"   after the message, to every attempt, for gail@ and gwen@ beta.test
#   "451 4.0.0 temporary delivery failure"   after the message, to every attempt, for dale@ and dee@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its stock replies (among them
# its own refusal at MAIL FROM of a declared SIZE past the limit, which a Postfix or an Exim would meet before the
# 552 above); "501 syntax error in MAIL FROM" (a null sender or one without @, which these senders do not send) and
# "501 syntax error in RCPT TO"; "530 5.7.0 authentication required" and the AUTH exchange (the submission listener);
# "550 5.7.1 sender address not allowed" and "sender not allowed" (for a client that logged in); "552 too many
# recipients", "503 no valid recipients", "451 delivery not configured", "451 error reading message" and "554 line
# too long". The rate limit's 550 stands for a client of the trusted gateway subnet (the default trusted networks are
# 127.0.0.1/8 and ::1, a relaying MTA on the same host), where the other replies need no trust. The replies are chosen
# by recipient or client address, not by anything the senders did: each message has one recipient and is a few lines
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailezine}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailezine's SMTP server's replies.
RATE='550 5.7.1 rate limit exceeded'
RELAY='550 5.7.1 relay access denied'
DIRECTORY='451 4.0.0 temporary directory failure'
POLICY='554 5.0.0 message rejected by policy'
SIEVE='550 5.7.0 message rejected by recipient policy'
SIZE='552 5.0.0 message exceeds size limit'
LATER='451 4.0.0 try again later'
DELIVERY='451 4.0.0 temporary delivery failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$RATE" \
    client:192.0.2.34 mail "$RATE" \
    nia@beta.test rcpt "$RELAY" \
    ned@beta.test rcpt "$RELAY" \
    tim@beta.test rcpt "$DIRECTORY" \
    tess@beta.test rcpt "$DIRECTORY" \
    pol@beta.test eom "$POLICY" \
    pru@beta.test eom "$POLICY" \
    sid@beta.test eom "$SIEVE" \
    sue@beta.test eom "$SIEVE" \
    max@beta.test eom "$SIZE" \
    mia@beta.test eom "$SIZE" \
    gail@beta.test eom "$LATER" \
    gwen@beta.test eom "$LATER" \
    dale@beta.test eom "$DELIVERY" \
    dee@beta.test eom "$DELIVERY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bonfire is on the village green.\n\nCarol
relay-access-denied	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe sloe gin is ready for tasting.\n\nCarol
temporary-directory-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe gutter over the porch is cleared.\n\nCarol
rejected-by-policy	carol@alpha.test	pol@beta.test	192.0.2.25	Pol,\n\nthe wool fair has moved to the barn.\n\nCarol
rejected-by-recipient-policy	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe telescope evening is clouded out.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe apple store needs new slats.\n\nCarol
try-again-later	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe bell ringers practise on Wednesday.\n\nCarol
temporary-delivery-failure	carol@alpha.test	dale@beta.test	192.0.2.25	Dale,\n\nthe mill pond is frozen at the edges.\n\nCarol
exim-rate-limit-exceeded	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe owl box is finally occupied.\n\nPat
exim-relay-access-denied	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe path to the beach is washed out.\n\nPat
exim-temporary-directory-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe rhubarb is up early.\n\nPat
exim-rejected-by-policy	pat@pi.test	pru@beta.test	192.0.2.35	Pru,\n\nthe darts league starts next week.\n\nPat
exim-rejected-by-recipient-policy	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe plum jam set at last.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe tandem needs a new chain.\n\nPat
exim-try-again-later	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe puppet show is at the school.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe beacon is lit on the hill.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
