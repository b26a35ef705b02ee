#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fidogate-sendmail-check: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the anti-spam "check" HACKs for Sendmail 8.8 that Claus Assmann wrote in 1996-1997 (m4 files that add
# the rulesets check_mail, check_rcpt and check_relay to a sendmail.cf; "In short: you can do whatever you want with
# this, but don't blame me!" with a BSD-style disclaimer; his page <URL: http://www.informatik.uni-kiel.de/%7Eca/email/
# check.html >), as FIDOGATE, Martin Junius's FidoNet-Internet gateway (GPL), publishes them in its sendmail/ folder
# beside the Sendmail configurations of his Fido.DE gateways morannon and orodruin, which use them. Read with the search
# tool in the repository oldprogs/fidogate (only the reply texts are quoted): sendmail/hack/check_mail.m4 (1.1,
# 1997-03-09), check_mail2.m4 (2.2, 1997-09-25), check_mail3.m4 (3.3), check_rcpt.m4 (1.0), check_rcpt4.m4 (2.4),
# check_rcpt5.m4 (1.1), check_relay.m4, check_relay3.m4, spammers.m4, use_ip.m4, use_relayto.m4 and README.check (all
# at commit 570cf8c88391), and sendmail/cf/morannon-check.mc (4.5, commit 02e93c9c1635: HACK(check_mail3) with
# _CHECK_FROM_, _IP_LOOKUP_ and _DNSVALID_, HACK(use_ip), HACK(use_relayto), HACK(check_rcpt4)) and orodruin-check.mc.
# Each rule ends the ruleset with "$#error $@ <DSN status> $: <code> <text>", which Sendmail answers to the command:
#   check_mail.m4 (the answer to MAIL FROM): "551 We don't accept junk mail." (5.7.1; the sender is in the class
#   {Spammer}, HACK(spammers), a file of well-known spammers' addresses), "551 This domain is banned." (5.7.1; the
#   sender's domain is in {SpamDomains}) and "551 invalid host name $2" (5.1.8; a domain without a dot);
#   check_mail2.m4 and check_mail3.m4 (MAIL FROM): "551 This domain is banned, contact your local admin." (5.7.1; the
#   domain is JUNK in the junk map) and "551 You are banned, contact your local admin." (5.7.1; the address is
#   SPAMMER there; check_mail2 only: check_mail3 answers with the map's own text), "551 invalid host name $2, check your
#   configuration." (5.1.8), "451 unresolvable host name $2$3, check your setup." (4.1.8, with _DNSVALID_: the sender's
#   domain did not canonify in DNS) and check_mail3's "551 illegal MAIL FROM $1," (5.1.8, with _CHECK_FROM_);
#   check_rcpt.m4 (RCPT TO): "551 we do not support relaying" (5.7.1); check_rcpt4.m4 and check_rcpt5.m4 (RCPT TO):
#   "551 we do not relay" (5.7.1; a recipient domain not local and, for check_rcpt5, a sender not in the allow map).
# The wire form is Sendmail's, seen by running Debian bookworm's Sendmail 8.17.1.9 (sendmail-bin and sendmail-cf
# 8.17.1.9-2+deb12u2, fetched with apt-get download and unpacked, never installed) with these HACKs (their rulesets
# named Local_check_mail/Local_check_rcpt, as 8.17's proto.m4 calls them) in `sendmail -bs`: the code, the $@ status
# as enhanced code, then the text with its quotes removed and no address before it, e.g. "551 5.7.1 we do not relay";
# where the text is not quoted in the rule, Sendmail joins its tokens again and the space after a comma is lost
# ("551 5.1.8 invalid host name nodot,check your configuration.", "451 4.1.8 unresolvable host name
# unresolvable.test,check your setup.").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Claus Assmann's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "551 5.7.1 We don't accept junk mail."   to MAIL FROM, from the senders' second addresses (out2, the route to
#                              gamma.test), for gus@ and gil@ gamma.test (the senders listed in {Spammer})
#   "551 5.7.1 This domain is banned."   to MAIL FROM, from the senders' third addresses (out3, the route to
#                              delta.test), for dan@ and dee@ delta.test (the senders' domains in {SpamDomains})
#   "551 5.7.1 This domain is banned, contact your local admin."   to MAIL FROM, from the senders' fourth addresses
#                              (out4, the route to epsilon.test), for eve@ and eli@ epsilon.test (JUNK in the map)
#   "551 5.7.1 You are banned, contact your local admin."   to MAIL FROM, from the senders' fifth addresses (out5, the
#                              route to zeta.test), for zoe@ and zed@ zeta.test (SPAMMER in the map)
#   "451 4.1.8 unresolvable host name alpha.test,check your setup." and "451 4.1.8 unresolvable host name
#                              pi.test,check your setup."   to MAIL FROM, to every attempt, from the senders' sixth
#                              addresses (out6, the route to eta.test), for ida@ and ivy@ eta.test (the domain is the
#                              sender's, carol@alpha.test's or pat@pi.test's, which the receiver's DNS did not resolve)
#   "551 5.7.1 we do not relay"   to RCPT TO, for bob@ and bea@ beta.test (check_rcpt4)
#   "551 5.7.1 we do not support relaying"   to RCPT TO, for hal@ and hub@ beta.test (check_rcpt, the old version)
# Not served: Sendmail's greeting, EHLO answer and stock replies (the replaying server's are used); "551 invalid host
# name ..." (5.1.8) and check_mail3's "551 illegal MAIL FROM ...," (5.1.8), which answer a sender address whose domain
# has no dot or that lacks its angle brackets or ends in a dot, which these senders (carol@alpha.test, pat@pi.test)
# never send; check_mail3's and check_relay3's junk-map refusals and check_relay.m4's "no access from your IP" and
# "no access from this host", answered to a connecting client (Sendmail 8.8.6 and later turn a check_relay refusal
# into a refusal of every later command, whose wire form was not seen here), whose texts are the operator's (the map's
# right-hand side) or not seen on the wire. The MAIL FROM replies are chosen by the client's address and the RCPT TO
# replies by the recipient's, not by anything the senders did: each message has one recipient and is a few lines of
# plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with four more outgoing addresses for each sender, as loopback-mcgrath-smtp-relay's and one more):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test, out5 192.0.2.21 for zeta.test, out6 192.0.2.20 for
#               eta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, out4 192.0.2.32, out5
#               192.0.2.31, out6 192.0.2.30, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test, delta.test, epsilon.test, zeta.test and eta.test), the
#               replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fidogate-sendmail-check}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the check HACKs' replies as Sendmail writes them.
JUNK="551 5.7.1 We don't accept junk mail."
BANNED='551 5.7.1 This domain is banned.'
DOMBANNED='551 5.7.1 This domain is banned, contact your local admin.'
YOUBANNED='551 5.7.1 You are banned, contact your local admin.'
NORELAY='551 5.7.1 we do not relay'
NOSUPPORT='551 5.7.1 we do not support relaying'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$JUNK" \
    client:192.0.2.34 mail "$JUNK" \
    client:192.0.2.23 mail "$BANNED" \
    client:192.0.2.33 mail "$BANNED" \
    client:192.0.2.22 mail "$DOMBANNED" \
    client:192.0.2.32 mail "$DOMBANNED" \
    client:192.0.2.21 mail "$YOUBANNED" \
    client:192.0.2.31 mail "$YOUBANNED" \
    client:192.0.2.20 mail '451 4.1.8 unresolvable host name alpha.test,check your setup.' \
    client:192.0.2.30 mail '451 4.1.8 unresolvable host name pi.test,check your setup.' \
    bob@beta.test rcpt "$NORELAY" \
    bea@beta.test rcpt "$NORELAY" \
    hal@beta.test rcpt "$NOSUPPORT" \
    hub@beta.test rcpt "$NOSUPPORT" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with four more outgoing addresses for each sender.
