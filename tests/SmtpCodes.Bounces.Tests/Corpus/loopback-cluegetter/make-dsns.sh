#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cluegetter: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of ClueGetter, Dolf Schimmel's (Freeaqingme's) mail filter in Go for Postfix ("Does things with mail": a milter that
# runs its modules on each message, greylisting, quotas kept in Redis, SpamAssassin, Rspamd and ClamAV, weighs their
# scores into one verdict, permit, tempfail or reject, and keeps every message and session in a database)
# (repository Freeaqingme/ClueGetter, two-clause BSD licence in the files' headers; read with the search tool:
# src/cluegetter/core/milter.go at commit 22d9825c930d (Eom: a reject verdict is set as "550" "5.7.1" "<message>
# (<queue id>)", a tempfail verdict as "421" "4.7.0" "<message> (<queue id>)"), src/cluegetter/core/message.go at commit
# 00bc1548c12c (messageGetVerdict: the deciding module's message, or "An internal server error ocurred" when a module
# failed), src/cluegetter/core/greylisting.go and quotas.go at commit 0e9551ed41e2, spamassassin.go and clamav.go at
# commit 56bcc0455788, rspamd.go at commit 0e9551ed41e2; only the reply texts are quoted). A milter's reply is written
# by the MTA as smfi_setreply gives it: code, enhanced code and text; the queue id in brackets is the receiving MTA's
# (the milter's "i" macro), here made up.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ClueGetter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message's final dot (the milter's Eom, where ClueGetter gives its verdict):
#   "550 5.7.1 Our system has detected that this message is likely unsolicited mail (SPAM). To reduce the amount of
#    spam, this message has been blocked. (<queue id>)"   (one line on the wire)
#        the reject verdict of the SpamAssassin or Rspamd module (saGetResult, rspamdGetResult: the message's spam
#        score passes the reject score); for sam@beta.test (Postfix) and sue@beta.test (Exim)
#   "550 5.7.1 Our system has detected that this message appears to contain malicious or otherwise harmful content.
#    Therefore, this message has been blocked. (<queue id>)"   (one line on the wire)
#        the reject verdict of the ClamAV module (clamavMilterCheck: clamd found a signature); for vic@beta.test
#        (Postfix) and vera@beta.test (Exim)
#   "421 4.7.0 Greylisting in effect, please come back later (<queue id>)"
#        the tempfail verdict of the greylisting module (greylistGetVerdictRdbms/Redis: the client address, sender and
#        recipient were first seen less than Initial_Period minutes ago); to every attempt, for gil@beta.test (Postfix)
#        and gia@beta.test (Exim)
#   "421 4.7.0 REJECT Policy reject; Exceeding quota, max of 100 messages per 3600 seconds for sender '<sender>'
#    (<queue id>)"   (one line on the wire; <sender> is the envelope sender)
#        the tempfail verdict of the quotas module (quotasRedisIsAllowed: the sender's count in the period would pass
#        the quota's curb; the module suggests a tempfail in words that begin "REJECT"); to every attempt, for
#        ron@beta.test (Postfix) and rita@beta.test (Exim)
#   "421 4.7.0 An internal server error ocurred (<queue id>)"
#        the tempfail verdict when a module returned an error (messageGetVerdict: errorCount > 0, a SpamAssassin,
#        Rspamd or ClamAV that did not answer); to every attempt, for ida@beta.test (Postfix) and ivy@beta.test (Exim)
# Not served: "421 4.7.0 An internal error ocurred" (milterHandleError, a panic in a milter callback), the verdicts
# "Reason Unspecified" and "An internal error occurred." (a panic in messageGetVerdict), and the recipient stage's
# bare tempfail and reject (messageAcceptRecipient: no reply text set, so the MTA's own stock text is sent). The
# replies are chosen by recipient, not by anything the senders did: no scanner ran and no count was kept. The 421s
# come on every attempt (and close the connection, as the MTA in front does after a 421); each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's (a milter writes neither).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cluegetter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ClueGetter's replies.
SPAM='550 5.7.1 Our system has detected that this message is likely unsolicited mail (SPAM). '
SPAM+='To reduce the amount of spam, this message has been blocked.'
VIRUS='550 5.7.1 Our system has detected that this message appears to contain malicious or otherwise harmful '
VIRUS+='content. Therefore, this message has been blocked.'
GREY='421 4.7.0 Greylisting in effect, please come back later'
QUOTA="421 4.7.0 REJECT Policy reject; Exceeding quota, max of 100 messages per 3600 seconds for sender '{sender}'"
ERR='421 4.7.0 An internal server error ocurred'
printf '%s\t%s\t%s\n' \
    sam@beta.test eom "$SPAM (4NbQ2x1Rk7z3Jp5)" \
    sue@beta.test eom "$SPAM (4NbQ3c6Tm2z8Hw1)" \
    vic@beta.test eom "$VIRUS (4NbQ4f0Yv9z2Lq7)" \
    vera@beta.test eom "$VIRUS (4NbQ5k3Ds4z6Gn2)" \
    gil@beta.test eom "$GREY (4NbQ6p8Wc1z5Rx9)" \
    gia@beta.test eom "$GREY (4NbQ7s2Hf6z0Mt4)" \
    ron@beta.test eom "$QUOTA (4NbQ8v5Jb3z7Kd8)" \
    rita@beta.test eom "$QUOTA (4NbQ9y9Ng8z1Pf3)" \
    ida@beta.test eom "$ERR (4NbR0b4Qx5z9Sv6)" \
    ivy@beta.test eom "$ERR (4NbR1d7Lz2z4Wh0)" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe allotment gate needs a new latch.\n\nCarol
malicious-content	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe choir sings at the harvest supper.\n\nCarol
greylisting	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe bakery has rye loaves on Fridays now.\n\nCarol
quota	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe tide tables for next month are pinned up.\n\nCarol
internal-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe bench by the pond was repainted green.\n\nCarol
exim-spam	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe darts team meets on Tuesday.\n\nPat
exim-malicious-content	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe apple store in the barn is nearly full.\n\nPat
exim-greylisting	pat@pi.test	gia@beta.test	192.0.2.35	Gia,\n\nthe lane is closed for resurfacing until noon.\n\nPat
exim-quota	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe jumble sale raised enough for the roof.\n\nPat
exim-internal-error	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe heron was back on the weir this morning.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each 421 to each
# sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
