#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jarppiko-exim4: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Exim configuration that jarppiko's Ansible role for Exim 4 writes (ansible-role-exim4, "Exim 4 ESMTP
# server setup for Debian/Ubuntu", a fork of the role Ruth Ivimey-Cook (rivimey) wrote in 2018-2020 "from an original
# outline 'ansible-exim' by Jeff Geerling"; its README and meta/main.yml state the licence as MIT / BSD, and no licence
# file was read). Read with the search tool in the repository jarppiko/ansible-role-exim4: templates/exim4.conf.j2 at
# commit 04819c1c7879a97943af21c6a62a6042c72478d5 (its ACLs), defaults/main.yml at the same commit (which options are
# on by default), templates/exim-greylist.conf.inc at 142f01ca83676ad5b3d1d2e62f6d989fd147b7c6 (the greylisting ACL
# the template includes), README.md and meta/main.yml; only the reply texts are quoted. Its ACLs write these refusals as
# Exim "message =" texts on verbs that carry no code, so Exim sends its own code before each (550 for deny, 451 for a
# defer after the message) and no enhanced code:
#   "Mail not permitted from your IP" (acl_check_connect: the client is in the role's host blacklist,
#   blacklist_hosts; Exim answers the connection with it instead of its greeting);
#   "Sorry, I do not accept mail from $sender_address." (acl_check_mail: the sender's domain is in the role's
#   bad_mailfrom_hosts file);
#   "Mail not permitted from sender" (acl_check_rcpt: the sender is in the role's sender blacklist file);
#   "Message fragments administratively prohibited" (acl_check_data: a message/partial Content-Type);
#   "Your message headers contain invalid syntax: $acl_verify_message" (acl_check_data, !verify = header_syntax; the
#   role sets smtp_return_error_details = true, so Exim adds what the verification found, over three lines);
#   "Message is missing one or more required headers and so is not valid." (acl_check_data: no From: or no Date:);
#   "Mailserver does not accept Windows executables: resend as zip or tar file." (acl_check_mime: an .exe, .com or
#   .bat attachment; only when the role's exim_use_demime option is on, off by default);
#   and, to every attempt, the greylisting defer of exim-greylist.conf.inc (David Woodhouse's greylisting ACL, which
#   the role ships and includes; the role's data ACL runs it with the reasons it gathered, here its own "Host
#   $sender_host_address lacks reverse DNS").
# Each reply's exact form (the code, the line breaks Exim makes in the long greylisting text, the three lines of the
# header-syntax reply) is what Exim 4.96 itself sent in a host-checking session (exim -bh) with these ACL statements,
# before this run.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# role's (the greylisting text David Woodhouse's); the codes Exim's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it ({client} and {sender} are the client's address and the
# MAIL FROM address, as Exim expands $sender_host_address and $sender_address):
#   "550 Mail not permitted from your IP"   instead of the greeting, to the clients 192.0.2.24 and 192.0.2.34 (the
#       senders' second addresses, which send to gamma.test: ian@ and ida@ gamma.test; Exim 4.96 answers a connect
#       ACL's deny with 550, not 554)
#   "550 Sorry, I do not accept mail from {sender}."   to MAIL FROM, at the second replaying server (mx.delta.test), to
#       both senders (dora@ and dan@ delta.test)
#   "550 Mail not permitted from sender"   to RCPT TO, for ivy@ and ike@ beta.test
#   "550 Message fragments administratively prohibited"   after the message, for fern@ and flo@ beta.test
#   "550-Your message headers contain invalid syntax: Rejected after DATA:" and two more lines, after the message, for
#       ines@ and iris@ beta.test
#   "550 Message is missing one or more required headers and so is not valid."   after the message, for hal@ and
#       hank@ beta.test
#   "550 Mailserver does not accept Windows executables: resend as zip or tar file."   after the message, for wes@
#       and walt@ beta.test
#   "451-Your mail was considered suspicious for the following reason(s):" and seven more lines, after the message, to
#       every attempt, for gail@ and gus@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); the HELO ACL's two texts (the template
# defines acl_check_helo but never names it as acl_smtp_helo, so they are never sent); "Nice boys say HELO first" (MAIL
# without HELO, which no relaying MTA sends); "Mail not permitted from host $sender_host_address." (the RCPT ACL's
# host blacklist test, which the connect ACL's test of the same list always answers first); the data ACL's second
# "Mail not permitted from sender" (the RCPT ACL answers first); "Invalid use of null sender" (a null sender with two
# recipients); Exim's default configuration's words ("Restricted characters in address", "relay not permitted", "This
# message contains a virus ($malware_name).") and the Exim recipes' "Blacklisted file extension ... detected"; the
# SpamAssassin refusal (its text is SpamAssassin's report); the greylisting's second defer ("Your mail was previously
# greylisted and the time has not yet expired."). The replies are chosen by recipient or by client, not by anything the
# senders did (no blacklist, header defect, attachment or missing reverse DNS is reproduced): each message has one
# recipient and is a few lines of plain text. The greylisting defer comes on every attempt to its own recipient, as if
# the greylist database never took the message; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and a second replaying server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (its replies to MAIL FROM are chosen by client).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-jarppiko-exim4}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' tables (KEY, STAGE, REPLY): the replies of the role's Exim configuration.
IP='550 Mail not permitted from your IP'
SORRY='550 Sorry, I do not accept mail from {sender}.'
SENDER='550 Mail not permitted from sender'
FRAGMENTS='550 Message fragments administratively prohibited'
SYNTAX='550-Your message headers contain invalid syntax: Rejected after DATA:\n550-"@" or "." expected after "broken": failing address in "To:" header is:\n550 <broken'
HEADERS='550 Message is missing one or more required headers and so is not valid.'
EXE='550 Mailserver does not accept Windows executables: resend as zip or tar file.'
GREY='451-Your mail was considered suspicious for the following reason(s):\n451-Host {client} lacks reverse DNS\n451-The mail has been greylisted for 2 minutes, after which it should be\n451-accepted. We apologise for the inconvenience. Your mail system should keep\n451-the mail on its queue and retry. When that happens, your system will be\n451-added to the list genuine mail systems, and mail from it should not be\n451-greylisted any more. In the event of problems, please contact\n451 postmaster@beta.test'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$IP" \
    client:192.0.2.34 connect "$IP" \
    ivy@beta.test rcpt "$SENDER" \
    ike@beta.test rcpt "$SENDER" \
    fern@beta.test eom "$FRAGMENTS" \
    flo@beta.test eom "$FRAGMENTS" \
    ines@beta.test eom "$SYNTAX" \
    iris@beta.test eom "$SYNTAX" \
    hal@beta.test eom "$HEADERS" \
    hank@beta.test eom "$HEADERS" \
    wes@beta.test eom "$EXE" \
    walt@beta.test eom "$EXE" \
    gail@beta.test eom "$GREY" \
    gus@beta.test eom "$GREY" \
    > "$W/replies.txt"
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 mail "$SORRY" \
    client:192.0.2.35 mail "$SORRY" \
    > "$W/replies-delta.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' \
    'mx.delta.test. 300 IN A 192.0.2.27' \
    '27.2.0.192.in-addr.arpa. 300 IN PTR mx.delta.test.'
