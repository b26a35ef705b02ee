#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-rs: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# mail-rs, a "production-ready mail server written in 100% Rust with SMTP, IMAP, WebSocket support, and integrated AI
# chat interface" (its README, mail-rs/README.md: SMTP receiver and sender, STARTTLS, SMTP AUTH, Maildir storage, a
# read-only IMAP server and a web UI; AGPL-3.0 by the README's "License" section, the LICENSE file not in the index),
# part of the delfour-co/workspace--gk repository (read with the search tool; only the reply texts are quoted), whose
# own code writes every reply of its SMTP receiver: mail-rs/src/smtp/session.rs, commit 01de4546a7fd (SmtpSession:
# process_commands, handle_command and receive_data; each reply one line with CR LF, without enhanced codes):
#   "530 Must issue STARTTLS first" to MAIL FROM (the session requires TLS, require_tls, and the client has not
#   started it), "452 Too many recipients (max 100)" to RCPT TO (the message already has MAX_RECIPIENTS), "451
#   Invalid email address: Email is empty" to MAIL FROM (handle_command's error, written as "451 {error}": validate_email
#   refuses an empty address, which is what the parser makes of the null reverse-path <> of a bounce; the error's text
#   is mail-rs/src/error.rs's "Invalid email address: {0}" with mail-rs/src/utils/email.rs's "Email is empty"), "421
#   Too many errors, closing connection" before the next command once the client has made MAX_ERRORS (10) errors
#   (unknown or over-long command lines, failed AUTH, refused addresses), and after the message "451 Error receiving
#   message" (receive_data failed: the message grew past max_message_size, it was empty, the connection or a line
#   broke, or storing it in a recipient's Maildir failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mail-rs's; the DSNs are made.
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
#   "530 Must issue STARTTLS first"   (TLS required, not started) to MAIL FROM from the Postfix's second address (for
#                              gamma.test)
#   "451 Invalid email address: Email is empty"   (the reverse-path is empty) to MAIL FROM, to every attempt, from the
#                              Exim's second address (for gamma.test)
#   "452 Too many recipients (max 100)"   (the recipient limit is reached) to RCPT TO, to every attempt, for
#                              tom@beta.test
#   "421 Too many errors, closing connection"   (the client's error count reached the limit) to RCPT TO, to every
#                              attempt, for ed@beta.test
#   "451 Error receiving message"   (receiving or storing the message failed) after the message, to every attempt,
#                              for rita@ and rex@ beta.test
# Not served: the greeting ("220 <hostname> ESMTP Service Ready") and the EHLO and HELO answers (the replaying
# server's are used), "530 Authentication required" (require_auth), "421 Timeout, closing connection" (a client silent
# for 5 minutes), the syntax and sequence replies ("500 Line too long", "500 Syntax error, command unrecognized", "502
# Command not implemented", "503 Bad sequence of commands"), the 451 replies of handle_command for the other refused
# addresses ("Email must contain @", "Invalid email format", "Email parts cannot be empty", "Domain must contain a
# dot"), and the STARTTLS and AUTH replies. mail-rs checks no recipient against its users: any well-formed address is
# taken at RCPT TO. The 421 reply closes the connection, as the code does.
# The replies are chosen by recipient or by the client's address, not by anything the senders did (neither sender's
# reverse-path is empty). The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text but "451 Error receiving message" (4: a warning and a return
# from each sender).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-rs}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mail-rs's replies as its SMTP session writes them.
RECEIVING='451 Error receiving message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 Must issue STARTTLS first' \
    client:192.0.2.34 mail '451 Invalid email address: Email is empty' \
    tom@beta.test rcpt '452 Too many recipients (max 100)' \
    ed@beta.test rcpt '421 Too many errors, closing connection' \
    rita@beta.test eom "$RECEIVING" \
    rex@beta.test eom "$RECEIVING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
starttls-required	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe village hall roof is mended.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe tide tables for June are out.\n\nCarol
error-receiving	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe quilting circle meets on Friday.\n\nCarol
exim-empty-sender	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe lighthouse tour is on Saturday.\n\nPat
exim-too-many-errors	pat@pi.test	ed@beta.test	192.0.2.35	Ed,\n\nthe chess club moved to the library.\n\nPat
exim-error-receiving	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe plum tree finally fruited.\n\nPat
SEND
# one message refused for good, returned at once by the Postfix, then for each of the five temporary replies (two to
# the Postfix, three to the Exim) a warning after a minute and a return after 3
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
