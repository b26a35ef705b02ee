#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-heromail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the two go-smtp listeners of HeroMail, a multi-tenant business mail service in Go (workspaces, verified domains,
# mailboxes, an HTTP API, IMAP; its submission server greets as mail.heromail.kz; Go module
# github.com/rnm/heromail/backend; repository `rnm-dev/heromail-api`, no licence file in the index; read with the
# search tool; only the reply texts are quoted):
#   internal/inbound/lmtp.go (commit ed8311f9e3c5), the inbound LMTP listener (go-smtp with LMTP on) to which the
#   Postfix on the same host hands mail for HeroMail's mailboxes: session.Rcpt looks the address up (Store.
#   MailboxByAddress in internal/inbound/store.go, commit 0afb8f3f787e: a mailbox of a verified domain) and answers
#   "550 5.1.1 No such user here" when there is none and "451 4.3.0 Temporary failure, try again later" when the
#   lookup fails; session.Data answers "451 Could not read message" when reading the message fails (go-smtp's own
#   size limit, set to the same 25 MiB, ends the read with an error first, so the listener's "552 5.3.4 Message too
#   large" after it is never reached and an oversized message gets this 451) and "451 4.3.0 Could not store message,
#   try again later" when storing it for a recipient fails;
#   internal/submission/server.go (commits 720072193221 and a later stored version with the same replies), the
#   authenticated submission listener (AUTH PLAIN over TLS with a mailbox's password or a mailbox SMTP credential),
#   which signs the message with the workspace's DKIM key and relays it on: session.Mail answers "553 5.7.1 Sender
#   must match authenticated mailbox" (denied) when MAIL FROM is not the logged-in mailbox (prepare writes the same
#   after the message for a From or Sender header that does not match); session.Data answers "451 Submission quota
#   exceeded; retry later" when the workspace's per-minute or per-day sending quota is used up, "451 4.3.0 Temporary
#   submission failure; retry later" (temporary) when reading, signing or relaying the message fails for a
#   temporary reason, and "554 Relay rejected message" when the onward relay refused it with a 5XX.
# Each is a go-smtp SMTPError, which go-smtp sends as "<code> <enhanced code> <words>", or "<code> <words>" where the
# code sets no enhanced code. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends
# with the run. The words are HeroMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "553 5.7.1 Sender must match authenticated mailbox"   to MAIL FROM, from the senders' second addresses (out2, the
#                              route to gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.1 No such user here"   to RCPT TO, for nia@ and ned@ beta.test
#   "451 4.3.0 Temporary failure, try again later"   to RCPT TO, to every attempt, for tim@ and tess@ beta.test
#   "451 Could not read message"   after the message, to every attempt, for rob@ and rae@ beta.test
#   "451 4.3.0 Could not store message, try again later"   after the message, to every attempt, for sam@ and sal@
#                              beta.test
#   "451 4.3.0 Temporary submission failure; retry later"   after the message, to every attempt, for sid@ and sue@
#                              beta.test
#   "451 Submission quota exceeded; retry later"   after the message, to every attempt, for quin@ and quinn@ beta.test
#   "554 Relay rejected message"   after the message, for rex@ and rhea@ beta.test
# Not served: go-smtp's greeting and EHLO or LHLO answer (the replaying server's are used; it speaks SMTP, where
# HeroMail's layout has its Postfix deliver to the inbound listener over LMTP) and its stock replies; the listeners'
# unreachable "552 5.3.4 Message too large" and "552 Message too large" (go-smtp's size limit ends the read first);
# "530 5.7.0 Authentication required" and the AUTH exchange (the replaying server takes no AUTH: the submission
# replies above stand for a client that had logged in, as a Postfix or an Exim can with SMTP AUTH as a smarthost's
# client); "553 Invalid recipient" (an address net/mail does not give back unchanged, which these senders do not
# send). The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-heromail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): HeroMail's listeners' replies.
DENIED='553 5.7.1 Sender must match authenticated mailbox'
NOUSER='550 5.1.1 No such user here'
LOOKUP='451 4.3.0 Temporary failure, try again later'
READ='451 Could not read message'
STORE='451 4.3.0 Could not store message, try again later'
SUBMIT='451 4.3.0 Temporary submission failure; retry later'
QUOTA='451 Submission quota exceeded; retry later'
RELAY='554 Relay rejected message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DENIED" \
    client:192.0.2.34 mail "$DENIED" \
    nia@beta.test rcpt "$NOUSER" \
    ned@beta.test rcpt "$NOUSER" \
    tim@beta.test rcpt "$LOOKUP" \
    tess@beta.test rcpt "$LOOKUP" \
    rob@beta.test eom "$READ" \
    rae@beta.test eom "$READ" \
    sam@beta.test eom "$STORE" \
    sal@beta.test eom "$STORE" \
    sid@beta.test eom "$SUBMIT" \
    sue@beta.test eom "$SUBMIT" \
    quin@beta.test eom "$QUOTA" \
    quinn@beta.test eom "$QUOTA" \
    rex@beta.test eom "$RELAY" \
    rhea@beta.test eom "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-must-match-mailbox	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe lantern walk starts at the church.\n\nCarol
no-such-user	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe cider press is booked for Sunday.\n\nCarol
mailbox-lookup-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe ladder is back against the barn.\n\nCarol
could-not-read-message	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe band practice moved to Friday.\n\nCarol
could-not-store-message	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe potatoes are ready to lift.\n\nCarol
submission-failure	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe village hall keys are with Jo.\n\nCarol
submission-quota-exceeded	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe canoe trip is on for Saturday.\n\nCarol
relay-rejected-message	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe blackberries are ripe by the stile.\n\nCarol
exim-sender-must-match-mailbox	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe sundial needs a new gnomon.\n\nPat
exim-no-such-user	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe swifts left early this year.\n\nPat
exim-mailbox-lookup-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe herb bed is weeded at last.\n\nPat
exim-could-not-read-message	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe kites are drying in the porch.\n\nPat
exim-could-not-store-message	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe bench by the pond is painted.\n\nPat
exim-submission-failure	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe chess club meets on Tuesday.\n\nPat
exim-submission-quota-exceeded	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe goat has escaped again.\n\nPat
exim-relay-rejected-message	pat@pi.test	rhea@beta.test	192.0.2.35	Rhea,\n\nthe pear tree needs propping up.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the five
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
