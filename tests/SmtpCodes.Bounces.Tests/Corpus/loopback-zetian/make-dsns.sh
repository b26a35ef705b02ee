#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zetian: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Zetian, Taiizor's SMTP server in C# (its own SMTP session code on TcpListener, with message stores, mailbox
# filters, rate limiting, relay and clustering packages and an anti-spam package of SPF, DKIM, DMARC, RBL/DNSBL,
# greylisting and Bayesian checkers; the repository Taiizor/Zetian, no licence file read; read with the search tool;
# only the reply texts are quoted), whose own code writes every reply below, in the anti-spam package's hooks on the
# server's MessageReceived event: src/Zetian.AntiSpam/Extensions/SmtpServerExtensions.cs (commit bf61daa08f0c,
# AddAntiSpam and AddSpamChecker), with the reasons of src/Zetian.AntiSpam/Checkers/SpfChecker.cs, RblChecker.cs and
# GreylistingChecker.cs (commit 269d05a53335), the aggregation of src/Zetian.AntiSpam/Services/AntiSpamService.cs
# (same commit, CheckMessageAsync: the reasons of the checkers that found spam joined with "; ", the scores summed and
# capped at 100) and AntiSpamOptions' default RejectThreshold of 50 (src/Zetian.AntiSpam/Builders/AntiSpamBuilder.cs).
# The session (src/Zetian/Internal/SmtpSession.cs, commit 00c4a634a335, ProcessDataAsync) sends the hook's response
# after the message when the hook cancels it; src/Zetian/Protocol/SmtpResponse.cs (commit 896b3d86fa5c) writes it as
# "<code> <message>", with no enhanced code (the code writes none). All after the message:
#   AddSpamChecker, one checker on its own, a verdict of spam with a score of 50 or more: "550 Message rejected by
#   <checker name>: <reason>", here SpfChecker's "SPF Fail" (the sender domain's SPF record ends in -all and no
#   mechanism matched the client; score 50) and RblChecker's "Listed in 2 RBL(s)" (the client's address listed in two
#   of its DNSBL zones, 25 a listing);
#   AddAntiSpam, the checkers together: "550 Message rejected: <reasons>" for a summed score of 90 or more, here
#   GreylistingChecker's "Greylisting active" (a new client/sender/recipient triplet, score 100); "451 Message
#   temporarily rejected: <reasons>" for 70 to 89, here "Listed in 3 RBL(s)" (score 75); "450 Message greylisted:
#   <reasons>" for 50 to 69, here "SPF Fail" (score 50).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Zetian's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Message rejected by SPF: SPF Fail"   after the message, for sue@ and sol@ beta.test
#   "550 Message rejected by RBL: Listed in 2 RBL(s)"   after the message, for ray@ and rex@ beta.test
#   "550 Message rejected: Greylisting active"   after the message, for gia@ and gus@ beta.test
#   "451 Message temporarily rejected: Listed in 3 RBL(s)"   after the message, to every attempt, for lia@ and lou@
#                              beta.test
#   "450 Message greylisted: SPF Fail"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting "<server name> ESMTP Zetian" and the EHLO answer (the replaying server's are used), the
# session's stock replies from SmtpResponse.cs (RFC 5321's texts, "550 Sender rejected" and "550 Recipient rejected"
# for a mailbox filter's refusal, "452 Too many recipients", "421 Data transfer timeout", "421 Command timeout"), the
# DKIM, DMARC and Bayesian checkers' reasons, reasons joined from several checkers, and the rate limiter's replies.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zetian}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Zetian's anti-spam replies.
SPF='550 Message rejected by SPF: SPF Fail'
RBL='550 Message rejected by RBL: Listed in 2 RBL(s)'
GREY='550 Message rejected: Greylisting active'
RBLTEMP='451 Message temporarily rejected: Listed in 3 RBL(s)'
SPFGREY='450 Message greylisted: SPF Fail'
printf '%s\t%s\t%s\n' \
    sue@beta.test eom "$SPF" \
    sol@beta.test eom "$SPF" \
    ray@beta.test eom "$RBL" \
    rex@beta.test eom "$RBL" \
    gia@beta.test eom "$GREY" \
    gus@beta.test eom "$GREY" \
    lia@beta.test eom "$RBLTEMP" \
    lou@beta.test eom "$RBLTEMP" \
    fay@beta.test eom "$SPFGREY" \
    fox@beta.test eom "$SPFGREY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-by-spf	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe quilting circle meets at the library.\n\nCarol
rejected-by-rbl	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe kayak rack needs a new strap.\n\nCarol
rejected-greylisting-active	carol@alpha.test	gia@beta.test	192.0.2.25	Gia,\n\nthe seed swap is on Saturday morning.\n\nCarol
temporarily-rejected-rbl	carol@alpha.test	lia@beta.test	192.0.2.25	Lia,\n\nthe choir folders are in the vestry.\n\nCarol
greylisted-spf-fail	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe orchard ladder is back in the shed.\n\nCarol
exim-rejected-by-spf	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe tide tables are pinned by the door.\n\nPat
exim-rejected-by-rbl	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe bonfire wood is stacked and dry.\n\nPat
exim-rejected-greylisting-active	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe hedge laying course starts in March.\n\nPat
exim-temporarily-rejected-rbl	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe bus to the coast leaves at eight.\n\nPat
exim-greylisted-spf-fail	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe fiddle group plays on Friday.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies (one message to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
