#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-webnexus: a receiving SMTP server (../loopback-replay.py) answers with the two
# blacklisting refusals that WebNexus's FAQ "Email: Rejection notices" quotes from its mail server (WebNexus/SCR, a
# hosting and internet provider: http://www.webnexus.net/content/view/21/29/, stored copy of 19 November 2008; "When an
# email is rejected by our server it is accompanied with the reason for the rejection ... WebNexus/SCR uses SpamHaus and
# SpamCop to block known spammers from our network ... These rejections will have text similar to this"; read with the
# search tool), byte for byte but for the example's address; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are WebNexus's; the DSNs are made. The page states no
# licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Both texts the stored copy shows whole, the example's 0.0.0.0 (twice in each) the client's address, to RCPT TO (the
# page names no stage; a client host's block-list refusal is a Postfix RCPT TO restriction's words):
#   "554 Service unavailable; Client host [0.0.0.0] blocked using bl.spamcop.net; Blocked - see
#   http://www.spamcop.net/bl.shtml?0.0.0.0"                                             for cody@, cass@beta.test
#   "554 Service unavailable; Client host [0.0.0.0] blocked using sbl-xbl.spamhaus.org;
#   http://www.spamhaus.org/query/bl?ip=0.0.0.0"                                          for hal@, hana@beta.test
# Both "blacklisting": "If you are on a blacklist it is usually because you have spam coming from your network".
# Not served: the page's reverse-DNS refusal, whose text every stored copy cuts ("will reject the email with the follow").
# The replies are chosen by recipient address, not by anything the senders did: no list is asked, the senders'
# addresses have matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-webnexus}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's refusals.
COP='554 Service unavailable; Client host [{client}] blocked using bl.spamcop.net; Blocked - see http://www.spamcop.net/bl.shtml?{client}'
HAUS='554 Service unavailable; Client host [{client}] blocked using sbl-xbl.spamhaus.org; http://www.spamhaus.org/query/bl?ip={client}'
printf '%s\t%s\t%s\n' \
    cody@beta.test rcpt "$COP" \
    cass@beta.test rcpt "$COP" \
    hal@beta.test rcpt "$HAUS" \
    hana@beta.test rcpt "$HAUS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spamcop	carol@alpha.test	cody@beta.test,cass@beta.test	192.0.2.25	Cody, Cass,\n\nthe hosting renewal is due next month.\n\nCarol
spamhaus	carol@alpha.test	hal@beta.test,hana@beta.test	192.0.2.25	Hal, Hana,\n\nthe website backup finished last night.\n\nCarol
exim-spamcop	pat@pi.test	cody@beta.test,cass@beta.test	192.0.2.35	Cody, Cass,\n\nthe DNS change went live.\n\nPat
exim-spamhaus	pat@pi.test	hal@beta.test,hana@beta.test	192.0.2.35	Hal, Hana,\n\nthe new mailbox is set up.\n\nPat
SEND
# four returns at once, two from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
