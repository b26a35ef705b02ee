#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zentyal: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock receiving Postfix of Zentyal (formerly eBox Platform), the Ubuntu-based small-business server, gives to
# incoming mail: the main.cf its mail module writes from zentyal/zentyal main/mail/stubs/main.cf.mas (commit
# 01b9aeaf94d3b445b895a4145783c8718b7add4f; read with the search tool; GPL-2.0). Its smtpd_recipient_restrictions are
# permit_sasl_authenticated, permit_mynetworks, reject_unauth_destination, reject_non_fqdn_sender,
# reject_unknown_sender_domain, reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname and a check_helo_access
# table (the greylisting policy service only when an administrator enables it); its mail domains are
# virtual_mailbox_domains with virtual_mailbox_maps from LDAP, the host's own names are mydestination with
# local_recipient_maps, and message_size_limit is the module's "maximum message size" setting. A sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes
# the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Postfix's own for
# those restrictions, in the shapes Postfix 3.7's smtpd writes them (read from its binary's strings and its defaults:
# non_fqdn_reject_code 504, invalid_hostname_reject_code 501, unknown_address_reject_code 450,
# unknown_virtual_mailbox_reject_code and unknown_local_recipient_reject_code 550; not read from a running Zentyal); the
# DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# A stated selection: every restriction of that list a server delivering to the host can meet (port 25, not
# authenticated), and the two unknown-recipient replies and the size limit, except reject_unauth_destination ("Relay
# access denied": heldout-s20's loopback-ispconfig already serves it) and the check_helo_access table (its template,
# helo_checks.pcre.mas, has no stored copy). Served byte for byte, {sender}, {helo} and {rcpt} filled in by the server:
#   "504 5.5.2 <{sender}>: Sender address rejected: need fully-qualified address"            to nora@, ned@beta.test
#   "450 4.1.8 <{sender}>: Sender address rejected: Domain not found"    to dora@beta.test (Postfix), dirk@beta.test (Exim)
#   "501 5.5.2 <{helo}>: Helo command rejected: Invalid name"                                to ivy@, ian@beta.test
#   "504 5.5.2 <{helo}>: Helo command rejected: need fully-qualified hostname"               to fay@, finn@beta.test
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"  to uma@, ugo@beta.test
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table"  to lou@, lin@mx.beta.test
#   "552 5.3.4 Message size exceeds fixed limit"  (after the message's final dot)            to lars@, lea@beta.test
# The replies are chosen by recipient, not by anything the senders did: the senders' addresses are fully qualified and
# their domains resolve, their HELO names (mx.alpha.test, mx.pi.test) are valid and fully qualified, and the messages
# are short plain text with one or two recipients.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (also the host its own-name addresses @mx.beta.test reach).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zentyal}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
NONFQDN_SENDER='504 5.5.2 <{sender}>: Sender address rejected: need fully-qualified address'
SENDER_DOMAIN='450 4.1.8 <{sender}>: Sender address rejected: Domain not found'
HELO_INVALID='501 5.5.2 <{helo}>: Helo command rejected: Invalid name'
HELO_NONFQDN='504 5.5.2 <{helo}>: Helo command rejected: need fully-qualified hostname'
VIRTUAL='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table'
LOCAL='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table'
SIZE='552 5.3.4 Message size exceeds fixed limit'
printf '%s\t%s\t%s\n' \
    nora@beta.test rcpt "$NONFQDN_SENDER" \
    ned@beta.test rcpt "$NONFQDN_SENDER" \
    dora@beta.test rcpt "$SENDER_DOMAIN" \
    dirk@beta.test rcpt "$SENDER_DOMAIN" \
    ivy@beta.test rcpt "$HELO_INVALID" \
    ian@beta.test rcpt "$HELO_INVALID" \
    fay@beta.test rcpt "$HELO_NONFQDN" \
    finn@beta.test rcpt "$HELO_NONFQDN" \
    uma@beta.test rcpt "$VIRTUAL" \
    ugo@beta.test rcpt "$VIRTUAL" \
    lou@mx.beta.test rcpt "$LOCAL" \
    lin@mx.beta.test rcpt "$LOCAL" \
    lars@beta.test eom "$SIZE" \
    lea@beta.test eom "$SIZE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
non-fqdn-sender	carol@alpha.test	nora@beta.test,ned@beta.test	192.0.2.25	Nora, Ned,\n\nthe seed order went in this morning.\n\nCarol
sender-domain-not-found	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
helo-invalid-name	carol@alpha.test	ivy@beta.test,ian@beta.test	192.0.2.25	Ivy, Ian,\n\nthe boat trip is on if the wind drops.\n\nCarol
helo-not-fqdn	carol@alpha.test	fay@beta.test,finn@beta.test	192.0.2.25	Fay, Finn,\n\nthe quiz night raised enough for the roof.\n\nCarol
unknown-virtual-user	carol@alpha.test	uma@beta.test,ugo@beta.test	192.0.2.25	Uma, Ugo,\n\nthe keys for the shed are with Jo.\n\nCarol
unknown-local-user	carol@alpha.test	lou@mx.beta.test,lin@mx.beta.test	192.0.2.25	Lou, Lin,\n\nthe server room is locked on Sundays.\n\nCarol
too-large	carol@alpha.test	lars@beta.test,lea@beta.test	192.0.2.25	Lars, Lea,\n\nthe photos of the fete follow in the next message.\n\nCarol
exim-non-fqdn-sender	pat@pi.test	nora@beta.test,ned@beta.test	192.0.2.35	Nora, Ned,\n\nthe tent pegs are in the blue bag.\n\nPat
exim-sender-domain-not-found	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe swim lessons start after half term.\n\nPat
exim-helo-invalid-name	pat@pi.test	ivy@beta.test,ian@beta.test	192.0.2.35	Ivy, Ian,\n\nthe library returns are overdue.\n\nPat
exim-helo-not-fqdn	pat@pi.test	fay@beta.test,finn@beta.test	192.0.2.35	Fay, Finn,\n\nthe cider press is free on Saturday.\n\nPat
exim-unknown-virtual-user	pat@pi.test	uma@beta.test,ugo@beta.test	192.0.2.35	Uma, Ugo,\n\nthe timetable for the spring term is below.\n\nPat
exim-unknown-local-user	pat@pi.test	lou@mx.beta.test,lin@mx.beta.test	192.0.2.35	Lou, Lin,\n\nthe backup tapes went to the safe.\n\nPat
exim-too-large	pat@pi.test	lars@beta.test,lea@beta.test	192.0.2.35	Lars, Lea,\n\nthe scans of the old maps come next.\n\nPat
SEND
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
