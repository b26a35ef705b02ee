#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kopano: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the LMTP server of Kopano's delivery agent (kopano-dagent in LMTP mode: the groupware store's delivery agent, by
# Kopano B.V., formerly Zarafa; AGPL-3.0) writes to a client delivering mail to it, each reply as its source builds it;
# a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# Kopano's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script (mkdir -p "$OUT" first for another)
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): Kopano-dev/kopano-core, spooler/DAgent.cpp (commit 008c809de968):
# HandlerLMTP, which reply each LMTP command gets, and ProcessDeliveryToServer, which status each recipient gets after
# the message ("%ls" there is the recipient's address); stringify (common/stringutil.cpp), which writes an error code as
# "0x%08X". What the code (its branches, comments and log lines) says each reply means:
#   connect, the agent cannot open its session to the store as the system user ("HrGetSession failed"): "421 internal
#     error: GetSession failed"; it cannot open the address book folder it resolves recipients in: "421 internal error:
#     OpenResolveAddrFolder failed";
#   RCPT TO, the address "does not resolve to a user": "503 5.1.1 User does not exist"; it "resolves to multiple
#     users": "503 5.1.4 Destination mailbox address ambiguous"; the lookup itself failed ("Failed to lookup email
#     address"): "503 5.1.1 Connection error: " and the error code, here 0x80040115 (MAPI_E_NETWORK_ERROR, chosen as
#     the error a lost connection to the store gives; the code writes whatever error it got);
#   after the message, the plugin manager could not start ("K-1731: Unable to initialize the dagent plugin manager"):
#     "503 5.1.1 Internal error during delivery";
#   after the message, for each recipient: the store is full ("LMTP requires different notification when Quota for
#     user was exceeded"): "552 5.2.2 <address> Quota exceeded"; any other failed delivery ("Unable to deliver
#     message"): "450 4.2.0 <address> Mailbox temporarily unavailable"; the storage server could not be opened ("notify
#     LMTP client soft error to try again later"): "450 4.5.0 <address> network or permissions error to storage server:
#     0x80040115" (the same error code as above).
# The selection (stated before the run, not by what any reader makes of the texts): the replies of this version's LMTP
# handler that name a cause a delivering server can meet, small enough for one batch; not served: the replies to
# malformed or unknown commands ("555 5.5.4 Command not recognized", "501 5.5.4 Syntax: LHLO hostname", "503 5.1.7
# Bad sender's mailbox address syntax", "503 5.1.3 Bad destination mailbox address syntax", "503 5.1.1 No
# recipients"), "221 5.0.0 Connection closed due to timeout" (an idle client), "221 2.0.0 Server is shutting down",
# "503 5.1.1 Internal error during delivery" for a temporary file it could not create (the same words, sent to the
# DATA command instead of after the message), "503 5.1.1 Failed to add user to recipients" and "503 5.1.1 Internal
# error while searching recipient delivery status" (internal failures of its own bookkeeping, left out to keep the
# batch small), and "250 2.4.7 <address> Delivery time expired" (an expired message: a success code, so no sender
# writes a DSN). The connect refusals go to the second address of each sender (the clients that send to gamma.test);
# the others to recipients of beta.test:
#   "421 internal error: GetSession failed"                connect    (the Postfix) gale@gamma.test
#   "421 internal error: OpenResolveAddrFolder failed"     connect    (the Exim) glen@gamma.test
#   "503 5.1.1 User does not exist"                        RCPT TO    nat@, nell@beta.test; nico@beta.test
#   "503 5.1.4 Destination mailbox address ambiguous"      RCPT TO    amy@beta.test; abe@beta.test
#   "503 5.1.1 Connection error: 0x80040115"               RCPT TO    cal@beta.test; cole@beta.test
#   "503 5.1.1 Internal error during delivery"             after the message   dan@beta.test; dot@beta.test
#   "552 5.2.2 fay@beta.test Quota exceeded" (the address filled in)
#                                                          after the message   fay@beta.test; fern@beta.test
#   "450 4.2.0 mia@beta.test Mailbox temporarily unavailable" (the address filled in)
#                                                          after the message   mia@beta.test; moe@beta.test
#   "450 4.5.0 tess@beta.test network or permissions error to storage server: 0x80040115" (the address filled in)
#                                                          after the message   tess@beta.test; tom@beta.test
# (the first address or pair of each line the Postfix's, the other the Exim's). The temporary replies are served to
# every attempt, so each sender warns after a minute and returns after three. Kopano speaks LMTP to the MTA in front of
# it and answers each recipient after the message; here the senders meet its words over SMTP, one recipient to each
# message with a reply after the message. The replies are chosen by recipient or client address, not by anything the
# senders did: the messages are a few lines without an attachment, the senders give HELO and qualified addresses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kopano}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): kopano-dagent's reply lines, the recipient's address filled in.
USER_DOES_NOT_EXIST='503 5.1.1 User does not exist'
AMBIGUOUS='503 5.1.4 Destination mailbox address ambiguous'
CONNECTION_ERROR='503 5.1.1 Connection error: 0x80040115'
INTERNAL_ERROR='503 5.1.1 Internal error during delivery'
QUOTA_EXCEEDED='552 5.2.2 {rcpt} Quota exceeded'
TEMPORARILY_UNAVAILABLE='450 4.2.0 {rcpt} Mailbox temporarily unavailable'
STORAGE_SERVER='450 4.5.0 {rcpt} network or permissions error to storage server: 0x80040115'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 internal error: GetSession failed' \
    client:192.0.2.34 connect '421 internal error: OpenResolveAddrFolder failed' \
    nat@beta.test rcpt "$USER_DOES_NOT_EXIST" \
    nell@beta.test rcpt "$USER_DOES_NOT_EXIST" \
    nico@beta.test rcpt "$USER_DOES_NOT_EXIST" \
    amy@beta.test rcpt "$AMBIGUOUS" \
    abe@beta.test rcpt "$AMBIGUOUS" \
    cal@beta.test rcpt "$CONNECTION_ERROR" \
    cole@beta.test rcpt "$CONNECTION_ERROR" \
    dan@beta.test eom "$INTERNAL_ERROR" \
    dot@beta.test eom "$INTERNAL_ERROR" \
    fay@beta.test eom "$QUOTA_EXCEEDED" \
    fern@beta.test eom "$QUOTA_EXCEEDED" \
    mia@beta.test eom "$TEMPORARILY_UNAVAILABLE" \
    moe@beta.test eom "$TEMPORARILY_UNAVAILABLE" \
    tess@beta.test eom "$STORAGE_SERVER" \
    tom@beta.test eom "$STORAGE_SERVER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
