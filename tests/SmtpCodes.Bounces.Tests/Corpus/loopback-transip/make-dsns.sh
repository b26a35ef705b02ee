#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-transip: a receiving SMTP server (../loopback-replay.py) answers with the 550 5.7.1
# refusals that TransIP (a Dutch web host and domain registrar, transip.nl / transip.be) quotes in its Dutch knowledge
# base article on the 550-5.7.1 bounce message (https://transip.be/knowledgebase/email/1959-de-550-5-e-mail-bouncemelding;
# read with the search tool, whose stored copy is the article's opening; no date or licence shown): "when sending e-mail
# you may get a bounce message with the code 550-5.7.1. This error is almost always the result of a misconfiguration, so
# that the message is held back as possible spam ... We check the mail sent through our servers (web hosting or the VPS
# mail service) for whether it could be marked as spam"; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the article's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The article lists each text after the code it names for all of them, 550-5.7.1 (the continuation form of a reply of
# several lines); each is served as one line, "550 5.7.1 " and the article's words. The replies, and what the article
# says each means (translated from the Dutch):
#   after the message (TransIP's spam check reads the message, so it answers at the end of DATA):
#   "550 5.7.1 Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of
#    spam, this message has been blocked. (12zGg44vPFz5Bcw7)"
#         "our spam check has held back your message as possible spam" (the article's example identifier kept)
#                                                                                       for anouk@, bram@beta.test
#   "550 5.7.1 This message does not have authentication information or fails to pass authentication checks. To best
#    protect our users from spam, the message has been blocked."
#         the same spam check; the causes the article lists first are a wrongly set SPF record and DKIM
#                                                                                       for daan@, emma@beta.test
#   to RCPT TO (a refusal of the sending network, which a receiving server gives before the message):
#   "550 5.7.1 Unfortunately, messages from [{client}] weren't sent. Please contact your Internet service provider
#    since part of their network is on our block list (S3140)."
#         one the article marks "(VPS)", met when mail from a VPS is refused; the article's example address
#         [123.123.123.123] filled with the connecting client's (192.0.2.25 for the Postfix, 192.0.2.35 for the Exim)
#                                                                                       for finn@, gijs@beta.test
# Not served: "Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and
# 550-5.7.1 authentication. (VPS)": it speaks of IPv6 sending, and the senders here connect over IPv4; the article's
# stored copy also cuts its explanation, so its meaning would be guessed.
# The replies are chosen by recipient address, not by anything the senders did: no message is scanned, no list or DNS
# record is checked; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-transip}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY). An eom reply answers for the whole message, keyed by its first
# recipient.
SPAM='550 5.7.1 Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of spam, this message has been blocked. (12zGg44vPFz5Bcw7)'
UNAUTHENTICATED='550 5.7.1 This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.'
BLOCK_LIST="550 5.7.1 Unfortunately, messages from [{client}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140)."
printf '%s\t%s\t%s\n' \
    anouk@beta.test eom "$SPAM" \
    daan@beta.test eom "$UNAUTHENTICATED" \
    finn@beta.test rcpt "$BLOCK_LIST" \
    gijs@beta.test rcpt "$BLOCK_LIST" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
likely-unsolicited	carol@alpha.test	anouk@beta.test,bram@beta.test	192.0.2.25	Anouk, Bram,\n\nthe invoice for the domain renewal is attached.\n\nCarol
no-authentication	carol@alpha.test	daan@beta.test,emma@beta.test	192.0.2.25	Daan, Emma,\n\nthe new website goes live on Tuesday.\n\nCarol
block-list	carol@alpha.test	finn@beta.test,gijs@beta.test	192.0.2.25	Finn, Gijs,\n\nthe backup finished without errors.\n\nCarol
exim-likely-unsolicited	pat@pi.test	anouk@beta.test,bram@beta.test	192.0.2.35	Anouk, Bram,\n\nthe quote for the shop is ready.\n\nPat
exim-no-authentication	pat@pi.test	daan@beta.test,emma@beta.test	192.0.2.35	Daan, Emma,\n\nthe contact form sends its mail again.\n\nPat
exim-block-list	pat@pi.test	finn@beta.test,gijs@beta.test	192.0.2.35	Finn, Gijs,\n\nthe server move is planned for Sunday night.\n\nPat
SEND
# six returns, all at once (every reply is permanent)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
