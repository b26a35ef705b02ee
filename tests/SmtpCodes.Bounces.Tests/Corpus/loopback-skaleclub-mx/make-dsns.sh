#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-skaleclub-mx: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound MX receiver of Skale Club's xmail ("Complete email system with React, Express, and Supabase":
# native mailboxes with an IMAP server, webmail, outreach campaigns and organisations' inbound routes; its MX receiver
# is a TypeScript module on nodemailer's smtp-server that takes unauthenticated mail from the internet for local
# mailboxes and for recipients an organisation's inbound route matches; the repository Skale-Club/xmail, no licence
# file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# src/server/mx-server.ts (commit 03ba43fd6f0c, createMXServer's onConnect, onRcptTo and onData, each refusal made by
# its smtpError(message, responseCode), an Error with the code set) and package.json (commit 0ac093816e74,
# "smtp-server": "^3.18.2"; smtp-server sends "<responseCode> <message>" and adds no enhanced code of its own while
# hideENHANCEDSTATUSCODES keeps its default, true, as read from the npm tarball smtp-server 3.21.7,
# dist/cjs/smtp-connection.js; after a refusal instead of the greeting it closes the connection). The same texts, without
# smtpError (so that smtp-server put its default code before each: "550 550 5.1.1 ..."), are in the file's earlier
# version (xmail commit b8395d873cee, and Skale-Club/skaleclub-mail's src/server/mx-server.ts at commit 8316a86c9038);
# the version read here is the one that sets the codes.
#   instead of the greeting "421 4.7.0 Too many connections from your IP" (checkConnectRate: the client's address
#   connected too often) and "554 5.7.1 Blacklisted by Spamhaus" (isSpamhausListed: the client's address is listed);
#   to RCPT TO "451 4.2.1 Mailbox not provisioned; please retry later" (a local user without a native mailbox),
#   "550 5.1.1 Recipient rejected by policy" (an organisation's inbound route for the address has the action reject),
#   "451 4.7.1 Greylisted; please retry in 5 minutes" (shouldGreylist: a new client, sender and recipient triple) and
#   "451 4.3.0 Temporary failure" (the lookups threw);
#   after the message "550 5.7.1 DMARC policy violation" (verifyInbound's verdict is reject), "550 5.6.0 Missing or
#   invalid From header" and "550 5.6.0 Message Date header older than 30 days" (the header sanity checks of
#   lib/mx-guard) and "451 4.3.0 Temporary failure, try again later" (parsing, storing or routing threw).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# xmail's; the DSNs are made.
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
#   "421 4.7.0 Too many connections from your IP"   instead of the greeting, to every attempt, to the Postfix's second
#                              address 192.0.2.24 (for gamma.test: gus@gamma.test); the replaying server closes the
#                              connection after it, as smtp-server does
#   "554 5.7.1 Blacklisted by Spamhaus"   instead of the greeting, to the Exim's second address 192.0.2.34 (for
#                              gamma.test: gil@gamma.test); the replaying server then waits for the client's QUIT, where
#                              smtp-server closes the connection itself
#   "451 4.2.1 Mailbox not provisioned; please retry later"   to RCPT TO, to every attempt, for moe@ and mia@ beta.test
#   "550 5.1.1 Recipient rejected by policy"   to RCPT TO, for rory@ and rita@ beta.test
#   "451 4.7.1 Greylisted; please retry in 5 minutes"   to RCPT TO, to every attempt, for gail@ and glen@ beta.test
#   "451 4.3.0 Temporary failure"   to RCPT TO, to every attempt, for tom@ and tess@ beta.test
#   "550 5.7.1 DMARC policy violation"   after the message, for dora@ and dirk@ beta.test
#   "550 5.6.0 Missing or invalid From header"   after the message, for fern@ and finn@ beta.test
#   "550 5.6.0 Message Date header older than 30 days"   after the message, for otto@ and olga@ beta.test
#   "451 4.3.0 Temporary failure, try again later"   after the message, to every attempt, for tara@ and theo@ beta.test
# Not served: "550 5.1.1 User unknown in virtual mailbox table" (no local user and no matching route), whose words are
# Postfix's own, the greeting "<mail domain> ESMTP <mail domain> ESMTP" and smtp-server's EHLO answer (the replaying
# server's are used), and smtp-server's stock replies (syntax, sequence, its 552 for more than 25 MB), being the
# library's words.
# The replies are chosen by recipient or by the client's address, not by anything the senders did: no connection rate,
# DNS list, greylist, route, DMARC record or header was checked; each message is a few lines of plain text with a From
# and a current Date. The temporary replies come on every attempt (a greylist would let the retry through); each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-skaleclub-mx}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): xmail's MX receiver's replies.
TOOMANY='421 4.7.0 Too many connections from your IP'
SPAMHAUS='554 5.7.1 Blacklisted by Spamhaus'
NOTPROV='451 4.2.1 Mailbox not provisioned; please retry later'
POLICY='550 5.1.1 Recipient rejected by policy'
GREY='451 4.7.1 Greylisted; please retry in 5 minutes'
TEMPRCPT='451 4.3.0 Temporary failure'
DMARC='550 5.7.1 DMARC policy violation'
FROMHDR='550 5.6.0 Missing or invalid From header'
OLDDATE='550 5.6.0 Message Date header older than 30 days'
TEMPDATA='451 4.3.0 Temporary failure, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$TOOMANY" \
    client:192.0.2.34 connect "$SPAMHAUS" \
    moe@beta.test rcpt "$NOTPROV" \
    mia@beta.test rcpt "$NOTPROV" \
    rory@beta.test rcpt "$POLICY" \
    rita@beta.test rcpt "$POLICY" \
    gail@beta.test rcpt "$GREY" \
    glen@beta.test rcpt "$GREY" \
    tom@beta.test rcpt "$TEMPRCPT" \
    tess@beta.test rcpt "$TEMPRCPT" \
    dora@beta.test eom "$DMARC" \
    dirk@beta.test eom "$DMARC" \
    fern@beta.test eom "$FROMHDR" \
    finn@beta.test eom "$FROMHDR" \
    otto@beta.test eom "$OLDDATE" \
    olga@beta.test eom "$OLDDATE" \
    tara@beta.test eom "$TEMPDATA" \
    theo@beta.test eom "$TEMPDATA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe harbour wall is being repaired.\n\nCarol
