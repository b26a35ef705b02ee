#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-emailrelay: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the SMTP server of E-MailRelay (Graeme Walker's store-and-forward mail server with POP access, emailrelay.
# sourceforge.net; GPL-3.0-or-later) writes to a client that delivers mail to it, each reply as its source writes it; a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# E-MailRelay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): graeme-walker/emailrelay at commit 2a4d620121a1 (E-MailRelay 2.5, "Copyright
# (C) 2001-2023 Graeme Walker", GPL-3.0-or-later): src/gsmtp/gsmtpserversend.cpp (every reply line the server writes),
# src/gverifiers/guserverifier.cpp (the built-in "account:" address verifier), src/gfilters/gspamfilter.cpp (the
# built-in "spam:" filter that asks SpamAssassin's spamd) and doc/userguide.md ("Open mail servers", "SpamAssassin").
# What the code and the guide say each reply means:
#   sendAuthRequired, to MAIL FROM: "530 authentication required" ("If you want to run an internet mail server that is
#     not open to everyone then you can require that remote users authenticate themselves", --server-auth);
#   sendEncryptionRequired, to MAIL FROM: "530 encryption required" (the comment says "530 sic"; the server requires TLS
#     before mail, and adds ": use starttls" only when it offers STARTTLS, which the client has not used);
#   sendBadTo, to RCPT TO: "550 " and the verifier's response; the "account:" verifier ("a good first step in limiting
#     abuse is to use an address verifier that checks that e-mails are correctly addressed to you") answers an address
#     whose domain is not the server's or whose local part is not a valid account name with
#     VerifierStatus::invalid(address, false, "rejected", reason): the reply "550 rejected" (the reason, such as
#     "[carl] is not a valid account name", goes to the log only);
#   sendCompletionReply, after the message: "452 " and the filter's response ("452=>"action not taken", or perhaps
#     554=>"transaction failed" (so don't try again)"); the "spam:" filter ("if spam e-mails should be rejected
#     outright") answers a message spamd calls spam with the response "rejected": "452 rejected";
#   sendTooBig, after the message: "552 message size exceeds fixed maximum message size" (a message larger than
#     --size).
# The selection (stated before the run, not by what any reader makes of the texts): every reply of E-MailRelay's own
# that a conforming server delivering plain mail to it can meet about its client, recipient or message, each from both
# senders but the two MAIL FROM refusals, which the replaying server keys by client: each sender's second address
# (192.0.2.24, the Postfix's, and 192.0.2.34, the Exim's, which they use for gamma.test only) meets one of them, on
# every message to gamma.test; never more than three recipients to one text. Not served: the replies to malformed or
# out-of-sequence commands and to AUTH (a conforming sender does not meet them), "553 mailbox name not allowed" and
# "550 invalid character in mailbox name" (a non-ASCII address without SMTPUTF8; the senders' addresses are ASCII),
# "554 no valid recipients" (a DATA after every RCPT TO was refused, which neither sender sends), and replies whose
# words come from a user's own verifier or filter script rather than E-MailRelay. Served:
#   "530 authentication required"                                MAIL FROM, client 192.0.2.24   gail@, gus@gamma.test
#   "530 encryption required"                                    MAIL FROM, client 192.0.2.34   gwen@, glen@gamma.test
#   "550 rejected"                                               RCPT TO   uma@, ulf@beta.test; uri@beta.test
#   "452 rejected"                                               after the message   sal@beta.test; sy@beta.test (to
#                                                                every attempt, so each sender warns after a minute and
#                                                                returns the message after 3)
#   "552 message size exceeds fixed maximum message size"        after the message   liz@, lyn@beta.test; len@beta.test
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few lines, none is
# spam, and neither sender was asked for authentication or TLS.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-emailrelay}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): E-MailRelay's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 authentication required' \
    client:192.0.2.34 mail '530 encryption required' \
    uma@beta.test rcpt '550 rejected' \
    ulf@beta.test rcpt '550 rejected' \
    uri@beta.test rcpt '550 rejected' \
    sal@beta.test eom '452 rejected' \
    sy@beta.test eom '452 rejected' \
    liz@beta.test eom '552 message size exceeds fixed maximum message size' \
    len@beta.test eom '552 message size exceeds fixed maximum message size' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (lyn@ has no line of its own: it shares liz@'s).
lb_send <<'SEND'
authentication-required	carol@alpha.test	gail@gamma.test,gus@gamma.test	192.0.2.25	Gail, Gus,\n\nthe village hall roof is fixed.\n\nCarol
account-rejected	carol@alpha.test	uma@beta.test,ulf@beta.test	192.0.2.25	Uma, Ulf,\n\nthe jumble sale starts at ten.\n\nCarol
spam-rejected	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe football kit is washed.\n\nCarol
too-big	carol@alpha.test	liz@beta.test,lyn@beta.test	192.0.2.25	Liz, Lyn,\n\nthe flower show entries close on Friday.\n\nCarol
exim-encryption-required	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe duck race is on Sunday.\n\nPat
exim-account-rejected	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe lost cat was found.\n\nPat
exim-spam-rejected	pat@pi.test	sy@beta.test	192.0.2.35	Sy,\n\nthe bakery opens late on Monday.\n\nPat
exim-too-big	pat@pi.test	len@beta.test	192.0.2.35	Len,\n\nthe carol singers meet at the pump.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 for each deferred message (two)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
