#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-runbox: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Runbox (a Norwegian mail provider, Runbox Solutions AS) quotes in its help article "Common errors when sending mail
# through an email client" (https://help.runbox.com/common-errors-when-sending-mail-through-an-email-client/; read with
# the search tool, no date and no licence shown; only the reply texts are quoted), byte for byte; a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the ones Runbox's article gives
# for its own sending server; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Every whole reply the article quotes (its "Error: ..." lines), and what it says each means. The article names no stage
# and is about Runbox's SMTP server refusing its own customers' mail programs; here a receiving server gives each reply
# at the stage its words answer:
#   "550 relaying prohibited"   to RCPT TO (a relaying refusal answers the recipient); "(or similar)": "Runbox' SMTP
#         server requires that your mail program supports authentication ... sending your username and password for
#         sending mail"                                                     for rob@, rut@ (Postfix); ray@, ria@ (Exim)
#   "550 Administrative prohibition"   to RCPT TO (its first cause is the missing authentication, which is known by then);
#         "You are trying to send a message without SMTP authentication, or the message contains certain disallowed
#         elements that indicate spam or phishing attempts"                 for ada@, arne@ (Postfix); alf@, asta@ (Exim)
#   "550 Invalidated From address"   to MAIL FROM (a refusal of the sender address), given to the senders' second
#         addresses (192.0.2.24 and 192.0.2.34, which they use for gamma.test); "You are trying to send from an address
#         that is not recognized by the Runbox system. You are only allowed to send from addresses that are among your
#         Runbox aliases, virtual domain addresses, or external addresses explicitly validated"
#                                                                           for gil@, gro@gamma.test (Postfix);
#                                                                           gus@, gerd@gamma.test (Exim)
# Changed: nothing. Not served: the article's last error, a sending limit that it describes without a reply text. The
# replies are chosen by recipient address (and, for the sender refusal, by the client's address), not by anything the
# senders did: no authentication is asked for, the senders' addresses are their own, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-runbox}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
printf '%s\t%s\t%s\n' \
    rob@beta.test rcpt '550 relaying prohibited' \
    rut@beta.test rcpt '550 relaying prohibited' \
    ray@beta.test rcpt '550 relaying prohibited' \
    ria@beta.test rcpt '550 relaying prohibited' \
    ada@beta.test rcpt '550 Administrative prohibition' \
    arne@beta.test rcpt '550 Administrative prohibition' \
    alf@beta.test rcpt '550 Administrative prohibition' \
    asta@beta.test rcpt '550 Administrative prohibition' \
    client:192.0.2.24 mail '550 Invalidated From address' \
    client:192.0.2.34 mail '550 Invalidated From address' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-prohibited	carol@alpha.test	rob@beta.test,rut@beta.test	192.0.2.25	Rob, Rut,\n\nthe ferry to Bergen leaves at nine.\n\nCarol
administrative-prohibition	carol@alpha.test	ada@beta.test,arne@beta.test	192.0.2.25	Ada, Arne,\n\nthe board meeting notes follow below.\n\nCarol
invalidated-from-address	carol@alpha.test	gil@gamma.test,gro@gamma.test	192.0.2.25	Gil, Gro,\n\nthe cabin is booked for the first week of July.\n\nCarol
exim-relaying-prohibited	pat@pi.test	ray@beta.test,ria@beta.test	192.0.2.35	Ray, Ria,\n\nthe quarterly figures are ready.\n\nPat
exim-administrative-prohibition	pat@pi.test	alf@beta.test,asta@beta.test	192.0.2.35	Alf, Asta,\n\nthe training day moved to Thursday.\n\nPat
exim-invalidated-from-address	pat@pi.test	gus@gamma.test,gerd@gamma.test	192.0.2.35	Gus, Gerd,\n\nthe new price list is attached as text.\n\nPat
SEND
# six returns, all at once (every reply is permanent)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
