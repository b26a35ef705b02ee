#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postlicyd: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts that the manual pages of postlicyd, "a postfix versatile Policy Daemon from the Postfix Tools Suite" (pfixtools,
# github.com/Fruneau/pfixtools; "Copyright 2009-2012 the Postfix Tools Suite Authors. License BSD."), give as examples
# of its hooks, as a receiving Postfix gives them when postlicyd sits in its smtpd_recipient_restrictions (and
# smtpd_data_restrictions) as check_policy_service, as those pages configure it. Read with the search tool:
#   postlicyd/postlicyd.asciidoc (postlicyd(8), commit 268d954c33e64a7f265f0bdd1ff5b7e23094c174): its simple and
#     selective greylisters answer "on_greylist = postfix:450 Greylisted" ("Answer is greylist: send a temporary
#     error"), and its "data time greylister" shows the SMTP transaction word for word: "450 4.7.1
#     <greylisted@example.net>: Recipient address rejected: Greylisted" to RCPT TO, then "450 4.7.1 <DATA>: Data command
#     rejected: Greylisted" to DATA ("the mail is rejected at DATA-time because one of the recipient has been rejected");
#   postlicyd/postlicyd.conf.asciidoc (postlicyd.conf(5), commit f9913d833cfb3677a3e8da8d332033bec00b17fc), its examples
#     of hooks: "on_match = postfix:REJECT Blacklisted" ("If filter replies "match", replies "REJECT" with explanation
#     "Blacklisted" to postfix"), "on_fail = postfix:450 Greylisted, see http://www.example.org/${sender_domain}.html"
#     ("If filter replies "fail", replies "450" with explanation containing the domain of the MAIL FROM smtp command"),
#     and "on_fail = postfix:550 Sorry but you not allowed to send mail with ${sender_domain}" ("When filter replies
#     "fail" reply 550 to postfix and add a description");
#   postlicyd/postlicyd.conf-rate.asciidoc (postlicyd.conf-rate(5), same commit), the rate filter's example ("Limit the
#     number of emails sent by an IP to 1000 per hour"): "on_hard_match = warn:IP ${client_address} is sending too many
#     emails:postfix:421 Two many mails from your ip: ${client_address}" (its spelling kept).
# The transcript of postlicyd(8) gives the frame: Postfix's smtpd answers a policy service's "450 text" as "450 4.7.1
# <recipient>: Recipient address rejected: text" (at DATA, "<DATA>: Data command rejected:"); REJECT is its
# access_map_reject_code 554 with 5.7.1, and the served 550 and 421 take the same 5.7.1/4.7.1 (access(5): "4NN text" and
# "5NN text" reject with that code and text; 421 also disconnects, which the replaying server does after any 421).
# ${sender_domain} is filled with the sending domain (alpha.test for the Postfix sender, pi.test for the Exim sender),
# ${client_address} with the client's address ({client}). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the
# replaying server, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are postlicyd's manual pages', in Postfix's frame; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, <recipient> being the recipient answered ({rcpt}), {client} the client's address:
#   RCPT TO "450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted"  (every attempt: each sender warns after a
#           minute and returns after 3)                                              to gail@beta.test (Postfix and Exim)
#   DATA    "450 4.7.1 <DATA>: Data command rejected: Greylisted"  (every attempt)   for a message to dana@beta.test
#                                                                                    (Postfix)
#   RCPT TO "450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, see http://www.example.org/pi.test.html"
#           (every attempt)                                                          to gus@beta.test (Exim)
#   RCPT TO "554 5.7.1 <{rcpt}>: Recipient address rejected: Blacklisted"            to blake@beta.test (Postfix, Exim)
#   RCPT TO "550 5.7.1 <{rcpt}>: Recipient address rejected: Sorry but you not allowed to send mail with alpha.test"
#                                                                                    to sol@beta.test (Postfix)
#   RCPT TO "550 5.7.1 <{rcpt}>: Recipient address rejected: Sorry but you not allowed to send mail with pi.test"
#                                                                                    to sid@beta.test (Exim)
#   RCPT TO "421 4.7.1 <{rcpt}>: Recipient address rejected: Two many mails from your ip: {client}"  (every attempt;
#           the connection closed after it)                                          to rita@gamma.test (Postfix)
# The 421 goes to gamma.test, a destination of its own, so that the sending Postfix's deferral of that destination
# after a 421 touches no other scenario; the Exim sender is not sent one (it would hold back its other deliveries to
# the same host until its retry time). Not served: "REJECT optional text" (a placeholder), the SRS filter's "REJECT
# Invalid bounce domain" and "REJECT Invalid sender for SRS bounces" (they answer a bounce, MAIL FROM:<>, which these
# senders never send), the counter filter's "REJECT ${sender_domain}" (a domain name alone, no reason) and
# "DEFER_IF_PERMIT optional text" (a placeholder).
# The replies are chosen by recipient address, not by anything the senders did: they send one short message each and
# were never greylisted before, and no list names their addresses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postlicyd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
rejected='<{rcpt}>: Recipient address rejected:'
# The replaying server's table (KEY, STAGE, REPLY): postlicyd's example answers in Postfix's frame.
printf '%s\t%s\t%s\n' \
    gail@beta.test rcpt "450 4.7.1 $rejected Greylisted" \
    dana@beta.test data "450 4.7.1 <DATA>: Data command rejected: Greylisted" \
    gus@beta.test rcpt "450 4.7.1 $rejected Greylisted, see http://www.example.org/pi.test.html" \
    blake@beta.test rcpt "554 5.7.1 $rejected Blacklisted" \
    sol@beta.test rcpt "550 5.7.1 $rejected Sorry but you not allowed to send mail with alpha.test" \
    sid@beta.test rcpt "550 5.7.1 $rejected Sorry but you not allowed to send mail with pi.test" \
    rita@gamma.test rcpt "421 4.7.1 $rejected Two many mails from your ip: {client}" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe cricket club nets open on Tuesday.\n\nCarol
data-greylisted	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe quiz night raffle raised enough for the lights.\n\nCarol
blacklisted	carol@alpha.test	blake@beta.test	192.0.2.25	Blake,\n\nthe tool library has a new hedge trimmer.\n\nCarol
sender-domain	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe allotment water trough is fixed.\n\nCarol
rate-limited	carol@alpha.test	rita@gamma.test	192.0.2.25	Rita,\n\nthe playgroup needs a new kettle.\n\nCarol
exim-greylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe duck race starts at the bridge.\n\nPat
exim-greylisted-see	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe church roof appeal has a new total.\n\nPat
exim-blacklisted	pat@pi.test	blake@beta.test	192.0.2.35	Blake,\n\nthe cycle repair cafe is on Saturday.\n\nPat
exim-sender-domain	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe litter bins at the park are full again.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 for each deferred message (five)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
