#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pasztor-exim-acl: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Exim ACL rules that Janos Pasztor (janoszen) publishes in his tutorial "Filtering spam with Exim
# only" (his blog at pasztor.at, 2013-01-07: "I like to employ basic checking policies before accepting e-mail at
# all"). The copy read is the Jekyll source of his site in the repository Moniter123/build-cdn (its _config.yml, commit
# 06c9bc218280: title "Janos Pasztor", url https://pasztor.at, github_username janoszen), the post
# _posts/2013-01-07-filtering-spam-with-exim-only.md (commit 06c9bc218280); no licence file read; read with the search
# tool; only the reply texts are quoted. The words are the author's own `message =` texts of `drop` and `deny`
# statements, not Exim's stock words:
#   in the RCPT ACL: a drop "Client Policy Restriction: No (consistent) reverse DNS set." (four statements: the client
#   has no host name, its name is an IP address or empty, or reverse_host_lookup does not verify), a drop "Client Policy
#   Restriction: Reverse DNS indicates end user IP." (the client's host name matches a pattern of dynamic pools in
#   /etc/exim4/dynamicranges) and a deny "HELO Policy Restriction: HELO is not an FQDN." (two statements: the HELO name
#   is not a bracketed address and has no dot, or has a double dot);
#   in the DATA ACL: denies "Content Policy Restriction: Base64 encoded text messages are not permitted." (a text/plain
#   or text/html message with Content-Transfer-Encoding base64), "Content Policy Restriction: Mails to undisclosed
#   recipients are not permitted." (To is undisclosed-recipients), "Content Policy Restriction: Messages without From
#   header are not permitted.", "Content Policy Restriction: Messages without To and CC headers are not permitted.",
#   "Content Policy Restriction: Multiple from addresses are not accepted here." (three @ in From) and "Content Policy
#   Restriction: Mails with BCC headers are not permitted.".
# Exim answers a deny or a drop in the RCPT or the DATA ACL with 550 and the message text, with no enhanced code (the
# texts carry none), so each reply is "550 " and the text: to RCPT TO for the RCPT ACL's, after the message's final dot
# for the DATA ACL's. A drop also closes the connection after its 550; the replaying server closes only after a 421, so
# that close is not replayed (the sending MTA has the 550 for its recipient either way).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Janos Pasztor's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the configuration sends it:
#   "550 Client Policy Restriction: No (consistent) reverse DNS set."   to RCPT TO, for ada@ and abe@ beta.test
#   "550 Client Policy Restriction: Reverse DNS indicates end user IP."   to RCPT TO, for dyn@ and dot@ beta.test
#   "550 HELO Policy Restriction: HELO is not an FQDN."   to RCPT TO, for hal@ and hew@ beta.test
#   "550 Content Policy Restriction: Base64 encoded text messages are not permitted."   after the message, for bob@ and
#                              bea@ beta.test
#   "550 Content Policy Restriction: Mails to undisclosed recipients are not permitted."   after the message, for uma@
#                              and uri@ beta.test
#   "550 Content Policy Restriction: Messages without From header are not permitted."   after the message, for fay@ and
#                              fox@ beta.test
#   "550 Content Policy Restriction: Messages without To and CC headers are not permitted."   after the message, for
#                              tim@ and tess@ beta.test
#   "550 Content Policy Restriction: Multiple from addresses are not accepted here."   after the message, for max@ and
#                              mia@ beta.test
#   "550 Content Policy Restriction: Mails with BCC headers are not permitted."   after the message, for bo@ and cal@
#                              beta.test
# Not served: the connection close after a drop (above), the /etc/exim4/dynamicranges patterns (a lookup list, no
# words), and every stock reply of Exim and of the configuration around the rules (which the post does not show). The
# replies are chosen by recipient, not by anything the senders did (the senders have host names and FQDN HELO names,
# and their messages carry From and To and no Bcc): each message has one recipient and is a few lines of plain text.
# Every reply is permanent: each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pasztor-exim-acl}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the tutorial's Exim ACL replies.
NORDNS='550 Client Policy Restriction: No (consistent) reverse DNS set.'
DYNAMIC='550 Client Policy Restriction: Reverse DNS indicates end user IP.'
HELO='550 HELO Policy Restriction: HELO is not an FQDN.'
BASE64='550 Content Policy Restriction: Base64 encoded text messages are not permitted.'
UNDISCLOSED='550 Content Policy Restriction: Mails to undisclosed recipients are not permitted.'
NOFROM='550 Content Policy Restriction: Messages without From header are not permitted.'
NOTOCC='550 Content Policy Restriction: Messages without To and CC headers are not permitted.'
MULTIFROM='550 Content Policy Restriction: Multiple from addresses are not accepted here.'
BCC='550 Content Policy Restriction: Mails with BCC headers are not permitted.'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$NORDNS" \
    abe@beta.test rcpt "$NORDNS" \
    dyn@beta.test rcpt "$DYNAMIC" \
    dot@beta.test rcpt "$DYNAMIC" \
    hal@beta.test rcpt "$HELO" \
    hew@beta.test rcpt "$HELO" \
    bob@beta.test eom "$BASE64" \
    bea@beta.test eom "$BASE64" \
    uma@beta.test eom "$UNDISCLOSED" \
    uri@beta.test eom "$UNDISCLOSED" \
    fay@beta.test eom "$NOFROM" \
    fox@beta.test eom "$NOFROM" \
    tim@beta.test eom "$NOTOCC" \
    tess@beta.test eom "$NOTOCC" \
    max@beta.test eom "$MULTIFROM" \
    mia@beta.test eom "$MULTIFROM" \
    bo@beta.test eom "$BCC" \
    cal@beta.test eom "$BCC" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-consistent-reverse-dns	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe rowing boat is back on its trailer.\n\nCarol
reverse-dns-end-user-ip	carol@alpha.test	dyn@beta.test	192.0.2.25	Dyn,\n\nthe bread oven is warm by noon.\n\nCarol
helo-not-fqdn	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe library sale starts at ten.\n\nCarol
base64-text-message	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe orchard ladder is in the shed.\n\nCarol
undisclosed-recipients	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe seed swap is on Saturday.\n\nCarol
no-from-header	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe beehive lid is back on.\n\nCarol
no-to-and-cc-headers	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe chess club found a new room.\n\nCarol
multiple-from-addresses	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe bird feeder needs filling.\n\nCarol
bcc-header	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe picnic blankets are in the car.\n\nCarol
exim-no-consistent-reverse-dns	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe apple press is clean at last.\n\nPat
exim-reverse-dns-end-user-ip	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jam jars are washed and dry.\n\nPat
exim-helo-not-fqdn	pat@pi.test	hew@beta.test	192.0.2.35	Hew,\n\nthe fiddle needs new strings.\n\nPat
exim-base64-text-message	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe tulip bulbs are in the porch.\n\nPat
exim-undisclosed-recipients	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe lantern parade starts at dusk.\n\nPat
exim-no-from-header	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe wood pile is stacked at last.\n\nPat
exim-no-to-and-cc-headers	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe rain gauge read two inches.\n\nPat
exim-multiple-from-addresses	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe bunting is folded in the loft.\n\nPat
exim-bcc-header	pat@pi.test	cal@beta.test	192.0.2.35	Cal,\n\nthe ferry timetable changed in May.\n\nPat
SEND
# every reply is permanent: 18 messages returned at once (9 by the Postfix, 9 by the Exim)
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
