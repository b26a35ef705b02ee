#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-isx-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of UA-1240-C's smtp-server, a mail server in C++ on Boost.Asio with a PostgreSQL user and
# mail store (namespaces ISXSC, ISXCommandHandler and ISXMailDB; the repository UA-1240-C/smtp-server, a team project;
# no licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below: the SMTP command handler include/CommandHandler/src/CommandHandler.cpp (commit 05686529a1ac; its
# HandleMailFrom and HandleRcptTo), as the earlier src/Server.cpp (commit 51653307d00d, SmtpServer::handleMailFrom and
# handleRcptTo) writes them too; every reply is one line, written whole as a string literal:
#   to MAIL FROM "550 Sender address does not exist" (the MAIL FROM address is not a user in the server's user table:
#   m_data_base->UserExists(sender) is false); to RCPT TO "550 Recipient address does not exist" (the RCPT TO address is
#   not a user in that table) and "550 Internal Server Error" (the user lookup threw: the database failed; the same
#   words answer MAIL FROM when the lookup of the sender throws).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# UA-1240-C's smtp-server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes: no reply is temporary)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Sender address does not exist"   to MAIL FROM from each sender's second address (192.0.2.24, the Postfix's, and
#                              192.0.2.34, the Exim's, which send the mail for gamma.test), for gus@ and gil@ gamma.test
#   "550 Recipient address does not exist"   to RCPT TO, for uma@, ugo@, una@ and ulf@ beta.test
#   "550 Internal Server Error"   to RCPT TO, for ida@, ian@, isa@ and ivy@ beta.test
# Not served: the greeting "220 Client was successfully connected." and the EHLO answer "250 Hello" (the replaying
# server's are used), "550 Internal Server Error" to MAIL FROM (the same words as to RCPT TO), "550 Required fields
# missing" and the second "550 Internal Server Error" after the message (the code writes them after it has already
# answered the final dot with "250 OK": a client reads them, if at all, as the answer to its next command), "530
# STARTTLS handshake failed", "535 Authentication failed", "535 Internal Server Error", "550 User already exists" and
# the other REGISTER replies (a client of the project's own, not a relaying MTA), "550 User does not exist" and "550
# Mailing list does not exist" (VRFY and EXPN), "501 Syntax error in parameters or arguments" and "500 Syntax error,
# command unrecognized". Later versions of CommandHandler.cpp take their texts from a table
# (include/CommandHandler/src/StandartSmtpResponses.cpp) and answer MAIL FROM and RCPT TO with "510 Invalid email
# address", a line end, then " : sender address doesn't exist." or " : recipient address doesn't exist." with none;
# they refuse every sender but the logged-in user, so a relaying MTA never reaches RCPT TO there: not served.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did; each message is a few
# lines of plain text. The last message of each sender has three recipients: one unknown, one whose lookup fails, and
# one the replaying server accepts (it is delivered and named in no DSN).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-isx-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): UA-1240-C's smtp-server's replies.
SENDER='550 Sender address does not exist'
RECIPIENT='550 Recipient address does not exist'
INTERNAL='550 Internal Server Error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    uma@beta.test rcpt "$RECIPIENT" \
    ugo@beta.test rcpt "$RECIPIENT" \
    una@beta.test rcpt "$RECIPIENT" \
    ulf@beta.test rcpt "$RECIPIENT" \
    ida@beta.test rcpt "$INTERNAL" \
    ian@beta.test rcpt "$INTERNAL" \
    isa@beta.test rcpt "$INTERNAL" \
    ivy@beta.test rcpt "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-address-does-not-exist	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe sailing club meets on the quay at nine.\n\nCarol
recipient-address-does-not-exist	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe pottery kiln is warm again.\n\nCarol
internal-server-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe allotment gate has a new lock.\n\nCarol
unknown-and-internal-error	carol@alpha.test	una@beta.test,isa@beta.test,amy@beta.test	192.0.2.25	Hello all,\n\nthe book swap moved to the library.\n\nCarol
exim-sender-address-does-not-exist	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lighthouse tour starts at noon.\n\nPat
exim-recipient-address-does-not-exist	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe bakery has rye bread on Fridays.\n\nPat
exim-internal-server-error	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe canoe is back on its rack.\n\nPat
exim-unknown-and-internal-error	pat@pi.test	ulf@beta.test,ivy@beta.test,abe@beta.test	192.0.2.35	Hello all,\n\nthe chess club plays on Thursday.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
