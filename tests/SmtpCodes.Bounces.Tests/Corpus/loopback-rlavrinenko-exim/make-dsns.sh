#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rlavrinenko-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of a published Exim configuration: rlavrinenko's mail server "in a bundle of exim, dovecot, postfixadmin,
# dkim" (its README's one line, in Russian; the configuration names its DKIM header LAVRINENKO-DKIM; an install.sh,
# an Exim configuration whose local domains, aliases and passwords are PostfixAdmin's MySQL tables, Dovecot's deliver
# for delivery, SpamAssassin headers, DKIM signing; placeholder names mailhostname, maildomen), read with the search
# tool in the repository rlavrinenko/mail (exim/exim.conf at commit 18c0ae65f91d and at commit 0e823f045179, two of
# its three stored versions; README.md at 3f079e886562; no licence file read); only the reply texts are
# quoted. Its RCPT ACL (acl_check_rcpt, acl_smtp_rcpt) writes these refusals in its author's own words, each an Exim
# "message =" text on a deny verb that carries no code, so Exim sends its own 550 before each; the author wrote most
# of them in double quotes, and Exim keeps an ACL modifier's quotes (it does not dequote them as it does a main
# option's value: checked with Exim 4.96's -bh on a deny with a quoted message, which answered 550 "...", quotes and
# all), so they go on the wire quoted:
#   "incorrect symbol in address" (a recipient outside the local domains whose local part starts with . / | or holds
#   @ % ! or /../);
#   "Your IP in HELO - access denied!" (a client other than the relay hosts that gave its own address as its HELO
#   name);
#   "My IP in your HELO! Access denied!" (a client other than localhost that gave the server's address as its HELO
#   name);
#   "All email from *.orange.fr - discarded!" (a HELO name under orange.fr; at commit 0e823f045179 only, under the
#   comment, in Russian, "we refuse mail from certain domains: hard spam comes from them"; not in the version at
#   18c0ae65f91d);
#   "you in blacklist - $dnslist_domain --> $dnslist_text; $dnslist_value" (dnslists = cbl.abuseat.org :
#   sbl-xbl.spamhaus.org : dnsbl.sorbs.net, for clients other than the relay hosts);
#   "Access deny - this not open relay!" (the last statement: a recipient outside the local domains from a client
#   that is neither a relay host nor authenticated; its log_message "REJECT: We aren't an open relay").
# Exim expands the variables before it sends the text: $dnslist_domain, $dnslist_text and $dnslist_value as the list
# that matched, its TXT record and its A record (this run's choice: the first list, CBL, with its TXT naming the
# client's address, and 127.0.0.2).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# rlavrinenko's; the codes and the quotes' survival Exim's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   '550 "incorrect symbol in address"'   to RCPT TO, for bea@ and bob@ beta.test
#   '550 "Your IP in HELO - access denied!"'   to RCPT TO, for ian@ and ivy@ beta.test
#   '550 "My IP in your HELO! Access denied!"'   to RCPT TO, for mya@ and max@ beta.test
#   '550 "All email from *.orange.fr - discarded!"'   to RCPT TO, for ora@ and oli@ beta.test
#   '550 "you in blacklist - cbl.abuseat.org --> Blocked - see https://www.abuseat.org/lookup.cgi?ip=<client>;
#   127.0.0.2"'   to RCPT TO, the client's address for <client>, for hal@ and hew@ beta.test
#   '550 "Access deny - this not open relay!"'   to RCPT TO, for rel@ and ray@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used; its smtp_banner is "$primary_hostname,
# ESMTP EXIM"); the MAIL ACL's "Nice boys say HELO first" and the RCPT ACL's "HELO/EHLO required by SMTP RFC" (MAIL
# or RCPT without HELO, which no relaying MTA sends); "Message was delivered by ratware - own" (its condition tests
# match_domain on the literal word sender_helo_name, not the variable, so it never fires); the SPF deny "[SPF]
# $sender_host_address is not allowed to send mail from $sender_address_domain." (Debian's exim4 SPF recipe's words,
# shortened); the sender blacklist's refusal at 18c0ae65f91d (Russian, not ASCII: "your address ... is in the black
# list"); the MIME ACL's "Blacklisted file extension detected" (a stock recipe's words, in the corpus already);
# acl_not_smtp's "Sender rate overlimit - ..." (local submissions, not SMTP); the failed recipient verification
# (Exim's stock words). The replies are chosen by recipient, not by anything the senders did (their HELO names are
# their own host names): each message has one recipient and is a few lines of plain text. All replies are permanent.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rlavrinenko-exim}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rlavrinenko's Exim configuration's replies.
SYMBOL='550 "incorrect symbol in address"'
YOURIP='550 "Your IP in HELO - access denied!"'
MYIP='550 "My IP in your HELO! Access denied!"'
ORANGE='550 "All email from *.orange.fr - discarded!"'
LISTED='550 "you in blacklist - cbl.abuseat.org --> Blocked - see https://www.abuseat.org/lookup.cgi?ip={client}; 127.0.0.2"'
RELAY='550 "Access deny - this not open relay!"'
printf '%s\t%s\t%s\n' \
    bea@beta.test rcpt "$SYMBOL" \
    bob@beta.test rcpt "$SYMBOL" \
    ian@beta.test rcpt "$YOURIP" \
    ivy@beta.test rcpt "$YOURIP" \
    mya@beta.test rcpt "$MYIP" \
    max@beta.test rcpt "$MYIP" \
    ora@beta.test rcpt "$ORANGE" \
    oli@beta.test rcpt "$ORANGE" \
    hal@beta.test rcpt "$LISTED" \
    hew@beta.test rcpt "$LISTED" \
    rel@beta.test rcpt "$RELAY" \
    ray@beta.test rcpt "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
incorrect-symbol-in-address	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe allotment shed key is under the pot.\n\nCarol
your-ip-in-helo	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe kite festival moved to Sunday.\n\nCarol
my-ip-in-your-helo	carol@alpha.test	mya@beta.test	192.0.2.25	Mya,\n\nthe lantern parade needs two more marshals.\n\nCarol
all-email-from-orange-fr-discarded	carol@alpha.test	ora@beta.test	192.0.2.25	Ora,\n\nthe pear tree is finally in blossom.\n\nCarol
you-in-blacklist	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe chess club meets in the library now.\n\nCarol
this-not-open-relay	carol@alpha.test	rel@beta.test	192.0.2.25	Rel,\n\nthe hedge trimmer is back from repair.\n\nCarol
exim-incorrect-symbol-in-address	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe cider press is booked for October.\n\nPat
exim-your-ip-in-helo	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe rowing club dinner is on the fifth.\n\nPat
exim-my-ip-in-your-helo	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe bird feeder needs more seed.\n\nPat
exim-all-email-from-orange-fr-discarded	pat@pi.test	oli@beta.test	192.0.2.35	Oli,\n\nthe quilting circle found a new hall.\n\nPat
exim-you-in-blacklist	pat@pi.test	hew@beta.test	192.0.2.35	Hew,\n\nthe pond pump is humming again.\n\nPat
exim-this-not-open-relay	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe bunting is folded in the loft.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
