#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nhsmail: a receiving SMTP server (../loopback-replay.py) answers with the two refusals
# that NHSmail (the national e-mail and collaboration service of the NHS in England and Scotland, run for NHS England by
# Accenture; its Email Gateway and NHSmail Relay, relay.nhs.uk, take the mail of the internet and of the health service's
# network HSCN for nhs.net and NHS.uk domains) documents as its own in its support pages: the knowledge-base article
# "Non Delivery Reports (NDRs)" ("This list provides detail on the most common NDRs received by NHSmail users", support
# site knowledge-base/relay-delivery-failures, the same list linked from https://portal.nhs.net/help/faq) and the service
# notice "NHSmail Security Enhancements" of 12 April 2022 (https://support.nhs.net/2022/04/nhsmail-security-enhancements-2/:
# "The Non Delivery Report email that users should expect to receive in instances where an email is rejected is shown
# below"); stored copies read with the search tool (the article's copy is a mirror of support.nhs.net's knowledge base and
# ends in the middle of its fourth explanation), no licence shown; only the reply texts are quoted. A sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are NHSmail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# The pages write each reply with a placeholder in typographic quotes ('sender's email', 'recipient address'); the
# table puts there the address the reply names, in angle brackets, as the Postfix the NDR list shows (its X-Postfix
# lines) writes its restriction replies. Served:
#   "530 5.7.0 <sender>: Sender address rejected: Must use TLS"   (the NDR list's "5.7.0 smtp; 530 5.7.0 'sender's email':
#       Sender address rejected: Must use TLS"; its explanation: "There has been a recent change in the NHSmail Relay"
#       (the stored copy ends there): the relay refuses a sender whose session is not encrypted). A sender restriction,
#       so to every RCPT TO of the client (as Postfix answers a sender restriction at RCPT TO): keyed by the senders'
#       second addresses (192.0.2.24 and 192.0.2.34, the clients for gamma.test), neither of which asks for STARTTLS
#       (the replaying server offers none): gil@ and gia@gamma.test from the Postfix, gus@ and gwen@gamma.test from
#       the Exim, one message each.
#   "554 5.7.1 <recipient>: Recipient address rejected: ERS-RBL"   (the notice: NHSmail's security changes "could result
#       in some Non Delivery Reports" where "an email is rejected"; "please utilise the Trend Email Reputation Service
#       to resolve", i.e. the sending IP is listed by Trend Micro's Email Reputation Service, its RBL). To RCPT TO, for
#       rob@ and ria@beta.test, from both senders: rob@ alone in a message, ria@ beside ann@beta.test, who is accepted.
# At most 4 recipients to one reply text.
# Not served: the list's other lines are replies and reports of other systems that NHSmail users receive when they
# send out (AOL's "Recipient address rejected: aol.com", Exchange Online's RESOLVER.ADR.ExRecipNotFound, Postfix's own
# "Host or domain name not found" and "Connection refused", "550 Unknown user", "550 Requested action not taken:
# mailbox unavailable", and a "450 4.1.8 ... Sender address rejected: Domain not found" from a "Host server[IP]" the
# list does not name), and the article's explanations stop before them.
# The replies are chosen by recipient or client address, not by anything the senders did: no IP of theirs is listed
# anywhere, and the Must use TLS refusal is keyed by client, not read from the session; the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nhsmail}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies, the placeholders filled.
TLS='530 5.7.0 <{sender}>: Sender address rejected: Must use TLS'
RBL='554 5.7.1 <{rcpt}>: Recipient address rejected: ERS-RBL'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 rcpt "$TLS" \
    client:192.0.2.34 rcpt "$TLS" \
    rob@beta.test rcpt "$RBL" \
    ria@beta.test rcpt "$RBL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
must-use-tls	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe clinic moved your appointment to Tuesday.\n\nCarol
must-use-tls-again	carol@alpha.test	gia@gamma.test	192.0.2.25	Gia,\n\nthe referral letter is ready to collect.\n\nCarol
ers-rbl	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe rota for next week is below.\n\nCarol
ers-rbl-two	carol@alpha.test	ann@beta.test,ria@beta.test	192.0.2.25	Ann, Ria,\n\nthe training room is booked for Friday.\n\nCarol
exim-must-use-tls	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nyour order of dressings has shipped.\n\nPat
exim-must-use-tls-again	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe invoice for March is attached below.\n\nPat
exim-ers-rbl	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe new price list starts in May.\n\nPat
exim-ers-rbl-two	pat@pi.test	ann@beta.test,ria@beta.test	192.0.2.35	Ann, Ria,\n\nthe samples leave the warehouse today.\n\nPat
SEND
# eight returns at once (every reply is permanent)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
