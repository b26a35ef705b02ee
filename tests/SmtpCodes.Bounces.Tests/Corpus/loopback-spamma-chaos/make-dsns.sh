#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-spamma-chaos: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the chaos addresses of Spamma, Andrew Davis's (GitHub roly445) self-hosted disposable-mail catcher for
# testing in C# (ASP.NET with Marten on PostgreSQL; its SMTP side is cosullivan's SmtpServer library): an operator
# creates, for a subdomain whose mail Spamma catches, a "chaos address" (a local part) and picks for it one SMTP code
# from Spamma's own enum; mail to that address is then refused with that code, so that the program under test meets a
# refusal of the operator's choosing. (`roly445/spamma`, MIT, its LICENSE; read with the search tool, only the reply
# texts quoted):
#   src/modules/Spamma.Modules.EmailInbox/Infrastructure/Services/SpammaMessageStore.cs (commits 00c2f450 and
#   235e8f14, the two versions the index holds; both do the same): the SmtpServer message store's SaveAsync, called after
#   the message's final dot, walks the message's To, Cc and Bcc addresses, finds the first whose domain is an active
#   subdomain and whose local part is an enabled chaos address, records the receipt and returns
#   `new SmtpResponse((SmtpReplyCode)code, chaos.ConfiguredSmtpCode.ToString())`: the configured code, and as the text
#   the NAME of the enum member;
#   src/modules/Spamma.Modules.Common.Client/SmtpResponseCode.cs (commit 03796081; the same list under
#   Spamma.Modules.Common in the other version read): the enum, `ServiceNotAvailable = 421, MailboxUnavailable = 450,
#   RequestedActionAborted = 451, InsufficientSystemStorage = 452, SyntaxError = 500, MailboxUnavailablePermanent = 550,
#   UserNotLocalTryForwardPath = 551, ExceededStorageAllocation = 552, MailboxNameNotAllowed = 553`.
# SmtpServer writes a response as "<code> <text>" on one line (no enhanced code is added), so each reply on the wire is
# the number and the member's name, e.g. "450 MailboxUnavailable". The names are Spamma's words (its enum); SmtpServer's
# own stock texts for those codes ("mailbox name not allowed" and the like) are other words and are not served.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Spamma's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot, as SaveAsync answers
# there), one chaos address to each, two recipients to a reply text:
#   "421 ServiceNotAvailable"           to every attempt, for sam@ and sue@ beta.test (the replaying server closes the
#                                       connection after a 421; SmtpServer does not, which changes nothing for a sender)
#   "450 MailboxUnavailable"            to every attempt, for mia@ and max@ beta.test
#   "451 RequestedActionAborted"        to every attempt, for ada@ and abe@ beta.test
#   "452 InsufficientSystemStorage"     to every attempt, for ivy@ and ian@ beta.test
#   "500 SyntaxError"                   for syd@ and sol@ beta.test
#   "550 MailboxUnavailablePermanent"   for pam@ and pip@ beta.test
#   "551 UserNotLocalTryForwardPath"    for ula@ and uri@ beta.test
#   "552 ExceededStorageAllocation"     for eve@ and eli@ beta.test
#   "553 MailboxNameNotAllowed"         for nan@ and ned@ beta.test
# Not served: SmtpServer's greeting, EHLO answer and stock replies (the replaying server's are used; it advertises
# ENHANCEDSTATUSCODES, which Spamma's replies do not use), SmtpServer's stock "553 mailbox name not allowed" that
# SaveAsync returns when no recipient's domain is an active subdomain, its stock "554 transaction failed" when the
# message cannot be stored, and the "250" of mail kept. Spamma matches chaos addresses in the message's To/Cc/Bcc
# header; each message here has one recipient, named in its To header and its envelope alike. Each message is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-spamma-chaos}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Spamma's chaos-address replies, all after the message.
printf '%s\t%s\t%s\n' \
    sam@beta.test eom '421 ServiceNotAvailable' \
    sue@beta.test eom '421 ServiceNotAvailable' \
    mia@beta.test eom '450 MailboxUnavailable' \
    max@beta.test eom '450 MailboxUnavailable' \
    ada@beta.test eom '451 RequestedActionAborted' \
    abe@beta.test eom '451 RequestedActionAborted' \
    ivy@beta.test eom '452 InsufficientSystemStorage' \
    ian@beta.test eom '452 InsufficientSystemStorage' \
    syd@beta.test eom '500 SyntaxError' \
    sol@beta.test eom '500 SyntaxError' \
    pam@beta.test eom '550 MailboxUnavailablePermanent' \
    pip@beta.test eom '550 MailboxUnavailablePermanent' \
    ula@beta.test eom '551 UserNotLocalTryForwardPath' \
    uri@beta.test eom '551 UserNotLocalTryForwardPath' \
    eve@beta.test eom '552 ExceededStorageAllocation' \
    eli@beta.test eom '552 ExceededStorageAllocation' \
    nan@beta.test eom '553 MailboxNameNotAllowed' \
    ned@beta.test eom '553 MailboxNameNotAllowed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
service-not-available	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe allotment gate has a new padlock.\n\nCarol
mailbox-unavailable	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe canoe club meets on Thursday.\n\nCarol
requested-action-aborted	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe pumpkin seedlings are ready to plant.\n\nCarol
insufficient-system-storage	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe library sale starts at ten.\n\nCarol
syntax-error	carol@alpha.test	syd@beta.test	192.0.2.25	Syd,\n\nthe bike trailer has a flat tyre.\n\nCarol
mailbox-unavailable-permanent	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe pottery kiln is warm by noon.\n\nCarol
user-not-local-try-forward-path	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe hedge trimmer is back in the garage.\n\nCarol
exceeded-storage-allocation	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe cider press needs two more hands.\n\nCarol
mailbox-name-not-allowed	carol@alpha.test	nan@beta.test	192.0.2.25	Nan,\n\nthe rowing boat is tied at the jetty.\n\nCarol
exim-service-not-available	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe lantern walk is on Friday.\n\nPat
exim-mailbox-unavailable	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe greenhouse door sticks again.\n\nPat
exim-requested-action-aborted	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe chess club moved to the cafe.\n\nPat
exim-insufficient-system-storage	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe hay bales arrived this morning.\n\nPat
exim-syntax-error	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe mural needs one more coat.\n\nPat
exim-mailbox-unavailable-permanent	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe bird feeder is full again.\n\nPat
exim-user-not-local-try-forward-path	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe ferry times changed for winter.\n\nPat
exim-exceeded-storage-allocation	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe quilt show opens on Sunday.\n\nPat
exim-mailbox-name-not-allowed	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe bread oven is lit at six.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the eight
# temporary cases (four to each sender) a warning after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
