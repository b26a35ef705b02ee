#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-poshtar: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# poshtar, Prokleta-Kuja's self-hosted mail server in C# (ASP.NET; its own SMTP server, derived from cosullivan's
# SmtpServer library, receives on port 25 and takes submissions, Dovecot keeps the mailboxes, Hangfire jobs deliver;
# the repository Prokleta-Kuja/poshtar, no licence file read; read with the search tool; only the reply texts are
# quoted), whose own code writes the replies below: src/poshtar/Smtp/AntiSpam.cs (commit 03c3bd405114, CheckSpfAsync:
# the SPF check of the MAIL FROM domain; with EnforceSpf set, every result but Pass throws
# `new ResponseException(new Response(ReplyCode.TransactionFailed, $"SPF {ctx.Spf}"), true)`, ReplyCode.TransactionFailed
# being 554 and ctx.Spf the SpfQualifier that ARSoft.Tools.Net's SpfValidator returned: Fail, SoftFail, None, Neutral,
# TempError or PermError; the code's comment says "the error is used to return a 4xx status code" for TempError, but it
# sends the same 554), read beside src/poshtar/Smtp/Commands/MailCommand.cs (commit 6c06e1fc8aed, the earlier version that
# ran the SPF check inline at MAIL FROM and closed the session), src/poshtar/Smtp/Io.cs and Responses.cs (commit
# 01892de0a6b8: WriteReplyAsync writes "<code> <message>" and CRLF, with no enhanced code) and src/poshtar/Smtp/Session.cs
# (commit 890e4079a0e1: a ResponseException that asks to quit is written as it is, without the ", N retry(ies)
# remaining." suffix of the others, and the session ends). The stored copy holds no version of the commands that calls
# CheckSpfAsync; it takes the sender's domain, so it is served to MAIL FROM, where the earlier MailCommand made the check.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it (chosen by the connecting client's address, as poshtar's
# verdict depends on the client and the sender's domain, not on the recipient):
#   "554 SPF Fail"        to MAIL FROM, for the sending Postfix's first address 192.0.2.25 (mail to beta.test)
#   "554 SPF TempError"   to MAIL FROM, for the sending Postfix's second address 192.0.2.24 (mail to gamma.test)
#   "554 SPF SoftFail"    to MAIL FROM, for the sending Exim's first address 192.0.2.35 (mail to beta.test)
#   "554 SPF None"        to MAIL FROM, for the sending Exim's second address 192.0.2.34 (mail to gamma.test)
# The replaying server does not check SPF (the zone has no SPF records): the four results are chosen, one to each client
# address. poshtar closes the connection after each of these replies; the replaying server keeps it open, and each
# sender, having failed the message, quits on its own.
# Not served: the greeting and EHLO answer (the replaying server's are used); "554 SPF Neutral" and "554 SPF PermError"
# (the same frame; the layout has four client addresses); AntiSpam.cs's other refusals, whose callers the stored copy
# does not hold either: "554 Invalid IP", "554 Invalid HELO/EHLO", "554 Forward DNS lookup didn't match the IP",
# "554 Reverse DNS lookup didn't match the HELO/EHLO" (the HELO/EHLO name checked against forward and reverse DNS),
# "554 Listed at <zones>" (the client in more block lists than not), "554 Invalid sender" (a MAIL FROM without a valid
# domain, which a bounce's empty sender is) and the bare "554 " of its ASN, client-name and failed-command limits;
# RcptCommand.cs's "553 mailbox name not allowed" and MailCommand.cs's "552 size limit exceeded" (the texts of
# SmtpServer's stock responses, which poshtar's Responses.cs copies, not poshtar's words).
# Each message has two recipients and is a few lines of plain text; all four refusals are permanent and each sender
# returns its messages at once.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-poshtar}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): poshtar's SPF refusals, one to each client address.
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 mail '554 SPF Fail' \
    client:192.0.2.24 mail '554 SPF TempError' \
    client:192.0.2.35 mail '554 SPF SoftFail' \
    client:192.0.2.34 mail '554 SPF None' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	fern@beta.test,finn@beta.test	192.0.2.25	Fern, Finn,\n\nthe hedge by the lane wants cutting back.\n\nCarol
spf-temperror	carol@alpha.test	tess@gamma.test,todd@gamma.test	192.0.2.25	Tess, Todd,\n\nthe ferry timetable changed in May.\n\nCarol
exim-spf-softfail	pat@pi.test	rhea@beta.test,rolf@beta.test	192.0.2.35	Rhea, Rolf,\n\nthe quiz night moved to the upstairs room.\n\nPat
exim-spf-none	pat@pi.test	nell@gamma.test,noah@gamma.test	192.0.2.35	Nell, Noah,\n\nthe spare key is under the flowerpot.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
