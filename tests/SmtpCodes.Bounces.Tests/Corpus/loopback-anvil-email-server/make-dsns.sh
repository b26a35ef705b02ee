#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-anvil-email-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the incoming email server of the Anvil App Server, Anvil's open-source runtime for web apps written in
# Python, itself in Clojure on the JVM (its email server is a SubEthaSMTP server whose listener takes mail for the
# email hostnames of the apps it serves, turns each message into a Python object and dispatches it to the app's
# server function decorated @anvil.email.handle_message; the repository anvil-works/anvil-runtime, no licence file
# read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# server/core/src/anvil/runtime/email_server.clj (commit e6492e0d1320, deliver-mail!, which SubEthaSMTP's
# SimpleMessageListenerAdapter calls after the message; each refusal a RejectException, with the code given or
# SubEthaSMTP's default 554, which SubEthaSMTP writes as "<code> <text>", one line). No reply carries an enhanced code:
#   after the message "554 App down for maintenance." (util/app-locked? is true for the recipient's app),
#   "551 This application cannot handle incoming email" (the app has no server function decorated
#   @anvil.email.handle_message: the dispatcher answers NoServerFunctionError for email:handle_message),
#   "554 Internal server error: 4c1e9a07b2d3" (the dispatch threw something unexpected; the twelve hex digits are an
#   error id the code draws at random with crypto.random/hex 6, six bytes, and logs; this run's are made up) and "451
#   An internal error has occurred. Check the app logs for details." (the app's handler raised an error that is
#   neither a DeliveryFailure nor a missing handler: TEMPORARY-FAILURE, so that the sender retries).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Anvil App Server's; the DSNs are made.
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
#   "554 App down for maintenance."   after the message, for dan@ and dot@ beta.test
#   "551 This application cannot handle incoming email"   after the message, for nia@ and ned@ beta.test
#   "554 Internal server error: 4c1e9a07b2d3"   after the message, for kim@ and kit@ beta.test
#   "451 An internal error has occurred. Check the app logs for details."   after the message, to every attempt, for
#                              fay@ and fox@ beta.test
# Not served: the greeting and the EHLO answer (SubEthaSMTP's; the replaying server's are used); the refusal of a
# recipient whose domain is the email hostname of no app, which SubEthaSMTP's SimpleMessageListenerAdapter writes in
# its own words ("553 <address> address unknown.") when the code's accept-mail? says no; "554 Not a valid address:
# <address>" (an address Jakarta Mail cannot parse, which no relaying MTA sends); "554 No app registered for address:
# <address>" (the same lookup failing again after the message, once accept-mail? has said yes); a DeliveryFailure
# raised by the app, whose code and words are the app's ("NNN: text", else 554 and the text); the block message of a
# hosting's should-app-be-blocked? (nil in this repository); the failsafe timer's 451 "The server timed out while
# attempting to deliver your message. Please try again." and the rate limit's 451 "Rate limit exceeded" (both handed
# on under :error, not :message, so the code does not send those words as they stand). The replies are chosen by
# recipient, not by anything the senders did: each message has one recipient and is a few lines of plain text. The
# temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-anvil-email-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies of the Anvil App Server's email server.
DOWN='554 App down for maintenance.'
NOHANDLER='551 This application cannot handle incoming email'
INTERNAL='554 Internal server error: 4c1e9a07b2d3'
APPERROR='451 An internal error has occurred. Check the app logs for details.'
printf '%s\t%s\t%s\n' \
    dan@beta.test eom "$DOWN" \
    dot@beta.test eom "$DOWN" \
    nia@beta.test eom "$NOHANDLER" \
    ned@beta.test eom "$NOHANDLER" \
    kim@beta.test eom "$INTERNAL" \
    kit@beta.test eom "$INTERNAL" \
    fay@beta.test eom "$APPERROR" \
    fox@beta.test eom "$APPERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
app-down-for-maintenance	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe pantomime tickets are on sale.\n\nCarol
cannot-handle-incoming-email	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe bus shelter has a new bench.\n\nCarol
internal-server-error	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe orchard gate needs oiling.\n\nCarol
app-internal-error	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe cricket tea is at four.\n\nCarol
exim-app-down-for-maintenance	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe pond skaters are back.\n\nPat
exim-cannot-handle-incoming-email	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe kiln is cooling overnight.\n\nPat
exim-internal-server-error	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe hymn books are stacked.\n\nPat
exim-app-internal-error	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe weather vane points east.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (one to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
