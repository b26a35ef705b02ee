#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-stupin-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Exim configuration Vladimir Stupin (stupinva) publishes in his wiki, in Russian, for his own mail
# system (mail.stupin.su) on NetBSD: the page on installing and configuring Exim on NetBSD (Exim from pkgsrc, a Dovecot
# LMTP server behind it, greylistd for greylisting). Read with the search tool in the repository stupinva/wiki:
# netbsd_exim/index.md at commit 7954439be7a6c48bdc6438b850e2d86b134e7f7e (no licence file read); only the reply texts
# are quoted. Its RCPT ACL (acl_check_rcpt) writes these refusals in its author's own words, as Exim "message =" texts
# on verbs that carry no code, so Exim sends its own code before each (550 for deny, 450 for defer) and no enhanced
# code:
#   "Your IP was blocked due spam. You may contact with postmaster anyway" (deny, hosts = +spammers_hosts: the
#   client is in the site's own list of networks that send nothing but spam, /usr/pkg/etc/exim/spammers_hosts);
#   "No reply mailbox" (deny, recipients = +noreply_addresses: the recipient is one of the site's send-only
#   mailboxes, /usr/pkg/etc/exim/noreply_addresses, such as its zabbix@, rss@ and redmine@ addresses);
#   "Relay not permitted" (the ACL's closing deny: a recipient in neither the local nor the relay domains);
#   "Greylisting in action, try later" (defer, from the page's greylisting section, placed before that closing deny:
#   a client listed in zen.spamhaus.org, not in greylistd's whitelists, whose triplet greylistd calls grey).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Vladimir Stupin's; the codes Exim's; the DSNs are made.
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
#   "550 Your IP was blocked due spam. You may contact with postmaster anyway"   to RCPT TO, for ivo@ and ida@ beta.test
#   "550 No reply mailbox"   to RCPT TO, for rss@ and redmine@ beta.test
#   "550 Relay not permitted"   to RCPT TO, for rex@ and ray@ beta.test
#   "450 Greylisting in action, try later"   to RCPT TO, to every attempt, for gia@ and gem@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); "Restricted characters in address" (twice,
# Exim's default configuration's words) and Exim's own reply to "require verify = sender"; the DATA ACL accepts
# everything. The replies are chosen by recipient, not by anything the senders did (no sender's address is in a
# spammers' list or zen.spamhaus.org here): each message has one recipient and is a few lines of plain text. The
# greylisting defer comes on every attempt to its own recipient, as for a client whose retries greylistd keeps
# calling grey; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-stupin-exim}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Vladimir Stupin's Exim configuration's replies.
BLOCKED='550 Your IP was blocked due spam. You may contact with postmaster anyway'
NOREPLY='550 No reply mailbox'
RELAY='550 Relay not permitted'
GREY='450 Greylisting in action, try later'
printf '%s\t%s\t%s\n' \
    ivo@beta.test rcpt "$BLOCKED" \
    ida@beta.test rcpt "$BLOCKED" \
    rss@beta.test rcpt "$NOREPLY" \
    redmine@beta.test rcpt "$NOREPLY" \
    rex@beta.test rcpt "$RELAY" \
    ray@beta.test rcpt "$RELAY" \
    gia@beta.test rcpt "$GREY" \
    gem@beta.test rcpt "$GREY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-blocked-due-spam	carol@alpha.test	ivo@beta.test	192.0.2.25	Ivo,\n\nthe allotment shed has a new padlock.\n\nCarol
no-reply-mailbox	carol@alpha.test	rss@beta.test	192.0.2.25	Hello,\n\nplease add our parish newsletter to your feed list.\n\nCarol
relay-not-permitted	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe kayaks are back on the rack.\n\nCarol
greylisting-in-action	carol@alpha.test	gia@beta.test	192.0.2.25	Gia,\n\nthe apple press is free on Sunday.\n\nCarol
exim-ip-blocked-due-spam	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-no-reply-mailbox	pat@pi.test	redmine@beta.test	192.0.2.35	Hello,\n\nthe ticket about the broken lamp can be closed.\n\nPat
exim-relay-not-permitted	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe bird feeder needs filling.\n\nPat
exim-greylisting-in-action	pat@pi.test	gem@beta.test	192.0.2.35	Gem,\n\nthe chess set is in the library.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary cases (one to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
