#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oximail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound MX of OxiMail, parisxmas's mail server in Go (inbound SMTP and submission on emersion/go-smtp, IMAP, a
# webmail API, SRS alias forwarding, Sieve, a vacation responder and a layered spam pipeline, all stored in OxiDB)
# (repository parisxmas/OxiMail; its README says "See LICENSE" but no licence file was found in the stored copy; read
# with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# internal/smtp/smtp.go (commit 967c863c7364: the inbound MX's session.Rcpt and session.Data, each refusal a go-smtp
# SMTPError whose code, enhanced code and words the code sets, which go-smtp sends as "<code> <enhanced code>
# <words>", one line; earlier stored versions of the file write the RCPT, spam-verdict and delivery replies in the same
# words), internal/spam/spam.go (commit 13e86b89585f: the pipeline's verdicts, cheapest stage first: a per-IP rate
# limit, the zen.spamhaus.org DNS block list, greylisting with a one-minute delay, SPF/DKIM/DMARC with DMARC p=reject
# the only envelope refusal, then Rspamd when configured; Reject for the rate limit, the block list and DMARC,
# Greylist for a new tuple) and internal/av/builtin.sigdb (commit 7463bac649d6: the one built-in signature,
# "EICAR-Test-File"):
#   to RCPT TO "451 4.3.0 Temporary local problem, please try again later" (resolving the recipient in the store
#   failed), "550 5.1.1 No such user here" (no local mailbox or alias) and "550 5.7.1 Alias forwarding to remote
#   addresses is not configured" (an alias to remote addresses while SRS forwarding is off);
#   after the message "451 4.3.0 Error reading message data" (reading the data failed), "451 4.7.0 Temporary local
#   problem, please try again later" (the spam pipeline or the virus scan failed), "451 4.7.1 Greylisted, please try
#   again later" (the Greylist verdict), "550 5.7.1 Message rejected by local policy" (the Reject verdict), "550 5.7.1
#   Virus signature detected: EICAR-Test-File" (a part's SHA-256 matches the built-in signature), "451 4.3.0 Temporary
#   delivery failure, please try again later" (filing the message into a local account failed), "451 4.3.0 Could not
#   rewrite envelope sender for forwarding" (SRS encoding of the sender failed) and "451 4.3.0 Temporary forwarding
#   failure, please try again later" (queueing the forward to an alias's remote addresses failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# OxiMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "451 4.3.0 Temporary local problem, please try again later"   to RCPT TO, to every attempt, for tess@ and ted@
#                              beta.test
#   "550 5.1.1 No such user here"   to RCPT TO, for nora@ and ned@ beta.test
#   "550 5.7.1 Alias forwarding to remote addresses is not configured"   to RCPT TO, for alma@ and alf@ beta.test
#   "451 4.3.0 Error reading message data"   after the message, to every attempt, for ria@ and rob@ beta.test
#   "451 4.7.0 Temporary local problem, please try again later"   after the message, to every attempt, for pam@ and
#                              pip@ beta.test
#   "451 4.7.1 Greylisted, please try again later"   after the message, to every attempt, for gail@ and gene@ beta.test
#   "550 5.7.1 Message rejected by local policy"   after the message, for pol@ and poppy@ beta.test
#   "550 5.7.1 Virus signature detected: EICAR-Test-File"   after the message, for vic@ and vera@ beta.test
#   "451 4.3.0 Temporary delivery failure, please try again later"   after the message, to every attempt, for dora@
#                              and drew@ beta.test
#   "451 4.3.0 Could not rewrite envelope sender for forwarding"   after the message, to every attempt, for sal@ and
#                              sue@ beta.test
#   "451 4.3.0 Temporary forwarding failure, please try again later"   after the message, to every attempt, for fay@
#                              and finn@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (syntax, sequence, its own size and recipient-count
# refusals; the replaying server's greeting and EHLO answer are used), and the submission server's replies
# (internal/smtp/submission.go: AUTH and the authenticated sender's limits, which a relaying MTA does not meet). The
# replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few lines
# of plain text, with no EICAR string in it; the greylisting answers every attempt, where OxiMail's lets the tuple
# through after a minute. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oximail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): OxiMail's inbound MX's replies.
RCPTTEMP='451 4.3.0 Temporary local problem, please try again later'
NOUSER='550 5.1.1 No such user here'
ALIAS='550 5.7.1 Alias forwarding to remote addresses is not configured'
READ='451 4.3.0 Error reading message data'
PIPETEMP='451 4.7.0 Temporary local problem, please try again later'
GREY='451 4.7.1 Greylisted, please try again later'
POLICY='550 5.7.1 Message rejected by local policy'
VIRUS='550 5.7.1 Virus signature detected: EICAR-Test-File'
DELIVERY='451 4.3.0 Temporary delivery failure, please try again later'
SRSFAIL='451 4.3.0 Could not rewrite envelope sender for forwarding'
FORWARD='451 4.3.0 Temporary forwarding failure, please try again later'
printf '%s\t%s\t%s\n' \
    tess@beta.test rcpt "$RCPTTEMP" \
    ted@beta.test rcpt "$RCPTTEMP" \
    nora@beta.test rcpt "$NOUSER" \
    ned@beta.test rcpt "$NOUSER" \
    alma@beta.test rcpt "$ALIAS" \
    alf@beta.test rcpt "$ALIAS" \
    ria@beta.test eom "$READ" \
    rob@beta.test eom "$READ" \
    pam@beta.test eom "$PIPETEMP" \
    pip@beta.test eom "$PIPETEMP" \
    gail@beta.test eom "$GREY" \
    gene@beta.test eom "$GREY" \
    pol@beta.test eom "$POLICY" \
    poppy@beta.test eom "$POLICY" \
    vic@beta.test eom "$VIRUS" \
    vera@beta.test eom "$VIRUS" \
    dora@beta.test eom "$DELIVERY" \
    drew@beta.test eom "$DELIVERY" \
    sal@beta.test eom "$SRSFAIL" \
    sue@beta.test eom "$SRSFAIL" \
    fay@beta.test eom "$FORWARD" \
    finn@beta.test eom "$FORWARD" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-lookup-temporary	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe rowing club dinner is on Friday.\n\nCarol
