#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-massyn-postfix-pcre: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of postfix-pcre, Phil Massyn's (massyn's) "collection of Postfix PCRE strings to serve as a simple spam
# filter" (the repository massyn/postfix-pcre, MIT licence, "Copyright (c) 2022 Phil Massyn" (LICENSE, commit
# dd59bdfc7d4e); read with the search tool; only the reply texts are quoted). Its update.sh (commit 5e7138049eba) copies
# the two tables to /etc/postfix/body_checks and /etc/postfix/header_checks and sets
# body_checks=pcre:/etc/postfix/body_checks and header_checks=pcre:/etc/postfix/header_checks with postconf -e; the
# README (commit 2ddad777d00e) says to clone the repository and run it. So the words are massyn's, as Postfix serves
# them:
#   header_checks (commit a82aecbcf117; the version at 5e7138049eba has the same REJECT texts): REJECT "Message header
#     rejected [<number>]" for a Subject naming rolex or cartier, spelt with gaps or digits ("[065x]", under the
#     comment "# rolex or cartier"), a Subject naming viagra or VPRX ("[073]", "# viagra"), a Content-Type charset of
#     big5, euc-kr, gb2312, iso-*-jp or ks_c_5601-1987 ("[066]") and a Subject encoded in one of them ("[067]") or in
#     KOI8 ("[060]"), all three under "# Block non-english text", and "Message header rejected [058] - Date too old!"
#     and "Message header rejected [059] - Date too old!" for a Date header in 2000 to 2007 or in 19xx ("# Block mail
#     with really old dates").
#   body_checks (commit b9f9f7b12133): REJECT "Message body rejected [<number>]" for body lines naming viagra or VPRX
#     ("[301]"), valium ("[401]"), levitra ("[303]"), cialis ("[304]"), MaxGain+ ("[210]"), watch replicas ("[013]"),
#     replica watches or any line with leather, shoes, boots or footwear ("[049]": the alternation is not grouped),
#     "popular" or "exquisite" replicas or any " replica" ("[055]"), luxury leather or footwear ("[043]"), rolex or
#     cartier ("[101]") and "caught naked" ("[038]", "one that is doing the rounds").
# The texts are the collection's, not Postfix's stock words; the frames are Postfix's. A header_checks or body_checks
# REJECT with text is refused by cleanup after the message, and smtpd answers "550 5.7.1 <text>" (header_checks(5);
# cleanup prepends 5.7.1 to a text that carries no enhanced code).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# collection's (massyn's); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it:
#   "550 5.7.1 Message header rejected [065x]"   after the message, for rob@ and ros@ beta.test
#   "550 5.7.1 Message header rejected [073]"   after the message, for vic@ and val@ beta.test
#   "550 5.7.1 Message header rejected [066]"   after the message, for cho@ and cy@ beta.test
#   "550 5.7.1 Message header rejected [067]"   after the message, for kim@ and kit@ beta.test
#   "550 5.7.1 Message header rejected [060]"   after the message, for kai@ and kev@ beta.test
#   "550 5.7.1 Message header rejected [058] - Date too old!"   after the message, for dan@ and dot@ beta.test
#   "550 5.7.1 Message header rejected [059] - Date too old!"   after the message, for dex@ and deb@ beta.test
#   "550 5.7.1 Message body rejected [301]"   after the message, for vin@ and vera@ beta.test
#   "550 5.7.1 Message body rejected [401]"   after the message, for vale@ and viv@ beta.test
#   "550 5.7.1 Message body rejected [303]"   after the message, for lev@ and liv@ beta.test
#   "550 5.7.1 Message body rejected [304]"   after the message, for cal@ and cat@ beta.test
#   "550 5.7.1 Message body rejected [210]"   after the message, for max@ and mae@ beta.test
#   "550 5.7.1 Message body rejected [013]"   after the message, for wal@ and win@ beta.test
#   "550 5.7.1 Message body rejected [049]"   after the message, for rae@ and ray@ beta.test
#   "550 5.7.1 Message body rejected [055]"   after the message, for pop@ and pam@ beta.test
#   "550 5.7.1 Message body rejected [043]"   after the message, for lux@ and lou@ beta.test
#   "550 5.7.1 Message body rejected [101]"   after the message, for rod@ and roy@ beta.test
#   "550 5.7.1 Message body rejected [038]"   after the message, for ned@ and nia@ beta.test
# Not served: the bare REJECT lines with no text of their own (header_checks: an empty address in To: or From:, and at
# 5e7138049eba From: massyn.co.za; body_checks: "free mortgage quote", "repair your credit", "I pray this mail finds
# you", "I have some unpleasant news for you", "One of your credentials was compromised"), which Postfix answers in its
# stock words, and every other stock reply of Postfix. The replies are chosen by recipient, not by anything the
# senders did: the messages carry none of the matched headers or body lines, and each message has one recipient and
# is a few lines of plain text. Every reply is permanent: each sender returns the message at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-massyn-postfix-pcre}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the postfix-pcre tables' replies in Postfix's frame.
H065='550 5.7.1 Message header rejected [065x]'
H073='550 5.7.1 Message header rejected [073]'
H066='550 5.7.1 Message header rejected [066]'
H067='550 5.7.1 Message header rejected [067]'
H060='550 5.7.1 Message header rejected [060]'
H058='550 5.7.1 Message header rejected [058] - Date too old!'
H059='550 5.7.1 Message header rejected [059] - Date too old!'
B301='550 5.7.1 Message body rejected [301]'
B401='550 5.7.1 Message body rejected [401]'
B303='550 5.7.1 Message body rejected [303]'
B304='550 5.7.1 Message body rejected [304]'
B210='550 5.7.1 Message body rejected [210]'
B013='550 5.7.1 Message body rejected [013]'
B049='550 5.7.1 Message body rejected [049]'
B055='550 5.7.1 Message body rejected [055]'
B043='550 5.7.1 Message body rejected [043]'
B101='550 5.7.1 Message body rejected [101]'
B038='550 5.7.1 Message body rejected [038]'
printf '%s\t%s\t%s\n' \
    rob@beta.test eom "$H065" \
    ros@beta.test eom "$H065" \
    vic@beta.test eom "$H073" \
    val@beta.test eom "$H073" \
    cho@beta.test eom "$H066" \
    cy@beta.test eom "$H066" \
    kim@beta.test eom "$H067" \
    kit@beta.test eom "$H067" \
    kai@beta.test eom "$H060" \
    kev@beta.test eom "$H060" \
    dan@beta.test eom "$H058" \
    dot@beta.test eom "$H058" \
    dex@beta.test eom "$H059" \
    deb@beta.test eom "$H059" \
    vin@beta.test eom "$B301" \
    vera@beta.test eom "$B301" \
    vale@beta.test eom "$B401" \
    viv@beta.test eom "$B401" \
    lev@beta.test eom "$B303" \
    liv@beta.test eom "$B303" \
    cal@beta.test eom "$B304" \
    cat@beta.test eom "$B304" \
    max@beta.test eom "$B210" \
    mae@beta.test eom "$B210" \
    wal@beta.test eom "$B013" \
    win@beta.test eom "$B013" \
    rae@beta.test eom "$B049" \
    ray@beta.test eom "$B049" \
    pop@beta.test eom "$B055" \
    pam@beta.test eom "$B055" \
    lux@beta.test eom "$B043" \
    lou@beta.test eom "$B043" \
    rod@beta.test eom "$B101" \
    roy@beta.test eom "$B101" \
    ned@beta.test eom "$B038" \
    nia@beta.test eom "$B038" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rolex-cartier-subject	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe rowing club meets at six.\n\nCarol
