#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fastsmtp: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# FastSMTP, an async SMTP server in Python (aiosmtpd) that receives mail for configured domains and recipients and hands
# each message to a webhook, with DKIM and SPF checks, per-IP rate limits and queue backpressure (the repository
# jsenecal/fastsmtp, read with the search tool; MIT, its README's "License"; only the reply texts are quoted):
# fastsmtp/src/fastsmtp/smtp/server.py at commit 73650094a8a8, whose FastSMTPHandler.handle_RCPT answers "550 " and
# lookup_recipient's error and whose handle_DATA answers after the message's final dot (aiosmtpd calls handle_DATA
# once the data are in); a later stored version of the same file (51,055 characters, with check_queue_backpressure and
# per-domain DKIM/SPF policies; the search tool gave it without its commit) for the queue-full reply;
# fastsmtp/src/fastsmtp/smtp/rate_limiter.py at commit 0e1dc2292230, SMTPRateLimiter.check_message's error text, which
# handle_DATA writes after "421 ". A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are FastSMTP's; the DSNs are made.
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
#   "550 Domain delta.test not configured"   (handle_RCPT: lookup_recipient finds no enabled, live domain of that name
#                              among the configured domains, "Domain {domain_name} not configured") to RCPT TO, for
#                              ray@ and roy@ delta.test
#   "550 User gil not found"   (handle_RCPT: the domain is configured but no enabled recipient has that local part and
#                              it has no catch-all recipient, "User {local_part} not found") to RCPT TO, for gil@ and
#                              (as "550 User gail not found") gail@ beta.test
#   "550 DKIM verification failed"   (handle_DATA: smtp_reject_dkim_fail is set and the message's DKIM result is
#                              "fail") after the message, for dora@beta.test
#   "550 SPF verification failed"   (handle_DATA: smtp_reject_spf_fail is set and the SPF result for the client and
#                              MAIL FROM is "fail") after the message, for sid@beta.test
#   "550 Failed to parse message"   (handle_DATA: email.message_from_bytes raised on the message's bytes) after the
#                              message, for pia@beta.test
#   "421 Too many messages, please slow down"   (handle_DATA: the client's address sent messages_per_minute messages
#                              within the sliding minute, 60 by default; the rate limiter's own text) after the message,
#                              to every attempt, for sam@ and sue@ beta.test
#   "451 Temporary failure, please retry"   (handle_DATA: persisting the message and its webhook deliveries to the
#                              database raised) after the message, to every attempt, for tess@beta.test
#   "451 Service temporarily unavailable - queue full, try again later"   (the later handle_DATA: the webhook delivery
#                              queue holds queue_max_pending pending deliveries and queue_backpressure_action is not
#                              "drop") after the message, to every attempt, for quinn@beta.test
# Not served: "452 Too many recipients" (more recipients than smtp_rate_limit_recipients_per_message in one message),
# "550 Invalid recipient address" and "550 Invalid domain name encoding" (addresses the senders would not route), "550
# Empty message" (no content at all, which aiosmtpd does not hand over), "250 OK (backpressure: message dropped)", the
# connection rate limiter's "Too many connections, please slow down" (which server.py at these commits never writes)
# and what aiosmtpd itself answers (size limit, syntax, AUTH and TLS replies).
# The replies are chosen by recipient, not by anything the senders did: no domain is configured anywhere, no message is
# signed, no SPF record exists, the messages are plain text of a few hundred bytes, nobody sent 60 messages in a minute.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fastsmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): FastSMTP's replies.
SLOW='421 Too many messages, please slow down'
printf '%s\t%s\t%s\n' \
    ray@delta.test rcpt '550 Domain delta.test not configured' \
    roy@delta.test rcpt '550 Domain delta.test not configured' \
    gil@beta.test rcpt '550 User gil not found' \
    gail@beta.test rcpt '550 User gail not found' \
    dora@beta.test eom '550 DKIM verification failed' \
    sid@beta.test eom '550 SPF verification failed' \
    pia@beta.test eom '550 Failed to parse message' \
    sam@beta.test eom "$SLOW" \
    sue@beta.test eom "$SLOW" \
    tess@beta.test eom '451 Temporary failure, please retry' \
    quinn@beta.test eom '451 Service temporarily unavailable - queue full, try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-configured	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe allotment gate needs a new padlock.\n\nCarol
user-not-found	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe choir rehearsal moved to Wednesday.\n\nCarol
dkim-verification-failed	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe seed catalogue arrived this morning.\n\nCarol
failed-to-parse	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe ferry timetable changes next week.\n\nCarol
too-many-messages	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe bread oven is hot by noon.\n\nCarol
temporary-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe library returns box is full again.\n\nCarol
exim-domain-not-configured	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe lighthouse tour starts at two.\n\nPat
exim-user-not-found	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe quilting frame is back from repair.\n\nPat
exim-spf-verification-failed	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bike shed roof is leaking.\n\nPat
exim-too-many-messages	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe pond pump is making a noise.\n\nPat
exim-queue-full	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe cider press is free on Saturday.\n\nPat
SEND
# seven messages refused for good, returned at once (four by the Postfix, three by the Exim), then for each of the
# four temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
