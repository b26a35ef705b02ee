#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-archlinux-postfix: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Postfix set-up in Arch Linux's infrastructure repository, the Ansible playbooks and roles with which
# the Arch Linux DevOps team configures the archlinux.org machines (repository archlinux/infrastructure; no licence file
# read; read with the search tool; only the reply texts are quoted), whose own words are in the replies below:
#   roles/postfix/files/header_checks (commit 8a3650542510): "/X-Spam-Status: Yes,/ REJECT Your message has been
#     rejected by Spamassassin" (the header SpamAssassin adds to a message it scored as spam; main.cf's header_checks =
#     pcre:/etc/postfix/header_checks);
#   roles/postfwd/templates/postfwd.cf.j2 (commit 1b395275222c): the postfwd rules SaslWhitelist, "rcpt(sasl_username/
#     360/3600/REJECT You can only send to 360 recipients per 1h per user)" (the archlinux.org servers that relay via
#     the mail server with SASL authentication), and RcptRate, "rcpt(sasl_username/100/21600/REJECT You can only send
#     to 100 recipients per 6h per user)" (every other authenticated user), both at protocol_state END-OF-MESSAGE;
#   roles/postfix/templates/main.cf.j2 (commit 00a42106616d): smtpd_end_of_data_restrictions = $policy_check (the
#     postfwd service, check_policy_service inet:127.0.0.1:10040), smtpd_relay_restrictions = permit_mynetworks
#     permit_sasl_authenticated defer_unauth_destination, local_recipient_maps (users, aliases, the mailman and compat
#     maps) with unknown_local_recipient_reject_code left at 550, and "smtpd_reject_footer = For assistance contact
#     <postmaster@archlinux.org>. Please provide the following information in your problem report: time ($localtime)
#     and client ($client_address)."
# Postfix's smtpd writes a header_checks REJECT as "550 5.7.1 <text>" (header_checks(5)), a policy service's REJECT
# with text in smtpd_end_of_data_restrictions as its access_map_reject_code 554 with 5.7.1 in the form "554 5.7.1
# <END-OF-MESSAGE>: End-of-data rejected: <text>" (access(5), postconf(5)), defer_unauth_destination as "454 4.7.1
# <recipient>: Relay access denied" and an address not in local_recipient_maps as "550 5.1.1 <recipient>: Recipient
# address rejected: User unknown in local recipient table" (Postfix's own words); and it appends smtpd_reject_footer to
# every 4XX and 5XX reply as a line of its own with the same reply code and enhanced code (postconf(5)'s example), the
# earlier lines becoming continuation lines, $localtime in its "%b %d %H:%M:%S" form (here the time the table was
# written, shortly before the messages were sent) and $client_address the sending MTA's address. So every reply below
# has two lines, the second the footer F: "For assistance contact <postmaster@archlinux.org>. Please provide the
# following information in your problem report: time (<localtime>) and client (<client address>)."
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Arch
# Linux's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the set-up sends it (F the footer above):
#   "550-5.7.1 Your message has been rejected by Spamassassin" and "550 5.7.1 F"   after the message, for sam@ and
#                              sid@ beta.test
#   "554-5.7.1 <END-OF-MESSAGE>: End-of-data rejected: You can only send to 360 recipients per 1h per user" and
#   "554 5.7.1 F"   after the message, for rod@ and ria@ beta.test
#   "554-5.7.1 <END-OF-MESSAGE>: End-of-data rejected: You can only send to 100 recipients per 6h per user" and
#   "554 5.7.1 F"   after the message, for hal@ and hex@ beta.test
#   "550-5.1.1 <una@beta.test>: Recipient address rejected: User unknown in local recipient table" and "550 5.1.1 F"
#                              to RCPT TO (the recipient's own address in each), for una@ and uri@ beta.test
#   "454-4.7.1 <rey@beta.test>: Relay access denied" and "454 4.7.1 F"   to RCPT TO (the recipient's own address in
#                              each), to every attempt, for rey@ and rae@ beta.test
# Not served: the greeting "$myhostname ESMTP $mail_name" and Postfix's EHLO answer (the replaying server's are used),
# the postfwd rules' other actions (dunno), the SASL and TLS replies, Postfix's other restrictions
# (reject_unauth_pipelining, reject_non_fqdn_*, reject_unknown_*_domain, reject_authenticated_sender_login_mismatch,
# relocated_maps) and the access maps (access_recipient, access_client, access_helo, access_sender), whose entries are
# not in the repository. The replies are chosen by recipient, not by anything the senders did: each message has one
# recipient and is a few lines of plain text, and neither sender authenticates (postfwd's rate rules count an
# authenticated user's recipients). The temporary reply comes on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-archlinux-postfix}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the archlinux.org Postfix's replies, each with its footer.
NOW=$(date '+%b %d %H:%M:%S')
F="For assistance contact <postmaster@archlinux.org>. Please provide the following information in your problem report: time ($NOW) and client ({client})."
SPAM="550-5.7.1 Your message has been rejected by Spamassassin\n550 5.7.1 $F"
RATE360="554-5.7.1 <END-OF-MESSAGE>: End-of-data rejected: You can only send to 360 recipients per 1h per user\n554 5.7.1 $F"
RATE100="554-5.7.1 <END-OF-MESSAGE>: End-of-data rejected: You can only send to 100 recipients per 6h per user\n554 5.7.1 $F"
UNKNOWN="550-5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table\n550 5.1.1 $F"
RELAY="454-4.7.1 <{rcpt}>: Relay access denied\n454 4.7.1 $F"
printf '%s\t%s\t%s\n' \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    rod@beta.test eom "$RATE360" \
    ria@beta.test eom "$RATE360" \
    hal@beta.test eom "$RATE100" \
    hex@beta.test eom "$RATE100" \
    una@beta.test rcpt "$UNKNOWN" \
    uri@beta.test rcpt "$UNKNOWN" \
    rey@beta.test rcpt "$RELAY" \
    rae@beta.test rcpt "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-by-spamassassin	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe mirror sync finished overnight.\n\nCarol
rate-360-per-hour	carol@alpha.test	rod@beta.test	192.0.2.25	Rod,\n\nthe wiki backup ran at three.\n\nCarol
rate-100-per-6-hours	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe keyring update is signed.\n\nCarol
user-unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe forum theme is fixed.\n\nCarol
relay-access-denied	carol@alpha.test	rey@beta.test	192.0.2.25	Rey,\n\nthe build box needs a reboot.\n\nCarol
exim-rejected-by-spamassassin	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bug tracker is back up.\n\nPat
exim-rate-360-per-hour	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe news item is drafted.\n\nPat
exim-rate-100-per-6-hours	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe mailing list digest is late.\n\nPat
exim-user-unknown	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe planet feed lost an entry.\n\nPat
exim-relay-access-denied	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe security advisory is out.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply (one to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