lb_net 20 21 22 23 24 25 26 30 31 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out5.alpha.test. 300 IN A 192.0.2.21
21.2.0.192.in-addr.arpa. 300 IN PTR out5.alpha.test.
out6.alpha.test. 300 IN A 192.0.2.20
20.2.0.192.in-addr.arpa. 300 IN PTR out6.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
out5.pi.test. 300 IN A 192.0.2.31
31.2.0.192.in-addr.arpa. 300 IN PTR out5.pi.test.
out6.pi.test. 300 IN A 192.0.2.30
30.2.0.192.in-addr.arpa. 300 IN PTR out6.pi.test.
delta.test. 300 IN MX 10 mx.beta.test.
epsilon.test. 300 IN MX 10 mx.beta.test.
zeta.test. 300 IN MX 10 mx.beta.test.
eta.test. 300 IN MX 10 mx.beta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3:, epsilon.test=out4:, zeta.test=out5:, eta.test=out6: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test
out5 unix - - n - - smtp -o smtp_bind_address=192.0.2.21 -o smtp_helo_name=out5.alpha.test
out6 unix - - n - - smtp -o smtp_bind_address=192.0.2.20 -o smtp_helo_name=out6.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{${if eq{$domain}{zeta.test}{192.0.2.31}{${if eq{$domain}{eta.test}{192.0.2.30}{192.0.2.35}}}}}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-junk-mail	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe modem on the gateway needs a reset.\n\nCarol
domain-is-banned	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe echo mail areas were pruned last night.\n\nCarol
domain-banned-contact-admin	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe nodelist came in with the weekly diff.\n\nCarol
you-are-banned	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nthe point system is back on line.\n\nCarol
unresolvable-host-name	carol@alpha.test	ida@eta.test	192.0.2.25	Ida,\n\nthe tosser ran twice this morning.\n\nCarol
we-do-not-relay	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe bulletin board meets in the library.\n\nCarol
no-relaying-support	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe old mailer cards are in the box.\n\nCarol
exim-no-junk-mail	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe night poll finished at three.\n\nPat
exim-domain-is-banned	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe packet files are archived.\n\nPat
exim-domain-banned-contact-admin	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe zone coordinator sent a note.\n\nPat
exim-you-are-banned	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe uplink moved to the new line.\n\nPat
exim-unresolvable-host-name	pat@pi.test	ivy@eta.test	192.0.2.35	Ivy,\n\nthe areafix answer came back.\n\nPat
exim-we-do-not-relay	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe sysop meeting is on Friday.\n\nPat
exim-no-relaying-support	pat@pi.test	hub@beta.test	192.0.2.35	Hub,\n\nthe file echo is caught up.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
