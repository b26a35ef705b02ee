#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-salmon: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Salmon, the Python mail server that hands mail to application handlers (moggers87/salmon: "a pure Python mail server
# designed to create robust and complex mail applications in the style of modern web frameworks"; a fork of Zed Shaw's
# Lamson; GPLv3, its readme), each reply as its server code writes it after the message; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Salmon's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): moggers87/salmon, salmon/server.py (commit 05ded0768fae), salmon/routing.py
# (commit 2e3316141d63) and the status tables of salmon/bounce.py. What the code says each reply means:
#   SMTPError, "You can raise this error when you want to abort with a SMTP error code to the client. ... If you give a
#     message than it'll use that, but it'll also produce a consistent error message based on your code. It uses the
#     errors in salmon.bounce to produce them." A handler that raises it with a code alone (the router lets it through,
#     call_safely) makes the receiver answer after the message (_deliver returns str(err)) with the code and the words
#     error_for_code builds: the titles of bounce.py's PRIMARY_STATUS_CODES and SECONDARY_STATUS_CODES for the code's
#     first and second digits (the lookup of COMBINED_STATUS_CODES by the two titles finds nothing, so nothing more is
#     added): SMTPError(550) "550 Permanent Failure Mail Delivery Protocol Status", SMTPError(451) "451 Persistent
#     Transient Failure Mail Delivery Protocol Status";
#   AsyncSMTPReceiver's handler, when pushing the message to its incoming queue raises ("Raised exception while trying
#     to push to Queue"): "550 Server error".
# The selection (stated before the run, not by what any reader makes of the texts): the server's own words after the
# message, for the two codes a handler most plainly raises (a permanent and a temporary refusal) and the queue failure,
# each to both senders. Nothing was filled in or changed. Not served: "451 Will not accept multiple recipients in one
# transaction" (SMTPReceiver's reply to a second RCPT TO in one transaction: a sender retrying that recipient alone is
# accepted, which a table keyed by address cannot show), other codes' default words (any code a handler raises gets
# them; these two stand for them), a handler's own message (its words, not Salmon's) and the replies of Python's smtpd
# and aiosmtpd, which Salmon's receivers run on (their words, not Salmon's). Served, after the message (the first
# recipient's reply answers for the message):
#   "550 Permanent Failure Mail Delivery Protocol Status"              hal@, hana@beta.test; hugh@beta.test
#   "451 Persistent Transient Failure Mail Delivery Protocol Status"   tam@beta.test; ted@beta.test
#   "550 Server error"                                                 quin@beta.test; quentin@beta.test
# (the first address or pair of each line the Postfix's, the other the Exim's). The temporary reply is served to every
# attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient address, not by anything the senders did: the messages are a few lines without
# an attachment, no handler ran, no queue failed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-salmon}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Salmon's replies after the message.
REFUSED='550 Permanent Failure Mail Delivery Protocol Status'
DEFERRED='451 Persistent Transient Failure Mail Delivery Protocol Status'
QUEUE_FAILED='550 Server error'
printf '%s\t%s\t%s\n' \
    hal@beta.test eom "$REFUSED" \
    hugh@beta.test eom "$REFUSED" \
    tam@beta.test eom "$DEFERRED" \
    ted@beta.test eom "$DEFERRED" \
    quin@beta.test eom "$QUEUE_FAILED" \
    quentin@beta.test eom "$QUEUE_FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (hana@ has no line of its own: it shares hal@'s).
lb_send <<'SEND'
handler-refused	carol@alpha.test	hal@beta.test,hana@beta.test	192.0.2.25	Hal, Hana,\n\nthe orienteering course is marked out.\n\nCarol
handler-deferred	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe pottery kiln is cooling.\n\nCarol
server-error	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe lifeboat open day is in June.\n\nCarol
exim-handler-refused	pat@pi.test	hugh@beta.test	192.0.2.35	Hugh,\n\nthe fell race entries close on Monday.\n\nPat
exim-handler-deferred	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe apple day needs more baskets.\n\nPat
exim-server-error	pat@pi.test	quentin@beta.test	192.0.2.35	Quentin,\n\nthe brass band plays at noon.\n\nPat
SEND
# four returns at once (both permanent replies from each sender), then for the temporary reply from each sender a
# warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
