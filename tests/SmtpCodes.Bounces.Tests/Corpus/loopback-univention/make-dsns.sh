#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-univention: a receiving SMTP server (../loopback-replay.py) answers with the refusals
# of listfilter, the Postfix policy service of Univention Corporate Server's mail server (Univention GmbH, AGPL-3.0:
# univention/univention-corporate-server mail/univention-mail-postfix/share/listfilter.py, commit
# 05c0f13656321993867bc5cfc83597bbdac5c919, read with the search tool), which UCS's stock Postfix asks first among its
# recipient restrictions (main.cf.d/50_restrictions: "05-listfilter", check_policy_service unix:private/listfilter) once
# the UCR variable mail/postfix/policy/listfilter is set (its stock value is "no"; an administrator sets it to restrict
# who may write to a group or mailing list, the "allowed users/groups" of the UMC module): it refuses a sender not
# allowed to write to a restricted list with "REJECT Access denied for not authenticated sender to restricted list
# <list>" when it checks the SASL login name (mail/postfix/policy/listfilter/use_sasl_username, stock "yes": a sender
# from outside has none) and "REJECT Access denied for <sender> to restricted list <list>" when it checks the envelope
# sender. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# listfilter's, in the shape Postfix 3.7's smtpd gives a policy service's REJECT text (access_map_reject_code 554,
# "<%s>: %s rejected: %s"); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# A stated selection: listfilter's two refusals of a sender from outside (not its "443 LDAP base not set." and "Access
# denied for empty recipient." for a broken set-up, nor "Access denied for empty sender", which a bounce meets). The
# rest of UCS's stock recipient restrictions (reject_unauth_destination, reject_unlisted_recipient) give Postfix's own
# texts, which earlier parts hold many times; they are not served. Served byte for byte, {sender} and {rcpt} filled with
# the MAIL FROM address and the recipient:
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied for not authenticated sender to restricted list {rcpt}"
#                                                                  to staff@, board@beta.test
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied for {sender} to restricted list {rcpt}"
#                                                                  to team@, crew@beta.test
# The replies are chosen by recipient, not by anything the senders did: the messages are short plain text with two
# recipients.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-univention}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
SASL='554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied for not authenticated sender to restricted list {rcpt}'
SENDER='554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied for {sender} to restricted list {rcpt}'
printf '%s\t%s\t%s\n' \
    staff@beta.test rcpt "$SASL" \
    board@beta.test rcpt "$SASL" \
    team@beta.test rcpt "$SENDER" \
    crew@beta.test rcpt "$SENDER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
restricted-list-not-authenticated	carol@alpha.test	staff@beta.test,board@beta.test	192.0.2.25	Hello,\n\nour offer for the autumn catering is below.\n\nCarol
restricted-list-sender	carol@alpha.test	team@beta.test,crew@beta.test	192.0.2.25	Hello,\n\nthe updated shift plan for the fair is below.\n\nCarol
exim-restricted-list-not-authenticated	pat@pi.test	staff@beta.test,board@beta.test	192.0.2.35	Hello,\n\nthe minutes of the parents' evening follow.\n\nPat
exim-restricted-list-sender	pat@pi.test	team@beta.test,crew@beta.test	192.0.2.35	Hello,\n\nthe sponsorship letter is below.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
