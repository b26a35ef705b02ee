#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ditmail-mx: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the MX of DITMail, Dishant Singh's (DishantSinghDev2's) business mail hosting for organisations' own domains
# (a web mail app, an API and a Haraka submission server beside it): Haraka, the Node.js mail server, takes the mail of
# the organisations' verified domains on port 25 with two plugins of DITMail's own in JavaScript, rcpt_to.mongodb (a
# recipient's domain must be a verified domain in MongoDB) and queue.redis.mongo (stores each message in MongoDB, its
# attachments in GridFS, after checking the recipient's storage against the organisation's plan) (the repository
# DishantSinghDev2/DITMail, folder mx; "license": "ISC" in mx/package.json, no licence file read; read with the search
# tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   mx/src/plugins/rcpt_to.mongodb.js (commits ace36e735a01 and 1efab72b5595: check_rcpt_to, a rcpt hook,
#   next(DENY, ...) and next(DENYSOFT, ...) with the plugin's own text), mx/src/plugins/queue.redis.mongo.js (commit
#   9c1cf37e4891, and the stored version with the plan's storage check, the search index's file 11178370946:
#   save_to_mongo, a queue hook, next(DENY, ...) and next(DENYSOFT, ...)), mx/src/config/plugins (commit 14fb6c9a3966:
#   rcpt_to.mongodb the one rcpt plugin, queue.redis.mongo the queue), mx/src/config/connection.ini (commit
#   0979f505e2f7: [uuid] deny_chars=6), mx/package.json (commit 09f05d108119: Haraka ^3.1.1 from npm); the frame is
#   Haraka's own, read in Haraka 3.3.4's connection.js (the npm package Haraka@3.3.4, fetched with `npm pack`, the newest
#   release that ^3.1.1 installs): rcpt_respond writes DENY as "550 <msg>" and DENYSOFT as "450 <msg>"; queue_respond
#   appends the transaction's uuid in brackets, "<msg> (<uuid>)", and writes DENY as 550 and DENYSOFT as 450; respond
#   puts "[<uuid>@<host>] " before the text of every reply from 400 up because deny_chars is set, the transaction's uuid
#   cut to deny_chars (6) characters and the machine's short host name; the uuid is haraka-utils 2.2.1's
#   crypto.randomUUID() upper-cased, and a transaction's adds its number (".1" for a connection's first); no enhanced
#   code. The uuids below are made up in that form, one for each recipient, and "mx1" stands for the host name.
#   To RCPT TO "550 [...] The email account that you tried to reach does not exist. Please try double-checking the
#   recipient's email address for typos or unnecessary spaces. For more information, go to
#   https://pro.freecustom.email/support?code=No_Such_User." (the recipient's domain is not a verified domain in the
#   domains collection), "450 [...] Recipient verification is temporarily unavailable." (MongoDB not connected) and
#   "450 [...] A temporary error occurred during recipient validation." (the lookup failed);
#   after the message "450 [...] Backend storage is not available. Please try again later. (<uuid>)" (MongoDB or GridFS
#   not ready), "550 [...] Recipient's mailbox is full. Your message could not be delivered. (<uuid>)" (the message
#   would take the recipient over the plan's storage) and "450 [...] An internal error occurred while processing the
#   message. (<uuid>)" (an error while storing it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugins', in Haraka's frame; the DSNs are made.
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
#   "550 [...] The email account that you tried to reach does not exist. ..."   to RCPT TO, for nia@ and nat@ beta.test
#   "450 [...] Recipient verification is temporarily unavailable."   to RCPT TO, to every attempt, for vic@ and val@
#                              beta.test
#   "450 [...] A temporary error occurred during recipient validation."   to RCPT TO, to every attempt, for ted@ and
#                              tom@ beta.test
#   "450 [...] Backend storage is not available. Please try again later. (<uuid>)"   after the message, to every
#                              attempt, for sal@ and sid@ beta.test
#   "550 [...] Recipient's mailbox is full. Your message could not be delivered. (<uuid>)"   after the message, for fay@
#                              and fin@ beta.test
#   "450 [...] An internal error occurred while processing the message. (<uuid>)"   after the message, to every
#                              attempt, for ian@ and ida@ beta.test
# Not served: Haraka's greeting ("DITMail MX Server" by connection.ini), EHLO answer and stock replies, and the replies
# of Haraka's own plugins in DITMail's list (karma, access, geoip, asn, fcrdns, dns-list, early_talker, helo.checks,
# mail_from.is_resolvable, spf, greylist, tarpit, bounce, headers, uribl, attachment, clamd, dkim, limit) and of
# Maildrop's maildrop.deny and altinbox (not DITMail's own words; no copy in mx/src/plugins). The replies are chosen by
# recipient, not by anything the senders did: each message has one recipient and is a few lines of plain text, and a
# running server would give every connection a new uuid. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ditmail-mx}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DITMail's plugins' replies in Haraka's frame.
NOUSER="The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://pro.freecustom.email/support?code=No_Such_User."
VERIFY='Recipient verification is temporarily unavailable.'
VALIDATION='A temporary error occurred during recipient validation.'
STORAGE='Backend storage is not available. Please try again later.'
FULL="Recipient's mailbox is full. Your message could not be delivered."
INTERNAL='An internal error occurred while processing the message.'
printf '%s\t%s\t%s\n' \
    nia@beta.test rcpt "550 [DA4F92@mx1] $NOUSER" \
    nat@beta.test rcpt "550 [082594@mx1] $NOUSER" \
    vic@beta.test rcpt "450 [E6378F@mx1] $VERIFY" \
    val@beta.test rcpt "450 [08656C@mx1] $VERIFY" \
    ted@beta.test rcpt "450 [6262F1@mx1] $VALIDATION" \
    tom@beta.test rcpt "450 [6753A3@mx1] $VALIDATION" \
    sal@beta.test eom "450 [703CEE@mx1] $STORAGE (703CEE96-9954-4B07-9855-2F28D8863282.1)" \
    sid@beta.test eom "450 [3665DB@mx1] $STORAGE (3665DBD1-A591-4F0D-B0E8-2581051B31FD.1)" \
    fay@beta.test eom "550 [453A2E@mx1] $FULL (453A2EBD-8F1B-4616-A14D-0EF5C31E26C7.1)" \
    fin@beta.test eom "550 [019CF6@mx1] $FULL (019CF6E4-56DE-4E8E-B951-422CAD5FECBE.1)" \
    ian@beta.test eom "450 [1E2F05@mx1] $INTERNAL (1E2F056C-6C72-442D-B88E-C0008B7E050C.1)" \
    ida@beta.test eom "450 [284F4C@mx1] $INTERNAL (284F4C5C-72BA-45DC-9F1E-65EFF7CDCD89.1)" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
account-does-not-exist	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe poetry reading is at the old mill.\n\nCarol
verification-temporarily-unavailable	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe hay bales are stacked in the barn.\n\nCarol
recipient-validation-error	carol@alpha.test	ted@beta.test	192.0.2.25	Ted,\n\nthe model railway club meets tonight.\n\nCarol
backend-storage-unavailable	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe jam jars are under the sink.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe swifts came back to the eaves.\n\nCarol
internal-processing-error	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe coastal path reopened after the storm.\n\nCarol
exim-account-does-not-exist	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe chess club needs a new board.\n\nPat
exim-verification-temporarily-unavailable	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe pond froze over this morning.\n\nPat
exim-recipient-validation-error	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe wool from the fair is sorted.\n\nPat
exim-backend-storage-unavailable	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe carol singers start on Friday.\n\nPat
exim-mailbox-full	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe almanac says an early spring.\n\nPat
exim-internal-processing-error	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe bell ringers practise on Tuesday.\n\nPat
SEND
# four messages refused for good at RCPT TO or after the message, returned at once (two by the Postfix, two by the
# Exim); and for each of the four temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
