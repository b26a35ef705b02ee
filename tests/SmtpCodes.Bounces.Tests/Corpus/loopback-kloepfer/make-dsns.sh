#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kloepfer: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the mail-block page of kloepfer.org (https://kloepfer.org/mailblock.html, a family's own mail site for the domains
# kloepfer.org and kloepfer.net; a stored copy read with the search tool; no date or licence shown) lists as "the
# messages you are likely to receive" when "your mail to our site has been returned and has referenced this page", with
# what each means; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are the page's; the DSNs are made. The page states no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Every message the stored copy shows, byte for byte, its placeholders filled, under a code of the run's (the page gives
# the texts without a code or a stage: `550` with no enhanced code, the permanent refusal the page describes, "your
# mail ... has been returned"), each to RCPT TO (the run's stage; the page's block-list checks and its per-address check
# both answer before the message), for two recipients from each sender (4 labelled recipients to a text):
#   "550 Server {ip-address} blocked due to being listed in Spamhaus SBL"   "the mail server you are using ... has been
#        listed on the Spamhaus Block List" ({ip-address} the connecting client's)     for sid@, sol@beta.test
#   "550 Server {ip-address} blocked due to being listed in Spamhaus XBL"   "... listed on the Spamhaus Exploits Block
#        List" (systems infected with a virus or running software that spammers use)   for xan@, xia@beta.test
#   "550 Not permitted to send to this address; contact {address}"   "several addresses ... operate by invitation only
#        ... we must have all your e-mail addresses that you plan to use before you can send to this address"; the
#        sender is to "temporarily use the address listed in the error message" ({address} filled with family@beta.test,
#        an address of the run's)                                               for ivy@, ian@beta.test
# Not served: anything after the third message's explanation (the stored copy ends there).
# The replies are chosen by recipient address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, no block list is asked, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kloepfer}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's three messages, each for two recipients.
{
    for r in sid sol; do printf '%s\trcpt\t%s\n' "$r@beta.test" '550 Server {client} blocked due to being listed in Spamhaus SBL'; done
    for r in xan xia; do printf '%s\trcpt\t%s\n' "$r@beta.test" '550 Server {client} blocked due to being listed in Spamhaus XBL'; done
    for r in ivy ian; do printf '%s\trcpt\t%s\n' "$r@beta.test" '550 Not permitted to send to this address; contact family@beta.test'; done
} > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spamhaus-sbl	carol@alpha.test	sid@beta.test,sol@beta.test	192.0.2.25	Sid, Sol,\n\nthe photos from the reunion are on the family site.\n\nCarol
spamhaus-xbl	carol@alpha.test	xan@beta.test,xia@beta.test	192.0.2.25	Xan, Xia,\n\nGrandma's birthday dinner is on the ninth.\n\nCarol
invitation-only	carol@alpha.test	ivy@beta.test,ian@beta.test	192.0.2.25	Ivy, Ian,\n\nthe cabin is free for the long weekend.\n\nCarol
exim-spamhaus-sbl	pat@pi.test	sid@beta.test,sol@beta.test	192.0.2.35	Sid, Sol,\n\nthe recipe cards were scanned last night.\n\nPat
exim-spamhaus-xbl	pat@pi.test	xan@beta.test,xia@beta.test	192.0.2.35	Xan, Xia,\n\nthe canoe needs a new paddle.\n\nPat
exim-invitation-only	pat@pi.test	ivy@beta.test,ian@beta.test	192.0.2.35	Ivy, Ian,\n\nthe garden tour is on Sunday.\n\nPat
SEND
# six returns at once (every refusal is permanent and comes at RCPT TO)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
