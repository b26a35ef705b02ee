#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email-provider-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of EmailProvider, an e-mail provider in Elixir (a Mailgun-like REST API for sending, hosted
# domains with their own inbound mail, SMTP submission for customers, DKIM, a suppression list and a warm-up ladder; the
# repository lbesecker195/AI-Agent-Email-List, whose OTP application is email_provider; no licence file read; read with
# the search tool; only the reply texts are quoted), whose own code writes every reply below: the gen_smtp callback
# module EmailProvider.SMTP.Server in lib/email_provider/smtp/server.ex (commit e54a2f4fe174: init/4, handle_RCPT/2,
# handle_DATA/4 and its accept step), with the listeners of lib/email_provider/smtp/listener.ex (the same commit: the
# receiving listener on port 25, without authentication, and the submission listener on 587). Every reply is one line,
# written as an Elixir string or iolist in that module (the recipient's address, lower-cased, put in where it names it);
# gen_smtp sends it as it is, with a CRLF:
#   at the connection, "421 <hostname> too many connections, try later" (init/4: more sessions than max_sessions, the
#   listener's max_connections, 200 by default; the banner's host name is put in and the session is closed); to RCPT TO
#   "450 4.7.1 <address>: domain is not verified yet, try later" (the recipient's domain is one the provider hosts but
#   not yet sendable, its DNS not verified) and "550 5.7.1 <address>: relay not permitted" (a domain the provider does
#   not host, from a session that has not authenticated: the module's own comment, "Not being an open relay"); after the
#   message "552 5.3.4 message exceeds the size limit" (the message is larger than max_message_size, 25 MiB by default)
#   and "451 4.3.0 could not store the message, try later" (storing the message failed for every hosted domain among its
#   recipients).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# EmailProvider's; the DSNs are made.
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
#   "421 mx.beta.test too many connections, try later"   at the connection, in place of the greeting, to every attempt
#                              from each sender's second address (192.0.2.24, the Postfix's, and 192.0.2.34, the
#                              Exim's, which send the mail for gamma.test), for gus@ and gil@ gamma.test (the host name
#                              is the replaying server's, as the code puts in its own)
#   "450 4.7.1 <vic@beta.test>: domain is not verified yet, try later" and "... <val@beta.test>: ..."   to RCPT TO, to
#                              every attempt, for vic@ and val@ beta.test (the table's {rcpt}, as the code puts in the
#                              address)
#   "550 5.7.1 <rex@beta.test>: relay not permitted" and "... <ray@beta.test>: ..."   to RCPT TO, for rex@ and ray@
#                              beta.test
#   "552 5.3.4 message exceeds the size limit"   after the message, for sam@ and sid@ beta.test (the code answers it
#                              after the final dot, when it has the whole message)
#   "451 4.3.0 could not store the message, try later"   after the message, to every attempt, for fay@ and fox@
#                              beta.test
# Not served: the banner "<hostname> ESMTP EmailProvider" and the EHLO answer (the replaying server's are used), "552
# 5.3.4 message is empty" (a message of no bytes, which neither sender sends), "252 2.5.2 cannot verify, will attempt
# delivery" (to VRFY), "500 5.5.1 unrecognised command: <verb>", a failed AUTH (gen_smtp's own words, on the submission
# port only) and the replies of gen_smtp itself.
# The code closes the session after the 421; the replaying server closes it too (a 421 ends its session).
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email-provider-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): EmailProvider's SMTP server's replies.
BUSY='421 mx.beta.test too many connections, try later'
UNVERIFIED='450 4.7.1 <{rcpt}>: domain is not verified yet, try later'
RELAY='550 5.7.1 <{rcpt}>: relay not permitted'
SIZE='552 5.3.4 message exceeds the size limit'
STORE='451 4.3.0 could not store the message, try later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$BUSY" \
    client:192.0.2.34 connect "$BUSY" \
    vic@beta.test rcpt "$UNVERIFIED" \
    val@beta.test rcpt "$UNVERIFIED" \
    rex@beta.test rcpt "$RELAY" \
    ray@beta.test rcpt "$RELAY" \
    sam@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    fay@beta.test eom "$STORE" \
    fox@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gate needs a new latch.\n\nCarol
domain-not-verified	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe library sale starts on Friday.\n\nCarol
relay-not-permitted	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe bell ringers practise on Tuesday.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe canoe is back on the rack.\n\nCarol
could-not-store-message	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe plum tree needs pruning.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe bird table fell over in the wind.\n\nPat
exim-domain-not-verified	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe darts league moved to Thursday.\n\nPat
exim-relay-not-permitted	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe cider press is in the barn.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe lantern parade is next week.\n\nPat
exim-could-not-store-message	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe sledge is under the stairs.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
