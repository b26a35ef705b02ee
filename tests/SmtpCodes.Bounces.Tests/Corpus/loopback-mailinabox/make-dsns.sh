#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailinabox: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Mail-in-a-Box's stock receiving Postfix gives to incoming mail (Mail-in-a-Box, the one-script mail appliance of
# mailinabox.email: mail-in-a-box/mailinabox setup/mail-postfix.sh, commit 0179c790c40eecb7e1fdfe9adbe74bf194c848da, its
# smtpd_sender_restrictions, smtpd_recipient_restrictions, smtpd_relay_restrictions and postgrey's options, and the
# quota-status service its setup/mail-dovecot.sh starts on port 12340 with quota_status_overquota = "522 5.2.2 Mailbox is
# full" (the quota-status block read in stored copies of the appliance's setup/mail-dovecot.sh ported to Dovecot 2.4,
# whose comments give the Dovecot 2.3 settings they replace; the stored upstream mail-dovecot.sh is an older version
# without it); read with the search tool); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on
# a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are the appliance's settings', in its Postfix's and postgrey's stock shapes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# A stated selection: every refusal those settings give to a server delivering to the box (port 25, not authenticated),
# each in the shape Postfix's smtpd writes it (with smtpd_delay_reject, every restriction answers RCPT TO): the sender
# restrictions reject_unknown_sender_domain and reject_rhsbl_sender dbl.spamhaus.org, the recipient restrictions
# reject_rbl_client zen.spamhaus.org, reject_unlisted_recipient (the box's virtual mailbox table), postgrey
# (--delay=180, its stock text) and the quota-status policy service, and the relay restriction reject_unauth_destination;
# left out: reject_non_fqdn_sender (the senders' addresses are qualified) and reject_authenticated_sender_login_mismatch
# (submission only). Served byte for byte, {client} and {sender} filled with the client's address and its MAIL FROM,
# each block list's TXT answer (Postfix appends it after "; ") the run's, in the form of Spamhaus's lookup pages for the
# address or domain (no live list was asked):
#   "450 4.1.8 <{sender}>: Sender address rejected: Domain not found"                to dora@ (Postfix), dirk@ (Exim)
#   "554 5.7.1 Service unavailable; Sender address [{sender}] blocked using dbl.spamhaus.org;
#    https://www.spamhaus.org/query/domain/<the sender's domain>"                     to dana@, dean@beta.test (Postfix)
#                                                                                     and dina@, dino@beta.test (Exim)
#   "554 5.7.1 Service unavailable; Client host [{client}] blocked using zen.spamhaus.org;
#    https://www.spamhaus.org/query/ip/{client}"                                      to zara@, zeno@beta.test
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"  to ulla@, ugo@beta.test
#   "450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/beta.test.html"
#                                                                                     to gwen@ (Postfix), gus@ (Exim)
#   "522 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is full"                to mona@, milo@beta.test
#   "554 5.7.1 <{rcpt}>: Relay access denied"                                         to ray@, rita@delta.test
# The replies are chosen by recipient, not by anything the senders did: the messages are short plain text with one or
# two recipients.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (also the mail exchanger of delta.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailinabox}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
DBL='554 5.7.1 Service unavailable; Sender address [{sender}] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/'
ZEN='554 5.7.1 Service unavailable; Client host [{client}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{client}'
UNK='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table'
GREY='450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/beta.test.html'
FULL='522 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is full'
RELAY='554 5.7.1 <{rcpt}>: Relay access denied'
DOM='450 4.1.8 <{sender}>: Sender address rejected: Domain not found'
printf '%s\t%s\t%s\n' \
    dora@beta.test rcpt "$DOM" \
    dirk@beta.test rcpt "$DOM" \
    dana@beta.test rcpt "${DBL}alpha.test" \
    dean@beta.test rcpt "${DBL}alpha.test" \
    dina@beta.test rcpt "${DBL}pi.test" \
    dino@beta.test rcpt "${DBL}pi.test" \
    zara@beta.test rcpt "$ZEN" \
    zeno@beta.test rcpt "$ZEN" \
    ulla@beta.test rcpt "$UNK" \
    ugo@beta.test rcpt "$UNK" \
    gwen@beta.test rcpt "$GREY" \
    gus@beta.test rcpt "$GREY" \
    mona@beta.test rcpt "$FULL" \
    milo@beta.test rcpt "$FULL" \
    ray@delta.test rcpt "$RELAY" \
    rita@delta.test rcpt "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

lb_send <<'SEND'
sender-domain	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe parcel went out this morning.\n\nCarol
dbl	carol@alpha.test	dana@beta.test,dean@beta.test	192.0.2.25	Dana, Dean,\n\nthe workshop slides are ready.\n\nCarol
zen	carol@alpha.test	zara@beta.test,zeno@beta.test	192.0.2.25	Zara, Zeno,\n\nthe bakery takes orders until noon.\n\nCarol
unknown-user	carol@alpha.test	ulla@beta.test,ugo@beta.test	192.0.2.25	Ulla, Ugo,\n\nthe rota for May is done.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe tent is back in the loft.\n\nCarol
mailbox-full	carol@alpha.test	mona@beta.test,milo@beta.test	192.0.2.25	Mona, Milo,\n\nthe concert starts at half past seven.\n\nCarol
relay-denied	carol@alpha.test	ray@delta.test,rita@delta.test	192.0.2.25	Ray, Rita,\n\nthe samples arrive on Tuesday.\n\nCarol
exim-sender-domain	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe ferry leaves at ten.\n\nPat
exim-dbl	pat@pi.test	dina@beta.test,dino@beta.test	192.0.2.35	Dina, Dino,\n\nthe quiz night is on Friday.\n\nPat
exim-zen	pat@pi.test	zara@beta.test,zeno@beta.test	192.0.2.35	Zara, Zeno,\n\nthe ladder is in the shed.\n\nPat
exim-unknown-user	pat@pi.test	ulla@beta.test,ugo@beta.test	192.0.2.35	Ulla, Ugo,\n\nthe wifi password changed.\n\nPat
exim-greylisted	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe bike lights are charged.\n\nPat
exim-mailbox-full	pat@pi.test	mona@beta.test,milo@beta.test	192.0.2.35	Mona, Milo,\n\nthe plants need water on Sunday.\n\nPat
exim-relay-denied	pat@pi.test	ray@delta.test,rita@delta.test	192.0.2.35	Ray, Rita,\n\nthe minutes are attached below.\n\nPat
SEND
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
