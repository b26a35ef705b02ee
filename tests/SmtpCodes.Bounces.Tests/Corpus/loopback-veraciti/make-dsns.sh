#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-veraciti: a receiving SMTP server (../loopback-replay.py) answers with the two
# refusals that Veraciti (a US web host; its mail server smtp01.kooobra.com) quotes in its customer support page on
# reverse DNS (http://www.veraciti.com/Customer-Support/reverse-dns.html; read with the search tool; no date or licence
# shown): "If you received an error message similar to one of the above in response to an email you sent, then there is
# a problem with your email server and its DNS configuration ... If you don't have reverse DNS PTR record, or if the
# address doesn't match your mail server name, we will not accept your mail"; a sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its
# own (../loopback-lib.sh), so it all ends with the run. The words are the page's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies, where each is served (the page names no stage) and what the page says each means (the sending server's
# address has no reverse DNS, or none that matches its name):
#   "550 IP address does not properly resolve for reverse DNS lookup"   to RCPT TO        for rex@, rue@beta.test
#   "501 5.7.1 <sender>... Sender IP must resolve"   the page's second form, as a Windows client shows it
#       ("<mail server name>#smtp;501 5.7.1 <sender's email address>...Sender" / "IP must resolve": the client's
#       prefix left out, the line break the page's wrap, read as one space, and the placeholder filled with the
#       envelope sender); to MAIL FROM, which the reply names, keyed by the client: served to the clients that send
#       to gamma.test (192.0.2.24 for the Postfix, 192.0.2.34 for the Exim)       for ned@, nia@gamma.test
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-veraciti}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY); a mail reply is keyed by the client.
RDNS='550 IP address does not properly resolve for reverse DNS lookup'
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "$RDNS" \
    rue@beta.test rcpt "$RDNS" \
    client:192.0.2.24 mail '501 5.7.1 <{sender}>... Sender IP must resolve' \
    client:192.0.2.34 mail '501 5.7.1 <{sender}>... Sender IP must resolve' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
reverse-dns-lookup	carol@alpha.test	rex@beta.test,rue@beta.test	192.0.2.25	Rex, Rue,\n\nthe hosting invoice for March is attached to your account.\n\nCarol
sender-ip-must-resolve	carol@alpha.test	ned@gamma.test,nia@gamma.test	192.0.2.25	Ned, Nia,\n\nthe site redesign goes live on Monday.\n\nCarol
exim-reverse-dns-lookup	pat@pi.test	rex@beta.test,rue@beta.test	192.0.2.35	Rex, Rue,\n\nthe domain renewal is due next week.\n\nPat
exim-sender-ip-must-resolve	pat@pi.test	ned@gamma.test,nia@gamma.test	192.0.2.35	Ned, Nia,\n\nthe shopping cart plugin was updated.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
