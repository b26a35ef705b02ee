#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-servika-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of the mail send policy service of Servika, a web hosting control panel in
# Go (repository ServikaPanel/servika, read with the search tool: internal/mail/policy.go at commit 85f05f44f294,
# StartPolicyServer, "the Postfix policy delegation service used by smtpd_end_of_data_restrictions to enforce
# per-account send limits", and evaluateSendPolicy, each refusal an action "REJECT 5.7.1 text" or
# "DEFER_IF_PERMIT 4.7.1 text"; a later stored version splits it into lockSendingMailbox, readSentCounts,
# serverCeilingVerdict and suspendForSendLimit with the same texts; only the reply texts are quoted). Postfix 3's
# smtpd_check writes such an action, asked in smtpd_end_of_data_restrictions, as "554 5.7.1 <END-OF-MESSAGE>:
# End-of-data rejected: text" (a REJECT: its access_map_reject_code and the action's own enhanced code) or "450 4.7.1
# <END-OF-MESSAGE>: End-of-data rejected: text" (a DEFER_IF_PERMIT, resolved at the end of the end-of-data
# restrictions), after the message.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Servika's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message's final dot (E is "<END-OF-MESSAGE>: End-of-data rejected:"):
#   "554 5.7.1 E Mail account is not active"
#        the sending (SASL-authenticated) mailbox's status is not active; for ann@ and amy@ beta.test
#   "554 5.7.1 E Send limit exceeded; account suspended for security"
#        the mailbox passed its own hourly or daily send limit: Servika suspends it and refuses the message; for sid@
#        and sol@ beta.test
#   "450 4.7.1 E Send policy is temporarily unavailable"
#        the server settings could not be read (it fails closed; the later version also when the mailbox's sent
#        counts could not be read); to every attempt; for pia@ and pip@ beta.test
#   "450 4.7.1 E Domain hourly send limit reached; try again later"
#        the server-wide hourly ceiling for the sender's domain; to every attempt; for dan@ and don@ beta.test
#   "450 4.7.1 E Hourly send limit for this connection reached; try again later"
#        the server-wide hourly ceiling for the sending client's address; to every attempt; for cal@ and cy@ beta.test
# Not served: the DUNNO actions (no authenticated sender, a mailbox it does not know, a database error on the first
# lookup: no reply). The replies are chosen by recipient, not by anything the senders did: neither sender
# authenticates, has an account, a limit or a count with Servika. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-servika-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Servika's actions as Postfix's smtpd_check writes them.
E='<END-OF-MESSAGE>: End-of-data rejected:'
printf '%s\t%s\t%s\n' \
    ann@beta.test eom "554 5.7.1 $E Mail account is not active" \
    amy@beta.test eom "554 5.7.1 $E Mail account is not active" \
    sid@beta.test eom "554 5.7.1 $E Send limit exceeded; account suspended for security" \
    sol@beta.test eom "554 5.7.1 $E Send limit exceeded; account suspended for security" \
    pia@beta.test eom "450 4.7.1 $E Send policy is temporarily unavailable" \
    pip@beta.test eom "450 4.7.1 $E Send policy is temporarily unavailable" \
    dan@beta.test eom "450 4.7.1 $E Domain hourly send limit reached; try again later" \
    don@beta.test eom "450 4.7.1 $E Domain hourly send limit reached; try again later" \
    cal@beta.test eom "450 4.7.1 $E Hourly send limit for this connection reached; try again later" \
    cy@beta.test eom "450 4.7.1 $E Hourly send limit for this connection reached; try again later" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
account-not-active	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe garden gate latch is fixed.\n\nCarol
account-suspended	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe kayaks are back in the boathouse.\n\nCarol
policy-unavailable	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe reading group meets on Tuesday.\n\nCarol
domain-hourly-limit	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe hedge trimmer is in the shed.\n\nCarol
connection-hourly-limit	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe tide is low at four.\n\nCarol
exim-account-not-active	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe marquee goes up on Friday.\n\nPat
exim-account-suspended	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe bakery opens early on market day.\n\nPat
exim-policy-unavailable	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe old mill tour is on Sunday.\n\nPat
exim-domain-hourly-limit	pat@pi.test	don@beta.test	192.0.2.35	Don,\n\nthe football pitch was reseeded.\n\nPat
exim-connection-hourly-limit	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe lantern walk starts at dusk.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# messages deferred on every attempt (three to the Postfix, three to the Exim) a warning after a minute and a return
# after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
