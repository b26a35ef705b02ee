#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2o365: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smtp2o365, OriolCanillasGautier's "SMTP Relay for Office 365" in Python on aiosmtpd (it listens for inbound SMTP
# from legacy services, old SQL Reporting Services and ERP mailers, takes mail only from the client addresses of
# ALLOWED_CLIENT_IPS and the senders of ALLOWED_SENDERS and ALLOWED_SENDER_DOMAINS, maps each envelope sender to one of
# its Office 365 accounts and re-delivers the message through Office 365, by SMTP AUTH and STARTTLS on
# smtp.office365.com:587 or by OAuth2 and Microsoft Graph's sendMail; the repository OriolCanillasGautier/smtp2o365; no
# licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below: RelayHandler in relay.py (commit 1385cdfc58ef, handle_MAIL and handle_DATA; handle_RCPT accepts every
# recipient); every reply is one line, written whole as a string literal:
#   to MAIL FROM "550 5.7.1 Client not authorized" (the client's address is not in ALLOWED_CLIENT_IPS, which defaults to
#   127.0.0.1 and ::1), "550 5.7.1 Sender not allowed" (the sender is neither in ALLOWED_SENDERS nor of a domain
#   of ALLOWED_SENDER_DOMAINS) and "550 5.7.1 Sender has no relay account" (UNMATCHED_SENDER_POLICY is strict and the
#   sender matches no configured account); after the message "451 4.7.0 Upstream authentication failure" (Office 365
#   refused the account's SMTP AUTH login, aiosmtplib's SMTPAuthenticationError), "451 4.4.1 Upstream relay failure, try
#   again later" (any other SMTP error on the way to Office 365, aiosmtplib's SMTPException, connection failures
#   included) and "451 4.3.0 Internal relay error" (any other exception while the message is prepared or handed on,
#   among them a Graph sendMail answer other than 202 and no recipient left after routing).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp2o365's; the DSNs are made.
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
#   "550 5.7.1 Client not authorized"   to MAIL FROM from the Postfix's second address (192.0.2.24, which sends the
#                              mail for gamma.test), for gus@gamma.test
#   "550 5.7.1 Sender not allowed"   to MAIL FROM from the Exim's second address (192.0.2.34, which sends the mail for
#                              gamma.test), for gil@gamma.test
#   "451 4.7.0 Upstream authentication failure"   after the message, to every attempt, for ada@ and abe@ beta.test
#   "451 4.4.1 Upstream relay failure, try again later"   after the message, to every attempt, for una@ and ugo@
#                              beta.test
#   "451 4.3.0 Internal relay error"   after the message, to every attempt, for ida@ and ian@ beta.test
# Not served: the greeting and the EHLO answer (aiosmtpd's own; the replaying server's are used), aiosmtpd's own replies
# (syntax, sequence and size), "550 5.7.1 Sender has no relay account" (to MAIL FROM, the replaying server keys a MAIL
# FROM reply by the client's address and the senders have only two second addresses; and after the message, where
# handle_DATA writes it too, a branch the MAIL FROM check leaves no way to reach).
# The replies are chosen by recipient or by the client's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2o365}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp2o365's RelayHandler's replies.
CLIENT='550 5.7.1 Client not authorized'
SENDER='550 5.7.1 Sender not allowed'
UPAUTH='451 4.7.0 Upstream authentication failure'
UPRELAY='451 4.4.1 Upstream relay failure, try again later'
INTERNAL='451 4.3.0 Internal relay error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$CLIENT" \
    client:192.0.2.34 mail "$SENDER" \
    ada@beta.test eom "$UPAUTH" \
    abe@beta.test eom "$UPAUTH" \
    una@beta.test eom "$UPRELAY" \
    ugo@beta.test eom "$UPRELAY" \
    ida@beta.test eom "$INTERNAL" \
    ian@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-not-authorized	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe nightly stock report is attached below.\n\nCarol
upstream-authentication-failure	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe payroll run finished at six.\n\nCarol
upstream-relay-failure	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe invoice batch for March is ready.\n\nCarol
internal-relay-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe warehouse count closed without errors.\n\nCarol
exim-sender-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe backup job ended at two.\n\nPat
exim-upstream-authentication-failure	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe order export has new columns.\n\nPat
exim-upstream-relay-failure	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe shipping labels are printed.\n\nPat
exim-internal-relay-error	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe month-end ledger is balanced.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
