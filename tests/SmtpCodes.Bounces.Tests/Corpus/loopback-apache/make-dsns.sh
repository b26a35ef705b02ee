#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-apache: a receiving SMTP server (../loopback-replay.py) answers with the two replies
# that the Apache Software Foundation's infrastructure page "Mail Rejection Policy" quotes from the apache.org MX servers
# (https://infra.apache.org/mail-rejection.html, the file content/pages/mail-rejection.md of
# github.com/apache/infrastructure-website, commit 00371314b7eb58030bac4ee0932e711eb4c1d909, Apache-2.0; read with the
# search tool; no date shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are the ASF's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Both replies the page quotes, to RCPT TO:
#   "Recipient address rejected: ASF gnomes rejected your message: SPF fail - not authorized. See
#   https://infra.apache.org/mail-rejection.html"      ("People emailing ASF addresses may see this message"; the MX
#                                                      servers reject on an "SPF (Sender Policy Framework) hard fail")
#                   the page quotes the text from "Recipient address rejected:" on; the words before it are served as a
#                   receiving Postfix writes a policy or access REJECT at RCPT TO (its access_map_reject_code 554, the
#                   enhanced code 5.7.1, the recipient between angle brackets): "554 5.7.1 <rcpt>: Recipient address
#                   rejected: ASF gnomes ..."                      for spencer@, sophie@beta.test
#   "550 Domain Blocked - Spam. Contact abuse@infra.apache.org"
#                                                      ("Infra ... will block all mail traffic from spam domains with a
#                                                      rejection message of" it)     for dom@, don@beta.test
# The replies are chosen by recipient address, not by anything the senders did: no SPF record is published or asked, the
# senders' domains are their own servers', the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-apache}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
SPF='554 5.7.1 <{rcpt}>: Recipient address rejected: ASF gnomes rejected your message: SPF fail - not authorized. See https://infra.apache.org/mail-rejection.html'
printf '%s\t%s\t%s\n' \
    spencer@beta.test rcpt "$SPF" \
    sophie@beta.test rcpt "$SPF" \
    dom@beta.test rcpt '550 Domain Blocked - Spam. Contact abuse@infra.apache.org' \
    don@beta.test rcpt '550 Domain Blocked - Spam. Contact abuse@infra.apache.org' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	spencer@beta.test,sophie@beta.test	192.0.2.25	Spencer, Sophie,\n\nthe release vote closes on Friday.\n\nCarol
domain-blocked	carol@alpha.test	dom@beta.test,don@beta.test	192.0.2.25	Dom, Don,\n\nthe patch is attached below as text.\n\nCarol
exim-spf-fail	pat@pi.test	spencer@beta.test,sophie@beta.test	192.0.2.35	Spencer, Sophie,\n\nthe board report is due next week.\n\nPat
exim-domain-blocked	pat@pi.test	dom@beta.test,don@beta.test	192.0.2.35	Dom, Don,\n\nthe build is green again.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
