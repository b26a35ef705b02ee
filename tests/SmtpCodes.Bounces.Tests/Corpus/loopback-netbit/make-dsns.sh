#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-netbit: a receiving SMTP server (../loopback-replay.py) answers with the one whole
# reply that Netbit Internet (a Brazilian Internet and hosting provider, netbit.com.br) quotes in its Portuguese support
# page on common problems when sending mail ("E-mail: Problemas comuns no envio",
# https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php; read with the search tool, whose stored copy is
# the page's opening; no date or licence shown): "usually, when there is an error in sending a message, an administrative
# message is sent to you, or your mail program shows it. Here is a list of the most common"; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the page's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The reply, and what the page says it means (translated from the Portuguese):
#   "550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)"
#         "this error, if your mail program shows it while sending a message, means that the port of the sending (SMTP)
#         server is not set up correctly" (the page's advice elsewhere: authenticate, on port 587); the words refuse a
#         HELO name that is neither a fully qualified domain name nor an address literal. Served to RCPT TO, where a
#         receiving server that checks the HELO name refuses each recipient (Postfix's smtpd, for one, answers HELO
#         restrictions there by default)                                   for rafael@, renata@, rodrigo@, rosa@beta.test
# Not served: the page's other entries ("Authentication required", "Mailbox is Full", "Unrouteable Address", "Unknown
# User ou No mailbox by that name", "Malformed address"), given as words without a code or a whole reply; its page on
# problems when receiving describes its sender callout without quoting a refusal.
# The replies are chosen by recipient address, not by anything the senders did: both senders greet with a fully
# qualified name (mx.alpha.test, mx.pi.test); the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-netbit}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY).
HELO_NOT_FQDN='550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)'
printf '%s\t%s\t%s\n' \
    rafael@beta.test rcpt "$HELO_NOT_FQDN" \
    renata@beta.test rcpt "$HELO_NOT_FQDN" \
    rodrigo@beta.test rcpt "$HELO_NOT_FQDN" \
    rosa@beta.test rcpt "$HELO_NOT_FQDN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
helo-not-fqdn	carol@alpha.test	rafael@beta.test,renata@beta.test	192.0.2.25	Rafael, Renata,\n\nthe order for the new routers went out today.\n\nCarol
exim-helo-not-fqdn	pat@pi.test	rodrigo@beta.test,rosa@beta.test	192.0.2.35	Rodrigo, Rosa,\n\nthe fibre installation is booked for Thursday.\n\nPat
SEND
# two returns, all at once (the reply is permanent)
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
