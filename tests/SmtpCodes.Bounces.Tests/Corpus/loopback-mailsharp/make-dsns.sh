#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailsharp: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of MailSharp, a self-hosted mail server in C# (SMTP, IMAP and POP3 services with a web manager; GitHub user
# alphons, https://github.com/alphons/MailSharp; MIT, as its README.md says (commit 0be9600a7c62; no licence file
# stored); read with the search tool), as its SMTP session code writes them: the configurable replies of its
# "SmtpResponses" section (MailSharp.WebManager/appsettings.json, commit 2286402a9f66) and one reply written into the
# code itself; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are MailSharp's;
# the DSNs are made. Only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Every reply served, the code that writes it and what the code says it means:
#   "550 SPF check failed"
#       MailSharp.SMTP/Session/MAIL.cs (commit d334123249ae), HandleMailAsync ("add SPF check"): when the setting
#       RequireDkim is on, the SPF checker (SpfChecker.CheckSpfAsync) is asked about the client's address and the MAIL
#       FROM domain, and if it does not pass, the reply (written in the code, not in the configuration) answers MAIL
#       FROM. To MAIL FROM from the Postfix's second address (192.0.2.24, the client for gamma.test) and the Exim's
#       (192.0.2.34): gil@, gus@gamma.test.
#   "550 DMARC policy check failed"
#       SmtpResponses:DmarcFailed, written by MailSharp.SMTP/Session/DataEnd.cs (commit 477a86ea207e),
#       HandleDataEndAsync ("Verify DMARC"): after the final dot, when DmarcChecker.CheckDmarcAsync does not pass for the
#       MAIL FROM domain and DmarcSettings:RequireDmarc is on. After the message: dana@, dirk@beta.test.
#   "554 Message rejected: Suspected spam"
#       SmtpResponses:SpamDetected, written by MailSharp.SMTP/Session/DataHeaderEnd.cs (commit 477a86ea207e),
#       HandleHeaderEndAsync ("Basic spam check": a Subject header containing "Buy now"). After the message: sam@,
#       sid@beta.test.
#   "554 Invalid headers: From, To, and Date required"
#       SmtpResponses:InvalidHeaders, written by the same HandleHeaderEndAsync ("Validate required headers": the message
#       lacks a From, To or Date header). After the message: hal@, hugo@beta.test.
#   "421 Service not available, closing transmission channel"
#       SmtpResponses:Shutdown, written by MailSharp.SMTP/Session/SmtpSession.cs (commit 293fe94d3009),
#       ProcessInternalAsync: when the session's cancellation fires other than by its command timeout (the server
#       service stopping), in place of the reply to the next command, and the session ends. To RCPT TO: sol@,
#       stu@beta.test, from both senders, on every attempt, so each sender warns after a minute and returns the message
#       after 3.
# Changed: the stage of the two header replies. MailSharp writes them when the blank line after the message's headers
# arrives, while the client is still sending the body; a sending MTA reads them only after its final dot, so they are
# served there (the replaying server answers each command in turn). The shutdown reply is served to RCPT TO (the code
# writes it to whatever command comes next once the service stops).
# Not served: "550 DKIM verification failed" (SmtpResponses:DkimFailed: its check in DataEnd.cs is commented out),
# "421 Timeout waiting for command" (the client's own silence), "530"/TlsRequired (its text is not in the stored
# configuration), the replies to malformed commands and to AUTH, VRFY and EXPN.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, no SPF, DKIM or DMARC record is published or checked, the messages are
# short plain text with From, To and Date headers and no "Buy now" in their Subject.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailsharp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailSharp's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 SPF check failed' \
    client:192.0.2.34 mail '550 SPF check failed' \
    dana@beta.test eom '550 DMARC policy check failed' \
    dirk@beta.test eom '550 DMARC policy check failed' \
    sam@beta.test eom '554 Message rejected: Suspected spam' \
    sid@beta.test eom '554 Message rejected: Suspected spam' \
    hal@beta.test eom '554 Invalid headers: From, To, and Date required' \
    hugo@beta.test eom '554 Invalid headers: From, To, and Date required' \
    sol@beta.test rcpt '421 Service not available, closing transmission channel' \
    stu@beta.test rcpt '421 Service not available, closing transmission channel' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-check-failed	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe delivery schedule for March is ready.\n\nCarol
dmarc-policy-failed	carol@alpha.test	dana@beta.test,dirk@beta.test	192.0.2.25	Dana, Dirk,\n\nthe training room is free on Wednesday.\n\nCarol
suspected-spam	carol@alpha.test	sam@beta.test,sid@beta.test	192.0.2.25	Sam, Sid,\n\nthe invoices for January went out today.\n\nCarol
invalid-headers	carol@alpha.test	hal@beta.test,hugo@beta.test	192.0.2.25	Hal, Hugo,\n\nthe warehouse keys are at the front desk.\n\nCarol
service-not-available	carol@alpha.test	sol@beta.test,stu@beta.test	192.0.2.25	Sol, Stu,\n\nthe new badges arrive next week.\n\nCarol
exim-spf-check-failed	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe parking permits were renewed.\n\nPat
exim-dmarc-policy-failed	pat@pi.test	dana@beta.test,dirk@beta.test	192.0.2.35	Dana, Dirk,\n\nthe fire drill is on Friday at ten.\n\nPat
exim-suspected-spam	pat@pi.test	sam@beta.test,sid@beta.test	192.0.2.35	Sam, Sid,\n\nthe quarterly figures are in the shared folder.\n\nPat
exim-invalid-headers	pat@pi.test	hal@beta.test,hugo@beta.test	192.0.2.35	Hal, Hugo,\n\nthe canteen closes early on Thursday.\n\nPat
exim-service-not-available	pat@pi.test	sol@beta.test,stu@beta.test	192.0.2.35	Sol, Stu,\n\nthe courier comes at two.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 from each sender for sol@ and stu@
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
