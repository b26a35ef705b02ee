#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mlcastle: a receiving SMTP server (../loopback-replay.py) answers with the reasons
# that mlcastle.net's page "Anti-Spam Policy" (http://mlcastle.net/spam.html; read with the search tool, no date shown)
# lists for the mail its filters refuse ("mlcastle.net and other domains hosted on this machine have some filters which
# attempt to block spam. If you receive a bounce message directing you to this page, then the filters have decided that
# your mail is spam and declined to deliver it to its intended recipient. Here are some of the possible reasons why:"),
# byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are mlcastle.net's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reason the stored copy of the page lists (seven; the copy ends inside the seventh's explanation, its reason whole),
# each served byte for byte after a reply code of the run's (the page gives none; every one is a final refusal: 550, no
# enhanced code); the pointer to the page that the bounces carry is not served (its form is not shown):
#   "550 address cancelled"                  "Certain email address have been canceled because they rarely (if ever)
#                                            received any non-spam mails. If you want to contact me, please use a
#                                            different address."                 to RCPT TO, cass@, cole@beta.test
#   "550 address expired"                    "Addresses in the temp.mlcastle.net domain are meant only to be used for a
#                                            certain period of time, after which they expire."
#                                                                   to RCPT TO, eve@, ezra@temp.beta.test
#   "550 go away, you evil spammer!"         "Some email addresses have been manually added to my "spammers" file"
#                                                                   to RCPT TO, sam@, seb@beta.test
#   "550 go away, you evil spam domain!"     "a list of e-mail domains (the part after the @-sign) from which nothing
#                                            but spam seems to eminate"          to RCPT TO, dana@, dora@beta.test
#   "550 dns blocklist"                      "I use the zen blocklist for rejecting some hosts which mostly send spam."
#                                                                   to RCPT TO, bill@, bea@beta.test
#   "550 Message contains blacklisted domain"
#                                            "I use the SURBL system for automatically rejecting mail mentioning certain
#                                            URIs known to be "spmavertized" websites."
#                                                                   after the message, ulla@, uri@beta.test
#   "550 no emails directly to this address" "Certain email addresses are meant to be used only for the forwarding of
#                                            emails from other accounts."        to RCPT TO, fred@, fay@beta.test
# The stages are the run's: the sender's address and domain, the client's listing and the recipient at RCPT TO (where a
# filter that knows the sender and the client refuses a recipient), the message's content after it. The replies are
# chosen by recipient, not by anything the senders did: no list is asked, no sender is on a list, the message to ulla@
# and uri@ names one made-up .test address. Both senders send every scenario, each to two recipients: four labelled
# recipients to a text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test (also the MX of temp.beta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mlcastle}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reasons. An after-the-message reply answers for the whole
# message (its first accepted recipient's row).
printf '%s\t%s\t%s\n' \
    cass@beta.test rcpt '550 address cancelled' \
    cole@beta.test rcpt '550 address cancelled' \
    eve@temp.beta.test rcpt '550 address expired' \
    ezra@temp.beta.test rcpt '550 address expired' \
    sam@beta.test rcpt '550 go away, you evil spammer!' \
    seb@beta.test rcpt '550 go away, you evil spammer!' \
    dana@beta.test rcpt '550 go away, you evil spam domain!' \
    dora@beta.test rcpt '550 go away, you evil spam domain!' \
    bill@beta.test rcpt '550 dns blocklist' \
    bea@beta.test rcpt '550 dns blocklist' \
    ulla@beta.test eom '550 Message contains blacklisted domain' \
    uri@beta.test eom '550 Message contains blacklisted domain' \
    fred@beta.test rcpt '550 no emails directly to this address' \
    fay@beta.test rcpt '550 no emails directly to this address' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'temp.beta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-cancelled	carol@alpha.test	cass@beta.test,cole@beta.test	192.0.2.25	Cass, Cole,\n\nthe book club meets on Thursday.\n\nCarol
address-expired	carol@alpha.test	eve@temp.beta.test,ezra@temp.beta.test	192.0.2.25	Eve, Ezra,\n\nthe conference badges are ready.\n\nCarol
evil-spammer	carol@alpha.test	sam@beta.test,seb@beta.test	192.0.2.25	Sam, Seb,\n\nthe chess tournament starts at ten.\n\nCarol
evil-spam-domain	carol@alpha.test	dana@beta.test,dora@beta.test	192.0.2.25	Dana, Dora,\n\nthe garden tools are back in the shed.\n\nCarol
dns-blocklist	carol@alpha.test	bill@beta.test,bea@beta.test	192.0.2.25	Bill, Bea,\n\nthe choir rehearsal is cancelled.\n\nCarol
blacklisted-domain	carol@alpha.test	ulla@beta.test,uri@beta.test	192.0.2.25	Ulla, Uri,\n\nthe photos are at http://photos.example.test/ now.\n\nCarol
no-direct-email	carol@alpha.test	fred@beta.test,fay@beta.test	192.0.2.25	Fred, Fay,\n\nthe bake sale raised enough for the roof.\n\nCarol
exim-address-cancelled	pat@pi.test	cass@beta.test,cole@beta.test	192.0.2.35	Cass, Cole,\n\nthe quiz night moved to the pub.\n\nPat
exim-address-expired	pat@pi.test	eve@temp.beta.test,ezra@temp.beta.test	192.0.2.35	Eve, Ezra,\n\nthe hotel confirmed the rooms.\n\nPat
exim-evil-spammer	pat@pi.test	sam@beta.test,seb@beta.test	192.0.2.35	Sam, Seb,\n\nthe bicycles are repaired.\n\nPat
exim-evil-spam-domain	pat@pi.test	dana@beta.test,dora@beta.test	192.0.2.35	Dana, Dora,\n\nthe piano tuner comes on Monday.\n\nPat
exim-dns-blocklist	pat@pi.test	bill@beta.test,bea@beta.test	192.0.2.35	Bill, Bea,\n\nthe football match was postponed.\n\nPat
exim-blacklisted-domain	pat@pi.test	ulla@beta.test,uri@beta.test	192.0.2.35	Ulla, Uri,\n\nthe slides are at http://slides.example.test/ now.\n\nPat
exim-no-direct-email	pat@pi.test	fred@beta.test,fay@beta.test	192.0.2.35	Fred, Fay,\n\nthe kayak trip is on Saturday.\n\nPat
SEND
# fourteen returns, all at once (every reply is permanent)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
