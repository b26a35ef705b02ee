#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lsflk-raven-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP delivery service of Raven, the Lanka Software Foundation's (LSFLK's) IMAP server and mail store in
# Go for its Silver mail stack (repository LSFLK/raven, first published as Aravinda-HWK/Silver-IMAP, as its README
# says; no LICENSE file is stored for it, and none was read; read with the search tool; only the reply texts are
# quoted). In Silver's layout the MTA hands each accepted message to Raven's delivery service over LMTP, which stores
# it in per-user SQLite databases that the IMAP server reads. Its own code writes every reply below:
#   internal/delivery/lmtp/session.go (commit bb5e414fd2c4): Session.handleRCPT "550 5.7.1 Relay not permitted" (the
#   recipient's domain is not in delivery.allowed_domains), "550 5.1.1 Invalid recipient address" (with allowed
#   domains set, parser.ExtractDomain finds not exactly one "@" in the address), "550 5.1.1 User does not exist"
#   (delivery.reject_unknown_user is on and storage.CheckRecipientExists finds no such user) and "450 4.3.0 Temporary
#   failure" (that lookup failed); Session.handleDATA, after the message, "554 Error reading message: <err>",
#   "554 Error parsing message: <err>" (one reply for the whole message, not one per recipient) and, per recipient,
#   "550 5.3.0 Delivery failed for <<rcpt>>: <err>". sendResponse writes each as "<code> <text>", one line.
#   internal/delivery/parser/parser.go (commit 4db08be983a2): the <err> texts served: ReadDataCommand's "message size
#   exceeds maximum allowed size (52428800 bytes)" (the body read so far is over lmtp.max_size, 52428800 by
#   internal/delivery/config/config.go's DefaultConfig, commit 3d317c977ea3), ParseMessage's "missing To/Cc/Bcc headers"
#   (the message has none of To, Cc or Bcc) and ParseMIMEMessage's "failed to parse multipart: <err>";
#   internal/delivery/storage/storage.go (commit 341596e6184859): DeliverMessage wraps that as "failed to parse message:
#   <err>"; the innermost words, "multipart: NextPart: EOF", are Go's mime/multipart reader's for a multipart body in
#   which no boundary line is found.
# The files read are of different commits (the index keeps one version of each file): the session of bb5e414fd2c4 is
# the one that checks unknown users; a later version of the same file (read by its index id, commit not named) drops
# that check and resolves group addresses, with the same relay, invalid-address, read, parse and delivery replies.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Raven's; the DSNs are made.
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
#   "550 5.7.1 Relay not permitted"   to RCPT TO, for rex@ and rae@ beta.test
#   "550 5.1.1 User does not exist"   to RCPT TO, for uma@ and udo@ beta.test
#   "550 5.1.1 Invalid recipient address"   to RCPT TO, for ivy@ and ike@ beta.test
#   "450 4.3.0 Temporary failure"   to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "554 Error reading message: message size exceeds maximum allowed size (52428800 bytes)"   after the message, for
#                              sid@ and sue@ beta.test
#   "554 Error parsing message: missing To/Cc/Bcc headers"   after the message, for pam@ and pip@ beta.test
#   "550 5.3.0 Delivery failed for <{rcpt}>: failed to parse message: failed to parse multipart: multipart: NextPart:
#                              EOF"   after the message ({rcpt} is the recipient answered), for del@ and dee@ beta.test
# Not served: the LMTP server's greeting and LHLO answer (the replaying server's greeting and EHLO answer are used), its
# syntax and sequence replies ("500 Command not recognized", "501 ...", "503 Please send ... first"), "452 Too many
# recipients" (over lmtp.max_recipients, 100 by default and never below 1; every message here has one recipient),
# "554 Message validation failed: <err>" (its size check repeats the one the read already made, and ParseMessage has
# already refused a message without From or recipients), the other <err> texts of the read, parse and delivery
# failures (a broken connection, net/mail's parse errors, the database errors of storing) and the 250s. The LMTP
# replies are served as the answer of the SMTP server that relaying MTAs meet; in Silver's layout an MTA stands in
# front and how it words a refusal it has from LMTP was not read. The invalid-address reply stands for an address with
# no or two "@" (the addresses here have one); the size reply for a message over 50 MiB, the To/Cc/Bcc reply for a
# message without those headers and the delivery failure for a multipart message without a boundary line (the
# messages here are a few lines of plain text with a To header). The replies are chosen by recipient address, not by
# anything the senders did: each message has one recipient. The temporary reply comes on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; the second addresses are not used here):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lsflk-raven-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Raven's LMTP delivery service's replies.
RELAY='550 5.7.1 Relay not permitted'
NOUSER='550 5.1.1 User does not exist'
INVALID='550 5.1.1 Invalid recipient address'
TEMP='450 4.3.0 Temporary failure'
SIZE='554 Error reading message: message size exceeds maximum allowed size (52428800 bytes)'
NOTO='554 Error parsing message: missing To/Cc/Bcc headers'
FAILED='550 5.3.0 Delivery failed for <{rcpt}>: failed to parse message: failed to parse multipart: multipart: NextPart: EOF'
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "$RELAY" \
    rae@beta.test rcpt "$RELAY" \
    uma@beta.test rcpt "$NOUSER" \
    udo@beta.test rcpt "$NOUSER" \
    ivy@beta.test rcpt "$INVALID" \
    ike@beta.test rcpt "$INVALID" \
    tia@beta.test rcpt "$TEMP" \
    tom@beta.test rcpt "$TEMP" \
    sid@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    pam@beta.test eom "$NOTO" \
    pip@beta.test eom "$NOTO" \
    del@beta.test eom "$FAILED" \
    dee@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-not-permitted	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe bike shed key is under the mat.\n\nCarol
user-does-not-exist	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe pottery class moved to Tuesday.\n\nCarol
invalid-recipient-address	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe lantern walk starts at the old mill.\n\nCarol
temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe raffle tickets are in the blue tin.\n\nCarol
message-size-exceeded	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe canoe trip photos are on the stick.\n\nCarol
missing-recipient-headers	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe hedge trimmer is back in the garage.\n\nCarol
delivery-failed	carol@alpha.test	del@beta.test	192.0.2.25	Del,\n\nthe chess club meets in the library now.\n\nCarol
exim-relay-not-permitted	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe compost bins were emptied today.\n\nPat
exim-user-does-not-exist	pat@pi.test	udo@beta.test	192.0.2.35	Udo,\n\nthe kite festival is on Sunday.\n\nPat
exim-invalid-recipient-address	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe harbour ferry runs late on Fridays.\n\nPat
exim-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe paint for the fence arrived.\n\nPat
exim-message-size-exceeded	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe band practice recordings are ready.\n\nPat
exim-missing-recipient-headers	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe bread oven is warm by noon.\n\nPat
exim-delivery-failed	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe map of the trail is on the fridge.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the two
# temporary cases (one to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
