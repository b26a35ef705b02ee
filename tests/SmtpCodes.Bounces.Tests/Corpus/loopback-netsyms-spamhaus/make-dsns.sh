#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-netsyms-spamhaus: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the spamhaus filter of Netsyms Technologies' collection of OpenSMTPD filters, a proc-exec filter that
# "checks incoming connections against the Spamhaus blacklist" through Spamhaus's Data Query Service (repository
# Netsyms/opensmtpd-filters, a copy of Wladimir Palant's palant/opensmtpd-filters with the spamhaus filter added; read
# with the search tool: README.md at commit da83bc68e0a1, "## spamhaus"; src/opensmtpd_filters/spamhaus.py at commit
# 56c141db2d62, handle_connect, registered for the connect phase: the client's address listed in ZEN, "reject|550 5.7.1
# Blocked: <assessment>: Your IP is on a blocklist. Visit <url>", else its reverse name listed in the DBL or the ZRD,
# "reject|550 5.7.1 Blocked: <assessment>: Your hostname is on a blocklist. Visit <url>"; src/opensmtpd_filters/
# spamhauslib.py at commit 0b69461b9590, SpamhausChecker, "2014 Evox Computing Ltd - https://github.com/evoxco/
# python-spamhaus, 2025 Netsyms Technologies LLC", GPL-3.0-or-later by its header: the assessments of ZEN's answers
# (zen_return_codes_cif: "Spam" for the SBL's 127.0.0.2 and .3, "Exploit" for the XBL's .4 to .7, "Dynamic IP" for the
# PBL's .10 and .11, ...), "Banned" for a DBL or ZRD answer 127.0.1.2-98 and "No reputation" for the ZRD's 127.0.2.0-23
# ("FROM domain too new: wait 24 hours for a sender reputation"), and the url "https://check.spamhaus.org/results?query="
# with the address or the name; only the reply texts are quoted). OpenSMTPD's smtp_session.c answers a filter's
# "reject" with the filter's text as it is (smtp_reply(s, "%s", filter_param)), at the connect phase in place of the
# banner.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# filter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, in place of the greeting, to every connection of one client (keyed by client address):
#   "550 5.7.1 Blocked: Dynamic IP: Your IP is on a blocklist. Visit https://check.spamhaus.org/results?query=192.0.2.25"
#        ZEN answers 127.0.0.10 or .11 for the client (the PBL); to the Postfix's first address (mail for beta.test:
#        dina@ and dirk@, one message), which skips a 5xx greeting (smtp_skip_5xx_greeting), warns and returns
#   "550 5.7.1 Blocked: No reputation: Your hostname is on a blocklist. Visit
#        https://check.spamhaus.org/results?query=out2.alpha.test" (one line)
#        the client's address is not listed, its reverse name's domain is in the ZRD, less than 24 hours old; to the
#        Postfix's second address (mail for gamma.test: nora@), warned and returned the same way
#   "550 5.7.1 Blocked: Spam: Your IP is on a blocklist. Visit https://check.spamhaus.org/results?query=192.0.2.35"
#        ZEN answers 127.0.0.2 or .3 (the SBL); to the Exim's first address (sam@ and sue@ beta.test, two messages)
#   "550 5.7.1 Blocked: Banned: Your hostname is on a blocklist. Visit https://check.spamhaus.org/results?query=out2.pi.test"
#        the reverse name is in the DBL (or the ZRD's 127.0.1.x); to the Exim's second address (ben@ and bea@
#        gamma.test, one message)
# Not served: the other assessments ("Exploit", "Botnet", "Phishing", "Malware", "Unknown!"; the same sentence), and
# any failure of the lookups (the filter proceeds). The replies are chosen by client, not by anything the senders are:
# no list was asked, 192.0.2.0/24 is the documentation range. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its address for gamma.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its address for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-netsyms-spamhaus}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the filter's replies as OpenSMTPD writes them.
U='https://check.spamhaus.org/results?query='
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 connect "550 5.7.1 Blocked: Dynamic IP: Your IP is on a blocklist. Visit ${U}192.0.2.25" \
    client:192.0.2.24 connect "550 5.7.1 Blocked: No reputation: Your hostname is on a blocklist. Visit ${U}out2.alpha.test" \
    client:192.0.2.35 connect "550 5.7.1 Blocked: Spam: Your IP is on a blocklist. Visit ${U}192.0.2.35" \
    client:192.0.2.34 connect "550 5.7.1 Blocked: Banned: Your hostname is on a blocklist. Visit ${U}out2.pi.test" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dynamic-ip	carol@alpha.test	dina@beta.test,dirk@beta.test	192.0.2.25	Dina, Dirk,\n\nthe harvest festival needs more trestle tables.\n\nCarol
no-reputation	carol@alpha.test	nora@gamma.test	192.0.2.25	Nora,\n\nthe book club picked a shorter novel this time.\n\nCarol
exim-spam	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe sailing club's dinghy is back from repair.\n\nPat
exim-spam-two	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe hedge trimming is booked for Tuesday.\n\nPat
exim-banned	pat@pi.test	ben@gamma.test,bea@gamma.test	192.0.2.35	Ben, Bea,\n\nthe cricket tea rota is on the board.\n\nPat
SEND
# three messages refused for good, returned at once by the Exim, then for each of the Postfix's two messages a warning
# after a minute and a return after 3 (it skips a 5xx greeting as a temporary failure)
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
