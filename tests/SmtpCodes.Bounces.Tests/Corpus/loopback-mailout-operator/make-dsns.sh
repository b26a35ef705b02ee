#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailout-operator: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP gateway of mailout-operator, Damien Daly's Kubernetes operator for an outbound mail relay (the
# repository maitredede/mailout-operator: custom resources MailoutGateway and MailoutAccount, and a dataplane in Go on
# emersion/go-smtp that takes authenticated submissions, checks the sender, counts a per-account quota in a shared
# Valkey/Redis store, passes the message through milters, signs it with DKIM and relays it to an upstream SMTP server
# without a spool; read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
#   internal/gateway/server.go (commit 120a2b30ebba, errSenderNotAllowed, session.Mail and session.Data: the DKIM
#   signing failure), internal/gateway/ratelimit.go (commit 41b26233603, errOverQuota and errStoreUnavailable),
#   internal/gateway/milter.go (commit 19cfe5bf104d, milterChain.run: the unreachable filter;
#   applyModifications: quarantine and every recipient removed) and internal/gateway/relay.go (commit 19cfe5bf104d,
#   upstreamUnavailable: the upstream cannot be dialled); the filter's name "clamav" is the one deploy/compose/gateway.yaml
#   (commit 53d4c5d14e1a) gives its milter. Each reply is an smtp.SMTPError (Code, EnhancedCode, Message) that go-smtp
#   writes as one line "<code> <enhanced code> <message>":
#   to MAIL FROM "550 5.7.1 Sender <address> is not allowed for this account" (the authenticated account is not
#   configured for this envelope sender; the code calls it a permanent refusal); after the message (go-smtp answers the
#   final dot with what the session's Data returns) "452 4.2.2 Too many messages for this account, try again later"
#   (the account's messages-per-minute quota is spent; the code's comment: a temporary refusal, "exactly what 4.2.2
#   (mailbox full / quota exceeded) tells it to do"), "451 4.3.2 Quota store unavailable, try again later" (the quota
#   store cannot be reached; the gateway fails closed), "451 4.7.1 Filter clamav unavailable, try again later" (the
#   milter named clamav cannot be reached and is not set to fail open), "554 5.7.1 Message quarantined by clamav" (the
#   milter asked for quarantine; the gateway has no spool to hold it), "554 5.7.1 All recipients removed by filters"
#   (the milters removed every recipient), "451 4.3.0 Unable to sign the message, try again later" (DKIM signing
#   failed) and "421 4.4.1 Upstream server unavailable" (dialling the upstream relay failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mailout-operator's; the DSNs are made.
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
#   "550 5.7.1 Sender carol@alpha.test is not allowed for this account"   to MAIL FROM from the Postfix's second
#                              address (192.0.2.24, which sends the mail for gamma.test), for gus@gamma.test
#   "550 5.7.1 Sender pat@pi.test is not allowed for this account"   to MAIL FROM from the Exim's second address
#                              (192.0.2.34), for gil@gamma.test (the code puts the refused envelope sender in the text;
#                              here each sender's own address)
#   "554 5.7.1 Message quarantined by clamav"   after the message, for quinn@ and quincy@ beta.test
#   "554 5.7.1 All recipients removed by filters"   after the message, for rita@ and rex@ beta.test
#   "452 4.2.2 Too many messages for this account, try again later"   after the message, to every attempt, for tom@ and
#                              tara@ beta.test
#   "451 4.3.2 Quota store unavailable, try again later"   after the message, to every attempt, for stan@ and sal@
#                              beta.test
#   "451 4.7.1 Filter clamav unavailable, try again later"   after the message, to every attempt, for fay@ and fred@
#                              beta.test
#   "451 4.3.0 Unable to sign the message, try again later"   after the message, to every attempt, for dina@ and dirk@
#                              beta.test
#   "421 4.4.1 Upstream server unavailable"   after the message, to every attempt, for una@ and ugo@ beta.test (the
#                              replaying server closes the connection after a 421)
# Not served: the greeting and the EHLO answer (go-smtp's, built from the gateway's hostname; the replaying server's are
# used), go-smtp's own replies (authentication required or failed, "554 5.5.1 No valid recipients" of session.Data,
# which is RFC 5321's stock words, the size and recipient-count limits), "452 4.2.2 Too many recipients for this
# account, try again later" (the same words as the message quota's but for its noun), the upstream's own refusals the
# relayer hands back unchanged (their words are the upstream's), "451 4.4.2 Upstream failure during <stage>" (a network
# error while talking to the upstream) and a milter's own reject reply (its words are the milter's; "Rejected by filter"
# only when it gave none). The gateway is a submission server that takes mail only from authenticated accounts; here the
# replies are chosen by recipient or by the sender's address, not by anything the senders did (they do not
# authenticate): each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailout-operator}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailout-operator's gateway's replies.
QUARANTINED='554 5.7.1 Message quarantined by clamav'
REMOVED='554 5.7.1 All recipients removed by filters'
MESSAGES='452 4.2.2 Too many messages for this account, try again later'
STORE='451 4.3.2 Quota store unavailable, try again later'
FILTER='451 4.7.1 Filter clamav unavailable, try again later'
SIGN='451 4.3.0 Unable to sign the message, try again later'
UPSTREAM='421 4.4.1 Upstream server unavailable'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.7.1 Sender carol@alpha.test is not allowed for this account' \
    client:192.0.2.34 mail '550 5.7.1 Sender pat@pi.test is not allowed for this account' \
    quinn@beta.test eom "$QUARANTINED" \
    quincy@beta.test eom "$QUARANTINED" \
    rita@beta.test eom "$REMOVED" \
    rex@beta.test eom "$REMOVED" \
    tom@beta.test eom "$MESSAGES" \
    tara@beta.test eom "$MESSAGES" \
    stan@beta.test eom "$STORE" \
    sal@beta.test eom "$STORE" \
    fay@beta.test eom "$FILTER" \
    fred@beta.test eom "$FILTER" \
    dina@beta.test eom "$SIGN" \
    dirk@beta.test eom "$SIGN" \
    una@beta.test eom "$UPSTREAM" \
    ugo@beta.test eom "$UPSTREAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed on Monday.\n\nCarol
message-quarantined	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe quilt show opens at noon.\n\nCarol
all-recipients-removed	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe rowing club needs a new cox.\n\nCarol
too-many-messages	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe tomato seedlings are ready.\n\nCarol
quota-store-unavailable	carol@alpha.test	stan@beta.test	192.0.2.25	Stan,\n\nthe stall rota is on the board.\n\nCarol
filter-unavailable	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe fete bunting is in the loft.\n\nCarol
unable-to-sign	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe dinghy trailer has a flat tyre.\n\nCarol
upstream-unavailable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe umbrella stand is by the door.\n\nCarol
exim-sender-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe goat fencing is finished.\n\nPat
exim-message-quarantined	pat@pi.test	quincy@beta.test	192.0.2.35	Quincy,\n\nthe quiz night starts at eight.\n\nPat
exim-all-recipients-removed	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe raffle tickets are sold out.\n\nPat
exim-too-many-messages	pat@pi.test	tara@beta.test	192.0.2.35	Tara,\n\nthe tandem is back from the shop.\n\nPat
exim-quota-store-unavailable	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe salt for the paths came today.\n\nPat
exim-filter-unavailable	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe fruit cage needs netting.\n\nPat
exim-unable-to-sign	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe darts board is on the wall.\n\nPat
exim-upstream-unavailable	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe urn for the teas is cleaned.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the ten
# temporary replies (five to each sender) a warning after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
