#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hongbao-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the milter of "send a red mail packet" (its Chinese title in English), the second puzzle of Soha's Lunar
# New Year red packet hunt of 2026 (the repository moesoha/red-packet-2026, no licence file read; read with the search
# tool; only the reply texts are quoted): a Postfix (part2/main.cf, commit ce81320a7624: mail_name "Hongbao Mailing",
# mydestination ma26.hb.lohu.info, message_size_limit 5120, smtpd_milters = inet:127.0.0.1:8774, milter_default_action =
# tempfail) hands every message to a milter in Rust on indymilter (part2/src/main.rs, commit ce81320a7624), which
# collects the headers and the body, writes them to a JSON file and, in its end-of-message callback handle_eom, refuses
# every message with a reply of its own (set_error_reply: code, enhanced code, lines), checking in this order:
#   the {rcpt_addr} macro, lowercased, is not RECIPIENT_ADDR "get@ma26.hb.lohu.info": "550 5.1.1 This mailbox is not
#     found.";
#   the {mail_addr} macro, lowercased, does not end in SENDER_SUFFIX "@hb26.foobar.ac.cn": "550 5.7.1 Sender domain is
#     not in the whitelist.";
#   the client is not an IPv6 address in IP_WHITELIST (2a09:bac0::/29, 2606:54c0::/30, 2a0e:aa06:40d:beef::/64,
#     2a0e:aa06:40e:beef::/64: the ranges of the SPF record of hb26.foobar.ac.cn, the author's write-up says,
#     writeup/README.md, commit 20ef046f56c4, Cloudflare WARP's among them): "550 5.5.0 Rejected by spam filter";
#   otherwise, the puzzle solved, the prize as a refusal of two lines: "Happy New Horse Year!" and HONGBAO_RESPONSE
#     "Hongbao: 82460732", with 550 and 5.2.2.
# A milter's reply at the end of the message is the Postfix smtpd's answer to the final dot, as the milter gives it
# (libmilter's frame: each line "<code>-<enhanced code> <text>", the last with a space after the code); the write-up
# quotes the replies its players met in this form ("550 5.5.0 Rejected by spam filter", "550-5.2.2 Happy New Horse
# Year!" / "550 5.2.2 Hongbao: 82460732"). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying
# server, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte ("\n" between the lines of the two-line one), at the stage the code sends it:
#   "550 5.1.1 This mailbox is not found."   after the message, for amy@ and ann@ beta.test
#   "550 5.7.1 Sender domain is not in the whitelist."   after the message, for get@ and gem@ beta.test
#   "550 5.5.0 Rejected by spam filter"   after the message, for red@ and rex@ beta.test
#   "550-5.2.2 Happy New Horse Year!\n550 5.2.2 Hongbao: 82460732"   after the message, for hob@ and hal@ beta.test
# Not served: the greeting "<host> ESMTP Hongbao Mailing" and the EHLO answer (Postfix's; the replaying server's are
# used), the Postfix's own refusals (message_size_limit 5120: "552 5.3.4 Message size exceeds fixed limit") and the
# milter's Status::Tempfail (no data, no macro), which Postfix answers in its own words, as it does for
# milter_default_action = tempfail when the milter is down. The milter writes no temporary reply of its own.
# The replies are chosen by recipient, not by anything the senders did: the code lets only one address,
# get@<its domain>, past its first check, and chooses among the later three by the sender's domain and the client's
# address; here the stand-in addresses above carry those three (the puzzle's domain is beta.test). Each message has one
# recipient and is a few lines of plain text. Every reply is permanent: each sender returns the message at once.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hongbao-milter}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the milter's replies, as the Postfix in front of it gives them.
NOBOX='550 5.1.1 This mailbox is not found.'
SENDER='550 5.7.1 Sender domain is not in the whitelist.'
SPAM='550 5.5.0 Rejected by spam filter'
PRIZE='550-5.2.2 Happy New Horse Year!\n550 5.2.2 Hongbao: 82460732'
printf '%s\t%s\t%s\n' \
    amy@beta.test eom "$NOBOX" \
    ann@beta.test eom "$NOBOX" \
    get@beta.test eom "$SENDER" \
    gem@beta.test eom "$SENDER" \
    red@beta.test eom "$SPAM" \
    rex@beta.test eom "$SPAM" \
    hob@beta.test eom "$PRIZE" \
    hal@beta.test eom "$PRIZE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-not-found	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe lanterns go up on the fifteenth.\n\nCarol
sender-domain-not-whitelisted	carol@alpha.test	get@beta.test	192.0.2.25	Hello,\n\nhappy new year from the allotments.\n\nCarol
rejected-by-spam-filter	carol@alpha.test	red@beta.test	192.0.2.25	Red,\n\nthe dumplings are in the freezer.\n\nCarol
hongbao-prize	carol@alpha.test	hob@beta.test	192.0.2.25	Hob,\n\nthe firecrackers are in the shed.\n\nCarol
exim-mailbox-not-found	pat@pi.test	ann@beta.test	192.0.2.35	Ann,\n\nthe dragon dance starts at noon.\n\nPat
exim-sender-domain-not-whitelisted	pat@pi.test	gem@beta.test	192.0.2.35	Hello,\n\nthe tangerines came from the market.\n\nPat
exim-rejected-by-spam-filter	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe couplets are on the door.\n\nPat
exim-hongbao-prize	pat@pi.test	hal@beta.test	192.0.2.35	Hal,\n\nthe kite is on the hall table.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
