#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-virtu-mx: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the port-25 mx of virtu, zinc-email's e-mail alias service (its README: "An email alias/proxy service: create a
# unique address per sign-up, revoke it when leaked or abused", a Bun and TypeScript rewrite of a PHP and Postfix
# stack with a SimpleLogin-compatible API), whose mx takes mail for its users' aliases and forwards it to their real
# mailboxes on an SMTP server of its own code (server/src/smtp: the state machine, extensions and framing; the policy
# lives in the mx's hooks) (repository zinc-email/virtu, AGPL-3.0 by its README's "License" section; read with the
# search tool: server/src/mx.ts (at 1c90466cf3cc and a later version), server/src/pipeline/policy.ts (at 11f6a3d0ef18
# and a later version with the rate limits and the queue cap), server/src/queue/quota.ts at 5806198c92fb,
# server/src/mailauth/verify.ts at 23b34547cce7, server/src/smtp/server.ts at 465f887fee7a, server/src/smtp/wire.ts at
# a174919d27f4, README.md at 060aed5add4e; only the reply texts are quoted). The server writes a hook's rejection with
# wire.ts's reply(code, enhanced, text): "<code> <enhanced> <text>", one line. Its own code writes every reply below:
#   policy.ts, decideRcpt (the mx's onRcptTo, through evaluateRcpt and rejectWith): "550 5.7.1 Account is disabled"
#   (the alias's owner is disabled), "450 4.7.1 Recipient is receiving mail too fast, try again later" (the alias
#   over its trailing-minute inbound budget), "450 4.7.1 Recipient mailbox is receiving mail too fast, try again
#   later" (the mailbox behind it over its budget) and queue/quota.ts's QUEUE_FULL_REPLY,
#   "452 4.3.1 Recipient's mail queue is full, try again later" (the owner's pending outbound queue at its cap);
#   smtp/server.ts, runHook: "451 4.3.0 Internal server error" when a hook throws (the RCPT TO hook's database queries
#   failing, say);
#   mx.ts, handleInboundData (the onData hook), with mailauth/verify.ts's default policy: "550 5.7.1 Email rejected per
#   DMARC policy of <the DMARC domain>" after the message when DMARC fails and the From domain's policy is p=reject
#   (here the senders' own domains, alpha.test and pi.test).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# virtu's; the DSNs are made.
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
#   "550 5.7.1 Account is disabled"   to RCPT TO, for shop.fern@ and news.moss@beta.test
#   "450 4.7.1 Recipient is receiving mail too fast, try again later"   to RCPT TO, every attempt, for promo.lark@ and
#       promo.wren@beta.test
#   "450 4.7.1 Recipient mailbox is receiving mail too fast, try again later"   to RCPT TO, every attempt, for
#       deals.kite@ and deals.hare@beta.test
#   "452 4.3.1 Recipient's mail queue is full, try again later"   to RCPT TO, every attempt, for club.vole@ and
#       club.newt@beta.test
#   "451 4.3.0 Internal server error"   to RCPT TO, every attempt, for forum.ibis@ and forum.puma@beta.test
#   "550 5.7.1 Email rejected per DMARC policy of alpha.test"   after the message, for bank.crow@beta.test (the Postfix's
#       sender's domain); "550 5.7.1 Email rejected per DMARC policy of pi.test" after the message, for
#       bank.swan@beta.test (the Exim's)
# Not served: the greeting ("220 <mail hostname> ESMTP virtu mx") and EHLO answer (the replaying server's are used),
# acceptance ("250 2.1.5 Ok", "250 2.6.0 Ok: queued"; a disabled alias is accepted and its mail dropped, so it refuses
# nothing), decideRcpt's "550 5.1.1 Recipient address rejected: User unknown" (no alias has the address on a domain
# of the service's, and no catch-all mints one) and "554 5.7.1 Relay access denied" (a domain the service does not
# receive for), both Postfix's own words (the first in 126 corpus files already), left out, verify.ts's "550 5.7.23
# SPF validation failed" and the DMARC text for p=quarantine (flagged and delivered under the default policy; refused
# only where the operator sets the policy so), and the server's stock
# replies (syntax and sequence, "452 4.5.3 Too many recipients" past 100 in one message, "552 5.3.4 Message size
# exceeds fixed maximum message size" to a declared SIZE over the limit, the 421 timeouts). The replies are chosen by
# recipient, not by anything the senders did: no database was asked, no DMARC record was published, and each message
# has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (beta.test stands for the service's alias domain).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-virtu-mx}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): virtu's mx replies, as its SMTP server writes them.
DISABLED='550 5.7.1 Account is disabled'
ALIASRATE='450 4.7.1 Recipient is receiving mail too fast, try again later'
MAILBOXRATE='450 4.7.1 Recipient mailbox is receiving mail too fast, try again later'
QUEUEFULL="452 4.3.1 Recipient's mail queue is full, try again later"
INTERNAL='451 4.3.0 Internal server error'
DMARCALPHA='550 5.7.1 Email rejected per DMARC policy of alpha.test'
DMARCPI='550 5.7.1 Email rejected per DMARC policy of pi.test'
printf '%s\t%s\t%s\n' \
    shop.fern@beta.test rcpt "$DISABLED" \
    news.moss@beta.test rcpt "$DISABLED" \
    promo.lark@beta.test rcpt "$ALIASRATE" \
    promo.wren@beta.test rcpt "$ALIASRATE" \
    deals.kite@beta.test rcpt "$MAILBOXRATE" \
    deals.hare@beta.test rcpt "$MAILBOXRATE" \
    club.vole@beta.test rcpt "$QUEUEFULL" \
    club.newt@beta.test rcpt "$QUEUEFULL" \
    forum.ibis@beta.test rcpt "$INTERNAL" \
    forum.puma@beta.test rcpt "$INTERNAL" \
    bank.crow@beta.test eom "$DMARCALPHA" \
    bank.swan@beta.test eom "$DMARCPI" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
