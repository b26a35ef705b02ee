#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-uky: a receiving SMTP server (../loopback-replay.py) answers with the errors that the
# University of Kentucky's page "Common Mail Errors and Solutions" lists for its mail gateways
# (http://www.uky.edu/IT/CustomerService/kb/mailgateways/commonerrors.php, the IT Customer Service Center's knowledge base,
# "copyright 2002-2007": "Mail delivery errors can occur for several reasons. The most common error messages, with
# possible solutions, are included below."), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the University's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every error the page lists (four), each the text the page's list gives after "Error:", served after a reply code of the
# run's (the page gives none; every one is a final refusal: 550, no enhanced code):
#   "550 User Unknown"                         "The email address supplied was not a currently valid email address"
#                                                                  to RCPT TO, for una@, uri@beta.test
#   "550 Mail from domain not accepted from host"
#                                              "You are attempting to send an email with a From address that does not
#                                              match the server used to send the mail message" (the page's heading
#                                              writes "Mail from Domain"; the list's spelling is served)
#                                                                  to MAIL FROM, from the clients that send to
#                                                                  gamma.test (gil@, gus@gamma.test)
#   "550 Access is denied. Your server is listed by SpamCop bl.spamcop.net"
#                                              (the gateways check incoming mail "against the SpamCop Real Time Black
#                                              List", the page "Default spam Scanning Levels" says)
#                                                                  to RCPT TO, for sid@, sara@beta.test
#   "550 Your message contained a virus or forbidden attachment."
#                                              (the gateways examine mail "for prohibited attachments ... Any message
#                                              containing a virus is discarded", the same page)
#                                                                  after the message, for vic@, val@beta.test
# The stages are the run's: the sender's domain against the client at MAIL FROM, the recipient and the block list at RCPT
# TO, the content after the message. The replies are chosen by recipient or client address, not by anything the senders
# did: no list is asked, the senders' domains are their own servers', the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-uky}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's errors. An after-the-message reply answers for the whole
# message (its first accepted recipient's row).
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt '550 User Unknown' \
    uri@beta.test rcpt '550 User Unknown' \
    client:192.0.2.24 mail '550 Mail from domain not accepted from host' \
    client:192.0.2.34 mail '550 Mail from domain not accepted from host' \
    sid@beta.test rcpt '550 Access is denied. Your server is listed by SpamCop bl.spamcop.net' \
    sara@beta.test rcpt '550 Access is denied. Your server is listed by SpamCop bl.spamcop.net' \
    vic@beta.test eom '550 Your message contained a virus or forbidden attachment.' \
    val@beta.test eom '550 Your message contained a virus or forbidden attachment.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	una@beta.test,uri@beta.test	192.0.2.25	Una, Uri,\n\nthe seminar room changed to the third floor.\n\nCarol
mail-from-domain	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe basketball tickets are at the front desk.\n\nCarol
spamcop	carol@alpha.test	sid@beta.test,sara@beta.test	192.0.2.25	Sid, Sara,\n\nthe lab safety course is on Tuesday.\n\nCarol
virus-or-attachment	carol@alpha.test	vic@beta.test,val@beta.test	192.0.2.25	Vic, Val,\n\nthe horse farm visit is confirmed.\n\nCarol
exim-user-unknown	pat@pi.test	una@beta.test,uri@beta.test	192.0.2.35	Una, Uri,\n\nthe library hours are longer this week.\n\nPat
exim-mail-from-domain	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe parking permits arrived.\n\nPat
exim-spamcop	pat@pi.test	sid@beta.test,sara@beta.test	192.0.2.35	Sid, Sara,\n\nthe chemistry exam moved to noon.\n\nPat
exim-virus-or-attachment	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe field trip bus leaves at eight.\n\nPat
SEND
# eight returns, all at once (every reply is permanent)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
