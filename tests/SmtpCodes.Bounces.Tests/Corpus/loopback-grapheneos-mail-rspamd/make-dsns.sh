#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-grapheneos-mail-rspamd: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of GrapheneOS's own mail server, mail.grapheneos.org: the GrapheneOS project's published configuration of
# its self-hosted mail stack (Postfix, Rspamd, Dovecot, OpenDKIM/OpenDMARC, nginx, deployed by its own scripts),
# repository GrapheneOS/mail.grapheneos.org (MIT, LICENSE "Copyright (c) 2020-2026 GrapheneOS"; read with the search
# tool; only the reply texts are quoted). The words are the project's own: Rspamd's force_actions module lets a site
# turn a rule's symbols into a forced action with a message of its own, and GrapheneOS's
# rspamd/local.d/force_actions.conf (commit 126acc1703ef, the version the search tool's file list names, one of 44
# stored; an earlier one, commit 007b0bcfbb4a, had fewer rules and other words for the reverse-DNS rule) gives each
# rule an action, "reject" or "soft reject", and a "message". Rspamd runs as Postfix's milter
# (rspamd/local.d/worker-proxy.inc: the proxy worker bound to /var/spool/postfix/rspamd/milter.sock, self_scan),
# scans the message when it has all of it, and hands the forced action back to Postfix with the rule's message as the
# reply text: a reject as "554 5.7.1 <message>", a soft reject as "451 4.7.1 <message>" (Rspamd's milter reply
# codes, the same that the corpus's loopback-mailcow unit serves with Rspamd's stock words, as recalled from Rspamd's
# milter code: the search tool's budget ran out before Rspamd's source was read again; Postfix's smtpd sends the
# milter's reply as it is). So every reply below comes after the message's final dot:
#   reject: HFILTER_HELO_BAREIP "HELO must be a domain, not an address literal", HFILTER_HELO_NOT_FQDN "HELO domain
#   must be a valid FQDN", HFILTER_FROMHOST_NOT_FQDN "Return address (SMTP MAIL FROM:) domain must be a valid FQDN",
#   SPF_FAIL_WITHOUT_DMARC_POLICY_ALLOW "SPF fail", SPF_PERMFAIL "SPF permerror", MISSING_DATE "Missing Date: header
#   required by RFC 5322", INVALID_DATE "Invalid Date: header not using RFC 5322 format";
#   soft reject: RDNS_DNSFAIL "DNS failure looking up PTR record for client IP address", RDNS_NONE "Missing PTR record
#   for client IP address", HFILTER_HOSTNAME_UNKNOWN "Hostname from PTR record for client IP address has a different
#   IP address", HFILTER_HELO_NORES_A_OR_MX "HELO domain does not have any MX, A or AAAA record",
#   HFILTER_FROMHOST_NORES_A_OR_MX and MX_NONE (one text for both) "Return address (SMTP MAIL FROM:) domain does not
#   have any MX, A or AAAA record", MX_DNS_FAIL "DNS failure checking mail server for return address (SMTP MAIL FROM:)
#   domain", MX_TIMEOUT_CONNECT "Return address (SMTP MAIL FROM:) domain mail server did not respond to connection
#   attempt", MX_INVALID "Return address (SMTP MAIL FROM:) domain mail server does not speak SMTP", DMARC_DNSFAIL
#   "DMARC temperror", SPF_DNSFAIL "SPF temperror".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# GrapheneOS's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, after the message (Rspamd's milter verdict), for good:
#   "554 5.7.1 HELO must be a domain, not an address literal"   for hal@ and hedy@ beta.test
#   "554 5.7.1 HELO domain must be a valid FQDN"   for hank@ and hera@ beta.test
#   "554 5.7.1 Return address (SMTP MAIL FROM:) domain must be a valid FQDN"   for fred@ and fern@ beta.test
#   "554 5.7.1 SPF fail"   for sid@ and sue@ beta.test
#   "554 5.7.1 SPF permerror"   for pam@ and pip@ beta.test
#   "554 5.7.1 Missing Date: header required by RFC 5322"   for dan@ and dot@ beta.test
#   "554 5.7.1 Invalid Date: header not using RFC 5322 format"   for ida@ and ivy@ beta.test
# and after the message, to every attempt:
#   "451 4.7.1 DNS failure looking up PTR record for client IP address"   for paul@ and polly@ beta.test
#   "451 4.7.1 Missing PTR record for client IP address"   for nia@ and ned@ beta.test
#   "451 4.7.1 Hostname from PTR record for client IP address has a different IP address"   for hugo@ and hope@
#                              beta.test
#   "451 4.7.1 HELO domain does not have any MX, A or AAAA record"   for heidi@ and henry@ beta.test
#   "451 4.7.1 Return address (SMTP MAIL FROM:) domain does not have any MX, A or AAAA record"   for ron@ and rita@
#                              beta.test
#   "451 4.7.1 DNS failure checking mail server for return address (SMTP MAIL FROM:) domain"   for max@ and mia@
#                              beta.test
#   "451 4.7.1 Return address (SMTP MAIL FROM:) domain mail server did not respond to connection attempt"   for tim@
#                              and tess@ beta.test
#   "451 4.7.1 Return address (SMTP MAIL FROM:) domain mail server does not speak SMTP"   for val@ and vera@ beta.test
#   "451 4.7.1 DMARC temperror"   for dora@ and dirk@ beta.test
#   "451 4.7.1 SPF temperror"   for sam@ and sal@ beta.test
# Not served: LOCAL_FROM_NEQ_ENVFROM "Sender is forged (different From: header and smtp MAIL FROM: addresses)" and
# LOCAL_FORGED_RECIPIENTS "Recipients are not the same as RCPT TO: mail command" (they fire only on the site's own
# users' outgoing or internal mail, never on a relaying MTA's, and their words are Rspamd's descriptions of the
# FORGED_SENDER and FORGED_RECIPIENTS symbols); HFILTER_HELO_NORESOLVE_MX, HFILTER_HELO_IP_A,
# HFILTER_FROMHOST_NORESOLVE_MX/MX_BROKEN, MX_LOCAL_ONLY, MX_BOGON_ONLY, MX_REFUSED, MX_A_REFUSED, MX_A_TIMEOUT_CONNECT
# and MX_A_INVALID (more soft rejects of the same kinds as the ones served, left out to keep the run to two recipients
# a text over a sample of the kinds); Rspamd's stock reject and greylist replies from the score thresholds
# (rspamd/local.d/actions.conf; Rspamd's words, not the project's), Postfix's own restrictions' replies (stock
# Postfix words) and the SPF policy service's. The replies are chosen by recipient address, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-grapheneos-mail-rspamd}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): GrapheneOS's force_actions messages as Rspamd's milter gives them.
HELOIP='554 5.7.1 HELO must be a domain, not an address literal'
HELOFQDN='554 5.7.1 HELO domain must be a valid FQDN'
FROMFQDN='554 5.7.1 Return address (SMTP MAIL FROM:) domain must be a valid FQDN'
SPFFAIL='554 5.7.1 SPF fail'
SPFPERM='554 5.7.1 SPF permerror'
NODATE='554 5.7.1 Missing Date: header required by RFC 5322'
BADDATE='554 5.7.1 Invalid Date: header not using RFC 5322 format'
PTRDNS='451 4.7.1 DNS failure looking up PTR record for client IP address'
NOPTR='451 4.7.1 Missing PTR record for client IP address'
PTRIP='451 4.7.1 Hostname from PTR record for client IP address has a different IP address'
HELONORES='451 4.7.1 HELO domain does not have any MX, A or AAAA record'
FROMNORES='451 4.7.1 Return address (SMTP MAIL FROM:) domain does not have any MX, A or AAAA record'
MXDNS='451 4.7.1 DNS failure checking mail server for return address (SMTP MAIL FROM:) domain'
MXTIMEOUT='451 4.7.1 Return address (SMTP MAIL FROM:) domain mail server did not respond to connection attempt'
MXINVALID='451 4.7.1 Return address (SMTP MAIL FROM:) domain mail server does not speak SMTP'
DMARCTEMP='451 4.7.1 DMARC temperror'
SPFTEMP='451 4.7.1 SPF temperror'
printf '%s\t%s\t%s\n' \
    hal@beta.test eom "$HELOIP" \
    hedy@beta.test eom "$HELOIP" \
    hank@beta.test eom "$HELOFQDN" \
    hera@beta.test eom "$HELOFQDN" \
    fred@beta.test eom "$FROMFQDN" \
    fern@beta.test eom "$FROMFQDN" \
    sid@beta.test eom "$SPFFAIL" \
    sue@beta.test eom "$SPFFAIL" \
    pam@beta.test eom "$SPFPERM" \
    pip@beta.test eom "$SPFPERM" \
    dan@beta.test eom "$NODATE" \
    dot@beta.test eom "$NODATE" \
    ida@beta.test eom "$BADDATE" \
    ivy@beta.test eom "$BADDATE" \
    paul@beta.test eom "$PTRDNS" \
    polly@beta.test eom "$PTRDNS" \
    nia@beta.test eom "$NOPTR" \
    ned@beta.test eom "$NOPTR" \
    hugo@beta.test eom "$PTRIP" \
    hope@beta.test eom "$PTRIP" \
    heidi@beta.test eom "$HELONORES" \
    henry@beta.test eom "$HELONORES" \
    ron@beta.test eom "$FROMNORES" \
    rita@beta.test eom "$FROMNORES" \
    max@beta.test eom "$MXDNS" \
    mia@beta.test eom "$MXDNS" \
    tim@beta.test eom "$MXTIMEOUT" \
    tess@beta.test eom "$MXTIMEOUT" \
    val@beta.test eom "$MXINVALID" \
    vera@beta.test eom "$MXINVALID" \
    dora@beta.test eom "$DMARCTEMP" \
    dirk@beta.test eom "$DMARCTEMP" \
    sam@beta.test eom "$SPFTEMP" \
    sal@beta.test eom "$SPFTEMP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
