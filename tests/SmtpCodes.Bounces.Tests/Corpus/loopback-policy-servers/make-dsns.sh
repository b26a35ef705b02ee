#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-policy-servers: a receiving Postfix 3.7 asks a policy service (check_policy_service)
# in the place of three small Postfix policy servers, which answers Postfix's requests with their own actions, byte
# for byte, as their sources give them (read with the search tool); Postfix turns each action into its SMTP reply as it
# does for the sites that run them; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends
# with the run. The words are the policy servers'; the reply shape the receiving Postfix's; the DSNs are made.
# - mw_greylist (a greylisting policy daemon for Postfix in Python with RBL and SPF plug-ins that set the greylisting
#   time; repository MWinther/mw_greylist; no licence file in the stored copy: only its one reply line is quoted). Its
#   mw_greylist/glcandidate.py, perform_action: for an entry still greylisted (action 'DENY') it answers
#   "action=%s\n\n" % self.settings.greylist_message, and its sample mw_greylist/mw_greylist.conf sets
#   "greylist_message = 450 Temporarily inaccessible, try again later." (a 450 reply with its own text).
# - greylist.py (a greylisting policy service for Postfix in Python, "a re-implementation of the greylist.pl shipping
#   with postfix" on SQLite; repository horazont/greylist; no licence file in the stored copy: only its one reply line
#   is quoted). Its greylist.py: response_fail = "action=defer_if_permit You have been greylisted.\n\n" for a
#   (sender, recipient, client_name) triple first seen less than greylist_timeout (60) seconds before; its README:
#   "It is recommended to leave them at these defaults, except for the message after defer_if_permit".
# - postfix-policy.py (a Postfix policy server in Python against compromised accounts: "check if a certain sender or
#   sasl user is sending mail from different origins in a timespan. If we reach a critical number of origins, the
#   policy server denies the request"; repository tomboland/postfix-policy.py, a copy of grimmzen/postfix-policy.py as
#   its README's clone command names it; no licence file in the stored copy: only its two reply lines are quoted). Its
#   postfix-policy.py, "Settings go here": action_reject_distributed_detect = "action=REJECT Message rejected -
#   conspicuous relay pattern - contact your administrator\n\n" (answered when one sender or SASL user has come from
#   more than distributed_relay_detect_max_hosts = 2 client addresses within distributed_relay_detect_release_time) and
#   action_reject_quota = "action=defer_if_permit Message rejected - account over quota - contact your
#   administrator\n\n" (the text set for its throttling, throttle_max_msg = 1000 messages per throttle_release_time:
#   the stored version defines it but its check_throttle never refuses yet; its README lists throttling under
#   "Features (to come)"; served as the text its author wrote for that refusal).
# Changed: nothing in the actions; each is answered to RCPT TO (the place each README or sample gives the service, in
# smtpd_recipient_restrictions) and turned into its reply by the receiving Postfix. Not served: the policy servers'
# pass answers (DUNNO, PREPEND), mw_greylist's RBL and SPF plug-ins (they only score the greylisting time), and
# greylist.py's and postfix-policy.py's behaviour on malformed requests (a pass). The real services answer by their
# databases; the policy service here is the run's: it answers by recipient, not for anything the senders did (no list
# holds them, each sender came from one address, they sent one message each), and the temporary answers on every
# attempt (the real greylisters let a retry after their delay through).
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The actions answered (the policy service's "action=..." line, by recipient):
#   "450 Temporarily inaccessible, try again later."                               gil@beta.test (mw_greylist)
#   "defer_if_permit You have been greylisted."                                    gert@beta.test (greylist.py)
#   "REJECT Message rejected - conspicuous relay pattern - contact your administrator"
#                                                                                  rory@beta.test, rita@beta.test
#                                                                                  (postfix-policy.py)
#   "defer_if_permit Message rejected - account over quota - contact your administrator"
#                                                                                  quin@beta.test (postfix-policy.py)
# Each sender writes to each recipient once (the Postfix sender to rory and rita in one message, the Exim sender to
# rory); the permanent refusal is returned at once, the temporary ones warned after 1 minute and returned after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the receiving Postfix; its policy service on 127.0.0.1:10032 (postfix-policy.py's port).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-policy-servers}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
lb_two_senders_zone | lb_dns

# The policy service in the three servers' place: Postfix's policy protocol (attribute lines, an empty line; "action=...").
cat > "$W/policy.py" <<'PY'
import socketserver
ACTIONS = {"gil@beta.test": "450 Temporarily inaccessible, try again later.",
           "gert@beta.test": "defer_if_permit You have been greylisted.",
           "rory@beta.test": "REJECT Message rejected - conspicuous relay pattern - contact your administrator",
           "rita@beta.test": "REJECT Message rejected - conspicuous relay pattern - contact your administrator",
           "quin@beta.test": "defer_if_permit Message rejected - account over quota - contact your administrator"}
class Policy(socketserver.StreamRequestHandler):
    def handle(self):
        request = {}
        for line in self.rfile:
            line = line.decode("ascii", "replace").rstrip("\n")
            if line:
                key, _, value = line.partition("=")
                request[key] = value
                continue
            action = ACTIONS.get(request.get("recipient", "").lower(), "DUNNO")
            print(request.get("client_address"), request.get("recipient"), action, flush=True)
            self.wfile.write(("action=%s\n\n" % action).encode("ascii"))
            self.wfile.flush()
            request = {}
class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
Server(("127.0.0.1", 10032), Policy).serve_forever()
PY
/usr/bin/python3 "$W/policy.py" > "$W/policy.log" 2>&1 &
sleep 1

# The receiving Postfix (mx.beta.test): the policy service in its recipient restrictions, after the relay check, as
# the servers' READMEs place it.
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test
virtual_mailbox_maps = inline:{ gil@beta.test=beta/gil/, gert@beta.test=beta/gert/, rory@beta.test=beta/rory/, rita@beta.test=beta/rita/, quin@beta.test=beta/quin/ }
smtpd_recipient_restrictions = reject_non_fqdn_recipient, reject_unlisted_recipient, permit_mynetworks, reject_unauth_destination, check_policy_service inet:127.0.0.1:10032" \
    "192.0.2.26:smtp inet n - n - - smtpd"

lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
temporarily-inaccessible	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe harbour tour starts at ten.\n\nCarol
greylisted	carol@alpha.test	gert@beta.test	192.0.2.25	Gert,\n\nthe new keys are at the front desk.\n\nCarol
relay-pattern	carol@alpha.test	rory@beta.test,rita@beta.test	192.0.2.25	Rory, Rita,\n\nthe seating plan for the dinner is below.\n\nCarol
over-quota	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe survey results are in.\n\nCarol
exim-temporarily-inaccessible	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe boiler service is booked.\n\nPat
exim-greylisted	pat@pi.test	gert@beta.test	192.0.2.35	Gert,\n\nthe parcel went out this morning.\n\nPat
exim-relay-pattern	pat@pi.test	rory@beta.test	192.0.2.35	Rory,\n\nthe rota for next month is below.\n\nPat
exim-over-quota	pat@pi.test	quin@beta.test	192.0.2.35	Quin,\n\nthe slides for Monday are ready.\n\nPat
SEND
# two refusals returned at once; the three temporary answers from each sender as a warning after 1 minute and the
# return after 3: 14 notices
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
postfix -c "$W/b" stop || true