mailbox-not-provisioned	carol@alpha.test	moe@beta.test	192.0.2.25	Moe,\n\nthe piano tuner comes on Tuesday.\n\nCarol
rejected-by-policy	carol@alpha.test	rory@beta.test	192.0.2.25	Rory,\n\nthe hedge needs trimming.\n\nCarol
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe bus stop has moved.\n\nCarol
rcpt-temporary-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe paint is dry now.\n\nCarol
dmarc-policy-violation	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe bakery sells rye again.\n\nCarol
invalid-from-header	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe rowing club meets early.\n\nCarol
date-header-too-old	carol@alpha.test	otto@beta.test	192.0.2.25	Otto,\n\nthe well water is clear.\n\nCarol
data-temporary-failure	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe bonfire is on Saturday.\n\nCarol
exim-blacklisted-by-spamhaus	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe stile by the wood is broken.\n\nPat
exim-mailbox-not-provisioned	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe onions are drying in the shed.\n\nPat
exim-rejected-by-policy	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe ducks are back on the pond.\n\nPat
exim-greylisted	pat@pi.test	glen@beta.test	192.0.2.35	Glen,\n\nthe market starts at eight.\n\nPat
exim-rcpt-temporary-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe roof tiles arrived.\n\nPat
exim-dmarc-policy-violation	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe kite is stuck in the oak.\n\nPat
exim-invalid-from-header	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe soup is on the hob.\n\nPat
exim-date-header-too-old	pat@pi.test	olga@beta.test	192.0.2.35	Olga,\n\nthe village fete raised a lot.\n\nPat
exim-data-temporary-failure	pat@pi.test	theo@beta.test	192.0.2.35	Theo,\n\nthe tide is low at noon.\n\nPat
SEND
# nine messages refused for good, returned at once (four by the Postfix, four by the Exim and the Exim's refused
# greeting), then for each of the four temporary replies (one recipient of each sender) and the Postfix's refused
# greeting a warning after a minute and a return after 3
lb_wait 27 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
