#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-magma: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the SMTP server of Magma (the mail server Ladar Levison first wrote for Lavabit; lavabit/magma, "Most of source code
# contained in this directory was developed by Ladar Levison ... and Lavabit LLC", licensed under the AGPL as its
# COPYRIGHT file says) writes to a client that delivers mail to it, each reply as its source writes it; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Magma's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): lavabit/magma, src/servers/smtp/smtp.c (commit 046eb290a293), its functions
# smtp_rcpt_to (an unauthenticated client's recipient, looked up in Magma's mailbox table by smtp_fetch_inbound, then
# the recipient's own settings: quota, size, realtime blacklists, greylisting, daily receive limit, SPF) and smtp_data
# (after the message's final dot), and src/servers/smtp/accept.c (smtp_accept_message: what makes a recipient's
# delivery fail for good or for now after DATA). What the code says each reply means (its branches and comments):
#   RCPT TO, "If the account is locked" (state -2):
#     "550 ACCOUNT LOCKED - THE ACCOUNT <%s> HAS BEEN ADMINISTRATIVELY LOCKED"      ada@, abe@; amy@beta.test
#   "If the account is inactive" (-3):
#     "550 ACCOUNT LOCKED - THE ACCOUNT <%s> HAS BEEN LOCKED FOR INACTIVITY"         ian@, ida@; ivo@beta.test
#   "The account has been locked for abuse" (-4):
#     "550 ACCOUNT LOCKED - THE ACCOUNT <%s> HAS BEEN LOCKED FOR ABUSE POLICY VIOLATIONS"   abby@; axel@beta.test
#   "The user has locked the account" (-5):
#     "550 ACCOUNT LOCKED - THE ACCOUNT <%s> HAS BEEN LOCKED AT THE REQUEST OF THE OWNER"   olga@; omar@beta.test
#   a domain Magma does not host, from a client that did not authenticate (-6):
#     "551 RELAY ACCESS DENIED - THE DOMAIN <%s> IS NOT HOSTED LOCALLY AND RELAY ACCESS REQUIRES AUTHENTICATION"
#                                                                                   rudi@, rosa@; ruth@delta.test
#   "If the domain is local but user wasn't found" (0):
#     "554 INVALID RECIPIENT - THE EMAIL ADDRESS <%s> DOES NOT MATCH AN ACCOUNT ON THIS SYSTEM"
#                                                                                   ned@, nell@; nico@beta.test
#   "Make sure the user isn't over their storage quota":
#     "552 MAILBOX FULL - THE ACCOUNT <%s> HAS EXCEEDED THEIR STORAGE QUOTA"         fran@, finn@; fay@beta.test
#   "Check to see if the proposed size is over the established max" (the recipient's recv_size_limit):
#     "552 MESSAGE EXCEEDS SIZE LIMIT - THE ACCOUNT <%s> IS ONLY AUTHORIZED TO ACCEPT MESSAGES UP TO %u BYTES"
#                                                                                   sal@; sam@beta.test
#   "Check the connecting server against several RBL databases ... If the user has elected to reject these messages":
#     "550 MESSAGE BLOCKED - THE ADDRESS [%s] HAS BEEN LISTED ON A REALTIME BLACKLIST AND THE ACCOUNT <%s> IS
#     CONFIGURED TO REJECT MESSAGES FROM BLACKLISTED ADDRESSES" (one line)           bea@, bob@; ben@beta.test
#   "If this user is enforcing SPF" and the check fails with the reject action:
#     "550 MESSAGE BLOCKED - THE MESSAGE IS BEING REJECTED BECAUSE THE ADDRESS [%s] IS NOT AUTHORIZED TO SEND MESSAGES
#     FROM <%s> - PLEASE CORRECT THE ISSUE AND TRY AGAIN" (one line)                 sid@; sol@beta.test
#   "Check the greylist and see if this IP has tried to e-mail this user before":
#     "451 MAILBOX UNAVAILABLE - PLEASE TRY AGAIN IN %u %s" (MINUTE or MINUTES)      gail@ (from Postfix); gus@ (Exim)
#   "make sure the user hasn't received too many messages today. Basic mail-bomb defense." (the user's total):
#     "451 MAILBOX UNAVAILABLE - THE ACCOUNT <%s> IS CONFIGURED NOT TO ACCEPT MORE THAN %u %s MESSAGES IN A
#     TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER" (one line)                   dora@ (Postfix); dirk@ (Exim)
#   after the message, smtp_data_read's size check (the largest recv_size_limit of the recipients):
#     "552 DATA FAILED - INBOUND SIZE LIMIT EXCEEDED - THE MAILBOXES INDICATED MAY ONLY RECIEVE MESSAGES UP TO %zu
#     BYTES IN LENGTH" (one line; "RECIEVE" is the source's spelling)               lara@ (and liam@); lena@beta.test
#   after the message, more Received lines than relay_limit ("it appears to be caught in a forward loop"; the comment:
#   "Some servers return error code 446 ... Since the problem is unlikely to correct itself, we decided to return a
#   permanent error code instead"):
#     "550 DATA FAILED - THE MESSAGE HAS TOO MANY RECEIVED HEADER LINES AND IS BEING REJECTED BECAUSE IT APPEARS TO BE
#     CAUGHT IN A FORWARD LOOP" (one line)                                          lou@ (and lucy@); lyle@beta.test
#   after the message, smtp_data_inbound, when every recipient's smtp_accept_message failed for good
#   (SMTP_OUTCOME_PERM_FAILURE: the sanity check, an over-quota account whose "rollout" of old messages failed, or a
#   forwarding that failed):
#     "551 DATA FAILED - UNABLE TO DELIVER THE MESSAGE TO %s", "ANY OF THE RECIPIENTS" for more than one recipient,
#     "THE RECIPIENT" for one                                                       uma@ (and ulf@); uri@beta.test
# The selection (stated before the run, not by what any reader makes of the texts): every reply of smtp_rcpt_to and
# smtp_data that an unauthenticated server delivering mail to Magma can meet and that names a cause, each from both
# senders (never more than three recipients to one text). Not served: the replies to malformed or out-of-order commands
# (500, 501, 503, 553), AUTH and STARTTLS replies, and the authenticated (outbound) branch's replies (a delivering
# server never authenticates); "541 RCPT TO REJECTED - PER MESSAGE RECIPIENT LIMIT REACHED" (it answers a recipient
# count, not a recipient) and the MAIL FROM size refusal (it answers a declared SIZE the senders do not send so large);
# the second daily limit ("... FROM ANY SINGLE SUBNET ...": the same refusal as the user's total, one word group more);
# and the temporary replies that name no cause ("451 INTERNAL SERVER ERROR - PLEASE TRY AGAIN LATER", "451 DATA FAILED
# - ENCOUNTERED A TEMPORARY ERROR WITH ...", the memory and shutdown replies).
# Filled in by the run: every %s address with the recipient's (Magma writes it lower-cased; the run's are) or, in the
# SPF reply, the sender's; every [%s] with the client's address; the relay reply's domain with the recipient's domain,
# delta.test (its MX the replaying server's); the numbers, which the code reads from the recipient's settings and the
# stored copy gives no default for, made up: a recv_size_limit of 10485760 bytes (10 MB), a greylisting time of 1
# minute (the value Magma's own greylist check sets, check/magma/servers/smtp/checkers_check.c, "prefs.greytime = 1"), a daily
# receive limit of 1000. The daily-limit reply keeps the source's doubled word: its format "%u %s MESSAGES" with
# "MESSAGES" for %s writes "1000 MESSAGES MESSAGES".
# The temporary replies are served to every attempt (never accepted), so each sender warns after a minute and returns
# after 3 (../loopback-lib.sh's delay_warning and queue lifetime).
# The replies are chosen by recipient, not by anything the senders did: the messages are a few lines, carry only the
# senders' own Received fields, the senders' addresses have matching reverse names, no SPF record is published or
# asked, and no blacklist is consulted.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-magma}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Magma's replies.
ADMIN_LOCKED='550 ACCOUNT LOCKED - THE ACCOUNT <{rcpt}> HAS BEEN ADMINISTRATIVELY LOCKED'
INACTIVE='550 ACCOUNT LOCKED - THE ACCOUNT <{rcpt}> HAS BEEN LOCKED FOR INACTIVITY'
ABUSE_LOCKED='550 ACCOUNT LOCKED - THE ACCOUNT <{rcpt}> HAS BEEN LOCKED FOR ABUSE POLICY VIOLATIONS'
OWNER_LOCKED='550 ACCOUNT LOCKED - THE ACCOUNT <{rcpt}> HAS BEEN LOCKED AT THE REQUEST OF THE OWNER'
RELAY='551 RELAY ACCESS DENIED - THE DOMAIN <delta.test> IS NOT HOSTED LOCALLY AND RELAY ACCESS REQUIRES AUTHENTICATION'
INVALID='554 INVALID RECIPIENT - THE EMAIL ADDRESS <{rcpt}> DOES NOT MATCH AN ACCOUNT ON THIS SYSTEM'
FULL='552 MAILBOX FULL - THE ACCOUNT <{rcpt}> HAS EXCEEDED THEIR STORAGE QUOTA'
ACCOUNT_SIZE='552 MESSAGE EXCEEDS SIZE LIMIT - THE ACCOUNT <{rcpt}> IS ONLY AUTHORIZED TO ACCEPT MESSAGES UP TO 10485760 BYTES'
BLACKLIST='550 MESSAGE BLOCKED - THE ADDRESS [{client}] HAS BEEN LISTED ON A REALTIME BLACKLIST AND THE ACCOUNT <{rcpt}> IS CONFIGURED TO REJECT MESSAGES FROM BLACKLISTED ADDRESSES'
SPF='550 MESSAGE BLOCKED - THE MESSAGE IS BEING REJECTED BECAUSE THE ADDRESS [{client}] IS NOT AUTHORIZED TO SEND MESSAGES FROM <{sender}> - PLEASE CORRECT THE ISSUE AND TRY AGAIN'
GREYLIST='451 MAILBOX UNAVAILABLE - PLEASE TRY AGAIN IN 1 MINUTE'
DAILY='451 MAILBOX UNAVAILABLE - THE ACCOUNT <{rcpt}> IS CONFIGURED NOT TO ACCEPT MORE THAN 1000 MESSAGES MESSAGES IN A TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER'
INBOUND_SIZE='552 DATA FAILED - INBOUND SIZE LIMIT EXCEEDED - THE MAILBOXES INDICATED MAY ONLY RECIEVE MESSAGES UP TO 10485760 BYTES IN LENGTH'
LOOP='550 DATA FAILED - THE MESSAGE HAS TOO MANY RECEIVED HEADER LINES AND IS BEING REJECTED BECAUSE IT APPEARS TO BE CAUGHT IN A FORWARD LOOP'
UNDELIVERABLE_ANY='551 DATA FAILED - UNABLE TO DELIVER THE MESSAGE TO ANY OF THE RECIPIENTS'
UNDELIVERABLE_ONE='551 DATA FAILED - UNABLE TO DELIVER THE MESSAGE TO THE RECIPIENT'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$ADMIN_LOCKED" \
    abe@beta.test rcpt "$ADMIN_LOCKED" \
    amy@beta.test rcpt "$ADMIN_LOCKED" \
    ian@beta.test rcpt "$INACTIVE" \
    ida@beta.test rcpt "$INACTIVE" \
    ivo@beta.test rcpt "$INACTIVE" \
    abby@beta.test rcpt "$ABUSE_LOCKED" \
    axel@beta.test rcpt "$ABUSE_LOCKED" \
    olga@beta.test rcpt "$OWNER_LOCKED" \
    omar@beta.test rcpt "$OWNER_LOCKED" \
    rudi@delta.test rcpt "$RELAY" \
    rosa@delta.test rcpt "$RELAY" \
    ruth@delta.test rcpt "$RELAY" \
    ned@beta.test rcpt "$INVALID" \
    nell@beta.test rcpt "$INVALID" \
    nico@beta.test rcpt "$INVALID" \
    fran@beta.test rcpt "$FULL" \
    finn@beta.test rcpt "$FULL" \
    fay@beta.test rcpt "$FULL" \
    sal@beta.test rcpt "$ACCOUNT_SIZE" \
    sam@beta.test rcpt "$ACCOUNT_SIZE" \
    bea@beta.test rcpt "$BLACKLIST" \
    bob@beta.test rcpt "$BLACKLIST" \
    ben@beta.test rcpt "$BLACKLIST" \
    sid@beta.test rcpt "$SPF" \
    sol@beta.test rcpt "$SPF" \
    gail@beta.test rcpt "$GREYLIST" \
    gus@beta.test rcpt "$GREYLIST" \
    dora@beta.test rcpt "$DAILY" \
    dirk@beta.test rcpt "$DAILY" \
    lara@beta.test eom "$INBOUND_SIZE" \
    lena@beta.test eom "$INBOUND_SIZE" \
    lou@beta.test eom "$LOOP" \
    lyle@beta.test eom "$LOOP" \
    uma@beta.test eom "$UNDELIVERABLE_ANY" \
    uri@beta.test eom "$UNDELIVERABLE_ONE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (liam@, lucy@ and ulf@ have no line of their own: they share it).
