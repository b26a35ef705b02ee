#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-idchosting: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# the online manual of IDC hosting (a Japanese mail and web hosting service, manual.idchosting.jp) quotes for its mail
# servers' delivery limit, in its premium plan's page "電子メール~制限事項" ("e-mail: restrictions",
# http://manual.idchosting.jp/manual/premium/mail/restrict.html; read with the search tool, whose stored copy is the
# page's opening; no date or licence shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so
# it all ends with the run. The words are the manual's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# The reply, and what the manual says it means (translated from the Japanese):
#   "450 4.7.1 Error: too much mail from {client}"
#         (the manual's placeholder <送信元IPアドレス>, "the sending IP address", filled with the connecting client's
#         address) "mail to and from outside domains: when the total of mails sent and received within a given time
#         exceeds the threshold, sending and receiving from the source IP address may become impossible; once the number
#         of mails falls below the threshold, sending and receiving become possible again automatically after about 5
#         minutes; mail clients and error mails then show this error message"; served to MAIL FROM, keyed by the
#         client (a per-client message-rate limit answers there); temporary, so each sender warns after a minute and
#         returns the message after 3 (../loopback-lib.sh's short queue times)   for rin@, ren@beta.test
# Not served: the rest of the manual's restrictions (size and relay limits), which the stored copy cuts.
# The reply answers every message from each client, not anything the senders did (each sends one message); the
# messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-idchosting}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the manual's reply, to MAIL FROM from either sender.
TOO_MUCH='450 4.7.1 Error: too much mail from {client}'
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 mail "$TOO_MUCH" \
    client:192.0.2.35 mail "$TOO_MUCH" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-much-mail	carol@alpha.test	rin@beta.test,ren@beta.test	192.0.2.25	Rin, Ren,\n\nthe quotation for the new server racks is attached.\n\nCarol
exim-too-much-mail	pat@pi.test	rin@beta.test,ren@beta.test	192.0.2.35	Rin, Ren,\n\nthe maintenance window is Sunday night.\n\nPat
SEND
# a warning after a minute and a return after 3 from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
