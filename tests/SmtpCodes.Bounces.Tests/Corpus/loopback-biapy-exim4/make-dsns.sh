#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-biapy-exim4: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals that the Exim 4 ACL files of Biapy's howto site write (howto.biapy.com, French guides to Debian servers,
# among them "Configurer Exim 4 sur Debian" and "Installer le serveur IMAP Cyrus sur Debian"; the repository
# biapy/howto.biapy.com holds the files the guides use; no licence file read; read with the search tool; only the
# reply texts are quoted). Its exim4/README.md (commit 59dcdb867b2b) names exim4_helo_checks.conf "Exim 4 hardened HELO
# rules" and exim4_cyrus_mailbox_checks.conf "Exim 4 mailbox checks rules for Cyrus". The words are the project's own
# `message =` texts of `deny` and `accept ... endpass` statements, not Exim's stock words or Debian's:
#   exim4/exim4_helo_checks.conf (commit 36a0ba462cb5): a deny "Sender claims to have a local address, but is not
#   authenticated nor relayed (try using SMTP-AUTH!)" (the envelope sender's domain is one of the server's local domains
#   and the client neither is in relay_from_hosts nor authenticated), a deny "X-Invalid-HELO: Forged IP in HELO:
#   $interface_address is _my_ address" (the client's HELO is the server's own address in brackets) and a deny
#   "X-Invalid-HELO: Forged IP in HELO." (the HELO name is listed in /etc/exim4/rejected-helo.conf); its warn
#   statements only add X-Invalid-HELO headers and refuse nothing.
#   exim4/exim4_cyrus_mailbox_checks.conf (commit 9217f601c8ea): for a Cyrus domain, "accept domains = +cyrus_domains
#   endpass message = ${if match{$acl_verify_message}{...^\d{3} (\d\.\d\.\d .{0,120})\Z...}{IMAP said: $1}{Recipient
#   unknown/invalid}} verify = recipient/callout=random,5s": the recipient's verification failed, and the verification
#   message carries no line of a three-digit code and an enhanced code, so the fallback text is given.
# The files are ACL fragments without a name of their own; they test the envelope sender ($sender_address_domain) and
# so run at MAIL FROM or RCPT TO. Served at RCPT TO, where Debian's split Exim configuration takes a local ACL file
# (CHECK_RCPT_LOCAL_ACL_FILE) and the mailbox check must run (an assumption about where the guide includes them, named
# as such). Exim answers a deny, and a failed endpass, in the RCPT ACL with 550 and the message text, with no enhanced
# code (the texts carry none), so each reply is "550 " and the text, $interface_address filled in with the replaying
# server's address.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Biapy's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the configuration sends it:
#   "550 Sender claims to have a local address, but is not authenticated nor relayed (try using SMTP-AUTH!)"   to RCPT
#                              TO, for ada@ and amy@ beta.test
#   "550 X-Invalid-HELO: Forged IP in HELO: 192.0.2.26 is _my_ address"   to RCPT TO, for ben@ and bob@ beta.test
#   "550 X-Invalid-HELO: Forged IP in HELO."   to RCPT TO, for cy@ and cat@ beta.test
#   "550 Recipient unknown/invalid"   to RCPT TO, for dee@ and don@ beta.test
# Not served: "IMAP said: <enhanced code and text>" (the mailbox check's other branch, which quotes the words of the
# Cyrus server its callout reached: Cyrus's words, not the project's; whether a callout reaches Cyrus at all depends on
# the guide's router file, not read), the commented-out "Sender unknown/invalid", the warn statements' X-Invalid-HELO
# header texts (added to accepted mail, never sent as a reply), and every stock reply of Exim and of Debian's Exim
# configuration around the fragments. A verification that cannot be completed (the callout deferred) is answered with
# Exim's own temporary words, not the fragment's text, so no temporary reply is served: every reply here is permanent.
# The replies are chosen by recipient, not by anything the senders did (the senders' HELO names are their own host
# names, and their domains are not the receiver's): the messages are a few lines of plain text, with one recipient or
# with two recipients of different replies.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-biapy-exim4}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
LOCALSENDER='550 Sender claims to have a local address, but is not authenticated nor relayed (try using SMTP-AUTH!)'
MYADDRESS='550 X-Invalid-HELO: Forged IP in HELO: 192.0.2.26 is _my_ address'
FORGEDHELO='550 X-Invalid-HELO: Forged IP in HELO.'
UNKNOWN='550 Recipient unknown/invalid'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$LOCALSENDER" \
    amy@beta.test rcpt "$LOCALSENDER" \
    ben@beta.test rcpt "$MYADDRESS" \
    bob@beta.test rcpt "$MYADDRESS" \
    cy@beta.test rcpt "$FORGEDHELO" \
    cat@beta.test rcpt "$FORGEDHELO" \
    dee@beta.test rcpt "$UNKNOWN" \
    don@beta.test rcpt "$UNKNOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
local-sender-not-authenticated	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe choir sings at the harvest supper.\n\nCarol
helo-is-my-address	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe ferry leaves at half past eight.\n\nCarol
forged-ip-in-helo	carol@alpha.test	cy@beta.test	192.0.2.25	Cy,\n\nthe apple store needs sorting.\n\nCarol
recipient-unknown	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe tide tables are pinned by the door.\n\nCarol
helo-and-unknown	carol@alpha.test	ben@beta.test,dee@beta.test	192.0.2.25	Ben, Dee,\n\nthe quiz night moves to the school.\n\nCarol
exim-local-sender-not-authenticated	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe hedge wants trimming before May.\n\nPat
exim-helo-is-my-address	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe kiln is cool enough to open.\n\nPat
exim-forged-ip-in-helo	pat@pi.test	cat@beta.test	192.0.2.35	Cat,\n\nthe bunting is in the loft.\n\nPat
exim-recipient-unknown	pat@pi.test	don@beta.test	192.0.2.35	Don,\n\nthe well cover is loose again.\n\nPat
exim-sender-and-forged	pat@pi.test	amy@beta.test,cat@beta.test	192.0.2.35	Amy, Cat,\n\nthe bike shed key is under the pot.\n\nPat
SEND
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
