#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-quackmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of quackmail's inbound mail service, the public MX and the local LMTP listener of quackmail, Yjlion's Citadel-like
# mail and groupware server in C++ built as DuckDB extensions (mail rooms, IMAP, JMAP, CalDAV, Sieve, a web
# interface; repository Yjlion/quackmail, no licence file read; read with the search tool; only the reply texts are
# quoted). One handler serves both listeners, parameterized by a mode (Mx on the SMTP port, Lmtp on the LMTP port):
#   smtp_in/src/quackmail_smtp_in_extension.cpp, HandleInbound (the stored version with the LMTP listener, the index's
#   file id 61975741434, whose commit the index does not name; the older version at commit 0b98f8b58ff7 has the MX
#   path only). Every reply is written whole by the code with stream.WriteLine, enhanced code included:
#     to MAIL FROM (MX only) "550 5.7.1 Sender rejected" (the site's access list blocks the sender or its domain, and
#     the rule carries no note of its own, which would replace the words);
#     to RCPT TO (MX only) "550 5.7.1 Recipient rejected" (the access list blocks the recipient, no note) and
#     "554 5.7.1 <client address> is listed by <zone>" (the client's address is on a DNSBL zone the admin enabled, with
#     ": <TXT>" after it when the zone publishes a TXT reason; the zones are empty by default, and core/src/rbl.cpp at
#     commit 8a9adf925b73, Check, gives the zone and the TXT; the admin page's own example zone, zen.spamhaus.org, is
#     used here, with no TXT);
#     to RCPT TO (both modes) "550 5.7.1 Relaying denied" (the recipient's domain is not hosted) and "550 5.1.1 No such
#     user here" (no alias or local user);
#     after the message (MX only) "550 5.7.20 DKIM signature verification failed" (a DKIM signature failed, with DKIM
#     enforcement on) and "550 5.7.1 <From domain> publishes DMARC p=reject and this message is not aligned" (DMARC
#     enforcement on);
#     after the message (both modes) "552 5.3.4 Message too large or read error" (the data passed 25 MiB or could not
#     be read; the code sends it and closes the connection);
#     after the message, temporary, "451 4.3.0 Local storage error" (MX: storing the message failed) and
#     "451 4.3.0 <recipient> local storage error" (the LMTP listener's answer for each recipient when storing failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# quackmail's; the DSNs are made.
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
#   "550 5.7.1 Sender rejected"   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test), for
#                              gus@ and gil@ gamma.test
#   "550 5.7.1 Recipient rejected"   to RCPT TO, for rita@ and rex@ beta.test
#   "554 5.7.1 <client> is listed by zen.spamhaus.org"   to RCPT TO, for lee@ and lia@ beta.test (the connecting
#                              address put in by the replaying server's {client})
#   "550 5.7.1 Relaying denied"   to RCPT TO, for rod@ and ron@ beta.test
#   "550 5.1.1 No such user here"   to RCPT TO, for noa@ and nils@ beta.test
#   "550 5.7.20 DKIM signature verification failed"   after the message, for dina@ and dirk@ beta.test
#   "550 5.7.1 alpha.test publishes DMARC p=reject and this message is not aligned"   after the message, for mara@
#                              beta.test (the Postfix's messages are From carol@alpha.test)
#   "550 5.7.1 pi.test publishes DMARC p=reject and this message is not aligned"   after the message, for milo@
#                              beta.test (the Exim's are From pat@pi.test)
#   "552 5.3.4 Message too large or read error"   after the message, for bea@ and ben@ beta.test
#   "451 4.3.0 Local storage error"   after the message, to every attempt, for sol@ and sue@ beta.test
#   "451 4.3.0 <rcpt> local storage error"   after the message, to every attempt, for lou@ and lyn@ beta.test (the
#                              LMTP listener's words, the recipient put in by {rcpt} in angle brackets as the code
#                              writes it)
# Not served: the greeting ("220 quackmail ESMTP ready", "220 quackmail LMTP ready") and EHLO/LHLO answers (the
# replaying server's are used); "554 5.7.1 Access denied" instead of the greeting and "550 5.7.1 HELO rejected" (keyed
# by the client's address and HELO name, which this layout spends on the MAIL FROM refusal; and a refused EHLO is
# followed by a HELO the code accepts unchecked); "550 5.7.23 SPF fail: <explanation>" (the explanation is the SPF
# module's, not read); the access list's notes, which replace the default words; "550 5.7.1 <reason>" and "550 5.7.1
# <recipient> <reason>" after the message (the reason is the recipient's own Sieve reject text); the "500 5.5.1 Use
# LHLO ..." and "Use EHLO ..." replies, "503 5.7.0 AUTH not available; use the submission service" and the sequence and
# syntax replies, which no relaying MTA meets. The replies are chosen by recipient (the MAIL FROM refusal by the
# senders' second address), not by anything the senders did; each message has one recipient and is a few lines of
# plain text, unsigned. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-quackmail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): quackmail's inbound service's replies.
SENDER='550 5.7.1 Sender rejected'
RCPTACL='550 5.7.1 Recipient rejected'
LISTED='554 5.7.1 {client} is listed by zen.spamhaus.org'
RELAY='550 5.7.1 Relaying denied'
NOUSER='550 5.1.1 No such user here'
DKIM='550 5.7.20 DKIM signature verification failed'
TOOLARGE='552 5.3.4 Message too large or read error'
STORAGE='451 4.3.0 Local storage error'
LMTPSTORAGE='451 4.3.0 <{rcpt}> local storage error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    rita@beta.test rcpt "$RCPTACL" \
    rex@beta.test rcpt "$RCPTACL" \
    lee@beta.test rcpt "$LISTED" \
    lia@beta.test rcpt "$LISTED" \
    rod@beta.test rcpt "$RELAY" \
    ron@beta.test rcpt "$RELAY" \
    noa@beta.test rcpt "$NOUSER" \
    nils@beta.test rcpt "$NOUSER" \
    dina@beta.test eom "$DKIM" \
    dirk@beta.test eom "$DKIM" \
    mara@beta.test eom '550 5.7.1 alpha.test publishes DMARC p=reject and this message is not aligned' \
    milo@beta.test eom '550 5.7.1 pi.test publishes DMARC p=reject and this message is not aligned' \
    bea@beta.test eom "$TOOLARGE" \
    ben@beta.test eom "$TOOLARGE" \
    sol@beta.test eom "$STORAGE" \
    sue@beta.test eom "$STORAGE" \
    lou@beta.test eom "$LMTPSTORAGE" \
    lyn@beta.test eom "$LMTPSTORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-rejected	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe lantern parade starts at the mill.\n\nCarol
