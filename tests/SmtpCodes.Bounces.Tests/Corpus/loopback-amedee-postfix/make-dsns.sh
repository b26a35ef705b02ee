#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-amedee-postfix: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Postfix role of Amedee Van Gasse's ansible-servers, the Ansible playbooks for his own servers (the
# repository amedee/ansible-servers; MIT by its LICENSE, commit 74de0917cdc4, while the filter files' own headers allow
# copying and use but not sale; read with the search tool; only the reply texts are quoted). The role's content-check
# maps carry refusal texts written out in full; their headers say each is "a slightly modified version" of the filter
# files SecuritySage Inc. published for mail.securitysage.com (the work of Jeffrey Posluns, versions 20040307-1 to
# 20040504-1), so the words are SecuritySage's as the role ships and serves them:
#   roles/postfix/files/checks/header_checks.pcre (commit da0596d1ab9d): REJECT "Confirmed spam. Go away." for the
#     Bel-, Hel-, Kel-, BIC- and Lid-Tracking headers of spam runs; "Your subject had too many subsequent spaces. ..."
#     for a Subject with a run of spaces; "Your email has a date from the past. ..." for a Date in 19xx or 2000-2019;
#     "You used an email program that is used almost exclusively for spam. ..." for 17 X-Mailer names of bulk mailers.
#   roles/postfix/files/etc/postfix/checks/body_checks.pcre (commit dbe7384b6d9a): REJECT "Your email contained
#     potentially dangerous code. ..." (an iframe src=cid), "Your email program uses "=20" instead of spaces. ..."
#     (seven =20 on a line), "Your email is not using a proper character set. ..." (runs of &# entities), "Your email
#     contained a lot of script tags. ..." (eight comment or script tags on a line), "Your email contained wrongly
#     placed script tags. ..." (tags inside a word), "Your email looked like it contained a virus. ..." (two Sobig
#     base64 lines).
#   roles/postfix/files/mime_header_checks.pcre (commit e37b42fe42d2): REJECT "Files attached to emails that contain or
#     end in "$3" are prohibited on this server as they may contain viruses. The file named "$2" was rejected." for an
#     attachment name ending in one of about 60 extensions ($3 the extension, $2 the file name: served here for
#     holiday.scr), and "Mail filters have determined that your email appears to be infected with the <name> virus."
#     for the Sobig, Bagle, Sober and Netsky attachment names (served for Netsky).
#   roles/postfix/templates/postfix_invalid_recipients.j2 (commit 0c229504cce5), written by roles/postfix/tasks/main.yml
#     (commit 03725d57464f) to /etc/postfix/checks/invalid_recipients.pcre and named by main.cf.j2 (commit
#     7c3316aff30f) in smtpd_recipient_restrictions as check_recipient_access, before reject_unauth_destination:
#     "REJECT Invalid recipient" for each address in postfix_invalid_recipients (defaults/main.yml, commit
#     4f770d3c7ca2: empty by default; the owner lists retired addresses of his domains).
# main.cf.j2 names the three maps as body_checks, header_checks and mime_header_checks (pcre:/etc/postfix/checks/...).
# The texts are the role's, not Postfix's stock words; the frames are Postfix's. A header_checks, mime_header_checks or
# body_checks REJECT is refused by cleanup after the message, and smtpd answers "550 5.7.1 <text>" (header_checks(5)).
# A check_recipient_access REJECT answers at RCPT TO (smtpd_delay_reject = yes) with access_map_reject_code, 554:
# "554 5.7.1 <recipient>: Recipient address rejected: <text>" (access(5)).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# role's (after SecuritySage's); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it ({rcpt} filled in by the server: the recipient's address):
#   "550 5.7.1 Confirmed spam. Go away."   after the message, for ada@ and abe@ beta.test
#   "550 5.7.1 Your subject had too many subsequent spaces. Please change the subject and try again."   after the
#                              message, for sue@ and sol@ beta.test
#   "550 5.7.1 Your email has a date from the past. Fix your system clock and try again."   after the message, for
#                              dee@ and dom@ beta.test
#   "550 5.7.1 You used an email program that is used almost exclusively for spam. We do not accept email sent using
#                              this program."   (one line) after the message, for max@ and mia@ beta.test
#   "550 5.7.1 Your email contained potentially dangerous code. Please resend your message in plain text."   after the
#                              message, for ian@ and ivy@ beta.test
#   "550 5.7.1 Your email program uses "=20" instead of spaces. Please correct this (try setting your mail program to
#                              use plain text) and resend your message."   (one line) after the message, for eve@ and
#                              eli@ beta.test
#   "550 5.7.1 Your email is not using a proper character set. Please correct this (try setting your mail program to
#                              use plain text) and resend your message."   (one line) after the message, for cal@ and
#                              cat@ beta.test
#   "550 5.7.1 Your email contained a lot of script tags. Please correct this (try setting your mail program to use
#                              plain text) and resend your message."   (one line) after the message, for lot@ and lux@
#                              beta.test
#   "550 5.7.1 Your email contained wrongly placed script tags. Please correct this (try setting your mail program to
#                              use plain text) and resend your message."   (one line) after the message, for wes@ and
#                              wyn@ beta.test
#   "550 5.7.1 Your email looked like it contained a virus. Please run a virus scanner on your computer and try
#                              again."   (one line) after the message, for vic@ and val@ beta.test
#   "550 5.7.1 Files attached to emails that contain or end in "scr" are prohibited on this server as they may contain
#                              viruses. The file named "holiday.scr" was rejected."   (one line) after the message, for
#                              fin@ and flo@ beta.test
#   "550 5.7.1 Mail filters have determined that your email appears to be infected with the Netsky virus."   after the
#                              message, for ned@ and nia@ beta.test
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Invalid recipient"   to RCPT TO, for rex@ and roy@ beta.test
# Not served: the header_checks IGNORE of Disposition-Notification-To and the lines left commented out ("We don't
# accept strange character sets.", "You need to specify a return address ...", "So you think you can hide a URL in
# your spam? Think again!"), the bare REJECT of invalid_recipients.pcre for other domains (Postfix's "Access denied"),
# the Bagle, Sober and Sobig variants of the virus text (the Netsky one stands for them), the mail server variant's
# reject_rbl_client, reject_unlisted_recipient, sender restrictions and policy services and milters (Postfix's words
# or other programs'), and every stock reply of Postfix. The replies are chosen by recipient, not by anything the
# senders did: the messages carry none of the matched headers, bodies or attachments, and each message has one
# recipient and is a few lines of plain text. Every reply is permanent: each sender returns the message at once. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-amedee-postfix}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the ansible-servers Postfix's replies.
FIX='Please correct this (try setting your mail program to use plain text) and resend your message.'
GOAWAY='550 5.7.1 Confirmed spam. Go away.'
SPACES='550 5.7.1 Your subject had too many subsequent spaces. Please change the subject and try again.'
PAST='550 5.7.1 Your email has a date from the past. Fix your system clock and try again.'
MAILER='550 5.7.1 You used an email program that is used almost exclusively for spam. We do not accept email sent using this program.'
DANGER='550 5.7.1 Your email contained potentially dangerous code. Please resend your message in plain text.'
EQ20="550 5.7.1 Your email program uses \"=20\" instead of spaces. $FIX"
CHARSET="550 5.7.1 Your email is not using a proper character set. $FIX"
LOTS="550 5.7.1 Your email contained a lot of script tags. $FIX"
WRONG="550 5.7.1 Your email contained wrongly placed script tags. $FIX"
VIRUS='550 5.7.1 Your email looked like it contained a virus. Please run a virus scanner on your computer and try again.'
ATTACH='550 5.7.1 Files attached to emails that contain or end in "scr" are prohibited on this server as they may contain viruses. The file named "holiday.scr" was rejected.'
NETSKY='550 5.7.1 Mail filters have determined that your email appears to be infected with the Netsky virus.'
INVALID='554 5.7.1 <{rcpt}>: Recipient address rejected: Invalid recipient'
printf '%s\t%s\t%s\n' \
    ada@beta.test eom "$GOAWAY" \
    abe@beta.test eom "$GOAWAY" \
    sue@beta.test eom "$SPACES" \
    sol@beta.test eom "$SPACES" \
    dee@beta.test eom "$PAST" \
    dom@beta.test eom "$PAST" \
    max@beta.test eom "$MAILER" \
    mia@beta.test eom "$MAILER" \
    ian@beta.test eom "$DANGER" \
    ivy@beta.test eom "$DANGER" \
    eve@beta.test eom "$EQ20" \
    eli@beta.test eom "$EQ20" \
    cal@beta.test eom "$CHARSET" \
    cat@beta.test eom "$CHARSET" \
    lot@beta.test eom "$LOTS" \
    lux@beta.test eom "$LOTS" \
    wes@beta.test eom "$WRONG" \
    wyn@beta.test eom "$WRONG" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    fin@beta.test eom "$ATTACH" \
    flo@beta.test eom "$ATTACH" \
    ned@beta.test eom "$NETSKY" \
    nia@beta.test eom "$NETSKY" \
    rex@beta.test rcpt "$INVALID" \
    roy@beta.test rcpt "$INVALID" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
