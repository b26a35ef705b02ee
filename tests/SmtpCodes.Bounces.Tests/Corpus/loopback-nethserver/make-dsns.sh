#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nethserver: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock receiving Postfix of NethServer 7 (the CentOS-based server distribution of Nethesis) gives to incoming
# mail: the main.cf its e-smith templates expand, from NethServer/nethserver-mail
# root/etc/e-smith/templates/etc/postfix/main.cf/ (00template_vars, 20postfix_tweaks, 30internal_recipients; commits
# b6a6c8f99db4db9470b3164b1f077d7686d3e670 and c57ff98d457cd0b1c378431a0c2b24d21568639c) and from
# NethServer/nethserver-mail-server (main.cf/30internal_recipients, internal_access/20disabled_users,
# transport/10lmtp; commits 836d38e38e561002b2f2339dce3d5c06ffc66e79, b5edb25e5985ba2f385e31ad2139ae38dd6bd896 and
# ed5222165255acf4929a9d0c5686e0810f2b3df3); read with the search tool; GPL, as the packages' spec files say.
# Its smtpd_relay_restrictions (port 25) are check_client_access cidr:/etc/postfix/access.cidr, permit_mynetworks,
# permit_sasl_authenticated, reject_unauth_destination, check_recipient_access hash:/etc/postfix/internal_access and
# reject_unverified_recipient, with unverified_recipient_reject_code = 550 (20postfix_tweaks: "Refs #2108 -- Permanent
# error for non-existing recipients"); its smtpd_recipient_restrictions add check_recipient_access
# hash:/etc/postfix/internal_access after reject_non_fqdn_recipient ("Deny access to internal-only recipients from
# public listener"). The internal_access table lists with the action "reject" every disabled user mailbox
# (20disabled_users: MailStatus disabled) and every private (internal-only) mailbox and pseudonym; local domains are
# delivered by Dovecot over LMTP (transport lmtp:unix:/var/run/dovecot/lmtp), so the address verification probe asks
# Dovecot. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are Postfix's and Dovecot's own for those settings, in the shapes Postfix 3.7's smtpd writes them (read from its
# binary's strings and defaults: access_map_reject_code 554 with the reject action's "Access denied" and the access(5)
# default enhanced code 5.7.1; smtpd's "<%s>: %s rejected: undeliverable address: %s" around the probe's result, which is
# the LMTP client's "host ... said: ... (in reply to RCPT TO command)" with Dovecot lmtp's "550 5.1.1 <%s> User doesn't
# exist: %s"); not read from a running NethServer; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the two refusals of those lists that are NethServer's own and that a server delivering to one of
# its domains can meet: a mailbox the internal_access table rejects (served as a disabled user's; a private mailbox
# gets the same words) and a recipient Dovecot does not know. Not served: reject_unauth_destination, the HELO and
# sender checks of nethserver-mail-filter (reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname,
# reject_non_fqdn_sender, reject_unknown_sender_domain: heldout-s20's loopback-zentyal and loopback-ispconfig serve
# those words), the optional block lists and SPF policy service (the administrator's choice of lists; policyd-spf's
# words are held out since session 13), and Rspamd's milter verdicts (Rspamd's words, held out since session 13).
# Served byte for byte, {rcpt} filled in by the server:
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied"                          to dana@, dov@beta.test
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: undeliverable address: host mx.beta.test[/var/run/dovecot/lmtp]
#    said: 550 5.1.1 <{rcpt}> User doesn't exist: {rcpt} (in reply to RCPT TO command)"    to nico@, nell@beta.test
# (the second is one line on the wire). The replies are chosen by recipient, not by anything the senders did: the
# senders' addresses are fully qualified and their domains resolve, their HELO names are valid, and the messages are
# short plain text with two recipients.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nethserver}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
DENIED='554 5.7.1 <{rcpt}>: Recipient address rejected: Access denied'
PROBE='550 5.1.1 <{rcpt}>: Recipient address rejected: undeliverable address: host mx.beta.test[/var/run/dovecot/lmtp] said: 550 5.1.1 <{rcpt}> User doesn'"'"'t exist: {rcpt} (in reply to RCPT TO command)'
printf '%s\t%s\t%s\n' \
    dana@beta.test rcpt "$DENIED" \
    dov@beta.test rcpt "$DENIED" \
    nico@beta.test rcpt "$PROBE" \
    nell@beta.test rcpt "$PROBE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
disabled-mailbox	carol@alpha.test	dana@beta.test,dov@beta.test	192.0.2.25	Dana, Dov,\n\nthe netball kit is washed and bagged.\n\nCarol
unknown-recipient	carol@alpha.test	nico@beta.test,nell@beta.test	192.0.2.25	Nico, Nell,\n\nthe quiz questions are attached below.\n\nCarol
exim-disabled-mailbox	pat@pi.test	dana@beta.test,dov@beta.test	192.0.2.35	Dana, Dov,\n\nthe bike shed lock has a new code.\n\nPat
exim-unknown-recipient	pat@pi.test	nico@beta.test,nell@beta.test	192.0.2.35	Nico, Nell,\n\nthe hedge fund raiser is a plant sale.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
