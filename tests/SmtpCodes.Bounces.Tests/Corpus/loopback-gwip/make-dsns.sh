#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gwip: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the help site of G-WIP (help.g-wip.com, a Japanese service that sends its shop customers' mail magazines; its help
# pages speak of test mails, first deliveries and opening flyers) quotes in its Japanese page "エラーメール:550系/550番台"
# ("error mails: the 550 series"; http://help.g-wip.com/cat-285/550550.html, also shown on its category page
# http://help.g-wip.com/cat-282/cat-313/; read with the search tool; no licence shown, a neighbouring entry names a file
# of 2011-02-25): "error messages sometimes give the error's content with a number from 550 to 555; here are typical
# examples" (the stored copies show the 550 ones; the rest is cut); a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the page's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page quotes each reply as a receiving server's words in an error mail and names no stage; each is served to
# RCPT TO, where a receiving server refuses a recipient. The replies, and what the page says each means (translated
# from the Japanese):
#   "550 Host unknown"
#         "the destination host does not exist: the part after the @ is probably wrong, or the mail server of the
#         account does not exist"                                                           for aoi@, akira@beta.test
#   "550 5.1.1 {rcpt}... User unknown"
#         (the page's example under the same numbers, "550 5.1.1 xxxxxx@hogehoge.ne.jp... User unknown", its address
#         filled with the recipient being answered)                                         for daiki@, chika@beta.test
#   "550 User unknown"
#         "the destination account does not exist: the part before the @ is probably wrong; the account probably does
#         not exist on the destination mail server"                                          for emi@, eita@beta.test
#   "550 Relaying Denied"
#         "the relaying of the mail was refused: the destination mail server may refuse to relay for all but its own
#         networks"                                                                          for fumi@, fuji@beta.test
#   "550 5.7.1 Access denied"
#         "the mail was refused; several causes are possible: the sender's domain is set as a refused domain on the
#         recipient's server, or the sender is on a black list as an open relay, or, more and more often, the sender's
#         forward and reverse DNS do not match"                                              for gin@, goro@beta.test
# Not served: "Sorry, no mailbox here by that name. (#5.1.1)", which the page shows below the 5.1.1 example without a
# code (qmail's words; a code would have to be made up); the page's 551 to 555 examples, cut in every stored copy.
# The replies are chosen by recipient address, not by anything the senders did: no host is looked up, no list or
# reverse DNS is checked; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gwip}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
HOST_UNKNOWN='550 Host unknown'
USER_UNKNOWN_511='550 5.1.1 {rcpt}... User unknown'
USER_UNKNOWN='550 User unknown'
RELAYING_DENIED='550 Relaying Denied'
ACCESS_DENIED='550 5.7.1 Access denied'
printf '%s\t%s\t%s\n' \
    aoi@beta.test rcpt "$HOST_UNKNOWN" \
    akira@beta.test rcpt "$HOST_UNKNOWN" \
    daiki@beta.test rcpt "$USER_UNKNOWN_511" \
    chika@beta.test rcpt "$USER_UNKNOWN_511" \
    emi@beta.test rcpt "$USER_UNKNOWN" \
    eita@beta.test rcpt "$USER_UNKNOWN" \
    fumi@beta.test rcpt "$RELAYING_DENIED" \
    fuji@beta.test rcpt "$RELAYING_DENIED" \
    gin@beta.test rcpt "$ACCESS_DENIED" \
    goro@beta.test rcpt "$ACCESS_DENIED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
host-unknown	carol@alpha.test	aoi@beta.test,akira@beta.test	192.0.2.25	Aoi, Akira,\n\nthe autumn sale starts on Monday.\n\nCarol
user-unknown-511	carol@alpha.test	daiki@beta.test,chika@beta.test	192.0.2.25	Daiki, Chika,\n\nyour points card is ready.\n\nCarol
user-unknown	carol@alpha.test	emi@beta.test,eita@beta.test	192.0.2.25	Emi, Eita,\n\nthe shop closes early on Friday.\n\nCarol
relaying-denied	carol@alpha.test	fumi@beta.test,fuji@beta.test	192.0.2.25	Fumi, Fuji,\n\nthe new menu is online.\n\nCarol
access-denied	carol@alpha.test	gin@beta.test,goro@beta.test	192.0.2.25	Gin, Goro,\n\nthe coupon is valid until the end of the month.\n\nCarol
exim-host-unknown	pat@pi.test	aoi@beta.test,akira@beta.test	192.0.2.35	Aoi, Akira,\n\nthe winter catalogue is out.\n\nPat
exim-user-unknown-511	pat@pi.test	daiki@beta.test,chika@beta.test	192.0.2.35	Daiki, Chika,\n\nthe store moves next week.\n\nPat
exim-user-unknown	pat@pi.test	emi@beta.test,eita@beta.test	192.0.2.35	Emi, Eita,\n\nthe tasting is on Saturday.\n\nPat
exim-relaying-denied	pat@pi.test	fumi@beta.test,fuji@beta.test	192.0.2.35	Fumi, Fuji,\n\nthe opening hours have changed.\n\nPat
exim-access-denied	pat@pi.test	gin@beta.test,goro@beta.test	192.0.2.35	Gin, Goro,\n\nthe gift wrapping is free this week.\n\nPat
SEND
# ten returns, all at once (every reply is permanent)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
