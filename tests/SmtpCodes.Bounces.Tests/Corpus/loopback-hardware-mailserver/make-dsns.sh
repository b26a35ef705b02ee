#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hardware-mailserver: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals that the stock configuration of hardware/mailserver (a Docker mail server distribution: Postfix, Dovecot,
# Rspamd, ClamAV, gross, OpenDKIM, OpenDMARC, Postfixadmin; github.com/hardware/mailserver, "Copyright (c) 2016
# Hardware <contact@meshup.net>", MIT licence as its LICENSE says; read with the search tool; no date shown) writes for
# mail coming in on port 25, in the shape the receiving Postfix gives them. The image's own words, from three files:
#   - rootfs/etc/gross/grossd.conf (commit 114e4884b87b3287f3fda3787cbf2364965dbf1d): the greylisting policy daemon
#     gross, asked by main.cf's "check_policy_service inet:127.0.0.1:10023" (rootfs/etc/postfix/main.cf, commit
#     01bdd14f45ad0f6b860e2c461f9edc52a70b0c81: "Apply greylisting policy ... if RCPT TO domain isn't whitelisted on
#     dnswl.org"), with the image's own "grey_reason = Shoo shoo! Come back later." (the file's comment: 'grey_reason'
#     is the text of a STATUS_GREY answer; "check = dnsbl": a client a listed DNSBL names is greylisted). gross answers
#     Postfix "action=defer_if_permit <reason>" for STATUS_GREY (gross's own source, as stored), which Postfix writes as
#     "450 4.7.1 <recipient>: Recipient address rejected: <reason>", at RCPT TO.
#   - rootfs/etc/clamav/clamav-milter.conf (commit b1d71282271040160f882addb352b6751a64e44b): "OnInfected Reject" with
#     "RejectMsg Rejecting harmful e-mail: %v found." (%v the virus name). clamav-milter's action_reject_msg fills the
#     format and answers smfi_setreply(ctx, "550", "5.7.1", ...) (ClamAV's clamav-milter/clamfi.c, as stored), which
#     Postfix gives the client as it stands, after the message.
#   - rootfs/etc/dovecot/conf.d/90-quota.conf (commit 10286095069162505e82fa189aa3851d871c9430): "quota_exceeded_message
#     = The quota of this mailbox is exhausted. Contact your system administrator." (quota_rule *:storage=5GB, grace
#     10%). Dovecot's LMTP server answers an over-quota delivery with 552 5.2.2 and "<recipient>" before that message;
#     the shape is the one Dovecot's LMTP replies take in Postfix logs, not read from Dovecot's source (the tuners'
#     source this session). In the image the refusal comes from LMTP behind Postfix (virtual_transport =
#     lmtp:unix:private/dovecot-lmtp), so a real site's Postfix would accept the message and write the bounce itself;
#     here the replay server gives it to the sender after the message, as loopback-zimbra-lmtp (session 21) did.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. Not read from a running hardware/mailserver; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the three refusals the image's files word themselves. Filled in: the virus name (%v), a name
# ClamAV gives its EICAR test file, "Win.Test.EICAR_HDB-1"; the recipient ({rcpt}). Not served: main.cf's restrictions
# (reject_unlisted_recipient, reject_rbl_client zen.spamhaus.org, reject_rhsbl_sender dbl.spamhaus.org,
# reject_non_fqdn_helo_hostname, ...: Postfix's own words, which earlier parts serve), gross's block answer (the image
# leaves block_threshold at 0, so it never blocks), Rspamd's actions and rate limits (actions.conf and ratelimit.conf set
# thresholds only; the words are Rspamd's own, which heldout-s19's loopback-mailcow serves), and header_checks (it
# rewrites and drops headers, refuses nothing). Served byte for byte:
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Shoo shoo! Come back later."   RCPT TO   gil@ (Postfix), gwen@
#                                                                  (Exim): each warned after a minute, returned after three
#   "550 5.7.1 Rejecting harmful e-mail: Win.Test.EICAR_HDB-1 found."   after the message   vic@, vince@ (Postfix),
#                                                                  vera@, val@ (Exim)
#   "552 5.2.2 <{rcpt}> The quota of this mailbox is exhausted. Contact your system administrator."   after the message
#                                                                  mo@ (Postfix), meg@ (Exim)
# (all @beta.test; {rcpt} the address answered, as the replay server fills it in). The replies are chosen by recipient,
# not by anything the senders did: the messages are short plain text with one or two recipients, no attachment and no
# virus. Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24
# (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hardware-mailserver}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
GREYLISTED='450 4.7.1 <{rcpt}>: Recipient address rejected: Shoo shoo! Come back later.'
VIRUS='550 5.7.1 Rejecting harmful e-mail: Win.Test.EICAR_HDB-1 found.'
OVER_QUOTA='552 5.2.2 <{rcpt}> The quota of this mailbox is exhausted. Contact your system administrator.'
printf '%s\t%s\t%s\n' \
    gil@beta.test rcpt "$GREYLISTED" \
    gwen@beta.test rcpt "$GREYLISTED" \
    vic@beta.test eom "$VIRUS" \
    vince@beta.test eom "$VIRUS" \
    vera@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    mo@beta.test eom "$OVER_QUOTA" \
    meg@beta.test eom "$OVER_QUOTA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
greylisted	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe allotment gate has a new lock.\n\nCarol
harmful-mail	carol@alpha.test	vic@beta.test,vince@beta.test	192.0.2.25	Vic, Vince,\n\nthe quiz answers are on the back page.\n\nCarol
quota-exhausted	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe carol singers meet at the church.\n\nCarol
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe ferry times changed for winter.\n\nPat
exim-harmful-mail	pat@pi.test	vera@beta.test,val@beta.test	192.0.2.35	Vera, Val,\n\nthe chess club needs a new board.\n\nPat
exim-quota-exhausted	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe hall heating is fixed at last.\n\nPat
SEND
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
