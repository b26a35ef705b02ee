#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-koreanportals: a receiving SMTP server (../loopback-replay.py) answers with replies of
# Korean web portals' mail services that a Korean blog post lists under headings that say what each group means
# (https://puffinknight.tistory.com/102; read with the search tool, no date shown): "받는사람이 사용중지된 경우" (the
# recipient's account is suspended), "받는사람의 스팸설정(수신거부)에 의해 차단된 경우" (blocked by the recipient's spam
# settings, a refusal list), "대량 메일 발송으로 인해 대형포털로부터 IP가 차단된 경우" (the IP blocked by a large portal for
# sending mail in bulk), with the portals some replies name (Naver's realip.naver.com, Paran's cleanip.paran.com); a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# portals', as the post quotes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The post's replies, byte for byte with their codes, its placeholders filled: the client's address where Naver's
# reply has "Your IP(" and nothing after it, the recipient's address ({rcpt}) where a reply has "userid" (the replaying
# server fills whole addresses only). The post names no stage; each is served to RCPT TO, but Naver's, which closes the
# connection and, like hanafos's reply of the same form, is served instead of the greeting:
#   "550 5.1.1 Inactive mbox"; to RCPT TO                          (the recipient's account is suspended)
#                                                                                 for ina@beta.test, ivo@beta.test
#   "550 You are registered as spammer (by user's reject list)"; to RCPT TO
#         (blocked by the recipient's spam settings, a refusal list)              for rae@beta.test, rin@beta.test
#   "554 5.0.0 Service unavailable ({rcpt}: mail is denied, by spam filter)"; to RCPT TO
#         (blocked by the recipient's spam settings)                              for sua@beta.test, seo@beta.test
#   "550 Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)"; to RCPT TO (the post writes it as
#         a DSN quotes it, "550-'...'", the quotes and the dash a sending MTA's; the IP blocked by a portal for bulk
#         mail)                                                                   for pia@beta.test, pan@beta.test
#   "421 4.3.1 You send too many messages."; to RCPT TO, temporary (the IP blocked by a portal for bulk mail)
#                                                          for tom@beta.test (a warning after 1 minute, the return after 3)
#   "421 4.3.2 Your IP({client}) is filtered and this connection will be closed. You must register your IP to
#         http://realip.naver.com"; instead of the greeting, to the senders' second addresses 192.0.2.24 and 192.0.2.34
#         (from which they send mail for gamma.test), temporary (the IP blocked by a portal for bulk mail)
#                                                          for nari@gamma.test (a warning after 1 minute, the return after 3)
# Not served: the post's temporary failures and unknown users (other groups than these, whose replies are stock texts:
# "550 User unknown", "552 Requested mail action aborted: exceeded storage allocation", Yahoo Korea's "dd This user
# doesn't have a yahoo.co.kr account"), its relay refusals, and Yahoo Korea's disabled-account text, whose "[#102]" and
# host name tie it to one server.
# The replies are chosen by recipient or client address, not by anything the senders did: no spam engine runs, the
# senders send one message each.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-koreanportals}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY).
INACTIVE='550 5.1.1 Inactive mbox'
SPAMMER="550 You are registered as spammer (by user's reject list)"
SPAM_FILTER='554 5.0.0 Service unavailable ({rcpt}: mail is denied, by spam filter)'
PARAN='550 Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)'
NAVER='421 4.3.2 Your IP({client}) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com'
printf '%s\t%s\t%s\n' \
    ina@beta.test rcpt "$INACTIVE" \
    ivo@beta.test rcpt "$INACTIVE" \
    rae@beta.test rcpt "$SPAMMER" \
    rin@beta.test rcpt "$SPAMMER" \
    sua@beta.test rcpt "$SPAM_FILTER" \
    seo@beta.test rcpt "$SPAM_FILTER" \
    pia@beta.test rcpt "$PARAN" \
    pan@beta.test rcpt "$PARAN" \
    tom@beta.test rcpt '421 4.3.1 You send too many messages.' \
    client:192.0.2.24 connect "$NAVER" \
    client:192.0.2.34 connect "$NAVER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
inactive-mbox	carol@alpha.test	ina@beta.test,ivo@beta.test	192.0.2.25	Ina, Ivo,\n\nthe tickets for the Busan film festival are booked.\n\nCarol
registered-as-spammer	carol@alpha.test	rae@beta.test,rin@beta.test	192.0.2.25	Rae, Rin,\n\nthe kimchi order for the canteen is confirmed.\n\nCarol
denied-by-spam-filter	carol@alpha.test	sua@beta.test,seo@beta.test	192.0.2.25	Sua, Seo,\n\nthe slides for Thursday are in the shared folder.\n\nCarol
spam-suspect-ip-control	carol@alpha.test	pia@beta.test,pan@beta.test	192.0.2.25	Pia, Pan,\n\nthe bus to Gyeongju leaves at eight.\n\nCarol
too-many-messages	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe quote for the printer repair follows.\n\nCarol
ip-filtered-naver	carol@alpha.test	nari@gamma.test	192.0.2.25	Nari,\n\nthe contract draft is ready for your comments.\n\nCarol
exim-inactive-mbox	pat@pi.test	ina@beta.test,ivo@beta.test	192.0.2.35	Ina, Ivo,\n\nthe room for the workshop is on the third floor.\n\nPat
exim-registered-as-spammer	pat@pi.test	rae@beta.test,rin@beta.test	192.0.2.35	Rae, Rin,\n\nthe parcel from Daegu arrived today.\n\nPat
exim-denied-by-spam-filter	pat@pi.test	sua@beta.test,seo@beta.test	192.0.2.35	Sua, Seo,\n\nthe minutes of Monday's call follow.\n\nPat
exim-spam-suspect-ip-control	pat@pi.test	pia@beta.test,pan@beta.test	192.0.2.35	Pia, Pan,\n\nthe hotel in Jeonju has one room left.\n\nPat
exim-too-many-messages	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe invoice for May is attached below.\n\nPat
exim-ip-filtered-naver	pat@pi.test	nari@gamma.test	192.0.2.35	Nari,\n\nthe photos of the site visit are online.\n\nPat
SEND
# eight returns at once, then for each temporary reply a warning after a minute and a return after 3 from each sender
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
