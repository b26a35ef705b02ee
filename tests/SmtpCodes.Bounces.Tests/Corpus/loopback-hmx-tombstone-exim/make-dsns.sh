#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hmx-tombstone-exim: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of a published Exim configuration: the one of hardenedMX (hardened.mx), Mart Brooks's (martbrooks's)
# junk-mail filtering service, successor of antibodyMX, which its README says filtered mail for "just shy of 500
# domains" for "very nearly two decades" until it closed on July 31st 2019, and which he published as "The antibodyMX
# and hardenedMX tombstone": "a PostgreSQL schema dump and an exim4 configuration file" (whitelists, blacklists,
# greylists, routed and virtual domains, per-domain anti-spam, anti-virus, quarantine, geo and ASN blocks), read with
# the search tool in the repository martbrooks/hmx_tombstone (exim4.conf, README.md and hmx.sql at commit
# 8a26cc4a8abc; no licence file in it; speculatrix/hmx_tombstone holds a copy); only the reply texts are quoted. Its
# ACLs write these refusals in their author's own words, each an Exim "message =" text on a deny or defer verb that
# carries no code, so Exim sends its own 550 before a deny's text and its own 451 before a defer's:
#   acl_check_mail (acl_smtp_mail): "Invalid HELO." (a HELO name that is an IPv4 or IPv6 address);
#   acl_check_rcpt (acl_smtp_rcpt): the defer "Excess connection attempts." (ratelimit 10 / 10s per_mail strict); the
#   deny "Recipient mailbox does not exist." (the local part is listed invalid for the domain, or a virtual or strictly
#   addressed routed domain has no such mailbox); the defer "Transient ban present for $sender_host_address." (the
#   client's address is in the transient_bans table and not whitelisted); the denies "Mail from sender location is
#   not accepted." (the client's country, by its GeoIP helper, is banned for the domain), "Mail from sender ASN is not
#   accepted by this domain." (the client's ASN is banned for the domain), "Globally blacklisted domain." (the
#   sender's domain is in global_bans), "Sending IP is listed at zen.spamhaus.org." (Spamhaus ZEN, queried over its
#   DQS key), "Communicado Ltd - http://blog.hinterlands.org/2013/10/unwanted-email-from-communicado-ltd/" (the
#   sender's domain listed in excommunicado.co.uk, an RHSBL of a spammer's domains, with the author's blog post on it);
#   the defers "No PTR found for $sender_host_address." (no reverse DNS, for a domain without a no-reverse-DNS
#   exception) and "Greylisted." (greylisting on for the domain and the client's address and sender domain not yet
#   past their block time);
#   acl_check_data (acl_smtp_data): "Message appears to be infected with $malware_name." (ClamAV found malware, for a
#   domain with anti-virus on and quarantine off) and "Your message scored $spam_score points." (SpamAssassin's score
#   over the domain's threshold), each unless the domain has a reject message of its own in the database.
# Exim expands the variables before it sends the text: $sender_host_address as the client's address,
# $malware_name as ClamAV's name for the EICAR test file (Win.Test.EICAR_HDB-1), $spam_score as SpamAssassin's score
# (this run's choice: 12.3). The wire forms were checked with Exim 4.96's -bh on the same ACL texts (each one line).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mart Brooks's; the codes Exim's; the DSNs are made.
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
#   "550 Invalid HELO."   to MAIL FROM, from the senders' second addresses (out2, 192.0.2.24 and 192.0.2.34: the route
#                              to gamma.test), for gus@ and gil@ gamma.test
#   "550 Recipient mailbox does not exist."   to RCPT TO, for nod@ and noa@ beta.test
#   "550 Mail from sender location is not accepted."   to RCPT TO, for loc@ and lou@ beta.test
#   "550 Mail from sender ASN is not accepted by this domain."   to RCPT TO, for asa@ and ash@ beta.test
#   "550 Globally blacklisted domain."   to RCPT TO, for gla@ and glo@ beta.test
#   "550 Sending IP is listed at zen.spamhaus.org."   to RCPT TO, for zed@ and zoe@ beta.test
#   "550 Communicado Ltd - http://blog.hinterlands.org/2013/10/unwanted-email-from-communicado-ltd/"   to RCPT TO,
#                              for cam@ and cal@ beta.test
#   "550 Message appears to be infected with Win.Test.EICAR_HDB-1."   after the message, for vic@ and val@ beta.test
#   "550 Your message scored 12.3 points."   after the message, for sam@ and sue@ beta.test
#   "451 Greylisted."   to RCPT TO, to every attempt, for gem@ and gin@ beta.test
#   "451 No PTR found for <client>."   to RCPT TO, to every attempt, the client's address for <client>, for pam@ and
#                              pen@ beta.test
#   "451 Transient ban present for <client>."   to RCPT TO, to every attempt, the client's address for <client>, for
#                              tia@ and tod@ beta.test
#   "451 Excess connection attempts."   to RCPT TO, to every attempt, for eve@ and eli@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); "No HELO given before MAIL command."
# (Debian's exim4 configuration's words, and MAIL without HELO, which no relaying MTA sends); "Relay not permitted."
# and "Restricted characters in address." (Exim's default configuration's words, capitalized); the defers "Unable to
# accept mail for this domain at this time." (the domain disabled on the service) and "Multiple destination domains
# per transaction is unsupported.  Please try again." (Exim wraps it over two lines), "Sender verification failed."
# and "No verifiable sender address in message headers."; the denies "Mail from sender ASN is not accepted.", "Banned
# sender pattern.", "Globally blacklisted network." and "... address.", "Blacklisted network.", "Blacklisted
# domain.", "Blacklisted address.", "Sending domain is listed in the Spamhaus DBL.", "Sending domain listed in
# rjek.com", "Sender address is listed in rjek.com phishing list.", "Message headers fail syntax check." (left for
# the two-recipients-a-text rule and a run of this length; the texts above stand for each kind); the SPF deny
# "$sender_host_address is not allowed to send mail from $sender_address_domain." (Debian's exim4 SPF recipe's words,
# shortened); the MIME ACL's "Blacklisted file extension detected." (a stock recipe's words); the domains' own reject
# messages from the database (hmx.sql has their columns, domains.reject_message and the reject_messages table). The replies are chosen by recipient (the
# MAIL refusal by the senders' outgoing address), not by anything the senders did: each message has one recipient and
# is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hmx-tombstone-exim}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): hardenedMX's Exim configuration's replies.
HELO='550 Invalid HELO.'
NOMAILBOX='550 Recipient mailbox does not exist.'
LOCATION='550 Mail from sender location is not accepted.'
ASN='550 Mail from sender ASN is not accepted by this domain.'
GLOBALDOMAIN='550 Globally blacklisted domain.'
ZEN='550 Sending IP is listed at zen.spamhaus.org.'
COMMUNICADO='550 Communicado Ltd - http://blog.hinterlands.org/2013/10/unwanted-email-from-communicado-ltd/'
VIRUS='550 Message appears to be infected with Win.Test.EICAR_HDB-1.'
SPAM='550 Your message scored 12.3 points.'
GREY='451 Greylisted.'
NOPTR='451 No PTR found for {client}.'
BAN='451 Transient ban present for {client}.'
EXCESS='451 Excess connection attempts.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$HELO" \
    client:192.0.2.34 mail "$HELO" \
    nod@beta.test rcpt "$NOMAILBOX" \
    noa@beta.test rcpt "$NOMAILBOX" \
    loc@beta.test rcpt "$LOCATION" \
    lou@beta.test rcpt "$LOCATION" \
    asa@beta.test rcpt "$ASN" \
    ash@beta.test rcpt "$ASN" \
    gla@beta.test rcpt "$GLOBALDOMAIN" \
    glo@beta.test rcpt "$GLOBALDOMAIN" \
    zed@beta.test rcpt "$ZEN" \
    zoe@beta.test rcpt "$ZEN" \
    cam@beta.test rcpt "$COMMUNICADO" \
    cal@beta.test rcpt "$COMMUNICADO" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    gem@beta.test rcpt "$GREY" \
    gin@beta.test rcpt "$GREY" \
    pam@beta.test rcpt "$NOPTR" \
    pen@beta.test rcpt "$NOPTR" \
    tia@beta.test rcpt "$BAN" \
    tod@beta.test rcpt "$BAN" \
    eve@beta.test rcpt "$EXCESS" \
    eli@beta.test rcpt "$EXCESS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-helo	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tandem bike is back from the shop.\n\nCarol
