#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailstack-postfix: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Postfix role of variablenix's ansible.mailstack, an Ansible playbook for a mail server of Postfix with
# LDAP virtual mailboxes, Dovecot, OpenDKIM, OpenDMARC and postscreen (the repository variablenix/ansible.mailstack; no
# licence file read; read with the search tool; only the reply texts are quoted). The role's own texts (commits below):
#   roles/postfix/templates/header_checks.j2 (commit 61a56016af72; main.cf.j2's header_checks = pcre:{{
#     header_checks_config }}, /etc/postfix/header_checks by defaults/main.yml): about 150 lines on From, Received,
#     Return-Path, List-Unsubscribe, Organization and X-CLX-* headers of bulk senders the owner blocked, each
#     "REJECT We do not accept your spam.", and one From line "REJECT Fuck off!" (trainersdirectbb.info).
#   roles/postfix/templates/main.cf.j2 (commit 0a73550651d3): "unverified_recipient_reject_reason = Address lookup
#     failed", the text Postfix gives instead of the verification details when reject_unverified_recipient refuses an
#     address that its probe found undeliverable; roles/postfix/defaults/main.yml (commit 104467e603f3):
#     postfix_smtpd_recipient_restrictions names reject_unverified_recipient (after reject_unauth_destination and
#     reject_unknown_recipient_domain), and unverified_recipient_reject_code is left at Postfix's default, 450.
# The texts are the role's own, not Postfix's stock words; the frames are Postfix's. A header_checks REJECT is refused
# by cleanup after the message, and smtpd answers "550 5.7.1 <text>" (header_checks(5)). reject_unverified_recipient
# answers at RCPT TO (smtpd_delay_reject = yes) "450 4.1.1 <recipient>: Recipient address rejected: <reason>"
# (postconf(5): unverified_recipient_reject_code, unverified_recipient_reject_reason; the enhanced code the probe's,
# 5.1.1 for an unknown mailbox, its class made 4 to match the 450), so every attempt is refused for the time being.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# variablenix's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it ({rcpt} filled in by the server: the recipient's address):
#   "550 5.7.1 We do not accept your spam."   after the message, for sam@ and sid@ beta.test
#   "550 5.7.1 Fuck off!"   after the message, for fox@ and fay@ beta.test
#   "450 4.1.1 <{rcpt}>: Recipient address rejected: Address lookup failed"   to RCPT TO, to every attempt, for una@ and
#                              uri@ beta.test
# Not served: postscreen's banner "Spammers may now talk" (a greeting, not a refusal) and its DNSBL and access-list
# refusals (Postfix's words), the sender_access entries (bare REJECT: Postfix's "Access denied"), the header_checks
# lines on character sets and attachment names (HDR2100 ... "Unaccepted character set", "Attachment name ... may not
# end with ..."), which the template copies from a gist of midwire's that it names (not the role's own words), the
# policy services' replies (their own words) and every stock reply of Postfix. The replies are chosen by recipient, not
# by anything the senders did: the messages carry none of the matched headers, no probe was sent, and each message has
# one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender warns after
# a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailstack-postfix}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the ansible.mailstack Postfix's replies.
SPAM='550 5.7.1 We do not accept your spam.'
OFF='550 5.7.1 Fuck off!'
LOOKUP='450 4.1.1 <{rcpt}>: Recipient address rejected: Address lookup failed'
printf '%s\t%s\t%s\n' \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    fox@beta.test eom "$OFF" \
    fay@beta.test eom "$OFF" \
    una@beta.test rcpt "$LOOKUP" \
    uri@beta.test rcpt "$LOOKUP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
we-do-not-accept-your-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe lighthouse tour starts at the pier.\n\nCarol
header-check-go-away	carol@alpha.test	fox@beta.test	192.0.2.25	Fox,\n\nthe marmalade jars are labelled now.\n\nCarol
address-lookup-failed	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe cycling club meets by the old bridge.\n\nCarol
exim-we-do-not-accept-your-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe greenhouse panes were replaced.\n\nPat
exim-header-check-go-away	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe kites are drying in the shed.\n\nPat
exim-address-lookup-failed	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe school fete raised enough for a bench.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the temporary reply
# (one message from each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
