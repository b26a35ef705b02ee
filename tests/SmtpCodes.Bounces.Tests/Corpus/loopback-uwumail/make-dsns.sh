#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-uwumail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of UwUMail, MinifyX's self-hosted mail server in Rust (the repository MinifyX/UwUMail-Server: SMTP, IMAP, JMAP,
# CalDAV and CardDAV, a spam filter with greylisting and Bayes, ClamAV, Sieve, groups, forwarding and masked addresses;
# the LICENSE file not in the index; read with the search tool; only the reply texts are quoted), whose own code
# writes every reply of its MX listener on port 25: crates/uwumail-smtp/src/inbound.rs, commit 0219e9dd2581 (handle,
# Session::mail, rcpt and finish_message, and receive, the pipeline every message from another server goes through;
# each reply one line with CR LF and an enhanced code):
#   "421 4.7.0 Too many connections from your address, try again later" instead of the greeting (the client already
#   holds max_connections_per_client connections), "552 5.3.4 Message too big" to MAIL FROM (the SIZE the client
#   declares is over max_message_size), "550 5.1.1 <address>: No such mailbox here" to RCPT TO (no account, alias or
#   group for the address at one of the server's domains), "550 5.7.1 Relaying denied" to RCPT TO (a domain that is
#   not the server's, on the MX listener), "550 5.1.1 <address>: This address does not take mail" to RCPT TO (a
#   service account that only sends, with no mailbox and no address to deliver to), "452 4.2.2 <address>: Mailbox is
#   full" to RCPT TO (the account's used bytes and the declared size pass its quota), "451 4.3.0 Temporary lookup
#   failure" to RCPT TO (the recipient or group lookup in the store failed), and after the message "451 4.7.1 Please
#   try again in <minutes> minutes" (the spam score is suspicious and every recipient greylists this client, sender
#   and recipient for a while), "550 5.7.1 This message looks like spam" (the score is over the server's limit, or
#   every recipient's own), "550 5.7.1 Mail from this sender is not accepted here" (every recipient has the sender on
#   a blocked-senders list) and "554 5.7.0 This message contains <virus>" (ClamAV found something; the name is
#   clamd's).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# UwUMail's; the DSNs are made.
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
#   "421 4.7.0 Too many connections from your address, try again later"   (the client has too many connections)
#                              instead of the greeting, to every attempt, to the Postfix's second address (for
#                              gamma.test)
#   "552 5.3.4 Message too big"   (the declared SIZE is over the limit) to MAIL FROM from the Exim's second address
#                              (for gamma.test)
#   "550 5.1.1 <una@beta.test>: No such mailbox here"   (no such account) to RCPT TO, for una@beta.test
#   "550 5.1.1 <ugo@beta.test>: This address does not take mail"   (a send-only account) to RCPT TO, for ugo@beta.test
#   "550 5.7.1 Relaying denied"   (not one of the server's domains) to RCPT TO, for dan@delta.test
#   "452 4.2.2 <mia@beta.test>: Mailbox is full"   (over quota) to RCPT TO, to every attempt, for mia@beta.test
#   "451 4.3.0 Temporary lookup failure"   (the store's lookup failed) to RCPT TO, to every attempt, for lou@beta.test
#   "451 4.7.1 Please try again in 5 minutes"   (greylisted; the minutes the greylist still wants) after the message,
#                              to every attempt, for gus@beta.test
#   "550 5.7.1 This message looks like spam"   (over the spam limit) after the message, for sal@beta.test
#   "550 5.7.1 Mail from this sender is not accepted here"   (a blocked sender) after the message, for sid@beta.test
#   "554 5.7.0 This message contains Win.Test.EICAR_HDB-1"   (a virus; the name clamd gives the EICAR test file)
#                              after the message, for vic@beta.test
# Not served: the greeting ("220 <hostname> ESMTP UwUMail ready") and the EHLO answer (the replaying server's are
# used), "421 4.3.2 Too many connections, try again later" (the server-wide limit), the 421 replies to an idle or slow
# session and to too many errors, the syntax and sequence replies (500, 501, 502 and 503), the submission listener's
# replies (530, 553 and the AUTH replies), the group refusals ("Only members of this group may write to it", "Only
# addresses of <domain> may write to this group"), "550 5.7.1 This address only accepts delivery notices", "452 4.5.3
# Too many recipients", the DMARC refusal "550 5.7.1 <reason>", "554 5.6.0 Refused: <fault>", "554 5.4.6 Too many
# hops, possible mail loop", "552 5.3.4 Message too big" after the message, and "451 4.3.0 Temporary server error".
# The replies are chosen by recipient or by the client's address, not by anything the senders did. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-uwumail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): UwUMail's replies as its MX listener writes them.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Too many connections from your address, try again later' \
    client:192.0.2.34 mail '552 5.3.4 Message too big' \
    una@beta.test rcpt '550 5.1.1 <una@beta.test>: No such mailbox here' \
    ugo@beta.test rcpt '550 5.1.1 <ugo@beta.test>: This address does not take mail' \
    dan@delta.test rcpt '550 5.7.1 Relaying denied' \
    mia@beta.test rcpt '452 4.2.2 <mia@beta.test>: Mailbox is full' \
    lou@beta.test rcpt '451 4.3.0 Temporary lookup failure' \
    gus@beta.test eom '451 4.7.1 Please try again in 5 minutes' \
    sal@beta.test eom '550 5.7.1 This message looks like spam' \
    sid@beta.test eom '550 5.7.1 Mail from this sender is not accepted here' \
    vic@beta.test eom '554 5.7.0 This message contains Win.Test.EICAR_HDB-1' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe harvest supper is on the twelfth.\n\nCarol
no-such-mailbox	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe river walk starts at the bridge.\n\nCarol
mailbox-full	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe jam jars are in the porch.\n\nCarol
greylisted	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe bowls club needs a new captain.\n\nCarol
looks-like-spam	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe map of the old tram lines is framed.\n\nCarol
exim-message-too-big	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe pond has frogspawn again.\n\nPat
exim-does-not-take-mail	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe band plays in the park at six.\n\nPat
exim-relaying-denied	pat@pi.test	dan@delta.test	192.0.2.35	Dan,\n\nthe footpath sign blew down.\n\nPat
exim-lookup-failure	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe parish newsletter needs a cartoon.\n\nPat
exim-sender-not-accepted	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe allotment shed has a new lock.\n\nPat
exim-virus	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe lantern parade route is posted.\n\nPat
SEND
# seven messages refused for good, returned at once (two by the Postfix, five by the Exim), then for each of the four
# temporary replies (three to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
