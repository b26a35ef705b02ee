#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cogeto-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of cogeto-mail, the inbound mail service of Cogeto (Cogeto/cogeto), an application deployed one instance to a
# tenant: a receive-only Haraka, the Node.js mail server, takes mail for the instance's one inbound address (and its
# plus-tagged forms) with three plugins of the project's own in JavaScript, cogeto_connlimit (at most a few
# simultaneous connections from one remote address, in process), cogeto_rcpt (only the configured inbound address is
# a recipient) and cogeto_deliver (the queue hook: posts the raw message to the application's internal intake over
# HTTP and turns the intake's HTTP status into the SMTP reply; the application is the gate, sender allowlist, owner and
# size) (the repository Cogeto/cogeto, project/services/mail/package.json "license": "AGPL-3.0-only"; read with the
# search tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   project/services/mail/haraka/plugins/cogeto_connlimit.js (commit 964f5b6178192: hook_connect,
#   next(constants.DENYSOFT, 'too many concurrent connections from your host') when the remote address already holds
#   max connections, 3 unless config/cogeto_connlimit.ini says otherwise), cogeto_rcpt.js (commit 50c0c5cf8f22 and a
#   later version with plus-tags: hook_rcpt, next(constants.DENY, 'inbound mail is not configured for this host') when
#   COGETO_MAIL_INBOUND_ADDRESS is not set, "closed by default", and a DENY for every other recipient whose text
#   carries a non-ASCII dash), cogeto_deliver.js (commit 219283c0258c: hook_queue, next(constants.DENYSOFT, 'inbound
#   intake temporarily unavailable') when the intake URL or token is not set, next(constants.DENYSOFT, 'inbound intake
#   misconfigured') when the URL does not parse, and on the intake's answer 413 next(constants.DENY, 'message too
#   large'), 403 next(constants.DENY, 'sender not accepted') (the application refuses a sender not on the allowlist or
#   whose SPF result is fail or softfail), 5xx or a failed or timed-out request next(constants.DENYSOFT, 'temporary
#   intake failure'), any other status next(constants.DENY, 'message rejected')), config/plugins (commit 219283c0258c:
#   cogeto_connlimit, spf, cogeto_rcpt, cogeto_deliver; tls added by the entrypoint when a certificate is mounted),
#   config/connection.ini (commit 50c0c5cf8f22: [uuid] banner_chars=6, deny_chars=0), package.json (commit
#   34220679aa6d: "Haraka": "3.1.0", pinned); the frame is Haraka's own, read in Haraka 3.1.0's connection.js (the npm
#   package Haraka@3.1.0, fetched with `npm pack`): connect_respond writes DENYSOFT as "421 <msg>" (loop_respond: every
#   later command is answered the same until the client leaves), rcpt_respond DENY as "550 <msg>", queue_respond
#   appends the transaction's uuid in brackets, "550 <msg> (<uuid>)" for DENY and "450 <msg> (<uuid>)" for DENYSOFT,
#   the uuid an upper-case random UUID and the connection's transaction count (".1" for a connection's first message);
#   no enhanced code, no uuid before the text (deny_chars=0).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugins', in Haraka's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# beta.test is a provisioned instance (its inbound address set, its intake answering as each scenario needs); delta.test
# stands for an instance whose inbound address was never set; gamma.test, reached by the senders from their second
# addresses, stands for an instance that already holds the sending address's allowance of connections, so its connection
# limit answers the greeting.
# Each reply byte for byte, at the stage the code sends it:
#   "421 too many concurrent connections from your host"   instead of the greeting, to every attempt, keyed by the
#       client: to 192.0.2.24 and 192.0.2.34 (the senders' second addresses, which send only the gamma.test mail), for
#       gil@ and gus@ gamma.test
#   "550 inbound mail is not configured for this host"   to RCPT TO, for nina@ and nils@ delta.test
#   "550 message too large (<uuid>.1)"   after the message, for lars@ and lena@ beta.test
#   "550 sender not accepted (<uuid>.1)"   after the message, for sana@ and seth@ beta.test
#   "550 message rejected (<uuid>.1)"   after the message, for rita@ and rolf@ beta.test
#   "450 temporary intake failure (<uuid>.1)"   after the message, to every attempt, for tina@ and theo@ beta.test
#   "450 inbound intake temporarily unavailable (<uuid>.1)"   after the message, to every attempt, for uma@ and ulf@
#       beta.test
#   "450 inbound intake misconfigured (<uuid>.1)"   after the message, to every attempt, for mia@ and max@ beta.test
# The uuids are made up for the run, one to a reply text, each given as a connection's first transaction; a real Haraka
# writes a new uuid on each connection, so each retry would carry another.
# Not served: cogeto_rcpt's refusal of a recipient other than the inbound address and cogeto_deliver's answer to the
# intake's 429 (a sender over its rate), both written with a non-ASCII dash (U+2014) that the replaying server does not
# send; the replies of Haraka's own plugins in the list (spf, tls) and Haraka's greeting, EHLO answer and stock replies
# (a message over config/databytes is refused by Haraka itself).
# The replies are chosen by recipient (or, for the greeting, by the connecting address), not by anything the senders
# did: each message has one recipient and is a few lines of plain text. The Postfix and the Exim warn after a minute
# and return after three for the temporary replies. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cogeto-mail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Cogeto's plugins' replies in Haraka's frame.
CONNLIMIT='421 too many concurrent connections from your host'
NOTCONF='550 inbound mail is not configured for this host'
TOOLARGE='550 message too large (7C3E9A14-2B6D-4F80-9E15-A4D82C6B3F07.1)'
NOTACCEPTED='550 sender not accepted (B58D1E26-70A3-4C9F-8B42-1F6E3D9A5C80.1)'
REJECTED='550 message rejected (E2A47F93-5C18-4B6E-A0D9-3C71B8E42F56.1)'
FAILURE='450 temporary intake failure (4D91C3B7-E826-4A05-9F3B-62A0D7E1C48F.1)'
UNAVAILABLE='450 inbound intake temporarily unavailable (9F06B2E8-3D47-4C1A-B6E5-D82F14A7C930.1)'
MISCONF='450 inbound intake misconfigured (61C8F4A2-9B3E-4D70-85A1-E7B39C2D06F4.1)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNLIMIT" \
    client:192.0.2.34 connect "$CONNLIMIT" \
    nina@delta.test rcpt "$NOTCONF" \
    nils@delta.test rcpt "$NOTCONF" \
    lars@beta.test eom "$TOOLARGE" \
    lena@beta.test eom "$TOOLARGE" \
    sana@beta.test eom "$NOTACCEPTED" \
    seth@beta.test eom "$NOTACCEPTED" \
    rita@beta.test eom "$REJECTED" \
    rolf@beta.test eom "$REJECTED" \
    tina@beta.test eom "$FAILURE" \
    theo@beta.test eom "$FAILURE" \
    uma@beta.test eom "$UNAVAILABLE" \
    ulf@beta.test eom "$UNAVAILABLE" \
    mia@beta.test eom "$MISCONF" \
    max@beta.test eom "$MISCONF" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-limit	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe allotment shed needs a new padlock.\n\nCarol
