#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fastpanel-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Exim configuration of FASTPANEL 2 (the hosting control panel of FASTVPS), its
# /etc/exim4/exim4.conf.template as kisilam publishes it in the repository kisilam/fastpanel-sieve-filtering ("How to
# enable sieve filters in the Fastpanel": the panel's template with one change of his, a Dovecot LDA transport for the
# local users' router; no licence file or licence statement was read). Read with the search tool:
# exim4/exim4.conf.template at commit c8f758c98518d7cdb42d70722344e610505497ac (the same ACLs at d5662919649d, whose
# copy carries a pasted shell session after the file) and README.md at 1babcf798ba9; only the reply texts are quoted.
# Its ACLs write these refusals as Exim "message =" texts on verbs that carry no code, so Exim sends its own code
# before each (550 for a deny or a failed require) and no enhanced code:
#   "unauthenticated local mail prohibited" (acl_check_rcpt: a client that is neither in relay_from_hosts, 127.0.0.1,
#   nor authenticated gives an envelope sender of one of the panel's own domains);
#   "can't verify sender" (acl_check_rcpt, require verify = sender: the sender's address does not route; Exim puts
#   its own two lines, "Verification failed for <sender>" and the router's "Unrouteable address", before it);
#   "can't verify recipient" (acl_check_rcpt, require verify = recipient: no router takes the address, i.e. the
#   routers' ":fail: Unknown user" for an address not in the panel's passwd file, or ":fail: User disabled" for a
#   disabled one; the ACL's message replaces the router's text);
#   "spam message detected by Spamassassin with Spam_score: $spam_score" (acl_check_data, with SA_ENABLE set as the
#   template sets it: spamd scored the message over its threshold and the recipient's passwd entry asks for spam to
#   be refused; $spam_score is SpamAssassin's score with one decimal).
# Each reply's exact form (the code, the three lines of the sender verification refusal) is what Exim 4.96 itself sent
# in a host-checking session (exim -bh) with these ACL statements, before this run.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# panel's template's; the codes Exim's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it ({sender} is the MAIL FROM address, as Exim expands it in
# its verification line):
#   "550 unauthenticated local mail prohibited"   to RCPT TO, for uma@ and udo@ beta.test
#   "550-Verification failed for <{sender}>", "550-Unrouteable address", "550 can't verify sender"   to RCPT TO, for
#       sven@ and sid@ beta.test
#   "550 can't verify recipient"   to RCPT TO, for rita@ and ron@ beta.test
#   "550 spam message detected by Spamassassin with Spam_score: 7.4"   after the message, for sam@ and sue@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); "restricted characters in address" and
# "relay not permitted" (Debian's and Exim's default configuration's words, which the template keeps); the routers'
# ":fail: Unknown user" and ":fail: User disabled" (the RCPT ACL's verification answers first, in its own words, and a
# relaying MTA never reaches them); the deferral when a sender's verification cannot complete (Exim's own "451
# Temporary local problem - please try later", not the template's words; an exim -bh session showed that the ACL's
# message is not used for it). The replies are chosen by recipient, not by anything the senders did (the senders'
# domains route, no sender claims a domain of the receiving server, no message is spam): each message has one recipient
# and is a few lines of plain text. Every reply is permanent, so each sender returns its message at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fastpanel-exim}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies of the panel's Exim configuration.
LOCAL='550 unauthenticated local mail prohibited'
SENDER='550-Verification failed for <{sender}>\n550-Unrouteable address\n550 can'"'"'t verify sender'
RECIPIENT='550 can'"'"'t verify recipient'
SPAM='550 spam message detected by Spamassassin with Spam_score: 7.4'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$LOCAL" \
    udo@beta.test rcpt "$LOCAL" \
    sven@beta.test rcpt "$SENDER" \
    sid@beta.test rcpt "$SENDER" \
    rita@beta.test rcpt "$RECIPIENT" \
    ron@beta.test rcpt "$RECIPIENT" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unauthenticated-local-mail	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe orchard ladders are back in the barn.\n\nCarol
cant-verify-sender	carol@alpha.test	sven@beta.test	192.0.2.25	Sven,\n\nthe kayak trip moved to the Sunday.\n\nCarol
cant-verify-recipient	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe bread oven is free on Wednesday.\n\nCarol
spam-score	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe quilt for the raffle is finished.\n\nCarol
exim-unauthenticated-local-mail	pat@pi.test	udo@beta.test	192.0.2.35	Udo,\n\nthe chess club meets in the annex now.\n\nPat
exim-cant-verify-sender	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bird survey starts at dawn.\n\nPat
exim-cant-verify-recipient	pat@pi.test	ron@beta.test	192.0.2.35	Ron,\n\nthe tide tables are on the noticeboard.\n\nPat
exim-spam-score	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe jumble sale needs two more tables.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
