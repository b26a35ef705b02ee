#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oposs-smtp-proxy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtp-proxy, OETIKER+PARTNER's "SMTP submission proxy that lets a REST API decide which sender addresses an
# authenticated user may use" (the Rust rewrite of their Perl smtp-proxy: after STARTTLS and AUTH it collects the
# envelope and the header block, posts them to a REST API that allows or refuses the message, and streams an allowed
# message to the upstream SMTP server; it limits connections, messages per minute and recipients per message)
# (repository oposs/smtp-proxy-rs, GPL-3.0-or-later in its README.md; read with the search tool: docs/manual.md at
# commit 05574c590972, the manual's "SMTP REPLIES" section, which lists every reply the proxy composes, and its "API"
# and "Limits" sections; src/server/session.rs (want_mail, want_rcpt, read_message and the header-block refusal, the
# later version of the file), src/proxy.rs at commit 05472cfd8431 (the API's verdict, the shared "authentication
# service failed" text) and README.md at commit c44535010e50 (the limits the Perl version lacked); only the reply texts
# are quoted).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp-proxy's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the proxy writes it:
#   "421 smtp-proxy Too many connections, try again later"
#        instead of the greeting when --max_connections (1000 in all) or --max_connections_per_ip (50 from one client)
#        is reached, then the connection is closed; to every connection from the Postfix's second address (out2.alpha.test,
#        192.0.2.24, which sends for gamma.test), for gus@gamma.test
#   "450 4.7.1 Rate limit exceeded, try again later"
#        to MAIL FROM beyond --max_messages_per_minute (60) for the username given at AUTH; to every MAIL FROM from the
#        Exim's second address (out2.pi.test, 192.0.2.34, which sends for gamma.test), for gwen@gamma.test
#   "452 4.5.3 Too many recipients"
#        to a RCPT TO beyond --max_recipients (1000 in one message); to every attempt, for crowd@beta.test (Postfix)
#   "550 " (the code and a space)
#        after the message: the API refused it ("allow": false) and gave no "reason"; for nell@beta.test (Postfix) and
#        noel@beta.test (Exim)
#   "552 Header block exceeds maximum size of 1048576 bytes"
#        after the message: its header block is larger than --max_header_size (1048576, the default); for hal@beta.test
#        (Postfix) and hugo@beta.test (Exim)
#   "451 authentication service failed"
#        after the message: the API gave no verdict (no connection, no answer in 60 seconds, a status outside 2xx or a
#        body that is not its JSON answer); to every attempt, for ava@beta.test (Postfix)
#   "550 authentication service failed"
#        after the message: a header, from the client or from the API, carries a line break that is not a fold or has
#        an unusable name, so it cannot be relayed (the same text as the 451, so that only the code tells them apart);
#        for hank@beta.test (Exim)
#   "451 timeout talking to the upstream"
#        after the message: the upstream SMTP server the proxy relays to did not answer in time ("451 <text>": the
#        upstream could not be used); to every attempt, for tim@beta.test (Exim)
# Not served: "550 <reason>" with a reason of the site's API (its words, not the proxy's), "421 smtp-proxy Service not
# available, closing transmission channel" (a drain after SIGTERM), "530 Must issue a STARTTLS command first" and
# "530 Authentication required" (a client that has not done STARTTLS or AUTH), "535 Authentication credentials
# invalid", "504 Authentication mechanism not supported", "500 confused authentication response", "553
# Unimplemented" (VRFY), "500 Line too long", "550 Refusing to relay the address '<address>': it contains characters
# that cannot appear in an SMTP command line", the other "451 <text>" causes (no connection, a failed TLS handshake,
# "upstream does not offer STARTTLS") and the upstream's own replies, which the proxy passes on. The replies are chosen
# by recipient or client address, not by anything the senders did: neither sender uses STARTTLS or AUTH (the replaying
# server offers neither), no limit was reached, no API or upstream was asked and the messages are a few lines long.
# The refused greeting, the 450, the 452 and the two 451 come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where smtp-proxy greets "220 smtp-proxy
# SMTP service ready" and answers EHLO "250-smtp-proxy offers a warm hug of welcome" with STARTTLS.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oposs-smtp-proxy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-proxy's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 smtp-proxy Too many connections, try again later' \
    client:192.0.2.34 mail '450 4.7.1 Rate limit exceeded, try again later' \
    crowd@beta.test rcpt '452 4.5.3 Too many recipients' \
    nell@beta.test eom '550 ' \
    noel@beta.test eom '550 ' \
    hal@beta.test eom '552 Header block exceeds maximum size of 1048576 bytes' \
    hugo@beta.test eom '552 Header block exceeds maximum size of 1048576 bytes' \
    ava@beta.test eom '451 authentication service failed' \
    hank@beta.test eom '550 authentication service failed' \
    tim@beta.test eom '451 timeout talking to the upstream' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gates are locked at dusk now.\n\nCarol
too-many-recipients	carol@alpha.test	crowd@beta.test	192.0.2.25	Hello all,\n\nthe harvest supper is on the last Saturday.\n\nCarol
refused-without-reason	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe seed swap moved to the church hall.\n\nCarol
header-block-too-large	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe rain gauge by the shed is cracked.\n\nCarol
authentication-service-failed	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe bee hives were inspected on Monday.\n\nCarol
exim-rate-limit-exceeded	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe tow path is closed past the second lock.\n\nPat
exim-refused-without-reason	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe brass band plays on the green at four.\n\nPat
exim-header-block-too-large	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe ferry runs an extra crossing on Sundays.\n\nPat
exim-header-not-relayable	pat@pi.test	hank@beta.test	192.0.2.35	Hank,\n\nthe smithy opens its doors for the fair.\n\nPat
exim-upstream-timeout	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe village pond has been dredged at last.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the refused
# greeting, the 452 and the 451 (to the Postfix) and the 450 and the 451 (to the Exim) a warning after a minute and a
# return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