confirmed-spam-go-away	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe rowing boat is back on its trailer.\n\nCarol
subject-too-many-spaces	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe allotment gate has a new padlock.\n\nCarol
date-from-the-past	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe library sale starts at ten.\n\nCarol
bulk-mailer-program	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe bird feeder needs filling again.\n\nCarol
potentially-dangerous-code	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe picnic blankets are in the car.\n\nCarol
equals-20-for-spaces	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe bread oven is warm by noon.\n\nCarol
improper-character-set	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe chess club found a new room.\n\nCarol
many-script-tags	carol@alpha.test	lot@beta.test	192.0.2.25	Lot,\n\nthe canoe paddles were varnished.\n\nCarol
misplaced-script-tags	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe harvest supper is on Friday.\n\nCarol
looked-like-virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe tandem bike has two flat tyres.\n\nCarol
prohibited-attachment	carol@alpha.test	fin@beta.test	192.0.2.25	Fin,\n\nthe pottery class moved to Tuesday.\n\nCarol
netsky-virus	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe village hall roof is mended.\n\nCarol
invalid-recipient	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe walking group meets at the stile.\n\nCarol
exim-confirmed-spam-go-away	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe apple press is clean at last.\n\nPat
exim-subject-too-many-spaces	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe sandcastle contest is on Sunday.\n\nPat
exim-date-from-the-past	pat@pi.test	dom@beta.test	192.0.2.35	Dom,\n\nthe fiddle needs new strings.\n\nPat
exim-bulk-mailer-program	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe tulip bulbs are in the porch.\n\nPat
exim-potentially-dangerous-code	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe lantern parade starts at dusk.\n\nPat
exim-equals-20-for-spaces	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe hedge along the lane is trimmed.\n\nPat
exim-improper-character-set	pat@pi.test	cat@beta.test	192.0.2.35	Cat,\n\nthe rain gauge read two inches.\n\nPat
exim-many-script-tags	pat@pi.test	lux@beta.test	192.0.2.35	Lux,\n\nthe bunting is folded in the loft.\n\nPat
exim-misplaced-script-tags	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe ferry timetable changed in May.\n\nPat
exim-looked-like-virus	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe cake stall sold out by two.\n\nPat
exim-prohibited-attachment	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe sheep are in the top field.\n\nPat
exim-netsky-virus	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe telescope is set up on the lawn.\n\nPat
exim-invalid-recipient	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe woodstove flue was swept.\n\nPat
SEND
# every reply is permanent: 26 messages returned at once (13 by the Postfix, 13 by the Exim)
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