lb_send <<'SEND'
account-locked	carol@alpha.test	ada@beta.test,abe@beta.test	192.0.2.25	Ada, Abe,\n\nthe choir rehearsal moved to Wednesday.\n\nCarol
inactive-account	carol@alpha.test	ian@beta.test,ida@beta.test	192.0.2.25	Ian, Ida,\n\nthe reunion list is below.\n\nCarol
abuse-locked	carol@alpha.test	abby@beta.test	192.0.2.25	Abby,\n\nthe garden plot fees are due.\n\nCarol
owner-locked	carol@alpha.test	olga@beta.test	192.0.2.25	Olga,\n\nthe book club picked its next title.\n\nCarol
relay-denied	carol@alpha.test	rudi@delta.test,rosa@delta.test	192.0.2.25	Rudi, Rosa,\n\nthe bike repair workshop is on Friday.\n\nCarol
invalid-recipient	carol@alpha.test	ned@beta.test,nell@beta.test	192.0.2.25	Ned, Nell,\n\nthe quiz night teams are drawn.\n\nCarol
mailbox-full	carol@alpha.test	fran@beta.test,finn@beta.test	192.0.2.25	Fran, Finn,\n\nthe allotment rota is below.\n\nCarol
account-size-limit	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe photos will follow separately.\n\nCarol
realtime-blacklist	carol@alpha.test	bea@beta.test,bob@beta.test	192.0.2.25	Bea, Bob,\n\nthe hall booking is confirmed.\n\nCarol
spf-not-authorized	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe minutes of the last meeting are below.\n\nCarol
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe raffle prizes are listed below.\n\nCarol
daily-limit	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe newsletter draft is ready.\n\nCarol
inbound-size-limit	carol@alpha.test	lara@beta.test,liam@beta.test	192.0.2.25	Lara, Liam,\n\nthe recital programme is below.\n\nCarol
forward-loop	carol@alpha.test	lou@beta.test,lucy@beta.test	192.0.2.25	Lou, Lucy,\n\nthe cake sale raised enough for the roof.\n\nCarol
unable-to-deliver	carol@alpha.test	uma@beta.test,ulf@beta.test	192.0.2.25	Uma, Ulf,\n\nthe coach leaves at eight.\n\nCarol
exim-account-locked	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe swim club timetable changed.\n\nPat
exim-inactive-account	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe alumni dinner is in March.\n\nPat
exim-abuse-locked	pat@pi.test	axel@beta.test	192.0.2.35	Axel,\n\nthe chess ladder is updated.\n\nPat
exim-owner-locked	pat@pi.test	omar@beta.test	192.0.2.35	Omar,\n\nthe hiking maps are in the shed.\n\nPat
exim-relay-denied	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe tenants' meeting is on Tuesday.\n\nPat
exim-invalid-recipient	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe darts league fixtures are out.\n\nPat
exim-mailbox-full	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe bake-off entries close Sunday.\n\nPat
exim-account-size-limit	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe scanned forms will follow.\n\nPat
exim-realtime-blacklist	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe parish notices are below.\n\nPat
exim-spf-not-authorized	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe treasurer's report is below.\n\nPat
exim-greylisted	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe ferry tickets are booked.\n\nPat
exim-daily-limit	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe volunteer rota is below.\n\nPat
exim-inbound-size-limit	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe concert seating plan is ready.\n\nPat
exim-forward-loop	pat@pi.test	lyle@beta.test	192.0.2.35	Lyle,\n\nthe food bank needs drivers.\n\nPat
exim-unable-to-deliver	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe bus to the match leaves at nine.\n\nPat
SEND
# twenty-six returns at once, then a warning after a minute and a return after 3 from each sender for each of the
# greylisted and daily-limited recipients
lb_wait 34 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
