#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-inetsim-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of INetSim's fake SMTP server, the SMTP/SMTPS simulator of INetSim, the Internet Services Simulation Suite
# that malware analysis labs run as a sink for a sample's traffic (it plays an open mail server, accepts and stores
# every message in an mbox file; Matthias Eckert and Thomas Hungenberg, inetsim.org; read with the search tool in the
# repository edgecase1/inetsim, a copy of INetSim's release: lib/INetSim/SMTP.pm at commit 44d92c8ec95b, "INetSim::SMTP
# - A fake SMTP server", "(c)2007-2014 Matthias Eckert, Thomas Hungenberg", version 0.90; lib/INetSim/Config.pm, the
# defaults (Default_MaxChilds 10); GPL-2.0-or-later, the README's header; only the reply texts are quoted). Its send_
# writes the code, the enhanced code when ENHANCEDSTATUSCODES is among the configured extensions and its class matches
# the code's, and the text. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# INetSim's; the DSNs are made.
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
#   "421 4.3.2 Maximum number of connections (10) exceeded."   (process_request: the server already runs as many
#                              children as Default_MaxChilds allows, 10 by default; sent instead of the greeting, then the
#                              connection ends) to every connection from the Postfix's second address
#                              (out2.alpha.test, which sends for gamma.test), for gus@gamma.test
#   "552 5.2.3 Error: Message exceeds maximum size"   (MAIL: the SIZE parameter of MAIL FROM is over the server's
#                              max_message_size) to MAIL FROM, to the Exim's second address (out2.pi.test, which sends
#                              for gamma.test), for gina@gamma.test
#   "452 4.2.3 Error: Message size limit exceeded"   (DATA: the data passed max_message_size while it came in, the
#                              rest was thrown away and the message stored truncated, "info: Message truncated"; a
#                              temporary reply) after the message, to every attempt, for bob@ and bea@ beta.test
#   "451 4.3.0 Error: local error in processing"   (DATA: write_message could not open the mbox file, so no queue id)
#                              after the message, to every attempt, for lou@ and lea@ beta.test
# Not served: "503 5.5.2 Error: send HELO/EHLO first" (SMTP_HELO_required; both senders greet first), "530 5.7.0
# Authentication required" (SMTP_AuthRequired; the corpus has these words many times), "421 4.4.2 Error: timeout
# exceeded" (a silent client), "555 5.5.4 Error: Unsupported option" (a MAIL parameter of an extension not configured;
# the senders send only what the server announces), BDAT's "452 4.2.3 Error: Chunk size limit exceeded", the
# replies to malformed or out-of-order commands ("500 5.5.1 Error: unknown command", "503 5.5.1 Error: need MAIL
# command", "501 5.5.4 Syntax: ...") and the AUTH, TLS, TURN, ETRN and VRFY replies.
# The replies are chosen by recipient or client address, not by anything the senders did: the server has no child
# running, the messages are a few hundred bytes, the mbox file is not missing. The refused greeting and the temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-inetsim-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): INetSim's replies.
TRUNC='452 4.2.3 Error: Message size limit exceeded'
LOCAL='451 4.3.0 Error: local error in processing'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.3.2 Maximum number of connections (10) exceeded.' \
    client:192.0.2.34 mail '552 5.2.3 Error: Message exceeds maximum size' \
    bob@beta.test eom "$TRUNC" \
    bea@beta.test eom "$TRUNC" \
    lou@beta.test eom "$LOCAL" \
    lea@beta.test eom "$LOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe lawnmower blade has been sharpened.\n\nCarol
message-truncated	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe quiz night moved to the back room.\n\nCarol
local-error	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe allotment keys are under the mat.\n\nCarol
exim-message-exceeds-maximum-size	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe ferry times changed for winter.\n\nPat
exim-message-truncated	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe choir sings on Sunday at six.\n\nPat
exim-local-error	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe bird feeder needs filling.\n\nPat
SEND
# one message refused for good, returned at once (by the Exim), then for each of the five temporary refusals (three to
# the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
