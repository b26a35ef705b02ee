#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-weasel: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Weasel, Peter Moylan's POP3 and SMTP mail server for OS/2 (eComStation, ArcaOS), written in Modula-2, as OS2World
# keeps it (OS2World/APP-INTERNET-Weasel, read with the search tool: the SMTP command interpreter
# Weasel/smtpcommands.mod at commit ba98fa17d7ed, "Last edited: 14 July 2017", and the module that receives and files
# the mail, Weasel/smtpdata.mod at commit 0b102b6b4e91, "Last edited: 28 February 2020"; their headers: "This program
# is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as
# published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version";
# only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are Weasel's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (make it first; a run takes about 6 minutes)
#
# No Weasel reply carries an enhanced status code. Each reply at the stage the code sends it:
#   "421 Spammers not welcome here"   (OpenSession(): the stage-0 filter, run on the client's connection, returned 3,
#                              "reject the message", without a message of its own) instead of the greeting, to the
#                              Postfix's second address (out2.alpha.test, for gamma.test)
#   "553 FROM address not accepted"   (MAIL: FromAddressAcceptable() refuses the sender: a domain without DNS, a banned
#                              host, an SPF fail or a failed "postmaster check" of the sender's domain) to MAIL FROM, to
#                              the Exim's second address (out2.pi.test, for gamma.test)
#   "550 unknown user kay"   (RCPT: the domain is local and AddLocalRecipient() finds no such user; the reply ends with
#                              the local part) to RCPT TO, for kay@, kim@ beta.test (the Postfix) and kit@beta.test (the
#                              Exim), each with its own local part
#   "550 Unauthorized user or relaying not authorized for <rex@delta.test>"   (RCPT: a domain not local, a client not
#                              allowed to relay and not authenticated; the reply ends with the RCPT TO argument, angle
#                              brackets and all, in lower case) to RCPT TO, for rex@, ray@ delta.test (the Postfix) and
#                              rob@delta.test (the Exim)
#   "554 Mail rejected by filter"   (DATA: the stage-3 filter, run when DATA arrives, returned 3 without a message of
#                              its own) to DATA, for fil@beta.test (the Postfix) and fin@beta.test (the Exim)
#   "554 too many hops (max 25)"   (AcceptMessage(): more than 25 "Received:" lines) after the final dot, for
#                              hop@beta.test
#   "554 From: header line is missing"   (AcceptMessage(): no "From:" header) after the final dot, for fro@beta.test
#                              (the Postfix) and fra@beta.test (the Exim)
#   "552 message size exceeds fixed maximum message size"   (AcceptMessage(): more than the configured limit) after
#                              the final dot, for big@beta.test (the Postfix) and bo@beta.test (the Exim)
#   "554 could not create message file"   (AcceptMessage(): the temporary file in the first recipient's mailbox could
#                              not be opened) after the final dot, for cre@beta.test
# Not served: "550 Access denied" (to HELO/EHLO: a banned host name or an SPF fail; the Postfix and the Exim would meet
# it before anything keyed by recipient), "552 Message too large" (to MAIL FROM with a SIZE over the limit) and "451
# Postmaster check failed, try again later" (MAIL FROM; one MAIL FROM reply per client here), the 421 of the stage-1
# and stage-2 filters (the same words), the filters' own failure lines (a site's words, not Weasel's), "554 connection
# lost", "554 no recipients", the BDAT, AUTH and EXPN replies and those to commands out of order.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text with a From: header and two
# Received: lines. The temporary reply comes on every attempt; the Postfix warns after a minute and returns the message
# after 3. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-weasel}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Weasel's replies.
RELAY='550 Unauthorized user or relaying not authorized for'
FILTER='554 Mail rejected by filter'
NO_FROM='554 From: header line is missing'
TOO_BIG='552 message size exceeds fixed maximum message size'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 Spammers not welcome here' \
    client:192.0.2.34 mail '553 FROM address not accepted' \
    kay@beta.test rcpt '550 unknown user kay' \
    kim@beta.test rcpt '550 unknown user kim' \
    kit@beta.test rcpt '550 unknown user kit' \
    rex@delta.test rcpt "$RELAY <rex@delta.test>" \
    ray@delta.test rcpt "$RELAY <ray@delta.test>" \
    rob@delta.test rcpt "$RELAY <rob@delta.test>" \
    fil@beta.test data "$FILTER" \
    fin@beta.test data "$FILTER" \
    hop@beta.test eom '554 too many hops (max 25)' \
    fro@beta.test eom "$NO_FROM" \
    fra@beta.test eom "$NO_FROM" \
    big@beta.test eom "$TOO_BIG" \
    bo@beta.test eom "$TOO_BIG" \
    cre@beta.test eom '554 could not create message file' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-user	carol@alpha.test	kay@beta.test,kim@beta.test	192.0.2.25	Kay, Kim,\n\nthe bus leaves at half past seven.\n\nCarol
relaying-not-authorized	carol@alpha.test	rex@delta.test,ray@delta.test	192.0.2.25	Rex, Ray,\n\nthe samples were posted this morning.\n\nCarol
spammers-not-welcome	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe tent poles are in the garage.\n\nCarol
rejected-by-filter	carol@alpha.test	fil@beta.test	192.0.2.25	Fil,\n\nthe orchestra rehearses on Thursday.\n\nCarol
too-many-hops	carol@alpha.test	hop@beta.test	192.0.2.25	Hop,\n\nthe fence panels arrive on Monday.\n\nCarol
from-header-missing	carol@alpha.test	fro@beta.test	192.0.2.25	Fro,\n\nthe recipe book is on the shelf.\n\nCarol
message-too-large	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe chess club meets in room four.\n\nCarol
could-not-create-file	carol@alpha.test	cre@beta.test	192.0.2.25	Cre,\n\nthe boat trip is on if it stays dry.\n\nCarol
exim-unknown-user	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe lantern parade starts at six.\n\nPat
exim-relaying-not-authorized	pat@pi.test	rob@delta.test	192.0.2.35	Rob,\n\nthe draft budget is attached below.\n\nPat
exim-from-address-not-accepted	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe bird survey is on Saturday.\n\nPat
exim-rejected-by-filter	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe parking permits have come.\n\nPat
exim-from-header-missing	pat@pi.test	fra@beta.test	192.0.2.35	Fra,\n\nthe library van comes on Fridays.\n\nPat
exim-message-too-large	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe sketches for the mural are below.\n\nPat
SEND
# thirteen messages refused for good, returned at once (7 by the Postfix, 6 by the Exim), then for the refused
# greeting a warning after a minute and a return after 3 (the Postfix retries a 421 greeting)
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
