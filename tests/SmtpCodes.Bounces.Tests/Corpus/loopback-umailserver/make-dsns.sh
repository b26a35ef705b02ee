#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-umailserver: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of uMailServer, a single-binary mail server in Go (SMTP, submission, IMAP, webmail) whose SMTP server runs each
# message through a pipeline of its own stages (rate limit, greylisting, SPF, RBL, heuristics, Bayesian, antivirus,
# score) after the data (the repository uMailServer/uMailServer, read with the search tool; AGPL-3.0 or a commercial
# licence, its LICENSE at commit 030bfec992b3; only the reply texts are quoted):
# internal/smtp/session.go at commit 0af94d7da2d9, whose handleRCPT answers "452 4.5.3 Too many recipients" and whose
# handleDATA answers after the message's final dot: "552 5.2.3 ..." for a message over the size limit, "451 4.4.0 ..."
# when the delivery handler fails, and a pipeline stage's rejection with the stage's code and text;
# internal/smtp/pipeline.go at commit 02fd50bc7d8a, the stages' texts (GreylistStage, ScoreStage, AVStage, and
# RateLimitStage's code 421 with the rate limiter's reason and "(retry in Ns)");
# internal/ratelimit/ratelimit.go at commit ee09a71a2ce7, checkIPBucket's reason and its default of 30 messages a
# minute per IP;
# internal/smtp/session_pipeline_reject_code_test.go at commit ec5a52811c62, the test (defect F4945) that a stage's
# rejection is written with the stage's own code and text, not as the "451 4.4.0" local error that handleDATA at
# 0af94d7da2d9 still gives every pipeline rejection (there Pipeline.Process returns an error beside ResultReject).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# uMailServer's; the DSNs are made.
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
#   "552 5.2.3 Message exceeds fixed maximum message size"   (handleDATA: the message read is larger than
#                              MaxMessageSize) after the message, for gil@ and gail@ beta.test
#   "550 Message rejected as spam"   (ScoreStage: the spam score the earlier stages added reaches the reject
#                              threshold) after the message, for dora@ and dina@ beta.test
#   "550 Message rejected: virus detected: Win.Test.EICAR_HDB-1"   (AVStage: ClamAV found the message infected and the
#                              action is "reject"; the virus name is ClamAV's, here its name for the EICAR test file)
#                              after the message, for vic@ and val@ beta.test
#   "451 Greylisted, please try again later"   (GreylistStage: the client address, sender and recipient triplet is
#                              new, or less than 5 minutes old) after the message, to every attempt, for gwen@beta.test
#   "451 4.4.0 Requested action aborted: local error in processing"   (handleDATA: the delivery handler returned an
#                              error) after the message, to every attempt, for lea@beta.test
#   "421 IP rate limit exceeded: 30/min (retry in 42s)"   (RateLimitStage: the client's address sent 30 messages within
#                              the minute, the rate limiter's default; its reason and the seconds until the window ends)
#                              after the message, to every attempt, for ray@beta.test
#   "452 4.5.3 Too many recipients"   (handleRCPT: the transaction already holds MaxRecipients recipients) to RCPT TO, to
#                              every attempt, for tom@beta.test
# Not served: the connection limits' "421 4.7.0 Too many connections, try again later" and "421 4.7.0 Rate limit
# exceeded, try again later" instead of the greeting (server.go), the submission port's "530 5.7.0 Authentication
# required", the AUTH replies, the syntax and sequence replies, the user rate limits (authenticated senders only) and
# the bare "550 Message rejected" of a stage that gives no text.
# The replies are chosen by recipient, not by anything the senders did: the messages are plain text of a few hundred
# bytes, carry no virus, score nothing, nobody sent 30 messages in a minute, no transaction has more than one recipient.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-umailserver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): uMailServer's replies.
BIG='552 5.2.3 Message exceeds fixed maximum message size'
SPAM='550 Message rejected as spam'
VIRUS='550 Message rejected: virus detected: Win.Test.EICAR_HDB-1'
printf '%s\t%s\t%s\n' \
    gil@beta.test eom "$BIG" \
    gail@beta.test eom "$BIG" \
    dora@beta.test eom "$SPAM" \
    dina@beta.test eom "$SPAM" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    gwen@beta.test eom '451 Greylisted, please try again later' \
    lea@beta.test eom '451 4.4.0 Requested action aborted: local error in processing' \
    ray@beta.test eom '421 IP rate limit exceeded: 30/min (retry in 42s)' \
    tom@beta.test rcpt '452 4.5.3 Too many recipients' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-too-large	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe orchard ladder is in the barn.\n\nCarol
rejected-as-spam	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe kiln firing is on Thursday.\n\nCarol
virus-detected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe canoe club meets at the boathouse.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe beehives need checking before the frost.\n\nCarol
local-error	carol@alpha.test	lea@beta.test	192.0.2.25	Lea,\n\nthe village hall keys are with the warden.\n\nCarol
exim-message-too-large	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe telescope evening is clouded out.\n\nPat
exim-rejected-as-spam	pat@pi.test	dina@beta.test	192.0.2.35	Dina,\n\nthe chess set is missing a rook.\n\nPat
exim-virus-detected	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe seed swap is at the library.\n\nPat
exim-ip-rate-limit	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe tide tables are on the noticeboard.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe harvest supper needs more chairs.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the
# four temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
