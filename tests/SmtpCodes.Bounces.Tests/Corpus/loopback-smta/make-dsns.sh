#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smta: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# SMTA, the Simple Mail Transport Agent, Walter C. Pelissero's experimental SMTP server in Common Lisp on SBCL (2004,
# GPL-2.0-or-later by its file header: it forks a process per connection, spools what it takes and delivers it to
# mailboxes, files, pipes or other SMTP servers), as the repository moremagic/smta keeps it (read with the search tool;
# only the reply texts are quoted), whose own code writes every reply below:
#   smta.lisp (commit 491399d68205) and src/smta.lisp (commit 9136aa72bb17), the same code: smtp-reply (a reply of
#   code CODE, the words made with FORMAT, one line each), smtp-client-barred-repl (a client that authorised-client-p
#   refuses, by *allowed-hosts*, is answered "554 Sorry mate, ~A is not authorised to talk to this server" with
#   the client's address, (socket-peername connection), printed by ~A: SBCL's address vector, "#(192 0 2 24)"; every
#   later command but QUIT gets "503 bad sequence of commands") and smtp-repl (to MAIL FROM "450 invalid sender ~S" when
#   valid-sender-p refuses the address, which ~S prints in double quotes);
#   every reply is one line, a three-digit code and the words, without an enhanced status code.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SMTA's; the DSNs are made.
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
#   "554 Sorry mate, #(192 0 2 24) is not authorised to talk to this server"   instead of the greeting, to the
#                              Postfix's second address (192.0.2.24, which sends the mail for gamma.test), for
#                              gus@gamma.test
#   "554 Sorry mate, #(192 0 2 34) is not authorised to talk to this server"   instead of the greeting, to the Exim's
#                              second address (192.0.2.34), for gil@gamma.test
#   "450 invalid sender "carol@alpha.test""   to MAIL FROM from the Postfix's first address (192.0.2.25), to every
#                              attempt, for tess@beta.test (the {sender} of the table: the MAIL FROM address)
#   "450 invalid sender "pat@pi.test""   to MAIL FROM from the Exim's first address (192.0.2.35), to every attempt, for
#                              tim@beta.test
# Not served: the greeting ("220 <host> SMTP smta $Revision$; <time>") and the HELO and EHLO answer ("250 <host> Hello
# <name> <address>, nice to meet you"; the replaying server's are used), the "Sender OK" and "Recipient OK" answers,
# "503 bad sequence of commands" (the barred client's answer to every later command: the senders quit after the 554),
# "450 <id> Message rejected (<reason>)" (an accept hook's refusal after the message: the reason is the hook's and
# the repository has none), the syntax and sequence replies ("501 Syntax error in parameters scanning ...", "503 Need
# MAIL before RCPT", "503 Need RCPT (recipient)", "500 Command unrecognised: ...", sendmail's words among them) and
# "501 invlid recipient syntax ~S" (a call that passes no stream; check-recipient-syntax never refuses).
# The replies are chosen by the sender's address, not by anything the senders did: each message has one recipient and
# is a few lines of plain text; valid-sender-p is a stub that takes every address in this version, and *allowed-hosts*
# is T by default. The temporary reply comes on every attempt; each sender warns after a minute and returns the
# message after 3 (the Postfix does so for the 554 greeting too, which it skips as a temporary failure).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTA's replies.
SENDER='450 invalid sender "{sender}"'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 Sorry mate, #(192 0 2 24) is not authorised to talk to this server' \
    client:192.0.2.34 connect '554 Sorry mate, #(192 0 2 34) is not authorised to talk to this server' \
    client:192.0.2.25 mail "$SENDER" \
    client:192.0.2.35 mail "$SENDER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-authorised-to-talk	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe lantern parade starts at the green.\n\nCarol
invalid-sender	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe recycling van comes on Tuesday now.\n\nCarol
exim-not-authorised-to-talk	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe brass band rehearses in the old mill.\n\nPat
exim-invalid-sender	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe allotment gate code has changed.\n\nPat
SEND
# the Exim's message refused for good, returned at once; the Postfix takes a 5xx greeting for a temporary failure (its
# smtp_skip_5xx_greeting, yes by default), so for the Postfix's 554 and for each of the two temporary replies (one to
# each sender) a warning after a minute and a return after 3: seven notices, the last of them collected in the 30
# seconds after the six waited for
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
