#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sauce: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# SAUCE ("Software Against Unsolicited Commercial Email"), Ian Jackson's SMTP defence front end in Tcl: it listens on
# port 25 in front of the site's real MTA (Exim), checks the client's reverse DNS and HELO name, verifies senders,
# keeps per-site and per-address grey/black/white lists, delays first contact from unknown sites and senders, and
# passes each recipient and message through to the MTA or refuses them itself. Read in the artefact this machine
# fetched: the Debian package sauce 0.9.2 (bookworm, Architecture all, Maintainer Ian Jackson
# <ijackson@chiark.greenend.org.uk>; `apt-get download sauce`, unpacked with dpkg-deb -x; GPL, upstream at
# chiark.greenend.org.uk, Ian Jackson's site; the package's metadata names no repository). Only the reply texts are
# quoted. The files and lines read:
#   usr/share/sauce/smtp: the RCPT TO branch (lines 636-737: "550 $bouncedjunk_message" for a bait address, the
#     rej_this/defer_this/delay_this loop that sends rej_conn+rej_msg with 550, defer_conn+defer_msg with 451 and
#     delay_msg with 450, "450 $mixedkinds_message"; ic_rej_bl called at lines 677-682 with "\[$state(ra)\]" site
#     and the return path when the site or the sender is on the blacklist), ic_rbl_minage (lines 1138-1158: sets
#     delay_msg to new_addr_message or new_site_message while a sender or site is younger than its minimum age);
#   usr/share/sauce/msgdata: ic_rej_bl and ic_rej (lines 67-75: "Blacklisted $inwhere `<what>'" added to rej_msg),
#     hdr_read and hdr_process1 (lines 95-200: ic_rej "No Message-ID header" at the end of the header when
#     require_messageid is set, "Message-ID header appears twice"), msg_maincontrol (lines 328-400: the rejections
#     joined and sent after the message with 550 by ic_bodyrej, line 391), and body_read (lines 478-490: "554 virus
#     flood (or bare executable) rejected" when taboo_virus_hack is set and a body line carries the base64 of an
#     executable's header; ic_bodybodyrej reads the rest of the message and answers after it);
#   usr/share/sauce/sconfig (lines 105-114: the default texts: mixedkinds_message "Mixed recipient kinds, try this one
#     later", bouncedjunk_message "Bounce of probably-forged junk mail", new_addr_message "Sender not yet trusted, try
#     later", new_site_message "Site not yet trusted, try later");
#   usr/share/sauce/library (lines 166-170: smtp_prefix_response puts the code before each line, "<code>-" on all but
#     the last). SAUCE writes no enhanced status codes.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SAUCE's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it ({client} is the sending MTA's address):
#   "550 Bounce of probably-forged junk mail"   to RCPT TO, for bob@ and bea@ beta.test (a bait address)
#   "550 Blacklisted site `[{client}]'"   to RCPT TO, for sal@ and sue@ beta.test (the client's site is on the
#                              blacklist)
#   "550 Blacklisted return path `carol@alpha.test'"   to RCPT TO, for ray@ beta.test; "550 Blacklisted return path
#                              `pat@pi.test'" for rex@ beta.test (the envelope sender is on the blacklist)
#   "550 No Message-ID header"   after the message, for mia@ and max@ beta.test
#   "554 virus flood (or bare executable) rejected"   after the message, for vic@ and val@ beta.test
#   "450 Sender not yet trusted, try later"   to RCPT TO, to every attempt, for nat@ and ned@ beta.test
#   "450 Site not yet trusted, try later"   to RCPT TO, to every attempt, for sid@ and sam@ beta.test
#   "450 Mixed recipient kinds, try this one later"   to RCPT TO, to every attempt, for mo@ and meg@ beta.test
# Not served: the greeting "<host> sauce-smtpd ESMTP ready" and the EHLO answer (the replaying server's are used);
# syntax and sequence replies (500, 501, 503), which a relaying MTA does not provoke; "451 reverse DNS: <ip>: <error>",
# "451 problematic MAIL-FROM: <error>", "550 invalid MAIL-FROM: <error>" and the RBL texts ("Your site is
# realtime-blacklisted (%d: %m)", "Site distrusted, try later (%d: %m)"), whose tails are DNS or verifier error texts
# and list answers SAUCE does not write; the 421 closings (timeouts, shutdown, "MTA <error>" when its own MTA fails);
# the SAUCEADMIN replies; "250 Recipient verified" to a bait address with a sender (SAUCE accepts and discards).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sauce}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SAUCE's replies.
JUNK='550 Bounce of probably-forged junk mail'
BLSITE="550 Blacklisted site \`[{client}]'"
BLPATHP="550 Blacklisted return path \`carol@alpha.test'"
BLPATHE="550 Blacklisted return path \`pat@pi.test'"
NOMID='550 No Message-ID header'
VIRUS='554 virus flood (or bare executable) rejected'
NEWADDR='450 Sender not yet trusted, try later'
NEWSITE='450 Site not yet trusted, try later'
MIXED='450 Mixed recipient kinds, try this one later'
printf '%s\t%s\t%s\n' \
    bob@beta.test rcpt "$JUNK" \
    bea@beta.test rcpt "$JUNK" \
    sal@beta.test rcpt "$BLSITE" \
    sue@beta.test rcpt "$BLSITE" \
    ray@beta.test rcpt "$BLPATHP" \
    rex@beta.test rcpt "$BLPATHE" \
    mia@beta.test eom "$NOMID" \
    max@beta.test eom "$NOMID" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    nat@beta.test rcpt "$NEWADDR" \
    ned@beta.test rcpt "$NEWADDR" \
    sid@beta.test rcpt "$NEWSITE" \
    sam@beta.test rcpt "$NEWSITE" \
    mo@beta.test rcpt "$MIXED" \
    meg@beta.test rcpt "$MIXED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
bounced-junk	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe hedge by the lane wants trimming.\n\nCarol
blacklisted-site	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe ferry timetable changed in May.\n\nCarol
blacklisted-return-path	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe kiln is cooling overnight.\n\nCarol
no-message-id	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe quilt show opens on Saturday.\n\nCarol
virus-flood	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe weather vane points north again.\n\nCarol
sender-not-yet-trusted	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe beehives were checked on Monday.\n\nCarol
site-not-yet-trusted	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe tide tables are pinned by the door.\n\nCarol
mixed-recipient-kinds	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe choir sings at the harvest supper.\n\nCarol
exim-bounced-junk	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe footpath stile is loose.\n\nPat
exim-blacklisted-site	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe apple store smells of autumn.\n\nPat
exim-blacklisted-return-path	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe rowing boat needs new oars.\n\nPat
exim-no-message-id	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe old mill wheel turns again.\n\nPat
exim-virus-flood	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe hay bales are under cover.\n\nPat
exim-sender-not-yet-trusted	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe cricket nets are up.\n\nPat
exim-site-not-yet-trusted	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe kite festival is on the downs.\n\nPat
exim-mixed-recipient-kinds	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe lighthouse tour is booked.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
