#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ucware-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP listener of ucwareMailServer, a self-hosted mail server by jeonchulho (its README: Postfix for
# SMTP, Dovecot for IMAP, Rspamd and ClamAV, and mail-admin, a Go API that manages the accounts and Postfix's and
# Dovecot's map files; the repository jeonchulho/ucwareMailServer, no licence file; read with the search tool; only the
# reply texts are quoted). mail-admin's own LMTP listener (cmd/mail-admin/app/lmtp_server.go, commits 47648943c919 and
# aeb3ed472f33, the same replies in both: runLMTPServer and lmtpSession.serve) takes mail from the MTA in front of it
# and files each message for each recipient in the archive database; served here over SMTP, its refusals are:
#   "452 Too many recipients" to RCPT TO (the transaction already has lmtpMaxRcpts, 100, recipients);
#   "552 Message too large or read error" after the message, once for each recipient (readLMTPDotData failed: the
#   message passed the listener's size limit, 50 MB by default, or the connection failed while it came in);
#   "451 Temporary delivery failure" after the message, for each recipient whose copy could not be filed (deliverOne
#   failed: the archive could not list, create or write the recipient's inbound mailbox).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ucwareMailServer's; the DSNs are made.
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
#   "452 Too many recipients"   (the transaction's recipient limit) to RCPT TO, to every attempt, for rita@beta.test
#                              (to the Postfix)
#   "552 Message too large or read error"   (the message passed the size limit or could not be read) after the
#                              message, for lara@ and leo@ beta.test
#   "451 Temporary delivery failure"   (the archive could not file the copy) after the message, to every attempt, for
#                              dina@ and dev@ beta.test
# Not served: the greeting ("220 <domain> LMTP ready") and LHLO answer (the replaying server's greeting and EHLO answer
# are used), "503 Need MAIL command first", "503 Need RCPT command first" and "500 Command unrecognized". The replies
# are chosen by recipient, not by anything the senders did (each message has one recipient and is small). The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ucware-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the LMTP listener's replies as it writes them.
LARGE='552 Message too large or read error'
FAILURE='451 Temporary delivery failure'
printf '%s\t%s\t%s\n' \
    rita@beta.test rcpt '452 Too many recipients' \
    lara@beta.test eom "$LARGE" \
    leo@beta.test eom "$LARGE" \
    dina@beta.test eom "$FAILURE" \
    dev@beta.test eom "$FAILURE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-recipients	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe bus to the coast leaves at eight.\n\nCarol
too-large-or-read-error	carol@alpha.test	lara@beta.test	192.0.2.25	Lara,\n\nthe library sale starts on Monday.\n\nCarol
temporary-delivery-failure	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe pottery kiln is fixed.\n\nCarol
exim-too-large-or-read-error	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe walking group meets at the mill.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	dev@beta.test	192.0.2.35	Dev,\n\nthe chess club has a new board.\n\nPat
SEND
# two messages refused for good, returned at once (one by each sender), then for each of the three temporary replies
# (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
