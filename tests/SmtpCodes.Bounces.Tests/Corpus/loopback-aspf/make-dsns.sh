#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-aspf: a receiving SMTP server (../loopback-replay.py) answers with the replies a
# Postfix writes from the answers of ASPF, the "Advanced SPAM Processing Filter" (Hlavaji Viktor / DaVieS, npulse.net;
# "Part of MVCP Mass Virtualhost Control Panel (BSD)", its README; a Postfix (and Exim) policy service in PHP that
# listens on TCP 10099, keeps domain and address white- and blacklists, a per-sender sending limit and its spam
# mitigation levels, and answers with REJECT actions of its own words) (repository DaVieS007/ASPF, read with the search
# tool: README.MD at commit 4d4a60d41883, the Postfix configuration (check_policy_service inet:127.0.0.1:10099 first
# in smtpd_recipient_restrictions); CLI-Worker/aspf.conf, the defaults (date_format Y-m-d H:i:s,
# spam_mitigation_level 5, drop_mail_instead_of_mark_spam false, its rbl_list, limit_mails_per_user 50,
# enable_limit_reject true); CLI-Worker/libs/validate.php at commit 91d4eb54b768, the checks of incoming mail and
# their texts; CLI-Worker/libs/limit.php at commit afe0d7f85da8, the blacklist and the sending limit of authenticated
# senders; CLI-Worker/libs/filter.inc.php at commit afe0d7f85da8 and a later stored version, which write
# "action=REJECT <text>" for a "reject" and, when drop_mail_instead_of_mark_spam is on, for a spam check that failed
# (otherwise the mail passes with an X-ASPF header); CLI-Worker/libs/utils.inc.php at commit 1c8c5875bd25, sdate()
# (the expiry in date_format) and rbl_check() (the first list of rbl_list that holds the client); only the reply texts
# are quoted).
# Postfix 3's smtpd_check writes a policy's "REJECT text" as "554 5.7.1 <recipient>: Recipient address rejected: text"
# (access_map_reject_code 554, the enhanced code 5.7.1; the policy is asked in the recipient restrictions, so the name
# is the recipient's, whatever was refused).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ASPF's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to RCPT TO (R is "554 5.7.1 <rcpt>: Recipient address rejected: ASPF: Your message"):
#   "R is rejected due sender domain is on blacklist until: 2027-01-15 00:00:00"
#        the sender's domain is on ASPF's domain blacklist until that time; for dora@ and dina@ beta.test
#   "R is rejected due sender address is on blacklist until: 2027-01-15 00:00:00"
#        the sender's address is on its address blacklist; for abe@ and ada@ beta.test
#   "R is rejected due no MX record found on your sender domain (<sender's domain>), try later."
#        level 1: the sender's domain has no MX record; for max@ and mia@ beta.test
#   "R is rejected due your hostname is not equal with your reverse domain or with HELO/EHLO name, try later."
#        level 2: the client's reverse name does not resolve back to it; for remy@ and rita@ beta.test
#   "R is rejected due no valid SMTP Server found on domain: (<sender's domain>), try later."
#        level 3: no MX host of the sender's domain takes a connection on port 25; for sam@ and sue@ beta.test
#   "R is rejected due sender host is on list zen.spamhaus.org" and "... on list bl.spamcop.net"
#        level 4: the client's address is listed on a DNS block list of rbl_list; for rob@ and ruby@ beta.test
#   "R is rejected due our system is only accept messages from real ppl."
#        level 5: the sender contains noreply, no-reply or hirlevel (Hungarian for newsletter); for nora@ and noel@
#        beta.test
#   "R rejected due to exceeded 50 / 5 Minutes limit, try again later."
#        an authenticated sender sent more than limit_mails_per_user (50) messages in 5 minutes and
#        enable_limit_reject is on; a permanent REJECT, whatever its words; for lina@ and leo@ beta.test
# Not served: "... due seems SPAM" (level 6, the "Smart OS Fingerprint", EXPERIMENTAL_DONT_USE in aspf.conf), the
# DUNNO and PREPEND actions (the mail passes, marked with an X-ASPF header when a check failed and
# drop_mail_instead_of_mark_spam is off, ASPF's default). The replies are chosen by recipient, not by anything the
# senders did: no list holds the senders, their domains or their addresses, no DNS block list was asked, neither
# sender authenticates or sent 50 messages, and both sender domains have MX records in the run's zone. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-aspf}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ASPF's REJECT actions as Postfix's smtpd_check writes them.
R='Recipient address rejected: ASPF: Your message'
printf '%s\t%s\t%s\n' \
    dora@beta.test rcpt "554 5.7.1 <dora@beta.test>: $R is rejected due sender domain is on blacklist until: 2027-01-15 00:00:00" \
    dina@beta.test rcpt "554 5.7.1 <dina@beta.test>: $R is rejected due sender domain is on blacklist until: 2027-01-15 00:00:00" \
    abe@beta.test rcpt "554 5.7.1 <abe@beta.test>: $R is rejected due sender address is on blacklist until: 2027-01-15 00:00:00" \
    ada@beta.test rcpt "554 5.7.1 <ada@beta.test>: $R is rejected due sender address is on blacklist until: 2027-01-15 00:00:00" \
    max@beta.test rcpt "554 5.7.1 <max@beta.test>: $R is rejected due no MX record found on your sender domain (alpha.test), try later." \
    mia@beta.test rcpt "554 5.7.1 <mia@beta.test>: $R is rejected due no MX record found on your sender domain (pi.test), try later." \
    remy@beta.test rcpt "554 5.7.1 <remy@beta.test>: $R is rejected due your hostname is not equal with your reverse domain or with HELO/EHLO name, try later." \
    rita@beta.test rcpt "554 5.7.1 <rita@beta.test>: $R is rejected due your hostname is not equal with your reverse domain or with HELO/EHLO name, try later." \
    sam@beta.test rcpt "554 5.7.1 <sam@beta.test>: $R is rejected due no valid SMTP Server found on domain: (alpha.test), try later." \
    sue@beta.test rcpt "554 5.7.1 <sue@beta.test>: $R is rejected due no valid SMTP Server found on domain: (pi.test), try later." \
    rob@beta.test rcpt "554 5.7.1 <rob@beta.test>: $R is rejected due sender host is on list zen.spamhaus.org" \
    ruby@beta.test rcpt "554 5.7.1 <ruby@beta.test>: $R is rejected due sender host is on list bl.spamcop.net" \
    nora@beta.test rcpt "554 5.7.1 <nora@beta.test>: $R is rejected due our system is only accept messages from real ppl." \
    noel@beta.test rcpt "554 5.7.1 <noel@beta.test>: $R is rejected due our system is only accept messages from real ppl." \
    lina@beta.test rcpt "554 5.7.1 <lina@beta.test>: $R rejected due to exceeded 50 / 5 Minutes limit, try again later." \
    leo@beta.test rcpt "554 5.7.1 <leo@beta.test>: $R rejected due to exceeded 50 / 5 Minutes limit, try again later." \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-blacklist	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe village fete needs a tombola.\n\nCarol
