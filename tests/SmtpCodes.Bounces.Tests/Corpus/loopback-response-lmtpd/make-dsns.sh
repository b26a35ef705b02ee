#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-response-lmtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of response-lmtpd, the LMTP daemon of Response ("The Response Project - Automatic / Out of Office / Vacation
# E-Mail Replies"), John Feuerstein's (feurix's) autoresponder suite in Python for Postfix or Exim with virtual users
# and an RDBMS back end (repository feurix/response, GPLv3 as its README and each file's header say; read with the
# search tool: lmtpd.py at commits 02cfffbb5cefc300510c14004326a1a790bd3be4 and
# a9c3bbab61914ac0ea6c7497c4759885f0de494d, the same text in both; config.py and response.cfg at commit
# 0c288d045c2a1036d068c876f69b5b05237a11b2; README at commit 1a085054a18e2839d098cef1c589b0bf9c409eb2). Only the reply
# texts are quoted. The MTA hands response-lmtpd a silent copy of each message whose recipient has an autoresponse
# configured (its README: "Response works only in combination with an intelligent MTA like Postfix ... The LMTP
# daemon should be used as a final secondary transport by your MTA"); the daemon validates sender, recipient and
# headers and records a pending response. Its LMTPChannel (lmtpd.py) writes its refusals in its own words:
#   __parse_recipient, called by smtp_RCPT: "501 5.5.2 Unknown recipient address format: <address>" when the RCPT TO
#   address does not match RECIPIENT_ADDRESS_REWRITE_RE (default "(?P<user>\S+)#(?P<domain>\S+)@", the
#   user#domain@response.internal form the MTA's rewrite gives the copy), the address being the one given, without
#   its angle brackets;
#   smtp_RCPT, when the channel could not connect to the back-end database (the failure is kept from the channel's
#   __init__ "where the protocol allows us to send the necessary status code") and FAILSAFE is off: "550 5.5.1 Backend
#   failure" with HARDFAIL = True, else "451 4.3.1 Backend failure, try again later" (SOFTFAIL, the shipped
#   response.cfg's and config.py's default);
#   found_terminator, after the message's final dot, when validate() or record() raised a ProcessError and HARDFAIL =
#   True: "552 5.5.1 Error processing message" ("A softfail doesn't make sense here": without HARDFAIL it answers
#   "250 Ok").
# asynchat's push writes each as one line "<text>\r\n".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Response's; the DSNs are made.
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
#   "501 5.5.2 Unknown recipient address format: {rcpt}"   to RCPT TO, for ivy@ and ian@ beta.test ({rcpt} is the
#                              address as given, so the reply names ivy@beta.test or ian@beta.test)
#   "550 5.5.1 Backend failure"   to RCPT TO (HARDFAIL = True), for bo@ and bea@ beta.test
#   "451 4.3.1 Backend failure, try again later"   to RCPT TO (the default), to every attempt, for sam@ and sue@
#                              beta.test
#   "552 5.5.1 Error processing message"   after the message (HARDFAIL = True), for pam@ and pip@ beta.test
# Not served: the greeting ("220 <fqdn> <version>") and LHLO answer (the replaying server's, which speaks SMTP, are
# used: the relaying MTAs deliver to it as to a next hop over SMTP, where a real set-up delivers to response-lmtpd over
# LMTP from the same MTA), the protocol replies ("500 5.5.1 SMTP command not supported" to HELO, "502 5.5.1 Error:
# command not implemented", the syntax and sequence 50x replies, "451 5.5.1 Internal server error" for a line in no
# known state), "503 5.5.1 Duplicate RCPT TO" (the second recipient of one transaction: "We don't support multiple
# recipients per message", README hint response_destination_recipient_limit = 1; each message here has one
# recipient) and the 250s. The two HARDFAIL replies and the SOFTFAIL reply come from differently configured daemons;
# the replaying server gives each recipient the reply of the configuration its scenario names. Each message has one
# recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-response-lmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): response-lmtpd's replies.
FORMAT='501 5.5.2 Unknown recipient address format: {rcpt}'
HARDBACKEND='550 5.5.1 Backend failure'
SOFTBACKEND='451 4.3.1 Backend failure, try again later'
PROCESSING='552 5.5.1 Error processing message'
printf '%s\t%s\t%s\n' \
    ivy@beta.test rcpt "$FORMAT" \
    ian@beta.test rcpt "$FORMAT" \
    bo@beta.test rcpt "$HARDBACKEND" \
    bea@beta.test rcpt "$HARDBACKEND" \
    sam@beta.test rcpt "$SOFTBACKEND" \
    sue@beta.test rcpt "$SOFTBACKEND" \
    pam@beta.test eom "$PROCESSING" \
    pip@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient-address-format	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe allotment gate code changed again.\n\nCarol
backend-failure	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe canoe club meets at the boathouse now.\n\nCarol
backend-failure-try-again-later	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe pottery kiln is booked for Friday.\n\nCarol
error-processing-message	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe bird count starts at dawn on Sunday.\n\nCarol
exim-unknown-recipient-address-format	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe library returns box is full again.\n\nPat
exim-backend-failure	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe bunting for the fete is in the loft.\n\nPat
exim-backend-failure-try-again-later	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe choir picnic moved to the meadow.\n\nPat
exim-error-processing-message	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe telescope night is clouded out.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary cases (one to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
