#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailshield: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of mailshield, Brady Wetherington's (uberbrady's) "SMTP proxy for defending mailservers" in Node.js (its README: a
# Spamhaus ZEN lookup that tells SBL/XBL from PBL listings, and temporary per-IP blocks for dictionary attacks on
# recipients, repeated authentication failures and very large numbers of messages; it sits in front of any SMTP server
# and passes everything else through; AGPL-3.0, as its README says), as its source writes them. Read with the search
# tool: the repository uberbrady/mailshield, index.js at commit dda25742b95d (the rejector, which writes "550 IP <ip>
# is temporarily blocked because of <reason>" and then answers every command but QUIT with "503 bad sequence of
# commands"; the Spamhaus lookup; readwriteline), IPstore.js and configuration.json (the thresholds); only the reply
# texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are mailshield's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 IP <client> is temporarily blocked because of blacklist"
#        instead of the greeting: the client's address is listed in Spamhaus ZEN as SBL or XBL (127.0.0.2 to .4); to
#        every connection from the Postfix's second address (out2.alpha.test, 192.0.2.24, which sends for gamma.test),
#        for gus@gamma.test
#   "550 IP <client> is temporarily blocked because of Attempt to send extremely excessive amounts of mail"
#        instead of the greeting: the mail_sends store holds more accepted recipients from the address than
#        message_send_threshhold in its period; to every connection from the Exim's second address (out2.pi.test,
#        192.0.2.34, which sends for gamma.test), for gwen@gamma.test
#   "550 IP <client> is temporarily blocked because of excessive bad recipient attempts"
#        RCPT TO: the backend refused the recipient with 5xx and the address passed bad_recipients_threshhold, so
#        the rejector answers instead of the backend; for ann@beta.test (Postfix) and abe@beta.test (Exim)
#   "530 5.7.0 Authentication required"
#        RCPT TO: the client's address is in Spamhaus's PBL and it has not authenticated; for pam@beta.test (Postfix)
#        and pia@beta.test (Exim)
# Not served: mailshield's greeting "220 MailShield v<version> - tread lightly" and its "500 Extended Hello Function
# not supported yet; use HELO" to EHLO (the replaying server's greeting and EHLO answer stand in), the rejector's other
# reasons ("cached blacklist", "excessive bad recipient attempts (cached)", "authentication fails"), "503 bad sequence
# of commands", "500 Line too long." and "500 Unknown Error: <name>", and every reply of the mail server behind it
# (passed through). The replies are chosen by recipient (and the greeting refusals by the client's address), not by
# anything the senders did: no DNSBL was asked and no count was kept. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its address for
#               gamma.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its address for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailshield-b41c}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailshield's replies.
BLOCKED='550 IP {client} is temporarily blocked because of'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$BLOCKED blacklist" \
    client:192.0.2.34 connect "$BLOCKED Attempt to send extremely excessive amounts of mail" \
    ann@beta.test rcpt "$BLOCKED excessive bad recipient attempts" \
    abe@beta.test rcpt "$BLOCKED excessive bad recipient attempts" \
    pam@beta.test rcpt '530 5.7.0 Authentication required' \
    pia@beta.test rcpt '530 5.7.0 Authentication required' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
blacklist	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment committee meets after the harvest.\n\nCarol
bad-recipient-attempts	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe kite festival moved to the east field.\n\nCarol
authentication-required	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe pottery kiln is free on Wednesday.\n\nCarol
exim-excessive-mail	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe bell ringers practise on Thursday evenings.\n\nPat
exim-bad-recipient-attempts	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe lighthouse opens to visitors in May.\n\nPat
exim-authentication-required	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe quilt show needs volunteers at the door.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim: the Exim returns at once
# after a 550 greeting), and for the Postfix's 550 greeting (smtp_skip_5xx_greeting defers it) a warning after a
# minute and a return after 3
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
