#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-maildemon: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Mail Demon, Jeff Johnson's "simple and lightweight C# smtp server" (Digital Ruby; the repository
# DigitalRuby/MailDemon, read with the search tool: SmtpServer/MailDemonService_ParseMailFrom.cs at commit
# 0c75b72c6cd9, the MAIL FROM, RCPT TO and DATA handling; SmtpServer/MailDemonService_Receive.cs at commit
# 0c603f83e20a, ValidateSPF; SmtpServer/MailDemonService_MessageHandler.cs at commit 022d2c7eed43, the session loop;
# README.md at commit 067ac207efcd; LICENSE at commit 9e1e68a24804, MIT, "Copyright (c) 2018 Jeff Johnson"; only the
# reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Mail Demon's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "500 invalid command - SPF records from mail domain 'alpha.test' do not match connection host 'out2.alpha.test'"
#                              (ValidateSPF, for a client that did not authenticate when requireSpfMatch is set: the
#                              SPF check of the MAIL FROM domain for the client's address did not pass; the host is the
#                              client's address looked up in DNS, here the layout's PTR name) to MAIL FROM, from the
#                              Postfix's second address (out2.alpha.test, which sends for gamma.test), for
#                              gina@gamma.test; the same with 'pi.test' and 'out2.pi.test' from the Exim's second
#                              address (out2.pi.test), for gus@gamma.test
#   "500 invalid command - bad to address '<address>'"   (ParseMailFrom: a client that did not authenticate may write
#                              only to the address of one of the server's users, and no user has this one) to RCPT TO,
#                              for nemo@ and nell@ beta.test (from the Postfix) and noah@beta.test (from the Exim)
#   "552 message too large"   (ParseMailFrom: the data passed maxMessageSize; the code answers as soon as they do and
#                              stops reading, the replay after the final dot) after the message, for bob@ and bea@
#                              beta.test
# Not served: the replies to malformed addresses or commands ("500 invalid command - bad from address format", "500
# invalid command - bad to address format for address '...'", "500 invalid command - no to address", "500 invalid
# command"), the BINARYMIME and TLS replies, "535 authentication failed" and "500 invalid command - user not found",
# which the code writes after it has already answered the data with "250 2.5.0 OK".
# The replies are chosen by recipient or client address, not by anything the senders did: no SPF record is looked up,
# the messages are a few hundred bytes. Every reply is permanent; the code closes the connection after its 500 replies,
# where the replay goes on. At most 2 recipients to one reply text but the RCPT TO refusal (3).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-maildemon}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mail Demon's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "500 invalid command - SPF records from mail domain 'alpha.test' do not match connection host 'out2.alpha.test'" \
    client:192.0.2.34 mail "500 invalid command - SPF records from mail domain 'pi.test' do not match connection host 'out2.pi.test'" \
    nemo@beta.test rcpt "500 invalid command - bad to address 'nemo@beta.test'" \
    nell@beta.test rcpt "500 invalid command - bad to address 'nell@beta.test'" \
    noah@beta.test rcpt "500 invalid command - bad to address 'noah@beta.test'" \
    bob@beta.test eom '552 message too large' \
    bea@beta.test eom '552 message too large' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-mismatch	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe quiz night raised enough for the roof.\n\nCarol
bad-to-address	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe canoe club kit list is attached in spirit.\n\nCarol
bad-to-address-second	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe apple press is free on Sunday.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe scarecrow contest entries close Friday.\n\nCarol
exim-spf-mismatch	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe brass band practice moved to Tuesday.\n\nPat
exim-bad-to-address	pat@pi.test	noah@beta.test	192.0.2.35	Noah,\n\nthe plant swap is by the war memorial.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe library van comes on Thursdays now.\n\nPat
SEND
# seven messages refused for good, each returned at once (four by the Postfix, three by the Exim)
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
