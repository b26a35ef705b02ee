#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-netty-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of netty-smtp-server, ddibkh's (kkwang's) MTA in Java on Netty and Spring Boot (its local users and domains
# in a database through Spring Data, relay permissions by the sender's domain and the client's IP, a queue and a
# delivery to local mailboxes or remote MX hosts; its SmtpServerHandler begins from Maarten Oelering's "Basic SMTP
# server in Java using Netty"), as its source writes them. Read with the search tool: the repository
# ddibkh/netty-smtp-server, src/main/java/com/mail/smtp/mta/protocol/RCPTTO.java and MAILFROM.java at commit
# a2e88f3e8770, service/UserService.java (fetchUserVO) and mta/handler/SmtpDataHandler.java at 5a3b8c430a57,
# exception/SmtpException.java (getMessage: the words for each code) and exception/RelayException.java at a2e88f3e8770
# and mta/handler/SmtpServerHandler.java at 5a3b8c430a57 (exceptionCaught writes an SmtpException's getResponse()).
# Every reply is one line. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are netty-smtp-server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 requested action not taken : mailbox not found"   (UserService.fetchUserVO: the address's domain is one of
#                              the server's domains but no user of that domain has its local part; SmtpException(550))
#                              to RCPT TO, for ann@ and abe@ beta.test (MAILFROM makes the same lookup of the sender;
#                              not served there, to keep to one text past two labelled recipients)
#   "551 user not local; please try <forward-path>"   (RCPTTO: neither the sender nor the recipient is local, "deny
#                              remote -> remote"; SmtpException(551), the placeholder written as it stands) to RCPT TO,
#                              for ray@ and roy@ delta.test
#   "500 5.7.1 Relaying denied. not allowed IP <client address>"   (RCPTTO: a local sender, not authenticated, to a
#                              remote recipient from a client whose IP the relay table does not allow for the
#                              sender's domain; RelayException) to RCPT TO, for ida@ and ike@ beta.test
#   "458 intenal error"        (SmtpDataHandler: the message's temporary .eml file or its folder could not be written,
#                              or the MIME parse failed; SmtpException(458), a code getMessage has no case for, so its
#                              default words; then the connection is closed) after the message, to every attempt, for
#                              sue@ and sid@ beta.test
# Not served: the greeting "220 <host> ESMTP" and the EHLO answer (the replaying server's own stand instead), the AUTH
# replies and "530 authentication required" (MAIL FROM on the submission port without AUTH), "501 syntax error,
# parameters or arguments" (an address InternetAddress cannot parse), "503 bad sequence of commands", "500 syntax
# error, command unrecognized", the other codes of SmtpException's list that no code path throws, and the replies of
# the outbound delivery.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and a few
# lines, the relay refusal stands for a sender in one of the server's own domains (the senders here are in none),
# delta.test is a domain the replaying server serves (it has an MX record pointing at it), and nothing fails to write. The temporary reply comes on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text but the 458
# (4: the warning and the return of each sender).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-netty-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): netty-smtp-server's replies.
printf '%s\t%s\t%s\n' \
    ann@beta.test rcpt '550 requested action not taken : mailbox not found' \
    abe@beta.test rcpt '550 requested action not taken : mailbox not found' \
    ray@delta.test rcpt '551 user not local; please try <forward-path>' \
    roy@delta.test rcpt '551 user not local; please try <forward-path>' \
    ida@beta.test rcpt '500 5.7.1 Relaying denied. not allowed IP {client}' \
    ike@beta.test rcpt '500 5.7.1 Relaying denied. not allowed IP {client}' \
    sue@beta.test eom '458 intenal error' \
    sid@beta.test eom '458 intenal error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-not-found	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe user table has the new columns.\n\nCarol
user-not-local	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe relay table was cleaned up.\n\nCarol
relaying-denied	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe submission port takes AUTH PLAIN now.\n\nCarol
internal-error	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe sent box is saved again.\n\nCarol
exim-mailbox-not-found	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe domain table lists the new domain.\n\nPat
exim-user-not-local	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe MX lookups are cached now.\n\nPat
exim-relaying-denied	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe allowed IP list has the office range.\n\nPat
exim-internal-error	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe temp folder is on a larger disk.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the 458 a warning
# after a minute and a return after 3 from each sender
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