recipient-mailbox-does-not-exist	carol@alpha.test	nod@beta.test	192.0.2.25	Nod,\n\nthe harvest supper is on Friday.\n\nCarol
sender-location-not-accepted	carol@alpha.test	loc@beta.test	192.0.2.25	Loc,\n\nthe map of the footpaths is in the porch.\n\nCarol
sender-asn-not-accepted	carol@alpha.test	asa@beta.test	192.0.2.25	Asa,\n\nthe brass band practice is cancelled.\n\nCarol
globally-blacklisted-domain	carol@alpha.test	gla@beta.test	192.0.2.25	Gla,\n\nthe greenhouse glass is replaced.\n\nCarol
listed-at-zen-spamhaus	carol@alpha.test	zed@beta.test	192.0.2.25	Zed,\n\nthe zither strings arrived today.\n\nCarol
communicado-ltd	carol@alpha.test	cam@beta.test	192.0.2.25	Cam,\n\nthe camping stove needs a new valve.\n\nCarol
message-infected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe village fete bunting is up.\n\nCarol
message-scored-points	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe swimming gala starts at ten.\n\nCarol
greylisted	carol@alpha.test	gem@beta.test	192.0.2.25	Gem,\n\nthe geraniums survived the frost.\n\nCarol
no-ptr-found	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe pantomime tickets are on the fridge.\n\nCarol
transient-ban-present	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe tea urn is in the church hall.\n\nCarol
excess-connection-attempts	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe evening class starts next week.\n\nCarol
exim-invalid-helo	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe garden hose has a split.\n\nPat
exim-recipient-mailbox-does-not-exist	pat@pi.test	noa@beta.test	192.0.2.35	Noa,\n\nthe noticeboard has a new rota.\n\nPat
exim-sender-location-not-accepted	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe lighthouse tour is full.\n\nPat
exim-sender-asn-not-accepted	pat@pi.test	ash@beta.test	192.0.2.35	Ash,\n\nthe ash tree by the gate came down.\n\nPat
exim-globally-blacklisted-domain	pat@pi.test	glo@beta.test	192.0.2.35	Glo,\n\nthe glove box is full of maps.\n\nPat
exim-listed-at-zen-spamhaus	pat@pi.test	zoe@beta.test	192.0.2.35	Zoe,\n\nthe zoo trip is on Tuesday.\n\nPat
exim-communicado-ltd	pat@pi.test	cal@beta.test	192.0.2.35	Cal,\n\nthe calendar photos are chosen.\n\nPat
exim-message-infected	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe valley walk is at nine.\n\nPat
exim-message-scored-points	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe sunflower seeds are sown.\n\nPat
exim-greylisted	pat@pi.test	gin@beta.test	192.0.2.35	Gin,\n\nthe ginger cake recipe is attached in spirit.\n\nPat
exim-no-ptr-found	pat@pi.test	pen@beta.test	192.0.2.35	Pen,\n\nthe pen pals letters came back.\n\nPat
exim-transient-ban-present	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe toddler group moved to Monday.\n\nPat
exim-excess-connection-attempts	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe elder flowers are ready to pick.\n\nPat
SEND
# eighteen messages refused for good, returned at once (nine by the Postfix, nine by the Exim), then for each of the
# eight temporary cases (four to each sender) a warning after a minute and a return after 3
lb_wait 34 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
