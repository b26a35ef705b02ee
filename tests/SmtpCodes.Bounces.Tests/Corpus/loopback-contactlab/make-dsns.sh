#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-contactlab: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Contactlab (an Italian e-mail and SMS marketing company; its sending platform Contactsend) documents for SmartRelay,
# the SMTP injection point through which its customers' own MTAs ("your local SMTP forwarder") hand over transactional
# and bulk mail, in its developer documentation's section "Troubleshooting SMTP codes and errors" ("SmartRelay specific
# codes": https://developer.contactlab.com/send-smartrelay-docs/smtperrors/, one page a reply, each titled with the reply
# and saying what it means: http://developer.contactlab.com/documentation/contactsend/smartrelay/ServiceUnavailableConcurrencyLimit,
# .../ReconfigurationInProgress and .../ServiceUnavailableRecipientsLimit, and
# https://developer.contactlab.com/send-smartrelay-docs/smartrelayheadersandattributes/rcpttosyntaxerror/ and
# .../serviceunavailablerecipientslimit/; the same list in https://docs.contactlab.com/docs/development/smartrelay/
# smartrelay-headers-identifiers-attributes-and-error-codes); stored copies read with the search tool, no date or
# licence shown; only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are Contactlab's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply is the page's title, byte for byte, at the stage its page names or implies:
#   "421 4.4.5 Service unavailable, concurrency limit reached"   ("SmartRelay imposes a limit on the number of
#       simultaneous SMTP connections with your dedicated SMTP listener ... up to eight"; "this temporary error code if
#       your SMTP forwarder ... attempts to exceed this limit. The messages should be resent after an appropriate
#       delay"). Instead of the greeting (a limit on connections), to the senders' second addresses (192.0.2.24 and
#       192.0.2.34, the clients for gamma.test): gil@, gia@gamma.test from the Postfix, gus@gamma.test from the Exim.
#   "421 4.3.2 Reconfiguration in progress"   (a node of the MTA cluster "re-initialized" for new configuration that has
#       "waited too long" for existing connections "and carr[ies] out a reconfiguration, resulting in this temporary
#       error. Generally, the messages should be resent after an appropriate delay"). Inside a session that has begun,
#       to RCPT TO, for rex@beta.test, from both senders.
#   "452 4.5.3 Service unavailable, recipients per message limit reached"   ("SmartRelay imposes a protocol-level (SMTP)
#       limit of one recipient for each injected message"; "if your SMTP forwarder ... sen[ds] messages that include
#       multiple RCPT TO commands for a single DATA command"; "While this is a temporary error, a later retry will only
#       succeed if your SMTP forwarder stops sending multiple RCPT TO commands"). To RCPT TO, for lim@beta.test, the
#       second recipient of a message whose first (ann@beta.test) is accepted, from both senders.
#   "501 5.5.2 RCPT TO syntax error"   ("The destination email address is invalid according to the RFC 2822 Internet
#       message format standard"; "SmartRelay enforces the standard and refuses to accept an email sent to an invalid
#       address"; "This is a permanent error"). To RCPT TO, for syd@beta.test, from both senders.
# The three temporary replies are served to every attempt, so each sender warns after a minute and returns the message
# after 3 (the 452 even when the sender retries lim@ alone, where the relay itself would take the single recipient: the
# replaying server answers by recipient). At most 4 recipients to one reply text.
# Not served: the pages name no other reply (the overview's "250 2.0.0 OK 79/BC-12331-5C348706" is an acceptance).
# The replies are chosen by recipient or client address, not by anything the senders did: one connection at a time from
# each, no reconfiguration, every address well formed; the senders' addresses have matching reverse names, their domains
# resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-contactlab}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies.
CONCURRENCY='421 4.4.5 Service unavailable, concurrency limit reached'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONCURRENCY" \
    client:192.0.2.34 connect "$CONCURRENCY" \
    rex@beta.test rcpt '421 4.3.2 Reconfiguration in progress' \
    lim@beta.test rcpt '452 4.5.3 Service unavailable, recipients per message limit reached' \
    syd@beta.test rcpt '501 5.5.2 RCPT TO syntax error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
concurrency-limit	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nyour delivery slot is Thursday morning.\n\nCarol
reconfiguration	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nyour order number is below.\n\nCarol
recipients-limit	carol@alpha.test	ann@beta.test,lim@beta.test	192.0.2.25	Ann, Lim,\n\nyour membership cards are ready.\n\nCarol
rcpt-syntax	carol@alpha.test	syd@beta.test	192.0.2.25	Syd,\n\nyour reset code expires in an hour.\n\nCarol
exim-concurrency-limit	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nyour parcel leaves the depot today.\n\nPat
exim-reconfiguration	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nyour quote is attached below.\n\nPat
exim-recipients-limit	pat@pi.test	ann@beta.test,lim@beta.test	192.0.2.35	Ann, Lim,\n\nyour tickets for Saturday are confirmed.\n\nPat
exim-rcpt-syntax	pat@pi.test	syd@beta.test	192.0.2.35	Syd,\n\nyour statement is available.\n\nPat
SEND
# two returns at once, then a warning after a minute and a return after 3 for each of the six temporary scenarios
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
