#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gomailserver: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of gomailserver, btafoya's all-in-one mail server in Go (SMTP relay, submission and SMTPS, IMAP, CalDAV,
# CardDAV, webmail) whose SMTP backend runs its own checks on emersion/go-smtp (the repository btafoya/gomailserver,
# read with the search tool; its README's licence badge says "TBD" and no LICENSE file was among the files read; only
# the reply texts are quoted):
# internal/smtp/backend.go at commit 2d63e95b2f8f, whose Session.Mail answers "421 4.7.1 Rate limit exceeded" when the
# per-IP rate limiter refuses the client, and whose Session.Data, after the message, for mail from an unauthenticated
# client (inbound relay on port 25) runs greylisting ("451 4.7.1 Greylisted - please try again later"), SPF ("550 5.7.1
# SPF validation failed" when the result is fail and the domain's SPF fail action is "reject"), ClamAV ("550 5.7.1
# Virus detected: <name>" when the virus action is "reject"; "451 4.7.0 Unable to scan message" when the scan fails and
# the fail action is "reject"), SpamAssassin ("550 5.7.1 Message rejected as spam" when the score reaches the domain's
# reject score) and then queues the message ("451 4.3.0 Failed to queue message" when the queue service fails);
# internal/smtp/server.go at commit 5e44c37d63d2, the relay server (port 25) on go-smtp; go-smtp writes a session's
# SMTPError as its code, its enhanced code and its message on one line.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# gomailserver's; the DSNs are made.
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
#   "550 5.7.1 Message rejected as spam"   (Data: SpamAssassin's score reaches the domain's SpamRejectScore) after the
#                              message, for dora@ and dina@ beta.test
#   "550 5.7.1 Virus detected: Win.Test.EICAR_HDB-1"   (Data: ClamAV found the message infected and the domain's
#                              ClamAVVirusAction is "reject"; the virus name is ClamAV's, here its name for the EICAR test
#                              file) after the message, for vic@ and val@ beta.test
#   "550 5.7.1 SPF validation failed"   (Data: the SPF result for the client's address and the sender's domain is
#                              "fail" and the domain's SPFFailAction is "reject") after the message, for sid@ and sue@
#                              beta.test
#   "451 4.7.1 Greylisted - please try again later"   (Data: the greylister defers the client address, sender and
#                              first recipient) after the message, to every attempt, for gwen@beta.test
#   "451 4.3.0 Failed to queue message"   (Data: the queue service's Enqueue returned an error) after the message, to
#                              every attempt, for quinn@beta.test
#   "451 4.7.0 Unable to scan message"   (Data: the ClamAV scan failed and the domain's ClamAVFailAction is "reject")
#                              after the message, to every attempt, for sam@beta.test
#   "421 4.7.1 Rate limit exceeded"   (Mail: the per-IP rate limiter refuses the client's address) to MAIL FROM, to
#                              every attempt, to the Exim's second address (out2.pi.test, which sends for gamma.test),
#                              for ray@gamma.test
# Not served: "501 5.1.7 Invalid sender address" (a MAIL FROM address without a domain, which neither sender gives),
# "451 4.0.0 Failed to read message" (the data could not be read), the submission ports' "530 5.7.0 Authentication
# required", the AUTH replies ("535 5.7.8 ...", "421 4.7.1 Too many failed login attempts", the AUTH rate limit's
# "421 4.7.1 Rate limit exceeded"), the per-user rate limit (authenticated senders only) and go-smtp's own replies
# (size, recipient count, syntax and sequence). Session.Rcpt at 2d63e95b2f8f accepts every recipient (its checks for
# unknown recipients, quota, greylisting and rate limits are still marked TODO), so no refusal to RCPT TO is served.
# The replies are chosen by recipient (and, for the 421, by the connecting address), not by anything the senders did:
# the messages are plain text of a few hundred bytes, carry no virus, score nothing, no SPF record is published, no
# client sent more than a few messages. The temporary replies come on every attempt; each sender warns after a minute
# and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gomailserver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): gomailserver's replies.
SPAM='550 5.7.1 Message rejected as spam'
VIRUS='550 5.7.1 Virus detected: Win.Test.EICAR_HDB-1'
SPF='550 5.7.1 SPF validation failed'
printf '%s\t%s\t%s\n' \
    dora@beta.test eom "$SPAM" \
    dina@beta.test eom "$SPAM" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    sid@beta.test eom "$SPF" \
    sue@beta.test eom "$SPF" \
    gwen@beta.test eom '451 4.7.1 Greylisted - please try again later' \
    quinn@beta.test eom '451 4.3.0 Failed to queue message' \
    sam@beta.test eom '451 4.7.0 Unable to scan message' \
    client:192.0.2.34 mail '421 4.7.1 Rate limit exceeded' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-as-spam	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe pottery class moved to Wednesday.\n\nCarol
virus-detected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe bike rack by the station is full again.\n\nCarol
spf-validation-failed	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe quiz night starts at eight.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe apple press is free on Saturday.\n\nCarol
failed-to-queue	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe choir folders are in the vestry.\n\nCarol
exim-rejected-as-spam	pat@pi.test	dina@beta.test	192.0.2.35	Dina,\n\nthe allotment gate sticks in the rain.\n\nPat
exim-virus-detected	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe library has the map you wanted.\n\nPat
exim-spf-validation-failed	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe ferry timetable changed this week.\n\nPat
exim-unable-to-scan	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe darts team needs a fourth player.\n\nPat
exim-rate-limit	pat@pi.test	ray@gamma.test	192.0.2.35	Ray,\n\nthe hedge trimmer is back in the shed.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the
# four temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
