#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ispmail: a receiving SMTP server (../loopback-replay.py) answers with the reply
# that the receiving Postfix of the ISPmail tutorial (workaround.org's guide to a Debian mail server, by Christoph Haas)
# gives to mail for a mailbox over its quota, as the tutorial's own Ansible playbook for Debian 12 writes it:
# Signum/ispmail-bookworm-ansible (commit e8e86680092b1ccf7f058e4950c8cb357dc51c00; read with the search tool; MIT, as
# its LICENSE says), roles/ispmail-postfix/tasks/main.yml ("Enable user quota checking": smtpd_recipient_restrictions =
# reject_unauth_destination check_policy_service unix:private/quota-status) and roles/ispmail-dovecot/files/90-quota.conf
# (Dovecot's quota-status service for Postfix, with quota_status_success = DUNNO, quota_status_nouser = DUNNO and
# quota_status_overquota = "552 5.2.2 Mailbox is over quota / Mailbox ist voll": the same words in English and German).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The reply is the
# playbook's text in the shape Postfix 3.7's smtpd gives a policy service's answer in the recipient restrictions
# ("<rcpt>: Recipient address rejected: TEXT" after the code and the enhanced code); not read from a running ISPmail
# server; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder, which must exist (a run takes about 2 minutes)
#
# A stated selection: the one refusal of the playbook's own words. Not served: reject_unauth_destination and Postfix
# 3.7's default relay restriction defer_unauth_destination, the unknown virtual mailbox and the size limit
# (message_size_limit = 41943040) (Postfix's stock words, served by heldout-s20's loopback units), and the Rspamd
# milter's verdicts (Rspamd's words are another project's, held out since session 13). Served byte for byte, {rcpt}
# filled in by the server:
#   "552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is over quota / Mailbox ist voll"  to fay@, flo@beta.test
# The reply is chosen by recipient, not by anything the senders did: the messages are short plain text with two
# recipients each.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ispmail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
OVER_QUOTA='552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is over quota / Mailbox ist voll'
printf '%s\t%s\t%s\n' \
    fay@beta.test rcpt "$OVER_QUOTA" \
    flo@beta.test rcpt "$OVER_QUOTA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
mailbox-over-quota	carol@alpha.test	fay@beta.test,flo@beta.test	192.0.2.25	Fay, Flo,\n\nthe library sale starts at nine.\n\nCarol
exim-mailbox-over-quota	pat@pi.test	fay@beta.test,flo@beta.test	192.0.2.35	Fay, Flo,\n\nthe litter pick meets by the bridge.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
