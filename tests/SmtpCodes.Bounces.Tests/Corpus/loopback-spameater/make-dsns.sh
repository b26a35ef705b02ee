#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-spameater: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of SpamEater, rufftruffles's self-hosted disposable (temporary) e-mail service: Haraka, the Node.js mail server, takes
# the mail of the service's domains on port 25 with two plugins of SpamEater's own in JavaScript, rate_limit_inbox (per
# sending address and per inbox rate limits) and save_email (stores each message, encrypted, in SQLite for the web
# inbox), and a web front end shows the inboxes (the repository rufftruffles/spameater, MIT by its LICENSE; read with
# the search tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   haraka/plugins/rate_limit_inbox.js (commit 91d404d39668: hook_connect and hook_rcpt, next(DENYDISCONNECT, ...),
#   next(DENYSOFT, ...) and next(DENY, ...) with the plugin's own text), haraka/plugins/save_email.js (commit
#   8e807ebe8f5c: hook_data_post, next(DENY, ...) and next(DENYSOFT, ...)), haraka/config/plugins (commits 92c256a2503a
#   and ea7fb5e659f8), haraka/config/smtp.ini (commit 92c256a2503a: no uuid setting); the frame is Haraka's own, read in
#   Haraka 3.3.4's connection.js (the npm package Haraka@3.3.4, fetched with `npm pack`; SpamEater installs Haraka from
#   npm without a version): connect_respond writes DENYDISCONNECT as "554 <msg>" and closes, rcpt_respond writes DENY
#   as "550 <msg>" and DENYSOFT as "450 <msg>", data_post_respond writes DENY as "550 <msg>" and DENYSOFT as
#   "450 <msg>", the plugin's text as given, no enhanced code; respond adds no uuid prefix (connection.ini's
#   deny_chars=0 by default).
#   Instead of the greeting "554 Too many connections. Please try again later." (more than 100 connections in an hour
#   from one address or IPv6 /64);
#   to RCPT TO "450 Rate limit exceeded. Please try again later." (the sending address's 30 recipients a minute, or the
#   inbox's 10 a minute with its burst of 5 spent), "450 Hourly rate limit exceeded. Please try again later." (the
#   sending address's 300 or the inbox's 100 an hour) and "550 Daily rate limit exceeded for this address." (the
#   inbox's 500 a day);
#   after the message "550 Message too large" (the stored text and HTML bodies over 10485760 bytes), "450 Temporary
#   processing error" (storing the message or writing the inbox's JSON file failed) and "450 Message processing failed"
#   (an exception while the message was read).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugins', in Haraka's frame; the DSNs are made.
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
#   "554 Too many connections. Please try again later."   instead of the greeting, to every connection from both
#                              senders' second addresses (192.0.2.24, 192.0.2.34), which send the mail for gus@ and
#                              gil@ gamma.test
#   "450 Rate limit exceeded. Please try again later."   to RCPT TO, to every attempt, for rae@ and rex@ beta.test
#   "450 Hourly rate limit exceeded. Please try again later."   to RCPT TO, to every attempt, for hal@ and hugh@ beta.test
#   "550 Daily rate limit exceeded for this address."   to RCPT TO, for dan@ and dot@ beta.test
#   "550 Message too large"   after the message, for bob@ and bea@ beta.test
#   "450 Temporary processing error"   after the message, to every attempt, for tia@ and tom@ beta.test
#   "450 Message processing failed"   after the message, to every attempt, for meg@ and max@ beta.test
# Not served: Haraka's greeting ("SpamEater SMTP Ready" by smtp.ini's banner), EHLO answer and stock replies, and the
# replies of Haraka's own plugins in SpamEater's list (access, helo.checks, mail_from.is_resolvable,
# rcpt_to.in_host_list, data.headers, spf, dkim); save_email's own RCPT TO refusals "550 Invalid email address format"
# and "550 Mail for domain <domain> not accepted here", which no recipient reaches in either plugin list read: an
# earlier rcpt hook (rate_limit_inbox, or rcpt_to.in_host_list for a listed domain) answers OK first, and Haraka asks no
# later rcpt hook after an OK. The replies are chosen by recipient or client address, not by anything the senders did:
# each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-spameater}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SpamEater's plugins' replies in Haraka's frame.
CONNECTIONS='554 Too many connections. Please try again later.'
RATE='450 Rate limit exceeded. Please try again later.'
HOURLY='450 Hourly rate limit exceeded. Please try again later.'
DAILY='550 Daily rate limit exceeded for this address.'
LARGE='550 Message too large'
TEMPORARY='450 Temporary processing error'
FAILED='450 Message processing failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNECTIONS" \
    client:192.0.2.34 connect "$CONNECTIONS" \
    rae@beta.test rcpt "$RATE" \
    rex@beta.test rcpt "$RATE" \
    hal@beta.test rcpt "$HOURLY" \
    hugh@beta.test rcpt "$HOURLY" \
    dan@beta.test rcpt "$DAILY" \
    dot@beta.test rcpt "$DAILY" \
    bob@beta.test eom "$LARGE" \
    bea@beta.test eom "$LARGE" \
    tia@beta.test eom "$TEMPORARY" \
    tom@beta.test eom "$TEMPORARY" \
    meg@beta.test eom "$FAILED" \
    max@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bus to the coast leaves at eight.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe beehives need checking this week.\n\nCarol
hourly-rate-limit-exceeded	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe chimney sweep comes on Monday.\n\nCarol
daily-rate-limit-exceeded	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe harvest supper is on Friday.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe snow chains are in the boot.\n\nCarol
temporary-processing-error	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe quilt show opens on Saturday.\n\nCarol
message-processing-failed	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe hedge needs trimming before the fete.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe wind turned north last night.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe brass band plays in the park.\n\nPat
exim-hourly-rate-limit-exceeded	pat@pi.test	hugh@beta.test	192.0.2.35	Hugh,\n\nthe village fete needs a raffle prize.\n\nPat
exim-daily-rate-limit-exceeded	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe rowing club meets at the boathouse.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe telescope is back from repair.\n\nPat
exim-temporary-processing-error	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe village hall roof is mended.\n\nPat
exim-message-processing-failed	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe apple day is next weekend.\n\nPat
SEND
# four messages refused for good at RCPT TO or after the message, returned at once (two by the Postfix, two by the
# Exim); for each of the four temporary replies to each sender a warning after a minute and a return after 3; and the
# 554 greeting, which each sender handles in its own way (a deferral or a return)
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
