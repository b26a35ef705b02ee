#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-on-rails: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of Mail on Rails (mail_on_rails), InfiniteLoopEnjoyer's self-hosted mail system in Ruby
# (a Rails application with webmail and accounts, beside its own SMTP server: an :mx listener takes Internet mail for
# the hosted domains' accounts and aliases, a :submission listener takes the users' own mail after AUTH; DNSBL,
# SPF/DKIM/DMARC and ClamAV checks on inbound mail; the repository InfiniteLoopEnjoyer/mail_on_rails, no licence file
# read; read with the search tool; only the reply texts are quoted):
#   lib/mail_on_rails/smtp_server.rb (commit 02bfd649d118, MailOnRails::SmtpServer::Session: mail_from, rcpt_to,
#   data and finish_data; each reply one line written by reply(code, text) as "<code> <text>" with CR LF, some texts
#   with an enhanced code of their own):
#   to MAIL FROM "554 5.7.1 Service unavailable; <client address> is listed by <zone>" (rbl_listing: a configured
#   DNSBL zone lists the unauthenticated client on the :mx listener); to RCPT TO "550 5.1.1 No such user here" (no
#   account or alias has the address, in a domain the server hosts), "550 5.7.1 Relaying denied" (a domain it does not
#   host, on the :mx listener or without AUTH) and "452 Too many recipients" (the transaction already has
#   MAX_RECIPIENTS, 100); after the message "552 Message exceeds maximum size" (past max_message_bytes, 24 MB),
#   "550 Loop detected" (more than MAX_RECEIVED_HOPS, 4, Received: headers name the server), "550 5.7.1 Rejected per
#   DMARC policy of <RFC5322.From domain>" (SPF and DKIM fail DMARC for a domain whose policy is reject, and enforcement
#   is on), "550 5.7.1 Message rejected: virus detected (<ClamAV's name>)" (clamd finds a virus; a copy is
#   quarantined), "451 4.7.1 Virus scanner unavailable, try again later" (clamd cannot be reached: the sender must
#   retry, nothing skips scanning), "452 Insufficient system storage, try later" (the store answers
#   :insufficient_storage) and "451 Requested action aborted: local error" (any other error of the store).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mail on Rails's; the DSNs are made.
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
#   "554 5.7.1 Service unavailable; 192.0.2.24 is listed by zen.spamhaus.org"   (the client's address is listed; the
#                              zone is one an operator would configure) to MAIL FROM, to the Postfix's second address
#                              (its mail for gamma.test), for gus@gamma.test
#   "550 5.1.1 No such user here"   (an unknown user in a hosted domain) to RCPT TO, for una@ and ugo@ beta.test
#   "550 5.7.1 Relaying denied"   (a domain the server does not host) to RCPT TO, for rob@delta.test
#   "452 Too many recipients"   (the recipient limit is reached; served here to one recipient's RCPT TO, which stands
#                              for the 101st recipient of a transaction) to RCPT TO, to every attempt, for tom@beta.test
#   "550 5.7.1 Message rejected: virus detected (Win.Test.EICAR_HDB-1)"   (clamd's name for the EICAR test file)
#                              after the message, for max@beta.test
#   "552 Message exceeds maximum size"   after the message, for sam@beta.test
#   "451 4.7.1 Virus scanner unavailable, try again later"   after the message, to every attempt, for tia@beta.test
#   "550 Loop detected"   after the message, for lou@beta.test
#   "550 5.7.1 Rejected per DMARC policy of pi.test"   (the message's From: domain is the Exim sender's) after the
#                              message, for dee@beta.test
#   "451 Requested action aborted: local error"   after the message, to every attempt, for ida@beta.test
#   "452 Insufficient system storage, try later"   after the message, to every attempt, for mia@beta.test
# Not served: the greeting ("220 <host> ESMTP service ready") and the EHLO and HELO answers (the replaying server's are
# used), "421 4.4.2 SMTP command timeout - closing connection", the AUTH and STARTTLS replies ("530 Authentication
# required", "538 Encryption required for authentication", "535 Authentication credentials invalid", "421 Too many
# failed authentication attempts", "454 TLS not available" and the others), "550 Sender address must match
# authenticated account" (submission only), the syntax and sequence replies ("501 Syntax: MAIL FROM:<address>", "503
# Need MAIL command first" and the others), "502 Command not implemented", "421 Too many messages this session" (to DATA
# after 100 messages in one session), "550 Relaying denied" after the message (the store's own relay refusal, the same
# words as the RCPT TO refusal but for its enhanced code), and the listener's "421 4.7.0 Error: too many connections".
# The replies are chosen by recipient (and the DNSBL refusal by the connecting address), not by anything the senders
# did: delta.test is a domain the replaying server serves (it has an MX record pointing at it), each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-on-rails}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mail on Rails's SMTP server's replies.
UNKNOWN='550 5.1.1 No such user here'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 5.7.1 Service unavailable; {client} is listed by zen.spamhaus.org' \
    una@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    rob@delta.test rcpt '550 5.7.1 Relaying denied' \
    tom@beta.test rcpt '452 Too many recipients' \
    max@beta.test eom '550 5.7.1 Message rejected: virus detected (Win.Test.EICAR_HDB-1)' \
    sam@beta.test eom '552 Message exceeds maximum size' \
    tia@beta.test eom '451 4.7.1 Virus scanner unavailable, try again later' \
    lou@beta.test eom '550 Loop detected' \
    dee@beta.test eom '550 5.7.1 Rejected per DMARC policy of pi.test' \
    ida@beta.test eom '451 Requested action aborted: local error' \
    mia@beta.test eom '452 Insufficient system storage, try later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
listed-by-dnsbl	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe cricket nets are booked for Thursday.\n\nCarol
no-such-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe pottery kiln is warm again.\n\nCarol
relaying-denied	carol@alpha.test	rob@delta.test	192.0.2.25	Rob,\n\nthe canal boat trip is on Sunday.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe scout hut roof needs a patch.\n\nCarol
virus-detected	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe village fete needs a cake stall.\n\nCarol
message-exceeds-maximum-size	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe map of the footpaths is printed.\n\nCarol
virus-scanner-unavailable	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe library has the new atlas.\n\nCarol
exim-no-such-user	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe bell ringers practise on Tuesday.\n\nPat
exim-loop-detected	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe allotment show has a marrow class.\n\nPat
exim-rejected-per-dmarc-policy	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe chess club has a new board.\n\nPat
exim-local-error	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe pond dipping starts at ten.\n\nPat
exim-insufficient-system-storage	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe choir needs two more altos.\n\nPat
SEND
# eight messages refused for good, returned at once (five by the Postfix, three by the Exim), then for each of the four
# temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
