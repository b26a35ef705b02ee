#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-forwardemail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the MX server of Forward Email writes to a delivering client (Forward Email LLC, forwardemail.net: the open-source
# email forwarding and hosting service, whose whole code, the MX server included, is published for self-hosting as
# forwardemail/forwardemail.net; Business Source License 1.1, change licence Apache-2.0 on 2027-06-01, its LICENSE: only
# the reply texts are quoted here, no code is copied). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it
# all ends with the run. The words are Forward Email's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool; stored copies of forwardemail/forwardemail.net, no date shown): the helpers the
# MX server calls for each SMTP stage, all raising SMTPError (helpers/smtp-error.js: the reply code given, else 550) or
# DenylistError (helpers/denylist-error.js), passed through refineAndLogError (which strips tags and joins lines, and
# changes none of these texts) to its SMTP library, which writes "<code> <message>" with no enhanced code. What the
# code says each reply means (its names, comments and branches):
#   helpers/on-connect.js: the connecting client's IP, or the root of its reverse DNS name, is on the service's denylist
#     (or its backscatter or silent-ban lists): "The domain <root> is denylisted by https://forwardemail.net. To request
#     removal, you must visit https://forwardemail.net/denylist?q=<root>." (config.urls.web, the site's address, filled
#     in; the senders' second addresses have reverse names out2.alpha.test and out2.pi.test, so the domain form), code 550;
#   helpers/on-rcpt-to.js: "if we're on the MX server then we perform a very rudimentary check on the RCPT domain name to
#     see that it actually is set up to receive mail": "<address> does not have any MX records configured on its domain
#     <domain>", code 550, at RCPT TO;
#   after the message (helpers/on-data-mx.js and what it calls; one recipient a message, so the recipient's own error is
#   the reply, as getRecipients throws a lone bounce by itself):
#     helpers/get-forwarding-addresses.js: the recipient's domain has no forwarding record for it: "<address> does not
#       exist", code 550 (notConfigured);
#     helpers/is-greylisted.js: "Message was greylisted, try again in 5 minutes; see https://forwardemail.net/faq#do-you-
#       have-a-greylist for more information", code 450 (config.greylistTimeout is ms('5m'), written by pretty-ms
#       verbose: "5 minutes");
#     helpers/has-fingerprint-expired.js ("only let this message retry for up to 5 days (this throws an error if it
#       exceeds duration)"): "This message has been retried for the maximum period of 5 days and has permanently
#       failed", code 550 (the period filled in from that comment: config.maxRetryDuration was not in the copy read);
#     helpers/is-authenticated-message.js: DMARC fails ("only reject if ARC was not passing and DMARC fail with
#       p=reject policy"): "The email sent has failed DMARC validation and is rejected due to the domain's DMARC policy",
#       code 550; SPF hard fail without DMARC or aligned DKIM: "The email sent has failed SPF validation and is rejected
#       due to the domain's SPF hard fail policy", code 550;
#     helpers/is-denylisted.js: a value of the message (its sender address here) on the denylist: "The address <sender>
#       is denylisted by https://forwardemail.net ; To request removal, you must visit https://forwardemail.net/
#       denylist?q=<sender> ;", code 421;
#     helpers/get-recipients.js: an alias its owner disabled ("hardRejected", "softRejected"): "Mailbox is disabled",
#       code 550, and "Mailbox is disabled, try again later", code 421; the recipient domain's own allowlist and
#       denylist (its admins' Advanced Settings): "Your IP address, client hostname, From header, or envelope sender is
#       not yet allowlisted by admins of <domain>" and "... was denylisted by admins of <domain>", code 550; a domain
#       that requires TLS, reached without it: "Domain <domain> requires TLS for inbound connections. Please use STARTTLS
#       or connect to port 465.", code 530;
#     helpers/refine-and-log-error.js: a fault in the server's own code ("handle programmer mistakes"): "An internal
#       server error has occurred, please try again later.", code 421.
# The selection (stated before the run, not by what any reader makes of the texts): those of the MX server's replies
# that a conforming sender delivering plain mail can meet and the replaying server can key, each text to one or two
# recipients. Served:
#   "550 The domain alpha.test is denylisted by ..."        connect, client 192.0.2.24   gus@, gia@gamma.test (Postfix)
#   "550 The domain pi.test is denylisted by ..."           connect, client 192.0.2.34   gwen@, glen@gamma.test (Exim)
#   "550 <rcpt> does not have any MX records ..."           RCPT TO                      mona@, milo@; mae@beta.test
#   "550 <rcpt> does not exist"                             after the message            nora@; nat@beta.test
#   "450 Message was greylisted, try again in 5 minutes..." after the message            gail@; greg@beta.test
#   "550 This message has been retried for the maximum ..." after the message            ross@; rita@beta.test
#   "550 The email sent has failed DMARC validation ..."    after the message            dora@beta.test (Postfix)
#   "550 The email sent has failed SPF validation ..."      after the message            seth@beta.test (Exim)
#   "421 The address <sender> is denylisted by ..."         after the message            abe@; ada@beta.test
#   "550 Mailbox is disabled"                               after the message            dana@beta.test (Postfix)
#   "421 Mailbox is disabled, try again later"              after the message            dale@beta.test (Exim)
#   "550 Your IP address, ... is not yet allowlisted ..."   after the message            alma@beta.test (Postfix)
#   "550 Your IP address, ... was denylisted by admins ..." after the message            dina@beta.test (Exim)
#   "530 Domain beta.test requires TLS for inbound ..."     after the message            tess@beta.test (Postfix)
#   "421 An internal server error has occurred, ..."        after the message            ivan@beta.test (Exim)
# The temporary replies (450, 421) are served to every attempt, so each sender warns after a minute and returns after
# three. Not served: "452 Too many recipients" (only the recipient past config.maxRecipients meets it), "553 Address is
# not a valid RFC 5321 email address" (at MAIL FROM and RCPT TO for an address that is not one; the senders' are valid),
# the backscatterer.org refusal (is-backscatterer.js: checked only for a null or postmaster sender), the IP form of the
# connect denylist (for a client without a reverse name; both have one), the 421 form of the DMARC refusal (the same words
# when SPF had a temporary error), the Spam Scanner verdicts of get-recipients.js (its scan is passed only while "TODO:
# re-enable spam scanner once v7 released" stands, so the MX server does not meet them now), "421 <address> domain of
# <domain> has zero forwarded addresses configured ..." and the multiple verification records refusal (a recipient
# domain's own misconfigured DNS records, not a reply about the message), the webhook and IMAP storage errors (their text
# is another server's), and the server-shutdown reply. The replies are chosen by recipient or client address, not by
# anything the senders did: the senders' addresses have matching reverse names, their domains resolve, the messages are
# short plain text without attachments, and no sender used TLS.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-forwardemail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the MX server's replies.
SITE=https://forwardemail.net
GREYLISTED="450 Message was greylisted, try again in 5 minutes; see $SITE/faq#do-you-have-a-greylist for more information"
RETRIED='550 This message has been retried for the maximum period of 5 days and has permanently failed'
SENDER_DENYLISTED="421 The address {sender} is denylisted by $SITE ; To request removal, you must visit $SITE/denylist?q={sender} ;"
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "550 The domain alpha.test is denylisted by $SITE. To request removal, you must visit $SITE/denylist?q=alpha.test." \
    client:192.0.2.34 connect "550 The domain pi.test is denylisted by $SITE. To request removal, you must visit $SITE/denylist?q=pi.test." \
    mona@beta.test rcpt '550 mona@beta.test does not have any MX records configured on its domain beta.test' \
    milo@beta.test rcpt '550 milo@beta.test does not have any MX records configured on its domain beta.test' \
    mae@beta.test rcpt '550 mae@beta.test does not have any MX records configured on its domain beta.test' \
    nora@beta.test eom '550 nora@beta.test does not exist' \
    nat@beta.test eom '550 nat@beta.test does not exist' \
    gail@beta.test eom "$GREYLISTED" \
    greg@beta.test eom "$GREYLISTED" \
    ross@beta.test eom "$RETRIED" \
    rita@beta.test eom "$RETRIED" \
    dora@beta.test eom "550 The email sent has failed DMARC validation and is rejected due to the domain's DMARC policy" \
    seth@beta.test eom "550 The email sent has failed SPF validation and is rejected due to the domain's SPF hard fail policy" \
    abe@beta.test eom "$SENDER_DENYLISTED" \
    ada@beta.test eom "$SENDER_DENYLISTED" \
    dana@beta.test eom '550 Mailbox is disabled' \
    dale@beta.test eom '421 Mailbox is disabled, try again later' \
    alma@beta.test eom '550 Your IP address, client hostname, From header, or envelope sender is not yet allowlisted by admins of beta.test' \
    dina@beta.test eom '550 Your IP address, client hostname, From header, or envelope sender was denylisted by admins of beta.test' \
    tess@beta.test eom '530 Domain beta.test requires TLS for inbound connections. Please use STARTTLS or connect to port 465.' \
    ivan@beta.test eom '421 An internal server error has occurred, please try again later.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-denylisted	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe choir meets in the library on Thursday.\n\nCarol
