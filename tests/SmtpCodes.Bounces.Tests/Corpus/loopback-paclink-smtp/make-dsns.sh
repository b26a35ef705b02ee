#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-paclink-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server built into Paclink, the Winlink radio e-mail client (Winlink 2000, WL2K: amateur-radio
# e-mail over packet radio, Pactor and telnet), whose own small SMTP and POP3 servers let an ordinary e-mail program
# (Outlook Express, Thunderbird) hand messages to it for the next radio connection to a Winlink server, as its source
# writes them. Read with the search tool: the repository ARSFI/paclink-open-source (the Amateur Radio Safety
# Foundation's C# conversion of the VB.NET Paclink; no licence file in the stored repository), Paclink/SMTPSession.cs
# (commit 1cb018a76929: the reply constants, the Protocol state machine for MAIL, RCPT, DATA and the end of the message,
# CheckForOversizeMessage) and Paclink/SMTPMessage.cs (commit 4ce24588dec0: the ErrorDescription that the end-of-message
# refusal quotes). Every reply is one line, without enhanced codes. Only the reply texts are quoted. A sending Postfix
# 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Paclink's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "504 Command parameter not implemented"   (Reply504, in the Ready state: the MAIL FROM line has an address in angle
#                              brackets that is not at winlink.org, the only senders Paclink takes from its e-mail
#                              programs) to MAIL FROM, to every connection from the Postfix's second address
#                              (out2.alpha.test, 192.0.2.24, which sends for gamma.test), for gus@gamma.test
#   "530 Authentication required"   (in the Ready state: a MAIL FROM before a successful AUTH PLAIN or AUTH LOGIN
#                              against Paclink's accounts) to MAIL FROM, to every connection from the Exim's second
#                              address (out2.pi.test, 192.0.2.34, which sends for gamma.test), for gwen@gamma.test
#   "554 Message exceeds WL2K's 120KB compressed size limit"   (GetData: the message, saved for Winlink, compresses
#                              to more than 119900 bytes, so it is deleted again) after the message, for ann@ and
#                              abe@ beta.test
#   "554 Failure to save message"   (GetData: SaveMessageToWinlink fails, the message cannot be encoded again for
#                              the "To Winlink" folder) after the message, for bob@ and ben@ beta.test
#   "554 Unknown mime decode failure"   (GetData: "554 " and SMTPMessage's ErrorDescription, whose first value this
#                              is, when the MIME decoder cannot decode the message) after the message, for cal@ and
#                              cy@ beta.test
#   "554 Unable to extract the message header"   (GetData: "554 " and the ErrorDescription that DecodeMime sets when
#                              ExtractHeader finds no header, a message under 20 characters) after the message, for
#                              dee@ and di@ beta.test
# Not served: the AUTH replies ("501 Authentication failed", "504 Unrecognized authentication type"), "504 Command
# parameter not implemented" to any command but EHLO, QUIT and VRFY before EHLO (the senders open with EHLO), "500
# Syntax Error, command unrecognized" to unknown or out-of-order commands, "451 Local error cannot process command" to
# any command but RSET and QUIT after a refused message (the senders send RSET or QUIT), and the constants the session
# never sends ("450 mailbox not available", "550 user not registered", "451 requested action aborted", "452 action not
# taken, insufficient resources", "553 action not taken; mailbox name syntax error", "554 Transaction failed or
# rejected").
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses are
# not at winlink.org for any of them (Paclink would give every one of them the 504), no message is large, and every
# message is a plain text message a few lines long that Paclink could decode. Every reply is permanent; each is
# returned at once. At most 2 recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where Paclink greets "220 Winlink.org"
# and answers EHLO "250-smtp.winlink.org Hello <the EHLO argument>" with "250-AUTH LOGIN PLAIN", "250-AUTH=LOGIN PLAIN"
# and "250 OK".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-paclink-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Paclink's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '504 Command parameter not implemented' \
    client:192.0.2.34 mail '530 Authentication required' \
    ann@beta.test eom "554 Message exceeds WL2K's 120KB compressed size limit" \
    abe@beta.test eom "554 Message exceeds WL2K's 120KB compressed size limit" \
    bob@beta.test eom '554 Failure to save message' \
    ben@beta.test eom '554 Failure to save message' \
    cal@beta.test eom '554 Unknown mime decode failure' \
    cy@beta.test eom '554 Unknown mime decode failure' \
    dee@beta.test eom '554 Unable to extract the message header' \
    di@beta.test eom '554 Unable to extract the message header' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
command-parameter-not-implemented	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe net control schedule for the drill is on the club page.\n\nCarol
exceeds-compressed-size-limit	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe shelter roster goes out on the evening net.\n\nCarol
failure-to-save-message	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe repeater on the ridge is back on the air.\n\nCarol
unknown-mime-decode-failure	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe field day site has power this year.\n\nCarol
unable-to-extract-header	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe county exercise starts at nine.\n\nCarol
exim-authentication-required	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe antenna party moves to Sunday.\n\nPat
exim-exceeds-compressed-size-limit	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe hospital net checks in at noon.\n\nPat
exim-failure-to-save-message	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe new modem arrived with the cables.\n\nPat
exim-unknown-mime-decode-failure	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe club meeting has a talk on Pactor.\n\nPat
exim-unable-to-extract-header	pat@pi.test	di@beta.test	192.0.2.35	Di,\n\nthe weather spotters meet on Tuesday.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
