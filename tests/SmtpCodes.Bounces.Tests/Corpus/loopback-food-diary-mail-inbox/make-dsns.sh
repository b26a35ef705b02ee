#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-food-diary-mail-inbox: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP receiver of Food Diary's MailInbox service, alexindima's food diary web application's inbound
# mail service in C# (.NET) on the SmtpServer library (cosullivan/SmtpServer): it takes the mail sent to the
# application's own addresses (admin@, support@, feedback@ and the like, and DMARC reports), stores it in PostgreSQL and
# shows it in the application's admin pages (the repository alexindima/food-diary, folder MailInbox/; no licence file
# read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below, each as a
# string literal handed to the library's SmtpResponse with one of the library's SmtpReplyCode values (the library writes
# "<code> <text>", with no enhanced status code):
#   MailInbox/FoodDiary.MailInbox.Infrastructure/Services/MailInboxMailboxFilter.cs, the MailboxFilter (the version the
#   search tool stores with a TemporaryAdmissionFailure helper, later than commit 8d558a040d78, whose filter answers
#   the same cases with a bare false): to MAIL FROM, SmtpReplyCode.Unavailable (450) "Mail admission capacity is
#   temporarily exhausted. Retry later." (the sender's session has sent its most messages, or the client's address or
#   the address and sender have used up their hourly message counts: the code's comment says capacity limits must keep
#   the message eligible for retry); to RCPT TO, SmtpReplyCode.InsufficientStorage (452) "Too many recipients in this
#   transaction. Retry the remaining recipients later." (the message has its most recipients already);
#   MailInbox/FoodDiary.MailInbox.Infrastructure/Services/SmtpInboundMessageStore.cs, the MessageStore (commit
#   05b718b0f112 and a later stored version), after the message: SmtpReplyCode.Overloaded (431) "Mail processing
#   capacity is temporarily exhausted." (no processing slot came free within the queue timeout),
#   SmtpReplyCode.InsufficientStorage (452) "Per-source mail byte capacity is temporarily exhausted." (the client's
#   address has used up its hourly count of message bytes), SmtpReplyCode.TransactionFailed (554) "MIME part limit
#   exceeded." (the message has more MIME parts than the limit), SmtpReplyCode.TransactionFailed (554) "Message
#   metadata exceeds the allowed limits." (its Message-ID, From, recipients, Subject or envelope sender are longer than
#   the database's columns allow) and SmtpReplyCode.InsufficientStorage (452) "Mail storage quota is temporarily
#   exhausted." (the PostgreSQL store threw InboundMailStorageQuotaExceededException: the inbox's stored mail has
#   reached its quota).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Food Diary's MailInbox's; the DSNs are made.
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
#   "450 Mail admission capacity is temporarily exhausted. Retry later."   to MAIL FROM from each sender's second
#                              address (192.0.2.24, the Postfix's, and 192.0.2.34, the Exim's, which send the mail for
#                              gamma.test), to every attempt, for gus@ and gil@ gamma.test
#   "452 Too many recipients in this transaction. Retry the remaining recipients later."   to RCPT TO, to every attempt,
#                              for ron@ and rua@ beta.test
#   "431 Mail processing capacity is temporarily exhausted."   after the message, to every attempt, for ola@ and oto@
#                              beta.test
#   "452 Per-source mail byte capacity is temporarily exhausted."   after the message, to every attempt, for bob@ and
#                              bel@ beta.test
#   "452 Mail storage quota is temporarily exhausted."   after the message, to every attempt, for qua@ and qed@
#                              beta.test
#   "554 MIME part limit exceeded."   after the message, for mia@ and max@ beta.test
#   "554 Message metadata exceeds the allowed limits."   after the message, for meg@ and mel@ beta.test
# Not served: the greeting and the EHLO answer (the library's; the replaying server's are used), "554 Message content
# is required." (an empty message, which neither sender sends), and the library's own texts the code falls back on: a
# false from the filter (an untrusted source, a size declared over the limit, a recipient not in the allowed list, and
# in older versions every limit above), SmtpResponse.SizeLimitExceeded and SmtpResponse.NoValidRecipientsGiven (the
# store's second check of size and recipients), which are SmtpServer's words, not Food Diary's.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
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
W=${LOOPBACK_WORK:-/tmp/loopback-food-diary-mail-inbox}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Food Diary's MailInbox's SMTP receiver's replies.
ADMISSION='450 Mail admission capacity is temporarily exhausted. Retry later.'
RECIPIENTS='452 Too many recipients in this transaction. Retry the remaining recipients later.'
PROCESSING='431 Mail processing capacity is temporarily exhausted.'
BYTES='452 Per-source mail byte capacity is temporarily exhausted.'
QUOTA='452 Mail storage quota is temporarily exhausted.'
MIME='554 MIME part limit exceeded.'
METADATA='554 Message metadata exceeds the allowed limits.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$ADMISSION" \
    client:192.0.2.34 mail "$ADMISSION" \
    ron@beta.test rcpt "$RECIPIENTS" \
    rua@beta.test rcpt "$RECIPIENTS" \
    ola@beta.test eom "$PROCESSING" \
    oto@beta.test eom "$PROCESSING" \
    bob@beta.test eom "$BYTES" \
    bel@beta.test eom "$BYTES" \
    qua@beta.test eom "$QUOTA" \
    qed@beta.test eom "$QUOTA" \
    mia@beta.test eom "$MIME" \
    max@beta.test eom "$MIME" \
    meg@beta.test eom "$METADATA" \
    mel@beta.test eom "$METADATA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mail-admission-capacity	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gate needs a new latch.\n\nCarol
too-many-recipients	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe bell ringers practise on Thursday.\n\nCarol
mail-processing-capacity	carol@alpha.test	ola@beta.test	192.0.2.25	Ola,\n\nthe canoe is tied up by the weir.\n\nCarol
per-source-byte-capacity	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe library van comes on Tuesdays now.\n\nCarol
mail-storage-quota	carol@alpha.test	qua@beta.test	192.0.2.25	Qua,\n\nthe lantern walk starts at the church.\n\nCarol
mime-part-limit	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe seed swap is in the village hall.\n\nCarol
message-metadata-limits	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe sheepdog trials are next month.\n\nCarol
exim-mail-admission-capacity	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe apple press is in the barn.\n\nPat
exim-too-many-recipients	pat@pi.test	rua@beta.test	192.0.2.35	Rua,\n\nthe sailing dinghy has a new mast.\n\nPat
exim-mail-processing-capacity	pat@pi.test	oto@beta.test	192.0.2.35	Oto,\n\nthe bonfire is on the common.\n\nPat
exim-per-source-byte-capacity	pat@pi.test	bel@beta.test	192.0.2.35	Bel,\n\nthe pottery class moved to Monday.\n\nPat
exim-mail-storage-quota	pat@pi.test	qed@beta.test	192.0.2.35	Qed,\n\nthe cider is in the cellar.\n\nPat
exim-mime-part-limit	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe tide tables are on the fridge.\n\nPat
exim-message-metadata-limits	pat@pi.test	mel@beta.test	192.0.2.35	Mel,\n\nthe maypole needs new ribbons.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the ten
# temporary replies (five to each sender) a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
