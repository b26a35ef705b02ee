#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rookery: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound MX of rookery, oleblaesing's "PGP-first, self-hostable email server" in Go (its README: "A mail server
# (inbound + outbound SMTP) that speaks standard email to the rest of the world" with a web client that encrypts and
# decrypts in the browser, rspamd and Redis started beside it; the repository oleblaesing/rookery, its README naming
# its LICENSE AGPLv3; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below: internal/smtp/inbound.go (commit 0870919ce881, the stored version with the rspamd check; the earlier stored
# version at a79a5892a976 has the same RCPT and storage replies without it): inboundSession.Rcpt, which looks the
# recipient up (resolveRecipient: a verified domain, the local part with its +tag stripped, an address or the
# domain's catch-all) and then the user's quota, and inboundSession.Data, which asks rspamd (/checkv2) and writes the
# message's blob. Each refusal is an emersion/go-smtp SMTPError whose code, enhanced code and words the code sets, which
# go-smtp writes as "<code> <enhanced code> <words>":
#   to RCPT TO "550 5.1.1 No such user" (resolveRecipient gives ErrNoSuchUser: no verified domain of that name, or no
#   address and no catch-all), "452 4.2.2 Mailbox full" (the user's used_bytes has reached its quota_bytes) and "451
#   4.0.0 Temporary error, try again later" (any other error of the lookup: the database failed; also a suspended
#   account, for resolveRecipient's own "550 5.7.1 Account suspended" is an SMTPError, not ErrNoSuchUser, so Rcpt
#   logs it and answers with this 451);
#   after the message "550 5.7.1 Message rejected as spam" (rspamd's action "reject"), "451 4.7.0 Please try again
#   later" (rspamd's action "greylist" or "soft reject") and "451 4.0.0 Temporary storage error" (writing the message's
#   blob failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# rookery's; the DSNs are made.
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
#   "550 5.1.1 No such user"   to RCPT TO, for nemo@ and nell@ beta.test
#   "452 4.2.2 Mailbox full"   to RCPT TO, to every attempt, for fern@ and finn@ beta.test
#   "451 4.0.0 Temporary error, try again later"   to RCPT TO, to every attempt, for tess@ and tom@ beta.test
#   "550 5.7.1 Message rejected as spam"   after the message, for sam@ and sal@ beta.test
#   "451 4.7.0 Please try again later"   after the message, to every attempt, for gail@ and gray@ beta.test
#   "451 4.0.0 Temporary storage error"   after the message, to every attempt, for stu@ and sue@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its own stock replies (the
# size limit's, the 100-recipient limit's "452 4.5.3 Maximum limit of 100 recipients reached", which go-smtp writes
# before Rcpt's own "452 4.5.3 Too many recipients" at the same count could, and AUTH's, which port 25 does not
# offer); "550 5.7.1 Account suspended" (never written by the inbound listener: Rcpt turns it into the 451 above; only
# the outbound queue's local delivery returns it, as an error, not as a reply); Data's plain errors ("no recipients",
# a read error), which go-smtp answers in its own words. The replies are chosen by recipient, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rookery}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rookery's inbound replies.
NOUSER='550 5.1.1 No such user'
FULL='452 4.2.2 Mailbox full'
TEMP='451 4.0.0 Temporary error, try again later'
SPAM='550 5.7.1 Message rejected as spam'
SOFT='451 4.7.0 Please try again later'
STORAGE='451 4.0.0 Temporary storage error'
printf '%s\t%s\t%s\n' \
    nemo@beta.test rcpt "$NOUSER" \
    nell@beta.test rcpt "$NOUSER" \
    fern@beta.test rcpt "$FULL" \
    finn@beta.test rcpt "$FULL" \
    tess@beta.test rcpt "$TEMP" \
    tom@beta.test rcpt "$TEMP" \
    sam@beta.test eom "$SPAM" \
    sal@beta.test eom "$SPAM" \
    gail@beta.test eom "$SOFT" \
    gray@beta.test eom "$SOFT" \
    stu@beta.test eom "$STORAGE" \
    sue@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe rowing club meets at seven.\n\nCarol
mailbox-full	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe pear tree finally fruited.\n\nCarol
temporary-error	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe bread oven is warm on Sundays.\n\nCarol
rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe bell ringers need a sixth hand.\n\nCarol
please-try-again-later	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe canal path is open again.\n\nCarol
temporary-storage-error	carol@alpha.test	stu@beta.test	192.0.2.25	Stu,\n\nthe map of the moor is in the drawer.\n\nCarol
exim-no-such-user	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe hens laid nine eggs today.\n\nPat
exim-mailbox-full	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe lantern needs a new wick.\n\nPat
exim-temporary-error	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe hedge by the lane is trimmed.\n\nPat
exim-rejected-as-spam	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe cider press is borrowed till May.\n\nPat
exim-please-try-again-later	pat@pi.test	gray@beta.test	192.0.2.35	Gray,\n\nthe ferry timetable changed again.\n\nPat
exim-temporary-storage-error	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe quilt show opens on Friday.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the eight
# temporary cases (four to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
