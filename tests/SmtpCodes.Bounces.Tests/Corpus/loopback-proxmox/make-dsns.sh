#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-proxmox: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Proxmox Mail Gateway's own programs give sending servers (Proxmox Server Solutions GmbH, github.com/proxmox/pmg-api,
# AGPL-3.0; read with the search tool), byte for byte as its Postfix passes them on; a sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Proxmox's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# A stated selection: every reply that Proxmox Mail Gateway's own code (not its stock Postfix restrictions) sends to a
# sending server, with the wrapper its Postfix puts round a policy answer:
#   pmgpolicy (src/bin/pmgpolicy, the Postfix policy service of its main.cf's check_policy_service inet:127.0.0.1:10022):
#     greylisting, "defer_if_permit Service is unavailable (try later)", which Postfix sends at RCPT TO as
#     "450 4.7.1 <rcpt>: Recipient address rejected: Service is unavailable (try later)"                 for gwen@beta.test
#     an SPF fail, "reject ${auth_expl}", the authority explanation of Mail::SPF (Debian's libmail-spf-perl 2.9.0-5, whose
#     default_authority_explanation is "Rejected by SPF record" where the sender's domain publishes none), which Postfix
#     sends as "554 5.7.1 <rcpt>: Recipient address rejected: Rejected by SPF record"           for sam@, sid@beta.test
#   pmg-smtp-filter (src/PMG/SMTP.pm) with before-queue filtering (its Postfix's smtpd_proxy_filter), after the message:
#     every recipient blocked by a rule, "554 5.7.1 Rejected for policy reasons (<queue id>)"    for pia@, pim@beta.test
#     a recipient neither delivered nor blocked, "451 4.4.0 detected undelivered mail (<queue id>)"         for dan@beta.test
#   (the queue id is PMG::MailQueue's "%X%X%05X" of the spool file's inode, seconds and microseconds: a fixed one of that
#   shape here). Left out: its LMTP replies (between its own Postfix and filter), "451 4.5.0 Local delivery failed: ..."
#   (said when the client's data stream broke, so no sending server reads it) and its NDR for some recipients blocked (a
#   bounce PMG writes itself, not a reply).
# The greylisting and "detected undelivered" replies never turn into an acceptance here, so each sender warns after a minute
# and gives up after three (../loopback-lib.sh's queue times). The replies are chosen by recipient, not by anything the
# senders did: no SPF record is looked up and no message is scanned.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-proxmox}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY).
printf '%s\t%s\t%s\n' \
    gwen@beta.test rcpt '450 4.7.1 <{rcpt}>: Recipient address rejected: Service is unavailable (try later)' \
    sam@beta.test rcpt '554 5.7.1 <{rcpt}>: Recipient address rejected: Rejected by SPF record' \
    sid@beta.test rcpt '554 5.7.1 <{rcpt}>: Recipient address rejected: Rejected by SPF record' \
    pia@beta.test eom '554 5.7.1 Rejected for policy reasons (2A1F3692E3B7F0B3C4)' \
    dan@beta.test eom '451 4.4.0 detected undelivered mail (2A1F3692E3B7F0B3C4)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
spf-fail	carol@alpha.test	sam@beta.test,sid@beta.test	192.0.2.25	Sam, Sid,\n\nthe quote for the new switches is attached.\n\nCarol
policy-blocked	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nhere is the link to the shared folder.\n\nCarol
undelivered	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe delivery is booked for Thursday.\n\nCarol
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe holiday rota is ready.\n\nPat
exim-spf-fail	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe licence keys arrived this morning.\n\nPat
exim-policy-blocked	pat@pi.test	pia@beta.test,pim@beta.test	192.0.2.35	Pia, Pim,\n\nthe training dates are fixed.\n\nPat
exim-undelivered	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nplease confirm the order number.\n\nPat
SEND
# four returns at once, then for the two temporary replies a warning after 1 minute and the return after 3 from each sender
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
