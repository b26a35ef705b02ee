#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-citadel: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the SMTP server of Citadel (the Citadel groupware and BBS server of the citadel.org team; GPL-3.0-or-later) writes to a
# client delivering mail to it, each reply as its source writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Citadel's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The source (read with the search tool; a mirror of Citadel's tree, mingodad/citadel, "Copyright (c) 1998-2009 by the
# citadel.org team"): citadel/modules/smtp/serv_smtp.c (commit 02862316ec5c), its inbound server's smtp_mail, smtp_rcpt
# and smtp_data; citadel/locate_host.c (commit 01cc19a4c2da), rbl_check_addr and rblcheck_backend, the text of an RBL
# refusal; citadel/modules/spam/serv_spam.c and citadel/modules/clamav/serv_virus.c (commit 02862316ec5c), the texts
# the SpamAssassin and clamd hooks leave for smtp_data; citadel/msgbase.c (commit 007bbcbb0760), validate_recipients'
# error text. What the code says each reply means (its branches and comments):
#   smtp_mail: "550 You must log in to send mail from %s" (%s the sender's domain) when an unauthenticated client's
#     sender names a domain of the Citadel host itself ("make sure outsiders aren't trying to forge mail from this
#     system");
#   smtp_rcpt: "550 %s" with rbl_check's message, "5.7.1 Message rejected due to known spammer source IP address" when
#     the client's address is listed by a configured RBL that has no TXT record (the RBL's TXT text otherwise);
#     "550 %s" with validate_recipients' "Invalid recipient: %s" (%s the recipient as alias() leaves it: the local part
#     of an address of the host's own domains) when no user, room or alias has that name; "551 <%s> - relaying denied"
#     when an unauthenticated client gives an Internet (non-local) recipient;
#   smtp_data (after the message's final dot): "550 %s" with the scanning hook's text, "message rejected by spam
#     filter" (SpamAssassin said "Spam: True") or "message rejected by virus filter" (clamd did not answer "stream: OK").
# The selection (stated before the run, not by what any reader makes of the texts): every reply of these functions that
# names a cause and that a server delivering mail to Citadel can meet, each from both senders (three recipients to one
# text); not served: the replies to malformed or out-of-order commands (501, 503), the AUTH replies, "452 Too many
# recipients" (past a buffer of 4096 characters of recipients), "550 Unable to save message: internal error" and "550
# Internal delivery error" (a failing store), the generic "550 Message rejected by filter" (a hook that gives no text:
# none of the stock hooks), "500 Too many users are already online (maximum is %d)" (the greeting; the run's client
# addresses serve the MAIL FROM reply) and "551 <%s> - you do not have permission to send Internet mail" (an
# authenticated local user). The MAIL FROM reply goes to the clients that send to gamma.test (the senders' second
# addresses), its %s their sender domains; the RCPT TO replies and the relay refusal (recipients of delta.test, a domain
# whose MX is the replaying server's but which it does not receive) to recipients:
#   "550 You must log in to send mail from alpha.test" (pi.test from the Exim)
#                                                          MAIL FROM   gwen@, gus@gamma.test; glen@gamma.test
#   "550 5.7.1 Message rejected due to known spammer source IP address"
#                                                          RCPT TO     bea@, bill@beta.test; bart@beta.test
#   "550 Invalid recipient: ivor" (each recipient's local part)
#                                                          RCPT TO     ivor@, ida@beta.test; iris@beta.test
#   "551 <rhea@delta.test> - relaying denied" (each recipient's address)
#                                                          RCPT TO     rhea@, rolf@delta.test; ruth@delta.test
#   "550 message rejected by spam filter"                  after the message   sam@, sue@beta.test; sid@beta.test
#   "550 message rejected by virus filter"                 after the message   vic@, val@beta.test; vera@beta.test
# The replies are chosen by recipient or client address, not by anything the senders did: no list is asked, the senders'
# domains are their own, the messages are short plain text without spam or viruses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test (and the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-citadel}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Citadel's replies.
RBL='550 5.7.1 Message rejected due to known spammer source IP address'
RELAY='551 <{rcpt}> - relaying denied'
SPAM='550 message rejected by spam filter'
VIRUS='550 message rejected by virus filter'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 You must log in to send mail from alpha.test' \
    client:192.0.2.34 mail '550 You must log in to send mail from pi.test' \
    bea@beta.test rcpt "$RBL" \
    bill@beta.test rcpt "$RBL" \
    bart@beta.test rcpt "$RBL" \
    ivor@beta.test rcpt '550 Invalid recipient: ivor' \
    ida@beta.test rcpt '550 Invalid recipient: ida' \
    iris@beta.test rcpt '550 Invalid recipient: iris' \
    rhea@delta.test rcpt "$RELAY" \
    rolf@delta.test rcpt "$RELAY" \
    ruth@delta.test rcpt "$RELAY" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    vic@beta.test eom "$VIRUS" \
    vera@beta.test eom "$VIRUS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (sue@ and val@ have no line of their own: they share it).
lb_send <<'SEND'
log-in-to-send	carol@alpha.test	gwen@gamma.test,gus@gamma.test	192.0.2.25	Gwen, Gus,\n\nthe bulletin board meeting is on Tuesday.\n\nCarol
known-spammer-ip	carol@alpha.test	bea@beta.test,bill@beta.test	192.0.2.25	Bea, Bill,\n\nthe chess club results are in.\n\nCarol
invalid-recipient	carol@alpha.test	ivor@beta.test,ida@beta.test	192.0.2.25	Ivor, Ida,\n\nthe calendar for spring is shared.\n\nCarol
relaying-denied	carol@alpha.test	rhea@delta.test,rolf@delta.test	192.0.2.25	Rhea, Rolf,\n\nthe minutes of the last call are below.\n\nCarol
spam-filter	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe garden rota is pinned in the lobby.\n\nCarol
virus-filter	carol@alpha.test	vic@beta.test,val@beta.test	192.0.2.25	Vic, Val,\n\nthe choir sheet music is in the shared room.\n\nCarol
exim-log-in-to-send	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe forum upgrade is scheduled.\n\nPat
exim-known-spammer-ip	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe reading group picked a new book.\n\nPat
exim-invalid-recipient	pat@pi.test	iris@beta.test	192.0.2.35	Iris,\n\nthe tennis court is booked.\n\nPat
exim-relaying-denied	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe survey closes on Friday.\n\nPat
exim-spam-filter	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bike shed key is with the caretaker.\n\nPat
exim-virus-filter	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe photo archive was moved.\n\nPat
SEND
# twelve returns, all at once (every reply is permanent)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
