#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-koukan: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Koukan, jsbucy's mail transfer agent in Python (the Koukan Authors; an SMTP gateway on aiosmtpd that proxies each
# SMTP transaction to a router over an HTTP/JSON API, and a router whose filter chains accept, route, refuse and
# deliver; an inbound SMTP transaction is cut into one upstream transaction per recipient by its Exploder, which waits
# a short time for each recipient's upstream answer and hands it back to the SMTP client) (the repository jsbucy/koukan;
# Apache-2.0 as every file's SPDX header states; read with the search tool: koukan/exploder.py at commit 86f6eec14f43,
# koukan/async_filter_wrapper.py at 6944767fbbde, koukan/address_list_policy.py at 0bdfce7b1a54,
# koukan/received_header_filter.py at 1923783ca6f3, koukan/policy_action_filter.py, remote_host_filter.py and
# message_validation_filter.py at 035b33d2bc0c, config/local-test/router.yaml at 0267a13833d1 (the shipped example
# configuration, whose ingress chains the scenarios follow) and koukan/docs/internals.rst at 0e3e9b037fe1; only the
# reply texts are quoted), whose own code writes every reply below:
#   address_list_policy.py, AddressListPolicy._dest(): "550 5.1.1 mailbox does not exist (AddressListPolicy)" to a
#   recipient that an address-list routing rule without a destination matches (the example configuration's last router
#   rule, "no policy: match everything, no dest: reject", after the rules that route its own domains);
#   async_filter_wrapper.py, AsyncFilterWrapper._set_precondition_resp(): "<code> RCPT failed precondition MAIL
#   (AsyncFilterWrapper)" to RCPT TO when the recipient's upstream transaction failed at MAIL FROM (the Exploder itself
#   always answers MAIL FROM with 250 and returns an upstream MAIL failure through the recipient's reply, as exploder.py
#   says), with the MAIL failure's code: 550 when the example configuration's remote_host policy rule refuses a client
#   without forward-confirmed reverse DNS or whose EHLO name is not its PTR name (policy_action_filter.py's REJECT, code
#   550, "5.6.0 message rejected remote_host"), 450 when RemoteHostFilter's PTR or address lookup fails for the time
#   being (remote_host_filter.py, "RemoteHostFilter ptr err" and "RemoteHostFilter fwd err");
#   async_filter_wrapper.py, AsyncFilterWrapper.wait(): "450 upstream timeout (AsyncFilterWrapper)" to a recipient whose
#   upstream transaction has not answered in time (docs/internals.rst: for interchange, a recipient timeout is 450,
#   temporary and permanent answers verbatim);
#   received_header_filter.py, ReceivedHeaderFilter._check_max_received_headers(): "550 5.4.6 message has too many
#   received: headers and is likely looping" after the message, for a message with more than 30 Received headers;
#   policy_action_filter.py, PolicyActionFilter._apply_action(): "550 5.6.0 message rejected message_validation" after
#   the message, the example configuration's message_validation rule (REJECT with the default code and words, the rule
#   named by its tag) when message_validation_filter.py ranks the message below MEDIUM (not exactly one From, Date and
#   Message-ID, or headers that are not printable ASCII).
# After the message a one-recipient transaction gets its recipient's upstream answer verbatim (exploder.py, "common
# case: 1 rcpt, return the upstream data response directly"), so the two refusals after the message go out as the
# filters wrote them.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Koukan's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.1 mailbox does not exist (AddressListPolicy)"   to RCPT TO, for nia@ and ned@ beta.test
#   "550 RCPT failed precondition MAIL (AsyncFilterWrapper)"   to RCPT TO, for rho@ and roy@ beta.test
#   "450 RCPT failed precondition MAIL (AsyncFilterWrapper)"   to RCPT TO, to every attempt, for pia@ and pip@ beta.test
#   "450 upstream timeout (AsyncFilterWrapper)"   to RCPT TO, to every attempt, for tim@ and tom@ beta.test
#   "550 5.4.6 message has too many received: headers and is likely looping"   after the message, for lou@ and leo@
#   "550 5.6.0 message rejected message_validation"   after the message, for val@ and vic@ beta.test
# Not served: the greeting and the gateway's EHLO answer (the replaying server's are used), acceptance, the Exploder's
# 250 to MAIL FROM, "501 5.1.3 Bad mailbox address syntax" (the example configuration's rules for an envelope address
# that does not parse; no relaying MTA sends one), "451 4.5.3 too many recipients" (the Exploder's answer when the
# router cannot schedule the recipient's transaction), the timeout after the message (the same words as at RCPT TO),
# "DATA failed precondition RCPT (AsyncFilterWrapper)" (only after every recipient was refused, when a relaying MTA
# sends no message) and the words " (Exploder same response)" that the Exploder adds after the message only to an
# answer shared by two or more recipients of one transaction. The replies are chosen by recipient, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-koukan}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Koukan's replies, as its gateway sends them.
NOMAILBOX='550 5.1.1 mailbox does not exist (AddressListPolicy)'
MAILFAILED='550 RCPT failed precondition MAIL (AsyncFilterWrapper)'
MAILTEMP='450 RCPT failed precondition MAIL (AsyncFilterWrapper)'
TIMEOUT='450 upstream timeout (AsyncFilterWrapper)'
LOOPING='550 5.4.6 message has too many received: headers and is likely looping'
VALIDATION='550 5.6.0 message rejected message_validation'
printf '%s\t%s\t%s\n' \
    nia@beta.test rcpt "$NOMAILBOX" \
    ned@beta.test rcpt "$NOMAILBOX" \
    rho@beta.test rcpt "$MAILFAILED" \
    roy@beta.test rcpt "$MAILFAILED" \
    pia@beta.test rcpt "$MAILTEMP" \
    pip@beta.test rcpt "$MAILTEMP" \
    tim@beta.test rcpt "$TIMEOUT" \
    tom@beta.test rcpt "$TIMEOUT" \
    lou@beta.test eom "$LOOPING" \
    leo@beta.test eom "$LOOPING" \
    val@beta.test eom "$VALIDATION" \
    vic@beta.test eom "$VALIDATION" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-does-not-exist	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe ferry runs again from Monday.\n\nCarol
rcpt-failed-precondition-mail	carol@alpha.test	rho@beta.test	192.0.2.25	Rho,\n\nthe tomatoes need staking.\n\nCarol
rcpt-failed-precondition-mail-temporary	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe choir meets on Thursday now.\n\nCarol
upstream-timeout	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe kite is in the hall cupboard.\n\nCarol
too-many-received-headers	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe cider is ready to bottle.\n\nCarol
message-validation	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe hedge wants a trim before May.\n\nCarol
exim-mailbox-does-not-exist	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe quiz is at the Anchor tonight.\n\nPat
exim-rcpt-failed-precondition-mail	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe boat needs a coat of paint.\n\nPat
exim-rcpt-failed-precondition-mail-temporary	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe gate latch is fixed.\n\nPat
exim-upstream-timeout	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe logs are stacked by the barn.\n\nPat
exim-too-many-received-headers	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe beans came up at last.\n\nPat
exim-message-validation	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe fair is on the green this year.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
