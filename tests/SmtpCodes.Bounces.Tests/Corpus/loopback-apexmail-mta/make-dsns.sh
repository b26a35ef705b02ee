#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-apexmail-mta: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP server of ApexMail's MTA, the mail-transfer crate of ApexMail, sbelakho2's email platform
# in Rust (campaigns, analytics, an AI assistant and a mail server of its own; the crate's README: "ApexMail MTA -
# inbound SMTP, bounce processing, feedback loops, and email authentication"). Repository sbelakho2/ApexMail, read with
# the search tool; its LICENSE (commit 23b471e39a72) is a proprietary licence, all rights reserved, of the company that
# owns it (Bel Consulting), so only the reply texts are quoted. The file read is
# services/mail-server/crates/mta/src/servers/inbound.rs at commit df9fefddabad (the InboundServer on tokio, SQLx and
# Redis), whose own code writes every reply below, one line each, as "<code> <words>" with no enhanced status code:
#   handle_session_plain: "421 Too many connections, try again later" instead of the greeting, when the client's
#   address already holds rate_limit.max_connections_per_ip connections (check_rate_limit), and the connection closes;
#   handle_command, MAIL FROM: "550 Reverse DNS lookup required" when the client's address has no forward-confirmed
#   PTR record (verify_inbound_source: a PTR name whose A/AAAA lookup gives the address back; private and loopback
#   addresses are exempt);
#   handle_command, RCPT TO: "550 No such user here" when the recipient's domain is not one of the platform's verified
#   domains (is_managed_recipient: SELECT ... FROM domains WHERE name = the domain AND status = 'verified'), and "451
#   Temporary local problem" when that lookup fails (the database error);
#   run_session_loop, after the message: "552 Message too large" when the message passed config.max_message_size, and
#   "451 Temporary failure: <error>" when process_message fails, whose one error in its own words is the DMARC verdict
#   (`anyhow::bail!("Message rejected by policy (DMARC)")` when EmailAuthenticator::should_accept says Reject), so the
#   reply is "451 Temporary failure: Message rejected by policy (DMARC)": a DMARC rejection worded as a temporary
#   failure.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ApexMail's; the DSNs are made.
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
#   "421 Too many connections, try again later"   instead of the greeting, to every connection from the Postfix's
#                              second address (192.0.2.24), which sends the mail for gus@gamma.test
#   "550 Reverse DNS lookup required"   to MAIL FROM, from the Exim's second address (192.0.2.34), which sends the mail
#                              for gil@gamma.test
#   "550 No such user here"   to RCPT TO, for nan@ and noa@ beta.test
#   "451 Temporary local problem"   to RCPT TO, to every attempt, for tim@ and tess@ beta.test
#   "552 Message too large"   after the message, for bob@ and bea@ beta.test
#   "451 Temporary failure: Message rejected by policy (DMARC)"   after the message, to every attempt, for dee@ and
#                              dora@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); "530 Authentication required" (only when
# the operator sets config.auth_required, and then to every MAIL FROM, RCPT TO and DATA of a client that has not
# authenticated); "452 Too many recipients" (more than config.max_recipients recipients in one transaction: each
# message here has one); "550 Invalid recipient" (a recipient without a domain, which no relaying MTA sends); "421
# Data timeout exceeded" (a ten-minute stall in the message); "451 Temporary failure: <error>" with the database's or
# Redis's own error text (no words of ApexMail's); the syntax and sequence replies ("501 Invalid HELO/EHLO hostname",
# "503 Bad sequence of commands", "502 Command not recognised", "454 TLS not available"). The client-keyed replies
# take the two senders' second addresses, one each, as the layout has no more: the 421 is served to the Postfix only
# and the 550 at MAIL FROM to the Exim only. Later versions of the file (the search tool's file id 66442209087, commit
# not named) add enhanced status codes and other words ("421 4.7.0 Too many connections, try again later", "550
# 5.7.25 Reverse DNS lookup required (FCrDNS)", "451 4.4.3 Temporary DNS failure verifying sender"); they are not
# served: the replies are df9fefddabad's. The replies are chosen by recipient or client address, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-apexmail-mta}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ApexMail's inbound MTA's replies.
NOUSER='550 No such user here'
LOCAL='451 Temporary local problem'
LARGE='552 Message too large'
DMARC='451 Temporary failure: Message rejected by policy (DMARC)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 Too many connections, try again later' \
    client:192.0.2.34 mail '550 Reverse DNS lookup required' \
    nan@beta.test rcpt "$NOUSER" \
    noa@beta.test rcpt "$NOUSER" \
    tim@beta.test rcpt "$LOCAL" \
    tess@beta.test rcpt "$LOCAL" \
    bob@beta.test eom "$LARGE" \
    bea@beta.test eom "$LARGE" \
    dee@beta.test eom "$DMARC" \
    dora@beta.test eom "$DMARC" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed again.\n\nCarol
no-such-user-here	carol@alpha.test	nan@beta.test	192.0.2.25	Nan,\n\nthe compost bins are full already.\n\nCarol
temporary-local-problem	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe bike shed lock is stiff.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe paint samples are on the sill.\n\nCarol
rejected-by-dmarc-policy	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe kettle at the hall is broken.\n\nCarol
exim-reverse-dns-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe pumpkins are ready to pick.\n\nPat
exim-no-such-user-here	pat@pi.test	noa@beta.test	192.0.2.35	Noa,\n\nthe rowing club meets at dawn.\n\nPat
exim-temporary-local-problem	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe map of the trail is in the car.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe gutter needs clearing again.\n\nPat
exim-rejected-by-dmarc-policy	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe library sale starts at ten.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then for each of the five
# temporary cases (three to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
