#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-opa-smtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of SmtpServer, the SMTP server module of the standard library of Opa, MLstate's language for web applications
# (MLstate/opalang), read with the search tool in two generations:
#   the first, stdlib/web/mail/server.opa at commit c766016b68a3 (header: "This file is part of OPA", GNU Affero General
#     Public License version 3), whose handler results SmtpServer.failure = {dont_exist} / {undisponible} / {stopped} /
#     {unfound} / {forbidden} / {error : string} are written as replies in French-flavoured English;
#   the later, lib/stdlib/web/mail/smtp/server/server.opa at commit 3143758b0275 (header: "This file is part of Opa",
#     the MIT licence's text), whose results {unavailable} / {aborted} / {not_found} / {forbidden} / {error : string}
#     are written "Partially from http://www.greenend.org.uk/rjk/2000/05/21/smtp-replies.html".
# Only the reply texts are quoted. An application starts the server with a handler (SmtpServer.handler = string,
# list(string), string -> SmtpServer.result: the sender, the recipients and the message), so each reply comes after the
# message's final dot and answers for the whole message. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Opa's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# No reply carries an enhanced status code. Each reply after the final dot, as the handler's result maps it:
#   "550 No access to mail box => unfound"   (first generation, {unfound}) for kay@, kim@ beta.test (the Postfix) and
#                              kit@beta.test (the Exim)
#   "553 mail box's name is not allowed"   (first generation, the words of both {dont_exist} and {forbidden}) for
#                              nia@, noa@ beta.test (the Postfix) and nat@beta.test (the Exim)
#   "451 treatment error"   (first generation, {stopped}) to every attempt, for tre@beta.test (the Postfix) and
#                              ted@beta.test (the Exim)
#   "450 undone because mail box not disponible"   (first generation, {undisponible}) to every attempt, for
#                              dis@beta.test (the Postfix) and dio@beta.test (the Exim)
#   "553 Requested action not taken: mailbox name not allowed"   (later generation, {forbidden}) for fay@beta.test (the
#                              Postfix) and fox@beta.test (the Exim)
#   "450 Requested mail action not taken: mailbox unavailable"   (later generation, {unavailable}) to every attempt,
#                              for una@beta.test
# Not served: "503 <text>" ({error : string}: the application's own words), the later generation's "550 Requested
# action not taken: mailbox unavailable" ({not_found}) and "451 Requested action aborted: local error in processing"
# ({aborted}) (RFC 5321's own phrases, served already by loopback-jes), and the session replies of the server's
# OCaml part (the senders send commands in order).
# The replies are chosen by recipient, not by anything the senders did: the senders' addresses have matching reverse
# names, their domains resolve, the messages are short plain text without attachments. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 4 recipients to one reply.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-opa-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Opa SmtpServer's replies.
UNFOUND='550 No access to mail box => unfound'
NOT_ALLOWED="553 mail box's name is not allowed"
TREATMENT='451 treatment error'
DISPONIBLE='450 undone because mail box not disponible'
FORBIDDEN='553 Requested action not taken: mailbox name not allowed'
printf '%s\t%s\t%s\n' \
    kay@beta.test eom "$UNFOUND" \
    kit@beta.test eom "$UNFOUND" \
    nia@beta.test eom "$NOT_ALLOWED" \
    nat@beta.test eom "$NOT_ALLOWED" \
    tre@beta.test eom "$TREATMENT" \
    ted@beta.test eom "$TREATMENT" \
    dis@beta.test eom "$DISPONIBLE" \
    dio@beta.test eom "$DISPONIBLE" \
    fay@beta.test eom "$FORBIDDEN" \
    fox@beta.test eom "$FORBIDDEN" \
    una@beta.test eom '450 Requested mail action not taken: mailbox unavailable' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unfound	carol@alpha.test	kay@beta.test,kim@beta.test	192.0.2.25	Kay, Kim,\n\nthe garden party is on Sunday.\n\nCarol
name-not-allowed	carol@alpha.test	nia@beta.test,noa@beta.test	192.0.2.25	Nia, Noa,\n\nthe quiz night tickets are in.\n\nCarol
treatment-error	carol@alpha.test	tre@beta.test	192.0.2.25	Tre,\n\nthe van is booked for the move.\n\nCarol
not-disponible	carol@alpha.test	dis@beta.test	192.0.2.25	Dis,\n\nthe keys are under the mat.\n\nCarol
forbidden	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe minutes are ready for review.\n\nCarol
mailbox-unavailable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe piano tuner comes on Tuesday.\n\nCarol
exim-unfound	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe swimming club meets at eight.\n\nPat
exim-name-not-allowed	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe new timetable is out.\n\nPat
exim-treatment-error	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe scanner is fixed.\n\nPat
exim-not-disponible	pat@pi.test	dio@beta.test	192.0.2.35	Dio,\n\nthe hall lights are on a timer now.\n\nPat
exim-forbidden	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe cake sale raised forty pounds.\n\nPat
SEND
# six messages refused for good, returned at once (3 by the Postfix, 3 by the Exim), then for each of the five
# temporary replies (three to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