ip addr add 192.0.2.27/32 dev lo
/usr/bin/python3 "$HERE/../loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies-delta.txt" > "$W/replay-delta.log" 2>&1 &
sleep 1

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mail-not-permitted-from-your-ip	carol@alpha.test	ian@gamma.test	192.0.2.25	Ian,\n\nthe bike trailer is back in the garage.\n\nCarol
sorry-i-do-not-accept-mail	carol@alpha.test	dora@delta.test	192.0.2.25	Dora,\n\nthe plum jam is ready for the fair.\n\nCarol
mail-not-permitted-from-sender	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe choir meets an hour later on Thursday.\n\nCarol
message-fragments-prohibited	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe seed swap moved to the old library.\n\nCarol
invalid-header-syntax	carol@alpha.test	ines@beta.test	192.0.2.25	Ines,\n\nthe tent poles are in the blue bag.\n\nCarol
missing-required-headers	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe minutes of the residents' meeting are attached below.\n\nCarol
windows-executables	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe printer driver is on the shelf in a box.\n\nCarol
greylisted-suspicious	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe hedge trimmer can stay with you until May.\n\nCarol
exim-mail-not-permitted-from-your-ip	pat@pi.test	ida@gamma.test	192.0.2.35	Ida,\n\nthe ferry times changed for the winter.\n\nPat
exim-sorry-i-do-not-accept-mail	pat@pi.test	dan@delta.test	192.0.2.35	Dan,\n\nthe pottery class starts on the ninth.\n\nPat
exim-mail-not-permitted-from-sender	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe canoe club needs a new treasurer.\n\nPat
exim-message-fragments-prohibited	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe rota for the food bank is pinned up.\n\nPat
exim-invalid-header-syntax	pat@pi.test	iris@beta.test	192.0.2.35	Iris,\n\nthe telescope is booked for Saturday night.\n\nPat
exim-missing-required-headers	pat@pi.test	hank@beta.test	192.0.2.35	Hank,\n\nthe allotment water is back on.\n\nPat
exim-windows-executables	pat@pi.test	walt@beta.test	192.0.2.35	Walt,\n\nthe camera manual is in the drawer.\n\nPat
exim-greylisted-suspicious	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe quiz questions are due on Friday.\n\nPat
SEND
# thirteen messages refused for good, returned at once (six by the Postfix, seven by the Exim), then a warning after a
# minute and a return after 3 for each greylisted message (one to each sender) and for the Postfix's message to
# gamma.test: Postfix skips a server whose greeting is a 5xx reply (smtp_skip_5xx_greeting, on by default) and keeps the
# mail queued, where Exim returns it at once
lb_wait 19 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
