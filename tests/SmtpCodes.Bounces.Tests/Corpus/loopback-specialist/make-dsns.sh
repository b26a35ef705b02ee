#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-specialist: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Specialist's help article "Ao enviar um email recebo um erro informando sobre SPAM ou SPAMMER" ("when I send an
# e-mail I get an error about SPAM or SPAMMER": https://specialist.srv.br/ao-enviar-um-email-recebo-um-erro-informando-sobre-spammer/,
# Specialist, a Brazilian hosting and mail provider; in Portuguese, read with the search tool; no date shown) says a third
# party gets back when it sends mail to Specialist's customers; a sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Specialist's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The article's two replies a third party can get back (its section "1- when the error is sent back to the third
# party"; translated, the notes hold the Portuguese), every one, each byte for byte but as said:
#   "Your email is considered spam to me (id XX)"  ("XX is an internal identification number; it means that his e-mail
#       was considered spam by our antispam"; the customer can release it by whitelisting the sender): after the message's
#       final dot (a verdict on the message), with the run's reply code 550 (the article quotes the text without one)
#       and the run's id number 52 for XX: for sol@, sia@beta.test.
#   "553 sorry, your envelope sender has been denied, maybe you are a SPAMMER - https://postmaster.specialist.srv.br (#5.7.1)"
#       ("it means that his e-mail [address] is on Specialist's blacklist": addresses of abuse or of suspected phishing
#       are marked for Specialist's review): to MAIL FROM (the envelope sender is what is denied), to the clients that send
#       to gamma.test (192.0.2.24, the Postfix; 192.0.2.34, the Exim). The stored copy writes " – " (an en dash, the help
#       site's typesetting, inside a reply otherwise written as a qmail-style ASCII text with "(#5.7.1)"): served as " - ".
# The article's section 2 (errors a Specialist customer gets when sending out) is about its customers' own submission,
# not mail delivered to its MX, so it is not here.
# The replies are chosen by recipient and client address, not by anything the senders did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-specialist}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    sol@beta.test eom '550 Your email is considered spam to me (id 52)' \
    client:192.0.2.24 mail '553 sorry, your envelope sender has been denied, maybe you are a SPAMMER - https://postmaster.specialist.srv.br (#5.7.1)' \
    client:192.0.2.34 mail '553 sorry, your envelope sender has been denied, maybe you are a SPAMMER - https://postmaster.specialist.srv.br (#5.7.1)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
considered-spam	carol@alpha.test	sol@beta.test,sia@beta.test	192.0.2.25	Sol, Sia,\n\nthe proposal for the new warehouse is below.\n\nCarol
envelope-sender-denied	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe samples will arrive on Monday.\n\nCarol
exim-considered-spam	pat@pi.test	sol@beta.test,sia@beta.test	192.0.2.35	Sol, Sia,\n\nthe price table for the fair is attached to the next message.\n\nPat
exim-envelope-sender-denied	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe visit to the factory is on Thursday.\n\nPat
SEND
# four returns at once, two from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