address-blacklist	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe canal boat is back from the yard.\n\nCarol
no-mx-record	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe pantomime rehearsals start in October.\n\nCarol
reverse-mismatch	carol@alpha.test	remy@beta.test	192.0.2.25	Remy,\n\nthe beehives came through the frost.\n\nCarol
no-valid-smtp-server	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe church roof appeal reached its target.\n\nCarol
rbl-listed	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe swimming lake opens at seven.\n\nCarol
real-people-only	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe jam stall sold out by noon.\n\nCarol
sending-limit	carol@alpha.test	lina@beta.test	192.0.2.25	Lina,\n\nthe signpost on the moor was replaced.\n\nCarol
exim-domain-blacklist	pat@pi.test	dina@beta.test	192.0.2.35	Dina,\n\nthe ferry to the island is running again.\n\nPat
exim-address-blacklist	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe quilt show is in the town hall.\n\nPat
exim-no-mx-record	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe orchard walk starts at the gate.\n\nPat
exim-reverse-mismatch	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe cricket nets are up.\n\nPat
exim-no-valid-smtp-server	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe library has the new atlas.\n\nPat
exim-rbl-listed	pat@pi.test	ruby@beta.test	192.0.2.35	Ruby,\n\nthe harbour wall is being repaired.\n\nPat
exim-real-people-only	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe bonfire is on the fifth.\n\nPat
exim-sending-limit	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe bus shelter has a new bench.\n\nPat
SEND
# sixteen messages refused for good, returned at once (eight by the Postfix, eight by the Exim)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
