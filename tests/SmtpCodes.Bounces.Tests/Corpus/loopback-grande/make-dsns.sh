#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-grande: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Grande Communications (a cable and Internet provider in Texas, grandecom.net / mygrande.com) quotes on its support FAQ's
# e-mail page (http://www.grandecom.net/support/faq/?cat=17, the question "I get one of the following errors when
# mailing any Grande user:"; a stored copy read with the search tool; no date or licence shown), which says of all five:
# "The IP address of the Email server that you are using to send mail (this may include your own computer if you are
# running a local mail daemon on it for sending purposes) is listed in a DNS Block List", and that the lists are run by
# third parties, not by Grande ("this is not 'our' block list and Grande did not add you to it"); a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Grande's; the DSNs are made.
# The page states no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Every reply the page lists, byte for byte, with the page's placeholder X.X.X.X (the sending server's address) filled
# with the connecting client's address ({client}); each to RCPT TO (the stage is the run's: the page names none; a
# block list is checked against the connecting address before the message, and a refusal at RCPT TO lets each recipient
# carry its own text), for two recipients from each sender (4 labelled recipients to a text):
#   "550 5.7.1 Refused. See http://www.dnsbl.sorbs.net/cgi-bin/lookup?IP=X.X.X.X"    for sam@, sue@beta.test
#   "550 5.7.1 Refused. See http://spamcop.net/bl.shtml?X.X.X.X"                      for cole@, cora@beta.test
#   "550 5.7.1 Refused. See http://www.abuse.net/sbl.phtml?IP=X.X.X.X"                for ada@, al@beta.test
#   "550 5.7.1 Refused. See http://njabl.org/cgi-bin/lookup.cgi?query=X.X.X.X"        for nat@, nell@beta.test
#   "550 5.7.1 Refused. See http://some.other.host/program?ip=X.X.X.X"                for otto@, olga@beta.test
#     (the page's own generic line for any other list; served as written, host name and all)
# Not served: the line above the list, "You do not have permission to send to this recipient. For assistance, contact
# your system administrator." (the words a sender's mail program shows around the reply, not a server's reply).
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
W=${LOOPBACK_WORK:-/tmp/loopback-grande}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's five replies, each for two recipients.
{
    for r in sam sue; do printf '%s\trcpt\t%s\n' "$r@beta.test" '550 5.7.1 Refused. See http://www.dnsbl.sorbs.net/cgi-bin/lookup?IP={client}'; done
    for r in cole cora; do printf '%s\trcpt\t%s\n' "$r@beta.test" '550 5.7.1 Refused. See http://spamcop.net/bl.shtml?{client}'; done
    for r in ada al; do printf '%s\trcpt\t%s\n' "$r@beta.test" '550 5.7.1 Refused. See http://www.abuse.net/sbl.phtml?IP={client}'; done
    for r in nat nell; do printf '%s\trcpt\t%s\n' "$r@beta.test" '550 5.7.1 Refused. See http://njabl.org/cgi-bin/lookup.cgi?query={client}'; done
    for r in otto olga; do printf '%s\trcpt\t%s\n' "$r@beta.test" '550 5.7.1 Refused. See http://some.other.host/program?ip={client}'; done
} > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sorbs-refused	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe rodeo tickets came in the post.\n\nCarol
spamcop-refused	carol@alpha.test	cole@beta.test,cora@beta.test	192.0.2.25	Cole, Cora,\n\nthe barbecue is on Saturday at noon.\n\nCarol
abuse-net-refused	carol@alpha.test	ada@beta.test,al@beta.test	192.0.2.25	Ada, Al,\n\nthe cable box was replaced this morning.\n\nCarol
njabl-refused	carol@alpha.test	nat@beta.test,nell@beta.test	192.0.2.25	Nat, Nell,\n\nthe river trip is booked for June.\n\nCarol
other-list-refused	carol@alpha.test	otto@beta.test,olga@beta.test	192.0.2.25	Otto, Olga,\n\nthe choir sings at the fair on Sunday.\n\nCarol
exim-sorbs-refused	pat@pi.test	sam@beta.test,sue@beta.test	192.0.2.35	Sam, Sue,\n\nthe pecan pies are ready to collect.\n\nPat
exim-spamcop-refused	pat@pi.test	cole@beta.test,cora@beta.test	192.0.2.35	Cole, Cora,\n\nthe bus to Austin leaves at eight.\n\nPat
exim-abuse-net-refused	pat@pi.test	ada@beta.test,al@beta.test	192.0.2.35	Ada, Al,\n\nthe garage sale starts early.\n\nPat
exim-njabl-refused	pat@pi.test	nat@beta.test,nell@beta.test	192.0.2.35	Nat, Nell,\n\nthe library card renewals are due.\n\nPat
exim-other-list-refused	pat@pi.test	otto@beta.test,olga@beta.test	192.0.2.35	Otto, Olga,\n\nthe fence painting needs two more hands.\n\nPat
SEND
# ten returns at once (every refusal is permanent and comes at RCPT TO)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