account-disabled	carol@alpha.test	shop.fern@beta.test	192.0.2.25	Hello,\n\nthe spring catalogue is ready to download.\n\nCarol
alias-receiving-too-fast	carol@alpha.test	promo.lark@beta.test	192.0.2.25	Hello,\n\nthis week's offers end on Sunday.\n\nCarol
mailbox-receiving-too-fast	carol@alpha.test	deals.kite@beta.test	192.0.2.25	Hello,\n\nyour loyalty points were updated today.\n\nCarol
mail-queue-full	carol@alpha.test	club.vole@beta.test	192.0.2.25	Hello,\n\nthe book club meets on Thursday at seven.\n\nCarol
internal-server-error	carol@alpha.test	forum.ibis@beta.test	192.0.2.25	Hello,\n\nsomeone replied to your post about bicycle lights.\n\nCarol
dmarc-policy-reject	carol@alpha.test	bank.crow@beta.test	192.0.2.25	Hello,\n\nyour monthly statement is ready to view.\n\nCarol
exim-account-disabled	pat@pi.test	news.moss@beta.test	192.0.2.35	Hello,\n\nthe newsletter for May is out.\n\nPat
exim-alias-receiving-too-fast	pat@pi.test	promo.wren@beta.test	192.0.2.35	Hello,\n\nthe summer sale starts on Friday.\n\nPat
exim-mailbox-receiving-too-fast	pat@pi.test	deals.hare@beta.test	192.0.2.35	Hello,\n\nyour voucher expires at the end of the month.\n\nPat
exim-mail-queue-full	pat@pi.test	club.newt@beta.test	192.0.2.35	Hello,\n\nthe walking group leaves from the church at nine.\n\nPat
exim-internal-server-error	pat@pi.test	forum.puma@beta.test	192.0.2.35	Hello,\n\na new topic was started in the allotment forum.\n\nPat
exim-dmarc-policy-reject	pat@pi.test	bank.swan@beta.test	192.0.2.35	Hello,\n\nyour card payment was received.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