recipient-rejected	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe pottery kiln is cool enough to open.\n\nCarol
dnsbl-listed	carol@alpha.test	lee@beta.test	192.0.2.25	Lee,\n\nthe hedge trimmer is back on its hook.\n\nCarol
relaying-denied	carol@alpha.test	rod@beta.test	192.0.2.25	Rod,\n\nthe swimming club moved to Tuesdays.\n\nCarol
no-such-user	carol@alpha.test	noa@beta.test	192.0.2.25	Noa,\n\nthe violin case is under the stairs.\n\nCarol
dkim-failed	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe compost bins were emptied today.\n\nCarol
dmarc-not-aligned	carol@alpha.test	mara@beta.test	192.0.2.25	Mara,\n\nthe allotment gate needs oil.\n\nCarol
message-too-large	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe raffle tickets are in the red tin.\n\nCarol
local-storage-error	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe kite string tangled in the oak.\n\nCarol
lmtp-local-storage-error	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe bread oven is lit by seven.\n\nCarol
exim-sender-rejected	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe sailing dinghy has a new rudder.\n\nPat
exim-recipient-rejected	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe bird table fell over in the wind.\n\nPat
exim-dnsbl-listed	pat@pi.test	lia@beta.test	192.0.2.35	Lia,\n\nthe quilt show opens on Friday.\n\nPat
exim-relaying-denied	pat@pi.test	ron@beta.test	192.0.2.35	Ron,\n\nthe ferry timetable changed again.\n\nPat
exim-no-such-user	pat@pi.test	nils@beta.test	192.0.2.35	Nils,\n\nthe sledge is waxed and ready.\n\nPat
exim-dkim-failed	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe rain gauge read two inches.\n\nPat
exim-dmarc-not-aligned	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe chess club needs a new clock.\n\nPat
exim-message-too-large	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe honey jars are labelled now.\n\nPat
exim-local-storage-error	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe lighthouse tour is fully booked.\n\nPat
exim-lmtp-local-storage-error	pat@pi.test	lyn@beta.test	192.0.2.35	Lyn,\n\nthe goat got into the orchard again.\n\nPat
SEND
# sixteen messages refused for good, returned at once (eight by the Postfix, eight by the Exim), then for each of the
# two temporary replies to each sender a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
