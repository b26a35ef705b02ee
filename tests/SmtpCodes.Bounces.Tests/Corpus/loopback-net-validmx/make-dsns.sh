#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-net-validmx: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of Net::validMX, Kevin A. McGrail's (now The McGrail Foundation's) Perl module that tests whether a sender's
# domain has usable MX records, as its own documentation wires it into MIMEDefang's filter_sender (the milter's check
# of MAIL FROM: "We are using this routine with MIMEDefang and have been since late 2005 via the filter_sender hooks").
# Read with the search tool in the repository The-McGrail-Foundation/Net-validMX (Perl Artistic License v1.0, as the
# module's COPYRIGHT & LICENSE section says; only the reply texts are quoted): lib/Net/validMX.pm at commit
# 0f902289fad47018ddb4523ac522b008065d5155 (v2.5.x), its POD section MIMEDEFANG, whose filter_sender answers
#   return ('REJECT', "Sorry; $sender has an invalid MX record: $reason.");
# for a sender (not <>, not an authorized one) for which check_valid_mx returns false, $reason being the module's own
# words: check_valid_mx's "Use of IP Address <domain> instead of a hostname is not allowed", "Invalid use of Localhost
# as an MX record" (an MX whose exchange is localhost), "Domain is publishing a blank MX record at Priority 0" (the
# null MX), "Invalid use of CNAME for MX record" (an exchange that is a CNAME to another CNAME), "MX Record: <exchange>
# does not resolve", "Domain is publishing only invalid and/or blank MX records"; check_implicit_mx's "No MX or A
# Records Exist for <domain>" and "Invalid use of CNAME for Implicit MX record"; and invalid_mx's tests of the address
# an exchange resolves to, "Invalid use of 0/8, 255/8 or 127/8 (<ip>) as an MX record", "Invalid use of private IP
# (e.g. <ip>) range for MX" (with " - All MX Records Failed" added when it is the last MX), "Invalid use of a DHCP
# auto-discover IP range (<ip>) as an MX record", "... a Multicast IP range ...", "... an experimental IP ...", "... a
# reserved IP ...". A DNS resolution problem is not a refusal: the module then returns true ("Test Passed due to a
# Resolution Problem"), so nothing temporary is served.
# MIMEDefang's wire form: filter_sender's list goes back through mimedefang.pl's send_filter_answer, which gives a
# REJECT without its own code the SMTP code 554 and the enhanced code 5.7.1 (Debian bookworm's mimedefang 3.3-1,
# usr/bin/mimedefang.pl, read after apt-get download and dpkg-deb -x, never installed), and the milter answers MAIL FROM
# with it; $sender is the envelope address as the MTA hands it to the milter, in angle brackets. So each reply is
# "554 5.7.1 Sorry; <carol@alpha.test> has an invalid MX record: <reason>.", answered to MAIL FROM.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Kevin McGrail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all to MAIL FROM; {sender} is the sending MTA's MAIL FROM
# address, carol@alpha.test or pat@pi.test, which the replaying server puts in):
#   "554 5.7.1 Sorry; <{sender}> has an invalid MX record: Invalid use of Localhost as an MX record."   from the
#                              senders' second addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "554 5.7.1 Sorry; <{sender}> has an invalid MX record: Domain is publishing a blank MX record at Priority 0."
#                              from the senders' third addresses (out3, the route to delta.test), for dan@ and dee@
#                              delta.test
#   "554 5.7.1 Sorry; <{sender}> has an invalid MX record: Invalid use of CNAME for MX record."   from the senders'
#                              fourth addresses (out4, the route to epsilon.test), for eve@ and eli@ epsilon.test
#   "554 5.7.1 Sorry; <{sender}> has an invalid MX record: Invalid use of private IP (e.g. 10.0.0.25) range for MX -
#                              All MX Records Failed."   (one line) from the senders' fifth addresses (out5, the route
#                              to zeta.test), for zoe@ and zed@ zeta.test
#   "554 5.7.1 Sorry; <carol@alpha.test> has an invalid MX record: No MX or A Records Exist for alpha.test." and the
#                              same for <pat@pi.test> and pi.test   from the senders' sixth addresses (out6, the route
#                              to eta.test), for ida@ and ivy@ eta.test
# Not served: the other reasons (the IP-literal domain, the unresolvable exchange, the multicast, experimental,
# reserved and DHCP ranges, the 127/8 one, the implicit-MX CNAME), which differ from the served ones in the DNS fault
# they name, not in kind; MIMEDefang's other hooks (filter_relay, filter_helo, filter_recipient, filter_bounce), whose
# texts are the operator's, not the module's. The refusals are chosen by the client's address, as each sender's
# routes differ only there; what the sender's DNS really holds plays no part (the receiving side's view of it is what
# the reason states). Each message has one recipient and is a few lines of plain text. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with four more outgoing addresses for each sender, as loopback-fidogate-sendmail-check's):
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
W=${LOOPBACK_WORK:-/tmp/loopback-net-validmx}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the filter_sender refusals as MIMEDefang answers MAIL FROM.
SORRY='554 5.7.1 Sorry; <{sender}> has an invalid MX record:'
LOCALHOST="$SORRY Invalid use of Localhost as an MX record."
BLANK="$SORRY Domain is publishing a blank MX record at Priority 0."
CNAME="$SORRY Invalid use of CNAME for MX record."
PRIVATE="$SORRY Invalid use of private IP (e.g. 10.0.0.25) range for MX - All MX Records Failed."
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$LOCALHOST" \
    client:192.0.2.34 mail "$LOCALHOST" \
    client:192.0.2.23 mail "$BLANK" \
    client:192.0.2.33 mail "$BLANK" \
    client:192.0.2.22 mail "$CNAME" \
    client:192.0.2.32 mail "$CNAME" \
    client:192.0.2.21 mail "$PRIVATE" \
    client:192.0.2.31 mail "$PRIVATE" \
    client:192.0.2.20 mail "$SORRY No MX or A Records Exist for alpha.test." \
    client:192.0.2.30 mail "$SORRY No MX or A Records Exist for pi.test." \
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
localhost-mx	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club dinner is on the ninth.\n\nCarol
blank-mx	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe allotment water butt is full again.\n\nCarol
cname-mx	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe library copy of the atlas is overdue.\n\nCarol
private-ip-mx	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nthe chess set is back in the cupboard.\n\nCarol
no-mx-or-a-records	carol@alpha.test	ida@eta.test	192.0.2.25	Ida,\n\nthe bike lights are charging by the door.\n\nCarol
exim-localhost-mx	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe fence paint arrived this morning.\n\nPat
exim-blank-mx	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe bread oven is warm by six.\n\nPat
exim-cname-mx	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe canoe trip moved to Sunday.\n\nPat
exim-private-ip-mx	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe apple press is clean and dry.\n\nPat
exim-no-mx-or-a-records	pat@pi.test	ivy@eta.test	192.0.2.35	Ivy,\n\nthe kite string is in the top drawer.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
