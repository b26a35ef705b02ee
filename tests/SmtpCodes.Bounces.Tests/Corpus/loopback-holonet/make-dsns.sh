#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-holonet: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of Holonet, Webkom's mailing-list and mail routing system (Abakus, NTNU; MIT, Eirik Martiniussen Sylliaas, as its
# LICENSE says; webkom/holonet), whose Postfix policy service (check_policy_service in a receiving Postfix's recipient
# restrictions) validates every incoming recipient, as a receiving Postfix gives them. Read with the search tool in the
# repository webkom/holonet:
#   holonet/core/validation.py (commit 237a354e12a29f21062e3dc14af4e9f6cbcfb306): validate_recipient answers
#     "%s Address does not exist" (a local part holonet does not know, in a domain it manages), "%s Domain is not
#     handled by holonet" (a recipient domain it does not manage), "%s Address incomplete" (a recipient that fails
#     Django's validate_email) and "%s No recipient listed" (a request without a recipient), %s being REJECT_ACTION;
#   holonet/settings/holonet.py (commit 08f49316d7941358ec3d9c3fcc7219442dac56db): REJECT_ACTION = 'REJECT';
#   holonet/core/management/commands/policy_service.py (commit 237a354e12a29f21062e3dc14af4e9f6cbcfb306): the answer
#     goes to Postfix as "action=REJECT <text>".
# Postfix's smtpd gives a policy service's "REJECT text" as its access_map_reject_code 554 with 5.7.1, "554 5.7.1
# <recipient>: Recipient address rejected: text" (postconf(5), access(5)); the served lines are those. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are Holonet's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies served, all to RCPT TO:
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Address does not exist"   to nina@beta.test (Postfix and Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Domain is not handled by holonet"
#                                                                               to dom@beta.test (Postfix and Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Address incomplete"       to inc@beta.test (Postfix and Exim)
# Not served: "No recipient listed" (a policy request without a recipient, which Postfix does not send at RCPT TO) and
# the accepting DUNNO.
# The replies are chosen by recipient address, not by anything the senders did: the recipients are well formed and
# their domain is the one the replaying server receives for.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-holonet}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Holonet's replies in Postfix's words.
rejected='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    nina@beta.test rcpt "554 5.7.1 <{rcpt}>: $rejected Address does not exist" \
    dom@beta.test rcpt "554 5.7.1 <{rcpt}>: $rejected Domain is not handled by holonet" \
    inc@beta.test rcpt "554 5.7.1 <{rcpt}>: $rejected Address incomplete" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-does-not-exist	carol@alpha.test	nina@beta.test	192.0.2.25	Nina,\n\nthe committee meets on Tuesday.\n\nCarol
domain-not-handled	carol@alpha.test	dom@beta.test	192.0.2.25	Dom,\n\nthe hiking trip is fully booked.\n\nCarol
address-incomplete	carol@alpha.test	inc@beta.test	192.0.2.25	Ines,\n\nthe board game night moved to Friday.\n\nCarol
exim-three-refusals	pat@pi.test	nina@beta.test,dom@beta.test,inc@beta.test	192.0.2.35	Nina, Dom, Ines,\n\nthe cabin keys are at the office.\n\nPat
SEND
# four returns at once
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
