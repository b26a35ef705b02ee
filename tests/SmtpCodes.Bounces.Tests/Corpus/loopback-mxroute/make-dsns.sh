#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mxroute: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the Exim ACLs that MXroute (the e-mail host of Jarland Donnell) adds to the Exim of its DirectAdmin servers, as its
# repository of server management scripts writes them (mxroute/da_server_updates, read with the search tool:
# exim/exim.acl_check_helo.pre.conf at commit 2bcb90bb9613, "MXroute HELO check rules"; exim/exim.acl_check_recipient.pre.conf
# at 0078348f3be7; exim/exim.acl_check_message.pre.conf at 12a874d13d3c, whose deny statements DirectAdmin's exim.conf
# runs in its HELO, RCPT TO and DATA ACLs; no licence file is stored, the README says only "These are the scripts for
# updating and re-applying customizations to services for MXroute's DirectAdmin servers"; only the ACLs' message texts
# are quoted). Exim answers a deny with "550 " and the ACL's message (its default code; a message that begins with its
# own code, as the AI filter's "550 Message rejected as spam by content filter", keeps that code). A sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are MXroute's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage its ACL runs:
#   "550 This computer has been blocked from sending email"   (the HELO ACL's deny for a HELO name ending in
#                              distritek.cab, and its drop for a name on /etc/heloblocks, "HELO on heloblocks
#                              Blocklist"; the deny's form: the connection stays open) to EHLO and to HELO, to the
#                              Postfix's second address (out2.alpha.test 192.0.2.24, which sends for gamma.test): gil@,
#                              gia@ gamma.test
#   "550 Your sending address has been blocked by admins see mxroutedocs.com for explanation"   (the RCPT ACL's deny for
#                              a sender on /etc/spam_senders) to RCPT TO, for sab@beta.test from the Postfix and to every
#                              recipient of the Exim's second address (out2.pi.test 192.0.2.34, for gamma.test): sol@,
#                              sue@ gamma.test
#   "550 Your recipient address has been blocked by admins see mxroutedocs.com for explanation"   (the RCPT ACL's deny
#                              for a recipient on /etc/spam_recipients, a list of addresses and domains, most of them
#                              mistyped or throwaway ones) to RCPT TO, for reb@beta.test from the Postfix and rex@beta.test
#                              from the Exim
#   "550 Intentionally vague error message requiring you to contact support"   (the RCPT ACL's deny for a client whose
#                              HELO name is, or ends in, mxrouting.net, MXroute's own servers' domain, while its address
#                              is not the host's own loopback) to RCPT TO, for vag@beta.test from the Postfix and
#                              vex@beta.test from the Exim
#   "550 This message has been rejected as spam"   (the DATA ACL's deny for a message with the null sender, flagged at
#                              RCPT TO, whose Subject is none of the bounce and auto-reply subjects it lists) after the
#                              final dot, for spa@beta.test from the Postfix and spe@beta.test from the Exim
#   "550 Message rejected as spam by content filter"   (the DATA ACL's "AI FILTER": a recipient domain on
#                              /etc/aifilter-domains and the AI filter daemon answering SPAM) after the final dot, for
#                              aim@beta.test from the Postfix and aix@beta.test from the Exim
#   "550 Emails with "Support Ticket Not Opened" in the subject are not allowed"   (the DATA ACL's deny for that Subject;
#                              the message sent carries it) after the final dot, for sup@beta.test from the Postfix
# Not served: the rules about one sender or sender domain ("Your software claims your sending address is on example.com
# which is not your domain", "Emails from doclist.bounces.google.com containing emoji in the subject are not allowed",
# "Messages from promote.weebly.com are heavily filtered due to spam"), the rules for authenticated senders
# ("Authenticated users are not allowed to send bounce emails", the instantly.ai rule), "Sending to domains starting with
# "example.com" is not allowed.", the other Subject rules ("your-subject", "~|") and HELO rules ("Suspicious HELO
# rejected", "Rejected: HELO/EHLO name is a default OVH reverse DNS", "Blocked HELO - Suspicious domain") and the RBL
# text of exim.strings.conf.custom, which DirectAdmin's own ACL writes.
# The replies are chosen by recipient or client address, not by anything the senders did: no sender, recipient or HELO
# name is on a list, no client claims to be mxrouting.net, no message has the null sender, no AI filter runs; only the
# Support Ticket message carries the Subject its rule names. Every reply is permanent; each sender returns the message
# at once. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mxroute}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MXroute's ACL messages as Exim sends them.
SENDER='550 Your sending address has been blocked by admins see mxroutedocs.com for explanation'
RECIPIENT='550 Your recipient address has been blocked by admins see mxroutedocs.com for explanation'
VAGUE='550 Intentionally vague error message requiring you to contact support'
BLANK='550 This message has been rejected as spam'
AI='550 Message rejected as spam by content filter'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo '550 This computer has been blocked from sending email' \
    sab@beta.test rcpt "$SENDER" \
    client:192.0.2.34 rcpt "$SENDER" \
    reb@beta.test rcpt "$RECIPIENT" \
    rex@beta.test rcpt "$RECIPIENT" \
    vag@beta.test rcpt "$VAGUE" \
    vex@beta.test rcpt "$VAGUE" \
    spa@beta.test eom "$BLANK" \
    spe@beta.test eom "$BLANK" \
    aim@beta.test eom "$AI" \
    aix@beta.test eom "$AI" \
    sup@beta.test eom '550 Emails with "Support Ticket Not Opened" in the subject are not allowed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
helo-blocked	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe garden tools are back in the shed.\n\nCarol
sender-blocked	carol@alpha.test	sab@beta.test	192.0.2.25	Sab,\n\nthe photos from the wedding are online.\n\nCarol
recipient-blocked	carol@alpha.test	reb@beta.test	192.0.2.25	Reb,\n\nthe piano lesson moves to Wednesday.\n\nCarol
vague-error	carol@alpha.test	vag@beta.test	192.0.2.25	Vag,\n\nthe tent poles are in the blue bag.\n\nCarol
rejected-as-spam	carol@alpha.test	spa@beta.test	192.0.2.25	Spa,\n\nthe recipe for the plum cake follows.\n\nCarol
content-filter	carol@alpha.test	aim@beta.test	192.0.2.25	Aim,\n\nthe train tickets for Sunday are booked.\n\nCarol
Support Ticket Not Opened	carol@alpha.test	sup@beta.test	192.0.2.25	Sup,\n\nthe printer ticket was never opened, so I am writing again.\n\nCarol
exim-sender-blocked	pat@pi.test	sol@gamma.test,sue@gamma.test	192.0.2.35	Sol, Sue,\n\nthe school fete needs two more stalls.\n\nPat
exim-recipient-blocked	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe boat trailer has a new tyre.\n\nPat
exim-vague-error	pat@pi.test	vex@beta.test	192.0.2.35	Vex,\n\nthe choir sheets are in the folder.\n\nPat
exim-rejected-as-spam	pat@pi.test	spe@beta.test	192.0.2.35	Spe,\n\nthe allotment rota is pinned up.\n\nPat
exim-content-filter	pat@pi.test	aix@beta.test	192.0.2.35	Aix,\n\nthe swimming club meets on Monday.\n\nPat
SEND
# twelve messages refused for good, each returned at once (seven by the Postfix, five by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
