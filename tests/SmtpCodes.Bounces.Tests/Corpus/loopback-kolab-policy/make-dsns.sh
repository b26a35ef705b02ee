#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kolab-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Kolab 4's Postfix policy services (Kolab, the groupware of Kolab Systems / Apheleia IT; its fourth version's
# containers, read with the search tool in the mirror offsoc/kolab): the spawn(8) clients
# docker/postfix/rootfs/usr/libexec/postfix/kolab_policy_greylist (commit 3b0518a3bc9d), kolab_policy_spf (6cdda2e82d38)
# and kolab_policy_ratelimit (174b86b6bb02), which hand each policy request to the Kolab API and print
# "action=<response> <reason>" from its answer, or "action=DEFER_IF_PERMIT Temporary error, try again later." when the
# request cannot be read in 10 seconds, the API cannot be reached or its answer is no JSON; the API's policies
# src/app/Policy/Greylist.php (2ad57bdc2cb2), SPF.php (2ad57bdc2cb2) and RateLimit.php (18e20fdf3443), which write the
# actions and reasons (Response.php: DEFER_IF_PERMIT, REJECT, HOLD, DUNNO, PERMIT); and the Postfix that asks them,
# docker/postfix/rootfs/etc/postfix/main.cf (39a8b0420de0) and master.cf (1b1954e564c2): policy_greylist in
# smtpd_recipient_restrictions and policy_spf in smtpd_sender_restrictions (inbound; both commented out with a FIXME in
# the stored main.cf, "postfix doesn't see the client IP"), policy_ratelimit in the submission listeners' restrictions
# (outbound; it answers only at the DATA stage). No licence file is stored; src/composer.json says "license": "MIT".
# Only the reply texts are quoted.
# A policy service gives Postfix an action and a text, and Postfix writes the reply: for DEFER_IF_PERMIT "450 4.7.1
# <name>: <class> rejected: <text>", for REJECT (access_map_reject_code) "554 5.7.1 <name>: <class> rejected: <text>",
# where the name and class are the recipient and "Recipient address" in smtpd_recipient_restrictions, the sender and
# "Sender address" in smtpd_sender_restrictions (asked at RCPT TO, smtpd_delay_reject being on) and "<DATA>" and "Data
# command" in the data restrictions (smtpd_check.c's check_table_result, Postfix 3.x). The replies below are those
# replies, each at the stage Postfix sends it. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are Kolab's and Postfix's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it:
#   "450 4.7.1 <rcpt>: Recipient address rejected: Greylisted for 5 minutes. Try again later."   (Greylist::handle:
#                              shouldDefer, the sender, recipient and client network first seen less than 5 minutes
#                              ago; DEFER_IF_PERMIT) to RCPT TO, to every attempt, for gil@ and gia@ beta.test from the
#                              Postfix and gus@beta.test from the Exim
#   "554 5.7.1 <sender>: Sender address rejected: Prohibited by Sender Policy Framework"   (SPF::handle: the SPF check of
#                              the envelope sender's domain gave Fail or a permanent error, and no recipient whitelisted
#                              the HELO name; REJECT) to RCPT TO, to every recipient of the senders' second addresses
#                              (out2.alpha.test 192.0.2.24 and out2.pi.test 192.0.2.34, which send for gamma.test):
#                              sam@, sia@ gamma.test from the Postfix, sol@gamma.test from the Exim
#   "450 4.7.1 <rcpt>: Recipient address rejected: Temporary error, try again later."   (kolab_policy_greylist itself:
#                              the API could not be reached, or answered no JSON, or the request took 10 seconds;
#                              DEFER_IF_PERMIT) to RCPT TO, to every attempt, for tem@beta.test from the Postfix
#   "450 4.7.1 <sender>: Sender address rejected: Temporary error. Please try again later."   (SPF::handle: a request
#                              without client_address, or whose client address gives no recognizable network;
#                              DEFER_IF_PERMIT) to RCPT TO, to every attempt, for ter@beta.test from the Exim
#   "450 4.7.1 <DATA>: Data command rejected: The account is at 10 messages per hour, cool down."   (RateLimit::
#                              verifyRequest: the sender's wallet owner has sent 10 messages in the last hour;
#                              DEFER_IF_PERMIT at the DATA stage) to DATA, to every attempt, for rat@beta.test from the
#                              Postfix
#   "450 4.7.1 <DATA>: Data command rejected: The account is at 100 recipients per hour, cool down."   (the same: the
#                              owner's, or the user's, messages of the last hour had 100 recipients) to DATA, to every
#                              attempt, for rec@beta.test from the Exim
#   "450 4.7.1 <DATA>: Data command rejected: User is at 10 messages per hour, cool down."   (the same for a user who is
#                              not the wallet's owner) to DATA, to every attempt, for usr@beta.test from the Postfix
# Not served: the HOLD actions (RateLimit's "Invalid sender email", "Sender deleted or suspended", "Sender domain deleted
# or suspended", "Sender without a wallet": HOLD keeps the message silently in Postfix's hold queue, no reply), the
# submission policy's REJECTs ("Invalid sender", "Invalid user", "Could not find user ...", "<user> is unauthorized to
# send mail as <sender>", which need a SASL login), the SPF policy's DUNNO "HELO name whitelisted", and the content
# filter's HTTP 460 (a reject without a text of its own).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' domains publish
# no SPF record (none fails), nobody was greylisted for real, no account sent 10 messages, no policy service failed, and
# the senders use no SASL login (Kolab's rate limit answers on its submission listeners, after a login).
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most
# 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kolab-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies Postfix writes from Kolab's policy answers.
GREY='450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted for 5 minutes. Try again later.'
SPF='554 5.7.1 <{sender}>: Sender address rejected: Prohibited by Sender Policy Framework'
printf '%s\t%s\t%s\n' \
    gil@beta.test rcpt "$GREY" \
    gia@beta.test rcpt "$GREY" \
    gus@beta.test rcpt "$GREY" \
    client:192.0.2.24 rcpt "$SPF" \
    client:192.0.2.34 rcpt "$SPF" \
    tem@beta.test rcpt '450 4.7.1 <{rcpt}>: Recipient address rejected: Temporary error, try again later.' \
    ter@beta.test rcpt '450 4.7.1 <{sender}>: Sender address rejected: Temporary error. Please try again later.' \
    rat@beta.test data '450 4.7.1 <DATA>: Data command rejected: The account is at 10 messages per hour, cool down.' \
    rec@beta.test data '450 4.7.1 <DATA>: Data command rejected: The account is at 100 recipients per hour, cool down.' \
    usr@beta.test data '450 4.7.1 <DATA>: Data command rejected: User is at 10 messages per hour, cool down.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gil@beta.test,gia@beta.test	192.0.2.25	Gil, Gia,\n\nthe bakery order for Saturday is confirmed.\n\nCarol
