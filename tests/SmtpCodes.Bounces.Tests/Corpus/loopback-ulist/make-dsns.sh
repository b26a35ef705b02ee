#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ulist: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# ulist, wansing's mailing list manager in Go (the MTA hands each list's mail to ulist over an LMTP
# socket; ulist checks the list, the envelope and the headers, forwards a post to the members through the local
# sendmail, holds it for moderation in its spool folder or refuses it; a web interface manages the lists and members;
# repository wansing/ulist, no licence file read; read with the search tool; only the reply texts are quoted), whose
# own code writes every reply below, in its go-smtp LMTP session: lmtp.go (commit 153dc31c8a13, LMTPSession's rcpt and
# data), errors.go (same commit: SMTPErrUserNotExist = SMTPErrorf(550, "user not found"), and SMTPErrorf, which sets
# EnhancedCodeNotSet), listinfo.go and mailutil/address.go (same commit: a list prints as its bare address),
# list.go's Save and StorageFolder (the spool folder <spool>/<list id>, ioutil.TempFile named "%010d-*.eml") and
# mailutil/mta.go's Sendmail.Send (commit 2fb5f86e05b9: "sendmail returned: %v" when /usr/sbin/sendmail fails),
# go.mod (same commit as lmtp.go: github.com/emersion/go-smtp v0.15.0, whose writeResponse puts "X.0.0" after the code
# when the enhanced code is EnhancedCodeNotSet, X the code's class); an earlier version of its main package has the
# same refusals in other words (capitalised, the error appended).
# Each reply byte for byte, at the stage the code sends it (the code's SMTPErrorf code, go-smtp's X.0.0, the code's text):
#   "550 5.0.0 user not found"   to RCPT TO, for quilt@ and kites@ beta.test (no list has the address); and after the
#                              message, for film@ and poems@ beta.test (the list's action for the From address is
#                              Reject: the poster may not post to the list)
#   "541 5.0.0 bounce address accepts only bounce notifications (with empty envelope-from)"   to RCPT TO, for
#                              choir+bounces@ and bikes+bounces@ beta.test (a list's +bounces address, and the envelope
#                              sender is not empty)
#   "451 4.0.0 getting list from database: database is locked"   to RCPT TO, to every attempt, for bees@ and ferns@
#                              beta.test (the list lookup failed; go-sqlite3's text for SQLITE_BUSY)
#   "541 5.0.0 list address talk@beta.test is not in To or Cc"   after the message, for talk@beta.test, and the same
#                              with yarn@beta.test for yarn@beta.test (the list is not named in To or Cc: ulist's guard
#                              against posts by Bcc)
#   "554 5.0.0 email loop detected: rowing@beta.test"   after the message, for rowing@beta.test, and the same with
#                              darts@beta.test for darts@beta.test (the message already carries the list's List-Id)
#   "554 5.0.0 unknown command"   after the message, for hike@ and swim@ beta.test (a Subject of "join" to a list without
#                              public signup, or "leave" from a non-member)
#   "451 4.0.0 sending email: sendmail returned: exit status 75"   after the message, to every attempt, for opera@ and
#                              tango@ beta.test (forwarding the post through the local sendmail failed; 75 is EX_TEMPFAIL)
#   "471 4.0.0 saving email to file: open spool/4/1764954000-1298498081.eml: no space left on device"   after the
#                              message, to every attempt, for clay@ and loom@ beta.test (holding the post for moderation
#                              failed: the spool's file could not be made)
# The values inside the texts (the list addresses, the database's, sendmail's and the file system's errors, the spool
# file's name) are ones the code would put there; the texts around them are the code's.
# Not served: go-smtp's greeting and LHLO/EHLO answer (the replaying server's are used), the 510 refusals of addresses
# and headers that cannot be parsed (the senders send well-formed ones), "541 ... got bounce notification (with empty
# envelope-from) to non-bounce address" (only a null sender meets it), "442 4.0.0 reading message: ...", the 513
# join/leave refusals (a From with more than one address, a different Sender), the 451 refusals of the bounce, join,
# leave and moderation paths (other database calls failing), the data-stage "550 5.0.0 user not found" when no
# recipient was taken, and go-smtp's own stock replies (syntax, sequence, size, recipient limit).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ulist's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient, names it in
# To and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text at one stage.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ulist}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ulist's replies.
NOLIST='550 5.0.0 user not found'
BOUNCEONLY='541 5.0.0 bounce address accepts only bounce notifications (with empty envelope-from)'
DBLOCKED='451 4.0.0 getting list from database: database is locked'
SENDFAIL='451 4.0.0 sending email: sendmail returned: exit status 75'
SAVEFAIL='471 4.0.0 saving email to file: open spool/4/1764954000-1298498081.eml: no space left on device'
printf '%s\t%s\t%s\n' \
    quilt@beta.test rcpt "$NOLIST" \
    kites@beta.test rcpt "$NOLIST" \
    choir+bounces@beta.test rcpt "$BOUNCEONLY" \
    bikes+bounces@beta.test rcpt "$BOUNCEONLY" \
    bees@beta.test rcpt "$DBLOCKED" \
    ferns@beta.test rcpt "$DBLOCKED" \
    talk@beta.test eom '541 5.0.0 list address talk@beta.test is not in To or Cc' \
    yarn@beta.test eom '541 5.0.0 list address yarn@beta.test is not in To or Cc' \
    rowing@beta.test eom '554 5.0.0 email loop detected: rowing@beta.test' \
    darts@beta.test eom '554 5.0.0 email loop detected: darts@beta.test' \
    hike@beta.test eom '554 5.0.0 unknown command' \
    swim@beta.test eom '554 5.0.0 unknown command' \
    film@beta.test eom "$NOLIST" \
    poems@beta.test eom "$NOLIST" \
    opera@beta.test eom "$SENDFAIL" \
    tango@beta.test eom "$SENDFAIL" \
    clay@beta.test eom "$SAVEFAIL" \
    loom@beta.test eom "$SAVEFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-list	carol@alpha.test	quilt@beta.test	192.0.2.25	Quilters,\n\nthe frame is set up in the back room.\n\nCarol
