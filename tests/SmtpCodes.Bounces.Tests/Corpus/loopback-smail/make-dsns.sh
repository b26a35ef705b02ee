#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# smail's inbound SMTP server, broisnischal's disposable e-mail alias service in TypeScript (a user makes aliases on a
# web front end; mail to an alias is taken by the service's own SMTP server, built on nodemailer's smtp-server, logged
# in a database through Prisma and forwarded to the user's real address through Gmail; the repository
# broisnischal/smail, no licence file read; read with the search tool; only the reply texts are quoted), whose own code
# writes the refusals below: apps/smtp/index.ts (commit 879ae0858a5c; the same replies at commits 02acff2a1ab0,
# 4156e906393c, 68fadecdd95c and 8636b84d1dd4; its first version, commit 0aeda1944513, banner "Snehaa Privacy Mail
# Server", accepted every recipient), apps/smtp/package.json (smtp-server ^3.13.8). Its onRcptTo looks the recipient's
# local part up among the active, unexpired aliases (canReceiveEmailAtSMTPLevel) and refuses with
# callback(new Error(getSMTPErrorMessage(reason))), where getSMTPErrorMessage maps the reason to a text that begins with
# a reply code and an enhanced code of its own: ALIAS_NOT_FOUND "550 5.1.1 Recipient address rejected: User unknown",
# VALIDATION_ERROR (the database lookup threw) "450 4.3.0 Temporary failure, please try again later". The Error carries
# no responseCode, and smtp-server's handler_RCPT answers an onRcptTo error with this.send(err.responseCode || 550,
# err.message), and send() joins the code and the text with a space (smtp-server's lib/smtp-connection.js, read with the
# search tool): so the wire reply is 550 followed by the code's whole text, the code's own 450 included, and the
# temporary failure goes out as a permanent refusal. Those two lines are served, byte for byte.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smail's, in smtp-server's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Each reply byte for byte, at the stage it is served:
#   "220 mx.beta.test ESMTP Broisnees"   instead of the greeting, to each sender's two addresses (smtp-server's greeting,
#                              "220 <name> ESMTP <banner>", the code's banner "Broisnees", the server's name the
#                              replaying server's host name)
#   "550 550 5.1.1 Recipient address rejected: User unknown"   to RCPT TO, for gus@, ann@, amy@, uma@ beta.test and
#                              una@ gamma.test (Postfix) and gil@, abe@, ada@, ugo@ beta.test and uli@ gamma.test (Exim):
#                              no active, unexpired alias has the recipient's local part (ALIAS_NOT_FOUND)
#   "550 450 4.3.0 Temporary failure, please try again later"   to RCPT TO, for dan@ beta.test and dex@ gamma.test
#                              (Postfix) and dot@ beta.test and dee@ gamma.test (Exim): the alias lookup in the database
#                              failed (VALIDATION_ERROR)
# Not served: smtp-server's EHLO answer (the replaying server's is used; STARTTLS is disabled there), "550 5.1.1
# Recipient address rejected: Alias expired" (ALIAS_EXPIRED: the lookup already leaves expired aliases out, so the check
# after it never fires), the four subscription and monthly-limit texts of the same map (NO_SUBSCRIPTION,
# SUBSCRIPTION_INACTIVE, SUBSCRIPTION_EXPIRED, MONTHLY_LIMIT_EXCEEDED: their checks are commented out in every stored
# version), the map's fallback "550 5.7.1 Recipient address rejected" (no reason reaches it), onRcptTo's own catch "450
# Temporary failure, please try again later" (canReceiveEmailAtSMTPLevel catches its own errors, so nothing reaches it),
# onData's "Processing failed" (sent as 450 by smtp-server, only when mailparser's lenient simpleParser throws:
# handleIncomingMail catches its own errors, a failed forwarding included, and the message is then accepted with 250)
# and smtp-server's own stock replies (syntax, sequence, size).
# The replies are chosen by recipient, not by anything the senders did; each message is a few lines of plain text. Two
# messages from each sender carry two refused recipients (the same reply, or the two replies), one carries a refused
# recipient beside one the replaying server accepts (kim@ and kit@ beta.test, which get no DSN). Every reply is
# permanent on the wire, so each sender returns its messages at once.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smail}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smail's replies, in smtp-server's frame.
GREETING='220 mx.beta.test ESMTP Broisnees'
UNKNOWN='550 550 5.1.1 Recipient address rejected: User unknown'
LOOKUP='550 450 4.3.0 Temporary failure, please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$GREETING" \
    client:192.0.2.25 connect "$GREETING" \
    client:192.0.2.34 connect "$GREETING" \
    client:192.0.2.35 connect "$GREETING" \
    gus@beta.test rcpt "$UNKNOWN" \
    ann@beta.test rcpt "$UNKNOWN" \
    amy@beta.test rcpt "$UNKNOWN" \
    uma@beta.test rcpt "$UNKNOWN" \
    una@gamma.test rcpt "$UNKNOWN" \
    gil@beta.test rcpt "$UNKNOWN" \
    abe@beta.test rcpt "$UNKNOWN" \
    ada@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    uli@gamma.test rcpt "$UNKNOWN" \
    dan@beta.test rcpt "$LOOKUP" \
    dex@gamma.test rcpt "$LOOKUP" \
    dot@beta.test rcpt "$LOOKUP" \
    dee@gamma.test rcpt "$LOOKUP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
alias-unknown	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe ferry timetable changes in May.\n\nCarol
alias-unknown-two	carol@alpha.test	ann@beta.test,amy@beta.test	192.0.2.25	Ann, Amy,\n\nthe quiz night moved to the Crown.\n\nCarol
alias-lookup-failed	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe seed swap is on Saturday morning.\n\nCarol
alias-unknown-and-lookup-failed	carol@alpha.test	una@gamma.test,dex@gamma.test	192.0.2.25	Una, Dex,\n\nthe kiln is firing until Tuesday.\n\nCarol
alias-unknown-beside-accepted	carol@alpha.test	uma@beta.test,kim@beta.test	192.0.2.25	Uma, Kim,\n\nthe tandem needs a new chain.\n\nCarol
exim-alias-unknown	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe orchard ladder is back in the shed.\n\nPat
exim-alias-unknown-two	pat@pi.test	abe@beta.test,ada@beta.test	192.0.2.35	Abe, Ada,\n\nthe choir sings at the harvest supper.\n\nPat
exim-alias-lookup-failed	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe hedge laying course is full.\n\nPat
exim-alias-unknown-and-lookup-failed	pat@pi.test	uli@gamma.test,dee@gamma.test	192.0.2.35	Uli, Dee,\n\nthe tide tables are pinned by the door.\n\nPat
exim-alias-unknown-beside-accepted	pat@pi.test	ugo@beta.test,kit@beta.test	192.0.2.35	Ugo, Kit,\n\nthe apple press is booked for Sunday.\n\nPat
SEND
# ten messages, each with at least one recipient refused for good: each returned at once (five by the Postfix, five
# by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
