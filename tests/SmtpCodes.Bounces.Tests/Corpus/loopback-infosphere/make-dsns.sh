#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-infosphere: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# InfoSphere (the Japanese internet service of NTT PC Communications, sphere.ne.jp) quotes in its support notice "電子メール
# 送信時のご注意" ("notes on sending e-mail": http://www.sphere.ne.jp/support/news/2006/07/000027.html, 2006-07; in Japanese,
# read with the search tool) for a message to an InfoSphere address whose account name is wrong or already cancelled;
# a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# InfoSphere's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The notice (translated): "when you send through InfoSphere's mail server a message whose To, Cc or Bcc holds an
# InfoSphere address (*****@***.sphere.ne.jp) whose account name (the part before the @) is wrong, or an address already
# cancelled, the following error occurs and the message cannot be sent: error message '550 can't accept user...
# (#5.7.1)'". The reply, byte for byte (the three dots are the page's), to RCPT TO, where a server refuses a recipient:
#   "550 can't accept user... (#5.7.1)"                                               for kenji@, kumi@beta.test
# The page gives the reply to its own customers sending through its server; the run serves it to a server delivering to
# the recipient's domain, the refusal of the same unknown InfoSphere mailbox. Not served: nothing else on the page is a
# reply (its section on bulk mail gives none).
# The reply is chosen by recipient address, not by anything the senders did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-infosphere}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    kenji@beta.test rcpt "550 can't accept user... (#5.7.1)" \
    kumi@beta.test rcpt "550 can't accept user... (#5.7.1)" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
cannot-accept-user	carol@alpha.test	kenji@beta.test,kumi@beta.test	192.0.2.25	Kenji, Kumi,\n\nthe seminar room in Osaka is booked for Tuesday.\n\nCarol
exim-cannot-accept-user	pat@pi.test	kenji@beta.test,kumi@beta.test	192.0.2.35	Kenji, Kumi,\n\nthe catalogue proofs are ready.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
