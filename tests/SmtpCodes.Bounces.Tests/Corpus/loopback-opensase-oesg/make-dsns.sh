#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-opensase-oesg: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the OpenSASE Email Security Gateway (OESG), the inbound SMTP front end in Rust on Tokio of abiolaogu's
# SASE-SDWAN platform (a domain's MX points at it; it reads each message, runs it through its security pipeline, sender
# reputation, spam, phishing, attachment and sandbox checks, business e-mail compromise and DLP, and delivers,
# quarantines, rejects, drops or defers it; the repository abiolaogu/SASE-SDWAN, no licence file read; read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below:
# opensase-core/crates/sase-email-security/src/smtp.rs (commit cd7755ba4d71, SmtpServer::handle_connection and
# SmtpSession::send_response, which writes "<code> <text>\r\n") and the verdicts of
# opensase-core/crates/sase-email-security/src/lib.rs (the same commit, EmailSecurityGateway::process and
# determine_action; the milter front end of src/mta.rs, commit 540afaefa56d, maps the same verdicts to milter actions
# without texts):
#   to RCPT TO "452 4.5.3 Too many recipients" (the envelope already holds max_recipients, 100 by default);
#   after the message "550 5.7.1 Message rejected" (the verdict Reject: the sender's address is blocklisted, or the
#   malware score reached 5, or the phishing score reached the threshold, 7 by default, or a DLP violation is
#   critical), "451 4.7.1 Try again later" (the verdict Defer, "Defer for sandbox analysis"; determine_action at this
#   commit never picks it, the branch is the code's all the same) and "451 4.3.0 Temporary failure" (the message could
#   not be parsed).
# Each reply byte for byte, at the stage the code sends it:
#   "452 4.5.3 Too many recipients"   to RCPT TO, to every attempt, for tim@ and tod@ beta.test
#   "550 5.7.1 Message rejected"      after the message, for rex@ and roy@ beta.test
#   "451 4.7.1 Try again later"       after the message, to every attempt, for dex@ and dag@ beta.test
#   "451 4.3.0 Temporary failure"     after the message, to every attempt, for pam@ and pip@ beta.test
# Not served: the greeting "<hostname> ESMTP OpenSASE Email Gateway" and the EHLO answer (the replaying server's are
# used), "503 5.5.1 No recipients" and "503 5.5.1 Bad sequence of commands" (sequence errors, which a relaying MTA does
# not make), a message over max_message_size (the session ends with an error and no reply) and the accepting replies
# "250 2.0.0 OK: Message accepted" (Deliver, DeliverModified and Quarantine) and "250 2.0.0 OK" (Drop), which make no
# DSN. The 452 is served to the first recipient of a one-recipient message, as if the limit were reached; the
# replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few lines
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# OESG's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-opensase-oesg}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the OpenSASE Email Security Gateway's replies.
TOOMANY='452 4.5.3 Too many recipients'
REJECTED='550 5.7.1 Message rejected'
DEFER='451 4.7.1 Try again later'
PARSE='451 4.3.0 Temporary failure'
printf '%s\t%s\t%s\n' \
    tim@beta.test rcpt "$TOOMANY" \
    tod@beta.test rcpt "$TOOMANY" \
    rex@beta.test eom "$REJECTED" \
    roy@beta.test eom "$REJECTED" \
    dex@beta.test eom "$DEFER" \
    dag@beta.test eom "$DEFER" \
    pam@beta.test eom "$PARSE" \
    pip@beta.test eom "$PARSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-recipients	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe garden gate needs a new latch.\n\nCarol
message-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe band plays on the green at six.\n\nCarol
try-again-later	carol@alpha.test	dex@beta.test	192.0.2.25	Dex,\n\nthe apple trees were pruned on Monday.\n\nCarol
temporary-failure	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe ferry timetable changed this week.\n\nCarol
exim-too-many-recipients	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe log pile is stacked by the wall.\n\nPat
exim-message-rejected	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe pottery class starts in spring.\n\nPat
exim-try-again-later	pat@pi.test	dag@beta.test	192.0.2.35	Dag,\n\nthe dinghy is back on its trailer.\n\nPat
exim-temporary-failure	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe walnut tree dropped its first nuts.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the three
# temporary replies (one to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
