#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-recvmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of recvmail, Mark Heily's small receive-only SMTP server in C on libevent (2004 to 2007, ISC licence as its files'
# headers say): a daemon that takes mail for the domains and mailboxes it finds as folders in its chroot and writes each
# message to the recipient's maildir, as its source writes them. Read with the search tool: the repository
# mheily/recvmail, smtp.c at commit 05ed445e9208 (smtpd_mail, smtpd_rcpt, smtpd_data, smtpd_parse_data, smtpd_greeting
# and the command parser). Every reply is one line without enhanced codes. Only the reply texts are quoted. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are recvmail's; the
# DSNs are made.
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
#   "554 Relay access denied"  (smtpd_rcpt: domain_exists finds no folder for the recipient's domain, "do not relay the
#                              message") to RCPT TO, for ray@ and roy@ delta.test
#   "550 Mailbox unavailable"  (smtpd_rcpt: mailbox_exists finds no mailbox for the recipient in a served domain) to
#                              RCPT TO, for ann@ and abe@ beta.test
#   "503 Error: Too many recipients"   (smtpd_rcpt: the envelope already holds more than RECIPIENT_MAX recipients) to
#                              RCPT TO, for tom@ and tim@ beta.test
#   "554 Internal server error, closing connection"   (smtpd_rcpt: the domain or mailbox lookup failed; written, then the
#                              session closed) to RCPT TO, for ida@ and ike@ beta.test
#   "421 Error spooling message"   (smtpd_data: maildir_msg_open could not open the message file; written, then the
#                              session closed) to DATA, to every attempt, for sam@beta.test
#   "452 Error spooling message, try again later"   (smtpd_parse_data: writing a line of the message failed; written,
#                              then the session closed) after the message, to every attempt, for sue@beta.test
# Not served: the greeting "220 ESMTP server ready" and the EHLO answer (the replaying server's own stand instead),
# "501 Malformed address" to MAIL FROM and "501 Invalid address syntax" to RCPT TO (the senders' addresses parse),
# "503 Error: need MAIL command first", "503 Error: need one or more recipients first", "502 Illegal request",
# "502 Error: command not implemented", "252 Don't count on it" (VRFY), "421 Internal server error" instead of the
# greeting, "421 Out of memory error" (RSET), "421 Idle time limit exceeded, goodbye" and "421 Too many unrecognized
# commands".
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and a few lines,
# delta.test is a domain the replaying server serves (it has an MX record pointing at it), and no lookup or write fails.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-recvmail-s40e}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): recvmail's replies.
printf '%s\t%s\t%s\n' \
    ray@delta.test rcpt '554 Relay access denied' \
    roy@delta.test rcpt '554 Relay access denied' \
    ann@beta.test rcpt '550 Mailbox unavailable' \
    abe@beta.test rcpt '550 Mailbox unavailable' \
    tom@beta.test rcpt '503 Error: Too many recipients' \
    tim@beta.test rcpt '503 Error: Too many recipients' \
    ida@beta.test rcpt '554 Internal server error, closing connection' \
    ike@beta.test rcpt '554 Internal server error, closing connection' \
    sam@beta.test data '421 Error spooling message' \
    sue@beta.test eom '452 Error spooling message, try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe new mail spool is on the second disk.\n\nCarol
mailbox-unavailable	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe libevent upgrade went fine.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe chroot jail has its own /etc now.\n\nCarol
internal-server-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe maildir cleanup runs at night.\n\nCarol
error-spooling-message	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe backup tapes are labelled.\n\nCarol
exim-relay-access-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe firewall rules were updated.\n\nPat
exim-mailbox-unavailable	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe mailing list moved to the new host.\n\nPat
exim-too-many-recipients	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe test suite passes again.\n\nPat
exim-internal-server-error	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe disk quota was raised.\n\nPat
exim-error-spooling-message	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe build server is back up.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# replies (the 421 to DATA at the Postfix, the 452 after the message at the Exim) a warning after a minute and a return
# after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
