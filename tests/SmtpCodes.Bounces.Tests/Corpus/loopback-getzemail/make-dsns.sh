#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-getzemail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP receiver of getzemail.com, Koray Gocmen's receive-only e-mail inbox service in Go on emersion's go-smtp
# (a domain's MX points at it; a domain hosted by its API takes mail only for the inboxes created on the web site, which
# it stores through the API in S3 and Redis, and a domain in relay mode has each message rebuilt with enmime and sent on
# to the domain's upstream servers; a REST API and a React site manage the inboxes; the repository
# KorayGocmen/getzemail.com, no licence file read; read with the search tool; only the reply texts are quoted), whose
# own code writes every reply below, in its go-smtp session: smtp/smtp_session.go (commit 456889906e08, smtpSession's
# Mail, Rcpt and Data), smtp/smtp_helpers.go (same commit: smtpError builds an *smtp.SMTPError with the code's status
# and text and EnhancedCodeNotSet), smtp/smtp_sender.go (same commit: smtpSend returns the last upstream's error, which
# Data appends to its text) and smtp/smtp_message.go (same commit: smtpMessageParse, enmime's ReadEnvelope);
# smtp/go.mod (same commit) requires github.com/emersion/go-smtp v0.14.0, whose conn.go writes an *smtp.SMTPError as
# "<code> <enhanced code> <message>" and puts "<class>.0.0" where the enhanced code is EnhancedCodeNotSet (as v0.13's
# and v0.15's, read for loopback-mxax and loopback-ulist), and github.com/violetnorth/smtplib v1.0.1, whose status.go
# gives the codes (StatusActionNotTakenMailboxInaccessible 550, StatusActionAbortedLocalError 451,
# StatusActionNotTakenMailboxNameNotAllowed 553).
# Each reply byte for byte, at the stage the code sends it (the code's status, go-smtp's X.0.0, the code's text):
#   "550 5.0.0 Email Receiver: mailbox name unknown "<address>""   to RCPT TO, for ida@ and una@ beta.test (the domain
#                              is hosted by the API and no inbox of its has the address)
#   "550 5.0.0 Email Receiver: mail unknown "gamma.test""   after the message, for gus@ and gil@ gamma.test (Rcpt lets
#                              an address of a domain the service does not know through; Data finds no such mail domain)
#   "550 5.0.0 Email Receiver: email relaying failed dial tcp 192.0.2.80:25: connect: connection refused"   after the
#                              message, for rex@ and ray@ beta.test (a domain in relay mode; no upstream took the
#                              rebuilt message: the text ends with Go's net error for the last upstream, refused)
#   "451 4.0.0 Email Receiver: email reading failed"   after the message, to every attempt, for rue@ and rob@ beta.test
#                              (the message's data could not be read)
#   "451 4.0.0 Email Receiver: email parsing failed"   after the message, to every attempt, for pam@ and pia@ beta.test
#                              (enmime could not read the message's envelope)
#   "451 4.0.0 Email: email receive failed due to internal error"   after the message, to every attempt, for ivy@ and
#                              ian@ beta.test (the message could not be turned into an inbox message or saved through
#                              the API)
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its own stock replies (syntax,
# sequence, size), "553 5.0.0 Email Receiver: mailbox name error "<sender>"" (to MAIL FROM, for a sender with no "@"
# after its first character, which neither sending MTA writes; the null sender of a bounce would get it),
# "553 5.0.0 Email Receiver: mailbox name not allowed "<address>"" (to RCPT TO, for an address without a domain, which
# no relaying MTA sends) and "451 4.0.0 Email Receiver: format error for "<address>"" (after the message, for such an
# address, which Rcpt has refused already). Data answers for the whole message and stops at the first recipient that
# fails; each message here has one recipient.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# getzemail.com's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
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
W=${LOOPBACK_WORK:-/tmp/loopback-getzemail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): getzemail.com's SMTP receiver's replies.
MAILUNKNOWN='550 5.0.0 Email Receiver: mail unknown "gamma.test"'
RELAYING='550 5.0.0 Email Receiver: email relaying failed dial tcp 192.0.2.80:25: connect: connection refused'
READING='451 4.0.0 Email Receiver: email reading failed'
PARSING='451 4.0.0 Email Receiver: email parsing failed'
INTERNAL='451 4.0.0 Email: email receive failed due to internal error'
printf '%s\t%s\t%s\n' \
    ida@beta.test rcpt '550 5.0.0 Email Receiver: mailbox name unknown "ida@beta.test"' \
    una@beta.test rcpt '550 5.0.0 Email Receiver: mailbox name unknown "una@beta.test"' \
    gus@gamma.test eom "$MAILUNKNOWN" \
    gil@gamma.test eom "$MAILUNKNOWN" \
    rex@beta.test eom "$RELAYING" \
    ray@beta.test eom "$RELAYING" \
    rue@beta.test eom "$READING" \
    rob@beta.test eom "$READING" \
    pam@beta.test eom "$PARSING" \
    pia@beta.test eom "$PARSING" \
    ivy@beta.test eom "$INTERNAL" \
    ian@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-name-unknown	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe quilting circle moved to Wednesday.\n\nCarol
mail-unknown	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tide tables are pinned by the door.\n\nCarol
email-relaying-failed	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe kayak rack needs a new strap.\n\nCarol
email-reading-failed	carol@alpha.test	rue@beta.test	192.0.2.25	Rue,\n\nthe seed swap is at the school hall.\n\nCarol
email-parsing-failed	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe bird hide opens at dawn.\n\nCarol
receive-internal-error	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe hedge laying course is full.\n\nCarol
exim-mailbox-name-unknown	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe apple press is booked for Sunday.\n\nPat
exim-mail-unknown	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe ferry timetable changed again.\n\nPat
exim-email-relaying-failed	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe choir needs two more tenors.\n\nPat
exim-email-reading-failed	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe stile by the mill is broken.\n\nPat
exim-email-parsing-failed	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe pottery kiln is cooling.\n\nPat
exim-receive-internal-error	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe allotment water is back on.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
