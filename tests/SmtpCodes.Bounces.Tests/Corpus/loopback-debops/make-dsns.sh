#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-debops: a receiving SMTP server (../loopback-replay.py) answers with the refusals
# that DebOps (a collection of Ansible roles that install and configure Debian hosts; debops.org, github.com/debops/debops,
# "Copyright (C) 2017 Maciej Delmanowski <drybjed@gmail.com>, Copyright (C) 2017 DebOps", SPDX GPL-3.0-only as the file
# says; read with the search tool; no date shown) writes into a receiving Postfix's lookup tables, in the shape Postfix
# gives them. The words are the role debops.postconf's defaults (ansible/roles/postconf/defaults/main.yml, commit
# 0993b2073096c901083f9f740d69b84eefb72f85), which the role debops.postfix writes out as tables in /etc/postfix/:
#   - mx_access.cidr ("public-mx-required" capability): "Check if HELO or sender MX server is in subnets not accessible
#     from the public Internet. If so, reject mail delivery from these servers, because any replies will be
#     non-deliverable.", asked by check_helo_mx_access (smtpd_helo_restrictions) and check_sender_mx_access
#     (smtpd_sender_restrictions); among its lines "192.0.2.0/24: REJECT Domain MX in TEST-NET-1 network". The run's
#     senders have their MX hosts in 192.0.2.0/24 (../loopback-lib.sh), so this is the line a DebOps host would meet
#     them with. Postfix writes an access-table REJECT with a text as "554 5.7.1 <HELO name>: Helo command rejected:
#     <text>" and "554 5.7.1 <sender>: Sender address rejected: <text>" (access_map_reject_code 554), at RCPT TO
#     (smtpd_delay_reject = yes, Postfix's default, which the roles do not change).
#   - unauth_sender_access ("auth" and "unauth-sender" capabilities): "Block any unauthenticated external mail that
#     uses our domain names. Users that send this mail need to enable SMTP authentication and use the 'submission'
#     service.", its default action postconf__unauth_sender_default_action = "REJECT This server requires SMTP
#     authentication" ("The error message which will be sent to the SMTP servers that try to deliver unauthenticated
#     mail messages"), asked by check_sender_access in smtpd_sender_restrictions: "554 5.7.1 <sender>: Sender address
#     rejected: This server requires SMTP authentication", at RCPT TO.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. Not read from a host
# DebOps configured; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# A stated selection: the mx_access line the run's senders match, once for the HELO check and once for the sender
# check, and the unauthenticated-sender refusal. Filled in by the replay server: the HELO name ({helo}) and the sender
# ({sender}). Changed: the unauthenticated-sender table lists the host's own domains, and a DebOps host would refuse
# only a sender in one of them; here the refusal is chosen by recipient, so it names the run's sender domains
# (alpha.test, pi.test), which the replaying host does not serve. Not served: mx_access's other lines (the same words
# for other networks: RFC 1918, loopback, link local, multicast, reserved), the header checks (auth_header_checks.pcre
# and overhead_checks.pcre drop or add headers, refuse nothing), and Postfix's own restrictions the roles list
# (reject_authenticated_sender_login_mismatch and the rest: Postfix's own words, which earlier parts serve). Served
# byte for byte, at RCPT TO:
#   "554 5.7.1 <{helo}>: Helo command rejected: Domain MX in TEST-NET-1 network"       hera@ (Postfix), hugo@ (Exim)
#   "554 5.7.1 <{sender}>: Sender address rejected: Domain MX in TEST-NET-1 network"   mara@ (Postfix), milo@ (Exim)
#   "554 5.7.1 <{sender}>: Sender address rejected: This server requires SMTP authentication"
#                                                                     sam@, sara@ (Postfix), seth@, suki@ (Exim)
# (all @beta.test; {helo} the name the client gave, mx.alpha.test or mx.pi.test, and {sender} its MAIL FROM address, as
# the replay server fills them in). The replies are chosen by recipient, not by anything the senders did. Every refusal
# is permanent, so each is returned at once. Addresses live on the namespace's loopback interface, from the
# documentation range 192.0.2.0/24 (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-debops}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
HELO_MX='554 5.7.1 <{helo}>: Helo command rejected: Domain MX in TEST-NET-1 network'
SENDER_MX='554 5.7.1 <{sender}>: Sender address rejected: Domain MX in TEST-NET-1 network'
UNAUTHENTICATED='554 5.7.1 <{sender}>: Sender address rejected: This server requires SMTP authentication'
printf '%s\t%s\t%s\n' \
    hera@beta.test rcpt "$HELO_MX" \
    hugo@beta.test rcpt "$HELO_MX" \
    mara@beta.test rcpt "$SENDER_MX" \
    milo@beta.test rcpt "$SENDER_MX" \
    sam@beta.test rcpt "$UNAUTHENTICATED" \
    sara@beta.test rcpt "$UNAUTHENTICATED" \
    seth@beta.test rcpt "$UNAUTHENTICATED" \
    suki@beta.test rcpt "$UNAUTHENTICATED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
helo-mx-test-net	carol@alpha.test	hera@beta.test	192.0.2.25	Hera,\n\nthe lantern walk starts at the green.\n\nCarol
sender-mx-test-net	carol@alpha.test	mara@beta.test	192.0.2.25	Mara,\n\nthe cake sale made ninety pounds.\n\nCarol
authentication-required	carol@alpha.test	sam@beta.test,sara@beta.test	192.0.2.25	Sam, Sara,\n\nthe canoe trip is on the first.\n\nCarol
exim-helo-mx-test-net	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe wood store is full again.\n\nPat
exim-sender-mx-test-net	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe telescope night is clear.\n\nPat
exim-authentication-required	pat@pi.test	seth@beta.test,suki@beta.test	192.0.2.35	Seth, Suki,\n\nthe craft fair tables are booked.\n\nPat
SEND
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
