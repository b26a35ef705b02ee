#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-anjal: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP listener of Anjal, arunshivab's self-hosted mail server in C# on .NET (tenants with their own domains,
# mailboxes in Maildir folders, addresses routed to signed webhooks, a webmail, an admin API, SPF, DKIM and DMARC checks,
# spam scoring, greylisting, rate limits and mailbox quotas; its own SMTP server on a TcpListener, no SMTP library; the
# repository arunshivab/anjal; no licence file read; read with the search tool; only the reply texts are quoted), whose
# own code writes every reply below:
#   src/Anjal.Smtp/SmtpSession.cs (commit 58e07bbc3d77aa81e5e4e9da872b0d7175442abc; an earlier version, commit
#   588e7425860046989c585083fdbb9886b39bb6e2, has neither the recipient check nor the policies, and a later one, commit
#   08578dbe20b279cd480c1ea17e4675c2b88f0a7b, adds an enhanced code to a sink's text that has none), HandleMailAsync,
#   HandleRcptAsync and HandleDataAsync: its own literals, and the policy's and the message sink's texts written as
#   "<code> <text>" (a policy refusal "{ReplyCode} {ReplyText}"; a sink's result 451 for a transient failure, 550 for a
#   permanent one, "{code} {ReplyText}"); every reply one line;
#   src/Anjal.Smtp/ISmtpPolicy.cs (commit b128178a7e03; PolicyDecision.Defer's code 451 unless given);
#   src/Anjal.Spam/SmtpPolicies.cs (commit 41af08b4df11; RateLimiter.OnMailFrom, Greylist.OnRcptTo, CompositeSmtpPolicy:
#   the first refusal wins); src/Anjal.Mailbox/QuotaPolicy.cs (commit 4a48f5855ed3) and TenantStatePolicy.cs (commit
#   11bdd6112ecb); src/Anjal.Spam/SpamFilterSink.cs (commit 24676c1174f2); src/Anjal.Mailbox/MailboxSink.cs (commit
#   07d6def254c1, the same texts in the later copies), src/Anjal.Server/RoutingMessageSink.cs (commit 189bc30ad7cd) and
#   src/Anjal.Smtp/CompositeMessageSink.cs (commit 07d6def254c1: the mailbox sink first, then the webhook routing sink;
#   one sink accepting wins, else the transient texts joined with "; ", else the permanent ones); src/Anjal.Server/
#   Program.cs (commit 58e07bbc3d77; the MTA listener's composition: the rate limiter, greylisting on by default with a 300-second delay, the
#   quota and tenant-state policies; the spam filter sink around the fan-out; the recipient check at RCPT TO unless
#   ANJAL_SMTP_LATE_RECIPIENT_CHECK=true).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Anjal's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (beta.test stands for a local domain of a tenant):
#   "451 4.7.1 Too many messages from your address, try again later"   to MAIL FROM, to every attempt, to each sender's
#                              second address (the one it sends gamma.test's mail from), for gus@ and gil@ gamma.test
#                              (RateLimiter: the client address's messages per hour are spent)
#   "550 5.1.1 No such mailbox here"   to RCPT TO, for dan@ and dot@ beta.test (the domain is local and the recipient
#                              resolver says the address certainly does not exist)
#   "451 4.3.0 Temporary server error, try again later"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#                              (the local-domain lookup failed; the quota and tenant-state policies send the same words
#                              when their store cannot be read)
#   "452 4.2.2 Mailbox full"   to RCPT TO, to every attempt, for mae@ and max@ beta.test (QuotaPolicy: the mailbox is at
#                              or over its hard quota)
#   "450 4.2.1 Mailbox temporarily unavailable"   to RCPT TO, to every attempt, for ted@ and tia@ beta.test
#                              (TenantStatePolicy: the mailbox's tenant is disabled)
#   "451 4.7.1 Greylisted, please retry in 300 seconds"   to RCPT TO, to every attempt, for greg@ and gwen@ beta.test
#                              (Greylist: a new client network, sender and recipient triplet, the default delay)
#   "552 5.3.4 Message size exceeds maximum permitted"   after the message, for sam@ and sid@ beta.test (the body passed
#                              the configured maximum)
#   "550 5.7.1 Message refused by content policy"   after the message, for hal@ and hex@ beta.test (SpamFilterSink in
#                              its Reject mode: the spam score reached the threshold)
#   "550 No such mailbox; No accepted recipients"   after the message, for lou@ and lea@ beta.test (with the late
#                              recipient check: the mailbox sink found no mailbox and the routing sink no webhook route)
#   "451 Mailbox storage temporarily unavailable"   after the message, to every attempt, for fay@ and fox@ beta.test (the
#                              mailbox sink could not write the Maildir file: an I/O or permission failure)
# Not served: the greeting ("220 <hostname> Anjal SMTP service ready") and the EHLO answer (the replaying server's are
# used); "550 5.7.1 Relaying denied" (a stock text); "421 4.7.1 Too many connections, try again later" (at connect,
# which closes the connection); "552 5.3.4 Message size exceeds fixed maximum of <n> bytes" (to MAIL FROM after a
# declared SIZE=; the senders' client addresses carry the rate limit here); "550 Message failed DMARC policy (p=reject)"
# (its DMARC evaluation was not read far enough to say when it is sent); "554 5.5.2 Line endings around \".\" must be
# CRLF; message rejected" (no relaying MTA sends a bare dot); "451 Local error while processing message: <exception>"
# (its words depend on the exception); "452 Too many recipients", the syntax, sequence, STARTTLS, AUTH and timeout
# replies and the submission port's replies.
# The greylisting reply names the time left of the delay, so a real one falls with each attempt and a retry after 300
# seconds passes; the senders here give up after 3 minutes, so a real run would defer every attempt too, with smaller
# numbers. The replies are chosen by recipient or client address, not by anything the senders did: each message has one recipient
# and is a few lines of plain text (its To header names the recipient). The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-anjal}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Anjal's SMTP listener's replies.
RATE='451 4.7.1 Too many messages from your address, try again later'
NOBOX='550 5.1.1 No such mailbox here'
TEMPERR='451 4.3.0 Temporary server error, try again later'
FULL='452 4.2.2 Mailbox full'
TENANT='450 4.2.1 Mailbox temporarily unavailable'
GREY='451 4.7.1 Greylisted, please retry in 300 seconds'
SIZE='552 5.3.4 Message size exceeds maximum permitted'
SPAM='550 5.7.1 Message refused by content policy'
LATE='550 No such mailbox; No accepted recipients'
STORE='451 Mailbox storage temporarily unavailable'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$RATE" \
    client:192.0.2.34 mail "$RATE" \
    dan@beta.test rcpt "$NOBOX" \
    dot@beta.test rcpt "$NOBOX" \
    nia@beta.test rcpt "$TEMPERR" \
    ned@beta.test rcpt "$TEMPERR" \
    mae@beta.test rcpt "$FULL" \
    max@beta.test rcpt "$FULL" \
    ted@beta.test rcpt "$TENANT" \
    tia@beta.test rcpt "$TENANT" \
    greg@beta.test rcpt "$GREY" \
    gwen@beta.test rcpt "$GREY" \
    sam@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    hal@beta.test eom "$SPAM" \
    hex@beta.test eom "$SPAM" \
    lou@beta.test eom "$LATE" \
    lea@beta.test eom "$LATE" \
    fay@beta.test eom "$STORE" \
    fox@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-messages-from-address	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe stile by the ford is mended.\n\nCarol
