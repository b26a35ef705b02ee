#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mofux-mail-io: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of mail-io, Thomas Zilz's ("mofux") SMTP server for Node.js with its own protocol code and a plugin chain for
# every command (DNSBL and relay checks at RCPT TO, SpamAssassin, maildir storage and relaying after the message)
# (repository mofux/mail-io; MIT, its LICENSE, "Copyright (c) 2015 mofux"; read with the search tool: src/smtp-session.js,
# src/smtp-server.js, plugins/mail/core.js, plugins/rcpt/core.js, plugins/rcpt/dnsbl.js, plugins/rcpt/relay.js,
# plugins/queue/core.js, plugins/queue/maildir.js, plugins/queue/relay.js and plugins/queue/spamd.js at commit
# 1626554b3adf, plugins/data/core.js at commit 0351a098f8ba; only the reply texts are quoted). Its own code writes every
# reply below:
#   src/smtp-session.js, emit(): a plugin's res.reject(code, message) is written as the code, " Error: " and the message,
#   with CRLF, so every refusal on the wire reads "NNN Error: <message>";
#   plugins/rcpt/dnsbl.js: to RCPT TO of a client that has not authenticated, when the client's reversed address under
#   the configured list (the default zen.spamhaus.org) resolves, 550 "Service unavailable; Client host [<ip>] blocked
#   using <list>; " and the list's TXT records joined with ";";
#   plugins/rcpt/relay.js: to RCPT TO, with the relay on (the default) and no authentication (allowUnauthenticated
#   false by default), 502 "relay access denied" for a recipient on none of the configured domains, and for a recipient
#   on one of them when the sender is on one too;
#   plugins/mail/core.js: to MAIL FROM whose SIZE= is over limits.messageSize (100 MB by default), 552 "Message size
#   exceeds fixed maximum message size (" + config.maxMessageSize + " bytes)": the default configuration
#   (src/smtp-server.js) has no maxMessageSize, so the number reads "undefined";
#   plugins/queue/core.js: after the message (the "queue" event the DATA plugin fires at the final dot), 451 "Error while
#   parsing the mail" when mailparser fails on the stored message and 451 "Error while processing the mail" when the
#   stored file cannot be read;
#   plugins/queue/maildir.js: after the message, 451 "Requested action aborted - failed to store message." when a
#   recipient's maildir cannot be made or written.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mail-io's; the DSNs are made.
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
#   "552 Error: Message size exceeds fixed maximum message size (undefined bytes)"   to MAIL FROM, from the senders'
#                              second addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 Error: Service unavailable; Client host [<client>] blocked using zen.spamhaus.org; <TXT>"   to RCPT TO, for
#                              dora@ and dale@ beta.test; <client> is the sending MTA's address, <TXT> the list's
#                              record, here "https://www.spamhaus.org/query/ip/<client>"
#   "502 Error: relay access denied"   to RCPT TO, for rex@ and rue@ delta.test (a domain mail-io does not serve)
#   "451 Error: Error while parsing the mail"   after the message, to every attempt, for pia@ and pip@ beta.test
#   "451 Error: Error while processing the mail"   after the message, to every attempt, for pru@ and pam@ beta.test
#   "451 Error: Requested action aborted - failed to store message."   after the message, to every attempt, for sid@
#                              and sal@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used), the syntax and sequence replies of the
# core plugins ("503 Error: need MAIL command", "501 Error: incomplete RCPT command", "501 Error: Parse error in mail
# command", "503 Error: no valid recipients" and the like, which no relaying MTA meets), "502 Error: too many
# recipients" (the 101st recipient of one transaction; every message here has one), the AUTH and STARTTLS replies,
# "554 Error: Too many failed authentications", and "500 Internal server error" (written when a plugin throws, the
# connection then closed). The size refusal stands for a MAIL command whose SIZE= is over the limit; the messages here
# are a few lines of plain text. The DNSBL refusal stands for a sending MTA whose address the list names (mail-io skips
# the lookup for 127.0.0.1 only); the TXT record is the list's, not mail-io's, and its shape here is Spamhaus's
# query link. The relay refusal stands for a recipient outside mail-io's configured domains from a client that has not
# authenticated. The temporary refusals after the message stand for a message mailparser cannot parse, a stored file
# that cannot be read back and a maildir that cannot be written. The replies are chosen by recipient or client
# address, not by anything the senders did: each message has one recipient. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text at
# one stage.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mofux-mail-io}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mail-io's plugins' replies, as its session writes them.
TOOBIG='552 Error: Message size exceeds fixed maximum message size (undefined bytes)'
DNSBL='550 Error: Service unavailable; Client host [{client}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{client}'
RELAY='502 Error: relay access denied'
PARSING='451 Error: Error while parsing the mail'
PROCESSING='451 Error: Error while processing the mail'
STORE='451 Error: Requested action aborted - failed to store message.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$TOOBIG" \
    client:192.0.2.34 mail "$TOOBIG" \
    dora@beta.test rcpt "$DNSBL" \
    dale@beta.test rcpt "$DNSBL" \
    rex@delta.test rcpt "$RELAY" \
    rue@delta.test rcpt "$RELAY" \
    pia@beta.test eom "$PARSING" \
    pip@beta.test eom "$PARSING" \
    pru@beta.test eom "$PROCESSING" \
    pam@beta.test eom "$PROCESSING" \
    sid@beta.test eom "$STORE" \
    sal@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-size-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe quilting circle meets in the library now.\n\nCarol
client-host-blocked	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe rowing club has a spare oar for you.\n\nCarol
relay-access-denied	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe lighthouse tour is on the first Sunday.\n\nCarol
error-parsing-mail	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe cider is bottled and labelled.\n\nCarol
error-processing-mail	carol@alpha.test	pru@beta.test	192.0.2.25	Pru,\n\nthe bell ringers practise on Thursday.\n\nCarol
failed-to-store-message	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe hedge along the lane has been laid.\n\nCarol
exim-message-size-exceeded	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe choir needs two more tenors.\n\nPat
exim-client-host-blocked	pat@pi.test	dale@beta.test	192.0.2.35	Dale,\n\nthe allotment gate has a new latch.\n\nPat
exim-relay-access-denied	pat@pi.test	rue@delta.test	192.0.2.35	Rue,\n\nthe village fete bunting is in the loft.\n\nPat
exim-error-parsing-mail	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe canal boat is booked for August.\n\nPat
exim-error-processing-mail	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe pottery wheel is fixed at last.\n\nPat
exim-failed-to-store-message	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe orchard walk starts at the stile.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
