#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailwall: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of MailWall-II, DNPA's mail wall in Perl on Net::Server::Mail (an SMTP server for the workstations of
# a network that admits mail only from registered clients and known senders, holds mail to unknown recipients or with
# binary content for the sender's confirmation, delays the rest against floods, marks a flooding client trojanized, and
# takes administration commands by mail to special addresses of mailwall.local; a forwarder hands the accepted mail to
# the site's real mail server; the repository DNPA/MailWallII; no licence file read; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below: lib/MailWallSession.pm (commit 7e8d19a6ebb0,
# validatePeer, validateFrom, validateRecipient and queueMessage, each refusal a list (0, 554, "<text>") that
# Net::Server::Mail writes as "554 <text>") as bin/smtpd.pl hooks them (its MAIL callback runs validatePeer and then
# validateFrom, so the client checks answer MAIL FROM; RCPT runs validateRecipient; DATA runs queueMessage):
#   to MAIL FROM "554 Your IP <client> is not a registered client for this mail server." (the client's address is not
#   in the database's systems), "554 Your IP <client> has been marked as being trojanized." (the client is marked
#   compromised), "554 <sender>: Sender address rejected." (the MAIL FROM address is not a known sender; the address is
#   the MAIL FROM argument as Net::Server::Mail hands it over, with its angle brackets), "554 Your IP <client> has being
#   marked as trojanized." (more than 10 messages of the sender from the client: the flood check marks the client) and
#   "554 <sender>: Sender address rejected for client." (a known sender not bound to the client, the client not
#   promiscuous and the sender not roaming); to RCPT TO "554 Attempting to combine normal with special addresses from a
#   single mail." (a message to both a mailwall.local command address and a normal address); after the message "554
#   Unable to process mail to unrecognized special address." (a mailwall.local address that names none of the queue,
#   peers and admin commands) and "554 Insufficient privileges for sending mail to special address." (the client and
#   sender may not run that administration command).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MailWall-II's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "554 Your IP 192.0.2.24 is not a registered client for this mail server."   (the table's {client}, the connecting
#                              address, as the code writes the peer's address) to MAIL FROM from the Postfix's second
#                              address (192.0.2.24, which sends the mail for gamma.test), for gus@gamma.test
#   "554 <pat@pi.test>: Sender address rejected."   (the table's <{sender}>: the code writes the MAIL FROM argument
#                              with its brackets) to MAIL FROM from the Exim's second address (192.0.2.34, which sends
#                              the mail for gamma.test), for gil@gamma.test
#   "554 Attempting to combine normal with special addresses from a single mail."   to RCPT TO, for ada@ and abe@
#                              beta.test
#   "554 Unable to process mail to unrecognized special address."   after the message, for una@ and uri@ beta.test
#   "554 Insufficient privileges for sending mail to special address."   after the message, for ian@ and ivy@ beta.test
# Not served: the greeting "mailwall ESMTP MailWall-II Service ready" and the EHLO answer (the replaying server's are
# used), "554 Your IP <client> has been marked as being trojanized.", "554 Your IP <client> has being marked as
# trojanized." and "554 <sender>: Sender address rejected for client." (MAIL FROM refusals too: the two-sender layout
# has one second address a sender, so two of the five MAIL FROM texts are served, one to each sender), bin/smtpd.pl's
# "554 Invalid command sequence" (RCPT TO or DATA without a session) and Net::Server::Mail's own replies. The code
# writes no temporary refusal; every reply is permanent, so there are no warnings.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailwall}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailWall-II's SMTP server's replies.
UNREGISTERED='554 Your IP {client} is not a registered client for this mail server.'
SENDER='554 <{sender}>: Sender address rejected.'
COMBINE='554 Attempting to combine normal with special addresses from a single mail.'
UNRECOGNIZED='554 Unable to process mail to unrecognized special address.'
PRIVILEGES='554 Insufficient privileges for sending mail to special address.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$UNREGISTERED" \
    client:192.0.2.34 mail "$SENDER" \
    ada@beta.test rcpt "$COMBINE" \
    abe@beta.test rcpt "$COMBINE" \
    una@beta.test eom "$UNRECOGNIZED" \
    uri@beta.test eom "$UNRECOGNIZED" \
    ian@beta.test eom "$PRIVILEGES" \
    ivy@beta.test eom "$PRIVILEGES" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-a-registered-client	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rain gauge is by the greenhouse.\n\nCarol
combine-normal-with-special	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe quilt show opens on Friday.\n\nCarol
unrecognized-special-address	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe bus to the coast leaves at nine.\n\nCarol
insufficient-privileges	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe chess club meets upstairs now.\n\nCarol
exim-sender-address-rejected	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe bird table needs a new roof.\n\nPat
exim-combine-normal-with-special	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe harvest supper is on Saturday.\n\nPat
exim-unrecognized-special-address	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe kayaks are back from repair.\n\nPat
exim-insufficient-privileges	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe choir robes are at the cleaners.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
