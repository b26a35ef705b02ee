#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pld-exim: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of the Exim configuration that PLD Linux ships in its exim package (the PLD Linux Distribution's package
# repository for Exim, whose exim4.conf the spec file installs as /etc/mail/exim.conf; the package built Exim with the
# exiscan-acl content-scanning patch, and the configuration carries a MIME ACL and a content ACL for it, disabled by
# default: acl_smtp_mime and acl_smtp_data are commented out until the administrator enables them) (the repository
# pld-linux/exim; no licence file of its own, its exim.spec says "License: GPL" (Exim's); read with the search tool:
# exim4.conf at commit 00f2eb9f05f4 (file id 24649206794) and exim.spec at 001087117c4e (Version 4.20, exiscan-acl
# 4.20-09, Source4 exim4.conf); only the reply texts are quoted), whose own ACL texts write every reply below (Exim sends
# an ACL's "message =" text after the code of the ACL's verb, 550 for deny after the message, with no enhanced code
# unless the text carries one; the MIME ACL runs for each MIME part after the message, as the content ACL does):
#   acl_check_mime: "Blacklisted file extension detected", for an attachment whose file name ends in .exe, .pif, .bat,
#   .scr, .lnk or .com;
#   acl_check_mime: "Sorry, noone speaks chinese here", for a MIME part in the gb2312 character set (the configuration
#   calls it "an EXAMPLE");
#   acl_check_content: "This message contains malware ($malware_name)", for a message the virus scanner flags;
#   acl_check_content: "This message scored $spam_score points. Congratulations!", for a SpamAssassin score over 10.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are PLD's
# configuration's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the configuration sends it:
#   "550 Blacklisted file extension detected"                       after the message, for bea@ and bo@ beta.test
#   "550 Sorry, noone speaks chinese here"                          after the message, for cora@ and cy@ beta.test
#   "550 This message contains malware (Eicar-Test-Signature)"      after the message, for mona@ and milo@ beta.test
#   "550 This message scored 12.6 points. Congratulations!"         after the message, for sara@ and stu@ beta.test
# Not served: the greeting and the EHLO answer (the replaying server's are used), acceptance, and the texts of the
# configuration that are Exim's default configuration's words: the RCPT ACL's "Restricted characters in address" and
# "relay not permitted", require verify = sender's "Sender verify failed" and the localuser router's
# cannot_route_message "Unknown user". The content ACL's warn statements add headers only (X-Spam-Score, X-Spam-Report,
# X-Spam-Flag) and refuse nothing. The malware name is ClamAV's old name for the EICAR test file, the spam score one a
# SpamAssassin over the configuration's limit of 10 could give. The replies are chosen by recipient, not by anything
# the senders did: each message has one recipient and is a few lines of plain ASCII text, with no attachment. Every
# reply is permanent, so every message is returned at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pld-exim}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the configuration's ACL texts, as Exim sends them.
EXTENSION='550 Blacklisted file extension detected'
CHINESE='550 Sorry, noone speaks chinese here'
MALWARE='550 This message contains malware (Eicar-Test-Signature)'
SPAM='550 This message scored 12.6 points. Congratulations!'
printf '%s\t%s\t%s\n' \
    bea@beta.test eom "$EXTENSION" \
    bo@beta.test eom "$EXTENSION" \
    cora@beta.test eom "$CHINESE" \
    cy@beta.test eom "$CHINESE" \
    mona@beta.test eom "$MALWARE" \
    milo@beta.test eom "$MALWARE" \
    sara@beta.test eom "$SPAM" \
    stu@beta.test eom "$SPAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
file-extension	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe build server reboots at noon.\n\nCarol
chinese-charset	carol@alpha.test	cora@beta.test	192.0.2.25	Cora,\n\nthe mirror sync finished overnight.\n\nCarol
contains-malware	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe new ISO is on the share.\n\nCarol
scored-points	carol@alpha.test	sara@beta.test	192.0.2.25	Sara,\n\nthe meeting moved to Thursday.\n\nCarol
exim-file-extension	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe spec file needs a new release tag.\n\nPat
exim-chinese-charset	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe package list is attached below.\n\nPat
exim-contains-malware	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe builders are idle again.\n\nPat
exim-scored-points	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe changelog is up to date.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
