#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email-router: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of email_router, yumusb's mail forwarder in Go (an SMTP server on yumusb's fork of emersion's go-smtp, the MX of its
# owner's alias domains: mail to any alias of the domains is forwarded to one private mailbox, to a Telegram bot and to
# a webhook, the sender rewritten so that the owner can answer through it; the owner can block senders and disable
# aliases by mail to router-admin@; the repository yumusb/email_router, no licence file read; read with the search tool;
# only the reply texts are quoted), whose own code writes every reply below, each an smtp.SMTPError that the code
# builds with its own code, enhanced code and text and that go-smtp writes as "<code> <enhanced code> <text>", one
# line: main.go (commit f8ec19ff53f7: SPFCheck, and Session.Data, which reads the message, then checks the recipients'
# domains, runs SPFCheck on the envelope sender and checks the recipient's form) and func.go (commit fc2676b013c8, and
# the later stored version with the rule manager: Session.Rcpt, which refuses a disabled alias and a domain not
# handled). The replies:
#   to RCPT TO "554 5.7.1 Domain not handled by this mail server" (no recipient of the transaction is in the
#   configured AllowedDomains; Session.Rcpt of func.go at fc2676b013c8 and later) and "550 5.1.1 Recipient address
#   disabled" (the owner disabled the alias with a DISABLE command; Rules.IsDisabledRecipient, in the later func.go);
#   after the message "550 5.1.0 Invalid recipient" (the alias is not of the forms the code accepts, letters, digits,
#   underscores and dashes, or a reply address with "_at_"; Session.Data);
#   after the message, as main.go at f8ec19ff53f7 runs SPFCheck in Session.Data (later versions run it at MAIL FROM):
#   "550 5.7.0 SPF check failed" (SPF Fail), "550 5.1.2 SPF check permanent error" (SPF PermError: the sender domain's
#   record is invalid), "450 5.0.0 SPF check softfail (no SPF record)" (SPF None: the sender domain publishes no
#   record), "450 5.0.1 SPF check softfail" (SPF SoftFail) and "451 4.0.0 Temporary SPF check error" (SPF TempError);
#   the two 450 replies carry an enhanced code of class 5, as the code writes them.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# email_router's; the DSNs are made.
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
#   "554 5.7.1 Domain not handled by this mail server"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 5.1.1 Recipient address disabled"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 5.1.0 Invalid recipient"   after the message, for ivy@ and ian@ beta.test
#   "550 5.7.0 SPF check failed"   after the message, for sam@ and sid@ beta.test
#   "550 5.1.2 SPF check permanent error"   after the message, for pam@ and per@ beta.test
#   "450 5.0.0 SPF check softfail (no SPF record)"   after the message, to every attempt, for nia@ and ned@ beta.test
#   "450 5.0.1 SPF check softfail"   after the message, to every attempt, for sue@ and sal@ beta.test
#   "451 4.0.0 Temporary SPF check error"   after the message, to every attempt, for tim@ and tom@ beta.test
# Not served: the greeting and EHLO answer (go-smtp's; the replaying server's are used); "554 5.7.1 Sender address
# rejected: Access denied" (a blocked sender, to MAIL FROM in the later version: Postfix's own words for an access
# map's REJECT); "550 5.1.0 Invalid remote address" (the client's address cannot be parsed, which does not happen on
# TCP); "invalid email address format" (MAIL FROM and RCPT TO with an address net/mail cannot parse, which go-smtp
# frames itself and no relaying MTA sends), the parse and read errors of Session.Data (enmime's and bytes' words,
# framed by go-smtp) and go-smtp's stock replies (syntax, sequence, size, 50 recipients, STARTTLS). The replies are
# chosen by recipient, not by anything the senders did: each message has one recipient and is a few lines of plain
# text, and no SPF check is made (the senders publish no SPF record). The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email-router}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): email_router's replies.
NOTHANDLED='554 5.7.1 Domain not handled by this mail server'
DISABLED='550 5.1.1 Recipient address disabled'
INVALID='550 5.1.0 Invalid recipient'
SPFFAIL='550 5.7.0 SPF check failed'
SPFPERM='550 5.1.2 SPF check permanent error'
SPFNONE='450 5.0.0 SPF check softfail (no SPF record)'
SPFSOFT='450 5.0.1 SPF check softfail'
SPFTEMP='451 4.0.0 Temporary SPF check error'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NOTHANDLED" \
    gil@gamma.test rcpt "$NOTHANDLED" \
    dan@beta.test rcpt "$DISABLED" \
    dot@beta.test rcpt "$DISABLED" \
    ivy@beta.test eom "$INVALID" \
    ian@beta.test eom "$INVALID" \
    sam@beta.test eom "$SPFFAIL" \
    sid@beta.test eom "$SPFFAIL" \
    pam@beta.test eom "$SPFPERM" \
    per@beta.test eom "$SPFPERM" \
    nia@beta.test eom "$SPFNONE" \
    ned@beta.test eom "$SPFNONE" \
    sue@beta.test eom "$SPFSOFT" \
    sal@beta.test eom "$SPFSOFT" \
    tim@beta.test eom "$SPFTEMP" \
    tom@beta.test eom "$SPFTEMP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-handled	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe sloe gin is ready to bottle.\n\nCarol
recipient-disabled	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe verge by the school is mown.\n\nCarol
invalid-recipient	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe cricket nets are up again.\n\nCarol
spf-failed	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe owl box has a tenant.\n\nCarol
spf-permanent-error	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe post van comes at eleven now.\n\nCarol
spf-no-record	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe beans want stringing.\n\nCarol
spf-softfail	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe shop has run out of candles.\n\nCarol
spf-temporary-error	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe footbridge is closed till May.\n\nCarol
exim-domain-not-handled	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe blackberries are early this year.\n\nPat
exim-recipient-disabled	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe hall needs chairs for the play.\n\nPat
exim-invalid-recipient	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe barn owl was out at dusk.\n\nPat
exim-spf-failed	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe hedgehog house is finished.\n\nPat
exim-spf-permanent-error	pat@pi.test	per@beta.test	192.0.2.35	Per,\n\nthe river is up to the second step.\n\nPat
exim-spf-no-record	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe cake stall raised forty pounds.\n\nPat
exim-spf-softfail	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe gate latch is fixed at last.\n\nPat
exim-spf-temporary-error	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe quiz night is on Friday.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the three
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