no-such-mailbox-here	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe quiz is on Thursday this week.\n\nCarol
temporary-server-error	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe apple press is free on Sunday.\n\nCarol
mailbox-full	carol@alpha.test	mae@beta.test	192.0.2.25	Mae,\n\nthe choir robes are back from the cleaners.\n\nCarol
tenant-disabled	carol@alpha.test	ted@beta.test	192.0.2.25	Ted,\n\nthe ferry runs again from Monday.\n\nCarol
greylisted	carol@alpha.test	greg@beta.test	192.0.2.25	Greg,\n\nthe bonfire is at the top field.\n\nCarol
message-too-large	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe map of the footpaths is pinned up.\n\nCarol
refused-by-content-policy	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe hives need checking before the frost.\n\nCarol
no-such-mailbox-late-check	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe walking group meets at the lychgate.\n\nCarol
mailbox-storage-unavailable	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe lantern needs a new wick.\n\nCarol
exim-too-many-messages-from-address	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe rowing boat is in the shed.\n\nPat
exim-no-such-mailbox-here	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe hedgehog house is finished.\n\nPat
exim-temporary-server-error	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe logs are stacked by the barn.\n\nPat
exim-mailbox-full	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe tide is low at noon tomorrow.\n\nPat
exim-tenant-disabled	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe cake stall needs two more helpers.\n\nPat
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe kite festival moved to May.\n\nPat
exim-message-too-large	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe weathervane points west again.\n\nPat
exim-refused-by-content-policy	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe puzzle hunt starts at the pub.\n\nPat
exim-no-such-mailbox-late-check	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe bluebells are out in the wood.\n\nPat
exim-mailbox-storage-unavailable	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe gate latch is stiff.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the six
# temporary replies (to each sender) a warning after a minute and a return after 3
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
