#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-krisamin-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound (MX) SMTP backend of "mail", krisamin's self-hosted multi-tenant mail server in Go (an
# emersion/go-smtp backend over PostgreSQL, with its own spam screening on the MX path: a DNSBL lookup at MAIL FROM,
# triplet greylisting at RCPT TO, an Rspamd content scan and DMARC enforcement after the message), whose own code writes
# every reply served (repository krisamin/mail; no licence file among the files the search tool holds, and its
# README.md says, in Korean, that the licence is undecided and is to be published; read with the search tool:
# internal/smtp/backend.go as the search tool's file 56871007897 (the version with DNSBL, greylisting, Rspamd and DMARC
# enforcement: Session.Mail, Session.Rcpt, Session.Data) and at commit e8830627353778c4 (the same DMARC refusal),
# internal/spam/check.go at f505f4667b9f (CheckDNSBL: listed means refused), internal/spam/rspamd.go at 78ca29b528f9
# (Rspamd's "reject" action means refused; the other actions file the message in Junk), cmd/maild/config.go at
# c5d3a32a841b (MAIL_DNSBL_ZONE defaults to zen.spamhaus.org; MAIL_GREYLIST, MAIL_DMARC_ENFORCE and MAIL_RSPAMD_URL
# turn the other checks on); go-smtp writes an SMTPError as the code, the enhanced code and the message on one line;
# only the reply texts are quoted), each at the stage the code sends it:
#   "554 5.7.1 IP listed by <zone>" to MAIL FROM when the client's address is listed in a DNSBL zone (the zone is
#   MAIL_DNSBL_ZONE's, zen.spamhaus.org by default, so the run writes that one);
#   "451 4.7.1 greylisted, please retry shortly" to RCPT TO for a first-seen sender, recipient and client /24 (only for
#   clients without forward-confirmed reverse DNS), and "550 5.1.1 no such user" to RCPT TO for an address it does not
#   host;
#   after the message: "554 5.7.1 message rejected as spam" (Rspamd's verdict is reject), "550 5.7.1 rejected by sender
#   domain DMARC policy" (DMARC fails and the sender's domain publishes p=reject), "452 4.2.2 recipient mailbox is full"
#   (the delivery hit the recipient's quota) and "451 4.3.0 delivery failed, try again later" (any other failure to
#   store the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# krisamin's; the DSNs are made.
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
#   "554 5.7.1 IP listed by zen.spamhaus.org"   to MAIL FROM, to the clients that send to gamma.test, for dana@ and
#                                               dirk@gamma.test
#   "451 4.7.1 greylisted, please retry shortly"   to RCPT TO, to every attempt, for gus@ and gail@ beta.test
#   "550 5.1.1 no such user"   to RCPT TO, for nemo@ and nell@ beta.test
#   "554 5.7.1 message rejected as spam"   after the message, for sam@ and sue@ beta.test
#   "550 5.7.1 rejected by sender domain DMARC policy"   after the message, for dora@ and dean@ beta.test
#   "452 4.2.2 recipient mailbox is full"   after the message, to every attempt, for mia@ and max@ beta.test
#   "451 4.3.0 delivery failed, try again later"   after the message, to every attempt, for fay@ and finn@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "503 5.5.1 no valid recipients" (DATA with no accepted recipient, which a relaying MTA does not send); the
# submission listener's replies (authenticated clients only); the accepting 250s, and the verdicts that file a message
# in Junk rather than refuse it (suspicious reverse DNS or HELO, Rspamd's add header, greylist or soft reject, DMARC
# p=quarantine). The greylisting lets a retry through after a minute (MAIL_GREYLIST_DELAY); the run answers every
# attempt, so the replies stand for a triplet that never passes. The replies are chosen by recipient (and, for the DNSBL
# refusal, by the client's address), not by anything the senders did: each message has one recipient and is a few lines
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-krisamin-mail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the MX backend's replies.
DNSBL='554 5.7.1 IP listed by zen.spamhaus.org'
GREY='451 4.7.1 greylisted, please retry shortly'
NOUSER='550 5.1.1 no such user'
SPAM='554 5.7.1 message rejected as spam'
DMARC='550 5.7.1 rejected by sender domain DMARC policy'
FULL='452 4.2.2 recipient mailbox is full'
FAILED='451 4.3.0 delivery failed, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DNSBL" \
    client:192.0.2.34 mail "$DNSBL" \
    gus@beta.test rcpt "$GREY" \
    gail@beta.test rcpt "$GREY" \
    nemo@beta.test rcpt "$NOUSER" \
    nell@beta.test rcpt "$NOUSER" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    dora@beta.test eom "$DMARC" \
    dean@beta.test eom "$DMARC" \
    mia@beta.test eom "$FULL" \
    max@beta.test eom "$FULL" \
    fay@beta.test eom "$FAILED" \
    finn@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-listed-by-dnsbl	carol@alpha.test	dana@gamma.test	192.0.2.25	Dana,\n\nthe allotment gate has a new padlock.\n\nCarol
greylisted	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe canal boat is moored by the mill.\n\nCarol
no-such-user	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe pottery kiln is cooling overnight.\n\nCarol
message-rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe cricket nets are up behind the pavilion.\n\nCarol
dmarc-policy-reject	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe orchard walk starts at the lych gate.\n\nCarol
recipient-mailbox-full	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe seed swap is in the church porch.\n\nCarol
delivery-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe bonfire wood is stacked by the wall.\n\nCarol
exim-ip-listed-by-dnsbl	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe tide tables are pinned in the hut.\n\nPat
exim-greylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe sheepdog trials moved to Saturday.\n\nPat
exim-no-such-user	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe quince jelly has set at last.\n\nPat
exim-message-rejected-as-spam	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe footbridge paint is dry now.\n\nPat
exim-dmarc-policy-reject	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe harbour wall lamps are lit again.\n\nPat
exim-recipient-mailbox-full	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe cider barrels are back in the cellar.\n\nPat
exim-delivery-failed	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe reading room shuts early on Friday.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
