#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-freemail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP server of Freemail, the e-mail plugin of Freenet (now Hyphanet), the anonymous peer-to-peer network
# (Dave Baker, Alexander Lehmann and others, 2006 on; GPL-2.0-or-later, as its files' headers say): a Freenet node's
# user points a mail program at the plugin's local SMTP and IMAP servers, and Freemail carries each message over Freenet
# to the recipient's Web of Trust identity (addresses <name>@<base32 identity>.freemail), as its source writes them.
# Read with the search tool: the repository hyphanet/plugin-Freemail, commit 15e5d6e39da1,
# src/org/freenetproject/freemail/smtp/SMTPHandler.java (dispatch, handle_auth, handle_mail, handle_rcpt, handle_data).
# Every reply is one line, printed with CR LF, without enhanced codes. Only the reply texts are quoted. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Freemail's; the
# DSNs are made.
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
#   "530 Authentication required"   (handle_mail: no AUTH LOGIN or AUTH PLAIN succeeded in the session, so no Freemail
#                              account is logged in) to MAIL FROM, to every message from the Postfix's second address
#                              (out2.alpha.test, 192.0.2.24, which sends for gamma.test) and from the Exim's
#                              (out2.pi.test, 192.0.2.34), for gus@ and gwen@ gamma.test
#   "550 No such user"         (handle_rcpt: the IdentityMatcher finds no Web of Trust identity, or more than one, for
#                              the address) to RCPT TO, for ann@ and abe@ beta.test
#   "554 WoT plugin not loaded"   (handle_rcpt: the Web of Trust plugin, which the identity lookup needs, is not loaded
#                              in the node) to RCPT TO, for wes@ and walt@ beta.test
#   "452 Can't store message"  (handle_data: an IOException, writing the message to its temporary file or handing it
#                              to the account's MessageHandler) after the message, for sue@ and stu@ beta.test
# Not served: the greeting "220 localhost ready" and the EHLO answer (the replaying server's own stand instead), "502
# Unimplemented" and "502 No" (TURN), "504 No auth type given", "504 Auth type unimplemented - weren't you listening?",
# "535 Authentication failed" (the AUTH exchange, which the senders do not start), "530 Authentication required" to
# RCPT TO and to DATA (the MAIL FROM already refused), "504 Insufficient arguments" and "504 Can't understand that
# syntax" (a malformed RCPT TO) and "503 RCPT first" (DATA with no recipient accepted).
# The replies are chosen by recipient or client address, not by anything the senders did: the replaying server offers
# no AUTH and neither sender is set to log in, the Web of Trust has nothing to do with the test zone's addresses, and
# the store never fails. The 452 comes on every attempt; each sender warns after a minute and returns the message after
# 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-freemail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Freemail's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 Authentication required' \
    client:192.0.2.34 mail '530 Authentication required' \
    ann@beta.test rcpt '550 No such user' \
    abe@beta.test rcpt '550 No such user' \
    wes@beta.test rcpt '554 WoT plugin not loaded' \
    walt@beta.test rcpt '554 WoT plugin not loaded' \
    sue@beta.test eom "452 Can't store message" \
    stu@beta.test eom "452 Can't store message" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe node's new bandwidth limit is set.\n\nCarol
no-such-user	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe freesite has a new index page.\n\nCarol
wot-plugin-not-loaded	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe darknet peers exchanged references.\n\nCarol
cant-store-message	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe datastore was moved to the new disk.\n\nCarol
exim-authentication-required	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe chat board has a new moderator.\n\nPat
exim-no-such-user	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe identity trust list was updated.\n\nPat
exim-wot-plugin-not-loaded	pat@pi.test	walt@beta.test	192.0.2.35	Walt,\n\nthe puzzles for new identities are ready.\n\nPat
exim-cant-store-message	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe node will restart on Sunday.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the 452 a warning
# after a minute and a return after 3 from each
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