not-configured	carol@alpha.test	nina@delta.test	192.0.2.25	Nina,\n\nthe choir starts rehearsing in March.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe scans of the old maps are attached to nothing yet.\n\nCarol
sender-not-accepted	carol@alpha.test	sana@beta.test	192.0.2.25	Sana,\n\nthe bakery on the corner reopened.\n\nCarol
message-rejected	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe swimming lessons moved to Tuesday.\n\nCarol
intake-failure	carol@alpha.test	tina@beta.test	192.0.2.25	Tina,\n\nthe seedlings survived the frost.\n\nCarol
intake-unavailable	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe museum is free on Sundays.\n\nCarol
intake-misconfigured	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe hiking boots finally fit.\n\nCarol
exim-connection-limit	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe rowing club meets at dawn.\n\nPat
exim-not-configured	pat@pi.test	nils@delta.test	192.0.2.35	Nils,\n\nthe attic is full of old letters.\n\nPat
exim-message-too-large	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe photo album is at my sister's.\n\nPat
exim-sender-not-accepted	pat@pi.test	seth@beta.test	192.0.2.35	Seth,\n\nthe chess set is missing a knight.\n\nPat
exim-message-rejected	pat@pi.test	rolf@beta.test	192.0.2.35	Rolf,\n\nthe market moved to the square.\n\nPat
exim-intake-failure	pat@pi.test	theo@beta.test	192.0.2.35	Theo,\n\nthe kite got stuck in the oak again.\n\nPat
exim-intake-unavailable	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe jam jars are in the cellar.\n\nPat
exim-intake-misconfigured	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe ferry was late again.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
