#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fortimail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Fortinet documents for its FortiMail email gateway (and one of its FortiGate firewalls' SMTP proxy), each reply
# as the page writes it, its placeholders filled with the run's; a sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Fortinet's (as its pages quote them); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The pages (read with the search tool; the stored copies show no date unless named):
#   A  FortiMail Administration Guide 6.2.0 and 6.4.2, "Troubleshoot MTA issues" (docs.fortinet.com/document/fortimail/
#      6.4.2/administration-guide/260598/troubleshoot-mta-issues): "SMTP clients receive the message 550 5.7.1 Relay
#      access denied. ... This indicates rejection due to lack of relay permission."
#   B  FortiMail troubleshooting ("FortiMail Troubleshooting: SMTP Failure", Fortinet cookbook, 13 October 2016, and the
#      Administration Guide's troubleshooting chapter as fortinetguru.com copies it): "SMTP clients receive the message
#      451 Try again later. ... The greylist routine has encountered an unknown sender or the greylist entry has expired
#      ... Recipient verification is enabled and the FortiMail unit is unable to connect to the recipient verification
#      server."
#   C  Fortinet Community, "Technical Tip: Greylisting Process Flow" (article 191707): "If no exemption is matched, the
#      FortiMail returns a temp fail "451 4.3.2 Please try again later"."
#   D  Fortinet Community, "Troubleshooting Tip: Email is rejected with the error message: 'This email from IP
#      xxx.xxx.xxx.xxx has been rejected. The email message was detected as spam. FortiGuard AntiSpam Or FortiGuard
#      WebFilter'" (articles 410082 and 213791, FortiMail Cloud): "This email from IP xxx.xxx.xxx.xxx has been rejected.
#      The email message was detected as spam. FortiGuard AntiSpam(SPAM URL:https://<url>/ or http://<url>/))" and "This
#      email from IP xx.xx.xx.xx has been rejected. The email message was detected as spam.FortiGuard WebFilter(https://
#      <url> (FortiGuard Category))".
#   E  howtodo.co.il (a blog post quoting the error outside senders got from a FortiGate's SMTP proxy, with Fortinet's
#      knowledge base on its AntiSpam Engine): "554 5.7.1 This message has been blocked because ASE reports it as spam.";
#      FortiOS's CLI reference names the replacement message smtp-spam-ase ("The FortiGuard Antispam Engine (ASE) reports
#      this message as spam").
# The selection (stated before the run, not by what any reader makes of the texts): every reply text these pages quote
# that a server delivering to an MX can meet, each once from each sender. The pages give no reply code for D: 550 5.7.1
# is the run's. D's placeholders filled with the client's address, the URL the message carries (https://deals.zeta.test/,
# written in its body) and, for the WebFilter form, the category the article's own example shows ("Malicious Websites");
# D's AntiSpam form keeps the article's "))" and takes its https alternative. The stages are the run's: RCPT TO for A, B
# and C (relaying and greylisting are decided per recipient), after the message for D and E (content verdicts).
#   A  "550 5.7.1 Relay access denied"                                      to rita@delta.test
#   B  "451 Try again later"                                                to tara@beta.test
#   C  "451 4.3.2 Please try again later"                                   to gwen@beta.test
#   D  "550 5.7.1 This email from IP ... FortiGuard AntiSpam(SPAM URL:...))" after the message to sue@beta.test
#   D  "550 5.7.1 This email from IP ... spam.FortiGuard WebFilter(...)"    after the message to wendy@beta.test
#   E  "554 5.7.1 This message has been blocked because ASE reports it as spam."  after the message to abe@beta.test
# The replies are chosen by recipient, not by anything the senders did: their hosts have PTR records, their domains
# MX records, nobody was greylisted, and the messages carry no spam.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test (also mx.delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fortimail}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Fortinet's texts.
printf '%s\t%s\t%s\n' \
    rita@delta.test rcpt '550 5.7.1 Relay access denied' \
    tara@beta.test rcpt '451 Try again later' \
    gwen@beta.test rcpt '451 4.3.2 Please try again later' \
    sue@beta.test eom '550 5.7.1 This email from IP {client} has been rejected. The email message was detected as spam. FortiGuard AntiSpam(SPAM URL:https://deals.zeta.test/))' \
    wendy@beta.test eom '550 5.7.1 This email from IP {client} has been rejected. The email message was detected as spam.FortiGuard WebFilter(https://deals.zeta.test/ (Malicious Websites))' \
    abe@beta.test eom '554 5.7.1 This message has been blocked because ASE reports it as spam.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	rita@delta.test	192.0.2.25	Rita,\n\nthe delivery van comes on Wednesday.\n\nCarol
try-again-later	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe schedule for the audit is below.\n\nCarol
please-try-again-later	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe samples were posted today.\n\nCarol
antispam-url	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe new catalogue is online: https://deals.zeta.test/\n\nCarol
webfilter-url	carol@alpha.test	wendy@beta.test	192.0.2.25	Wendy,\n\nthe price list is on https://deals.zeta.test/\n\nCarol
ase-spam	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe meeting notes are below.\n\nCarol
exim-relay-access-denied	pat@pi.test	rita@delta.test	192.0.2.35	Rita,\n\nthe parcel left the warehouse.\n\nPat
exim-try-again-later	pat@pi.test	tara@beta.test	192.0.2.35	Tara,\n\nthe figures for May are below.\n\nPat
exim-please-try-again-later	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe hall is booked for Friday.\n\nPat
exim-antispam-url	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe brochure is online: https://deals.zeta.test/\n\nPat
exim-webfilter-url	pat@pi.test	wendy@beta.test	192.0.2.35	Wendy,\n\nthe order form is on https://deals.zeta.test/\n\nPat
exim-ase-spam	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe travel plan is below.\n\nPat
SEND
# eight permanent refusals returned at once; for the two temporary replies a warning after 1 minute and the return after
# 3 from each sender: 8 + 2 * 4 = 16
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
