#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ntfy: a receiving SMTP server (../loopback-replay.py) answers with the replies of the
# SMTP server of ntfy (Philipp C. Heckel's self-hostable push-notification service, binwiederhier/ntfy, dual-licensed
# Apache-2.0 and GPL-2.0; only the reply texts are quoted), which takes e-mail to <prefix><topic>@<smtp-server-domain>
# and publishes it as a notification on the topic ("E-mail publishing", docs/config.md, options smtp-server-listen,
# smtp-server-domain and smtp-server-addr-prefix). Read with the search tool: server/smtp_server.go (commit e9b05e8ed7aa:
# the errors errInvalidDomain "invalid domain", errInvalidAddress "invalid address", errInvalidTopic "invalid topic",
# errUnsupportedContentType "unsupported content type", returned from its Rcpt and Data callbacks) and its tests
# server/smtp_server_test.go (commit 9ce6b03450e1), which read the wire texts the library emersion/go-smtp makes of them:
# "451 4.0.0 invalid address" to RCPT TO (a plain error from Rcpt is sent as 451 4.0.0 <error>) and "554 5.0.0 Error:
# transaction failed, blame it on the weather: unsupported content type" after the data (a plain error from Data). A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ntfy's (and go-smtp's wrapping); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replaying server plays an ntfy whose smtp-server-domain is beta.test and whose smtp-server-addr-prefix is "ntfy-"
# (the configuration its tests use: ntfy.sh and ntfy-), so ntfy-<topic>@beta.test publishes to <topic>. Each reply at
# the stage the code gives it:
#   "451 4.0.0 invalid domain"   (Rcpt: the recipient's address does not end in "@" + smtp-server-domain). To RCPT TO,
#       for ntfy-alerts@gamma.test (a domain the server is not configured for), from both senders.
#   "451 4.0.0 invalid address"   (Rcpt: the local part does not begin with smtp-server-addr-prefix; the documentation:
#       the prefix is there to keep spam out, only ntfy-$topic@ addresses are taken). To RCPT TO, for backups@beta.test,
#       from both senders.
#   "451 4.0.0 invalid topic"   (Rcpt: what is left after the prefix does not match the topic names' pattern
#       ^[-_A-Za-z0-9]{1,64}$). To RCPT TO, for ntfy-nas.backup@beta.test (a dot is no topic character), from both.
#   "554 5.0.0 Error: transaction failed, blame it on the weather: unsupported content type"   (Data: the message is
#       neither text/plain nor multipart, so no body is read for the notification). After the data, for
#       ntfy-printer@beta.test, from both senders.
#   "554 5.0.0 Error: transaction failed, blame it on the weather: EOF"   (Data: a multipart message with no text/plain
#       part: readMultipartMailBody returns the multipart reader's io.EOF, whose text is "EOF"). After the data, for
#       ntfy-camera@beta.test, from both senders.
# go-smtp sends the 451 for every error of Rcpt that is not an SMTPError, so the refusals of addresses are temporary on
# the wire: each is served to every attempt, each sender warns after a minute and returns the message after 3.
# Not served: "too many recipients" (one RCPT TO naming a list of addresses, which no sender here does), the errors of
# Go's net/mail parser, and the publishing handler's own HTTP errors passed on as "error: <JSON body>" (rate limits;
# their bytes on the wire, a JSON body with its line end, were not settled by reading).
# The replies are chosen by recipient, not by anything the senders did: every message is short plain text, every
# address well formed; the senders' addresses have matching reverse names, their domains resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ntfy}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ntfy's errors as go-smtp sends them.
WEATHER='554 5.0.0 Error: transaction failed, blame it on the weather:'
printf '%s\t%s\t%s\n' \
    ntfy-alerts@gamma.test rcpt '451 4.0.0 invalid domain' \
    backups@beta.test rcpt '451 4.0.0 invalid address' \
    ntfy-nas.backup@beta.test rcpt '451 4.0.0 invalid topic' \
    ntfy-printer@beta.test eom "$WEATHER unsupported content type" \
    ntfy-camera@beta.test eom "$WEATHER EOF" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-domain	carol@alpha.test	ntfy-alerts@gamma.test	192.0.2.25	Disk usage on nas1 is at 91 percent.
invalid-address	carol@alpha.test	backups@beta.test	192.0.2.25	Nightly backup finished in 42 minutes.
invalid-topic	carol@alpha.test	ntfy-nas.backup@beta.test	192.0.2.25	Backup of /srv finished without errors.
unsupported-content-type	carol@alpha.test	ntfy-printer@beta.test	192.0.2.25	The printer in room 2 is low on toner.
eof	carol@alpha.test	ntfy-camera@beta.test	192.0.2.25	Motion detected at the front door.
exim-invalid-domain	pat@pi.test	ntfy-alerts@gamma.test	192.0.2.35	The UPS switched to battery power.
exim-invalid-address	pat@pi.test	backups@beta.test	192.0.2.35	Weekly backup finished in 3 hours.
exim-invalid-topic	pat@pi.test	ntfy-nas.backup@beta.test	192.0.2.35	Backup of /home finished with 2 warnings.
exim-unsupported-content-type	pat@pi.test	ntfy-printer@beta.test	192.0.2.35	The printer in the hall is out of paper.
exim-eof	pat@pi.test	ntfy-camera@beta.test	192.0.2.35	Motion detected in the garage.
SEND
# four returns at once, then a warning after a minute and a return after 3 for each of the six temporary scenarios
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
