#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nova-mail-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP gateway of Nova Mail, harishtalluri94's multi-tenant mail platform in Rust (its README: Stalwart
# as the edge MTA for SMTP in and out, and a dozen Rust services behind it; the lmtp-gateway service is "Local mail
# delivery and quota enforcement": it takes each message from the edge MTA, stores it as a blob, writes its metadata to
# PostgreSQL and queues indexing and delivery jobs in Redis; the repository harishtalluri94/Nova_Mail, no licence file,
# its README says "Proprietary - All Rights Reserved"; read with the search tool; only the reply texts are quoted).
# The session 50 builder read this listener by its greeting, "Nova Mail LMTP Service", but the index would not name
# its repository; the path services/lmtp-gateway/src/main.rs named it here. Files read:
# services/lmtp-gateway/src/lmtp_server.rs and services/lmtp-gateway/src/main.rs at commit da5aa21dc870 (main starts
# lmtp_server::run_server on port 24), services/lmtp-gateway/src/quota.rs at commit cb3245e3ef2f,
# servers/edge-mta/config/config.toml at commit c8b871cde77e (the Stalwart edge MTA delivers to it over LMTP). Its
# handle_connection answers each command line with a string its own code writes; served here over SMTP, its refusals
# are:
#   handle_rcpt_to, to RCPT TO: "550 5.1.1 User unknown" when verify_recipient finds no active user with that address
#   in the users table; "452 4.2.2 Mailbox full" when quota::check_quota returns false (the user's stored bytes have
#   reached storage_limit_bytes or the message count has reached message_limit); "451 4.3.0 Temporary server error"
#   when the quota check itself failed (a database error);
#   process_message, after the message's final dot: "554 5.6.0 Message parsing failed" when nova_mime_tools'
#   parse_message cannot parse the message (one reply for the transaction); "451 4.3.0 Temporary storage error" when
#   the blob store refused the message (one reply for the transaction); "451 4.3.0 Temporary failure", the reply for
#   each recipient whose delivery failed (deliver_to_recipient: the user or inbox lookup, the messages insert or the
#   Redis queueing failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Nova Mail's; the DSNs are made.
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
#   "550 5.1.1 User unknown"   (no active user with that address) to RCPT TO, for uma@ and udo@ beta.test
#   "452 4.2.2 Mailbox full"   (the storage or message quota is used up) to RCPT TO, to every attempt, for mia@ and
#                              max@ beta.test
#   "451 4.3.0 Temporary server error"   (the quota check failed) to RCPT TO, to every attempt, for sam@ and sue@
#                              beta.test
#   "554 5.6.0 Message parsing failed"   (the message could not be parsed) after the message, for pia@ and pete@
#                              beta.test
#   "451 4.3.0 Temporary storage error"   (the blob store failed) after the message, to every attempt, for bo@ and
#                              bea@ beta.test
#   "451 4.3.0 Temporary failure"   (the recipient's delivery failed) after the message, to every attempt, for dina@
#                              and dex@ beta.test
# Not served: the greeting ("220 Nova Mail LMTP Service Ready") and LHLO answer (the replaying server's greeting and
# EHLO answer are used), "500 Error: bad syntax", "501 5.5.4 Syntax error in parameters", "503 5.5.1 Bad sequence of
# commands", "500 5.5.1 Command not recognized: <verb>" (protocol errors no relaying MTA meets), and the acceptances
# ("250 2.1.5 OK: queued as <blob id>"). The replies are chosen by recipient, not by anything the senders did (each
# message has one recipient and is a few lines of plain text). The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nova-mail-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the LMTP gateway's replies as it writes them.
UNKNOWN='550 5.1.1 User unknown'
FULL='452 4.2.2 Mailbox full'
SERVER='451 4.3.0 Temporary server error'
PARSING='554 5.6.0 Message parsing failed'
STORAGE='451 4.3.0 Temporary storage error'
FAILURE='451 4.3.0 Temporary failure'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$UNKNOWN" \
    udo@beta.test rcpt "$UNKNOWN" \
    mia@beta.test rcpt "$FULL" \
    max@beta.test rcpt "$FULL" \
    sam@beta.test rcpt "$SERVER" \
    sue@beta.test rcpt "$SERVER" \
    pia@beta.test eom "$PARSING" \
    pete@beta.test eom "$PARSING" \
    bo@beta.test eom "$STORAGE" \
    bea@beta.test eom "$STORAGE" \
    dina@beta.test eom "$FAILURE" \
    dex@beta.test eom "$FAILURE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe ferry times changed for the winter.\n\nCarol
mailbox-full	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe bread oven is warm by six.\n\nCarol
temporary-server-error	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe allotment gate has a new lock.\n\nCarol
message-parsing-failed	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe quilt show opens on Friday.\n\nCarol
temporary-storage-error	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe canoe paddles are drying in the porch.\n\nCarol
temporary-failure	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe brass band plays in the square.\n\nCarol
exim-user-unknown	pat@pi.test	udo@beta.test	192.0.2.35	Udo,\n\nthe hedge trimmer is back from the shop.\n\nPat
exim-mailbox-full	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe skating rink opens next week.\n\nPat
exim-temporary-server-error	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe herb garden needs watering.\n\nPat
exim-message-parsing-failed	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe darts league moved to Tuesdays.\n\nPat
exim-temporary-storage-error	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe map of the trail is on the fridge.\n\nPat
exim-temporary-failure	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe sailing club repainted the hut.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
