#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-funmail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of FunMail, QiMengFun's mail server in Rust (SMTP on port 25 and submission ports, IMAP, POP3, a
# delivery engine, PostgreSQL storage, an admin web interface and webmail; its own spam scoring with DNS blocklists and
# ClamAV scanning of inbound mail; the repository QiMengFun/FunMail, a LICENSE file present, not read; read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below: the session of the crate
# funmail-smtp in crates/funmail-smtp/src/session.rs (commit b6c0a436d04c: run_session, process_command's RCPT branch
# and handle_data) with the checks of crates/funmail-common/src/security.rs (the same commit: check_spam, scan_virus and
# parse_clamd_response). Every reply is one line, written whole as a Rust string; after the message every failure of
# handle_data is written as "451 4.3.0 Error: " followed by the error's own words (anyhow::bail! in handle_data):
#   to RCPT TO "550 5.7.1 Relaying denied" (a recipient whose domain is not one of the server's, from a client that has
#   not authenticated); after the message "451 4.3.0 Error: Message rejected as spam (score: <score>)" (the spam filter
#   is on, the spam action is "reject" and the score is 5.0 or more: 3.0 for each DNS blocklist that lists the client,
#   zen.spamhaus.org and bl.spamcop.net by default, 2.0 for a sender address missing or without "@", 1.5 for each of
#   five content traits, 1.0 for a message under 50 bytes), "451 4.3.0 Error: Message rejected: virus detected
#   (<name>)" (the virus scan is on, ClamAV answered "stream: <name> FOUND" and the virus action is "reject", its
#   default) and "451 4.3.0 Error: Message exceeds recipient receive size limit (<size> > <limit> bytes)" (the message
#   is larger than the strictest receive limit of its recipients' domains).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# FunMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the numbers and the virus name in them are the table's,
# chosen as the code would fill them in: a client listed by both default blocklists scores 6.0; ClamAV's name for the
# EICAR test file; a message of 26 MiB against a limit of 25 MiB, not the size of the few lines sent):
#   "550 5.7.1 Relaying denied"   to RCPT TO, for rex@ and ray@ beta.test
#   "451 4.3.0 Error: Message rejected as spam (score: 6.0)"   after the message, to every attempt, for sue@ and sal@
#                              beta.test
#   "451 4.3.0 Error: Message rejected: virus detected (Win.Test.EICAR_HDB-1)"   after the message, to every attempt,
#                              for vin@ and viv@ beta.test
#   "451 4.3.0 Error: Message exceeds recipient receive size limit (27262976 > 26214400 bytes)"   after the message,
#                              to every attempt, for sam@ and sid@ beta.test
# Not served: the greeting "220 <hostname> ESMTP FunMail" and the EHLO answer (the replaying server's are used), "550
# 5.1.1 <address>: Recipient address rejected: User unknown" (to RCPT TO for an unknown mailbox of a local domain: the
# words of Postfix's own refusal, not FunMail's), "452 4.5.3 Too many recipients (max <n>)" (past the hundredth recipient
# of one message), "451 4.3.0 Error: Message exceeds send size limit (...)" (the sender's limit, the same kind as the
# receive limit), "451 4.3.0 Error: " with a database's or a file system's error text (the libraries' words), the AUTH
# replies and "550 5.7.1 Sender address does not match authenticated user" (authenticated sessions only), "538 5.7.11
# AUTH requires TLS encryption first", "530 5.7.0 Authentication required" (the submission port) and the 5xx syntax and
# sequence replies.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-funmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): FunMail's SMTP server's replies.
RELAY='550 5.7.1 Relaying denied'
SPAM='451 4.3.0 Error: Message rejected as spam (score: 6.0)'
VIRUS='451 4.3.0 Error: Message rejected: virus detected (Win.Test.EICAR_HDB-1)'
SIZE='451 4.3.0 Error: Message exceeds recipient receive size limit (27262976 > 26214400 bytes)'
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "$RELAY" \
    ray@beta.test rcpt "$RELAY" \
    sue@beta.test eom "$SPAM" \
    sal@beta.test eom "$SPAM" \
    vin@beta.test eom "$VIRUS" \
    viv@beta.test eom "$VIRUS" \
    sam@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe orchard walk is on Sunday.\n\nCarol
rejected-as-spam	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe choir robes are at the cleaners.\n\nCarol
virus-detected	carol@alpha.test	vin@beta.test	192.0.2.25	Vin,\n\nthe greenhouse glass is fixed.\n\nCarol
receive-size-limit	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe rowing boat has a new oar.\n\nCarol
exim-relaying-denied	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe hay bales are in the top field.\n\nPat
exim-rejected-as-spam	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe quilt show opens at ten.\n\nPat
exim-virus-detected	pat@pi.test	viv@beta.test	192.0.2.35	Viv,\n\nthe pond pump is humming again.\n\nPat
exim-receive-size-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe chess club meets upstairs.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
