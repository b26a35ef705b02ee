#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kuvert: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the mail receiver of kuvert, Alexander Zangerl's personal tool in Perl that takes a user's outgoing mail, signs or
# encrypts it with GnuPG by the recipients' keys and hands it on to the real mail server (its home page, as its Debian
# metadata names it: http://www.snafu.priv.at/mystuff/kuvert/; "written and maintained by Alexander Zangerl", GPL-2;
# no GitHub repository is named by its metadata). The search tool's budget was spent, so the source read is the exact
# artefact this machine fetched: Debian bookworm's binary package kuvert 2.2.5 (apt-get download kuvert, dpkg-deb -x;
# the program is the Perl script usr/bin/kuvert, md5 f3a5aa776736078f54eb4a77111f30c4). Only the reply texts are
# quoted. kuvert runs a small SMTP server ("run a receive-only mailserver on localhost and spool to queue", sub
# accept_mail, lines 1477-1499) on Net::Server::Mail::ESMTP (Debian's libnet-server-mail-perl 0.28-2, read to see the
# wire form) and registers callbacks whose failures it writes in its own words, returned as (0, code, text):
#   sub req_auth (lines 1511-1521), the MAIL and RCPT callback: "530 5.7.0 Authentication Required" when the client
#   has not completed AUTH PLAIN with kuvert's ma-user/ma-pass, and "550 Invalid Address." when Mail::Address finds no
#   address in the argument (sub extract_addresses, lines 687-709);
#   sub start_mail (lines 1526-1554), the DATA-INIT callback (the answer to the DATA command): "554 No recipients
#   given.", "554 No sender given.", "450 can't create queuefile. please try again later." (open of the new file in
#   the queue folder failed) and "450 can't lock queuefile. please try again later." (flock failed);
#   sub finish_mail (lines 1568-1582), the DATA callback after the message: "450 could not close queuefile".
# Net::Server::Mail's sub reply (Mail.pm, line 568 on) writes each as "<code> <text>" (one line; the texts carry their
# enhanced code only where kuvert wrote one, in the 530).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# kuvert's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "530 5.7.0 Authentication Required"   to MAIL FROM, from the senders' second addresses (out2, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 Invalid Address."   to RCPT TO, for dan@ and dot@ beta.test
#   "450 can't create queuefile. please try again later."   to DATA, to every attempt, for nia@ and ned@ beta.test
#   "450 can't lock queuefile. please try again later."   to DATA, to every attempt, for lou@ and lea@ beta.test
#   "450 could not close queuefile"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: Net::Server::Mail's greeting and EHLO answer (the replaying server's are used), its stock replies
# (syntax, sequence, the AUTH exchange's own "535"), kuvert's "554 No recipients given." and "554 No sender given."
# (DATA after no accepted RCPT, which no relaying MTA sends; a null sender is already refused with "550 Invalid
# Address." at MAIL FROM, since Mail::Address finds no address in "<>"), and "250 Mail enqueued as <queue id>".
# The "550 Invalid Address." is served at RCPT TO, where kuvert also sends it; the replaying server takes no AUTH, so
# the 550 and the 450s stand for a client that had authenticated. Each message has one recipient and is a few lines
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kuvert}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): kuvert's mail receiver's replies.
NOAUTH='530 5.7.0 Authentication Required'
BADADDR='550 Invalid Address.'
CREATE="450 can't create queuefile. please try again later."
LOCK="450 can't lock queuefile. please try again later."
CLOSE='450 could not close queuefile'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$NOAUTH" \
    client:192.0.2.34 mail "$NOAUTH" \
    dan@beta.test rcpt "$BADADDR" \
    dot@beta.test rcpt "$BADADDR" \
    nia@beta.test data "$CREATE" \
    ned@beta.test data "$CREATE" \
    lou@beta.test data "$LOCK" \
    lea@beta.test data "$LOCK" \
    fay@beta.test eom "$CLOSE" \
    fox@beta.test eom "$CLOSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe kayak rack needs a new strap.\n\nCarol
invalid-address	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe quiz night moved to the upstairs room.\n\nCarol
cannot-create-queuefile	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe seed swap is on Saturday morning.\n\nCarol
cannot-lock-queuefile	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe choir folders are in the vestry.\n\nCarol
could-not-close-queuefile	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe beehive lid blew off last night.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe orchard ladder is back in the shed.\n\nPat
exim-invalid-address	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jam jars are washed and dry.\n\nPat
exim-cannot-create-queuefile	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe tide tables are pinned by the door.\n\nPat
exim-cannot-lock-queuefile	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe puppet show starts at four.\n\nPat
exim-could-not-close-queuefile	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe wood pile is stacked at last.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary cases (three to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
