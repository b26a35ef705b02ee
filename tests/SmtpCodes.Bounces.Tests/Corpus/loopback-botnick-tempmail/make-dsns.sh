#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-botnick-tempmail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of mail-edge, the port-25 receiver of botnick's TempMail ("Standalone SMTP server" that takes real mail from
# the Internet, filters spam and keeps it for a website to fetch over a REST API, its README says), in Go on
# emersion/go-smtp: it checks each recipient against a Redis set of live temporary mailboxes, caps a message at 25 MB,
# has every message scored by Rspamd and refuses what Rspamd rejects or scores past its threshold, failing closed when
# Rspamd cannot be reached, and hands the rest to the platform's API (repository botnick/TempMail, MIT by its README.md's
# "License" at commit 05709bb7c2e3, no LICENSE file among the stored files; read with the search tool:
# mail-edge/smtp.go at commits 150cecfe2d68 and 1f7333d0c7c2 (Backend.NewSession with its limit of 50 connections a
# minute from one address, Session.Rcpt, Session.Data; the same replies in both), README.md at 05709bb7c2e3 (the inbound
# flow); the index's file id 53272610369 is the 1f7333d0c7c2 version; go-smtp writes an SMTPError as the code, the
# enhanced code and the message on one line; only the reply texts are quoted), each at the stage the code sends it.
# go-smtp (its conn.go as the search tool stores it, file id 989450077, the corpus's earlier go-smtp units' reading)
# calls the backend's NewSession when the client greets, so an error NewSession returns is the answer to EHLO (or HELO),
# written as the SMTPError's code, enhanced code and message on one line; the 220 greeting before it is go-smtp's.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# botnick's; the DSNs are made.
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
#   "421 4.7.0 Too many connections, try again later"   (more than 50 connections in a minute from one address)
#                              to EHLO, on every connection from the senders' second addresses
#                              (out2.alpha.test and out2.pi.test, which send for gamma.test), for gus@ and gina@gamma.test
#   "550 5.1.1 Mailbox unavailable"   (the address is not among the live mailboxes: never made, or expired) to RCPT TO,
#                              for mia@ and max@beta.test
#   "451 4.3.0 Temporary internal error"   (the Redis lookup of the mailbox failed) to RCPT TO, to every attempt, for ida@
#                              and ike@beta.test
#   "552 5.3.4 Message size exceeds limit"   (more than 25 MB) after the message, for sid@ and sue@beta.test
#   "451 4.7.1 Spam check temporarily unavailable, try again later"   (Rspamd could not be reached: "FAIL-CLOSE", the
#                              code's comment) after the message, to every attempt, for sam@ and sal@beta.test
#   "550 5.7.1 Message rejected: spam detected"   (Rspamd's action is reject, or its score is past the threshold, 15 by
#                              default) after the message, for rex@ and ria@beta.test
#   "451 4.3.0 Temporary processing failure"   (the hand-off to the platform's API failed) after the message, to every
#                              attempt, for tod@ and tia@beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used; AUTH is refused with go-smtp's own words, and a relaying MTA does not ask for it) and the accepting 250s;
# MAIL FROM is taken as it comes. The replies are chosen by client address or recipient, not by anything the senders
# did: each message has one recipient and is a few lines of plain text, and no check ran. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-botnick-tempmail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mail-edge's replies.
CONNECTIONS='421 4.7.0 Too many connections, try again later'
UNAVAILABLE='550 5.1.1 Mailbox unavailable'
INTERNAL='451 4.3.0 Temporary internal error'
SIZE='552 5.3.4 Message size exceeds limit'
SPAMCHECK='451 4.7.1 Spam check temporarily unavailable, try again later'
SPAM='550 5.7.1 Message rejected: spam detected'
PROCESSING='451 4.3.0 Temporary processing failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$CONNECTIONS" \
    client:192.0.2.34 ehlo "$CONNECTIONS" \
    mia@beta.test rcpt "$UNAVAILABLE" \
    max@beta.test rcpt "$UNAVAILABLE" \
    ida@beta.test rcpt "$INTERNAL" \
    ike@beta.test rcpt "$INTERNAL" \
    sid@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    sam@beta.test eom "$SPAMCHECK" \
    sal@beta.test eom "$SPAMCHECK" \
    rex@beta.test eom "$SPAM" \
    ria@beta.test eom "$SPAM" \
    tod@beta.test eom "$PROCESSING" \
    tia@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe plumber comes on Thursday morning.\n\nCarol
mailbox-unavailable	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe sign-up code for the forum is in this mail.\n\nCarol
temporary-internal-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe parcel is at the corner shop.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe photos from the hike are all here.\n\nCarol
spam-check-unavailable	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe verification link expires tonight.\n\nCarol
spam-detected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe raffle tickets are on the hall table.\n\nCarol
temporary-processing-failure	carol@alpha.test	tod@beta.test	192.0.2.25	Tod,\n\nthe bike shop fixed the brakes.\n\nCarol
exim-too-many-connections	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe ferry runs late on Sundays.\n\nPat
exim-mailbox-unavailable	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nyour trial account code is below.\n\nPat
exim-temporary-internal-error	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe lighthouse tour starts at ten.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe scans of the old letters are attached.\n\nPat
exim-spam-check-unavailable	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nconfirm the address to finish signing up.\n\nPat
exim-spam-detected	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe net lofts were painted blue.\n\nPat
exim-temporary-processing-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe harbour cafe opens at seven.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the other
# eight a warning after a minute and a return after 3 (the refused EHLOs among them)
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
