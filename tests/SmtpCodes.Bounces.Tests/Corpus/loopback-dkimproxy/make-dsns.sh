#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dkimproxy: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of DKIMproxy, Jason Long's (Messiah College's) SMTP proxy in Perl that verifies (dkimproxy.in) or adds (dkimproxy.out)
# DKIM and DomainKeys signatures between an MTA and the next hop (it listens on one port, relays each command to the
# next hop and passes the next hop's replies back; at the end of the message it verifies or signs and may refuse; built
# on Bennett Todd's smtpprox, whose own texts are not served here), in the repository andrewaylett/dkimproxy (a copy
# of the project's Subversion trunk; GPL-2.0-or-later as the scripts' headers state; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below: dkimproxy/trunk/scripts/dkimproxy.in (commit
# 04529fe372c7: setup_client_socket, process_request and handle_end_of_data), dkimproxy/trunk/scripts/dkimproxy.out
# (commit 1d6882ae7c0d: the same connect reply and the same "<code> DKIM - <result detail>" refusal for a signing error)
# and dkimproxy/trunk/lib/MySmtpProxyServer.pm (commit d059852ef550: a refused message ends the session). The result
# details after "DKIM - " and "DomainKeys - " are the verifier's result_detail ("<result>" or "<result> (<details>)"),
# as the Mail::DKIM copy in the same repository writes them (lib/Mail/DKIM/Common.pm, Verifier.pm, PublicKey.pm and
# Policy.pm, commits d059852ef550 and 4d1e34db78f0; the later scripts load CPAN's Mail::DKIM 0.17 or later, whose
# detail wording may differ):
#   at the connection, instead of the greeting, "421 Internal error (Next hop is down)" (the proxy could not connect to
#   its relay host, the next hop; the proxy prints it with a bare LF, the replaying server ends it with CRLF);
#   after the message, with --reject-error, "450 DKIM - temperror (<error>)" when the verification died: a DNS query
#   for the signature's public key that took more than 10 seconds ("DNS query timeout for <selector>._domainkey.
#   <domain>", PublicKey.pm's fetch) or a public key record that fails its check ("public key: revoked" for an empty
#   p= tag, PublicKey.pm's check); the proxy answers 450 for any result but "permerror", which this verifier never sets;
#   after the message, with --reject-fail, "550 5.7.1 DKIM - <detail>" when the author's DKIM sender signing policy
#   (the _policy._domainkey record of the From domain) applied to the result says reject (Policy.pm's apply: "o=." the
#   domain sends no mail, even a passing signature; "o=-" every message signed, anything but pass), and "550 5.7.1
#   DomainKeys - <detail>" when the DomainKeys sender policy says reject.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DKIMproxy's; the DSNs are made.
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
#   "421 Internal error (Next hop is down)"   instead of the greeting, to every connection from the senders' second
#                              addresses (192.0.2.24, 192.0.2.34: their mail for gamma.test), every attempt, for gus@
#                              and gil@ gamma.test
#   "450 DKIM - temperror (DNS query timeout for mail._domainkey.alpha.test)"   after the message, every attempt, for
#                              nia@beta.test (from the Postfix)
#   "450 DKIM - temperror (DNS query timeout for mail._domainkey.pi.test)"   after the message, every attempt, for
#                              ned@beta.test (from the Exim)
#   "450 DKIM - temperror (public key: revoked)"   after the message, every attempt, for fay@ and fox@ beta.test
#   "550 5.7.1 DKIM - fail"   after the message, for dan@ and dot@ beta.test
#   "550 5.7.1 DKIM - invalid (public key not available)"   after the message, for lou@ and lea@ beta.test
#   "550 5.7.1 DKIM - pass"   after the message (the From domain's policy "o=.": it sends no mail), for sam@ and sid@
#                              beta.test
#   "550 5.7.1 DomainKeys - none"   after the message (unsigned, the DomainKeys policy says every message is signed),
#                              for hal@ and hex@ beta.test
# Not served: "421 Internal error (Syslog is down)" (the connect reply when syslog cannot be opened; the senders have
# one second address each, given to the next-hop refusal), a "550 DKIM - permerror (...)" (no result this verifier
# sets), every other reply (the greeting, the EHLO, MAIL, RCPT and DATA replies and the final reply of an accepted
# message are the next hop's, passed back unchanged; smtpprox's own texts in MSDW::SMTP::Server). The replies are
# chosen by recipient (the connect reply by the client's address), not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after
# a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dkimproxy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DKIMproxy's replies.
NEXTHOP='421 Internal error (Next hop is down)'
DNSALPHA='450 DKIM - temperror (DNS query timeout for mail._domainkey.alpha.test)'
DNSPI='450 DKIM - temperror (DNS query timeout for mail._domainkey.pi.test)'
REVOKED='450 DKIM - temperror (public key: revoked)'
FAIL='550 5.7.1 DKIM - fail'
INVALID='550 5.7.1 DKIM - invalid (public key not available)'
NEVER='550 5.7.1 DKIM - pass'
DKNONE='550 5.7.1 DomainKeys - none'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$NEXTHOP" \
    client:192.0.2.34 connect "$NEXTHOP" \
    nia@beta.test eom "$DNSALPHA" \
    ned@beta.test eom "$DNSPI" \
    fay@beta.test eom "$REVOKED" \
    fox@beta.test eom "$REVOKED" \
    dan@beta.test eom "$FAIL" \
    dot@beta.test eom "$FAIL" \
    lou@beta.test eom "$INVALID" \
    lea@beta.test eom "$INVALID" \
    sam@beta.test eom "$NEVER" \
    sid@beta.test eom "$NEVER" \
    hal@beta.test eom "$DKNONE" \
    hex@beta.test eom "$DKNONE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
next-hop-down	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants trimming.\n\nCarol
dkim-dns-timeout	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe kiln is cooling until Monday.\n\nCarol
dkim-key-revoked	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe choir sings at the harvest supper.\n\nCarol
dkim-fail	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe ferry timetable changed this week.\n\nCarol
dkim-invalid	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe beehives were checked on Sunday.\n\nCarol
dkim-policy-never	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe orchard ladder is in the shed.\n\nCarol
domainkeys-none	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe skittle alley opens at seven.\n\nCarol
exim-next-hop-down	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane points north again.\n\nPat
exim-dkim-dns-timeout	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe quilt show is in the chapel.\n\nPat
exim-dkim-key-revoked	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe stepping stones are under water.\n\nPat
exim-dkim-fail	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jam jars are washed and ready.\n\nPat
exim-dkim-invalid	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe tide tables are pinned by the door.\n\nPat
exim-dkim-policy-never	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe fiddle group meets upstairs.\n\nPat
exim-domainkeys-none	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe wool from the shearing is bagged.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the six
# temporary cases (three to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
