#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-grouprise-lmtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP daemon of grouprise, a Django groupware platform for local groups and initiatives (groups,
# conversations, events and contributions; each group has a mail address, and a message sent to it is published as a
# contribution or answers a conversation; the MTA hands such mail to grouprise's `run_lmtpd` management command, an
# aiosmtpd LMTP server; the repository grouprise/grouprise, no licence file read; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below, in
# grouprise/features/imports/management/commands/run_lmtpd.py (commit 4dfd90f1359a, ContributionHandler):
#   handle_RCPT answers "550 <error>" with the error of _get_recipient_check_error_message: "Unexpected mail domain"
#   (the address's domain is not one of the platform's mail domains) and "Unknown target mail address" (the local part
#   is no group's name and the address carries no authentication token); handle_DATA answers "500 Failed to parse
#   incoming message" (ParsedMailMessage.from_email_object raised: the message could not be read into a contribution;
#   the traceback goes to the postmaster), "451 Requested action aborted: error in processing" (every recipient failed
#   with an internal error, so the MTA is to ask again later; RFC 5321's own words for 451, written out by the code)
#   and "550 Rejected incoming mail due to errors" (the contribution was refused, e.g. for want of permission, and the
#   error mail meant to tell the sender so could not be sent: the code's "emergency bounce").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# grouprise's; the DSNs are made. grouprise's daemon speaks LMTP, the replaying server SMTP: the texts and their stages
# are the same (aiosmtpd's LMTP sends the one string handle_DATA returns after the message).
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
#   "550 Unexpected mail domain"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 Unknown target mail address"   to RCPT TO, for dan@ and dot@ beta.test
#   "500 Failed to parse incoming message"   after the message, for pam@ and pip@ beta.test
#   "550 Rejected incoming mail due to errors"   after the message, for ray@ and rex@ beta.test
#   "451 Requested action aborted: error in processing"   after the message, to every attempt, for ian@ and ivy@
#                              beta.test
# Not served: the greeting and the LHLO answer (aiosmtpd's; the replaying server's are used), "550 Invalid address
# format" (an address without exactly one "@", which a relaying MTA sends only for a quoted local part holding one),
# the VRFY answers, the 250 replies (among them "250 The incoming message was at least partly not accepted for
# publication. Instead a separate error mails was returned.", a refusal told by mail, which makes no DSN) and
# aiosmtpd's own stock replies (syntax, sequence, size).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-grouprise-lmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): grouprise's LMTP daemon's replies.
DOMAIN='550 Unexpected mail domain'
UNKNOWN='550 Unknown target mail address'
PARSE='500 Failed to parse incoming message'
REJECTED='550 Rejected incoming mail due to errors'
ABORTED='451 Requested action aborted: error in processing'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$DOMAIN" \
    gil@gamma.test rcpt "$DOMAIN" \
    dan@beta.test rcpt "$UNKNOWN" \
    dot@beta.test rcpt "$UNKNOWN" \
    pam@beta.test eom "$PARSE" \
    pip@beta.test eom "$PARSE" \
    ray@beta.test eom "$REJECTED" \
    rex@beta.test eom "$REJECTED" \
    ian@beta.test eom "$ABORTED" \
    ivy@beta.test eom "$ABORTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unexpected-mail-domain	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe repair cafe needs a soldering iron.\n\nCarol
unknown-target-address	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe street party is on the last Sunday.\n\nCarol
failed-to-parse	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe seed swap moves to the library.\n\nCarol
rejected-due-to-errors	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe bike workshop opens at four.\n\nCarol
error-in-processing	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe food share fridge was cleaned.\n\nCarol
exim-unexpected-mail-domain	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe community garden gate is oiled.\n\nPat
exim-unknown-target-address	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe tenants meeting is in the hall.\n\nPat
exim-failed-to-parse	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe banner paint is in the cellar.\n\nPat
exim-rejected-due-to-errors	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe lending shelf has new tools.\n\nPat
exim-error-in-processing	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe soup kitchen rota is posted.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply a warning after a minute and a return after 3 from each sender
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
