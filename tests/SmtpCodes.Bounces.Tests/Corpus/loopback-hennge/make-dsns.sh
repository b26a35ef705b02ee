#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hennge: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# HENNGE K.K. (Japan, formerly HDE) lists for its cloud outbound mail service HENNGE Email DLP in its Japanese support
# article "HENNGE Email DLPサービスの送信制限について" (on the HENNGE Email DLP service's sending limits;
# https://support.hdeone.com/hc/ja/articles/360017461194, the same table in its English copy
# https://support.hdeone.com/hc/en-us/articles/360017461194; read with the search tool; no licence shown; only the
# reply texts are quoted), each as the article's error code, a space and its error message, byte for byte; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their delay warnings and bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are the ones the provider's article gives for its own service's refusals; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The article's section 1 (流量制限, traffic limits): the service returns these to the customer's Google Workspace or
# Microsoft 365 that relays through it; what each means (translated from the Japanese):
#   "450 Peak SMTP relay limit exceeded."   1.1, a temporary error: one sender address sent to more than 600 recipients
#         in 10 minutes; lifted when traffic is normal again, and the mail is retried        for kai@, ken@ (Postfix);
#                                                                                              kou@, kyo@ (Exim)
#   "550 Daily SMTP relay limit exceeded."  1.2, a permanent error: one sender address sent to more than 10,000
#         recipients in a day (24 hours); mail sent during the limit is not retried, and the sender must send again to
#         the recipients the NDR names                                                       for dai@, dan@ (Postfix);
#                                                                                              den@, dou@ (Exim)
#   "450 Peak concurrent SMTP relay limit per sender exceeded."   1.3, a temporary error: one sender address holds more
#         than the concurrent SMTP connections allowed a sender                              for sei@, sho@ (Postfix);
#                                                                                              sou@, sui@ (Exim)
# Changed: nothing in the words; the article gives code and message in two fields, joined here by one space; it gives
# no enhanced code and no stage: each is answered to RCPT TO (the run's choice: the limits count recipients). Not
# served: the article's section 2 (blacklist) and 3, whose texts the stored copy does not show whole. In life the
# client is the customer's Google Workspace or Microsoft 365 relaying outbound mail through the service; here the
# sending Postfix and Exim deliver to a server that speaks its replies, so the DSNs are the form such a refusal takes
# when an MTA of ours meets it. The reply is chosen by recipient address, not by anything the senders did: nothing is
# counted in the run; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hennge}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
PEAK='450 Peak SMTP relay limit exceeded.'
DAILY='550 Daily SMTP relay limit exceeded.'
CONCURRENT='450 Peak concurrent SMTP relay limit per sender exceeded.'
printf '%s\t%s\t%s\n' \
    kai@beta.test rcpt "$PEAK" \
    ken@beta.test rcpt "$PEAK" \
    kou@beta.test rcpt "$PEAK" \
    kyo@beta.test rcpt "$PEAK" \
    dai@beta.test rcpt "$DAILY" \
    dan@beta.test rcpt "$DAILY" \
    den@beta.test rcpt "$DAILY" \
    dou@beta.test rcpt "$DAILY" \
    sei@beta.test rcpt "$CONCURRENT" \
    sho@beta.test rcpt "$CONCURRENT" \
    sou@beta.test rcpt "$CONCURRENT" \
    sui@beta.test rcpt "$CONCURRENT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
peak-relay-limit	carol@alpha.test	kai@beta.test,ken@beta.test	192.0.2.25	Kai, Ken,\n\nthe price list for the new quarter is below.\n\nCarol
daily-relay-limit	carol@alpha.test	dai@beta.test,dan@beta.test	192.0.2.25	Dai, Dan,\n\nthe minutes of Monday's meeting follow.\n\nCarol
peak-concurrent-limit	carol@alpha.test	sei@beta.test,sho@beta.test	192.0.2.25	Sei, Sho,\n\nthe booth for the trade fair is reserved.\n\nCarol
exim-peak-relay-limit	pat@pi.test	kou@beta.test,kyo@beta.test	192.0.2.35	Kou, Kyo,\n\nthe samples were shipped this morning.\n\nPat
exim-daily-relay-limit	pat@pi.test	den@beta.test,dou@beta.test	192.0.2.35	Den, Dou,\n\nthe survey results are in the shared folder.\n\nPat
exim-peak-concurrent-limit	pat@pi.test	sou@beta.test,sui@beta.test	192.0.2.35	Sou, Sui,\n\nthe new badge for the office is ready.\n\nPat
SEND
# the two permanent refusals return at once; for each of the four temporary ones a warning after 1 minute and the
# return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
