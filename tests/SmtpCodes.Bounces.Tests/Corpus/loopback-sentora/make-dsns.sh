#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sentora: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock receiving Postfix of Sentora (the open-source web hosting control panel continued from ZPanel) gives to
# incoming mail: the main.cf its installer copies from sentora/sentora-installers preconf/postfix/main.cf (commit
# 1f4b0e98f20570f9ca43906e4cb598c1eedc2c27; read with the search tool; GPL-3.0). That file sets `soft_bounce=yes`
# (under the comment "uncomment for debugging if needed", yet not commented out), so Postfix's smtpd turns every 5xx
# reply it writes into 4xx and a 5.x.x enhanced code into 4.x.x (smtpd_chat_reply: the first digit of the reply and of
# its enhanced code); its smtpd_recipient_restrictions are permit_sasl_authenticated, permit_mynetworks,
# reject_unauth_destination, reject_non_fqdn_sender, reject_non_fqdn_recipient, reject_unknown_recipient_domain (the
# block lists commented out); its mail domains are virtual_mailbox_domains with virtual_mailbox_maps from MySQL; and
# message_size_limit = 20480000. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their delay
# warnings and returns are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Postfix's own for those settings, in the shapes
# Postfix 3.7's smtpd writes them (read from its binary's strings and its defaults: relay_domains_reject_code 554,
# non_fqdn_reject_code 504, unknown_virtual_mailbox_reject_code 550, the size limit's 552 5.3.4), softened as soft_bounce
# softens them; not read from a running Sentora; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# A stated selection: every refusal of those settings a server delivering to the panel's domains can meet (port 25, not
# authenticated): relaying, a sender address that is not fully qualified, an unknown mailbox, the size limit; not
# reject_non_fqdn_recipient (a delivering server qualifies its recipients) nor reject_unknown_recipient_domain (a
# delivering server found the domain), nor the local recipients of mydestination (localhost names only). Served byte
# for byte, {sender} and {rcpt} filled in by the server, one recipient a message (each is warned and then returned):
#   "454 4.7.1 <{rcpt}>: Relay access denied"                      to rory@delta.test (Postfix), rhea@delta.test (Exim)
#   "404 4.5.2 <{sender}>: Sender address rejected: need fully-qualified address"     to nell@, noel@beta.test
#   "450 4.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"   to ursa@, ulf@beta.test
#   "452 4.3.4 Message size exceeds fixed limit"  (after the message's final dot)     to lena@, lyle@beta.test
# The replies are chosen by recipient, not by anything the senders did: the senders' addresses are fully qualified, and
# the messages are short plain text with one recipient.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (also the mail exchanger of delta.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sentora}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
RELAY='454 4.7.1 <{rcpt}>: Relay access denied'
NONFQDN_SENDER='404 4.5.2 <{sender}>: Sender address rejected: need fully-qualified address'
VIRTUAL='450 4.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table'
SIZE='452 4.3.4 Message size exceeds fixed limit'
printf '%s\t%s\t%s\n' \
    rory@delta.test rcpt "$RELAY" \
    rhea@delta.test rcpt "$RELAY" \
    nell@beta.test rcpt "$NONFQDN_SENDER" \
    noel@beta.test rcpt "$NONFQDN_SENDER" \
    ursa@beta.test rcpt "$VIRTUAL" \
    ulf@beta.test rcpt "$VIRTUAL" \
    lena@beta.test eom "$SIZE" \
    lyle@beta.test eom "$SIZE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

lb_send <<'SEND'
relay-denied	carol@alpha.test	rory@delta.test	192.0.2.25	Rory,\n\nthe estimate for the gutters is below.\n\nCarol
non-fqdn-sender	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe bake sale is moved to the porch.\n\nCarol
unknown-user	carol@alpha.test	ursa@beta.test	192.0.2.25	Ursa,\n\nthe ferry times for May are below.\n\nCarol
too-large	carol@alpha.test	lena@beta.test	192.0.2.25	Lena,\n\nthe scans of the deeds follow.\n\nCarol
exim-relay-denied	pat@pi.test	rhea@delta.test	192.0.2.35	Rhea,\n\nthe trestles are back in the barn.\n\nPat
exim-non-fqdn-sender	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe hedge cutting is booked for Friday.\n\nPat
exim-unknown-user	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe rota for the kiosk is below.\n\nPat
exim-too-large	pat@pi.test	lyle@beta.test	192.0.2.35	Lyle,\n\nthe drawings of the bridge come next.\n\nPat
SEND
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
