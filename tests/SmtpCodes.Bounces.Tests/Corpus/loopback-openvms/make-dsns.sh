#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-openvms: a receiving SMTP server (../loopback-replay.py) answers with the rejection
# texts that the management guide of TCP/IP Services for OpenVMS (Compaq, later HP and VSI) lists for its SMTP server's
# AntiSPAM checks, each text as the guide writes it, after a reply code the run chooses; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the guide's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# The page (read with the search tool): Compaq TCP/IP Services for OpenVMS Management (manualshelf.com copy, pages 339
# and 340), 17.6.8.2 "Configuring SPAM Security": "When the SMTP server disconnects the link with the client because of
# one of the antiSPAM checks, it sends a message back to the client. The text of the message is controlled by the
# Security field in SMTP.CONFIG ... SECURE (the default) If Security is set to SECURE, the messages do not indicate the
# cause of the disconnect. FRIENDLY If Security is set to FRIENDLY, the messages indicate the cause of the disconnect.";
# 17.6.8.3 "Specifying the SPAM Rejection Text": "The following are the fields and default messages for the SECURE
# option: Unbacktranslatable-IP-Text: Closing transmission channel. Bad-Clients-Text: Closing transmission channel.
# Client-In-RBL-Text: Closing transmission channel. Reject-Mail-From-Text: Closing transmission channel.
# Unqualified-Sender-Text: Closing transmission channel. Unresolvable-Domain-Text: Closing transmission channel.
# SPAM-Relay-Text: User not local, Relay disabled. The following are the fields and default messages for the FRIENDLY
# option: Unbacktranslatable-IP-Text: I can't backtranslate your IP address to a host name. Bad-Clients-Text: Your IP
# address or subnet is in my list of bad ones. Client-In-RBL-Text: Your IP address is in my RBL list.
# Reject-Mail-From-Text: That sender address is in my list of bad ones. Unqualified-Sender-Text: That sender address is
# unqualified. Unresolvable-Domain-Text: That sender address is unresolvable into a host name or MX domain.
# SPAM-Relay-Text: Both you and the recipient are unknown to me. I will not relay."
# The selection (stated before the run, not by what any reader makes of the texts): every distinct default text, each
# once from each sender: the seven FRIENDLY texts and the two SECURE texts (SECURE's "Closing transmission channel."
# served for one of its events, a client in an RBL list). The guide gives no reply code: 550 is the run's (the server
# refuses and disconnects); the guide's typographic apostrophe in "can't" is written as ASCII. The stages are the run's:
# RCPT TO for all (the checks run at the connection, MAIL FROM or RCPT TO; the run serves each to its own recipient so
# that one run carries every text from the same two senders).
#   "550 I can't backtranslate your IP address to a host name."                            to nora@beta.test
#   "550 Your IP address or subnet is in my list of bad ones."                             to bart@beta.test
#   "550 Your IP address is in my RBL list."                                               to rob@beta.test
#   "550 That sender address is in my list of bad ones."                                   to sal@beta.test
#   "550 That sender address is unqualified."                                              to quinn@beta.test
#   "550 That sender address is unresolvable into a host name or MX domain."               to uma@beta.test
#   "550 Both you and the recipient are unknown to me. I will not relay."                  to remy@delta.test
#   "550 Closing transmission channel."                                                    to cleo@beta.test
#   "550 User not local, Relay disabled."                                                  to rudy@delta.test
# The replies are chosen by recipient, not by anything the senders did: their hosts have PTR records, their domains MX
# records and qualified addresses, no block list was asked, and the messages carry no spam.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test (also mx.delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-openvms}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the guide's texts after the run's code.
printf '%s\t%s\t%s\n' \
    nora@beta.test rcpt "550 I can't backtranslate your IP address to a host name." \
    bart@beta.test rcpt '550 Your IP address or subnet is in my list of bad ones.' \
    rob@beta.test rcpt '550 Your IP address is in my RBL list.' \
    sal@beta.test rcpt '550 That sender address is in my list of bad ones.' \
    quinn@beta.test rcpt '550 That sender address is unqualified.' \
    uma@beta.test rcpt '550 That sender address is unresolvable into a host name or MX domain.' \
    remy@delta.test rcpt '550 Both you and the recipient are unknown to me. I will not relay.' \
    cleo@beta.test rcpt '550 Closing transmission channel.' \
    rudy@delta.test rcpt '550 User not local, Relay disabled.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
backtranslate	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe tickets for the fair are booked.\n\nCarol
bad-client	carol@alpha.test	bart@beta.test	192.0.2.25	Bart,\n\nthe report for March is below.\n\nCarol
rbl-list	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe new price list is below.\n\nCarol
bad-sender	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe lunch order is below.\n\nCarol
unqualified-sender	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe spare keys are in the drawer.\n\nCarol
unresolvable-sender	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe rota for next week is below.\n\nCarol
will-not-relay	carol@alpha.test	remy@delta.test	192.0.2.25	Remy,\n\nthe crates arrive on Tuesday.\n\nCarol
closing-transmission-channel	carol@alpha.test	cleo@beta.test	192.0.2.25	Cleo,\n\nthe invitation is below.\n\nCarol
relay-disabled	carol@alpha.test	rudy@delta.test	192.0.2.25	Rudy,\n\nthe contract draft is below.\n\nCarol
exim-backtranslate	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nthe tickets for the fair are booked.\n\nPat
exim-bad-client	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe report for March is below.\n\nPat
exim-rbl-list	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe new price list is below.\n\nPat
exim-bad-sender	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe lunch order is below.\n\nPat
exim-unqualified-sender	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe spare keys are in the drawer.\n\nPat
exim-unresolvable-sender	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe rota for next week is below.\n\nPat
exim-will-not-relay	pat@pi.test	remy@delta.test	192.0.2.35	Remy,\n\nthe crates arrive on Tuesday.\n\nPat
exim-closing-transmission-channel	pat@pi.test	cleo@beta.test	192.0.2.35	Cleo,\n\nthe invitation is below.\n\nPat
exim-relay-disabled	pat@pi.test	rudy@delta.test	192.0.2.35	Rudy,\n\nthe contract draft is below.\n\nPat
SEND
# eighteen permanent refusals, returned at once
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
