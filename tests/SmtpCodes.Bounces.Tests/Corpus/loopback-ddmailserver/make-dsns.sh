#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ddmailserver: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of DDMailServer's MX server, the receiving SMTP server of a self-hosted mail server and mail aggregator in Go
# (IMAP, SMTP submission, an MX for its own domains, web mail; the repository ddletotam/ddmailserver, read with the
# search tool; MIT, its README's "License"; only the reply texts are quoted):
# internal/smtp/mx/session.go at commit 0b4d5d28ea11, whose Session.Rcpt and Session.Data return plain Go errors
# (errors.New) whose text begins with a reply code of their own; internal/smtp/mx/server.go at the same commit, an
# emersion/go-smtp server (MaxMessageBytes 25 MB, MaxRecipients 100); go.mod at the same commit, go-smtp v0.24.0.
# go-smtp writes a plain error from Rcpt with writeError(451, 4.0.0, err), "451 4.0.0 " and the error's text, and a
# plain error from Data with dataErrorToStatus, "554 5.0.0 Error: transaction failed: " and the error's text (go-smtp's
# conn.go, read with the search tool at commit 6944e3381b81; the older "..., blame it on the weather: " of commit
# 0112262d94af is gone there). So the code the server's own text begins with is not the reply's code: its RCPT refusals
# are temporary and its refusals after the data permanent, whatever their texts say.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DDMailServer's and go-smtp's; the DSNs are made.
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
#   "451 4.0.0 550 No such user here"   (Rcpt: the domain is handled and enabled but GetMailbox finds no mailbox of
#                              that local part) to RCPT TO, to every attempt, for nils@ and noah@ beta.test
#   "451 4.0.0 550 Relay access denied - domain not handled"   (Rcpt: GetDomainByName finds no domain of that name)
#                              to RCPT TO, to every attempt, for ray@delta.test
#   "451 4.0.0 550 Mailbox disabled"   (Rcpt: the mailbox exists but is not enabled) to RCPT TO, to every attempt, for
#                              mabel@beta.test
#   "554 5.0.0 Error: transaction failed: 550 Message rejected: missing Message-ID header"   (Data: the parsed
#                              message has no Message-ID; the server never makes one up) after the message, for mia@
#                              and mick@ beta.test
#   "554 5.0.0 Error: transaction failed: 550 Message rejected - no recipients in To header"   (Data: the parsed
#                              message's To header holds no address) after the message, for toby@beta.test
#   "554 5.0.0 Error: transaction failed: 550 Message rejected - recipient not in To/Cc headers"   (Data: no envelope
#                              recipient appears in the To or Cc header) after the message, for cora@beta.test
#   "554 5.0.0 Error: transaction failed: 451 Failed to deliver message to any recipient"   (Data: saving the message
#                              failed for every recipient: no inbox, no UID, the database refused it) after the message,
#                              for fay@ and fern@ beta.test
# Not served: "550 Invalid recipient address" and "... format" (addresses the senders would not route), "550 Relay
# access denied - domain disabled" (a domain the administrator switched off), "503 No sender specified" and "503 No
# valid recipients" (which go-smtp's own sequence checks come before), the failure to read the data, and go-smtp's own
# replies (size, recipient limit, syntax, sequence, AUTH and TLS).
# The replies are chosen by recipient, not by anything the senders did: every message has a Message-ID and names its
# recipient in To, no domain or mailbox is configured anywhere (delta.test is a domain the replaying server serves).
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ddmailserver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DDMailServer's replies as go-smtp writes them.
NOUSER='451 4.0.0 550 No such user here'
NOMSGID='554 5.0.0 Error: transaction failed: 550 Message rejected: missing Message-ID header'
NOSAVE='554 5.0.0 Error: transaction failed: 451 Failed to deliver message to any recipient'
printf '%s\t%s\t%s\n' \
    nils@beta.test rcpt "$NOUSER" \
    noah@beta.test rcpt "$NOUSER" \
    ray@delta.test rcpt '451 4.0.0 550 Relay access denied - domain not handled' \
    mabel@beta.test rcpt '451 4.0.0 550 Mailbox disabled' \
    mia@beta.test eom "$NOMSGID" \
    mick@beta.test eom "$NOMSGID" \
    toby@beta.test eom '554 5.0.0 Error: transaction failed: 550 Message rejected - no recipients in To header' \
    cora@beta.test eom '554 5.0.0 Error: transaction failed: 550 Message rejected - recipient not in To/Cc headers' \
    fay@beta.test eom "$NOSAVE" \
    fern@beta.test eom "$NOSAVE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	nils@beta.test	192.0.2.25	Nils,\n\nthe rowing machine is fixed.\n\nCarol
domain-not-handled	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe walking group starts at nine.\n\nCarol
missing-message-id	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe pumpkin contest results are in.\n\nCarol
no-recipients-in-to	carol@alpha.test	toby@beta.test	192.0.2.25	Toby,\n\nthe stall rota is pinned up.\n\nCarol
failed-to-deliver	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe printer in the office is jammed.\n\nCarol
exim-no-such-user	pat@pi.test	noah@beta.test	192.0.2.35	Noah,\n\nthe ferry leaves at ten.\n\nPat
exim-mailbox-disabled	pat@pi.test	mabel@beta.test	192.0.2.35	Mabel,\n\nthe cake stall needs a table.\n\nPat
exim-missing-message-id	pat@pi.test	mick@beta.test	192.0.2.35	Mick,\n\nthe paint for the fence has arrived.\n\nPat
exim-recipient-not-in-headers	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe choir robes are cleaned.\n\nPat
exim-failed-to-deliver	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe compost bins are full.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the
# four temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
