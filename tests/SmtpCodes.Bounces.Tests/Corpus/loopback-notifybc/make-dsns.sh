#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-notifybc: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of NotifyBC's inbound SMTP server, the mail receiver of NotifyBC, the Province of British Columbia's notification and
# subscription service, which takes list-unsubscribe mail (un-<subscription id>-<unsubscription code>@<its domain>) and
# the bounces of its own notifications (bn-<id>-<code>@<its domain>) and turns each into calls on its REST API (read
# with the search tool in the repository bcgov/NotifyBC: src/observers/smtp-server.ts at commit 0218f4aa567d, the
# onRcptTo and onData handlers it gives Nodemailer's smtp-server, "Copyright 2016-present Province of British Columbia",
# "Licensed under the Apache License, Version 2.0"; the earlier src/observers/smtp-server.js at commit 08e5eddf8623,
# the same recipient check and parsing error, where a failed API lookup was only logged; docs/docs/config/
# inboundSmtpServer.md at commit 1bb9a32a489a; only the reply texts are quoted). The handlers give smtp-server Errors:
# smtp-server writes the message under the error's responseCode, or under 550 in handler_RCPT when it has none. A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# NotifyBC's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 invalid recipient"   (onRcptTo: the address is not un-<id>-<code>@ or bn-<id>-<code>@ a domain of the inbound
#                              server's configured domain list; smtp-server's 550) to RCPT TO, for nick@beta.test (a
#                              local part of neither kind, sent by the Postfix) and for un-3b9e-x7kq@gamma.test (gamma.test
#                              not among the domains, sent by the Exim)
#   "451 processing error"   (onData, a bounce address: the REST API's lookup of the subscription or of its bounce
#                              record failed) after the message, to every attempt, for bn-61a2-k29x@ and bn-8c4d-w53p@
#                              beta.test
#   "451 parsing error"   (onData, a bounce address: mailparser's simpleParser could not parse the message) after the
#                              message, to every attempt, for bn-7f0e-q81m@beta.test, sent by the Exim
# Not served: smtp-server's own replies (its size limit, 1000000 bytes here, and malformed or out-of-order commands).
# The replies are chosen by recipient, not by anything the senders did: no API was called, every message parses, and
# the messages to the bounce addresses are ordinary short notes, not bounces.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 labelled recipients to one reply text but the 451 processing error (4: one address of each sender, each in a
# warning and a return).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server (NotifyBC's domain beta.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-notifybc}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): NotifyBC's replies.
printf '%s\t%s\t%s\n' \
    nick@beta.test rcpt '550 invalid recipient' \
    un-3b9e-x7kq@gamma.test rcpt '550 invalid recipient' \
    bn-61a2-k29x@beta.test eom '451 processing error' \
    bn-8c4d-w53p@beta.test eom '451 processing error' \
    bn-7f0e-q81m@beta.test eom '451 parsing error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-recipient	carol@alpha.test	nick@beta.test	192.0.2.25	Nick,\n\nplease take me off the road closures list.\n\nCarol
processing-error	carol@alpha.test	bn-61a2-k29x@beta.test	192.0.2.25	Hello,\n\nthe minutes of Monday's meeting are below.\n\nCarol
exim-invalid-recipient	pat@pi.test	un-3b9e-x7kq@gamma.test	192.0.2.35	Unsubscribe\n\nPat
exim-processing-error	pat@pi.test	bn-8c4d-w53p@beta.test	192.0.2.35	Hello,\n\nthanks for the alert about the ferry schedule.\n\nPat
exim-parsing-error	pat@pi.test	bn-7f0e-q81m@beta.test	192.0.2.35	Hello,\n\nI moved to a new address last month.\n\nPat
SEND
# two recipients refused for good at RCPT TO, returned at once, then for each of the other three a warning after a
# minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
