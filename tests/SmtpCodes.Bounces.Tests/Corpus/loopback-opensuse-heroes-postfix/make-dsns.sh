#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-opensuse-heroes-postfix: a receiving SMTP server (../loopback-replay.py) answers
# with the refusals of the openSUSE mail servers (mx*.opensuse.org) as the openSUSE Heroes, the project's volunteer
# admin team, configure them in their Salt states (repository openSUSE/heroes-salt, a read-only mirror of
# gitlab.infra.opensuse.org/infra/salt; no licence file read; read with the search tool; only the reply texts are
# quoted), whose own words are in the replies below:
#   pillar/role/mailserver.sls (commit 00b05bf38d38): the Postfix main.cf, smtpd_sender_restrictions =
#     check_sender_access lmdb:/etc/postfix/manually-blocked-users, and smtpd_recipient_restrictions with, after
#     permit_mynetworks, reject_unauth_destination and the reject_non_fqdn/unknown checks, check_recipient_access
#     pcre:/etc/postfix/bounce-old-mlmmj.pcre, check_helo_access pcre:/etc/postfix/greylist_helos.pcre (the class
#     greylist = postgrey), check_client_access pcre:/etc/postfix/suspicious_client.pcre, check_recipient_access
#     lmdb:/etc/postfix/handling_special_recipients and reject_unlisted_recipient; header_checks =
#     pcre:/etc/postfix/header_checks;
#   salt/profile/mailserver/files/manually-blocked-users (commit 25f9ede460a1): sender domains and addresses, each
#     "reject Rejected as spam.";
#   salt/profile/mailserver/files/bounce-old-mlmmj.pcre (commit 9c01e4dec197): the old mlmmj list-command addresses,
#     /^([^@+]+)\+subscribe@opensuse.org$/ "reject The mlmmj command interface has been discontinued. For
#     instructions on how to interact with mailman3, please refer to
#     https://en.opensuse.org/openSUSE:Mailing_lists_subscription";
#   salt/profile/mailserver/files/handling_special_recipients (commit 9c01e4dec197): "noreply@opensuse.org 550 This
#     Email address is not monitored. Please contact admin@opensuse.org in case you need personal assistance.";
#   salt/profile/mailserver/files/header_checks (commit 8b799a9632a7): on the headers spampd's SpamAssassin adds
#     (salt/profile/mailserver/files/master.cf, commit 376e334f0f1a: the public smtpd hands each message to spampd,
#     smtpd_proxy_filter=ipv6-localhost:10025, a before-queue proxy, and the smtpd behind it, whose cleanup runs the
#     header_checks, answers through it at the end of DATA), "/^X-Spam-Virus:[\s\t]+yes[\s]+(.+)/ reject Virus
#     identified $1", "/^X-Spam-Status:[\s\t]+yes.*score=([0-9.]+).*required=([0-9.]+)/ reject Spam identified
#     ($1/$2)" and, on DCC's header (salt/profile/mailserver/files/spamassassin/opensuse.cf, commit 1185b156fa4e:
#     "add_header all DCC _DCCB_:_DCCR_:_DCCREP_"), "/^X-Spam-DCC:...bulk\sBody=([4-9][0-9]*)\sFuz1=([4-9][0-9]*)\s
#     Fuz2=([4-9][0-9]*):.*$/ reject Bulk identified ($1/$2/$3)".
# Postfix's smtpd writes an access map's "reject <text>" as its access_map_reject_code 554 with 5.7.1, "554 5.7.1
# <address>: Sender address rejected: <text>" or "... Recipient address rejected: <text>" (access(5)), an access map's
# "550 <text>" with the code given and the default 5.7.1, "550 5.7.1 <address>: Recipient address rejected: <text>",
# and a sender restriction at RCPT TO (smtpd_delay_reject's default yes); a header_checks "reject <text>" comes back
# after the message as "550 5.7.1 <text>" (header_checks(5)). The values in the header texts are the ones such a
# header would give, chosen here (judgement): "(Eicar-Signature)" the "Yes (<name>)" form of the SpamAssassin wiki's
# ClamAV plugin (the repository installs clamav and clamd.conf, not the plugin that writes X-Spam-Virus), "(9.8/5.0)"
# SpamAssassin's _SCORE_ and _REQD_ with local.cf's required_score 5.01 (commit 88c96d2ae8ec), "(45/45/45)" DCC
# counts that the pattern takes (4 to 9 and then any digits).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# openSUSE Heroes', in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Each reply byte for byte, at the stage the set-up sends it:
#   "554 5.7.1 <carol@alpha.test>: Sender address rejected: Rejected as spam." (the sender's own address in each)
#                              to RCPT TO, for ann@ and abe@ beta.test
#   "554 5.7.1 <factory+subscribe@beta.test>: Recipient address rejected: The mlmmj command interface has been
#   discontinued. For instructions on how to interact with mailman3, please refer to
#   https://en.opensuse.org/openSUSE:Mailing_lists_subscription" (one line; the recipient's own address in each)
#                              to RCPT TO, for factory+subscribe@ and project+subscribe@ beta.test
#   "550 5.7.1 <noreply@beta.test>: Recipient address rejected: This Email address is not monitored. Please contact
#   admin@opensuse.org in case you need personal assistance." (one line; the recipient's own address in each)
#                              to RCPT TO, for noreply@beta.test and noreply@gamma.test
#   "550 5.7.1 Virus identified (Eicar-Signature)"   after the message, for vic@ and val@ beta.test
#   "550 5.7.1 Spam identified (9.8/5.0)"   after the message, for sue@ and sal@ beta.test
#   "550 5.7.1 Bulk identified (45/45/45)"   after the message, for bob@ and bea@ beta.test
# Not served: the greeting "$myhostname ESMTP $mail_name ($mail_version)" and Postfix's EHLO answer (the replaying
# server's are used), Postfix's own restrictions (reject_unauth_destination, reject_non_fqdn_*, reject_unknown_*,
# reject_invalid_hostname, reject_unlisted_recipient), the greylist class (postgrey's stock reply), the client and
# HELO maps' dunno/greylist entries, and the header_checks rule "REJECT please dont do that" (inside "if
# /^Subject:.*New Tumbleweed snapshot.*released/" and "if /^To:.*(factory@lists.|opensuse-factory@)opensuse.org/",
# for a From: other than dimstar's): header_checks match each header line on its own, so no line is at once a
# Subject: and a To: line and the rule never fires. The replies are chosen by recipient, not by anything the senders
# did: the sender refusal stands for a sender in the blocked list, the two recipient refusals for the opensuse.org
# addresses (a +subscribe address, noreply@), and the header_checks replies for messages spampd scored. Each message
# has one recipient and is a few lines of plain text. All replies are permanent. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-opensuse-heroes-postfix}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the openSUSE mail servers' replies.
BLOCKED='554 5.7.1 <{sender}>: Sender address rejected: Rejected as spam.'
MLMMJ='554 5.7.1 <{rcpt}>: Recipient address rejected: The mlmmj command interface has been discontinued. For instructions on how to interact with mailman3, please refer to https://en.opensuse.org/openSUSE:Mailing_lists_subscription'
NOREPLY='550 5.7.1 <{rcpt}>: Recipient address rejected: This Email address is not monitored. Please contact admin@opensuse.org in case you need personal assistance.'
VIRUS='550 5.7.1 Virus identified (Eicar-Signature)'
SPAM='550 5.7.1 Spam identified (9.8/5.0)'
BULK='550 5.7.1 Bulk identified (45/45/45)'
printf '%s\t%s\t%s\n' \
    ann@beta.test rcpt "$BLOCKED" \
    abe@beta.test rcpt "$BLOCKED" \
    factory+subscribe@beta.test rcpt "$MLMMJ" \
    project+subscribe@beta.test rcpt "$MLMMJ" \
    noreply@beta.test rcpt "$NOREPLY" \
    noreply@gamma.test rcpt "$NOREPLY" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    sue@beta.test eom "$SPAM" \
    sal@beta.test eom "$SPAM" \
    bob@beta.test eom "$BULK" \
    bea@beta.test eom "$BULK" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-as-spam	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe release party needs a second projector.\n\nCarol
mlmmj-interface-discontinued	carol@alpha.test	factory+subscribe@beta.test	192.0.2.25	subscribe\n\nCarol
address-not-monitored	carol@alpha.test	noreply@beta.test	192.0.2.25	Hello,\n\nthanks for the build notice, but the link in it is broken.\n\nCarol
virus-identified	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe conference badges are printed.\n\nCarol
spam-identified	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe booth banner arrived today.\n\nCarol
bulk-identified	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe wiki migration is half done.\n\nCarol
exim-rejected-as-spam	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe mirror in the basement is back online.\n\nPat
exim-mlmmj-interface-discontinued	pat@pi.test	project+subscribe@beta.test	192.0.2.35	subscribe\n\nPat
exim-address-not-monitored	pat@pi.test	noreply@gamma.test	192.0.2.35	Hello,\n\nI think this reminder went to the wrong list.\n\nPat
exim-virus-identified	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe translation sprint starts on Monday.\n\nPat
exim-spam-identified	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe stickers ran out by noon.\n\nPat
exim-bulk-identified	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe forum upgrade is scheduled.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
