#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-iredmail: a receiving SMTP server (../loopback-replay.py) answers with the refusals
# that the stock Postfix and Dovecot configuration of iRedMail (the mail server distribution for Linux and BSD: Postfix,
# Dovecot, Amavisd, iRedAPD; Zhang Huangbin, iredmail.org, github.com/iredmail/iRedMail, GPL-3.0 as each file's header
# says; read with the search tool; no date shown) writes for mail coming in on port 25, in the shape the receiving
# Postfix gives them:
#   - samples/postfix/helo_access.pcre (commit 0ae7e5e44d57ebf2099865fd3ebaeb697b6f3566), installed as
#     /etc/postfix/helo_access.pcre and asked by main.cf's smtpd_helo_restrictions (check_helo_access pcre:...): its
#     REJECT texts, each ending in the matched part of the client's HELO name, "(${1})". Postfix writes a check_helo_access
#     REJECT with a text as "554 5.7.1 <HELO name>: Helo command rejected: <text>" (access_map_reject_code 554, 5.7.1),
#     and with smtpd_delay_reject = yes (Postfix's default; iRedMail's main.cf does not change it) at RCPT TO. The file's
#     comments say what each group means: "No one will use these in helo command" (localhost, localhost.localdomain,
#     *.local: "does not identify itself correctly"), "Reject who use IP address as helo" (a bare address, not in brackets:
#     "sent non RFC compliant HELO identity"), the "real HELO identify of these ISPs" (a client naming itself gmail.com,
#     163.com, ...: "seems to be impersonating another mail server"), "Spammers" ("appears to come from a known spamming
#     mail server") and "Reject adsl spammers" / "reject HELO which contains IP address" ("appears to be on a dynamic IP
#     address that should not be doing direct mail delivery").
#   - samples/postfix/main.cf (commit 122cfb3b9bfc1b653325a0bebd7198f2a41425ae): smtpd_recipient_restrictions ends in
#     check_policy_service inet:127.0.0.1:<quota-status port>, Dovecot's quota-status service, and
#     samples/dovecot/dovecot23.conf (commit 014cb1f462d67726fdb330c90c4ee45d41221cd9) sets its answer for a recipient
#     over quota: quota_status_overquota = "552 5.2.2 Mailbox is full" (iRedMail's setting; "Used by quota-status
#     service"). Postfix writes a policy action with a code as "552 5.2.2 <recipient>: Recipient address rejected:
#     Mailbox is full", at RCPT TO.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. Not read from a running
# iRedMail; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# A stated selection: each of helo_access.pcre's five texts once, and the quota-status refusal. Filled in: the HELO name
# in each reply (Postfix's "<...>" and the file's "(${1})"), since the replies are chosen by recipient and the senders'
# own names (mx.alpha.test, mx.pi.test) match no rule: a name the rule's own pattern names where it names one
# (localhost.localdomain, gmail.com, dsgsfdg.com from the "Spammers" list), the client's own address for the bare-address
# rule ({client}, as such a client would greet), and for the adsl rule a made-up name under example.net (RFC 2606) that
# its pattern /(\badsl\b)/ matches, "(${1})" then being "adsl". Not served: reject_non_fqdn_helo_hostname,
# reject_unknown_helo_hostname, reject_unlisted_recipient, reject_unknown_sender_domain and the rest of main.cf's
# restrictions (Postfix's own words, which earlier parts serve), iRedAPD's actions (heldout-s18's loopback-iredapd
# serves them), Amavisd's verdicts (Amavisd's words), and the "PREPEND" and "OK" lines (no refusal). Served byte for
# byte, at RCPT TO:
#   "554 5.7.1 <localhost.localdomain>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending
#    mail server does not identify itself correctly (localhost.localdomain)"        lars@ (Postfix), lina@ (Exim)
#   "554 5.7.1 <{client}>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail server
#    sent non RFC compliant HELO identity ({client})"                             ivan@ (Postfix), iris@ (Exim)
#   "554 5.7.1 <gmail.com>: Helo command rejected: ACCESS DENIED. Your email was rejected because the sending mail
#    server seems to be impersonating another mail server (gmail.com)"          gil@ (Postfix), gina@ (Exim)
#   "554 5.7.1 <dsgsfdg.com>: Helo command rejected: ACCESS DENIED. Your email was rejected because it appears to come
#    from a known spamming mail server (dsgsfdg.com)"                            kai@ (Postfix), kim@ (Exim)
#   "554 5.7.1 <pool-7.adsl.example.net>: Helo command rejected: ACCESS DENIED. Your email was rejected because the
#    sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (adsl)"
#                                                                                 dyl@ (Postfix), dora@ (Exim)
#   "552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is full"               mo@ (Postfix), meg@ (Exim)
# (all @beta.test; {client} the sending MTA's address and {rcpt} the address answered, as the replay server fills them
# in). The replies are chosen by recipient, not by
# anything the senders did. Each message has one recipient; every refusal is permanent, so each is returned at once.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-iredmail}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
HELO_REJECTED='554 5.7.1 <%s>: Helo command rejected: ACCESS DENIED. Your email was rejected because %s (%s)'
# shellcheck disable=SC2059  # the format is HELO_REJECTED, the file's own words the arguments
LOCALHOST=$(printf "$HELO_REJECTED" localhost.localdomain 'the sending mail server does not identify itself correctly' localhost.localdomain)
# shellcheck disable=SC2059
BARE_ADDRESS=$(printf "$HELO_REJECTED" '{client}' 'the sending mail server sent non RFC compliant HELO identity' '{client}')
# shellcheck disable=SC2059
IMPERSONATING=$(printf "$HELO_REJECTED" gmail.com 'the sending mail server seems to be impersonating another mail server' gmail.com)
# shellcheck disable=SC2059
SPAMMER=$(printf "$HELO_REJECTED" dsgsfdg.com 'it appears to come from a known spamming mail server' dsgsfdg.com)
# shellcheck disable=SC2059
DYNAMIC=$(printf "$HELO_REJECTED" pool-7.adsl.example.net 'the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery' adsl)
QUOTA='552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox is full'
printf '%s\t%s\t%s\n' \
    lars@beta.test rcpt "$LOCALHOST" \
    lina@beta.test rcpt "$LOCALHOST" \
    ivan@beta.test rcpt "$BARE_ADDRESS" \
    iris@beta.test rcpt "$BARE_ADDRESS" \
    gil@beta.test rcpt "$IMPERSONATING" \
    gina@beta.test rcpt "$IMPERSONATING" \
    kai@beta.test rcpt "$SPAMMER" \
    kim@beta.test rcpt "$SPAMMER" \
    dyl@beta.test rcpt "$DYNAMIC" \
    dora@beta.test rcpt "$DYNAMIC" \
    mo@beta.test rcpt "$QUOTA" \
    meg@beta.test rcpt "$QUOTA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
