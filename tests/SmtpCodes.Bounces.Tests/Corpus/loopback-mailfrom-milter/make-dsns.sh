#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailfrom-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a receiving Postfix sends from the answers of mailfrom-milter, 0kaba0hub's Postfix milter in Go on go-milter
# (0kaba0hub's fork of emersion/go-milter) that enforces the alignment of an authenticated session's domains: check A,
# the SASL username's domain against the MAIL FROM domain, at MAIL FROM; check B, the MAIL FROM domain against the From
# header's domain, once the headers are in (repository 0kaba0hub/mailfrom-milter, GPL-3.0 by its README; read with the
# search tool: app/go/main.go at commit 48c7db5734ae, rejectWith, MailFrom and handleReject; README.md at commit
# 03faf2f77eff, its tables of actions and environment variables; only the reply texts are quoted). Its one refusal is
# built by rejectWith from the REJECT_CODE setting (421, the default, "temp", or 550, "perm") and an error code of its
# own: "<REJECT_CODE> <its first digit>.7.1 Rejected due of violation of policy. Error code: <code>", given to the MTA as
# a milter reply code (SMFIR_REPLYCODE); MFC010001 when check A fails (in MailFrom), MFC010002 when check B fails (in
# Headers, at the end of the headers). Postfix's smtpd sends a milter's reply text as it is, and disconnects after a 421
# (smtpd.c, check_milter_reply: "Automatically disconnect after 421 (shutdown) reply"); the reply to the headers event
# comes after the message's final dot. The served lines are those; the replaying server closes the connection after a
# 421 too.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are mailfrom-milter's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage it is served:
#   "421 4.7.1 Rejected due of violation of policy. Error code: MFC010001"   to MAIL FROM, to every attempt, for the
#                              Postfix's second address (client 192.0.2.24, which sends the mail for gamma.test: gus@);
#                              the default REJECT_CODE, check A failed (the login's domain is not the MAIL FROM domain)
#   "550 5.7.1 Rejected due of violation of policy. Error code: MFC010001"   to MAIL FROM, for the Exim's second
#                              address (client 192.0.2.34, gamma.test: gil@); REJECT_CODE=550, check A failed
#   "421 4.7.1 Rejected due of violation of policy. Error code: MFC010002"   after the message, to every attempt, for
#                              fay@ (Postfix) and fox@ (Exim) beta.test; the default REJECT_CODE, check B failed (the
#                              From header's domain is not the MAIL FROM domain)
#   "550 5.7.1 Rejected due of violation of policy. Error code: MFC010002"   after the message, for sam@ (Postfix) and
#                              sid@ (Exim) beta.test; REJECT_CODE=550, check B failed
# Not served: the discard action (MFC020001 and MFC020002 are only logged; the message is dropped without a reply),
# the quarantine_header and accept actions (the message is accepted), go-milter's own replies, and a REJECT_CODE other
# than 421 or 550 (the README names only those two; any other 4xx or 5xx code would be written the same way).
# The replies are chosen by recipient or by the client's address, not by anything the senders did: the senders do not
# authenticate, and each message's From header is its envelope sender; each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailfrom-milter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Postfix's replies from mailfrom-milter's answers.
AUTH421='421 4.7.1 Rejected due of violation of policy. Error code: MFC010001'
AUTH550='550 5.7.1 Rejected due of violation of policy. Error code: MFC010001'
DATA421='421 4.7.1 Rejected due of violation of policy. Error code: MFC010002'
DATA550='550 5.7.1 Rejected due of violation of policy. Error code: MFC010002'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTH421" \
    client:192.0.2.34 mail "$AUTH550" \
    fay@beta.test eom "$DATA421" \
    fox@beta.test eom "$DATA421" \
    sam@beta.test eom "$DATA550" \
    sid@beta.test eom "$DATA550" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
login-domain-mismatch-temporary	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge wants trimming before May.\n\nCarol
header-from-mismatch-temporary	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe kiln is cooling until Sunday.\n\nCarol
header-from-mismatch	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe rowing boat has a new oar.\n\nCarol
exim-login-domain-mismatch	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe quiz night moved to the Crown.\n\nPat
exim-header-from-mismatch-temporary	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe beehives were checked on Monday.\n\nPat
exim-header-from-mismatch	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe orchard ladder is in the shed.\n\nPat
SEND
# three messages refused for good, returned at once (one by the Postfix, two by the Exim), then for each of the three
# temporary ones a warning after a minute and a return after 3
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
