#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-spfbl: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# SPFBL's Postfix policy script, the client by which a Postfix asks an SPFBL server (Leandro Carlos Rodrigues's service
# that joins SPF and DNSBL: an SPF check, a reputation kept from spam complaints, block lists, greylisting) what to do
# with a recipient, and turns its answer into an access(5) action of its own words (the repository leonamp/SPFBL, read
# with the search tool: client/spfblpostfix.pl at commit 4591a7be2142, "Este é um script que processa o SPFBL dentro do
# Postfix", run by spawn(8) as check_policy_service in smtpd_recipient_restrictions; an older version at commit
# 01790530eb27 has the same texts without " See http://spfbl.net/en/feedback"; README.md at commit 013696bf5ebf,
# "Respostas SPFBL", what each answer means; the Java sources' headers, "SPFBL is free software ... GNU General Public
# License ... version 3 of the License, or (at your option) any later version"; only the reply texts are quoted). The
# script prints "action=NNN X.Y.Z text" (or "action=DEFER text") and Postfix's smtpd writes it at RCPT TO as
# "NNN X.Y.Z <recipient>: Recipient address rejected: text" (a DEFER as access_map_defer_code 450 with 4.7.1), which is
# what the replaying server sends.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SPFBL's script's and Postfix's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at RCPT TO (the SPFBL server's answer in brackets):
#   "451 4.7.2 <rcpt>: Recipient address rejected: SPFBL you are temporarily blocked on this server. See
#        http://spfbl.net/en/feedback"   (LISTED: the sender is listed for a while in SPFBL's block list, the message
#        delayed), to every attempt, for lars@beta.test
#   "451 4.7.1 <rcpt>: Recipient address rejected: SPFBL you are greylisted on this server. See
#        http://spfbl.net/en/feedback"   (GREYLIST: the sender's reputation flag is YELLOW, the message delayed until
#        the greylisting ends), to every attempt, for gina@ and gus@ beta.test
#   "450 4.7.1 <rcpt>: Recipient address rejected: [SPF] A transient error occurred when checking SPF record. Try again
#        later."   (TIMEOUT: the SPFBL server gave no answer within the script's 10 seconds), to every attempt, for
#        tim@beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: SPFBL you are permanently blocked in this server. See
#        http://spfbl.net/en/feedback"   (BLOCKED: the sender is on the block list, blocked by hand), for bob@ and
#        bea@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: SPFBL sender has non-existent internet domain. See
#        http://spfbl.net/en/feedback"   (NXDOMAIN: the sender's domain does not exist), for nina@beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: SPFBL hostname and sender are both invalids. See
#        http://spfbl.net/en/feedback"   (INVALID: the client's address or the sender's is not valid), for ivan@beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: SPFBL message rejected due to receiver policy for SPF fail. Please
#        see http://www.openspf.net/Why?s=mfrom;id=<sender>;ip=<client>"   (FAIL: the sender's SPF check failed), for
#        fred@beta.test
#   "550 5.1.1 <rcpt>: Recipient address rejected: SPFBL unknown user in virtual mailbox table. See
#        http://spfbl.net/en/feedback"   (INEXISTENT: no such recipient), for una@ and ulf@ beta.test
# Not served: a LISTED or BLOCKED answer with its own URL ("SPFBL <answer>": the server's words), the invalid sender
# address text (ERROR: INVALID SENDER), the DISCARD, HOLD, PREPEND and WARN actions (no refusal).
# The replies are chosen by recipient, not by anything the senders did: no SPFBL server was asked. Each sender warns
# after a minute and returns the message after 3 for the temporary replies. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-spfbl}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the script's actions as Postfix's smtpd writes them at RCPT TO.
R='<{rcpt}>: Recipient address rejected:'
FB='See http://spfbl.net/en/feedback'
LISTED="451 4.7.2 $R SPFBL you are temporarily blocked on this server. $FB"
GREY="451 4.7.1 $R SPFBL you are greylisted on this server. $FB"
TIMEOUT="450 4.7.1 $R [SPF] A transient error occurred when checking SPF record. Try again later."
BLOCKED="554 5.7.1 $R SPFBL you are permanently blocked in this server. $FB"
NXDOMAIN="554 5.7.1 $R SPFBL sender has non-existent internet domain. $FB"
INVALID="554 5.7.1 $R SPFBL hostname and sender are both invalids. $FB"
FAIL="554 5.7.1 $R SPFBL message rejected due to receiver policy for SPF fail. Please see http://www.openspf.net/Why?s=mfrom;id={sender};ip={client}"
INEXISTENT="550 5.1.1 $R SPFBL unknown user in virtual mailbox table. $FB"
printf '%s\t%s\t%s\n' \
    lars@beta.test rcpt "$LISTED" \
    gina@beta.test rcpt "$GREY" \
    gus@beta.test rcpt "$GREY" \
    tim@beta.test rcpt "$TIMEOUT" \
    bob@beta.test rcpt "$BLOCKED" \
    bea@beta.test rcpt "$BLOCKED" \
    nina@beta.test rcpt "$NXDOMAIN" \
    ivan@beta.test rcpt "$INVALID" \
    fred@beta.test rcpt "$FAIL" \
    una@beta.test rcpt "$INEXISTENT" \
    ulf@beta.test rcpt "$INEXISTENT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
listed	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe jumble sale tables need carrying in by nine.\n\nCarol
greylisted	carol@alpha.test	gina@beta.test	192.0.2.25	Gina,\n\nthe pond pump is fixed, the fish seem happier.\n\nCarol
blocked	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe lawnmower is back in the shed.\n\nCarol
non-existent-domain	carol@alpha.test	nina@beta.test	192.0.2.25	Nina,\n\nthe recycling moved to Wednesdays.\n\nCarol
invalid	carol@alpha.test	ivan@beta.test	192.0.2.25	Ivan,\n\nthe scarecrow competition closes on Friday.\n\nCarol
spf-fail	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe apple press is free next weekend.\n\nCarol
unknown-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe carol singers meet at the lych gate.\n\nCarol
exim-greylisted	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe marquee pegs are in the red bag.\n\nPat
exim-timeout	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe chess club starts again in January.\n\nPat
exim-blocked	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe bird table needs a new roof.\n\nPat
exim-unknown-user	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe kayak rack has one space left.\n\nPat
SEND
# seven refusals for good returned at once (five by the Postfix, two by the Exim) and, for each of the four deferred
# messages (two by each sender), a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
