#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-iredapd: a receiving Postfix 3.7 asks a policy service (check_policy_service) in the
# place of iRedAPD, the Postfix policy server of iRedMail (Zhang Huangbin, github.com/iredmail/iRedAPD, GPL-3.0), which
# answers Postfix's requests with the reply actions of iRedAPD's own plugins, byte for byte (libs/__init__.py
# SMTP_ACTIONS and libs/default_settings.py GREYLISTING_MESSAGE, read with the search tool); Postfix turns each action
# into its SMTP reply as it does for iRedMail's servers; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are iRedAPD's, the reply shape the receiving Postfix's; the
# DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# The selection (stated before the run): the refusals of the iRedAPD plugins that iRedMail's documentation and iRedAPD's
# settings name for mail coming in from other servers, each once: greylisting (plugins/greylisting.py: SMTP_ACTIONS
# 'greylisting' "451 4.7.1" and GREYLISTING_MESSAGE), amavisd_wblist (a blacklisted sender or client: 'reject_blacklisted'),
# wblist_rdns (a blacklisted reverse DNS name of the client: 'reject_blacklisted_rdns') and throttle (a recipient's
# message-rate limit, max_msgs: 'reject_quota_exceeded'); left out: the plugins for senders that log in (login mismatch,
# forged sender, password expiry), the null sender's (its mail is never returned), sql_alias_access_policy's and the mail
# list policy's "Not authorized" (restricted lists), the message size and sender score plugins (not named in iRedMail's
# default plugin list of its documentation page), to keep the batch near the brief's size. iRedAPD itself needs its SQL or
# LDAP back end, so the policy service here is the run's: it answers by recipient, not for anything the senders did (no
# list holds them, their hosts' names are ordinary, they sent one message each):
#   "451 4.7.1 Greylisting in effect, please try again later"                  gwen@beta.test
#   "REJECT Blacklisted"                                                       bert@beta.test
#   "REJECT Blacklisted reverse DNS name of server IP address"                rhea@beta.test
#   "REJECT Quota exceeded"                                                    quinn@beta.test
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the receiving Postfix; its policy service on 127.0.0.1:7777 (iRedAPD's port).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-iredapd}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
lb_two_senders_zone | lb_dns

# The policy service in iRedAPD's place: Postfix's policy protocol (attribute lines, an empty line; "action=...").
cat > "$W/policy.py" <<'EOF'
import socketserver
ACTIONS = {"gwen@beta.test": "451 4.7.1 Greylisting in effect, please try again later",
           "bert@beta.test": "REJECT Blacklisted",
           "rhea@beta.test": "REJECT Blacklisted reverse DNS name of server IP address",
           "quinn@beta.test": "REJECT Quota exceeded"}
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
Server(("127.0.0.1", 7777), Policy).serve_forever()
EOF
/usr/bin/python3 "$W/policy.py" > "$W/policy.log" 2>&1 &
sleep 1

# The receiving Postfix (mx.beta.test), its recipient restrictions in the order of iRedMail's main.cf for mail from
# other servers (the policy service, then the relay check).
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test
virtual_mailbox_maps = inline:{ gwen@beta.test=beta/gwen/, bert@beta.test=beta/bert/, rhea@beta.test=beta/rhea/, quinn@beta.test=beta/quinn/ }
smtpd_recipient_restrictions = reject_non_fqdn_recipient, reject_unlisted_recipient, check_policy_service inet:127.0.0.1:7777, permit_mynetworks, reject_unauth_destination" \
    "192.0.2.26:smtp inet n - n - - smtpd"

lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisting	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe courier picks up the boxes at noon.\n\nCarol
blacklisted	carol@alpha.test	bert@beta.test	192.0.2.25	Bert,\n\nthe proposal for the new office is below.\n\nCarol
blacklisted-rdns	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe conference badges are printed.\n\nCarol
quota-exceeded	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe figures for the third quarter are below.\n\nCarol
exim-greylisting	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe printer needs new toner.\n\nPat
exim-blacklisted	pat@pi.test	bert@beta.test	192.0.2.35	Bert,\n\nthe workshop agenda is below.\n\nPat
exim-blacklisted-rdns	pat@pi.test	rhea@beta.test	192.0.2.35	Rhea,\n\nthe lunch order is confirmed.\n\nPat
exim-quota-exceeded	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe timesheets are due on Friday.\n\nPat
SEND
# six refusals returned at once; the greylisting reply from each sender as a warning after 1 minute and the return after
# 3: 10 notices
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
postfix -c "$W/b" stop || true
