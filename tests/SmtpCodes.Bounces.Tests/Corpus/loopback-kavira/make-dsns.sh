#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kavira: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound (port 25) SMTP listener of Kavira, Ostap Mykhaylyak's "enterprise secure mail server in Go" (module
# github.com/ostap-mykhaylyak/kavira: a single binary with a hand-written SMTP session of its own, not a library's,
# Maildir delivery, per-IP token-bucket rate limits, and a Screen hook run after the message that rejects on a DMARC
# p=reject verdict, a DNSBL listing of the client's address, a ClamAV finding or a spam score over reject_score), whose
# own code writes every reply served (repository ostap-mykhaylyak/kavira, no licence file among its stored files; read
# with the search tool: internal/smtp/session.go at commit 3a0d2a1395bf (cmdMail, cmdRcpt, cmdData), cmd/kavira/main.go
# at 3a0d2a1395bf (the Screen hook's reasons), internal/smtp/screen_test.go at 66f76835f2e1 (a DMARC reject reason
# answered 550), internal/bootstrap/skel/etc/kavira/config.yaml at 3a0d2a1395bf (the defaults: max_size 26214400,
# reject_score 20, the DNSBL zones) and README.md at 3a0d2a1395bf; only the reply texts are quoted). A Screen
# rejection is written as "550 5.7.1 " and the hook's reason:
#   "550 5.1.1 no such user here" to RCPT TO for a hosted domain's address without a mailbox, "554 5.7.1 relay access
#   denied" to RCPT TO for a domain it does not host, "452 4.4.5 too many recipients, slow down" to RCPT TO when the
#   client's address is over its recipients-per-minute bucket; "421 4.7.0 too many messages, closing connection" to
#   DATA when it is over its messages-per-minute bucket (and the connection is closed); after the message: "552 5.3.4
#   message exceeds maximum size <n>" (the message was larger than smtp.max_size), "550 5.7.1 DMARC policy reject for
#   <domain>" (DMARC enforcement on, DMARC failed, the From domain publishes p=reject), "550 5.7.1 your IP is listed on
#   <zones>" (blacklist.reject_listed on and the client's address listed; the zones joined by ", "), "550 5.7.1
#   message contains <virus>" (ClamAV found a signature), "550 5.7.1 message rejected, spam score <score>" (the score
#   reached reject_score, 20 by default) and "451 4.3.0 delivery failed, try again later" (no recipient's delivery
#   succeeded).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Kavira's; the DSNs are made.
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
#   "550 5.1.1 no such user here"                       to RCPT TO, for nemo@ and nell@ beta.test
#   "554 5.7.1 relay access denied"                     to RCPT TO, for rhea@ and ross@ beta.test
#   "452 4.4.5 too many recipients, slow down"          to RCPT TO, to every attempt, for rick@ and rosa@ beta.test
#   "421 4.7.0 too many messages, closing connection"   to DATA, to every attempt, for mia@ and max@ beta.test
#   "552 5.3.4 message exceeds maximum size 26214400"   after the message, for sid@ and sara@ beta.test
#   "550 5.7.1 DMARC policy reject for <domain>"        after the message, for dora@ and dean@ beta.test (the sender's
#                                                       domain: alpha.test, pi.test)
#   "550 5.7.1 your IP is listed on <zones>"            after the message, to the clients that send to gamma.test, for
#                                                       dana@ and dirk@ gamma.test (zen.spamhaus.org; zen.spamhaus.org,
#                                                       b.barracudacentral.org)
#   "550 5.7.1 message contains Win.Test.EICAR_HDB-1"   after the message, for vic@ and vera@ beta.test
#   "550 5.7.1 message rejected, spam score <score>"    after the message, for sam@ and sue@ beta.test (23.4; 20.0)
#   "451 4.3.0 delivery failed, try again later"        after the message, to every attempt, for del@ and dot@ beta.test
# Not served: the greeting "220 <host> ESMTP Kavira" and the EHLO answer (the replaying server's are used); "452 4.5.3
# too many recipients" (over smtp.max_recipients: a relaying MTA sends the rest again); "501 5.1.3 invalid address" and
# the other syntax and sequence replies (a relaying MTA does not meet them); "500 5.5.2 line too long"; the same 552
# to MAIL FROM's SIZE (served after the message instead); the submission listeners' replies (authenticated clients
# only: "530 5.7.0 authentication required", "553 5.7.1 sender address must be the authenticated user", "452 4.2.1
# sending quota exceeded, try again later", "452 4.4.5 recipient quota exceeded, try again later" and the reputation
# hold "450 4.7.1 " with its reasons); the "executable attachment refused: <name>" reason (its antispam package, which
# names the attachment, is not among the stored files); the accepting 250s and the verdicts that deliver to the Spam
# folder (DMARC p=quarantine, a score between quarantine_score and reject_score). The replies are chosen by recipient
# (and, for the DNSBL refusal, by the client's address), not by anything the senders did: each message has one recipient
# and is a few lines of plain text, far below the size limit and without the signature the ClamAV refusal names. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kavira}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the inbound listener's replies.
NOUSER='550 5.1.1 no such user here'
RELAY='554 5.7.1 relay access denied'
RCPTRATE='452 4.4.5 too many recipients, slow down'
MSGRATE='421 4.7.0 too many messages, closing connection'
SIZE='552 5.3.4 message exceeds maximum size 26214400'
VIRUS='550 5.7.1 message contains Win.Test.EICAR_HDB-1'
FAILED='451 4.3.0 delivery failed, try again later'
printf '%s\t%s\t%s\n' \
    nemo@beta.test rcpt "$NOUSER" \
    nell@beta.test rcpt "$NOUSER" \
    rhea@beta.test rcpt "$RELAY" \
    ross@beta.test rcpt "$RELAY" \
    rick@beta.test rcpt "$RCPTRATE" \
    rosa@beta.test rcpt "$RCPTRATE" \
    mia@beta.test data "$MSGRATE" \
    max@beta.test data "$MSGRATE" \
    sid@beta.test eom "$SIZE" \
    sara@beta.test eom "$SIZE" \
    dora@beta.test eom '550 5.7.1 DMARC policy reject for alpha.test' \
    dean@beta.test eom '550 5.7.1 DMARC policy reject for pi.test' \
    client:192.0.2.24 eom '550 5.7.1 your IP is listed on zen.spamhaus.org' \
    client:192.0.2.34 eom '550 5.7.1 your IP is listed on zen.spamhaus.org, b.barracudacentral.org' \
    vic@beta.test eom "$VIRUS" \
    vera@beta.test eom "$VIRUS" \
    sam@beta.test eom '550 5.7.1 message rejected, spam score 23.4' \
    sue@beta.test eom '550 5.7.1 message rejected, spam score 20.0' \
    del@beta.test eom "$FAILED" \
    dot@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user-here	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe ferry timetable changed again on Monday.\n\nCarol
