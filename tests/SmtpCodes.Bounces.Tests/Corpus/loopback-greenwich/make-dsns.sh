#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-greenwich: a receiving SMTP server (../loopback-replay.py) answers with the refusals
# that the Royal Borough of Greenwich's page "Blocked emails" lists (Greenwich Council, a London borough:
# http://www.greenwich.gov.uk/Greenwich/utility_pages/BlockedEmails.htm, "Has an email that you sent to us been
# blocked? ... You can tell more by looking at the "email blocked" message you have received", each refusal followed by
# what it means; read with the search tool; no date shown), byte for byte but for its placeholders; a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Greenwich Council's (its
# mail gateway's "Rule imposed" texts); the DSNs are made. The page states no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every refusal of the page (six entries, five texts: its first text stands twice, once for a blacklisted sender address
# and once for a message too large), its {Recipient} the recipient's address, {Sender} the sender's and {SenderIP} the
# client's (its two spaces before "is blacklisted on SpamCop" as the page writes them), at stages of the run's (the page
# names none): the size refusal and the pattern refusal after the message, the others at RCPT TO:
#   "550 Rule imposed mailbox access for <recipient> refused"   "Your email address may be in the Council's Global
#                          Blacklist"                            at RCPT TO, for gil@beta.test (from the Postfix) and
#                                                                gus@beta.test (from the Exim)
#   the same text          "The email you are attempting to send is larger than the Council will normally allow"
#                                                                after the message, for zia@beta.test (from the
#                                                                Postfix) and zed@beta.test (from the Exim); at most
#                                                                four recipients to the text in all
#   "550 Rule imposed mailbox access for <recipient> refused: user invalid"   "Your email is addressed to a non-existent
#                          email address"                        for uma@, uli@beta.test
#   "550 Rule imposed as <sender> [IP Address = <IP>]  is blacklisted on SpamCop"   "Your IP address has been listed in
#                          the SpamCop anti-spam database"       for coe@, cid@beta.test
#   "550 Rule imposed as <sender> [IP Address = <IP>] is blacklisted on SpamHaus"   "Your IP address has been listed
#                          within the SpamHaus anti-spam database"                     for hal@, hob@beta.test
#   "550 Message rejected because it matches a pattern associated with SPAM"   "The email you have sent appears to match
#                          a pattern associated with SPAM emails"   after the message, for pam@, pip@beta.test
# The replies are chosen by recipient address, not by anything the senders did: the messages are small plain text, the
# senders' addresses are on no list, no list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-greenwich}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's refusals, its placeholders the run's.
REFUSED='550 Rule imposed mailbox access for {rcpt} refused'
{
    for r in gil gus; do printf '%s@beta.test\trcpt\t%s\n' $r "$REFUSED"; done
    for r in zia zed; do printf '%s@beta.test\teom\t%s\n' $r "$REFUSED"; done
    for r in uma uli; do printf '%s@beta.test\trcpt\t%s\n' $r '550 Rule imposed mailbox access for {rcpt} refused: user invalid'; done
    for r in coe cid; do printf '%s@beta.test\trcpt\t%s\n' $r '550 Rule imposed as {sender} [IP Address = {client}]  is blacklisted on SpamCop'; done
    for r in hal hob; do printf '%s@beta.test\trcpt\t%s\n' $r '550 Rule imposed as {sender} [IP Address = {client}] is blacklisted on SpamHaus'; done
    for r in pam pip; do printf '%s@beta.test\teom\t%s\n' $r '550 Message rejected because it matches a pattern associated with SPAM'; done
} > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
global-blacklist	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe planning objection was submitted.\n\nCarol
larger-than-allowed	carol@alpha.test	zia@beta.test	192.0.2.25	Zia,\n\nthe site plans follow.\n\nCarol
user-invalid	carol@alpha.test	uma@beta.test,uli@beta.test	192.0.2.25	Uma, Uli,\n\nthe council tax query is attached below.\n\nCarol
spamcop	carol@alpha.test	coe@beta.test,cid@beta.test	192.0.2.25	Coe, Cid,\n\nthe bin collection changed to Tuesday.\n\nCarol
spamhaus	carol@alpha.test	hal@beta.test,hob@beta.test	192.0.2.25	Hal, Hob,\n\nthe parking permit renewal is due.\n\nCarol
spam-pattern	carol@alpha.test	pam@beta.test,pip@beta.test	192.0.2.25	Pam, Pip,\n\nthe library hours change in January.\n\nCarol
exim-global-blacklist	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe licensing hearing is on Monday.\n\nPat
exim-larger-than-allowed	pat@pi.test	zed@beta.test	192.0.2.35	Zed,\n\nthe survey photos follow.\n\nPat
exim-user-invalid	pat@pi.test	uma@beta.test,uli@beta.test	192.0.2.35	Uma, Uli,\n\nthe housing repair was booked.\n\nPat
exim-spamcop	pat@pi.test	coe@beta.test,cid@beta.test	192.0.2.35	Coe, Cid,\n\nthe market stall licence is approved.\n\nPat
exim-spamhaus	pat@pi.test	hal@beta.test,hob@beta.test	192.0.2.35	Hal, Hob,\n\nthe school admissions form is in.\n\nPat
exim-spam-pattern	pat@pi.test	pam@beta.test,pip@beta.test	192.0.2.35	Pam, Pip,\n\nthe park event permit was granted.\n\nPat
SEND
# twelve returns at once, one per scenario
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