no-mx-records	carol@alpha.test	mona@beta.test,milo@beta.test	192.0.2.25	Mona, Milo,\n\nthe allotment gate has a new lock.\n\nCarol
does-not-exist	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe quiz night is moved to the upper room.\n\nCarol
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe ferry timetable changes next month.\n\nCarol
retried-maximum-period	carol@alpha.test	ross@beta.test	192.0.2.25	Ross,\n\nthe bird count is on Sunday morning.\n\nCarol
dmarc-failed	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe tandem is back from the repair shop.\n\nCarol
sender-denylisted	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe seed swap is in the church porch.\n\nCarol
mailbox-disabled	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe kiln is free on Wednesday afternoons.\n\nCarol
not-allowlisted	carol@alpha.test	alma@beta.test	192.0.2.25	Alma,\n\nthe rowing club has spare oars.\n\nCarol
tls-required	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe bakery opens early on Saturdays.\n\nCarol
exim-domain-denylisted	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe walking group starts from the station.\n\nPat
exim-no-mx-records	pat@pi.test	mae@beta.test	192.0.2.35	Mae,\n\nthe darts league table is up.\n\nPat
exim-does-not-exist	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe pond dipping kit is in the shed.\n\nPat
exim-greylisted	pat@pi.test	greg@beta.test	192.0.2.35	Greg,\n\nthe cider press needs cleaning.\n\nPat
exim-retried-maximum-period	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe chess set is missing a rook.\n\nPat
exim-spf-failed	pat@pi.test	seth@beta.test	192.0.2.35	Seth,\n\nthe hedge cutting is booked.\n\nPat
exim-sender-denylisted	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe book club picked a shorter novel.\n\nPat
exim-mailbox-disabled	pat@pi.test	dale@beta.test	192.0.2.35	Dale,\n\nthe tennis nets are up again.\n\nPat
exim-denylisted-by-admins	pat@pi.test	dina@beta.test	192.0.2.35	Dina,\n\nthe village show needs judges.\n\nPat
exim-internal-server-error	pat@pi.test	ivan@beta.test	192.0.2.35	Ivan,\n\nthe beach clean meets at the slipway.\n\nPat
SEND
# returns at once for the permanent refusals; a warning after a minute and a return after 3 for each deferred message
# (the Postfix's greylisted and sender-denylisted ones and its refused greeting, which Postfix skips as a 5XX greeting
# and retries; the Exim's greylisted, sender-denylisted, mailbox-disabled and internal-error ones): 27 files
lb_wait 27 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
