#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-masqmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that masqmail (MasqMail, Oliver Kurth's small mail transfer agent for hosts with an intermittent connection, later kept
# by markus schnalke, marmaro.de; GPL-2.0-or-later, "Copyright (C) 1999-2001 Oliver Kurth", "Copyright (C) 2010 markus
# schnalke") writes in its SMTP server to a client that delivers mail to it, each reply as its source writes it; a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# masqmail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): ossilator/masqmail, src/smtp_in.c (commit fa5de15c3b0f, the 2010 version:
# smtp_in(), the server's whole dialogue) and src/address.c (commit 17f65a69ffe6: addr_string(), which writes an
# address as "<local@domain>"). No page explains the replies beyond the code and its comments; what each means is read
# from the branch that sends it:
#   MAIL FROM, a declared SIZE over the configured max_msg_size ("if (conf.max_msg_size && (msize >
#   conf.max_msg_size))"):
#     "552 Message size exceeds fixed limit."         to the clients that send to gamma.test: gil@gamma.test
#                                                  (Postfix); gwen@gamma.test (Exim)
#   RCPT TO, neither the sender nor the recipient is local and do_relay is off ("%s" the recipient, by addr_string):
#     "550 relaying to <rex@beta.test> denied."       rex@beta.test (Postfix)
#     "550 relaying to <roy@beta.test> denied."       roy@beta.test (Exim)
#   RCPT TO, the recipient address does not parse ("%s" the address as the client gave it, angle brackets included,
#   since get_address() copies everything after "RCPT TO:" up to a space):
#     "501 <sam@beta.test>: syntax error in address."  sam@beta.test (Postfix)
#     "501 <seb@beta.test>: syntax error in address."  seb@beta.test (Exim)
#   after the message, accept_message() reports AERR_SIZE (the data over max_msg_size):
#     "552 Error: message too large."                 sid@beta.test (Postfix); sue@beta.test (Exim)
#   after the message, spool_write() failed (the message was read but could not be stored; temporary):
#     "451 Could not write spool file"                quin@beta.test (Postfix); quay@beta.test (Exim)
# The selection (stated before the run, not by what any reader makes of the texts): every reply of masqmail's SMTP
# server that a server delivering mail to it can meet and that answers the client, the sender, the recipient or the
# message with a cause, from both senders (never more than four recipients to one text). Not served: "421 %s service
# temporarily unavailable." (defer_all, which its comment says the author set to debug delivery failures: no cause for
# a client), "451 Unknown error" (its comment: "should never happen"), "501 %s: no pipe allowed for SMTP connections"
# and the two "must be qualified" replies (a delivering MTA always sends qualified addresses without a pipe), the
# sequence replies (503) and "501 command not recognized".
# "451 Could not write spool file" is served to every attempt, so each sender warns after a minute and returns after 3
# (../loopback-lib.sh's delay_warning and queue lifetime).
# The replies are chosen by recipient or client address, not by anything the senders did: no relaying is asked for
# beyond the replaying server's own domains, no address is malformed, no message is large (each declares a SIZE of a
# few hundred bytes), no spool failed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-masqmail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): masqmail's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '552 Message size exceeds fixed limit.' \
    client:192.0.2.34 mail '552 Message size exceeds fixed limit.' \
    rex@beta.test rcpt '550 relaying to <rex@beta.test> denied.' \
    roy@beta.test rcpt '550 relaying to <roy@beta.test> denied.' \
    sam@beta.test rcpt '501 <sam@beta.test>: syntax error in address.' \
    seb@beta.test rcpt '501 <seb@beta.test>: syntax error in address.' \
    sid@beta.test eom '552 Error: message too large.' \
    sue@beta.test eom '552 Error: message too large.' \
    quin@beta.test eom '451 Could not write spool file' \
    quay@beta.test eom '451 Could not write spool file' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
size-declared	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe allotment rota is below.\n\nCarol
relaying-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe seed order went in today.\n\nCarol
syntax-error	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe water butt is leaking again.\n\nCarol
message-too-large	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe plot map follows.\n\nCarol
spool-file	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe shed padlock code changed.\n\nCarol
exim-size-declared	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe choir practice moved to Tuesday.\n\nPat
exim-relaying-denied	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe hymn sheets are printed.\n\nPat
exim-syntax-error	pat@pi.test	seb@beta.test	192.0.2.35	Seb,\n\nthe organist is away next week.\n\nPat
exim-message-too-large	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe concert recordings follow.\n\nPat
exim-spool-file	pat@pi.test	quay@beta.test	192.0.2.35	Quay,\n\nthe robes need collecting.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 from each sender for the message that met
# the spool failure
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
