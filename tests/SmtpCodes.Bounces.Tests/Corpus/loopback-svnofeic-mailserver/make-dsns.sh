#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-svnofeic-mailserver: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the port-25 listener of Mailserver, svnofeic's mail server in C# on .NET 10 for Windows Server, written
# to replace a SmarterMail (its README: "Ein eigener Mailserver in C#/.NET 10 fuer Windows Server"; SMTP on 25 and
# 587/465, IMAP, DKIM, aliases, quotas, SPF, DKIM and DMARC checks, DNS blocklists and greylisting; the SMTP dialogue
# is cosullivan's SmtpServer library, to which the project hands its own refusals as SmtpResponseException or
# SmtpResponse, each text led by the enhanced code the project writes itself). Read with the search tool in the
# repository svnofeic/Mailserver (its README names no licence; only the reply texts are quoted):
# src/Mailserver.Smtp/Receiving/InboundMailboxFilter.cs at commit e91bd5ef6848 (CanAcceptFromAsync, to MAIL FROM, and
# CanDeliverToAsync, to RCPT TO); src/Mailserver.Smtp/Receiving/RoutingMessageStore.cs at commit d1f6738f383b
# (SaveAsync, after the message); src/Mailserver.AntiSpam/SpamFilter.cs at commit 30dc5651fbba (CheckConnectionAsync,
# CheckSenderAsync and CheckMessageAsync, the texts of the DNSBL, SPF and DMARC refusals); the greylisting delay's
# default of 5 minutes in GreylistingOptions (src/Mailserver.Core/MailserverOptions.cs). A sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the project's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (SmtpServer writes the code, a space and the text):
#   "554 5.7.1 Service unavailable; client [192.0.2.24] blocked using zen.spamhaus.org"   (CheckConnectionAsync: the
#                              client's address is listed in a DNS blocklist whose Action is Reject; the zone is the
#                              configured list's, here zen.spamhaus.org) to MAIL FROM from the Postfix's second address
#                              (out2.alpha.test, for gamma.test), for gus@gamma.test
#   "550 5.7.23 SPF of pi.test does not allow [192.0.2.34] to send"   (CheckSenderAsync: RejectSpfFail on and the
#                              sender domain's SPF fails for the client) to MAIL FROM from the Exim's second address
#                              (out2.pi.test, for gamma.test), for gwen@gamma.test
#   "550 5.7.1 Relaying denied"   (CanDeliverToAsync: the recipient's domain is none of the server's) to RCPT TO, for
#                              ray@ and rex@beta.test
#   "550 5.1.1 User unknown"   (CanDeliverToAsync: no account or alias resolves the address) to RCPT TO, for uma@ and
#                              ugo@beta.test
#   "452 4.2.2 Mailbox full"   (CanDeliverToAsync: every local account the address resolves to is over its quota) to
#                              RCPT TO, to every attempt, for fay@beta.test, sent by the Postfix
#   "451 4.7.1 Greylisted, please try again in 5 minutes"   (CanDeliverToAsync: the greylist does not know the
#                              client, sender and recipient yet; the minutes are the configured delay's, 5 by default)
#                              to RCPT TO, to every attempt, for gil@beta.test, sent by the Exim
#   "554 5.4.6 Too many hops, possible mail loop"   (SaveAsync: the header has MaxHopCount Received: lines or more, 30
#                              by default) after the message, for hal@ and hugo@beta.test
#   "550 5.7.1 Message rejected by DMARC policy of alpha.test" and "... of pi.test"   (CheckMessageAsync: the From
#                              domain's DMARC fails with p=reject and EnforceDmarcReject is on; the domain is the From
#                              header's) after the message, for dora@beta.test (sent by the Postfix) and dirk@beta.test
#                              (sent by the Exim)
#   "451 4.3.0 Temporary server error, please try again later"   (SaveAsync: any exception while the message is
#                              checked or stored) after the message, to every attempt, for tess@beta.test, sent by the
#                              Exim
# Not served: the greeting and the EHLO answer (SmtpServer's), SmtpServer's own replies, "550 5.7.1 Use the submission
# port with authentication to send as a local domain" (to MAIL FROM, where a third client address would be needed),
# "553 5.1.3 Invalid recipient address" (an address MimeKit cannot parse, which neither sender sends), the submission
# port's replies (AUTH, "5.7.1 <user> is not allowed to send as <sender>", the sending limits) and, in later versions
# than the one read, the malware filter's replies. The replies are chosen by recipient or by the client's address, not
# by anything the senders did; the temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-svnofeic-mailserver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailserver's port-25 replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 5.7.1 Service unavailable; client [192.0.2.24] blocked using zen.spamhaus.org' \
    client:192.0.2.34 mail '550 5.7.23 SPF of pi.test does not allow [192.0.2.34] to send' \
    ray@beta.test rcpt '550 5.7.1 Relaying denied' \
    rex@beta.test rcpt '550 5.7.1 Relaying denied' \
    uma@beta.test rcpt '550 5.1.1 User unknown' \
    ugo@beta.test rcpt '550 5.1.1 User unknown' \
    fay@beta.test rcpt '452 4.2.2 Mailbox full' \
    gil@beta.test rcpt '451 4.7.1 Greylisted, please try again in 5 minutes' \
    hal@beta.test eom '554 5.4.6 Too many hops, possible mail loop' \
    hugo@beta.test eom '554 5.4.6 Too many hops, possible mail loop' \
    dora@beta.test eom '550 5.7.1 Message rejected by DMARC policy of alpha.test' \
    dirk@beta.test eom '550 5.7.1 Message rejected by DMARC policy of pi.test' \
    tess@beta.test eom '451 4.3.0 Temporary server error, please try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-blocked	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe lantern parade starts at the school gate.\n\nCarol
relaying-denied	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe tennis ladder is pinned up in the clubhouse.\n\nCarol
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe craft fair tables are booked.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe recycling day moves to Thursday.\n\nCarol
too-many-hops	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe brass band rehearses on Monday.\n\nCarol
dmarc-policy	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe scarecrow trail maps are ready.\n\nCarol
exim-spf-fail	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe village hall roof is mended.\n\nPat
exim-relaying-denied	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe chess club moves to the library.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe litter pick is on Saturday morning.\n\nPat
exim-greylisted	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe cake stall needs two more bakers.\n\nPat
exim-too-many-hops	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe well dressing starts next week.\n\nPat
exim-dmarc-policy	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe duck race is on the river at noon.\n\nPat
exim-temporary-server-error	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe film night shows a western.\n\nPat
SEND
# ten messages refused for good, returned at once (five by each sender), then for the 452 at the Postfix and the two
# 451 replies at the Exim a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
