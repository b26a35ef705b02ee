#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-erooster-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of Erooster, MTRNord's mail server in Rust (SMTP and IMAP on tokio over a Postgres
# database and maildir storage, with Rspamd, DKIM and DMARC checks on what it receives; the repository
# erooster-mail/erooster, crate crates/erooster_smtp; Apache-2.0 by the SPDX header of the file read ("SPDX-FileCopyrightText:
# 2023 MTRNord"); read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below, each one line sent through the connection's line sink (which adds the line end):
#   crates/erooster_smtp/src/commands/rcpt.rs (the stored version the search tool's file id 32307323942 names; its
#   commit not named by the tool), Rcpt::exec, for a client that has not authenticated: "551-5.7.1 Forwarding to
#   remote hosts disabled" and "551 5.7.1 Select another host to act as your forwarder" (one two-line reply, when the
#   recipient does not contain the server's hostname) and "550 5.1.1 Mailbox "<recipient>" does not exist" (the
#   database has no such user) (both wordings are RFC 2034's examples, which the code adopts);
#   crates/erooster_smtp/src/commands/data.rs (the stored version of file id 55105398676, "SPDX-FileCopyrightText:
#   2023 MTRNord", its commit not named by the tool), DataCommand::receive after the final dot, for a client that has
#   not authenticated: "550 5.7.1 Message rejected by spam filter" (Rspamd's action reject) and "451 4.7.1 Spam check
#   inconclusive, please try again later" (Rspamd's soft reject or greylist), "550 5.7.20 No passing DKIM signatures
#   found." (a DKIM signature failed or had a permanent error) and "451 4.7.20 No passing DKIM signatures found." (a
#   DKIM temporary error), "550 5.7.1 Email rejected per DMARC policy." (DMARC's DKIM or SPF result failed) and "451
#   4.7.1 Email temporarily rejected per DMARC policy." (a temporary error in either).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Erooster's; the DSNs are made.
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
#   "550 5.1.1 Mailbox "<recipient>" does not exist"   to RCPT TO, for nia@ and noah@ beta.test
#   "551-5.7.1 Forwarding to remote hosts disabled" / "551 5.7.1 Select another host to act as your forwarder"   to
#                              RCPT TO, for ray@ and rex@ beta.test
#   "550 5.7.1 Message rejected by spam filter"   after the message, for sia@ and sue@ beta.test
#   "451 4.7.1 Spam check inconclusive, please try again later"   after the message, to every attempt, for gina@ and
#                              gabe@ beta.test
#   "550 5.7.20 No passing DKIM signatures found."   after the message, for dan@ and dot@ beta.test
#   "451 4.7.20 No passing DKIM signatures found."   after the message, to every attempt, for tia@ and ted@ beta.test
#   "550 5.7.1 Email rejected per DMARC policy."   after the message, for mia@ and max@ beta.test
#   "451 4.7.1 Email temporarily rejected per DMARC policy."   after the message, to every attempt, for pia@ and pete@
#                              beta.test
# The DKIM and DMARC replies are written in the code with a CR LF of their own inside the string, so the server sends
# an empty line after each; the replaying server sends each as one line, as a client reads the reply. Not served: the
# greeting and EHLO answer (the replaying server's are used); the EHLO handler's SPF refusal (three one-line "550
# 5.7.1" replies in a row, "SPF MAIL FROM check failed:", "The domain example.com explains:" and "Please see
# http://www.example.com/mailpolicy.html", written to EHLO, which no relaying MTA reads as one reply); the
# authenticated submission path's "550 5.7.1 Message cannot be accepted." and "451 4.7.1 Service temporarily
# unavailable, please try again later." (after AUTH only); the AUTH, STARTTLS, syntax and sequence replies; the 250s.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-erooster-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Erooster's replies.
NOMAILBOX='550 5.1.1 Mailbox "{rcpt}" does not exist'
NORELAY='551-5.7.1 Forwarding to remote hosts disabled\n551 5.7.1 Select another host to act as your forwarder'
SPAM='550 5.7.1 Message rejected by spam filter'
SPAMTEMP='451 4.7.1 Spam check inconclusive, please try again later'
DKIM='550 5.7.20 No passing DKIM signatures found.'
DKIMTEMP='451 4.7.20 No passing DKIM signatures found.'
DMARC='550 5.7.1 Email rejected per DMARC policy.'
DMARCTEMP='451 4.7.1 Email temporarily rejected per DMARC policy.'
printf '%s\t%s\t%s\n' \
    nia@beta.test rcpt "$NOMAILBOX" \
    noah@beta.test rcpt "$NOMAILBOX" \
    ray@beta.test rcpt "$NORELAY" \
    rex@beta.test rcpt "$NORELAY" \
    sia@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    gina@beta.test eom "$SPAMTEMP" \
    gabe@beta.test eom "$SPAMTEMP" \
    dan@beta.test eom "$DKIM" \
    dot@beta.test eom "$DKIM" \
    tia@beta.test eom "$DKIMTEMP" \
    ted@beta.test eom "$DKIMTEMP" \
    mia@beta.test eom "$DMARC" \
    max@beta.test eom "$DMARC" \
    pia@beta.test eom "$DMARCTEMP" \
    pete@beta.test eom "$DMARCTEMP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-mailbox	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe ferry timetable changed on Monday.\n\nCarol
forwarding-disabled	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe allotment gate has a new padlock.\n\nCarol
spam-filter-reject	carol@alpha.test	sia@beta.test	192.0.2.25	Sia,\n\nthe choir sings at the harbour on Sunday.\n\nCarol
spam-check-inconclusive	carol@alpha.test	gina@beta.test	192.0.2.25	Gina,\n\nthe apple trees need pruning soon.\n\nCarol
dkim-fail	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe quiz questions are in the blue folder.\n\nCarol
dkim-temperror	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe canoe needs a coat of varnish.\n\nCarol
dmarc-reject	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe kiln is booked for Thursday.\n\nCarol
dmarc-temperror	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe tide is low at four tomorrow.\n\nCarol
exim-no-such-mailbox	pat@pi.test	noah@beta.test	192.0.2.35	Noah,\n\nthe lantern parade starts at dusk.\n\nPat
exim-forwarding-disabled	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe woodshed roof is fixed at last.\n\nPat
exim-spam-filter-reject	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe bird count is on Saturday morning.\n\nPat
exim-spam-check-inconclusive	pat@pi.test	gabe@beta.test	192.0.2.35	Gabe,\n\nthe bike pump is in the porch.\n\nPat
exim-dkim-fail	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe recipe cards are in the drawer.\n\nPat
exim-dkim-temperror	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe old radio works again.\n\nPat
exim-dmarc-reject	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe map club meets in the library.\n\nPat
exim-dmarc-temperror	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe hens laid six eggs today.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the six
# temporary cases (three to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
