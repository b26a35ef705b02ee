#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2http: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smtp2http, alash3al's SMTP-to-webhook gateway (an SMTP server that posts each message it receives to a configured
# web endpoint; the repository alash3al/smtp2http, its LICENSE the MIT terms, "Copyright 2020 uFlare"; read with the
# search tool), in its two generations:
#   - the first, on alash3al/go-smtpsrv's own SMTP code: smtp2http's handler.go at commit 306b4bcde81d (its refusals;
#     the same texts at 03039fa2fd06) and go-smtpsrv's processors.go at 02809fa43c1a (the library's DATA processor
#     writes a handler's error as "450 " and its text, no enhanced code; its own "503 error parsing the DATA ..." when
#     the data cannot be read as a message within MaxBodySize; its MAIL processor sets Mailable when the sender's
#     domain has MX records and checks SPF) and request.go at the same commit (the Request's Mailable and SPFResult);
#   - the second, smtp2http's main.go at 87d05096dd1f (its handler's refusals, on alash3al/go-smtpsrv v3.0.1 and
#     emersion/go-smtp v0.13.0, vendor/modules.txt): go-smtp writes a DATA handler's plain error as "554 5.0.0 Error:
#     transaction failed, blame it on the weather: " and the error's text (toSMTPStatus; read in emersion/go-smtp's
#     conn.go at 0112262d94af and in Debian's golang-github-emersion-go-smtp-dev 0.12.1, the same words in both);
#     vars.go at 87d05096dd1f gives the defaults (--msglimit 2097152 bytes, --webhook
#     http://localhost:8080/my/webhook, --domain localhost.com).
# Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are smtp2http's and go-smtpsrv's (with go-smtp's prefix); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message's final dot (where both generations answer: the handler runs on the
# data; neither refuses a recipient, go-smtpsrv's Addressable hook is unset by smtp2http):
#   First generation (go-smtpsrv's DATA processor, 450 and the handler's error; each to every attempt):
#   "450 Your host isn't configured correctly or you are a spammer -_-"   (handler.go with --strict: the SPF check of
#                              the client's address for the sender's domain gave anything but Pass) for amy@ and sam@
#                              beta.test (one each sender)
#   "450 Your mail isn't valid because it cannot receive emails -_-"   (handler.go with --strict: the sender's domain has
#                              no MX record, Mailable false) for mo@beta.test (the Exim)
#   "450 Cannot read your message, it may be because of it exceeded the limits"   (handler.go: parsemail could not parse
#                              the message) for ray@beta.test (the Postfix)
#   "450 BACKEND: 500 Internal Server Error"   (handler.go: the webhook answered with a status other than 200, here
#                              500, as resty's Status() gives it) for bo@beta.test (the Postfix)
#   "450 Cannot accept your message due to internal error, please report that to our engineers, 'Post
#   http://localhost:8080/my/webhook: dial tcp 127.0.0.1:8080: connect: connection refused'"   (one line; handler.go:
#                              the webhook could not be reached, the error's text as Go before 1.14 prints a failed
#                              POST to the default --webhook with nothing listening: the cause chosen by this run) for
#                              wes@beta.test (the Exim)
#   "503 error parsing the DATA, it may exceeded the max size of 2097152 bytes"   (go-smtpsrv's DATA processor: the data,
#                              cut at MaxBodySize, smtp2http's --msglimit default, could not be read as a message) for
#                              dee@beta.test (the Postfix)
#   Second generation (go-smtp's 554 5.0.0 and prefix, then main.go's error):
#   "554 5.0.0 Error: transaction failed, blame it on the weather: Nope!"   (main.go: the recipient's domain is not the
#                              configured --domain, logged "domain not allowed"; here beta.test is configured) for
#                              nell@ and gwen@ gamma.test (one each sender)
#   "554 5.0.0 Error: transaction failed, blame it on the weather: E1: Cannot accept your message due to internal error,
#   please report that to our engineers"   (one line; main.go: the JSON POST to the webhook failed) for eli@beta.test
#                              (the Exim)
#   "554 5.0.0 Error: transaction failed, blame it on the weather: E2: Cannot accept your message due to internal error,
#   please report that to our engineers"   (one line; main.go: the webhook answered with a status other than 200) for
#                              eve@beta.test (the Postfix)
# Not served: go-smtpsrv's replies to malformed or out-of-order commands and its AUTH and TLS replies, "501 no such user
# - <address>" (the Addressable hook, which smtp2http never sets), main.go's "Cannot read your message: " and a parser's
# error (the cause would be this run's invention), go-smtp's own size, line-length and sequence replies (the corpus
# has them).
# The replies are chosen by recipient, not by anything the senders did: nobody ran an SPF check, the senders' domains
# have MX records, the messages are small and well formed, no webhook was called.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most
# 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2http}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp2http's replies.
SPF="450 Your host isn't configured correctly or you are a spammer -_-"
NOPE='554 5.0.0 Error: transaction failed, blame it on the weather: Nope!'
printf '%s\t%s\t%s\n' \
    amy@beta.test eom "$SPF" \
    sam@beta.test eom "$SPF" \
    mo@beta.test eom "450 Your mail isn't valid because it cannot receive emails -_-" \
    ray@beta.test eom '450 Cannot read your message, it may be because of it exceeded the limits' \
    bo@beta.test eom '450 BACKEND: 500 Internal Server Error' \
    wes@beta.test eom "450 Cannot accept your message due to internal error, please report that to our engineers, 'Post http://localhost:8080/my/webhook: dial tcp 127.0.0.1:8080: connect: connection refused'" \
    dee@beta.test eom '503 error parsing the DATA, it may exceeded the max size of 2097152 bytes' \
    nell@gamma.test eom "$NOPE" \
    gwen@gamma.test eom "$NOPE" \
    eli@beta.test eom '554 5.0.0 Error: transaction failed, blame it on the weather: E1: Cannot accept your message due to internal error, please report that to our engineers' \
    eve@beta.test eom '554 5.0.0 Error: transaction failed, blame it on the weather: E2: Cannot accept your message due to internal error, please report that to our engineers' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-not-pass	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe kayak club meets at the boathouse on Sunday.\n\nCarol
cannot-read-message	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe hedge trimmer is back in the shed.\n\nCarol
backend-status	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe bake sale raised enough for the new nets.\n\nCarol
data-parse-error	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe poster proofs are on the printer.\n\nCarol
domain-not-allowed	carol@alpha.test	nell@gamma.test	192.0.2.25	Nell,\n\nthe orchard walk starts at ten.\n\nCarol
webhook-status-e2	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe minutes of Tuesday are attached to nothing yet.\n\nCarol
exim-spf-not-pass	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe chess boards are in the cupboard.\n\nPat
exim-sender-not-mailable	pat@pi.test	mo@beta.test	192.0.2.35	Mo,\n\nthe gate code changed last night.\n\nPat
exim-webhook-unreachable	pat@pi.test	wes@beta.test	192.0.2.35	Wes,\n\nthe bike rack is fixed.\n\nPat
exim-domain-not-allowed	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe jam jars are washed.\n\nPat
exim-webhook-post-e1	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe tide tables are pinned up.\n\nPat
SEND
# five messages refused for good, returned at once (three by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to the Postfix, three to the Exim) a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
