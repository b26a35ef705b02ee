#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailgates: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# Cyber Solutions Inc. (サイバーソリューションズ, Japan) quotes for its cloud mail service MailGates in its Japanese help
# centre article "メールを受信できない「550 sorry, we don't allow this mail.」" (mail cannot be received: "550 sorry, we don't
# allow this mail."; https://cloud-sup.cybersolutions.co.jp/hc/ja/articles/360039226551; read with the search tool; no
# date or licence shown; only the reply text is quoted), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the ones the provider's article gives for its own
# service's refusal; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The article's one reply, and what it says it means (translated from the Japanese): a customer cannot receive mail from
# a certain domain, and the returned mail carries it:
#   "550 sorry, we don't allow this mail."   after the message (the end of DATA: the article's cause is DMARC, which is
#         judged on the message's From header, so no earlier stage can give it); "shows that DMARC authentication failed
#         ... the error occurs when both SPF and DKIM authentication fail and the sending domain's DMARC policy says
#         reject"; its remedies are the receiving customer's (an allowed-sender entry for the envelope sender, or DMARC
#         checking turned off)                                              for ada@, aoi@ (Postfix); ami@, aya@ (Exim)
# Changed: nothing (the article gives no enhanced code and no stage; the stage is the run's, as said). Not served:
# nothing else the article quotes. The reply is chosen by recipient address, not by anything the senders did: the
# senders' domains publish no DMARC, SPF or DKIM record in the run and nothing is checked; the messages are short plain
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailgates}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's reply. An eom reply answers for the whole message,
# keyed by its first recipient.
printf '%s\t%s\t%s\n' \
    ada@beta.test eom "550 sorry, we don't allow this mail." \
    ami@beta.test eom "550 sorry, we don't allow this mail." \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dmarc-refused	carol@alpha.test	ada@beta.test,aoi@beta.test	192.0.2.25	Ada, Aoi,\n\nthe quotation for the new printers is below.\n\nCarol
exim-dmarc-refused	pat@pi.test	ami@beta.test,aya@beta.test	192.0.2.35	Ami, Aya,\n\nthe delivery schedule for next month follows.\n\nPat
SEND
# two returns, both at once (the reply is permanent)
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
