#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-go-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# go-smtpd, Brad Fitzpatrick's SMTP server package for Go (bradfitz/go-smtpd, smtpd/smtpd.go: "Package smtpd implements
# an SMTP server. Hooks are provided to customize its behavior."; its readme names no licence, as its copy in the index
# shows it), each reply as its code writes it when a hook refuses; a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the package's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): bradfitz/go-smtpd, smtpd/smtpd.go (commit 0ad557928e20) and its example
# server ajas/ajas.go (commit 4a3b93dc5046). The package writes a fixed reply when a hook of the program that uses it
# returns an error (an error of its type SMTPError is written as it is instead); what the code says each means (the
# hooks' comments and the branches):
#   OnNewConnection ("if non-nil, is called on new connections. If it returns non-nil, the connection is closed"):
#     "554 connection rejected", instead of the greeting;
#   OnNewMail ("called when a new message beings. (when a MAIL FROM line arrives)") refusing the sender ("rejecting MAIL
#     FROM %q: %v" to the error hook): "451 denied", and the connection is closed;
#   the envelope's AddRecipient refusing a recipient (ajas's example: "we don't send email to bad@"): "550 bad
#     recipient";
#   the envelope's Write failing while the message is taken in (the program's store of each line): "550 ??? failed",
#     and the session ends.
# The selection (stated before the run, not by what any reader makes of the texts): the four fallback replies of the
# package's hooks, which any program built on it gives unless it writes its own. The connect and MAIL FROM refusals,
# which the replaying server keys by client, go to each sender's second address (192.0.2.24, the Postfix's, meets
# OnNewConnection's 554; 192.0.2.34, the Exim's, meets OnNewMail's 451; they use them for gamma.test only), so each of
# those texts reaches one sender; the recipient refusal and the failure while the message is taken in reach both (the
# latter written after the message's final dot, where a sender reads it: the package writes it as soon as the line's
# store fails, while the sender may still be sending). Nothing was filled in or changed. Not served: "554 5.5.1 Error: no
# valid recipients" (BasicEnvelope's BeginData with no recipient, which a sender whose recipients were accepted does not
# meet), "451 Server.OnNewMail not configured" (a program that set no hook), and the replies to malformed or
# out-of-order commands ("501 5.1.7 Bad sender address syntax", "503 5.5.1 Error: nested MAIL command", "502 5.5.2
# Error: command not recognized", ...). Served:
#   "554 connection rejected"     connect, client 192.0.2.24     gus@, gia@gamma.test (the Postfix)
#   "451 denied"                  MAIL FROM, client 192.0.2.34   gwen@, glen@gamma.test (the Exim)
#   "550 bad recipient"           RCPT TO   bo@, bea@beta.test; ben@beta.test
#   "550 ??? failed"              after the message   wes@beta.test; wyn@beta.test
# The temporary reply (and the Postfix's 5XX greeting, which it treats as a server to skip) is served to every attempt,
# so the sender warns after a minute and returns after three.
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few lines without
# an attachment, the senders give HELO and qualified addresses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-go-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the package's replies.
BAD_RECIPIENT='550 bad recipient'
WRITE_FAILED='550 ??? failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 connection rejected' \
    client:192.0.2.34 mail '451 denied' \
    bo@beta.test rcpt "$BAD_RECIPIENT" \
    bea@beta.test rcpt "$BAD_RECIPIENT" \
    ben@beta.test rcpt "$BAD_RECIPIENT" \
    wes@beta.test eom "$WRITE_FAILED" \
    wyn@beta.test eom "$WRITE_FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-rejected	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe tithe barn opens for the fair.\n\nCarol
bad-recipient	carol@alpha.test	bo@beta.test,bea@beta.test	192.0.2.25	Bo, Bea,\n\nthe stargazing night is clear.\n\nCarol
write-failed	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe model railway club meets upstairs.\n\nCarol
exim-denied	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe scarecrow trail map is ready.\n\nPat
exim-bad-recipient	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe well dressing starts on Saturday.\n\nPat
exim-write-failed	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe bridge club has a new table.\n\nPat
SEND
# four returns at once (both recipient refusals and both refusals after the message), then for the Postfix's refused
# greeting and the Exim's 451 a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
