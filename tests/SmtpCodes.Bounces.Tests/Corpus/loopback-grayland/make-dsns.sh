#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-grayland: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of two small greylisting front ends of a receiving Postfix, as their own sources give them, read with the
# search tool:
# - Grayland (Andy Balholm's greylisting milter for Postfix, written in Go; repository andybalholm/grayland; no licence
#   file in the stored copy: only its three-word reply is quoted). Its README: "Whenever a message is received from an
#   unfamiliar sender, the receiving server returns an error message indicating a temporary failure. Legitimate mail
#   servers will try again, but many spam senders do not"; it greylists nothing from hosts named like mail servers,
#   from whitelists, or with an SPF pass, and "does not have a minimum delay". Its main.go, the recipient callback:
#   return milter.CustomResponse{450, "4.2.0 Greylisted"} for a triple it has not seen pass.
# - GreylistProxyFilter (a Postfix before-queue filter, in Python on aiosmtpd, that asks Postgrey about greylisting
#   only mail whose SpamAssassin or DCC headers raise doubts; repository willharris/GreylistProxyFilter; no licence
#   file in the stored copy: only its one-line reply is quoted). Its greylistfilter/smtpproxy.py, handle_DATA: when
#   handing the accepted message on to the next hop raises an exception ("Caught exception trying to relay mail to
#   %s"), the reply to the message is '500 Could not process your message'.
# Changed: nothing in the words; each is served at the stage the source answers: Grayland's to RCPT TO (the milter's
# recipient callback), GreylistProxyFilter's after the message's final dot (a before-queue filter answers for the
# message). Not served: GreylistProxyFilter's greylisting reply, "450 4.7.1 " followed by Postgrey's own text (another
# writer's words, which the catalog already cites), and its "501 Syntax error" (an answer to XFORWARD, which only
# Postfix sends it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Grayland's and GreylistProxyFilter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served:
#   "450 4.2.0 Greylisted" (Grayland), to RCPT TO         to gray@beta.test (Postfix and Exim: a warning after 1
#                                                         minute, a return after 3)
#   "500 Could not process your message" (GreylistProxyFilter), after the final dot
#                                                         to gil@beta.test and gina@beta.test (Postfix; Exim to gil)
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text,
# the senders' addresses and hosts resolve; the greylisting reply comes on every attempt (the real milter lets the
# first retry through).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-grayland}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Grayland's and GreylistProxyFilter's replies.
printf '%s\t%s\t%s\n' \
    gray@beta.test rcpt '450 4.2.0 Greylisted' \
    gil@beta.test eom '500 Could not process your message' \
    gina@beta.test eom '500 Could not process your message' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gray@beta.test	192.0.2.25	Gray,\n\nthe boat trip is on Saturday.\n\nCarol
could-not-process	carol@alpha.test	gil@beta.test,gina@beta.test	192.0.2.25	Gil, Gina,\n\nthe agenda for the AGM.\n\nCarol
exim-greylisted	pat@pi.test	gray@beta.test	192.0.2.35	Gray,\n\nthe repair quote.\n\nPat
exim-could-not-process	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe photos are uploaded.\n\nPat
SEND
# two returns at once, then a warning after a minute and a return after 3 from each sender for the deferred message
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
