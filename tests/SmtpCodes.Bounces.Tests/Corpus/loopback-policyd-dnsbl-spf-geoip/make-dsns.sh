#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-policyd-dnsbl-spf-geoip: a receiving SMTP server (../loopback-replay.py) answers
# with the reply texts of policyd-dnsbl-spf-geoip, Pale Purple Ltd's (David Goodwin's) Postfix policy daemon in Perl
# ("Perform DNS Blacklist scoring", "GeoIP scoring" and "SPF checking" in one check_policy_service, loosely based on
# postfix-policyd-spf-perl and policyd-weight; GPL v2 as its README and the script's header say), as a receiving
# Postfix gives them when the daemon sits in its smtpd_recipient_restrictions (check_policy_service, as its README
# says to configure it). Read with the search tool: src/policyd.pl at commit 03f936528279c22390c869c81a4a933d20f5fd37
# (repository DavidGoodwin/policyd-dnsbl-spf-geoip): the main loop prints "action=$action " followed by the decisive
# handler's text; the handlers sender_policy_framework (HELO, then MAIL FROM, with Mail::SPF), client_address_dnsbl,
# client_address_geoip and client_address_rhsbl. Only the reply texts are quoted.
# Mail::SPF's words (Julian Mehnle's library): the daemon sets Mail::SPF::Server's default_authority_explanation to
# "Please see http://www.openspf.net/Why?s=%{_scope};id=%{S};ip=%{C};r=%{R}" (the upper-case macros URL-escaped, so
# the sender's "@" is "%40"; %{R} the checking host's name, "unknown" as the daemon gives Mail::SPF::Server none, as
# postfix-policyd-spf-perl's refusals in ../loopback-filters show); a temperror's local explanation is
# "<domain>: 'SERVFAIL' error on DNS 'SPF' lookup of '<domain>'" (Mail::SPF::Server's dns_lookup, prefixed with the
# authority domain by Mail::SPF::Result's local_explanation).
# Postfix's smtpd gives a policy service's "550 text" as "550 5.7.1 <recipient>: Recipient address rejected: text" and
# DEFER_IF_PERMIT as 450 with 4.7.1 in the same shape (postconf(5), access(5)); the served lines are those. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are policyd-dnsbl-spf-geoip's (and Mail::SPF's, which it sets and quotes), in Postfix's frame; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replies served, at RCPT TO, {rcpt} being the recipient answered, {client} the sending MTA's address and {helo}
# the name it gave in EHLO:
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: Please see http://www.openspf.net/Why?s=mfrom;id=<sender, its @ as
#    %40>;ip={client};r=unknown"
#        the MAIL FROM check's SPF fail (action "550", the authority explanation); to fay@beta.test (Postfix) and
#        finn@beta.test (Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: Please see http://www.openspf.net/Why?s=helo;id={helo};
#    ip={client};r=unknown"   (one line on the wire)
#        the HELO check's SPF fail; to hal@beta.test (Postfix) and hugo@beta.test (Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: DNSBL Hit(s). Your MTA IP address ({client}) is blacklisted.
#    Contact your IT support/server administrator.  IN_ZEN_SPAMHAUS"   (one line; two spaces before IN_, as the code
#    joins them)
#        the DNSBL score (zen.spamhaus.org's 6.25) at or past the threshold of 6.00; to dan@beta.test (Postfix) and
#        dora@beta.test (Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: RHSBL Hit(s). Your sender domain (<sender's domain>) is
#    blacklisted. Contact your IT support/server administrator.  IN_EXCOMMUNICADO"   (one line)
#        the sender's domain listed on excommunicado.co.uk (6.1, past the threshold); to rhea@beta.test (Postfix) and
#        rita@beta.test (Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: RHSBL Hits (cached) (IN_EXCOMMUNICADO)"
#        the same sender domain seen listed before, from the daemon's file cache; to ross@beta.test (Postfix)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: SPF-Result=<sender's domain>: 'SERVFAIL' error on DNS 'SPF'
#    lookup of '<sender's domain>'"   (one line)
#        the MAIL FROM check's SPF temperror (DEFER_IF_PERMIT); to every attempt (each sender warns after a minute and
#        returns after 3), to tess@beta.test (Postfix) and tina@beta.test (Exim)
# Not served: "DNS Blacklisted. REJECTED due to previous hits " (the cached DNSBL refusal, written with a trailing
# space, after which the daemon exits), the scores that add up past 6 across handlers (their text, joined with "; ",
# begins with a space), the SPF softfail text (a Received-SPF header's words), and the OK and PREPEND actions (no
# refusal).
# The replies are chosen by recipient address, not by anything the senders did: no DNS list or SPF record was asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-policyd-dnsbl-spf-geoip}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
rejected='<{rcpt}>: Recipient address rejected:'
why='Please see http://www.openspf.net/Why?s='
dnsbl='DNSBL Hit(s). Your MTA IP address ({client}) is blacklisted. Contact your IT support/server administrator.'
servfail="'SERVFAIL' error on DNS 'SPF' lookup of"
rhsbl='Contact your IT support/server administrator.  IN_EXCOMMUNICADO'
# The replaying server's table (KEY, STAGE, REPLY): policyd-dnsbl-spf-geoip's replies in Postfix's frame.
printf '%s\t%s\t%s\n' \
    fay@beta.test rcpt "550 5.7.1 $rejected ${why}mfrom;id=carol%40alpha.test;ip={client};r=unknown" \
    finn@beta.test rcpt "550 5.7.1 $rejected ${why}mfrom;id=pat%40pi.test;ip={client};r=unknown" \
    hal@beta.test rcpt "550 5.7.1 $rejected ${why}helo;id={helo};ip={client};r=unknown" \
    hugo@beta.test rcpt "550 5.7.1 $rejected ${why}helo;id={helo};ip={client};r=unknown" \
    dan@beta.test rcpt "550 5.7.1 $rejected $dnsbl  IN_ZEN_SPAMHAUS" \
    dora@beta.test rcpt "550 5.7.1 $rejected $dnsbl  IN_ZEN_SPAMHAUS" \
    rhea@beta.test rcpt "550 5.7.1 $rejected RHSBL Hit(s). Your sender domain (alpha.test) is blacklisted. $rhsbl" \
    rita@beta.test rcpt "550 5.7.1 $rejected RHSBL Hit(s). Your sender domain (pi.test) is blacklisted. $rhsbl" \
    ross@beta.test rcpt "550 5.7.1 $rejected RHSBL Hits (cached) (IN_EXCOMMUNICADO)" \
    tess@beta.test rcpt "450 4.7.1 $rejected SPF-Result=alpha.test: $servfail 'alpha.test'" \
    tina@beta.test rcpt "450 4.7.1 $rejected SPF-Result=pi.test: $servfail 'pi.test'" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe hedge along the lane wants cutting back.\n\nCarol
helo-spf-fail	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe raffle prizes are in the vestry.\n\nCarol
dnsbl	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe cricket nets are up behind the pavilion.\n\nCarol
rhsbl	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe quilting group has moved to Thursdays.\n\nCarol
rhsbl-cached	carol@alpha.test	ross@beta.test	192.0.2.25	Ross,\n\nthe path by the mill stream is flooded again.\n\nCarol
spf-temperror	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe seed swap is on the first Saturday.\n\nCarol
exim-spf-fail	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe skittles match was put back a week.\n\nPat
exim-helo-spf-fail	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe new noticeboard is by the post box.\n\nPat
exim-dnsbl	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe plum tree by the wall is heavy with fruit.\n\nPat
exim-rhsbl	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe village hall roof fund has a new thermometer.\n\nPat
exim-spf-temperror	pat@pi.test	tina@beta.test	192.0.2.35	Tina,\n\nthe ferry runs late on Sundays now.\n\nPat
SEND
# nine returns at once (five by the Postfix, four by the Exim), then for the 450 to each sender a warning after a
# minute and a return after 3
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
