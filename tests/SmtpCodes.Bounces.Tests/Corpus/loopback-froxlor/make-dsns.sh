#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-froxlor: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock receiving Postfix of Froxlor (the PHP server management panel for hosting providers) gives to incoming
# mail: the /etc/postfix/main.cf that Froxlor's configuration wizard writes for Debian 12 from froxlor/Froxlor
# lib/configfiles/bookworm.xml (daemon "postfix_dovecot", "Postfix with dovecot", the default; commit
# 0757cc25ce55ebad6184e7e1814f45a9bd70ac1a; read with the search tool; GPL-2.0). Its restrictions are
# smtpd_client_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unknown_client_hostname;
# smtpd_sender_restrictions = permit_mynetworks, reject_sender_login_mismatch, permit_sasl_authenticated,
# reject_unknown_helo_hostname, reject_unknown_recipient_domain, reject_unknown_sender_domain;
# smtpd_recipient_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination,
# reject_unauth_pipelining, reject_non_fqdn_recipient; smtpd_helo_required = yes; smtpd_sender_login_maps from its
# mail_users table (mysql-virtual_sender_permissions.cf); virtual mailboxes from MySQL; message_size_limit = 52428800.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are Postfix's own for those restrictions, in the shapes Postfix 3.7's smtpd writes them (read from its
# binary's strings and its defaults: unknown_client_reject_code and unknown_hostname_reject_code 450, the enhanced codes
# 4.7.25 for an unknown client name and 4.7.1 for an unknown HELO name, reject_sender_login_mismatch's 553 5.7.1; with
# smtpd_delay_reject's default, client and sender restrictions answer at RCPT TO); not read from a running Froxlor; the
# DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the refusals of that list that a server delivering to a Froxlor domain can meet and that the
# loopback units of heldout-s20 did not serve for Zentyal's, Sentora's and ISPConfig's lists: a client address without a
# host name (reject_unknown_client_hostname), a HELO name that does not resolve (reject_unknown_helo_hostname, whose
# words loopback-ispconfig serves too: Froxlor puts it among its sender restrictions), and a sender address that belongs
# to one of the panel's mailboxes from a client that did not log in (reject_sender_login_mismatch: the mail of a
# forwarder or a forged sender). Not served: reject_unknown_sender_domain, reject_unauth_destination, the unknown
# virtual and local recipients and the size limit (loopback-zentyal, loopback-ispconfig and loopback-sentora of
# heldout-s20 serve those words), reject_unknown_recipient_domain and reject_non_fqdn_recipient (a delivering server
# found the domain and qualifies its recipients), reject_unauth_pipelining and smtpd_helo_required (a conforming sending
# MTA never trips them). Served byte for byte, {client}, {helo} and {sender} filled in by the server:
#   "450 4.7.25 Client host rejected: cannot find your hostname, [{client}]"
#                                                              to cleo@beta.test (Postfix), cyd@beta.test (Exim)
#   "450 4.7.1 <{helo}>: Helo command rejected: Host not found" to hal@beta.test (Postfix), hugo@beta.test (Exim)
#   "553 5.7.1 <{sender}>: Sender address rejected: not logged in"                            to sol@, sam@beta.test
# The replies are chosen by recipient, not by anything the senders did: the senders' addresses have PTR records that
# match, their HELO names resolve, their addresses are not the panel's, and the messages are short plain text with one
# or two recipients (each temporary refusal to one recipient: it is warned and then returned).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-froxlor}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
CLIENT='450 4.7.25 Client host rejected: cannot find your hostname, [{client}]'
HELO='450 4.7.1 <{helo}>: Helo command rejected: Host not found'
LOGIN='553 5.7.1 <{sender}>: Sender address rejected: not logged in'
printf '%s\t%s\t%s\n' \
    cleo@beta.test rcpt "$CLIENT" \
    cyd@beta.test rcpt "$CLIENT" \
    hal@beta.test rcpt "$HELO" \
    hugo@beta.test rcpt "$HELO" \
    sol@beta.test rcpt "$LOGIN" \
    sam@beta.test rcpt "$LOGIN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
client-hostname-unknown	carol@alpha.test	cleo@beta.test	192.0.2.25	Cleo,\n\nthe raffle tickets are in the office.\n\nCarol
helo-host-not-found	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe ladder is back in the garage.\n\nCarol
sender-not-logged-in	carol@alpha.test	sol@beta.test,sam@beta.test	192.0.2.25	Sol, Sam,\n\nthe summer fair needs two more stalls.\n\nCarol
exim-client-hostname-unknown	pat@pi.test	cyd@beta.test	192.0.2.35	Cyd,\n\nthe reading group moves to Thursdays.\n\nPat
exim-helo-host-not-found	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe spare chairs are in the vestry.\n\nPat
exim-sender-not-logged-in	pat@pi.test	sol@beta.test,sam@beta.test	192.0.2.35	Sol, Sam,\n\nthe pond clearing starts at ten.\n\nPat
SEND
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