helo-localhost	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe rowing club dinner is on the ninth.\n\nCarol
helo-bare-address	carol@alpha.test	ivan@beta.test	192.0.2.25	Ivan,\n\nthe seed swap moved to the school hall.\n\nCarol
helo-impersonating	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe quiz night needs one more team.\n\nCarol
helo-known-spammer	carol@alpha.test	kai@beta.test	192.0.2.25	Kai,\n\nthe tennis court is booked at four.\n\nCarol
helo-dynamic-address	carol@alpha.test	dyl@beta.test	192.0.2.25	Dyl,\n\nthe pond clean-up starts at nine.\n\nCarol
mailbox-full	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe photos from the fete are on the stick.\n\nCarol
exim-helo-localhost	pat@pi.test	lina@beta.test	192.0.2.35	Lina,\n\nthe bus to the coast leaves at eight.\n\nPat
exim-helo-bare-address	pat@pi.test	iris@beta.test	192.0.2.35	Iris,\n\nthe jam stall needs more jars.\n\nPat
exim-helo-impersonating	pat@pi.test	gina@beta.test	192.0.2.35	Gina,\n\nthe netball final is on Saturday.\n\nPat
exim-helo-known-spammer	pat@pi.test	kim@beta.test	192.0.2.35	Kim,\n\nthe bird hide key is at the farm shop.\n\nPat
exim-helo-dynamic-address	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe darts league starts in March.\n\nPat
exim-mailbox-full	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe panto tickets are in the drawer.\n\nPat
SEND
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
