#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fw-smtp-proxies: a receiving SMTP server (../loopback-replay.py) answers with the
# replies that the SMTP proxies of two commercial network security gateways write to a delivering client, read with the
# search tool:
#   - Untangle NG Firewall (Untangle Inc., now Arista Edge Threat Management; the code of its apps in
#     `untangle/ngfw_src`, GPL-2.0 with its vendor's exceptions): its SMTP casing, which every mail app (Spam Blocker,
#     Phish Blocker, Virus Blocker) stands on, answers a message its app asked to refuse for now with the synthetic
#     reply `new Response(451, "Please try again later")` after the message's final dot (SmtpTransactionHandler,
#     `case TEMPORARILY_REJECT`, in `smtp-casing/src/com/untangle/node/smtp/handler/SmtpTransactionHandler.java` and
#     the newer `com.untangle.app.smtp.handler` copy); Spam Blocker returns TEMPORARILY_REJECT when its scanner fails
#     and it is set to fail closed ("Error scanning message. Failing closed", SpamSmtpHandler.java) and for the first
#     message of a new greylisting triplet; and while a session is shutting down (the app stopping) it answers every
#     command but QUIT, RSET and NOOP with `new Response(421, "Service not available, closing transmission channel")`
#     (SmtpEventHandler.java, send421);
#   - Check Point VPN-1/FireWall-1's SMTP Security Server, as Check Point's "Advanced Technical Reference Guide 4.1"
#     (June 2000; chapter 7, "Troubleshooting Security Servers and Content Security", page 75, "Log Viewer Error
#     Messages"; a stored copy of the manual's pages read with the search tool; no licence shown, only the reply is
#     quoted) gives it: 'If a single email is sent that specifies fred@foo.abc.com and fred@baa.xyz.com, the SMTP
#     Security Server returns "450 Mailbox Unavailable" and fails to deliver the message ... a limitation of
#     VPN-1/FireWall-1. These errors arise when one mail is matched by two resources, and each resource demands
#     different behavior from the mail.'
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, as to mail servers behind those gateways, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so
# it all ends with the run. The words are the gateways'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies, each served to every attempt (so each sender warns after a minute and returns after three):
#   "451 Please try again later"   after the message (Untangle's only stage for it), for the case that repeats on every
#         attempt, the spam scanner failing with "fail closed" set (a greylisting deferral would let the retry through)
#                                                          uma@beta.test (Postfix); ulf@beta.test (Exim)
#   "421 Service not available, closing transmission channel"   to MAIL FROM (a command during Untangle's shutdown),
#         chosen by client (the replaying server keys MAIL FROM replies by client), so to both senders' second
#         addresses, which they send from for gamma.test   gia@gamma.test (Postfix); gus@gamma.test (Exim)
#   "450 Mailbox Unavailable"   to RCPT TO (the guide names no stage; the security server matches its resources on the
#         recipients, so the run answers there)          mona@beta.test (Postfix); mark@beta.test (Exim)
# Changed: nothing (neither gateway writes an enhanced code). Not served: Untangle's "500 Syntax error, command
# unrecognized" (its answer to a command it does not allow, which the senders do not send) and its silent refusals (a
# blocked message is answered "250 OK" and dropped; a listed client's connection is reset); the Check Point guide's
# other words (log lines, not replies).
# The replies are chosen by recipient or client, not by anything the senders did: each message goes to one recipient
# of one domain (no two resources to match), the messages are short plain text and no gateway is shutting down.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fw-smtp-proxies}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY). An eom reply answers for the whole message, keyed by its first
# recipient.
SHUTTING_DOWN='421 Service not available, closing transmission channel'
printf '%s\t%s\t%s\n' \
    uma@beta.test eom '451 Please try again later' \
    ulf@beta.test eom '451 Please try again later' \
    client:192.0.2.24 mail "$SHUTTING_DOWN" \
    client:192.0.2.34 mail "$SHUTTING_DOWN" \
    mona@beta.test rcpt '450 Mailbox Unavailable' \
    mark@beta.test rcpt '450 Mailbox Unavailable' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
untangle-try-again-later	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe shelf labels are printed.\n\nCarol
untangle-shutting-down	carol@alpha.test	gia@gamma.test	192.0.2.25	Gia,\n\nthe fire drill is on Tuesday.\n\nCarol
checkpoint-mailbox-unavailable	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe price sheet follows.\n\nCarol
exim-untangle-try-again-later	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe pallets arrive at eight.\n\nPat
exim-untangle-shutting-down	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe loading bay is closed on Friday.\n\nPat
exim-checkpoint-mailbox-unavailable	pat@pi.test	mark@beta.test	192.0.2.35	Mark,\n\nthe order numbers are below.\n\nPat
SEND
# for each of the six messages a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
