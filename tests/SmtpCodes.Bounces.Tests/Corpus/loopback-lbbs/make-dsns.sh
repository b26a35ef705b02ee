#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lbbs: a receiving SMTP server (../loopback-replay.py) answers with the replies of the
# SMTP server of LBBS, "The Lightweight Bulletin Board System" of Naveen Albert (InterLinked, phreaknet.org), a
# self-hosted server of many protocols whose mail side is a full MTA and MSA with IMAP, Sieve and webmail
# (`InterLinked1/lbbs`; GPL-2.0, "Copyright (C) 2023, Naveen Albert" in each file's header; read with the search tool:
# `nets/net_smtp.c`, its RCPT TO handler and do_deliver, `modules/mod_smtp_delivery_local.c`,
# `modules/mod_smtp_delivery_external.c` and `modules/mod_smtp_greylisting.c`, and the reply macros of
# `include/net_smtp.h`: smtp_reply writes "<code> <status> <text>", smtp_reply_nostatus "<code> <text>"); a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are LBBS's own;
# the DSNs are made. Only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Every reply served, where the code writes it and what the code says it means:
#   To RCPT TO (net_smtp.c's RCPT handler and the delivery modules' "exists" checks, which it calls for each address):
#   "550 5.1.1 No such user here"   no delivery handler knows the address (no mailbox, alias or list): ula@, uli@beta.test.
#   "550 5.7.1 Mail not accepted externally here"   the server takes no mail from outside (`!smtp->fromlocal &&
#       !accept_relay_in`, its setting for accepting incoming mail off): nora@beta.test.
#   "550 5.1.1 User unauthorized to receive external mail"   mod_smtp_delivery_local.c: the mailbox exists, but its
#       user's privilege is below the level the site requires to receive mail from outside (minpriv_relay_in):
#       una@beta.test.
#   "550 5.7.0 Mail relay denied."   mod_smtp_delivery_external.c: mail for a domain the server does not host, when it
#       is set not to relay mail out (accept_relay_out off): rita@beta.test.
#   After the message (do_deliver and the callbacks it runs, one reply for the whole message):
#   "552 5.3.4 Message too large"   the message is at least the server's max_message_size: max@beta.test.
#   "552 5.2.2 The mailbox you've tried to reach is full (over quota)"   delivery failed because the mailbox is over its
#       quota: fran@beta.test.
#   "550 Only plain text emails permitted to this destination"   a destination that takes plain text only (ptonly)
#       and a message whose Content-Type is not text/plain: tess@beta.test.
#   "554 5.7.1 This message has been rejected by the recipient"   the default text when a rule of the recipient's
#       mailbox (a Sieve or MailScript filter) bounces the message without a text of its own: fred@beta.test.
#   "421 Message greylisted, retry delivery later"   mod_smtp_greylisting.c (RFC 6647 greylisting after DATA, for
#       suspect messages; a retry is let through no sooner than 3 minutes later): gail@beta.test. Served to every
#       attempt, so each sender warns after a minute and returns after 3.
# Changed: nothing in the words. The stages are the code's. The replies are chosen by recipient, not by anything the
# senders did (the messages are short plain text, so a real LBBS would not refuse them as not plain text; the size
# refusal is served to a message under any limit); the senders' addresses have matching reverse names, their domains
# resolve.
# Not served: "452 4.5.3 Your message has too many recipients" (only past the recipient limit), the submission and
# AUTH replies a relaying MTA does not meet ("530 5.7.0 Authentication required", "Missing From header"), the
# per-destination size limit "Message too large (maximum size permitted is %u bytes)" (its limit comes from the
# destination's own setting), "451 Delivery failed" (a local failure named by no cause) and "452 4.3.1 Insufficient
# system storage" (to MAIL FROM ... SIZE, when the disk is short).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lbbs}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): LBBS's replies.
printf '%s\t%s\t%s\n' \
    ula@beta.test rcpt '550 5.1.1 No such user here' \
    uli@beta.test rcpt '550 5.1.1 No such user here' \
    nora@beta.test rcpt '550 5.7.1 Mail not accepted externally here' \
    una@beta.test rcpt '550 5.1.1 User unauthorized to receive external mail' \
    rita@beta.test rcpt '550 5.7.0 Mail relay denied.' \
    max@beta.test eom '552 5.3.4 Message too large' \
    fran@beta.test eom "552 5.2.2 The mailbox you've tried to reach is full (over quota)" \
    tess@beta.test eom '550 Only plain text emails permitted to this destination' \
    fred@beta.test eom '554 5.7.1 This message has been rejected by the recipient' \
    gail@beta.test eom '421 Message greylisted, retry delivery later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	ula@beta.test,uli@beta.test	192.0.2.25	Ula, Uli,\n\nthe radio club meets on Thursday.\n\nCarol
not-accepted-externally	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe antenna parts arrived.\n\nCarol
unauthorized-external-mail	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe bulletin board is back online.\n\nCarol
relay-denied	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe field day is in June.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe logbook scans follow.\n\nCarol
mailbox-full	carol@alpha.test	fran@beta.test	192.0.2.25	Fran,\n\nthe repeater is fixed.\n\nCarol
plain-text-only	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe net starts at eight.\n\nCarol
rejected-by-recipient	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe dues are now payable.\n\nCarol
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe contest results are posted.\n\nCarol
exim-no-such-user	pat@pi.test	ula@beta.test,uli@beta.test	192.0.2.35	Ula, Uli,\n\nthe swap meet is on Saturday.\n\nPat
exim-not-accepted-externally	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nthe tower needs painting.\n\nPat
exim-unauthorized-external-mail	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe door code changed.\n\nPat
exim-relay-denied	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe coax order is in.\n\nPat
exim-message-too-large	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe schematics follow.\n\nPat
exim-mailbox-full	pat@pi.test	fran@beta.test	192.0.2.35	Fran,\n\nthe power supply is on loan.\n\nPat
exim-plain-text-only	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe beacon is off air.\n\nPat
exim-rejected-by-recipient	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe club licence is renewed.\n\nPat
exim-greylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe QSL cards are printed.\n\nPat
SEND
# sixteen returns at once, then a warning after a minute and a return after 3 from each sender for gail@
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
