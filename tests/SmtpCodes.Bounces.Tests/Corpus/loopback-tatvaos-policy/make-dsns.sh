#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tatvaos-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of the policy worker of TatvaOS, a multi-tenant workplace suite whose mail
# side is a Postfix, a Dovecot and an API in C# (the repository amittechvein/tatvaos, no licence file read; read with
# the search tool; only the reply texts are quoted). Its Postfix (local/postfix/main.cf, commit 06500211b102, the one
# file for every environment, its comments say) asks the API's PostfixPolicyWorker on port 10025 in
# smtpd_recipient_restrictions (reject_unauth_destination, reject_unlisted_recipient, for the VERP bounce domain
# bounces.tatvaos.com the class bounce_verify, check_policy_service inet:api:10025, permit), and the worker (the stored
# PostfixPolicyWorker.cs of the API's Workers folder) answers each RCPT with an action of its own:
#   for a recipient on the bounce domain (Bounce:Domain), ValidateBounce: a local part not of the shape
#     <32 hex>.<key id>.<days>.<16 hex>, or whose days are not a number: "REJECT 5.7.1 Not a valid bounce address";
#     no Bounce:Secret set, or a key id other than Bounce:KeyId (default k1): "REJECT 5.7.1 Bounce address not
#     recognised"; days more than 30 in the past or more than 1 ahead: "REJECT 5.7.1 Bounce address expired"; an HMAC
#     that does not match: "REJECT 5.7.1 Bounce address failed verification"; ValidateBounce throwing: "DEFER_IF_PERMIT
#     451 4.7.0 Bounce validation temporarily unavailable";
#   for any other recipient with a mailbox or alias (the quota gate), when Mail:QuotaEnforcement is "enforce", Map of
#     the StorageAllocator's decision: Full (the mailbox's, or its owner's, allowance would be passed): "DEFER_IF_PERMIT
#     452 4.2.2 Mailbox is full, try again later" ("452, never 552", its comment says); NoSuchMailbox: "REJECT 5.1.1 No
#     such user here".
# Postfix 3.7's smtpd writes a REJECT as "554 <the action's enhanced code> <<recipient>>: Recipient address rejected:
# <text>" and a DEFER_IF_PERMIT as "450 4.7.1 <<recipient>>: Recipient address rejected: <text>": the action's text does
# not begin with an enhanced code there (it begins with the reply code the worker meant), so the defer keeps the default
# 4.7.1 and the worker's own "451 4.7.0" and "452 4.2.2" become words of the text. Checked on this machine with the
# host's Postfix 3.7.11 and a stub policy server returning these four actions (the same replies, byte for byte). A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are TatvaOS's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (R is "Recipient address rejected:"; <rcpt> the recipient):
#   "554 5.7.1 <<rcpt>>: R Not a valid bounce address"   to RCPT TO, for hello@ and not.a.bounce@ gamma.test
#   "554 5.7.1 <<rcpt>>: R Bounce address not recognised"   to RCPT TO, for two addresses of the VERP shape on
#                              gamma.test with key id k9
#   "554 5.7.1 <<rcpt>>: R Bounce address expired"   to RCPT TO, for two of the shape with key id k1 and day 20700
#   "554 5.7.1 <<rcpt>>: R Bounce address failed verification"   to RCPT TO, for two of the shape with key id k1 and day
#                              20792
#   "450 4.7.1 <<rcpt>>: R 451 4.7.0 Bounce validation temporarily unavailable"   to RCPT TO, to every attempt, for two
#                              of the shape with key id k1 and day 20792
#   "450 4.7.1 <<rcpt>>: R 452 4.2.2 Mailbox is full, try again later"   to RCPT TO, to every attempt, for nia@ and ned@
#                              beta.test
#   "554 5.1.1 <<rcpt>>: R No such user here"   to RCPT TO, for old@ and oz@ beta.test
# Not served: the greeting and EHLO answer (Postfix's; the replaying server's are used), Postfix's own refusals
# (reject_unauth_destination, reject_unlisted_recipient, the bounce_verify class's default_action=defer when the worker
# cannot be reached, message_size_limit, the outbound gate's static 550 of the internal_only class, which is its
# configuration's words for submission, not the worker's), the OpenDKIM milter's and the worker's DUNNO answers (a
# valid bounce address, a mailbox with room, a suspended mailbox, every failure of the quota gate: it fails open).
# The replies are chosen by recipient, not by anything the senders did: no secret, key or allowance was set up, and the
# bounce domain is gamma.test here. Each message has one recipient and is a few lines of plain text. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tatvaos-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): TatvaOS's answers as its Postfix gives them; {rcpt} is the
# recipient being answered.
R='<{rcpt}>: Recipient address rejected:'
K9A=3f2a9c0d8e7b6a5f4e3d2c1b0a998877.k9.20792.1a2b3c4d5e6f7081
K9B=8877665544332211ffeeddccbbaa0099.k9.20792.9f8e7d6c5b4a3921
OLDA=0d1c2b3a49586776a5b4c3d2e1f00112.k1.20700.5e4d3c2b1a098877
OLDB=aabbccddeeff00112233445566778899.k1.20700.0123456789abcdef
BADA=c0ffee00c0ffee00c0ffee00c0ffee00.k1.20792.deadbeefdeadbeef
BADB=1234567890abcdef1234567890abcdef.k1.20792.fedcba9876543210
FLTA=0f0e0d0c0b0a09080706050403020100.k1.20792.00112233aabbccdd
FLTB=ffeeddccbbaa99887766554433221100.k1.20792.44556677eeff0011
printf '%s\t%s\t%s\n' \
    not.a.bounce@gamma.test rcpt "554 5.7.1 $R Not a valid bounce address" \
    hello@gamma.test rcpt "554 5.7.1 $R Not a valid bounce address" \
    $K9A@gamma.test rcpt "554 5.7.1 $R Bounce address not recognised" \
    $K9B@gamma.test rcpt "554 5.7.1 $R Bounce address not recognised" \
    $OLDA@gamma.test rcpt "554 5.7.1 $R Bounce address expired" \
    $OLDB@gamma.test rcpt "554 5.7.1 $R Bounce address expired" \
    $BADA@gamma.test rcpt "554 5.7.1 $R Bounce address failed verification" \
    $BADB@gamma.test rcpt "554 5.7.1 $R Bounce address failed verification" \
    $FLTA@gamma.test rcpt "450 4.7.1 $R 451 4.7.0 Bounce validation temporarily unavailable" \
    $FLTB@gamma.test rcpt "450 4.7.1 $R 451 4.7.0 Bounce validation temporarily unavailable" \
    nia@beta.test rcpt "450 4.7.1 $R 452 4.2.2 Mailbox is full, try again later" \
    ned@beta.test rcpt "450 4.7.1 $R 452 4.2.2 Mailbox is full, try again later" \
    old@beta.test rcpt "554 5.1.1 $R No such user here" \
    oz@beta.test rcpt "554 5.1.1 $R No such user here" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<SEND