getsession-failed	carol@alpha.test	gale@gamma.test	192.0.2.25	Gale,\n\nthe hedge needs trimming.\n\nCarol
user-does-not-exist	carol@alpha.test	nat@beta.test,nell@beta.test	192.0.2.25	Nat, Nell,\n\nthe pantomime tickets are here.\n\nCarol
address-ambiguous	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe swimming gala is in June.\n\nCarol
connection-error	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe orchard walk is on.\n\nCarol
internal-error	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe village sign was repainted.\n\nCarol
quota-exceeded	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe recipe swap is on Monday.\n\nCarol
mailbox-temporarily-unavailable	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe bell ringers need one more.\n\nCarol
storage-server-error	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe bonfire is cancelled.\n\nCarol
exim-openresolveaddrfolder-failed	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe ferry times changed.\n\nPat
exim-user-does-not-exist	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe pub quiz moved to Wednesday.\n\nPat
exim-address-ambiguous	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe tool library opens soon.\n\nPat
exim-connection-error	pat@pi.test	cole@beta.test	192.0.2.35	Cole,\n\nthe fun run route is below.\n\nPat
exim-internal-error	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe craft fair stalls are full.\n\nPat
exim-quota-exceeded	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe beach clean is at low tide.\n\nPat
exim-mailbox-temporarily-unavailable	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe scout hut roof is fixed.\n\nPat
exim-storage-server-error	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe carol service is at seven.\n\nPat
SEND
# ten returns at once (the five permanent replies, to each sender), then for the six temporary cases (three to each
# sender, counting its connect refusal) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
