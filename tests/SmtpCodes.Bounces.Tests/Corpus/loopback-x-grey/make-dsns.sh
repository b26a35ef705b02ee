#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-x-grey: a receiving SMTP server (../loopback-replay.py) answers with the replies a
# receiving Postfix writes from the answers of X-Grey, "The Greylist Daemon" of Sean Conner (repository spc476/x-grey,
# GPL-3.0-or-later by its files' headers, "Copyright 2007 by Sean Conner"): a greylisting server in C that keeps every
# tuple in memory and answers over UDP the small clients it ships for Postfix (a policy service) and Sendmail (a
# milter); its README: "Email can be accepted, rejected or greylisted based upon the IP address, sender email or
# recipient email". Read with the search tool: postfix/src/main.c (commit 12023b847fe4; the same texts in postfix/pfc.c,
# commit 2864bf682976, the client in another layout of the tree), the Postfix client, which answers each policy request
# with one of three fixed strings by the server's verdict: GRAYLIST_YEA "action=dunno", GRAYLIST_NAY "action=reject I
# reject your reality and substitute my own", GRAYLIST_LATER "action=defer_if_permit Service temporarily unavailable";
# sendmail/src/main.c (commit 00f11009cfeb), the milter, which returns bare SMFIS_REJECT and SMFIS_TEMPFAIL (the MTA's
# own words, not served); README and server/src/tuple.c (the tuple of client address, sender and recipient, the white
# list); only the reply texts are quoted. Postfix's smtpd gives a policy service's REJECT as its access_map_reject_code
# 554 with 5.7.1 and DEFER_IF_PERMIT as 450 with 4.7.1, each "<enhanced code> <recipient>: Recipient address rejected:
# <text>" (the client sits in smtpd_recipient_restrictions, as check_policy_service; postconf(5), access(5)); the served
# lines are those.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are X-Grey's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replies served, at RCPT TO, <recipient> being the recipient answered ({rcpt}):
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: I reject your reality and substitute my own"
#                              the server's verdict GRAYLIST_NAY: the client's address matches a reject entry of its
#                              IP list; to each sender's second address (192.0.2.24, the Postfix's, and 192.0.2.34,
#                              the Exim's, which send the mail for gamma.test), for gus@ and gil@ gamma.test
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Service temporarily unavailable"
#                              the verdict GRAYLIST_LATER: a new tuple, greylisted; to every attempt (each sender warns
#                              after a minute and returns after 3), for gwen@ (Postfix) and glen@ (Exim) beta.test
# Not served: the milter's bare reject and tempfail (Sendmail's words), a reject by a sender or recipient entry (the
# same words), and "action=dunno" (no reply).
# The replies are chosen by recipient or by the client's address, not by anything the senders did: no list entry
# matched and nothing was greylisted before; each message has one recipient and is a few lines of plain text. At most
# 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-x-grey}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Postfix's replies from X-Grey's answers.
NAY='554 5.7.1 <{rcpt}>: Recipient address rejected: I reject your reality and substitute my own'
LATER='450 4.7.1 <{rcpt}>: Recipient address rejected: Service temporarily unavailable'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 rcpt "$NAY" \
    client:192.0.2.34 rcpt "$NAY" \
    gwen@beta.test rcpt "$LATER" \
    glen@beta.test rcpt "$LATER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
reject-your-reality	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe barn dance is on Saturday night.\n\nCarol
service-temporarily-unavailable	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe sourdough starter needs feeding.\n\nCarol
exim-reject-your-reality	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane is bent again.\n\nPat
exim-service-temporarily-unavailable	pat@pi.test	glen@beta.test	192.0.2.35	Glen,\n\nthe choir robes are back from the cleaners.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the two
# greylisted ones a warning after a minute and a return after 3
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
