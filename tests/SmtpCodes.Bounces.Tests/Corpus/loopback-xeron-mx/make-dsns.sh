#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xeron-mx: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of XeronMX, a backup MX appliance in Go on emersion/go-smtp (it takes in mail for the domains an administrator
# configured while their primary server is down, holds it in an encrypted spool and delivers it to the primary when it
# is back; admin filters, an rspamd check, ClamAV, a DNSBL check, a disk guard and a drain mode guard its intake;
# repository xeron-be/xeron-mx, AGPL-3.0 by its README, no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below: internal/smtpd/smtpd.go (commit 6f52e17cce7e:
# Server.newSession, session.Mail, session.Rcpt, session.Data and tempError, each refusal a go-smtp SMTPError with its
# own code, enhanced code and message, which go-smtp sends as "<code> <enhanced code> <message>", one line), with
# internal/spam/spam.go (commit 5f24d215aa2a: Verdict.Reject is rspamd's "reject" action, Verdict.Defer its "soft
# reject" and "greylist" actions) and internal/filter/filter.go (commit 6f52e17cce7e: an administrator's filter rule,
# a case-insensitive pattern on the envelope sender, a recipient or the Subject, whose action is reject):
#   at MAIL FROM "452 4.3.1 Insufficient system storage, try again later" (the spool volume's free space is below
#   queue.min_free_disk_bytes: the disk guard);
#   to RCPT TO "452 4.3.1 Recipient domain queue is full, try again later" (the domain's pending messages reached its
#   max_queue_messages);
#   after the message "552 5.3.4 Message exceeds maximum size" (the spool write passed max_message_bytes), "550 5.7.1
#   Message rejected by policy" (a filter rule with the reject action matched), "550 5.7.1 Message rejected as spam"
#   (rspamd's reject action), "451 4.7.1 Try again later" (rspamd's soft reject or greylist action, with deferral
#   enabled), "554 5.7.1 Malware detected: <virus name>" (ClamAV found a virus and the action is reject; served with
#   ClamAV's name for the EICAR test file, Win.Test.EICAR_HDB-1) and "451 4.3.0 temporarily unable to store message"
#   (tempError: the spool write or the queue insert failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# XeronMX's; the DSNs are made.
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
#   "452 4.3.1 Insufficient system storage, try again later"   to MAIL FROM, to every attempt, for the senders' second
#                              addresses (192.0.2.24 and 192.0.2.34, which carry mail for gamma.test): gus@ and
#                              gil@ gamma.test
#   "452 4.3.1 Recipient domain queue is full, try again later"   to RCPT TO, to every attempt, for quin@ and quy@
#                              beta.test
#   "552 5.3.4 Message exceeds maximum size"   after the message, for zoe@ and zed@ beta.test
#   "550 5.7.1 Message rejected by policy"   after the message, for pia@ and pip@ beta.test
#   "550 5.7.1 Message rejected as spam"   after the message, for sam@ and sid@ beta.test
#   "554 5.7.1 Malware detected: Win.Test.EICAR_HDB-1"   after the message, for mel@ and mia@ beta.test
#   "451 4.7.1 Try again later"   after the message, to every attempt, for tia@ and tod@ beta.test
#   "451 4.3.0 temporarily unable to store message"   after the message, to every attempt, for sue@ and sol@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used); "421 4.7.0 Too many concurrent
# connections, try again later" (netlimit's listener, written instead of the greeting past max_connections);
# "421 4.3.2 Service temporarily unavailable, server is draining for maintenance" (drain mode, from NewSession and
# Mail); "554 5.7.1 Client host [<address:port>] blocked using <zone>" (a DNSBL listing, from NewSession); "452 4.3.1
# Insufficient storage, try again later" (the whole queue's message or byte limit, at MAIL FROM: the senders' second
# addresses carry the disk guard's reply instead, one MAIL FROM reply a client address); "501 5.1.3 Malformed
# recipient address", "550 5.7.1 Relay access denied" (a domain not configured or disabled: Postfix's words), "452
# 4.5.3 Too many recipient domains in one transaction" (a second domain in one transaction, which a relaying MTA then
# sends alone and which is accepted), "451 4.3.0 temporarily unable to accept mail" and "451 4.3.0 temporarily unable
# to verify recipient" (database failures), "554 5.5.1 No valid recipients", go-smtp's own replies (syntax, sequence,
# size, line length) and the submission port's authentication replies. A message only quarantined (a filter's
# quarantine action, ClamAV's quarantine action) is accepted (250) and makes no DSN.
# The replies are chosen by recipient or by the sending address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text (no virus, nothing a filter would match). The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-xeron-mx}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): XeronMX's replies.
DISK='452 4.3.1 Insufficient system storage, try again later'
DOMAINQ='452 4.3.1 Recipient domain queue is full, try again later'
SIZE='552 5.3.4 Message exceeds maximum size'
POLICY='550 5.7.1 Message rejected by policy'
SPAM='550 5.7.1 Message rejected as spam'
MALWARE='554 5.7.1 Malware detected: Win.Test.EICAR_HDB-1'
SPAMDEFER='451 4.7.1 Try again later'
STORE='451 4.3.0 temporarily unable to store message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DISK" \
    client:192.0.2.34 mail "$DISK" \
    quin@beta.test rcpt "$DOMAINQ" \
    quy@beta.test rcpt "$DOMAINQ" \
    zoe@beta.test eom "$SIZE" \
    zed@beta.test eom "$SIZE" \
    pia@beta.test eom "$POLICY" \
    pip@beta.test eom "$POLICY" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    mel@beta.test eom "$MALWARE" \
    mia@beta.test eom "$MALWARE" \
    tia@beta.test eom "$SPAMDEFER" \
    tod@beta.test eom "$SPAMDEFER" \
    sue@beta.test eom "$STORE" \
    sol@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-too-large	carol@alpha.test	zoe@beta.test	192.0.2.25	Zoe,\n\nthe hay bales are stacked by the gate.\n\nCarol
rejected-by-policy	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe choir sings at the harvest supper.\n\nCarol
rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe kestrel is back over the meadow.\n\nCarol
malware-detected	carol@alpha.test	mel@beta.test	192.0.2.25	Mel,\n\nthe ferry timetable changed on Monday.\n\nCarol
insufficient-system-storage	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe well cover needs a new hinge.\n\nCarol
domain-queue-full	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe beehives were moved to the orchard.\n\nCarol
spam-deferred	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe jam jars are washed and drying.\n\nCarol
unable-to-store	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe bonfire is on the far field this year.\n\nCarol
exim-message-too-large	pat@pi.test	zed@beta.test	192.0.2.35	Zed,\n\nthe church clock is five minutes fast.\n\nPat
exim-rejected-by-policy	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe stepping stones are under water.\n\nPat
exim-rejected-as-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe owl box has a tenant at last.\n\nPat
exim-malware-detected	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe allotment shed lost its roof felt.\n\nPat
exim-insufficient-system-storage	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe dry stone wall has a gap again.\n\nPat
exim-domain-queue-full	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe wild garlic is up along the lane.\n\nPat
exim-spam-deferred	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe tractor run starts from the pub.\n\nPat
exim-unable-to-store	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe duck race is postponed a week.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the eight
# temporary replies (four to each sender) a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