viagra-subject	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe bakery opens late on Monday.\n\nCarol
non-english-charset	carol@alpha.test	cho@beta.test	192.0.2.25	Cho,\n\nthe bike shed key is on the hook.\n\nCarol
non-english-subject	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe garden hose is coiled by the tap.\n\nCarol
koi8-subject	carol@alpha.test	kai@beta.test	192.0.2.25	Kai,\n\nthe choir sings on Sunday evening.\n\nCarol
date-2000s-too-old	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe recycling goes out on Thursday.\n\nCarol
date-1900s-too-old	carol@alpha.test	dex@beta.test	192.0.2.25	Dex,\n\nthe hiking map is in the glovebox.\n\nCarol
viagra-body	carol@alpha.test	vin@beta.test	192.0.2.25	Vin,\n\nthe plum tree finally blossomed.\n\nCarol
valium-body	carol@alpha.test	vale@beta.test	192.0.2.25	Vale,\n\nthe ferry leaves at half past nine.\n\nCarol
levitra-body	carol@alpha.test	lev@beta.test	192.0.2.25	Lev,\n\nthe kettle in the hut is fixed.\n\nCarol
cialis-body	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe book club picked a short one.\n\nCarol
maxgain-body	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe fence post by the gate is loose.\n\nCarol
watch-replica-body	carol@alpha.test	wal@beta.test	192.0.2.25	Wal,\n\nthe tent poles are in the attic.\n\nCarol
replica-goods-body	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe quiz night moved upstairs.\n\nCarol
popular-replica-body	carol@alpha.test	pop@beta.test	192.0.2.25	Pop,\n\nthe seed swap is on Saturday morning.\n\nCarol
luxury-footwear-body	carol@alpha.test	lux@beta.test	192.0.2.25	Lux,\n\nthe choir folders are in the vestry.\n\nCarol
rolex-cartier-body	carol@alpha.test	rod@beta.test	192.0.2.25	Rod,\n\nthe beehive lid blew off last night.\n\nCarol
caught-naked-body	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe kayak rack needs a new strap.\n\nCarol
exim-rolex-cartier-subject	pat@pi.test	ros@beta.test	192.0.2.35	Ros,\n\nthe allotment needs watering.\n\nPat
exim-viagra-subject	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe quilt for the raffle is finished.\n\nPat
exim-non-english-charset	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe chimney sweep comes on Friday.\n\nPat
exim-non-english-subject	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe canoe trip moved to June.\n\nPat
exim-koi8-subject	pat@pi.test	kev@beta.test	192.0.2.35	Kev,\n\nthe bird box has eggs in it.\n\nPat
exim-date-2000s-too-old	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe pantry shelf needs a bracket.\n\nPat
exim-date-1900s-too-old	pat@pi.test	deb@beta.test	192.0.2.35	Deb,\n\nthe harbour fair starts at noon.\n\nPat
exim-viagra-body	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe violin lesson is on Tuesday.\n\nPat
exim-valium-body	pat@pi.test	viv@beta.test	192.0.2.35	Viv,\n\nthe tomato seedlings are up.\n\nPat
exim-levitra-body	pat@pi.test	liv@beta.test	192.0.2.35	Liv,\n\nthe picnic table got a new coat.\n\nPat
exim-cialis-body	pat@pi.test	cat@beta.test	192.0.2.35	Cat,\n\nthe lighthouse tour is booked.\n\nPat
exim-maxgain-body	pat@pi.test	mae@beta.test	192.0.2.35	Mae,\n\nthe wheelbarrow tyre is pumped.\n\nPat
exim-watch-replica-body	pat@pi.test	win@beta.test	192.0.2.35	Win,\n\nthe sledge is back in the barn.\n\nPat
exim-replica-goods-body	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe jam jars are washed and dry.\n\nPat
exim-popular-replica-body	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe tide tables are pinned by the door.\n\nPat
exim-luxury-footwear-body	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe puppet show starts at four.\n\nPat
exim-rolex-cartier-body	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe wood pile is stacked at last.\n\nPat
exim-caught-naked-body	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe orchard ladder is back in the shed.\n\nPat
SEND
# every reply is permanent: 36 messages returned at once (18 by the Postfix, 18 by the Exim)
lb_wait 36 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
