#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-eventmachine-smtpserver: a receiving SMTP server (../loopback-replay.py) answers
# with the replies of EventMachine's SmtpServer, the server side of SMTP in Ruby's EventMachine event-processing library
# (EventMachine::Protocols::SmtpServer, Francis Cianfrocca, 2006), as its source writes them (repository
# eventmachine/eventmachine, read with the search tool: lib/em/protocols/smtpserver.rb at commit 130f91494d1f, the
# protocol handler's replies and the comments of the stubs that application code overrides, each saying what a false
# answer does; the file's header: "This program is free software; you can redistribute it and/or modify it under the
# terms of either: 1) the GNU General Public License as published by the Free Software Foundation; either version 2 of
# the License, or (at your option) any later version; or 2) Ruby's License", "Copyright (C) 2006-07 by Francis
# Cianfrocca"; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are the library's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The handler is "NOT a complete SMTP server ... it uses overridable method stubs to communicate protocol states and
# data to user code": its refusals come when the server's parameters require STARTTLS or AUTH, or when a stub returns
# false (or a Deferrable fails). Each reply byte for byte, at the stage the code sends it:
#   "550 This server requires STARTTLS before MAIL FROM"   (process_mail_from: the parameter :starttls is :required and
#                              no TLS was negotiated) to MAIL FROM, to the Postfix's second address (out2.alpha.test,
#                              which sends for gamma.test), for gil@gamma.test
#   "550 sender is unacceptable"   (receive_sender returned false: "Return false to indicate to the remote client that
#                              the sender is not accepted") to MAIL FROM, to the Exim's second address (out2.pi.test),
#                              for gus@gamma.test
#   "550 recipient is unacceptable"   (receive_recipient returned false: "Return false to reject the recipient") to RCPT
#                              TO, for amy@, abe@ and ava@ beta.test
#   "550 Operation failed"   (receive_data_command returned false: "This can be useful for dealing with problems that
#                              arise from processing the whole set of sender and recipients") to DATA, for opa@ and
#                              ole@ beta.test
#   "550 Message rejected"   (receive_message returned false: "User code must return true or false to indicate whether
#                              the message has been accepted for delivery") after the final dot, for rex@ and rae@ beta.test
# Not served: "550 This server requires authentication before MAIL FROM" (the :auth parameter :required; the senders'
# second addresses carry the two MAIL FROM refusals served), "550 Requested action not taken" to EHLO and HELO
# (receive_ehlo_domain returning false), the AUTH replies and the replies to out-of-order or unknown commands ("503 MAIL
# is required before RCPT", "503 Operation sequence error", "500 Unknown command", ...).
# The replies are chosen by recipient or client address, not by anything the senders did: no TLS or AUTH was required of
# them by the replaying server, and no user code judged them. Every reply is permanent, so each message is returned at
# once. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-eventmachine-smtpserver}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): EventMachine's SmtpServer's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 This server requires STARTTLS before MAIL FROM' \
    client:192.0.2.34 mail '550 sender is unacceptable' \
    amy@beta.test rcpt '550 recipient is unacceptable' \
    abe@beta.test rcpt '550 recipient is unacceptable' \
    ava@beta.test rcpt '550 recipient is unacceptable' \
    opa@beta.test data '550 Operation failed' \
    ole@beta.test data '550 Operation failed' \
    rex@beta.test eom '550 Message rejected' \
    rae@beta.test eom '550 Message rejected' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
starttls-required	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe bird count is on Saturday morning.\n\nCarol
recipient-unacceptable	carol@alpha.test	amy@beta.test,abe@beta.test	192.0.2.25	Amy, Abe,\n\nthe shared car is free on Tuesday.\n\nCarol
operation-failed	carol@alpha.test	opa@beta.test	192.0.2.25	Opa,\n\nthe church fete needs more chairs.\n\nCarol
message-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe kennel opens at eight.\n\nCarol
exim-sender-unacceptable	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe rain gauge overflowed again.\n\nPat
exim-recipient-unacceptable	pat@pi.test	ava@beta.test	192.0.2.35	Ava,\n\nthe choir sings at the harvest supper.\n\nPat
exim-operation-failed	pat@pi.test	ole@beta.test	192.0.2.35	Ole,\n\nthe ferry was cancelled for the storm.\n\nPat
exim-message-rejected	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe fence panels were delivered.\n\nPat
SEND
# eight messages refused for good, returned at once (4 by the Postfix, 4 by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
