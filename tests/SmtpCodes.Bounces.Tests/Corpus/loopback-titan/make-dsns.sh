#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-titan: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Titan's help article "Understanding Incoming Email Reject Codes" lists for the mail its servers refuse
# (https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes: Titan Email, a
# hosted mail service, explains the "incoming email rejects" its customers see), byte for byte, each to RCPT TO; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Titan's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The table's rows that the stored copy of the page (read with the search tool) shows whole, every one of them (its ninth
# row is cut after "554 | 5.7.1 | 554" and was left out), the "Error Message : Eg" column byte for byte, its example
# addresses and "<ip>" filled with the run's:
#   "550 5.5.1 Protocol error"                                                             to pete@beta.test
#   "550 5.1.8 <user@example.org>: Sender address rejected: Domain not found"              from the clients that send
#                                                                                           to gamma.test (gina@)
#   "550 5.7.27 <user@example.org>: Sender address rejected: Domain example.org does not accept mail (nullMX)"
#                                                                                           to nell@ (carol's), neil@ (pat's)
#   "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table"  to uma@, ugo@beta.test
#   "550 5.1.1 <$UserEmailAddress>: Recipient address rejected: User unknown in local recipient table" to ulla@beta.test
#   "554 5.7.1 <user@example.com>: Relay access denied;"                                   to rick@delta.test
#   "552 5.2.2 user@example.com: Recipient address rejected: Quota exceeded (mailbox for user is full)"  to quinn@beta.test
#   "554 5.7.1 Service unavailable; Client host [<ip>] blocked using b.barracudacentral.org;"  to blake@beta.test
# (the page's ";" at the end of two rows is kept). The replies are chosen by recipient or client address, not by anything
# the senders did: their domains resolve and accept mail, and no list was asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-titan}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
{ lb_two_senders_zone; printf '%s\n' 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'; } | lb_dns

# The replaying server (mx.beta.test, mx.gamma.test, mx.delta.test) with the page's replies (KEY, STAGE, REPLY).
printf '%s\t%s\t%s\n' \
    pete@beta.test rcpt '550 5.5.1 Protocol error' \
    client:192.0.2.24 rcpt '550 5.1.8 <carol@alpha.test>: Sender address rejected: Domain not found' \
    client:192.0.2.34 rcpt '550 5.1.8 <pat@pi.test>: Sender address rejected: Domain not found' \
    nell@beta.test rcpt '550 5.7.27 <carol@alpha.test>: Sender address rejected: Domain alpha.test does not accept mail (nullMX)' \
    neil@beta.test rcpt '550 5.7.27 <pat@pi.test>: Sender address rejected: Domain pi.test does not accept mail (nullMX)' \
    uma@beta.test rcpt '550 5.1.1 <uma@beta.test>: Recipient address rejected: User unknown in virtual mailbox table' \
    ugo@beta.test rcpt '550 5.1.1 <ugo@beta.test>: Recipient address rejected: User unknown in virtual mailbox table' \
    ulla@beta.test rcpt '550 5.1.1 <ulla@beta.test>: Recipient address rejected: User unknown in local recipient table' \
    rick@delta.test rcpt '554 5.7.1 <rick@delta.test>: Relay access denied;' \
    quinn@beta.test rcpt '552 5.2.2 quinn@beta.test: Recipient address rejected: Quota exceeded (mailbox for user is full)' \
    blake@beta.test rcpt '554 5.7.1 Service unavailable; Client host [{client}] blocked using b.barracudacentral.org;' \
    > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
protocol-error	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nthe invoice for the garden work is below.\n\nCarol
sender-domain-not-found	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe shop opens late on Thursday.\n\nCarol
nullmx	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe order number is on the receipt.\n\nCarol
virtual-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe designs for the new logo are ready.\n\nCarol
local-unknown	carol@alpha.test	ulla@beta.test	192.0.2.25	Ulla,\n\nthe meeting notes are in the shared folder.\n\nCarol
relay-denied	carol@alpha.test	rick@delta.test	192.0.2.25	Rick,\n\nthe quote for the roof repair came in.\n\nCarol
quota	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe photos from the trade fair are attached below.\n\nCarol
barracuda	carol@alpha.test	blake@beta.test	192.0.2.25	Blake,\n\nthe contract draft needs your initials.\n\nCarol
exim-protocol-error	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe delivery van comes at ten.\n\nPat
exim-sender-domain-not-found	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe team lunch is on Friday.\n\nPat
exim-nullmx	pat@pi.test	neil@beta.test	192.0.2.35	Neil,\n\nthe spare keys are at reception.\n\nPat
exim-virtual-unknown	pat@pi.test	uma@beta.test,ugo@beta.test	192.0.2.35	Uma, Ugo,\n\nthe price list for next year is below.\n\nPat
exim-local-unknown	pat@pi.test	ulla@beta.test	192.0.2.35	Ulla,\n\nthe training dates are confirmed.\n\nPat
exim-relay-denied	pat@pi.test	rick@delta.test	192.0.2.35	Rick,\n\nthe samples went out by courier.\n\nPat
exim-quota	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe website texts are ready for review.\n\nPat
exim-barracuda	pat@pi.test	blake@beta.test	192.0.2.35	Blake,\n\nthe supplier called about the invoice.\n\nPat
SEND
# at once: sixteen returns (every reply is permanent)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
