#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gomez: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of Gomez, Gabriel Aszalos's mail server in Go (module github.com/gbbr/gomez: an SMTP daemon with a
# hand-written command table of its own, not a library's, a mailbox in Postgres queried for each recipient, a queue for
# the mail it relays, and a POP3 side; the copy read is the repository Patrick-Park/gomez, BSD 3-clause licence (LICENSE
# at commit 1d2d8b4ede76, "Copyright (c) 2014, Gabriel Aszalos"); read with the search tool: smtp/commands.go at commit
# 85e22d00def4 (cmdRCPT, cmdDATA), smtp/client.go at 84b4d799a5d4 (the shared replies) and smtp/server.go at
# 0208a32264260 (Digest); only the reply texts are quoted), whose own code writes every reply served:
#   "550 5.1.1 No such user here." (cmdRCPT: the mailbox query finds no such user on a hosted domain); "550 5.1.1 No
#   such user here. Relaying is not supported." (cmdRCPT: the address is not local and the Relay flag is off); "550
#   Message not RFC 2822 compliant." (cmdDATA and Digest: the message does not parse, or has no Date or no From header)
#   and "451 Requested action aborted: error in processing" (client.go's replyErrorProcessing: after the message when
#   reading it, numbering it or queueing it fails, and to RCPT TO when the mailbox query fails).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Gomez's; the DSNs are made.
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
#   "550 5.1.1 No such user here."                             to RCPT TO, for nemo@ and nell@ beta.test
#   "550 5.1.1 No such user here. Relaying is not supported."  to RCPT TO, for rhea@ and ross@ gamma.test (a domain
#                                                              it does not host)
#   "550 Message not RFC 2822 compliant."                      after the message, for nora@ and noel@ beta.test
#   "451 Requested action aborted: error in processing"        after the message, to every attempt, for del@ and dot@
#                                                              beta.test
# Not served: the greeting "220 <host> Gomez SMTP" and the EHLO answer (the replaying server's are used); the syntax
# and sequence replies ("501 5.1.7 Bad sender address syntax", which net/mail's parser gives the null sender too, "501
# 5.1.7 Bad recipient address syntax", the 503s, "502 5.5.2 Error: command not recoginized"), which a relaying MTA
# does not meet with these messages; the same 451 to RCPT TO (served after the message only); the accepting 250s and
# "251 User not local; will forward to <forward-path>". The replies are chosen by recipient, not by anything the
# senders did: each message has one recipient and is a few lines of plain text with a Date and a From header. The
# temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gomez}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the SMTP server's replies.
NOUSER='550 5.1.1 No such user here.'
NORELAY='550 5.1.1 No such user here. Relaying is not supported.'
NOTRFC='550 Message not RFC 2822 compliant.'
PROCESSING='451 Requested action aborted: error in processing'
printf '%s\t%s\t%s\n' \
    nemo@beta.test rcpt "$NOUSER" \
    nell@beta.test rcpt "$NOUSER" \
    rhea@gamma.test rcpt "$NORELAY" \
    ross@gamma.test rcpt "$NORELAY" \
    nora@beta.test eom "$NOTRFC" \
    noel@beta.test eom "$NOTRFC" \
    del@beta.test eom "$PROCESSING" \
    dot@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user-here	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe apple store in the barn is full.\n\nCarol
relaying-is-not-supported	carol@alpha.test	rhea@gamma.test	192.0.2.25	Rhea,\n\nthe footbridge over the brook is mended.\n\nCarol
message-not-rfc-2822-compliant	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe hens have started laying again.\n\nCarol
error-in-processing	carol@alpha.test	del@beta.test	192.0.2.25	Del,\n\nthe parish magazine needs a new editor.\n\nCarol
exim-no-such-user-here	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe cormorants are back on the old jetty.\n\nPat
exim-relaying-is-not-supported	pat@pi.test	ross@gamma.test	192.0.2.35	Ross,\n\nthe sand martins have left the cliff.\n\nPat
exim-message-not-rfc-2822-compliant	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe beach huts were painted over the winter.\n\nPat
exim-error-in-processing	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe estuary ferry runs on the hour.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
