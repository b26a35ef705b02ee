#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-govuk-notify-smtp-relay: a receiving SMTP server (../loopback-replay.py) answers
# with the replies of Digital Backbone's SMTP relay to GOV.UK Notify, a small Python program on aiosmtpd, built into a
# container image (its GitHub workflow pushes it to GHCR), that takes mail from applications on a private network,
# turns each message into a subject and a Markdown body and hands it, recipient by recipient, to the GOV.UK Notify API
# (the UK government's notification service) through notifications-python-client, optionally mirroring it to a Slack
# webhook ("an internal, unofficial tool provided as-is", its README says; the repository
# govuk-digital-backbone/govuk-notify-smtp-relay, no licence file read; read with the search tool; only the reply texts
# are quoted), whose own code writes every reply served: main.py (commit 4cc7e9824bcb), NotifyHandler.handle_DATA, whose
# returned strings aiosmtpd sends as they are, after the message's final dot:
#   "550 Source IP unacceptable"   the connecting client's address is not private, loopback or link-local
#                                  (is_private_ip); the relay serves only its own network
#   "550 Invalid email content"    the parsed message has no subject or no body
#   "451 Temporary failure"        relaying raised: the Slack webhook's post or the Notify API call
#                                  (send_email_notification) failed, for any recipient
# Each reply byte for byte, at the stage it is served:
#   "550 Source IP unacceptable"   after the message, for each sender's second address (clients 192.0.2.24 and
#                              192.0.2.34, which send the mail for gamma.test): gus@, gia@ and gem@ gamma.test (Postfix),
#                              gil@, gob@ and gin@ gamma.test (Exim); two of each sender's in one message
#   "550 Invalid email content"   after the message, for lou@ (Postfix) and lea@ (Exim) beta.test
#   "451 Temporary failure"   after the message, to every attempt, for fay@ (Postfix) and fox@ (Exim) beta.test
# Not served: "550 No recipient found" (parse_email found no recipient in the message; parse_email is in
# message_handling.py, which the index does not hold, so what makes its list empty was not read), the greeting and EHLO
# answer (aiosmtpd's "<host name> Python SMTP <version>" greeting; the replaying server's are used), aiosmtpd's own stock
# replies (syntax, sequence, size, its "250 OK" to every RCPT TO, as the code has no handle_RCPT) and the later GC
# Notify fork's "550 Recipient not permitted" (a copy seen in the index without a repository name).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# relay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replies are chosen by recipient or by the client's address, not by anything the senders did: the senders'
# addresses are in the documentation range (which Python's ipaddress counts as private), and each message has a
# subject and a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute
# and returns the message after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-govuk-notify-smtp-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the relay's replies.
SOURCEIP='550 Source IP unacceptable'
CONTENT='550 Invalid email content'
TEMPFAIL='451 Temporary failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 eom "$SOURCEIP" \
    client:192.0.2.34 eom "$SOURCEIP" \
    lou@beta.test eom "$CONTENT" \
    lea@beta.test eom "$CONTENT" \
    fay@beta.test eom "$TEMPFAIL" \
    fox@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
source-ip-unacceptable	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe river walk starts at the lock.\n\nCarol
source-ip-unacceptable-two	carol@alpha.test	gia@gamma.test,gem@gamma.test	192.0.2.25	Gia, Gem,\n\nthe jumble sale needs tables.\n\nCarol
invalid-email-content	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe swifts are back under the eaves.\n\nCarol
temporary-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe pottery class meets on Monday.\n\nCarol
exim-source-ip-unacceptable	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lifeboat open day is in June.\n\nPat
exim-source-ip-unacceptable-two	pat@pi.test	gob@gamma.test,gin@gamma.test	192.0.2.35	Gob, Gin,\n\nthe cricket nets are up.\n\nPat
exim-invalid-email-content	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe bird hide key is at the farm.\n\nPat
exim-temporary-failure	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe scarecrow contest closes Friday.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (one to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