bounce-address-only	carol@alpha.test	choir+bounces@beta.test	192.0.2.25	Hello,\n\nthe alto part for Sunday is attached in spirit.\n\nCarol
list-lookup-failed	carol@alpha.test	bees@beta.test	192.0.2.25	Beekeepers,\n\nthe second hive swarmed on Tuesday.\n\nCarol
list-not-in-to-or-cc	carol@alpha.test	talk@beta.test	192.0.2.25	All,\n\nthe meeting moves to the upstairs room.\n\nCarol
email-loop-detected	carol@alpha.test	rowing@beta.test	192.0.2.25	Crew,\n\nthe boat house key is under the stone.\n\nCarol
unknown-command	carol@alpha.test	hike@beta.test	192.0.2.25	Walkers,\n\nthe ridge path is closed until May.\n\nCarol
poster-rejected	carol@alpha.test	film@beta.test	192.0.2.25	Film club,\n\nthe projector bulb has been replaced.\n\nCarol
sending-failed	carol@alpha.test	opera@beta.test	192.0.2.25	Friends,\n\nthe matinee tickets are on the piano.\n\nCarol
saving-failed	carol@alpha.test	clay@beta.test	192.0.2.25	Potters,\n\nthe kiln is firing all weekend.\n\nCarol
exim-no-such-list	pat@pi.test	kites@beta.test	192.0.2.35	Kite fliers,\n\nthe wind is set fair for Saturday.\n\nPat
exim-bounce-address-only	pat@pi.test	bikes+bounces@beta.test	192.0.2.35	Hello,\n\nthe chain tool is back in the shed.\n\nPat
exim-list-lookup-failed	pat@pi.test	ferns@beta.test	192.0.2.35	Fern group,\n\nthe spores are drying on the sill.\n\nPat
exim-list-not-in-to-or-cc	pat@pi.test	yarn@beta.test	192.0.2.35	Knitters,\n\nthe blue wool came in at last.\n\nPat
exim-email-loop-detected	pat@pi.test	darts@beta.test	192.0.2.35	Team,\n\nthe oche line needs repainting.\n\nPat
exim-unknown-command	pat@pi.test	swim@beta.test	192.0.2.35	Swimmers,\n\nthe lido opens at seven.\n\nPat
exim-poster-rejected	pat@pi.test	poems@beta.test	192.0.2.35	Poets,\n\nthe reading is at the library annexe.\n\nPat
exim-sending-failed	pat@pi.test	tango@beta.test	192.0.2.35	Dancers,\n\nthe floor is waxed for Friday.\n\nPat
exim-saving-failed	pat@pi.test	loom@beta.test	192.0.2.35	Weavers,\n\nthe warp is wound on the big loom.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
