#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-as207960-whois-email: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the relay-mx receiver of AS207960's whois-email, the WHOIS-privacy e-mail relay of AS207960 Cyfyngedig
# (Glauca Digital) in Rust on tokio and diesel (mail to a domain's privacy address is taken in by its own hand-written
# SMTP server, "relay-mx.as207960.net", which parses and checks the message, stores it in a PostgreSQL inbound queue
# and queues a confirmation mail back to the sender; repository AS207960/whois-email, no licence file read; read with
# the search tool; only the reply texts are quoted), whose own code writes every reply below: src/server.rs (commit
# d2bd3fc47489, the only one the index holds: SessionState's handle_rcpt, handle_data, process_email and
# process_email_part), src/proto.rs (the same commit: SMTPResponse, whose Display writes every line but the last as
# "<code>-<line>" and the last as "<code> <line>", and parse_and_validate_parsed_mail, whose error strings process_email
# adds as a second line) and src/sender.rs (the same commit: queue_confirmation_mail). No reply has an enhanced code
# (the code writes none):
#   to RCPT TO "551 Go email noc@as207960.net instead" (handle_rcpt: the path after "TO:" is "postmaster" or starts
#   with "postmaster@"); after the message "550-Ew! Non RFC5322 compliant mail!" followed by the validator's error as
#   a second line, "550 Invalid number of Date headers" (not exactly one Date header), "550 Invalid number of Sender
#   headers" (no Sender header while From holds more than one address) or "550 Invalid number of Message-ID headers"
#   (more than one Message-ID header), "550 Error decoding content transfer encoding" (process_email_part:
#   mailparse's get_body_raw failed on a part's Content-Transfer-Encoding) and "451 Internal server error" (no
#   database connection from the pool, or an insert into the inbound queue, the mail parts or the outbound confirmation
#   queue failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# whois-email's; the DSNs are made.
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
#   "551 Go email noc@as207960.net instead"   to RCPT TO, for postmaster@gamma.test and postmaster@beta.test
#   "550-Ew! Non RFC5322 compliant mail!" / "550 Invalid number of Date headers"   after the message, for dee@ and
#                              dru@ beta.test
#   "550-Ew! Non RFC5322 compliant mail!" / "550 Invalid number of Sender headers"   after the message, for sol@ and
#                              sue@ beta.test
#   "550-Ew! Non RFC5322 compliant mail!" / "550 Invalid number of Message-ID headers"   after the message, for mia@
#                              and max@ beta.test
#   "550 Error decoding content transfer encoding"   after the message, for cal@ and cyd@ beta.test
#   "451 Internal server error"   after the message, to every attempt, for ian@ and ivy@ beta.test
# Not served: the greeting "relay-mx.as207960.net Hippity hoppity your mail is now my property", the HELO/EHLO answer
# ("relay-mx.as207960.net Good day to you <client>", with 8BITMIME, SMTPUTF8, CHUNKING and "SIZE 0") and the other
# acceptances in the same voice (the replaying server's own are used); the syntax and sequence replies "501 Go read the
# RFCs", "503 Go read the RFCs" and "500 Go read the RFCs" (a malformed or out-of-order command, which a relaying MTA
# does not send); "553 UTF8 only please" (written in the middle of the message's data when a line is not UTF-8, the
# session then reading on); "502 No" (HELP, EXPN); the other errors of the validator (From, Reply-To, To, Cc, Bcc,
# Subject, In-Reply-To and References headers, mailparse's own parse and date errors). Note on the 551: handle_rcpt
# compares the text after "TO:" with its angle brackets still on, so a client that writes "RCPT TO:<postmaster@...>",
# as Postfix and Exim do, would in fact be accepted; the reply is served here as the code writes it for a path without
# brackets.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text with one Date, one From and one Message-ID header. The temporary reply comes on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-as207960-whois-email}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): whois-email's relay-mx replies.
POSTMASTER='551 Go email noc@as207960.net instead'
DATEHDR='550-Ew! Non RFC5322 compliant mail!\n550 Invalid number of Date headers'
SENDERHDR='550-Ew! Non RFC5322 compliant mail!\n550 Invalid number of Sender headers'
MSGIDHDR='550-Ew! Non RFC5322 compliant mail!\n550 Invalid number of Message-ID headers'
CTE='550 Error decoding content transfer encoding'
INTERNAL='451 Internal server error'
printf '%s\t%s\t%s\n' \
    postmaster@gamma.test rcpt "$POSTMASTER" \
    postmaster@beta.test rcpt "$POSTMASTER" \
    dee@beta.test eom "$DATEHDR" \
    dru@beta.test eom "$DATEHDR" \
    sol@beta.test eom "$SENDERHDR" \
    sue@beta.test eom "$SENDERHDR" \
    mia@beta.test eom "$MSGIDHDR" \
    max@beta.test eom "$MSGIDHDR" \
    cal@beta.test eom "$CTE" \
    cyd@beta.test eom "$CTE" \
    ian@beta.test eom "$INTERNAL" \
    ivy@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
postmaster-redirect	carol@alpha.test	postmaster@gamma.test	192.0.2.25	Hello,\n\nthe reverse zone for our block still points at the old name.\n\nCarol
date-headers	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe quilting circle meets on Tuesday.\n\nCarol
sender-headers	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe apple store is full to the rafters.\n\nCarol
message-id-headers	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe swifts are back under the eaves.\n\nCarol
transfer-encoding	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe skittle alley needs sweeping.\n\nCarol
internal-server-error	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe seed swap is on Saturday.\n\nCarol
exim-postmaster-redirect	pat@pi.test	postmaster@beta.test	192.0.2.35	Hello,\n\nyour domain's privacy address bounced our renewal notice.\n\nPat
exim-date-headers	pat@pi.test	dru@beta.test	192.0.2.35	Dru,\n\nthe weather vane has turned rusty.\n\nPat
exim-sender-headers	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe hedgehog house is occupied.\n\nPat
exim-message-id-headers	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe tide tables are pinned by the door.\n\nPat
exim-transfer-encoding	pat@pi.test	cyd@beta.test	192.0.2.35	Cyd,\n\nthe marrow won second prize.\n\nPat
exim-internal-server-error	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe footbridge is open again.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the temporary
# reply (one to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
