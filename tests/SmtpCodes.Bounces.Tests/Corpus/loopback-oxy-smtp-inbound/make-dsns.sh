#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oxy-smtp-inbound: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Oxy's SMTP inbound server, the mail receiver of OxyHQ's Oxy platform (accounts, social apps and an e-mail
# service whose addresses are its users' usernames at its own domain, oxy.so by default), which takes mail from the
# internet with Nodemailer's smtp-server package, checks each recipient against Oxy's users, scores the message with
# Rspamd and stores it for each user (the repositories OxyHQ/OxyHQServices and OxyHQ/oxy, read with the search tool; the
# API package's package.json says "license": "MIT"; only the reply texts are quoted):
# packages/api/src/services/smtp.inbound.ts, the same handlers and texts in OxyHQ/OxyHQServices (commit 0a0359a7a4b1,
# users looked up with Mongoose, and an earlier stored copy without the TLS cipher list) and in OxyHQ/oxy (commit
# 989e3ead4e71, users looked up in Postgres through findRecipientAccountId): onRcptTo refuses an address not on the
# email domain ("550 Recipient rejected: not our domain", extractUsername finds no username for it), an address whose
# username is no user's ("550 Recipient not found: <address>", the address in lower case) and answers a failed look-up
# "451 Temporary error, try again later"; onData, after the message, refuses a message whose Rspamd score reaches the
# reject threshold ("550 Message rejected as spam", SPAM_REJECT_THRESHOLD, 15.0 by default) and answers any failure of
# parsing or storing "451 Message processing failed"; packages/api/src/config/email.config.ts (commit 3552ab60a688),
# EMAIL_DOMAIN, extractUsername and SPAM_CONFIG; packages/api/src/services/spam.service.ts (commit ab7314b45689),
# shouldReject. Each handler gives smtp-server a plain Error whose message begins with a code of its own and has no
# responseCode, and smtp-server (nodemailer/smtp-server, lib/smtp-connection.js) writes it as
# `this.send(err.responseCode || 550, err.message)` to RCPT TO and `|| 450` after the message, its send() joining the
# code and the text with a space: so the wire carries two codes, the first smtp-server's ("550 550 ...", "550 451 ...",
# "450 550 ...", "450 451 ...").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Oxy's and smtp-server's; the DSNs are made.
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
#   "550 550 Recipient rejected: not our domain"   (onRcptTo: the address is not on EMAIL_DOMAIN, so extractUsername
#                              returns null; here gamma.test, which the replaying server also answers for) to RCPT TO,
#                              for ann@ and amy@ gamma.test
#   "550 550 Recipient not found: <address>"   (onRcptTo: no user has the address's username) to RCPT TO, for nate@
#                              and nell@ beta.test
#   "550 451 Temporary error, try again later"   (onRcptTo: the user look-up threw; the handler's 451 is written under
#                              smtp-server's 550, so the senders take it as permanent) to RCPT TO, for tess@ and tim@
#                              beta.test
#   "450 550 Message rejected as spam"   (onData: Rspamd's score reaches the reject threshold; written under
#                              smtp-server's 450) after the message, to every attempt, for sam@ and sid@ beta.test
#   "450 451 Message processing failed"   (onData: parsing the message or storing it for a recipient threw) after the
#                              message, to every attempt, for pia@ and pete@ beta.test
# Not served: smtp-server's own replies (greeting, size, syntax, sequence, "421 ... You talk too soon" and the like),
# the refusal to start without TLS certificates (a start-up error, no reply) and the handlers' success; the greeting and
# EHLO answer are the replaying server's (smtp-server greets "<name> ESMTP <banner>"). The replies are chosen by
# recipient, not by anything the senders did: the messages are plain text of a few hundred bytes, score nothing, the
# look-ups and the store do not fail, and beta.test stands for the email domain. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oxy-smtp-inbound}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Oxy's replies as smtp-server writes them.
DOMAIN='550 550 Recipient rejected: not our domain'
TEMP='550 451 Temporary error, try again later'
SPAM='450 550 Message rejected as spam'
FAILED='450 451 Message processing failed'
printf '%s\t%s\t%s\n' \
    ann@gamma.test rcpt "$DOMAIN" \
    amy@gamma.test rcpt "$DOMAIN" \
    nate@beta.test rcpt '550 550 Recipient not found: nate@beta.test' \
    nell@beta.test rcpt '550 550 Recipient not found: nell@beta.test' \
    tess@beta.test rcpt "$TEMP" \
    tim@beta.test rcpt "$TEMP" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    pia@beta.test eom "$FAILED" \
    pete@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-our-domain	carol@alpha.test	ann@gamma.test	192.0.2.25	Ann,\n\nthe canal path is open again past the lock.\n\nCarol
recipient-not-found	carol@alpha.test	nate@beta.test	192.0.2.25	Nate,\n\nthe seed swap is on the first Sunday.\n\nCarol
temporary-error	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe kiln is booked for Thursday evening.\n\nCarol
rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe rowing club meets by the boathouse.\n\nCarol
processing-failed	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe jumble sale needs two more tables.\n\nCarol
exim-not-our-domain	pat@pi.test	amy@gamma.test	192.0.2.35	Amy,\n\nthe orchard walk starts at the church gate.\n\nPat
exim-recipient-not-found	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe chess set is in the back room.\n\nPat
exim-temporary-error	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe bus to the coast leaves at nine.\n\nPat
exim-rejected-as-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe tide tables are pinned by the door.\n\nPat
exim-processing-failed	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe bell ringers practise on Tuesdays.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the
# four temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
