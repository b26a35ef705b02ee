#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-phenk-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP listener of Phenk, "a modern, privacy-first temporary email platform built for humans,
# developers, autonomous agents" (its README), a disposable-mailbox web service in Go whose listener, on emersion's
# go-smtp, takes mail for random-pool and public-pool domains, provisions a named inbox on a public domain the first
# time mail comes for it, and commits each message encrypted to Postgres and a blob store before it answers 250 (read
# with the search tool in the repository ethchor/phenk, no licence file among the files read: internal/smtpd/session.go
# at commit f43d1d0c545a, its reply functions and Mail, Rcpt and Data; internal/smtpd/limits.go at commit 6a7d71fed663,
# limitedListener, the per-source connection cap; internal/smtpd/receiver.go at commit a2a29cf9869b, Resolve and Commit,
# which decide unknown, expired, over-quota and foreign-domain recipients; internal/smtpd/server.go at commit
# cc18a78bdfac, the defaults: 25 MB messages, 20 new named inboxes an hour from one source; each reply a go-smtp
# SMTPError, which go-smtp writes as the code, the enhanced code and the message; only the reply texts are quoted). A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Phenk's; the DSNs are made.
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
#   "421 4.7.0 Too many connections from your address"   (limitedListener: the source already holds its
#                              MaxConnectionsPerIP connections, 10 by default) instead of the greeting, to every
#                              connection, to the Postfix's second address only, for gus@gamma.test
#   "501 5.1.3 Malformed sender address"   (Mail: the reverse-path does not split into a local part and a domain) to
#                              MAIL FROM, to the Exim's second address only, for gwen@gamma.test
#   "550 5.1.1 No such user here"   (Rcpt: the address never existed, expired, was purged or reserved, or is on a
#                              random-pool domain, one text for all on purpose) to RCPT TO, for rhea@ and rob@beta.test
#   "550 5.7.1 Relay access denied"   (Rcpt: no domain of the service, or a retired one) to RCPT TO, for ray@delta.test,
#                              sent by the Postfix
#   "452 4.2.2 Mailbox full"   (Rcpt: the inbox is over its quota) to RCPT TO, to every attempt, for ada@beta.test, sent
#                              by the Postfix
#   "451 4.7.1 Too many new addresses, try again later"   (Rcpt: a new named inbox on a public domain, over the
#                              source's or the service's provisioning budget) to RCPT TO, to every attempt, for
#                              pia@beta.test, sent by the Exim
#   "552 5.3.4 Message exceeds the 26214400 byte limit"   (Data: the message is over the size limit, 25 MB by default)
#                              after the message, for lars@ and lena@beta.test
#   "451 4.3.0 Temporary failure, try again later"   (Data: spooling or committing the message failed) after the
#                              message, to every attempt, for tim@beta.test, sent by the Exim
# Not served: "452 4.5.3 Too many recipients", "501 5.1.3 Malformed recipient address", "501 5.1.3 Malformed
# transaction", "554 5.5.1 No valid recipients", the same 451 to RCPT TO and the 550 and 452 that Data repeats when
# an address expires or fills between RCPT TO and the commit, and go-smtp's own replies. The client refusals are chosen
# by the client's address (the second addresses, for gamma.test), the others by recipient, not by anything the senders
# did. The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test received by the replaying server too):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-phenk-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Phenk's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Too many connections from your address' \
    client:192.0.2.34 mail '501 5.1.3 Malformed sender address' \
    rhea@beta.test rcpt '550 5.1.1 No such user here' \
    rob@beta.test rcpt '550 5.1.1 No such user here' \
    ray@delta.test rcpt '550 5.7.1 Relay access denied' \
    ada@beta.test rcpt '452 4.2.2 Mailbox full' \
    pia@beta.test rcpt '451 4.7.1 Too many new addresses, try again later' \
    lars@beta.test eom '552 5.3.4 Message exceeds the 26214400 byte limit' \
    lena@beta.test eom '552 5.3.4 Message exceeds the 26214400 byte limit' \
    tim@beta.test eom '451 4.3.0 Temporary failure, try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe sign-up link for the beta is below.\n\nCarol
no-such-user	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nyour verification code is 552 190.\n\nCarol
relay-access-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe forum password reset link expires in an hour.\n\nCarol
mailbox-full	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe trial licence key is attached below.\n\nCarol
message-exceeds-limit	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe newsletter confirmation is below.\n\nCarol
exim-malformed-sender	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe download link for the white paper is below.\n\nPat
exim-no-such-user	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nyour one-time code is 804 317.\n\nPat
exim-too-many-new-addresses	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe webinar registration is confirmed.\n\nPat
exim-message-exceeds-limit	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe coupon for your first order is below.\n\nPat
exim-temporary-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nplease confirm your address for the raffle.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the refused
# greeting and the 452 to the Postfix and the two 451s to the Exim a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
