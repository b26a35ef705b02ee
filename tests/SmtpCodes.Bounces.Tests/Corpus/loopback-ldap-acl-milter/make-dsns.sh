#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ldap-acl-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of ldap-acl-milter, Dominik Chilla's Python milter (on pymilter) "for basic Access Control (ACL)
# scenarios" that looks up in LDAP whether a sender may send to a recipient (repository chillout2k/ldap-acl-milter; read
# with the search tool: app/lam.py and app/lam_policy_backend.py at commit 08eaee66b572d3c205c0652d94039bcb55eb62d9,
# app/lam_config_backend.py at commit b49a98751278039fc2f5fa1ca96e6bbf2fbfac33, README.md at commit
# 0434cca64d1c1500003b14659042e0d1f59d83a2; the stored copy shows no licence file). A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces
# of their own (../loopback-lib.sh), so it all ends with the run. The words are the milter's; the DSNs are made. Only the
# reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# How the milter words a reply (lam.py, LdapAclMilter.milter_action): a refusal is 550 5.7.1 with the configured
# MILTER_REJECT_MESSAGE (default 'Security policy violation!'), a temporary refusal 450 4.7.1 with
# MILTER_TMPFAIL_MESSAGE (default 'Service temporarily not available! Please try again later.'); from DATA on the
# receiving MTA's queue id is put before the message (" queue_id: {0} - {1}", with its leading space, so the MTA's
# "CODE XCODE TEXT" has two spaces before "queue_id"), and a reason, where there is one, after it (" - reason: {1}").
# README.md's example configuration also shows two messages a site may set instead: "Message rejected due to security
# policy" and "Message temporary rejected. Please try again later ;)". In mode "reject" (the README's example; the
# default "test" only logs):
#   "550 5.7.1 Security policy violation! - reason: policy: mismatch: from_src=envelope from={sender} rcpt={rcpt}"
#       envrcpt, DKIM check off: the milter's own LDAP schema (MILTER_SCHEMA) holds no policy that lets this envelope
#       sender send to this recipient (lam_policy_backend.py: "Policy not found in LDAP"); to RCPT TO, rita@, rob@beta.test
#       from the Postfix and rita@beta.test from the Exim ({sender} and {rcpt} filled by the replay server).
#   "550 5.7.1 Message rejected due to security policy - reason: policy: mismatch from_src=envelope from={sender}
#       rcpt={rcpt}"   the same with a custom LDAP_QUERY (its exception has no colon after "mismatch") and the README's
#       MILTER_REJECT_MESSAGE; to RCPT TO, mia@beta.test from the Postfix.
#   "450 4.7.1 Service temporarily not available! Please try again later."   envrcpt, LamSoftException: the LDAP
#       lookup raised an LDAPException ("policy: LDAP exception: ..."; the reply carries no reason); to RCPT TO,
#       lee@beta.test from the Postfix.
#   "450 4.7.1 Message temporary rejected. Please try again later ;)"   the same with the README's
#       MILTER_TMPFAIL_MESSAGE; to RCPT TO, lou@beta.test from the Exim.
#   "550 5.7.1  queue_id: 3F2A81C0D4E - Security policy violation! - reason: Too many recipients!"   eom,
#       MILTER_MAX_RCPT_ENABLED: the message has more envelope recipients than MILTER_MAX_RCPT (default 1); after the
#       final dot, for tom@ and tia@beta.test (one message) from the Postfix, and with queue id 6A0B9E24F71 for ted@
#       and tess@beta.test from the Exim.
#   "550 5.7.1  queue_id: 8B4D0E27C15 - Security policy violation! - reason: policy mismatch! Message rejected for all
#       recipients!"   eom, MILTER_DKIM_ENABLED: neither the envelope sender nor an aligned, DKIM-signed From header
#       domain has a policy for a recipient; after the final dot, for dora@ and dan@beta.test (one message) from the
#       Exim.
#   "450 4.7.1  queue_id: 5E9C3A1F20B - Service temporarily not available! Please try again later."   eom, DKIM
#       check on, LamSoftException (the LDAP lookup failed); after the final dot, for eve@beta.test from the Exim.
# The temporary replies are served to every attempt, so each sender warns after a minute and returns the message after
# 3. Changed: the placeholders are filled: the addresses ({sender} and {rcpt}, the run's, lower case as the milter
# writes them) and the receiving MTA's queue ids (made up, in the form of a Postfix queue id).
# Not served: the refusals of a sender or recipient whose domain cannot be told ("Could not determine domain of
# 5321.from=...", "policy: Could not determine domain of rcpt=...") and of literal "*@domain" addresses in wildcard
# mode (the senders' addresses are plain), and "policy: More than one policies found! ..." (a fault of the directory
# that names its LDAP filter).
# The replies are chosen by recipient, not by anything the senders did: the senders' addresses have matching reverse
# names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ldap-acl-milter}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the milter's replies.
MISMATCH='550 5.7.1 Security policy violation! - reason: policy: mismatch: from_src=envelope from={sender} rcpt={rcpt}'
printf '%s\t%s\t%s\n' \
    rita@beta.test rcpt "$MISMATCH" \
    rob@beta.test rcpt "$MISMATCH" \
    mia@beta.test rcpt '550 5.7.1 Message rejected due to security policy - reason: policy: mismatch from_src=envelope from={sender} rcpt={rcpt}' \
    lee@beta.test rcpt '450 4.7.1 Service temporarily not available! Please try again later.' \
    lou@beta.test rcpt '450 4.7.1 Message temporary rejected. Please try again later ;)' \
    tom@beta.test eom '550 5.7.1  queue_id: 3F2A81C0D4E - Security policy violation! - reason: Too many recipients!' \
    ted@beta.test eom '550 5.7.1  queue_id: 6A0B9E24F71 - Security policy violation! - reason: Too many recipients!' \
    dora@beta.test eom '550 5.7.1  queue_id: 8B4D0E27C15 - Security policy violation! - reason: policy mismatch! Message rejected for all recipients!' \
    eve@beta.test eom '450 4.7.1  queue_id: 5E9C3A1F20B - Service temporarily not available! Please try again later.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
policy-mismatch	carol@alpha.test	rita@beta.test,rob@beta.test	192.0.2.25	Rita, Rob,\n\nthe sample boxes went out this morning.\n\nCarol
custom-query-mismatch	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe floor plan is attached below.\n\nCarol
ldap-unavailable	carol@alpha.test	lee@beta.test	192.0.2.25	Lee,\n\nthe workshop starts at nine sharp.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test,tia@beta.test	192.0.2.25	Tom, Tia,\n\nthe budget review moved to Monday.\n\nCarol
exim-policy-mismatch	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe invoices for November are ready.\n\nPat
exim-dkim-policy-mismatch	pat@pi.test	dora@beta.test,dan@beta.test	192.0.2.35	Dora, Dan,\n\nthe car park is closed on Saturday.\n\nPat
exim-too-many-recipients	pat@pi.test	ted@beta.test,tess@beta.test	192.0.2.35	Ted, Tess,\n\nthe new badges arrive next week.\n\nPat
exim-temporary-rejected	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe photos from the fair are online.\n\nPat
exim-ldap-unavailable-after-data	pat@pi.test	eve@beta.test	192.0.2.35	Eve,\n\nthe heating engineer calls tomorrow.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 from the Postfix for lee@ and from the Exim
# for lou@ and eve@
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
