#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-smtp-honeypot: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of Mail::SMTP::Honeypot, Michael Robinton's "Dummy mail server" in Perl (2004 to 2008, on CPAN; the
# companion of his Mail::SpamCannibal): a spam sink for a tertiary MX host with a very high preference number, which
# "appears to provide all the functionality of a standard SMTP server except that when the targeted command state is
# detected (default DATA), it terminates the connection with a temporary failure", so that spam sources that aim at the
# last MX waste their time while a real sender, deferred, retries with a lower-numbered MX (repository
# gitpan/Mail-SMTP-Honeypot, the CPAN distribution in git; GPL-2.0-or-later, as its COPYRIGHT section says; read with
# the search tool; only the reply texts are quoted):
#   Honeypot.pm (commit d0cca42b3542; the same code at 4bace9d771ce, "Revision: 0.07", whose Changes end with 0.07 of
#   2008): terminate ("421 Service not available, closing transmission channel", written at the state the
#   configuration's deny names, CONN (instead of the greeting), HELO/EHLO, MAIL, RCPT or DATA, default DATA, and after
#   more than maxcmds commands or a timeout), parseSMTP and xtract_to_from ("500 5.5.4 User name too long" to MAIL FROM
#   or RCPT TO when the address's local part is longer than 64 characters, "rfc2821 4.3.5.1").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mail::SMTP::Honeypot's; the DSNs are made.
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
#   "421 Service not available, closing transmission channel"   (the deny state is reached: the honeypot takes no
#                              mail) to DATA (deny DATA, the default), to every attempt, for ned@beta.test (the
#                              Postfix), and to RCPT TO (deny RCPT), to every attempt, for kit@beta.test (the Exim)
#   "500 5.5.4 User name too long"   (the local part has more than 64 characters) to RCPT TO, for
#                              allotment.society.north.field.plots.membership.secretary.and.treasurer@beta.test (70
#                              characters; the Postfix) and
#                              riverside.rowing.club.junior.section.safeguarding.and.welfare.officer@beta.test (69
#                              characters; the Exim)
# Not served: the greeting ("220 <hostname> service ready") and the EHLO and HELO answers (the replaying server's are
# used, where the honeypot's EHLO answer offers only HELP), the 421 at the other deny states (CONN instead of the
# greeting, HELO/EHLO, MAIL; the same words, kept to two addresses), "500 5.5.4 User name too long" to MAIL FROM, "500
# 5.5.4 Domain name too long", "500 5.5.1 Command unrecognized ...", "500 5.5.4 Command line too long", the sequence
# replies ("503 5.0.0 Need MAIL before RCPT" and the others), "501 5.5.2 Syntax error in parameters scanning ...",
# "555 5.5.4 ... parameter unrecognized", "553 5.5.4 Domain name required for address ...", "501 5.0.0 Argument
# required", "502 5.5.1 Command not implemented" and "554 5.3.5 unknown mailer error". The 421 closes the connection,
# as the code's terminate removes the thread.
# The replies are chosen by recipient, not by anything the senders did (the long local parts are real: each is what
# the code measures); each message has one recipient and is a few lines of plain text. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text, 4 labelled for the 421.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-smtp-honeypot}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mail::SMTP::Honeypot's replies.
DENY='421 Service not available, closing transmission channel'
LONG='500 5.5.4 User name too long'
printf '%s\t%s\t%s\n' \
    ned@beta.test data "$DENY" \
    kit@beta.test rcpt "$DENY" \
    allotment.society.north.field.plots.membership.secretary.and.treasurer@beta.test rcpt "$LONG" \
    riverside.rowing.club.junior.section.safeguarding.and.welfare.officer@beta.test rcpt "$LONG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
service-not-available	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe seed swap moved to the library.\n\nCarol
user-name-too-long	carol@alpha.test	allotment.society.north.field.plots.membership.secretary.and.treasurer@beta.test	192.0.2.25	Hello,\n\nthe water troughs on the north field leak again.\n\nCarol
exim-service-not-available	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe lantern walk starts at the church.\n\nPat
exim-user-name-too-long	pat@pi.test	riverside.rowing.club.junior.section.safeguarding.and.welfare.officer@beta.test	192.0.2.35	Hello,\n\nthe juniors' regatta forms are in.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the two
# temporary replies (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
