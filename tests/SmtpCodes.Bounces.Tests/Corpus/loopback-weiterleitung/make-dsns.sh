#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-weiterleitung: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of weiterleitung, jonaylor89's "single-binary, self-hosted email alias service -- a personal SimpleLogin" (its
# README) in Rust on tokio and SQLite: every site gets an alias of its own (cedar-ripple.4f8a@<alias domain>) that
# forwards to a real mailbox with the sender rewritten to a reverse alias (ct.<token>@<alias domain>, one per alias and
# contact), through which only the mailbox behind the alias may reply; its own inbound SMTP server refuses "unknown,
# disabled, or foreign recipients ... at RCPT TO instead of ... accepted and bounced" (the README) and queues the
# rewritten mail for its delivery worker (repository jonaylor89/weiterleitung; no licence file among the stored files and
# none named in its README; read with the search tool; only the reply texts are quoted), whose own code writes the words
# of every reply below:
#   src/smtp/session.rs (commit 3070b106454e, handle_session: RecipientDecision::Reject(reason) is written as
#   "550 5.1.1 <reason>" to RCPT TO, and an Err(reason) of the handler after the message as "451 4.3.0 <reason>",
#   each line with CRLF by write_line),
#   src/smtp/router.rs (commit 3070b106454e, AliasRouter: route() gives the reasons "No such alias: <recipient>" (no
#   alias has the address), "Reverse aliases only accept mail from their mailbox" (a reverse alias written to from
#   another address than the mailbox behind it), "Alias is disabled", "Relay access denied" (a domain the instance does
#   not own), "Temporary lookup failure" (the lookup in SQLite failed) and "`<recipient>` is not a valid address";
#   handle() routes each recipient again after the message and fails with "Recipient `<recipient>` is no longer
#   routable: <reason>" when the route is gone, or "Failed to queue the message" when forwarding or replying cannot be
#   queued), and README.md (commit 3070b106454e).
#   To RCPT TO "550 5.1.1 No such alias: <recipient>" and "550 5.1.1 Reverse aliases only accept mail from their
#   mailbox"; after the message "451 4.3.0 Recipient `<recipient>` is no longer routable: Alias is disabled" (the alias
#   was switched off between RCPT TO and the end of the message), "451 4.3.0 Recipient `<recipient>` is no longer
#   routable: No such alias: <recipient>" (the alias was deleted meanwhile) and "451 4.3.0 Failed to queue the message"
#   (the spool or the queue table could not take it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# weiterleitung's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (<recipient> the RCPT TO address):
#   "550 5.1.1 No such alias: <recipient>"   to RCPT TO, for maple-drift.3c1e@ and river-fern.9b2d@ beta.test
#   "550 5.1.1 Reverse aliases only accept mail from their mailbox"   to RCPT TO, for ct.k4v8n2q1@ and ct.p7w3x5z9@
#                              beta.test (reverse aliases whose mailbox is neither sender)
#   "451 4.3.0 Recipient `<recipient>` is no longer routable: Alias is disabled"   after the message, to every attempt,
#                              for quiet-harbor.7e5a@ and amber-field.2f6c@ beta.test
#   "451 4.3.0 Recipient `<recipient>` is no longer routable: No such alias: <recipient>"   after the message, to every
#                              attempt, for stone-brook.5d9b@ and willow-gate.8a4e@ beta.test
#   "451 4.3.0 Failed to queue the message"   after the message, to every attempt, for shop-lantern.1b7f@ and
#                              book-club.6c3d@ beta.test
# Not served: the greeting ("220 <host> ESMTP weiterleitung"), the EHLO and HELO answers and the protocol replies
# (syntax, sequence, "454 4.7.0 TLS not available", "421 4.4.2 Connection closed during DATA"); "452 4.5.3 Too many
# recipients" (more than 50 recipients); "552 5.3.4 Message too large" (the corpus has the words); the RCPT TO refusals
# whose words the corpus already has: "550 5.1.1 Alias is disabled" ("550 Alias is disabled." of loopback-mail-bin),
# "550 5.1.1 Temporary lookup failure" (loopback-temp-mail-server's "550 451 Temporary lookup failure") and "550 5.1.1
# Relay access denied" (Postfix's words); and "550 5.1.1 `<recipient>` is not a valid address" (an address its parser
# refuses, which neither sender gives). The replies are chosen by recipient, not by anything the senders did: each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; gamma.test and out2 are not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-weiterleitung}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): weiterleitung's replies.
NOALIAS='550 5.1.1 No such alias: {rcpt}'
REVERSE='550 5.1.1 Reverse aliases only accept mail from their mailbox'
DISABLED='451 4.3.0 Recipient `{rcpt}` is no longer routable: Alias is disabled'
GONE='451 4.3.0 Recipient `{rcpt}` is no longer routable: No such alias: {rcpt}'
QUEUE='451 4.3.0 Failed to queue the message'
printf '%s\t%s\t%s\n' \
    maple-drift.3c1e@beta.test rcpt "$NOALIAS" \
    river-fern.9b2d@beta.test rcpt "$NOALIAS" \
    ct.k4v8n2q1@beta.test rcpt "$REVERSE" \
    ct.p7w3x5z9@beta.test rcpt "$REVERSE" \
    quiet-harbor.7e5a@beta.test eom "$DISABLED" \
    amber-field.2f6c@beta.test eom "$DISABLED" \
    stone-brook.5d9b@beta.test eom "$GONE" \
    willow-gate.8a4e@beta.test eom "$GONE" \
    shop-lantern.1b7f@beta.test eom "$QUEUE" \
    book-club.6c3d@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-alias	carol@alpha.test	maple-drift.3c1e@beta.test	192.0.2.25	Hello,\n\nthe seed order for the allotment went out today.\n\nCarol
reverse-alias-wrong-sender	carol@alpha.test	ct.k4v8n2q1@beta.test	192.0.2.25	Hello,\n\nthe harbour tour leaves from the north quay.\n\nCarol
alias-disabled-after-rcpt	carol@alpha.test	quiet-harbor.7e5a@beta.test	192.0.2.25	Hello,\n\nthe lighthouse open day is on Saturday.\n\nCarol
alias-deleted-after-rcpt	carol@alpha.test	stone-brook.5d9b@beta.test	192.0.2.25	Hello,\n\nthe stepping stones are under water again.\n\nCarol
failed-to-queue	carol@alpha.test	shop-lantern.1b7f@beta.test	192.0.2.25	Hello,\n\nthe paper lanterns arrived in two boxes.\n\nCarol
exim-no-such-alias	pat@pi.test	river-fern.9b2d@beta.test	192.0.2.35	Hello,\n\nthe ferns by the river need thinning.\n\nPat
exim-reverse-alias-wrong-sender	pat@pi.test	ct.p7w3x5z9@beta.test	192.0.2.35	Hello,\n\nthe village hall keys are at the shop.\n\nPat
exim-alias-disabled-after-rcpt	pat@pi.test	amber-field.2f6c@beta.test	192.0.2.35	Hello,\n\nthe barley in the far field is cut.\n\nPat
exim-alias-deleted-after-rcpt	pat@pi.test	willow-gate.8a4e@beta.test	192.0.2.35	Hello,\n\nthe willow gate latch is mended.\n\nPat
exim-failed-to-queue	pat@pi.test	book-club.6c3d@beta.test	192.0.2.35	Hello,\n\nthe book club meets at the library.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
