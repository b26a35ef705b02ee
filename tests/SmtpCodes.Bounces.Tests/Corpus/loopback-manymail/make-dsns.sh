#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-manymail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the mail service of ManyMail, margbug01's "lightweight self-hosted mail service" (its README; the module docstring:
# a self-built mail service compatible with the DuckMail API, SMTP receipt on aiosmtpd at port 25 and a REST API on
# FastAPI at port 8080, the mail kept in MongoDB for 3 days by default, with a web viewer, an IMAP bridge and a
# forwarder beside it; the repository margbug01/ManyMail, MIT as its README says, its LICENSE file not in the index's
# listing; read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# mail-service/app.py (commit 0addb4d664a8: MailHandler's handle_RCPT and handle_DATA, and the helpers they call,
# _check_smtp_blacklist, _check_smtp_greylist, _check_smtp_rcpt_limit and _check_smtp_data_limit), each reply a string
# the handler returns and aiosmtpd sends as it is; mail-service/tests/test_smtp_guards.py (commit db8bd4e7078b) asserts
# the same strings. What each answers, from the code:
#   to RCPT TO "554 5.7.1 Client blocked" (the client's address is in SMTP_BLACKLIST_IPS), "554 5.7.1 Sender blocked"
#   (the MAIL FROM address or its domain is in SMTP_BLACKLIST_SENDERS), "451 4.7.1 Greylisted, please retry later" (the
#   client, sender and recipient seen first, or again before SMTP_GREYLIST_DELAY_SECONDS, 60 by default, have passed;
#   only when SMTP_GREYLIST_ENABLED), "452 4.5.3 Too many recipients" (more recipients in one message than
#   SMTP_MAX_RCPTS_PER_MESSAGE, 20), "421 4.7.0 Too many recipient commands, try again later" (more RCPT commands from
#   the client's address in SMTP_RCPT_RATE_WINDOW than SMTP_RCPT_RATE_MAX, 100 a minute), "550 Domain <domain> not
#   accepted here" (the recipient's domain is not among the active domains kept in MongoDB) and "552 5.3.4 Recipient
#   address too long" (an address longer than SMTP_MAX_ADDRESS_LENGTH, 320);
#   after the message "421 4.7.0 Too many messages, try again later" (more messages from the client's address in
#   SMTP_DATA_RATE_WINDOW than SMTP_DATA_RATE_MAX, 20 a minute), "552 5.3.4 Message too large" (more than
#   SMTP_MAX_MESSAGE_BYTES, 10 MiB), "554 5.6.0 Empty message rejected" (no subject, no text, no HTML and no
#   attachment) and "451 Requested action aborted: error in processing" (any exception while parsing or storing the
#   message, MongoDB down say).
# The blacklist, greylist and rate checks skip private and loopback clients (_is_internal_client); the senders here
# relay from 192.0.2.0/24, which Python's ipaddress counts as neither.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ManyMail's; the DSNs are made.
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
#   "554 5.7.1 Client blocked"   to RCPT TO, for cleo@ and clay@ beta.test
#   "554 5.7.1 Sender blocked"   to RCPT TO, for sid@ and sara@ beta.test
#   "451 4.7.1 Greylisted, please retry later"   to RCPT TO, to every attempt, for greg@ and gwen@ beta.test
#   "452 4.5.3 Too many recipients"   to RCPT TO, to every attempt, for tom@ and tara@ beta.test
#   "421 4.7.0 Too many recipient commands, try again later"   to RCPT TO, to every attempt, for rex@ and rita@
#                              beta.test (the replaying server closes the connection after a 421; aiosmtpd would not)
#   "550 Domain gamma.test not accepted here"   to RCPT TO, for dan@ and dora@ gamma.test (the domain the code fills in
#                              is the recipient's)
#   "552 5.3.4 Recipient address too long"   to RCPT TO, for al@ and ada@ beta.test
#   "421 4.7.0 Too many messages, try again later"   after the message, to every attempt, for max@ and mia@ beta.test
#                              (the replaying server closes the connection after it; aiosmtpd would not)
#   "552 5.3.4 Message too large"   after the message, for lar@ and liz@ beta.test
#   "554 5.6.0 Empty message rejected"   after the message, for emma@ and eli@ beta.test
#   "451 Requested action aborted: error in processing"   after the message, to every attempt, for pete@ and pia@
#                              beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "501 5.1.3 Bad recipient address syntax" (Postfix's own words for the same case, and no relaying MTA sends an
# address without an @); "452 4.5.3 Duplicate recipient" and "554 5.5.1 No valid recipients" (a relaying MTA sends no
# recipient twice and no DATA without one); the 250 with which the loop-back guard swallows an auto-reply; the REST
# API's HTTP answers. The replies are chosen by recipient, not by anything the senders or their addresses did: each
# message has one recipient and is a few lines of plain text with a subject, so the client, sender, length and emptiness
# the code tests stand behind the recipient here. The temporary replies come on every attempt (the real greylist lets a
# retry after a minute through); each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-manymail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ManyMail's replies.
CLIENT='554 5.7.1 Client blocked'
SENDER='554 5.7.1 Sender blocked'
GREY='451 4.7.1 Greylisted, please retry later'
RCPTS='452 4.5.3 Too many recipients'
RCPTRATE='421 4.7.0 Too many recipient commands, try again later'
DOMAIN='550 Domain gamma.test not accepted here'
LONG='552 5.3.4 Recipient address too long'
MSGRATE='421 4.7.0 Too many messages, try again later'
LARGE='552 5.3.4 Message too large'
EMPTY='554 5.6.0 Empty message rejected'
ERROR='451 Requested action aborted: error in processing'
printf '%s\t%s\t%s\n' \
    cleo@beta.test rcpt "$CLIENT" \
    clay@beta.test rcpt "$CLIENT" \
    sid@beta.test rcpt "$SENDER" \
    sara@beta.test rcpt "$SENDER" \
    greg@beta.test rcpt "$GREY" \
    gwen@beta.test rcpt "$GREY" \
    tom@beta.test rcpt "$RCPTS" \
    tara@beta.test rcpt "$RCPTS" \
    rex@beta.test rcpt "$RCPTRATE" \
    rita@beta.test rcpt "$RCPTRATE" \
    dan@gamma.test rcpt "$DOMAIN" \
    dora@gamma.test rcpt "$DOMAIN" \
    al@beta.test rcpt "$LONG" \
    ada@beta.test rcpt "$LONG" \
    max@beta.test eom "$MSGRATE" \
    mia@beta.test eom "$MSGRATE" \
    lar@beta.test eom "$LARGE" \
    liz@beta.test eom "$LARGE" \
    emma@beta.test eom "$EMPTY" \
    eli@beta.test eom "$EMPTY" \
    pete@beta.test eom "$ERROR" \
    pia@beta.test eom "$ERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-blocked	carol@alpha.test	cleo@beta.test	192.0.2.25	Cleo,\n\nthe plum tree needs pruning before spring.\n\nCarol
