#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rubymta: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# RubyMTA, Michael J. Welch's mail transfer agent written in Ruby (2016-2017; the repository mjwelchphd/rubymta, read with
# the search tool: lib/rubymta/receiver.rb at commit 04aabbaa5641, the Receiver whose handlers write each reply; the
# example configuration gmta/config.rb at 923ed68303cf, whose sample rcpt_to rule refuses relaying and whose constants
# the replies quote (ServerTitle "Test Mail", InternalSubmitPort '467', SubmissionPort '587', three violations before a
# client is prohibited); the same receiver in the earlier gem mjwelchphd/net-receiver, lib/net/receiver.rb; "You can
# re-distribute and/or modify this program under the same terms as Ruby itself" in the gem's file headers, a LICENSE in
# the repository; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are RubyMTA's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the configuration's names filled in: ServerName, which the
# example sets to its author's host, as mx.beta.test, the replaying server's name; a mail id of the form the code's
# comments show; the prohibition's end a time of this run's day):
#   "556 5.7.27 Czar Mail does not support relaying"   (gmta/config.rb's rcpt_to, "a sample rule that disallows
#                              relaying": neither the sender nor the recipient is a member; it also counts a violation
#                              against the client) to RCPT TO, for ray@, rex@ and roy@ delta.test
#   "550 5.1.7 '<address>' No proper recipient (<...>) on the RCPT TO line"   (rcpt_to_base: psych_value could not read a
#                              name and an address in angle brackets from the RCPT TO line; the line's value quoted) to
#                              RCPT TO, for odd@ and oda@ beta.test
#   "556 5.7.27 Test Mail members must use port 467 or 587 to send mail"   (mail_from_base: on the standard mail port, 25,
#                              the sender is one of the server's own members, who must submit on the internal or the
#                              authenticated submission port) to MAIL FROM, to the Exim's second address (out2.pi.test,
#                              which sends for gamma.test), for gus@gamma.test
#   "454 4.7.1 Access TEMPORARILY denied to 192.0.2.24: you may try again after 2026-12-03 20:30:00 UTC"   (connect_base:
#                              the client's address has reached the violations that earn a warning; the next connection
#                              is shut without a word) instead of the greeting, to every connection of the Postfix's
#                              second address (out2.alpha.test, which sends for gamma.test), for gil@gamma.test
#   "500 5.0.0 mx.beta.test error: unable to save packet id=1dYwrI-0iDWWN-0y" and "500 5.0.0 mx.beta.test error: unable
#                              to save queue id=1dYwrJ-0iDWWO-0z"   (data_base: the message could not be stored in the
#                              database, insert_parcels, or written into the queue folder, save_mail_into_queue_folder)
#                              after the final dot, for pak@ and que@ beta.test
# Not served: the replies to out-of-order, unknown or non-UTF-8 commands ("500 5.5.1 Command out of sequence", "500 5.5.1
# Unrecognized command ...", "500 5.5.1 non-UTF-8 text detected"), the EHLO refusals ("501 5.5.1 Domain required after
# EHLO/HELO", "502 5.1.8 EHLO domain ... was not found in the DNS system (maybe a fake domain?)", at a stage the replaying
# server does not serve), the sender's syntax refusals ("550 5.1.7 '...' No proper sender (<...>) on the MAIL FROM line",
# the two-line "local part ... cannot contain" and "... can only contain"), the submission ports' refusals, "500 5.0.0 There
# must be at least 1 acceptable recipient" (to DATA when every recipient was refused), the inactivity reply and the AUTH,
# VRFY and EXPN replies.
# The replies are chosen by recipient or client address, not by anything the senders did: nobody relays (delta.test is a
# domain the replaying server serves), the RCPT TO lines are well formed, the senders are no members of the server, no
# client committed a violation, the server stores mail. The temporary reply comes on every attempt; the Postfix warns
# after a minute and returns the message after 3. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rubymta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): RubyMTA's replies.
RELAY='556 5.7.27 Czar Mail does not support relaying'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '454 4.7.1 Access TEMPORARILY denied to 192.0.2.24: you may try again after 2026-12-03 20:30:00 UTC' \
    client:192.0.2.34 mail '556 5.7.27 Test Mail members must use port 467 or 587 to send mail' \
    ray@delta.test rcpt "$RELAY" \
    rex@delta.test rcpt "$RELAY" \
    roy@delta.test rcpt "$RELAY" \
    odd@beta.test rcpt "550 5.1.7 '<odd@beta.test>' No proper recipient (<...>) on the RCPT TO line" \
    oda@beta.test rcpt "550 5.1.7 '<oda@beta.test>' No proper recipient (<...>) on the RCPT TO line" \
    pak@beta.test eom '500 5.0.0 mx.beta.test error: unable to save packet id=1dYwrI-0iDWWN-0y' \
    que@beta.test eom '500 5.0.0 mx.beta.test error: unable to save queue id=1dYwrJ-0iDWWO-0z' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-refused	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe hall is booked for the fair.\n\nCarol
access-temporarily-denied	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe pears are ripe, come and pick some.\n\nCarol
no-proper-recipient	carol@alpha.test	odd@beta.test	192.0.2.25	Odd,\n\nthe tide tables for July are below.\n\nCarol
unable-to-save-packet	carol@alpha.test	pak@beta.test	192.0.2.25	Pak,\n\nthe quiz night starts at eight.\n\nCarol
exim-relay-refused	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe fence posts are in.\n\nPat
exim-members-must-use-port	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe river walk is on Sunday.\n\nPat
exim-no-proper-recipient	pat@pi.test	oda@beta.test	192.0.2.35	Oda,\n\nthe bread oven is warm by nine.\n\nPat
exim-unable-to-save-queue	pat@pi.test	que@beta.test	192.0.2.35	Que,\n\nthe chess club moved to Thursdays.\n\nPat
SEND
# seven messages refused for good, returned at once (3 by the Postfix, 4 by the Exim), then for the refused greeting a
# warning after a minute and a return after 3 from the Postfix
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
