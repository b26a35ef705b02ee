#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-iris-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Exim configuration of Iris, Arkadi Shishlov's (arkadijs's) self-hosted mail server kit: "a CGI
# script, Exim MTA and Dovecot configuration files, Vagrant and Ansible playbook ... to build an e-mail server with
# virtual domains support, authenticated SMTP relay, vacation, SMTP-time malware/spam/over-quota reject, and web based
# account and domain administration" (its README.md; Exim, Dovecot, MySQL, Perl, ClamAV, SpamAssassin, Roundcube;
# GPL-3.0, the README says). Read with the search tool in the repository arkadijs/iris: exim.conf at commit
# bdb33228145f12993f0dafc686e9de62a67e750f (and its earlier version 0b85de740d88, the same ACLs), README.md at commit
# 44ae15cbcb9d; only the reply texts are quoted. Its ACLs write these refusals as Exim "message =" texts on verbs that
# carry no code, so Exim sends its own code before each (550 for deny, 450 for defer) and no enhanced code:
#   acl_check_mail, the MAIL ACL (its only refusal): "$sender_host_address is not allowed to send mail from
#   $sender_address_domain" when the SPF check fails (spf = fail) for a client that is neither a relay host nor
#   authenticated;
#   acl_check_rcpt, the RCPT ACL: "the account is over quota", a defer, twice (MYSQL_OVERQUOTA, the account's own
#   accounts.overquota flag, and MYSQL_OVERQ_ALIAS, the flag of the account an alias points to), after the DNSBL deny
#   and before the local-domain accept; the flag is set by the kit's qwatch.pl, which watches Exim's log for maildir
#   over-quota deliveries ("Accounts are monitored for space usage and e-mail delivery is deferred in case of
#   over-quota condition", README.md);
#   acl_check_content, the DATA ACL (acl_smtp_data): "This message contains a virus or other harmful content
#   ($malware_name)." (malware = *, with av_scanner = clamd, for messages under 2 MB), "This message scored
#   $spam_score spam points. Congratulations!" (spam = nobody:true, a SpamAssassin score above 10.0), and the kit's own
#   MySQL greylisting of messages scoring 2.0 or more, two defers: "Greylisted - please try again a little later."
#   when the (client /24, sender domain) pair is new and its row was just added, "Greylisted - please try again
#   shortly." when the pair is listed and its 5 minutes have not yet passed.
# Exim expands the variables before it sends the text: $sender_host_address as the client's address and
# $sender_address_domain as the envelope sender's domain (here each sender's second address, out2, and its domain),
# $malware_name as the scanner's name for what it found (ClamAV's for the EICAR test file, Win.Test.EICAR_HDB-1),
# $spam_score as SpamAssassin's score with one decimal (12.4 here, a score above the configuration's 10.0).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Iris configuration's; the codes Exim's; the DSNs are made.
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
#   "550 192.0.2.24 is not allowed to send mail from alpha.test"   to MAIL FROM, from the Postfix's second address
#                              (out2, the route to gamma.test), for gus@gamma.test
#   "550 192.0.2.34 is not allowed to send mail from pi.test"   to MAIL FROM, from the Exim's second address, for
#                              gil@gamma.test
#   "450 the account is over quota"   to RCPT TO, to every attempt, for ora@ and oda@ beta.test
#   "550 This message contains a virus or other harmful content (Win.Test.EICAR_HDB-1)."   after the message, for
#                              vic@ and val@ beta.test
#   "550 This message scored 12.4 spam points. Congratulations!"   after the message, for sam@ and sue@ beta.test
#   "450 Greylisted - please try again a little later."   after the message, to every attempt, for gia@ and gem@
#                              beta.test
#   "450 Greylisted - please try again shortly."   after the message, to every attempt, for gus@ and gwen@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used; the configuration's smtp_banner is
# "HELO_DATA ESMTP $tod_full", no refusal); the texts that are Exim's default configuration's, not the kit's:
# "Restricted characters in address", "relay not permitted", the DNSBL deny "rejected because $sender_host_address is
# in a black list at $dnslist_domain\n$dnslist_text", Exim's own replies to "require verify = sender" and "require
# verify = header_sender"; "This message contains malformed MIME ($demime_reason)." (its reason is Exim's demime's
# words, and demime left Exim in 4.80); the MIME ACL's "Blacklisted file extension detected" and "Sorry, noone speaks
# chinese here", which the configuration does not switch on (acl_smtp_mime is commented out). The greylisting defers
# come on every attempt to their own recipient, as for a sender whose retries all fall inside the 5 minutes; the SPF
# refusal is chosen by the client's address (both senders' second addresses), not by any SPF record (the test domains
# publish none). Each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-iris-exim}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Iris Exim configuration's replies.
SPF_A='550 192.0.2.24 is not allowed to send mail from alpha.test'
SPF_PI='550 192.0.2.34 is not allowed to send mail from pi.test'
QUOTA='450 the account is over quota'
VIRUS='550 This message contains a virus or other harmful content (Win.Test.EICAR_HDB-1).'
SPAM='550 This message scored 12.4 spam points. Congratulations!'
GREYNEW='450 Greylisted - please try again a little later.'
GREYAGAIN='450 Greylisted - please try again shortly.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SPF_A" \
    client:192.0.2.34 mail "$SPF_PI" \
    ora@beta.test rcpt "$QUOTA" \
    oda@beta.test rcpt "$QUOTA" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    gia@beta.test eom "$GREYNEW" \
    gem@beta.test eom "$GREYNEW" \
    gus@beta.test eom "$GREYAGAIN" \
    gwen@beta.test eom "$GREYAGAIN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-not-allowed-to-send	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe club meets by the weir.\n\nCarol
account-over-quota	carol@alpha.test	ora@beta.test	192.0.2.25	Ora,\n\nthe plum jam is ready to collect.\n\nCarol
virus-or-harmful-content	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe bike shed roof is mended.\n\nCarol
scored-spam-points	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe barn dance is on Friday.\n\nCarol
greylisted-a-little-later	carol@alpha.test	gia@beta.test	192.0.2.25	Gia,\n\nthe lanterns are in the loft.\n\nCarol
greylisted-shortly	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe sheep are back in the top field.\n\nCarol
exim-spf-not-allowed-to-send	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe herb bed needs weeding.\n\nPat
exim-account-over-quota	pat@pi.test	oda@beta.test	192.0.2.35	Oda,\n\nthe raffle prizes are wrapped.\n\nPat
exim-virus-or-harmful-content	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe rain gauge is full again.\n\nPat
exim-scored-spam-points	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe choir sings at noon.\n\nPat
exim-greylisted-a-little-later	pat@pi.test	gem@beta.test	192.0.2.35	Gem,\n\nthe hedge trimmer is sharpened.\n\nPat
exim-greylisted-shortly	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe pond pump hums again.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the six
# temporary cases (three to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
