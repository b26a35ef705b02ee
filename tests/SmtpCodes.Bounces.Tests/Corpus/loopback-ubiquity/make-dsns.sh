#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ubiquity: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Ubiquity Hosting's wiki page "Delivery Status Notification" quotes (Ubiquity Web Hosting Wiki, a US hosting
# provider's help wiki: http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification, "Scan this message for a
# message similar to one of the following messages that begins with Remote host said", each reply followed by what it
# means; read with the search tool; no date shown), byte for byte but for one blank; a sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces
# of their own (../loopback-lib.sh), so it all ends with the run. The words are the ones the page quotes (the receiving
# servers its customers' mail meets: a Hotmail-shaped, a qmail-shaped and a Yahoo-shaped text among them); the DSNs are
# made. The wiki states no licence on the stored page; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply of the page (seven), each what the page says it means; the page names no stages, so the stages are the
# run's: the storage refusal after the message, the others at RCPT TO:
#   "550 Requested action not taken: mailbox unavailable"   "your message reached the receiving email server, but may
#                          mean that this exact email address doesn't exist / was mistyped, is full, or is temporarily
#                          disabled"                                                 for mia@, max@beta.test
#   "550 5.7.1 Rejected: mail.mycompany.com listed at relays.ordb.org"   "Your domain name or IP address has been listed
#                          in a blacklist database that this particular provider uses" (its example's host name kept)
#                                                                                    for lia@, leo@beta.test
#   "551 Requested action not taken: mailbox full"   "Their mailbox is full."        for fia@, fox@beta.test
#   "552 Requested action not taken: exceeded storage allocation"   "Your email / attachments were too large for this
#                          account to receive."                       after the final dot, for ben@, bea@beta.test
#   "553 sorry, that domain isn't in my list of allowed rcpthosts"   "Your domain name will need to be placed on a white
#                          list with the receiving provider"                         for rae@, ros@beta.test
#   "553 bad reverse dns"  "Something about your reverse DNS settings are causing this message to get rejected."
#                                                                                    for dan@, dot@beta.test
#   "554 delivery error: Sorry, your message to <address> cannot be elivered.  This account is over quota."   "Their
#                          email address is over their allotted disk space." (the page's blank "__________" is the
#                          recipient's address; its "elivered" and its two spaces as the page writes them)
#                                                                                    for quy@, qia@beta.test
# The replies are chosen by recipient address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, the messages are short plain text, no list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ubiquity}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
{
    for r in mia max; do printf '%s@beta.test\trcpt\t%s\n' $r '550 Requested action not taken: mailbox unavailable'; done
    for r in lia leo; do printf '%s@beta.test\trcpt\t%s\n' $r '550 5.7.1 Rejected: mail.mycompany.com listed at relays.ordb.org'; done
    for r in fia fox; do printf '%s@beta.test\trcpt\t%s\n' $r '551 Requested action not taken: mailbox full'; done
    for r in ben bea; do printf '%s@beta.test\teom\t%s\n' $r '552 Requested action not taken: exceeded storage allocation'; done
    for r in rae ros; do printf '%s@beta.test\trcpt\t%s\n' $r "553 sorry, that domain isn't in my list of allowed rcpthosts"; done
    for r in dan dot; do printf '%s@beta.test\trcpt\t%s\n' $r '553 bad reverse dns'; done
    for r in quy qia; do printf '%s@beta.test\trcpt\t%s\n' $r '554 delivery error: Sorry, your message to {rcpt} cannot be elivered.  This account is over quota.'; done
} > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-unavailable	carol@alpha.test	mia@beta.test,max@beta.test	192.0.2.25	Mia, Max,\n\nthe new DNS zone is live.\n\nCarol
listed-at-ordb	carol@alpha.test	lia@beta.test,leo@beta.test	192.0.2.25	Lia, Leo,\n\nyour hosting plan renews next month.\n\nCarol
mailbox-full	carol@alpha.test	fia@beta.test,fox@beta.test	192.0.2.25	Fia, Fox,\n\nthe backup finished overnight.\n\nCarol
storage-allocation	carol@alpha.test	ben@beta.test,bea@beta.test	192.0.2.25	Ben, Bea,\n\nthe site export follows.\n\nCarol
allowed-rcpthosts	carol@alpha.test	rae@beta.test,ros@beta.test	192.0.2.25	Rae, Ros,\n\nthe SSL certificate was renewed.\n\nCarol
bad-reverse-dns	carol@alpha.test	dan@beta.test,dot@beta.test	192.0.2.25	Dan, Dot,\n\nthe server move is on Saturday.\n\nCarol
account-over-quota	carol@alpha.test	quy@beta.test,qia@beta.test	192.0.2.25	Quy, Qia,\n\nyour invoice is in the portal.\n\nCarol
exim-mailbox-unavailable	pat@pi.test	mia@beta.test,max@beta.test	192.0.2.35	Mia, Max,\n\nthe staging site is ready.\n\nPat
exim-listed-at-ordb	pat@pi.test	lia@beta.test,leo@beta.test	192.0.2.35	Lia, Leo,\n\nthe database upgrade is done.\n\nPat
exim-mailbox-full	pat@pi.test	fia@beta.test,fox@beta.test	192.0.2.35	Fia, Fox,\n\nthe mail filters were updated.\n\nPat
exim-storage-allocation	pat@pi.test	ben@beta.test,bea@beta.test	192.0.2.35	Ben, Bea,\n\nthe log archive follows.\n\nPat
exim-allowed-rcpthosts	pat@pi.test	rae@beta.test,ros@beta.test	192.0.2.35	Rae, Ros,\n\nthe domain transfer completed.\n\nPat
exim-bad-reverse-dns	pat@pi.test	dan@beta.test,dot@beta.test	192.0.2.35	Dan, Dot,\n\nthe firewall rules changed.\n\nPat
exim-account-over-quota	pat@pi.test	quy@beta.test,qia@beta.test	192.0.2.35	Quy, Qia,\n\nthe control panel password was reset.\n\nPat
SEND
# fourteen returns at once, one per scenario
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