not-a-valid-bounce-address	carol@alpha.test	not.a.bounce@gamma.test	192.0.2.25	Hello,\n\nthe minutes of the meeting are attached.\n\nCarol
bounce-address-not-recognised	carol@alpha.test	$K9A@gamma.test	192.0.2.25	Hello,\n\nyour message could not be delivered.\n\nCarol
bounce-address-expired	carol@alpha.test	$OLDA@gamma.test	192.0.2.25	Hello,\n\nthe mailbox you wrote to is closed.\n\nCarol
bounce-address-failed-verification	carol@alpha.test	$BADA@gamma.test	192.0.2.25	Hello,\n\nthe address bounced.\n\nCarol
bounce-validation-unavailable	carol@alpha.test	$FLTA@gamma.test	192.0.2.25	Hello,\n\nthis is an auto-reply.\n\nCarol
mailbox-full	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe school trip forms are due on Monday.\n\nCarol
no-such-user	carol@alpha.test	old@beta.test	192.0.2.25	Hello,\n\nthe library books are overdue.\n\nCarol
exim-not-a-valid-bounce-address	pat@pi.test	hello@gamma.test	192.0.2.35	Hello,\n\nthe timetable has changed.\n\nPat
exim-bounce-address-not-recognised	pat@pi.test	$K9B@gamma.test	192.0.2.35	Hello,\n\nyour message was returned.\n\nPat
exim-bounce-address-expired	pat@pi.test	$OLDB@gamma.test	192.0.2.35	Hello,\n\nthe recipient has left.\n\nPat
exim-bounce-address-failed-verification	pat@pi.test	$BADB@gamma.test	192.0.2.35	Hello,\n\nthe delivery failed.\n\nPat
exim-bounce-validation-unavailable	pat@pi.test	$FLTB@gamma.test	192.0.2.35	Hello,\n\nI am out of the office.\n\nPat
exim-mailbox-full	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe sports day is on Friday.\n\nPat
exim-no-such-user	pat@pi.test	oz@beta.test	192.0.2.35	Hello,\n\nthe parents' evening is on Tuesday.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the four
# messages refused for now (two to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