no-such-user	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe library returns box is full.\n\nCarol
alias-forwarding-not-configured	carol@alpha.test	alma@beta.test	192.0.2.25	Alma,\n\nthe bird feeder needs more seed.\n\nCarol
error-reading-message-data	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe van is booked for Tuesday.\n\nCarol
pipeline-temporary	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe cake tins are back on the shelf.\n\nCarol
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe footpath by the mill is open again.\n\nCarol
rejected-by-local-policy	carol@alpha.test	pol@beta.test	192.0.2.25	Pol,\n\nthe violin lesson moved to four.\n\nCarol
virus-signature-detected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe compost bin lid is cracked.\n\nCarol
temporary-delivery-failure	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe snow shovel is by the back door.\n\nCarol
sender-rewrite-failed	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe chess set is missing a rook.\n\nCarol
temporary-forwarding-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe paddling pool has a slow leak.\n\nCarol
exim-recipient-lookup-temporary	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe quiz answers are in the envelope.\n\nPat
exim-no-such-user	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe ferry timetable changed in May.\n\nPat
exim-alias-forwarding-not-configured	pat@pi.test	alf@beta.test	192.0.2.35	Alf,\n\nthe garden hose is coiled by the tap.\n\nPat
exim-error-reading-message-data	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe spare bulbs are in the drawer.\n\nPat
exim-pipeline-temporary	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe kite string is tangled again.\n\nPat
exim-greylisted	pat@pi.test	gene@beta.test	192.0.2.35	Gene,\n\nthe blackberries are ripe by the lane.\n\nPat
exim-rejected-by-local-policy	pat@pi.test	poppy@beta.test	192.0.2.35	Poppy,\n\nthe tennis court is free at noon.\n\nPat
exim-virus-signature-detected	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe museum trip is on the sixth.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	drew@beta.test	192.0.2.35	Drew,\n\nthe scout hut key is with Jo.\n\nPat
exim-sender-rewrite-failed	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe hedgehog house is finished.\n\nPat
exim-temporary-forwarding-failure	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe canoe paddles are drying in the shed.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the
# fourteen temporary cases (seven to each sender) a warning after a minute and a return after 3
lb_wait 36 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
