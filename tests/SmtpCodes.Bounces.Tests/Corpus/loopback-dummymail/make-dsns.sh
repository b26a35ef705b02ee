#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dummymail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of dummymail, the SpamTrak spam-trap mail server in C by sfinktah (Christopher Anderson), begun in 2003 as "Core
# Proccesing Routines for SMTP compliant state based mail server" by Cyrus Lesser and InterTEN Networking (its smtpd.c's
# header): a GNU Pth threaded daemon that greets as "220 mail Service Ready", takes one recipient per transaction,
# accepts mail only for addresses that have a file under /var/spool/virtual/<domain>/ (or a domain's wildcard), writes
# the accepted message with X-SpamTrak-* headers for the trap's analysis and can look the client up in a DNS block list
# (repository sfinktah/dummymail, no licence file read; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below: dummymail.c (commit 1430768395dc; smtpd_handler and generic_accept, the
# BUSY string) and smtpd.c (commit f91eb11fd130; SmtpStateChange, each reply written with asprintf and sent by
# smtpd_handler as it is):
#   instead of the greeting "450 Too many connections, please try again later" (the server's load average over five,
#   or more threads than its maximum; sent, the connection closed);
#   to RCPT TO "550 5.1.2 Too Many Recipients" (any recipient after the first of a transaction: "Only accept single
#   recipient ... to reduce incidents of spam"), "553 5.0.0 Invalid Address" (the address has no "@", is longer than
#   64 characters or fails spc_email_isvalid's check of its form) and "550 2.0.0 Spammer suck" (the address is well
#   formed but no file under /var/spool/virtual/<domain>/ and no wildcard takes it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# dummymail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "450 Too many connections, please try again later"   instead of the greeting, to every attempt, for each sender's
#                              second address (192.0.2.24 and 192.0.2.34, the ones used for gamma.test), so for gus@
#                              and gil@ gamma.test (dummymail ends this line with a bare LF and closes the connection;
#                              the replaying server ends it with CRLF and waits for QUIT)
#   "550 5.1.2 Too Many Recipients"   to RCPT TO, for tim@ and tod@ beta.test, each the second recipient of a message
#                              whose first, ann@ or amy@ beta.test, is accepted
#   "553 5.0.0 Invalid Address"   to RCPT TO, for ivy@ and ida@ beta.test
#   "550 2.0.0 Spammer suck"   to RCPT TO, for sid@ and sam@ beta.test
# Not served: the greeting "220 mail Service Ready" and the EHLO answer "250 mail Pleased to meet you <name>" (the
# replaying server's are used), "500 5.5.1 Command unrecognized "<line>"" (to any command it does not know, VRFY among
# them), the commented-out "553 5.0.0 Invalid address (UCE Bounce Protection)", "550 5.1.1 User unknown" and "450 4.0.0
# Spammer suck - Invalid Address ..." and the 250s. The replies are chosen by recipient (or, for the 450, by the
# client's address), not by anything the senders did: every address is well formed and no spool folder was consulted;
# the messages are a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dummymail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): dummymail's replies.
BUSY='450 Too many connections, please try again later'
ONLYONE='550 5.1.2 Too Many Recipients'
INVALID='553 5.0.0 Invalid Address'
SPAMMER='550 2.0.0 Spammer suck'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$BUSY" \
    client:192.0.2.34 connect "$BUSY" \
    tim@beta.test rcpt "$ONLYONE" \
    tod@beta.test rcpt "$ONLYONE" \
    ivy@beta.test rcpt "$INVALID" \
    ida@beta.test rcpt "$INVALID" \
    sid@beta.test rcpt "$SPAMMER" \
    sam@beta.test rcpt "$SPAMMER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe village fete needs a raffle prize.\n\nCarol
too-many-recipients	carol@alpha.test	ann@beta.test,tim@beta.test	192.0.2.25	Ann and Tim,\n\nthe walking group meets at the church gate.\n\nCarol
invalid-address	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe greenhouse glass is cracked.\n\nCarol
spammer-suck	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe cricket tea is at four.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe sheep got into the orchard again.\n\nPat
exim-too-many-recipients	pat@pi.test	amy@beta.test,tod@beta.test	192.0.2.35	Amy and Tod,\n\nthe book swap is on Saturday morning.\n\nPat
exim-invalid-address	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe well cover needs a new hinge.\n\nPat
exim-spammer-suck	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe conkers are falling early.\n\nPat
SEND
# six recipients refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (one message to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
