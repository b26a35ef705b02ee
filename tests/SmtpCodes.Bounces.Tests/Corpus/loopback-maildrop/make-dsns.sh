#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-maildrop: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of MailDrop (m242/maildrop, maildrop.cc: "an open-source, scalable, high-performance version of
# Mailinator, a 'temporary inbox'", in Scala, with "antispam modules contributed from Heluna"; MIT, its LICENSE.txt:
# "Copyright 2013 Heluna and other contributors"; only the reply texts are quoted here). A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are MailDrop's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool; stored copy of m242/maildrop, commit 7c0bbc3a4ddd, no date shown):
# smtp/src/main/scala/com/heluna/smtp/MailDropMessageHandler.scala, the actors SenderCheckActor, RecipientCheckActor and
# DataCheckActor, the filters IPFloodFilter, DNSBLFilter, SPFFilter, SenderbaseFilter, GreylistFilter, AltInboxFilter and
# SubjectFloodFilter, and the stock smtp/src/main/resources/application.conf, which holds the response texts. The
# handler runs on SubEthaSMTP and refuses with its exceptions, which write "<code> <message>" (RejectException's
# getErrorResponse, voodoodyne/subethasmtp; a message alone takes DEFAULT_CODE 554): at MAIL FROM a sender check's
# Reject as DropConnectionException(reason), 554, and its Greylist as DropConnectionException(421, reason); at RCPT TO
# and after the message a Reject as RejectException(reason), 554. What the code says each reply means:
#   MAIL FROM, the sender checks in order: IPFloodFilter ("Flood control check": the client sent more than
#     flood-messages = 20 messages in flood-time = 2m, or is still banned, "Ban this IP address, or extend an existing
#     ban"): ip.ban-response "Your IP address is currently banned."; DNSBLFilter: "Invalid sender - " and the list's TXT
#     record; SPFFilter (an SPF result "fail"): "Invalid sender - see http://www.openspf.org/Introduction";
#     SenderbaseFilter (the client's Senderbase figures: a new domain with volume, a volume spike, a high spam
#     likelihood): "Invalid sender - see http://www.senderbase.org/lookup?search_string=<client IP>"; GreylistFilter:
#     ip.greylist.response "Your IP address is currently greylisted." (421);
#   RCPT TO: the local part longer than recipient.max-addr-length = 50: recipient.invalid-response "That is an invalid
#     recipient.";
#   after the message: a message larger than data.max-message-size = 100k: data.invalid-response "The message is too
#     long."; SubjectFloodFilter (the same subject more than 20 times in 2 minutes, or still banned):
#     subject.ban-response "That subject is currently banned.".
# The selection (stated before the run, not by what any reader makes of the texts): the replying server keys MAIL FROM
# replies by client, and each sender has one second address (for gamma.test), so two of the five sender checks: the
# Senderbase refusal to the Postfix's (its address filled in) and the flood ban to the Exim's; the recipient, size and
# subject refusals to both senders. The recipients of the RCPT TO refusal have local parts longer than 50 characters, as
# the check needs. Served:
#   "554 Invalid sender - see http://www.senderbase.org/lookup?search_string=192.0.2.24"
#                                                   MAIL FROM, client 192.0.2.24   gus@, gia@gamma.test (the Postfix)
#   "554 Your IP address is currently banned."      MAIL FROM, client 192.0.2.34   gwen@, glen@gamma.test (the Exim)
#   "554 That is an invalid recipient."             RCPT TO     the two long addresses below (one each)
#   "554 The message is too long."                  after the message   lena@; lou@beta.test
#   "554 That subject is currently banned."         after the message   sue@; sid@beta.test
# Not served: the greylisting 421 and the SPF and DNSBL refusals (no third client address to key them; the DNSBL text
# is the list's own TXT record), SubEthaSMTP's own replies (its words, not MailDrop's), the AltInbox refusal (the same
# text as the recipient check). The replies are chosen by recipient or client address, not by anything the senders did:
# the senders sent a handful of messages each, with short bodies and different subjects, and no list or Senderbase was
# queried.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-maildrop}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailDrop's replies.
INVALID_RECIPIENT='554 That is an invalid recipient.'
TOO_LONG='554 The message is too long.'
SUBJECT_BANNED='554 That subject is currently banned.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 Invalid sender - see http://www.senderbase.org/lookup?search_string=192.0.2.24' \
    client:192.0.2.34 mail '554 Your IP address is currently banned.' \
    the-inbox-name-given-to-the-old-garden-club-newsletter@beta.test rcpt "$INVALID_RECIPIENT" \
    a-throwaway-inbox-for-the-conference-registration-form@beta.test rcpt "$INVALID_RECIPIENT" \
    lena@beta.test eom "$TOO_LONG" \
    lou@beta.test eom "$TOO_LONG" \
    sue@beta.test eom "$SUBJECT_BANNED" \
    sid@beta.test eom "$SUBJECT_BANNED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
senderbase-invalid-sender	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe harvest supper is on Friday.\n\nCarol
invalid-recipient	carol@alpha.test	the-inbox-name-given-to-the-old-garden-club-newsletter@beta.test	192.0.2.25	Hello,\n\nplease keep me on the newsletter list.\n\nCarol
message-too-long	carol@alpha.test	lena@beta.test	192.0.2.25	Lena,\n\nthe minutes of the meeting are attached in the shared folder.\n\nCarol
subject-banned	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe raffle prizes are in the vestry.\n\nCarol
exim-ip-banned	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe allotment show entries close tonight.\n\nPat
exim-invalid-recipient	pat@pi.test	a-throwaway-inbox-for-the-conference-registration-form@beta.test	192.0.2.35	Hello,\n\nplease confirm my conference place.\n\nPat
exim-message-too-long	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe photo archive is ready to share.\n\nPat
exim-subject-banned	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe litter pick moves to the park.\n\nPat
SEND
# every refusal is permanent: eight returns at once
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
