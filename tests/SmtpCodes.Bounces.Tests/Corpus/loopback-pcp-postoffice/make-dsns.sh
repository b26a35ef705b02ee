#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pcp-postoffice: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of postoffice, the mail gateway of the Personal Cloud Platform (PCP), a self-hosted personal cloud (files,
# mail, messenger, git, smart home) in Go that runs on home hardware behind NAT; postoffice is the small container on a
# cloud host that takes the cloud's mail on port 25, seals each message to a PCP-owned key before it touches disk and
# holds it until PCP collects it (read with the search tool in the repository hyperkubeorg/databox, the example
# application under sandbox/personalcloudplatform/: pkg/postoffice/smtp.go at commit b203c25ffcba, its go-smtp backend's
# NewSession and its session's Mail, Rcpt and Data; pkg/postoffice/smtp_test.go and docs/postoffice.md of the same
# commit; go.mod, github.com/emersion/go-smtp v0.24.0; no licence file read for the example; only the reply texts are
# quoted). Every refusal is an smtp.SMTPError with a code, an enhanced code and a message of postoffice's own, which
# go-smtp writes as "CODE X.Y.Z MESSAGE"; go-smtp calls NewSession when the client says EHLO or HELO, and answers a
# NewSession error there. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are postoffice's; the DSNs are made.
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
#   "554 5.7.1 rejected: 192.0.2.24 is listed by zen.spamhaus.org"   (NewSession: the client's address is listed by
#                              one of the DNSBL zones PCP's config push names; the zone is the admin's choice,
#                              zen.spamhaus.org this run's; the address the client's) to EHLO and to HELO, to every
#                              connection from the sending Postfix's second address (out2.alpha.test, which sends for
#                              gamma.test), for gus@gamma.test
#   "451 4.7.0 slow down, try again in a minute"   (Mail: the client's address has spent its per-minute message tokens)
#                              to MAIL FROM, to every attempt from the sending Exim's second address (out2.pi.test, which
#                              sends for gamma.test), for gina@gamma.test
#   "550 5.1.1 no such recipient here"   (Rcpt: the address is not in the salted-hash recipient manifest PCP pushed)
#                              to RCPT TO, for ann@ and amy@ beta.test
#   "452 4.2.2 recipient's spool share is full, try again later"   (Rcpt: the recipient's share of the sealed spool,
#                              held until PCP collects it, has no room) to RCPT TO, to every attempt, for bob@ and bea@
#                              beta.test
#   "550 5.7.1 message rejected by DMARC policy"   (Data: the sender's domain publishes p=reject and the message fails
#                              DMARC) after the message, for cat@ and cal@ beta.test
#   "554 5.7.1 message rejected as spam"   (Data: spamd's score at or above the reject score) after the message, for
#                              dan@beta.test
#   "552 5.3.4 message exceeds the size limit"   (Data: the message read is over the pushed MaxMsgBytes, no SIZE
#                              declared over it) after the message, for eve@beta.test
#   "451 4.3.0 local error, try again later"   (Data: the sealed spool write failed) after the message, to every
#                              attempt, for gil@beta.test
# Not served: NewSession's "421 4.3.2 service not configured yet, try again later" and "421 4.7.0 too many connections,
# try again later", Mail's "552 5.3.4 ..." to a declared SIZE and "452 4.3.1 spool is full, try again later", Rcpt's
# "452 4.5.3 too many recipients", Data's "503 no recipients" and its "452 4.3.1 ..." (each sender's second address
# carries one client-wide reply; the rest would need more addresses, more recipients or a session state the replay
# does not keep), and go-smtp's own replies.
# The replies are chosen by recipient or by the client's address, not by anything the senders did: the messages are a
# few hundred bytes of plain text from senders without DMARC records. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pcp-postoffice}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): postoffice's replies.
UNKNOWN='550 5.1.1 no such recipient here'
SHARE="452 4.2.2 recipient's spool share is full, try again later"
DMARC='550 5.7.1 message rejected by DMARC policy'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo '554 5.7.1 rejected: 192.0.2.24 is listed by zen.spamhaus.org' \
    client:192.0.2.34 mail '451 4.7.0 slow down, try again in a minute' \
    ann@beta.test rcpt "$UNKNOWN" \
    amy@beta.test rcpt "$UNKNOWN" \
    bob@beta.test rcpt "$SHARE" \
    bea@beta.test rcpt "$SHARE" \
    cat@beta.test eom "$DMARC" \
    cal@beta.test eom "$DMARC" \
    dan@beta.test eom '554 5.7.1 message rejected as spam' \
    eve@beta.test eom '552 5.3.4 message exceeds the size limit' \
    gil@beta.test eom '451 4.3.0 local error, try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rbl-listed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe photo backup finished overnight.\n\nCarol
no-such-recipient	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe shared calendar has the dentist on Tuesday.\n\nCarol
spool-share-full	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe garage door sensor reports low battery.\n\nCarol
dmarc-reject	carol@alpha.test	cat@beta.test	192.0.2.25	Cat,\n\nthe recipe folder is shared with you now.\n\nCarol
rejected-as-spam	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe router update is scheduled for Sunday.\n\nCarol
local-error	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe holiday photos are in the family album.\n\nCarol
exim-slow-down	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe thermostat schedule changed for winter.\n\nPat
exim-no-such-recipient	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe music library finished indexing.\n\nPat
exim-spool-share-full	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe chat group for the book club is ready.\n\nPat
exim-dmarc-reject	pat@pi.test	cal@beta.test	192.0.2.35	Cal,\n\nthe camera clips from the porch are archived.\n\nPat
exim-message-too-large	pat@pi.test	eve@beta.test	192.0.2.35	Eve,\n\nthe scanned letters are in the documents folder.\n\nPat
SEND
# seven recipients refused for good (four by the Postfix, three by the Exim), returned at once, then for each of the four
# temporary refusals (two to each sender) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