helo-address-literal	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe rowing boat is back on its trailer.\n\nCarol
helo-not-fqdn	carol@alpha.test	hank@beta.test	192.0.2.25	Hank,\n\nthe shed roof held through the storm.\n\nCarol
return-address-not-fqdn	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe pumpkin patch needs watering.\n\nCarol
spf-fail	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe bell ringers practise on Tuesday.\n\nCarol
spf-permerror	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe village map is framed at last.\n\nCarol
missing-date-header	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe kiln is cool enough to open.\n\nCarol
invalid-date-header	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe litter pick starts by the pond.\n\nCarol
ptr-dns-failure	carol@alpha.test	paul@beta.test	192.0.2.25	Paul,\n\nthe sheep are in the top field.\n\nCarol
missing-ptr-record	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe hymn books are in the back pew.\n\nCarol
ptr-hostname-mismatch	carol@alpha.test	hugo@beta.test	192.0.2.25	Hugo,\n\nthe ferry ran late again today.\n\nCarol
helo-domain-no-records	carol@alpha.test	heidi@beta.test	192.0.2.25	Heidi,\n\nthe goat got into the vegetable bed.\n\nCarol
return-address-no-records	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe darts league starts next month.\n\nCarol
mx-dns-failure	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe new benches are by the green.\n\nCarol
mx-no-response	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe greenhouse glass is all replaced.\n\nCarol
mx-not-smtp	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe cake stall raised a tidy sum.\n\nCarol
dmarc-temperror	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe mill wheel turns again.\n\nCarol
spf-temperror	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe lane is flooded near the ford.\n\nCarol
exim-helo-address-literal	pat@pi.test	hedy@beta.test	192.0.2.35	Hedy,\n\nthe harbour wall needs pointing.\n\nPat
exim-helo-not-fqdn	pat@pi.test	hera@beta.test	192.0.2.35	Hera,\n\nthe plum tree is heavy with fruit.\n\nPat
exim-return-address-not-fqdn	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe scout hut has a new door.\n\nPat
exim-spf-fail	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe tennis nets are up for summer.\n\nPat
exim-spf-permerror	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe cricket tea is at four.\n\nPat
exim-missing-date-header	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe piano tuner comes on Friday.\n\nPat
exim-invalid-date-header	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe pottery class is full this term.\n\nPat
exim-ptr-dns-failure	pat@pi.test	polly@beta.test	192.0.2.35	Polly,\n\nthe weather vane points west again.\n\nPat
exim-missing-ptr-record	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe hedgehog house is finished.\n\nPat
exim-ptr-hostname-mismatch	pat@pi.test	hope@beta.test	192.0.2.35	Hope,\n\nthe bonfire is stacked for Saturday.\n\nPat
exim-helo-domain-no-records	pat@pi.test	henry@beta.test	192.0.2.35	Henry,\n\nthe well cover was painted green.\n\nPat
exim-return-address-no-records	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe allotment show has a marrow class.\n\nPat
exim-mx-dns-failure	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe bus shelter got a new bench.\n\nPat
exim-mx-no-response	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe owl box has a tenant.\n\nPat
exim-mx-not-smtp	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe quiz answers are in the envelope.\n\nPat
exim-dmarc-temperror	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe lifeboat open day is in June.\n\nPat
exim-spf-temperror	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe rope swing is safe again.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim), then for each of the
# ten temporary replies to each sender a warning after a minute and a return after 3
lb_wait 54 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
