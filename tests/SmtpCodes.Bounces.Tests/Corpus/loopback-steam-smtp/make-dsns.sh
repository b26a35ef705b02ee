#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-steam-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of sTeam (open-sTeam, "sTeaMail"), the groupware (CSCW) server written in Pike at the
# University of Paderborn (Thomas Bopp, Thorsten Hampel, Ludger Merkens, Christian Schmidt, 2000-2008; the repository
# societyserver/sTeam, read with the search tool: server/net/smtp.pike at commit 535f218a602a, "implements a
# smtp-server (see rfc2821 for details)", whose mail(), rcpt() and process_command() write each refusal with
# send_reply(code, text), three digits, a space and the text, no enhanced code; GPL-2.0-or-later, the file's header;
# only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are sTeam's; the DSNs are made.
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
#   "501 Mailing is restricted: members only - <sender> not a sTeam user!"   (mail(): with the configuration's
#                              mail_mailsystem "closed", the forward module's lookup_sender finds no sTeam user for the
#                              sender; process_command answers mail()'s text under 501; the sender as the client wrote
#                              it after "FROM:", with its angle brackets, as sTeam, which advertises no SIZE, receives
#                              it) to MAIL FROM, to the Postfix's second address (out2.alpha.test, which sends for
#                              gamma.test) with <carol@alpha.test>, for gus@gamma.test, and to the Exim's (out2.pi.test)
#                              with <pat@pi.test>, for gina@gamma.test
#   "550 unknown recipient <user>"   (rcpt(): a local domain, and the forward module's is_valid gives 0: no user, group
#                              or object of that name; the name is the local part in lower case) to RCPT TO, for gil@
#                              and gail@ beta.test
#   "550 write access failed, set permissions on target first"   (rcpt(): is_valid gives -1: the target exists, but the
#                              postman user that delivers mail has no write access to it) to RCPT TO, for ike@ and
#                              iris@ beta.test
#   "450 unknown error"   (rcpt(): is_valid gives any other answer) to RCPT TO, to every attempt, for eve@ and ed@
#                              beta.test
#   "550 we do not relay for you!"   (rcpt(): check_rcpt finds the domain neither the server's, nor a virtual host,
#                              nor a configured domain, nor one at the server's addresses) to RCPT TO, for ray@ and roy@
#                              delta.test
# Not served: the replies to malformed or out-of-order commands ("501 syntax error, wrong sender format!", "501 syntax
# error, recipient adress has illegal format", "501 wrong number of arguments", "503 bad sequence of commands - EHLO
# expected", "501 bad sequence of commands", "500 command not recognized") and "221 <server> closing connection, idle
# for too long". The server has no refusal after the message ("250 Message accepted, size is <n>").
# The replies are chosen by recipient or client address, not by anything the senders did: no sTeam exists, delta.test
# is a domain the replaying server serves. The greeting and the EHLO answer are the replaying server's (sTeam greets
# "<host> sTeaMail SMTP-Server ver1.0 ready, <time>" and answers EHLO with one line, no extensions). The temporary reply
# comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-steam-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): sTeam's replies.
WRITE='550 write access failed, set permissions on target first'
RELAY='550 we do not relay for you!'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '501 Mailing is restricted: members only - <carol@alpha.test> not a sTeam user!' \
    client:192.0.2.34 mail '501 Mailing is restricted: members only - <pat@pi.test> not a sTeam user!' \
    gil@beta.test rcpt '550 unknown recipient gil' \
    gail@beta.test rcpt '550 unknown recipient gail' \
    ike@beta.test rcpt "$WRITE" \
    iris@beta.test rcpt "$WRITE" \
    eve@beta.test rcpt '450 unknown error' \
    ed@beta.test rcpt '450 unknown error' \
    ray@delta.test rcpt "$RELAY" \
    roy@delta.test rcpt "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
members-only	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe reading group moved to Wednesdays.\n\nCarol
unknown-recipient	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe seminar slides are in the shared room.\n\nCarol
write-access-failed	carol@alpha.test	ike@beta.test	192.0.2.25	Ike,\n\nplease file the draft in the project area.\n\nCarol
unknown-error	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe lab key is at the porter's desk.\n\nCarol
no-relay	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe workshop poster is printed.\n\nCarol
exim-members-only	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe exam timetable is out.\n\nPat
exim-unknown-recipient	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe reading list has two new titles.\n\nPat
exim-write-access-failed	pat@pi.test	iris@beta.test	192.0.2.35	Iris,\n\nthe minutes belong in the group's folder.\n\nPat
exim-unknown-error	pat@pi.test	ed@beta.test	192.0.2.35	Ed,\n\nthe projector in room two is fixed.\n\nPat
exim-no-relay	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe thesis template is attached.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary replies (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