spf-prohibited	carol@alpha.test	sam@gamma.test,sia@gamma.test	192.0.2.25	Sam, Sia,\n\nthe choir rehearsal moves to the small hall.\n\nCarol
policy-temporary-error	carol@alpha.test	tem@beta.test	192.0.2.25	Tem,\n\nthe bicycle pump is on the porch.\n\nCarol
account-messages-per-hour	carol@alpha.test	rat@beta.test	192.0.2.25	Rat,\n\nthe minutes of the board meeting follow.\n\nCarol
user-messages-per-hour	carol@alpha.test	usr@beta.test	192.0.2.25	Usr,\n\nthe spare keys are with the neighbours.\n\nCarol
exim-greylisted	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe rowing club meets at seven.\n\nPat
exim-spf-prohibited	pat@pi.test	sol@gamma.test	192.0.2.35	Sol,\n\nthe seed catalogue arrived today.\n\nPat
exim-spf-temporary-error	pat@pi.test	ter@beta.test	192.0.2.35	Ter,\n\nthe library books are due on Friday.\n\nPat
exim-account-recipients-per-hour	pat@pi.test	rec@beta.test	192.0.2.35	Rec,\n\nthe newsletter draft is ready for a look.\n\nPat
SEND
# two messages refused for good, returned at once (one by each sender), then for each of the seven temporary replies (four
# to the Postfix, three to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
