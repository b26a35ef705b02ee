#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-go-smtp-mock: a receiving SMTP server (../loopback-replay.py) answers with the
# default replies of smtpmock, the mock SMTP server for test environments of the mocktools project (mocktools/go-smtp-mock,
# Vladislav Trotsenko and contributors, Go; also run from Ruby by the smtp_mock gem, mocktools/ruby-smtp-mock, a wrapper
# over the same binary that passes its options as flags; read with the search tool: consts.go at commit 094540ca4712,
# the "SMTP mock default messages", and at 7be5801eef89, an earlier copy with the same texts; configuration.go at
# e8e260a17902, which gives each refusal its default; handler_message.go at 094540ca4712, the size check; README.md, the
# options BlacklistedHeloDomains, BlacklistedMailfromEmails, BlacklistedRcpttoEmails, "Ability to specify not registered
# (non-existent) RCPT TO emails" NotRegisteredEmails and MsgSizeLimit, "equal to 10485760 bytes (10MB) by default";
# MIT, the README's "License" section and LICENSE.txt; only the reply texts are quoted). A sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are smtpmock's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# How smtpmock answers: each reply is a fixed string of the configuration, written as it stands (no enhanced code);
# a refused address is answered and the session goes on (unless the "fail fast" option is set). The three blacklists
# share one default, defaultTransientNegativeMsg. Each reply byte for byte, at the stage the code sends it:
#   "421 Service not available"   (handler_helo.go: the HELO/EHLO domain is in BlacklistedHeloDomains,
#                              msgHeloBlacklistedDomain) to EHLO, to the Postfix's second address (out2.alpha.test,
#                              which sends for gamma.test), for gil@gamma.test, to every attempt
#   "421 Service not available"   (handler_mailfrom.go: the MAIL FROM address is in BlacklistedMailfromEmails,
#                              msgMailfromBlacklistedEmail) to MAIL FROM, to the Exim's second address (out2.pi.test),
#                              for gus@gamma.test, to every attempt
#   "421 Service not available"   (handler_rcptto.go isBlacklistedEmail(): the RCPT TO address is in
#                              BlacklistedRcpttoEmails, msgRcpttoBlacklistedEmail) to RCPT TO, for bly@ and bix@ beta.test,
#                              to every attempt
#   "550 User not found"   (handler_rcptto.go: the RCPT TO address is in NotRegisteredEmails, "not registered
#                              (non-existent) RCPT TO emails", msgRcpttoNotRegisteredEmail) to RCPT TO, for bob@, ben@ and
#                              kay@ beta.test
#   "501 RCPT TO requires valid email address"   (handler_rcptto.go: the RCPT TO argument does not match the
#                              address pattern, msgInvalidCmdRcpttoArg) to RCPT TO, for oda@ and ode@ beta.test
#   "552 Message exceeded max size of 10485760 bytes"   (handler_message.go: the data passes MsgSizeLimit, the default
#                              10485760; configuration.go appends " %d bytes" to "552 Message exceeded max size of")
#                              after the message (the mock sends it while the data arrives and discards the rest), for
#                              big@ and bea@ beta.test
# Not served: "501 HELO requires domain address", "501 MAIL FROM requires valid email address" (the senders' names and
# addresses are well formed; the RCPT TO one stands for them), "502 Command unrecognized. Available commands: ...", the
# four "503 Bad sequence of commands. ... should be ..." replies (the senders keep the order), the greeting "220 Welcome",
# "250 Received" and the other positive replies (the replaying server's own are used).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' HELO names and
# addresses are well formed, the messages are small plain text, the addresses exist. The 421 replies come on every
# attempt (the replaying server closes the connection after a 421, as "fail fast" would); each sender warns after a
# minute and returns the message after 3. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-go-smtp-mock}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtpmock's default replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo '421 Service not available' \
    client:192.0.2.34 mail '421 Service not available' \
    bly@beta.test rcpt '421 Service not available' \
    bix@beta.test rcpt '421 Service not available' \
    bob@beta.test rcpt '550 User not found' \
    ben@beta.test rcpt '550 User not found' \
    kay@beta.test rcpt '550 User not found' \
    oda@beta.test rcpt '501 RCPT TO requires valid email address' \
    ode@beta.test rcpt '501 RCPT TO requires valid email address' \
    big@beta.test eom '552 Message exceeded max size of 10485760 bytes' \
    bea@beta.test eom '552 Message exceeded max size of 10485760 bytes' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-not-found	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe allotment rota for May is pinned up.\n\nCarol
blacklisted-recipient	carol@alpha.test	bly@beta.test	192.0.2.25	Bly,\n\nthe printer on the second floor works again.\n\nCarol
blacklisted-helo-domain	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe minutes of the last meeting are ready.\n\nCarol
invalid-rcpt-argument	carol@alpha.test	oda@beta.test	192.0.2.25	Oda,\n\nthe van is booked for Saturday morning.\n\nCarol
size-limit	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe scans of the old deeds follow.\n\nCarol
exim-user-not-found	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe choir sings at the fete on Sunday.\n\nPat
exim-blacklisted-recipient	pat@pi.test	bix@beta.test	192.0.2.35	Bix,\n\nthe lost umbrella is at the front desk.\n\nPat
exim-blacklisted-sender	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe tomato seedlings are ready to collect.\n\nPat
exim-invalid-rcpt-argument	pat@pi.test	ode@beta.test	192.0.2.35	Ode,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-size-limit	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe holiday photos are in the shared folder.\n\nPat
SEND
# six messages refused for good, returned at once (3 by the Postfix, 3 by the Exim), then for each of the four
# temporary refusals (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
