#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-eomatica: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the blog of Eomática (a web hosting and mail company in Galicia, Spain; eomatica.gal) quotes and explains in "Erros
# frecuentes nos envíos de email" ("frequent errors when sending email": https://eomatica.gal/gl/component/content/article/
# 14-blogue/271-erros-frecuentes-nos-envios-de-email.html; in Galician and Spanish, read with the search tool, no date
# shown: "sometimes when we send emails we receive a mail telling us of an error; these are the most frequent error
# codes"); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the
# ones Eomática quotes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, byte for byte with their codes, each to RCPT TO (the page names no stage; each names the
# recipient's mailbox or address, which a server judges at RCPT TO), with what the page says it means (translated):
#   "421 Your address has been graylisted. Try again later."
#         "you sent an email to an address protected by an anti-spam filter of grey lists. You need do nothing: our server
#         will keep trying to deliver the message, and when the time the recipient's server set has passed, your mail
#         will be sent to it"                                                          for gina@beta.test
#   "452 Requested action not taken: insufficient system storage"
#         "the message could not be delivered for lack of space in the recipient's mail account"   for sara@beta.test
#   "550 #5.1.0 Address rejected"
#         "the address the mail was sent to does not exist on the destination server"  for uma@, ugo@beta.test
#   "550 Requested action not taken: mailbox unavailable or is not local"
#         "the recipient's mail address is not hosted on that server and its security configuration ..." (the stored
#         copy is cut there)                                                          for rhea@, rolf@beta.test
# The two temporary replies come back at every attempt, so each sender warns after a minute and returns the message after
# 3 (../loopback-lib.sh's queue times); one recipient each, so that no text reaches more than four labelled recipients.
# Not served: "421 Service not available, closing transmission channel", "450 Requested mail action not taken: mailbox
# unavailable" and "451 Requested action aborted: local error in processing", which the page explains as failures of the
# sender's own outgoing server or a mailbox busy "at that moment" (RFC 5321's stock texts, no site's words), and "452 Too
# many recipients", which the page gives for its own outgoing servers' limit of 21 addresses a message (a refusal to its
# own users, not to a server delivering to it).
# The replies are chosen by recipient address, not by anything the senders did: no grey list is kept, no mailbox is full.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-eomatica}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
printf '%s\t%s\t%s\n' \
    gina@beta.test rcpt '421 Your address has been graylisted. Try again later.' \
    sara@beta.test rcpt '452 Requested action not taken: insufficient system storage' \
    uma@beta.test rcpt '550 #5.1.0 Address rejected' \
    ugo@beta.test rcpt '550 #5.1.0 Address rejected' \
    rhea@beta.test rcpt '550 Requested action not taken: mailbox unavailable or is not local' \
    rolf@beta.test rcpt '550 Requested action not taken: mailbox unavailable or is not local' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
graylisted	carol@alpha.test	gina@beta.test	192.0.2.25	Gina,\n\nthe boat to the Cies islands leaves at ten.\n\nCarol
insufficient-storage	carol@alpha.test	sara@beta.test	192.0.2.25	Sara,\n\nthe photos of the fair follow in a link.\n\nCarol
address-rejected	carol@alpha.test	uma@beta.test,ugo@beta.test	192.0.2.25	Uma, Ugo,\n\nthe order for the bakery is confirmed.\n\nCarol
not-local	carol@alpha.test	rhea@beta.test,rolf@beta.test	192.0.2.25	Rhea, Rolf,\n\nthe hotel in Vigo has two rooms left.\n\nCarol
exim-graylisted	pat@pi.test	gina@beta.test	192.0.2.35	Gina,\n\nthe pilgrims' hostel is booked for Friday.\n\nPat
exim-insufficient-storage	pat@pi.test	sara@beta.test	192.0.2.35	Sara,\n\nthe minutes of the meeting follow.\n\nPat
exim-address-rejected	pat@pi.test	uma@beta.test,ugo@beta.test	192.0.2.35	Uma, Ugo,\n\nthe wine from Ribeiro arrived.\n\nPat
exim-not-local	pat@pi.test	rhea@beta.test,rolf@beta.test	192.0.2.35	Rhea, Rolf,\n\nthe bus to Lugo is late today.\n\nPat
SEND
# four returns at once, then for each temporary reply a warning after a minute and a return after 3 from each sender
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
