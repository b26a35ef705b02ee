#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-laser: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of MailLaser, an SMTP-to-webhook bridge in Rust: it takes mail for the addresses of its TARGET_EMAILS list,
# checks the sender's DMARC (with the SPF and DKIM it needs) when DMARC_MODE asks it to, asks a Cedar policy whether
# the sender may send to that recipient and attach each attachment, hands the attachments to its backend (inline or
# S3) and posts the message to the configured webhook as JSON (read with the search tool in the repository
# Govcraft/mail-laser, MIT by its LICENSE file: src/smtp/mod.rs at commit 85962d0aae02, step and finalize_message, every
# reply after the message; src/smtp/smtp_protocol.rs at the same commit, the state machine that writes the greeting,
# the EHLO answer and the syntax and sequence replies; src/smtp/ip_limiter.rs at commit 42c006fbfc48, the per-address
# connection cap, which closes the connection without a reply; src/dmarc/mod.rs at commit 42c006fbfc48, decide, the
# DMARC replies; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the project's; the DSNs are made.
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
#   "550 No such user here"   (step: the recipient is none of TARGET_EMAILS) to RCPT TO, for ned@ and nick@beta.test
#   "552 5.3.4 Message size exceeds fixed limit"   (step and finalize_message: the data passed max_message_size_bytes,
#                              drained to the end) after the message, for lars@beta.test, sent by the Postfix
#   "550 5.7.1 DMARC policy violation"   (decide: DMARC_MODE enforce, the From domain publishes a record and neither
#                              SPF nor DKIM aligned) after the message, for dora@ and dirk@beta.test
#   "451 4.7.0 DMARC temporary error"   (decide: enforce mode, a DNS error or the timeout ended the check, and the
#                              temperror action is reject) after the message, to every attempt, for tara@beta.test,
#                              sent by the Postfix
#   "550 5.7.1 Sender not authorized"   (finalize_message: the Cedar policy denies SendMail to the principal, the
#                              envelope sender or the DMARC-aligned From) after the message, for sean@ and saul@beta.test
#   "451 4.3.0 Could not parse message"   (finalize_message: EmailParser failed) after the message, to every attempt,
#                              for pia@beta.test, sent by the Exim
#   "552 5.3.4 Attachment 'minutes.pdf' exceeds size limit"   (finalize_message: an attachment passed
#                              max_attachment_size_bytes; the quoted name is the attachment's filename, '(unnamed)'
#                              without one) after the message, for abby@beta.test, sent by the Exim
#   "550 5.7.1 Attachment not permitted by policy"   (finalize_message: the Cedar policy denies Attach for an
#                              attachment's type, name or size) after the message, for alan@beta.test, sent by the Exim
#   "451 4.7.0 Attachment delivery backend failed"   (finalize_message: the attachment backend, inline or S3, failed
#                              to prepare an attachment) after the message, to every attempt, for bea@beta.test, sent
#                              by the Postfix
# Not served: "500 Command not recognized or out of sequence", "501 Syntax error in MAIL FROM parameters", "501 Syntax
# error in RCPT TO parameters", the 503 sequence replies and "503 5.5.1 Bad sequence: no MAIL FROM or RCPT TO"
# (commands neither sender sends), and the per-address connection cap, which closes the connection with no reply. The
# replies are chosen by recipient, not by anything the senders did; the temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-laser}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailLaser's replies.
printf '%s\t%s\t%s\n' \
    ned@beta.test rcpt '550 No such user here' \
    nick@beta.test rcpt '550 No such user here' \
    lars@beta.test eom '552 5.3.4 Message size exceeds fixed limit' \
    dora@beta.test eom '550 5.7.1 DMARC policy violation' \
    dirk@beta.test eom '550 5.7.1 DMARC policy violation' \
    tara@beta.test eom '451 4.7.0 DMARC temporary error' \
    sean@beta.test eom '550 5.7.1 Sender not authorized' \
    saul@beta.test eom '550 5.7.1 Sender not authorized' \
    pia@beta.test eom '451 4.3.0 Could not parse message' \
    abby@beta.test eom "552 5.3.4 Attachment 'minutes.pdf' exceeds size limit" \
    alan@beta.test eom '550 5.7.1 Attachment not permitted by policy' \
    bea@beta.test eom '451 4.7.0 Attachment delivery backend failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe allotment gate has a new padlock.\n\nCarol
message-size-exceeds-fixed-limit	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe rowing club needs two more for the eight.\n\nCarol
dmarc-policy-violation	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe jumble sale starts at ten.\n\nCarol
dmarc-temporary-error	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe orchard walk is on Sunday after all.\n\nCarol
sender-not-authorized	carol@alpha.test	sean@beta.test	192.0.2.25	Sean,\n\nthe pantomime tickets are on the hall table.\n\nCarol
attachment-delivery-backend-failed	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe beehives were checked on Thursday.\n\nCarol
exim-no-such-user	pat@pi.test	nick@beta.test	192.0.2.35	Nick,\n\nthe darts team plays away next week.\n\nPat
exim-dmarc-policy-violation	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe footpath by the mill is open again.\n\nPat
exim-sender-not-authorized	pat@pi.test	saul@beta.test	192.0.2.35	Saul,\n\nthe bell ringers practise on Wednesday.\n\nPat
exim-could-not-parse-message	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe seed swap is in the school hall.\n\nPat
exim-attachment-exceeds-size-limit	pat@pi.test	abby@beta.test	192.0.2.35	Abby,\n\nthe minutes of the last meeting follow.\n\nPat
exim-attachment-not-permitted	pat@pi.test	alan@beta.test	192.0.2.35	Alan,\n\nthe pond dipping kit is in the shed.\n\nPat
SEND
# nine messages refused for good, returned at once (four by the Postfix, five by the Exim), then for the three 451
# replies a warning after a minute and a return after 3 from the sender they answered
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
