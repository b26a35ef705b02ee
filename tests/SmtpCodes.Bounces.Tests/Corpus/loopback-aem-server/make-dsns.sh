#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-aem-server: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the MTA of All-Ears Mail (aem-server), emp-code's private e-mail server in C (accounts hold end-to-end encrypted
# mailboxes; its mta process takes Internet mail for the server's own domain, stores each message encrypted for its
# recipient through the storage process, and answers over SMTP with replies written in its own code; the repository
# emp-code/aem-server, no licence file read; read with the search tool; only the reply texts are quoted):
#   mta/respond.c (commit b5ad468dcc83, respondClient, smtp_addr_our and getUid; every reply one line written with
#   send_aem, most with an enhanced code):
#   to RCPT TO "550 5.1.1 No such user" (the account process knows no such address, AEM_INTCOM_RESPONSE_NOTEXIST),
#   "550 5.1.2 Not our domain" (the address's domain is not the server's own domain), "450 4.7.0 Recipient requires a
#   secure connection (TLS 1.3)" (the address is flagged secure and the session is not on TLS 1.3; the attempt is
#   recorded for the recipient), "451 5.5.3 Too many recipients" (the transaction already has AEM_SMTP_MAX_TO - 1
#   recipients); after the message "452 4.2.2 Recipient mailbox full" (the storage process answers
#   AEM_INTCOM_RESPONSE_LIMIT: the recipient's storage limit), "554 5.3.4 Message too big" (AEM_INTCOM_RESPONSE_USAGE)
#   and "451 4.3.0 Internal server error" (any other answer of the delivery stream; the same words when the stream to
#   the delivery process cannot be opened and to RCPT TO when the address lookup fails); "421 4.7.0 Too many requests"
#   instead of the reply to a command once the session has run more than AEM_SMTP_MAX_ROUNDS (500) commands.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# aem-server's; the DSNs are made.
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
#   "550 5.1.1 No such user"   (no account has the address) to RCPT TO, for una@ and ugo@ beta.test
#   "550 5.1.2 Not our domain"   (the domain is not the server's) to RCPT TO, for rob@ and rex@ delta.test
#   "450 4.7.0 Recipient requires a secure connection (TLS 1.3)"   (the address asks for TLS 1.3; the senders do not
#                              use TLS here) to RCPT TO, to every attempt, for tia@beta.test
#   "421 4.7.0 Too many requests"   (the session ran more than 500 commands; served here to one recipient's RCPT TO,
#                              which stands for the 502nd command of a long session) to every attempt, for rae@beta.test
#   "451 5.5.3 Too many recipients"   (the recipient limit is reached) to RCPT TO, to every attempt, for tom@beta.test
#   "452 4.2.2 Recipient mailbox full"   (the recipient's storage limit) after the message, to every attempt, for
#                              mia@beta.test
#   "554 5.3.4 Message too big"   after the message, for max@ and sam@ beta.test
#   "451 4.3.0 Internal server error"   (the delivery process failed) after the message, to every attempt, for
#                              ida@beta.test
# Not served: the greeting ("220 <domain>") and the EHLO and HELO answers (the replaying server's are used), "501 5.1.3
# Invalid address", the sequence replies ("503 5.5.1 Need sender address first" and the others), "500 5.5.1 Command
# unsupported", the STARTTLS replies ("421 4.7.0 Failed setting up TLS", "421 4.7.0 TLS handshake failed", "421 5.5.1
# EHLO/HELO required after STARTTLS") and "451 4.3.0 Internal server error" to RCPT TO (the same words are served
# after the message). The 421 closes the connection, as the code's loop ends.
# The replies are chosen by recipient, not by anything the senders did: delta.test is a domain the replaying server
# serves (it has an MX record pointing at it), each message has one recipient and is a few lines of plain text. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-aem-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): aem-server's mta's replies.
UNKNOWN='550 5.1.1 No such user'
DOMAIN='550 5.1.2 Not our domain'
BIG='554 5.3.4 Message too big'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    rob@delta.test rcpt "$DOMAIN" \
    rex@delta.test rcpt "$DOMAIN" \
    tia@beta.test rcpt '450 4.7.0 Recipient requires a secure connection (TLS 1.3)' \
    rae@beta.test rcpt '421 4.7.0 Too many requests' \
    tom@beta.test rcpt '451 5.5.3 Too many recipients' \
    mia@beta.test eom '452 4.2.2 Recipient mailbox full' \
    max@beta.test eom "$BIG" \
    sam@beta.test eom "$BIG" \
    ida@beta.test eom '451 4.3.0 Internal server error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe allotment gate has a new lock.\n\nCarol
not-our-domain	carol@alpha.test	rob@delta.test	192.0.2.25	Rob,\n\nthe quiz night is on Wednesday.\n\nCarol
requires-secure-connection	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe ferry timetable changed again.\n\nCarol
too-many-requests	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe choir sings at the harvest fair.\n\nCarol
mailbox-full	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe book swap is at the cafe.\n\nCarol
message-too-big	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe rowing club needs a cox.\n\nCarol
exim-no-such-user	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe tool library opens on Saturday.\n\nPat
exim-not-our-domain	pat@pi.test	rex@delta.test	192.0.2.35	Rex,\n\nthe walking group meets at the bridge.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe repair cafe has a new soldering iron.\n\nPat
exim-message-too-big	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe orchard walk starts at noon.\n\nPat
exim-internal-server-error	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe beekeepers meet in the barn.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the five
# temporary replies (three to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