sender-blocked	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe rowing club meets at the boathouse.\n\nCarol
greylisted	carol@alpha.test	greg@beta.test	192.0.2.25	Greg,\n\nthe lantern batteries are in the drawer.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe cider is ready to bottle.\n\nCarol
too-many-recipient-commands	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe ferry timetable changed on Sunday.\n\nCarol
domain-not-accepted	carol@alpha.test	dan@gamma.test	192.0.2.25	Dan,\n\nthe new bookshelf is level at last.\n\nCarol
recipient-address-too-long	carol@alpha.test	al@beta.test	192.0.2.25	Al,\n\nthe compost bin lid blew off again.\n\nCarol
too-many-messages	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe choir sings at the harvest supper.\n\nCarol
message-too-large	carol@alpha.test	lar@beta.test	192.0.2.25	Lar,\n\nthe map of the coastal path is framed.\n\nCarol
empty-message-rejected	carol@alpha.test	emma@beta.test	192.0.2.25	Emma,\n\nthe hens laid six eggs today.\n\nCarol
error-in-processing	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nthe canoe paddles are drying in the shed.\n\nCarol
exim-client-blocked	pat@pi.test	clay@beta.test	192.0.2.35	Clay,\n\nthe quilt for the raffle is finished.\n\nPat
exim-sender-blocked	pat@pi.test	sara@beta.test	192.0.2.35	Sara,\n\nthe old clock chimes on the half hour.\n\nPat
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe walnut harvest was small this year.\n\nPat
exim-too-many-recipients	pat@pi.test	tara@beta.test	192.0.2.35	Tara,\n\nthe pond pump is humming again.\n\nPat
exim-too-many-recipient-commands	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe chess set is missing a rook.\n\nPat
exim-domain-not-accepted	pat@pi.test	dora@gamma.test	192.0.2.35	Dora,\n\nthe violin strings came in the post.\n\nPat
exim-recipient-address-too-long	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe orchard gate latch is mended.\n\nPat
exim-too-many-messages	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe sourdough starter is bubbling.\n\nPat
exim-message-too-large	pat@pi.test	liz@beta.test	192.0.2.35	Liz,\n\nthe hiking boots need new laces.\n\nPat
exim-empty-message-rejected	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe sundial is back on its plinth.\n\nPat
exim-error-in-processing	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe bird table has a new roof.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the five
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
