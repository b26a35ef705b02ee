#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zp-submission-filter: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of Zdrowa Polska's employee submission signature filter, the Polish company Zdrowa Polska's own content
# filter in Python on the standard library's old smtpd module (asyncore), which sits behind its Gmail "Send mail as"
# submission Postfix (content_filter=smtp:[127.0.0.1]:10027 in gateway/postfix/master.cf.submission.snippet): it
# takes each authenticated employee's outgoing message, checks that the From header and the envelope sender are the
# same single corporate address, stamps the employee's corporate e-mail signature (synced from the company's Apps
# Script signature generator) into the body and re-injects the message into Postfix on 127.0.0.1:10026 (the repository
# Zdrowa-Polska/zdrowa-polska-signatures, no licence file read; read with the search tool; only the reply texts are
# quoted). Its own code writes every reply below: gateway/python/submission_filter.py (commit 7ae12f0cb3c2:
# SubmissionSignatureServer.process_message and handle_message), with gateway/README.md (commit 302529b214a5: the
# submission path, "Postfix TLS + Dovecot SASL -> authenticated sender/login check -> new employee filter on
# 127.0.0.1:10027 -> existing after-filter/outbound path -> Amazon SES") and gateway/python/test_submission_filter.py
# (commit 05844c74cc64: the refusals its tests expect, 550 for a forged or missing sender, 451 when the signature
# cache cannot be read). smtpd's SMTPChannel sends the string process_message returns, as it is, as the one reply
# after the message's final dot (None means "250 OK"):
#   "550 5.7.1 A single corporate From address is required"   the message has no From header, more than one, or one
#   naming several addresses, or its one address is not in the corporate domain (zdrowapolskagroup.pl);
#   "550 5.7.1 Envelope sender must match the corporate From address"   the MAIL FROM address is empty or differs
#   from the From header's address;
#   "550 5.7.1 No employee signature is configured for this sender"   the sender has no entry in the synced
#   employee-signatures.json;
#   "451 4.3.0 Employee signature processing temporarily unavailable"   any exception in handle_message: the
#   signature cache cannot be read or parsed, the message cannot be rewritten, or the re-injection to Postfix on
#   127.0.0.1:10026 fails.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. (In the project's own layout the client is the
# submission Postfix's smtp delivery agent, which returns the message to the employee on these replies in the same
# way.) Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the filter's; the DSNs are made.
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
#   "550 5.7.1 A single corporate From address is required"   after the message, for fae@ and fil@ beta.test
#   "550 5.7.1 Envelope sender must match the corporate From address"   after the message, for eva@ and eli@ beta.test
#   "550 5.7.1 No employee signature is configured for this sender"   after the message, for sid@ and sue@ beta.test
#   "451 4.3.0 Employee signature processing temporarily unavailable"   after the message, to every attempt, for tam@
#                              and tod@ beta.test
# Not served: smtpd's greeting, EHLO answer and stock replies (syntax, sequence, its "552 Error: Too much mail data"
# at the module's default size limit, "250 OK"); the filter has no refusals of its own at MAIL FROM or RCPT TO. The
# replies are chosen by recipient, not by anything the senders did (the senders' From headers and envelope senders
# are the same, in their own domains): each message has one recipient and is a few lines of plain text. The temporary
# reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zp-submission-filter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the employee submission signature filter's replies.
FROM='550 5.7.1 A single corporate From address is required'
ENVELOPE='550 5.7.1 Envelope sender must match the corporate From address'
NOSIG='550 5.7.1 No employee signature is configured for this sender'
TEMP='451 4.3.0 Employee signature processing temporarily unavailable'
printf '%s\t%s\t%s\n' \
    fae@beta.test eom "$FROM" \
    fil@beta.test eom "$FROM" \
    eva@beta.test eom "$ENVELOPE" \
    eli@beta.test eom "$ENVELOPE" \
    sid@beta.test eom "$NOSIG" \
    sue@beta.test eom "$NOSIG" \
    tam@beta.test eom "$TEMP" \
    tod@beta.test eom "$TEMP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
single-corporate-from-required	carol@alpha.test	fae@beta.test	192.0.2.25	Fae,\n\nthe pottery kiln is cooling until Friday.\n\nCarol
envelope-sender-mismatch	carol@alpha.test	eva@beta.test	192.0.2.25	Eva,\n\nthe allotment hose has a new tap.\n\nCarol
no-employee-signature	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe rowing club dinner is on the ninth.\n\nCarol
signature-processing-unavailable	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe bird table needs more seed.\n\nCarol
exim-single-corporate-from-required	pat@pi.test	fil@beta.test	192.0.2.35	Fil,\n\nthe map of the footpaths is on the fridge.\n\nPat
exim-envelope-sender-mismatch	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe canoe paddles are drying in the porch.\n\nPat
exim-no-employee-signature	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe lantern parade starts by the bridge.\n\nPat
exim-signature-processing-unavailable	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe cider barrels are rinsed and stacked.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