relay-access-denied	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe allotment shed has a new padlock.\n\nCarol
too-many-recipients-slow-down	carol@alpha.test	rick@beta.test	192.0.2.25	Rick,\n\nthe choir meets in the chapel this week.\n\nCarol
too-many-messages	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe quince jelly has finally set.\n\nCarol
message-exceeds-maximum-size	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe cider press is back from the repairer.\n\nCarol
dmarc-policy-reject	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe lane by the mill is flooded again.\n\nCarol
ip-listed	carol@alpha.test	dana@gamma.test	192.0.2.25	Dana,\n\nthe village fete raised more than last year.\n\nCarol
message-contains-virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe old signal box is now a museum.\n\nCarol
spam-score	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe swallows are nesting in the porch.\n\nCarol
delivery-failed	carol@alpha.test	del@beta.test	192.0.2.25	Del,\n\nthe hedge laying course is in March.\n\nCarol
exim-no-such-user-here	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe lifeboat launch is on Saturday.\n\nPat
exim-relay-access-denied	pat@pi.test	ross@beta.test	192.0.2.35	Ross,\n\nthe net loft roof was patched.\n\nPat
exim-too-many-recipients-slow-down	pat@pi.test	rosa@beta.test	192.0.2.35	Rosa,\n\nthe crab pots came in full today.\n\nPat
exim-too-many-messages	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe pier benches were repainted blue.\n\nPat
exim-message-exceeds-maximum-size	pat@pi.test	sara@beta.test	192.0.2.35	Sara,\n\nthe shell collection fills two drawers now.\n\nPat
exim-dmarc-policy-reject	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe breakwater walk is open again.\n\nPat
exim-ip-listed	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe gulls took the last of the chips.\n\nPat
exim-message-contains-virus	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe rock pools are full of anemones.\n\nPat
exim-spam-score	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe lighthouse keeper's cottage is for rent.\n\nPat
exim-delivery-failed	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe tide tables for spring are printed.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim), then for the three
# temporary replies (the recipient rate limit, the message rate limit, the failed delivery) to each sender a warning
# after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
