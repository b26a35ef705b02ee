#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-empath: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of Empath, Pyxxilated Studios' mail transfer agent in Rust (an SMTP listener that spools what it takes,
# a delivery queue, a control socket and modules loaded as shared libraries that may validate or refuse each stage; the
# repository Pyxxilated-Studios/empath, no licence file read; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below:
#   empath-smtp/src/session/events.rs (commit 745a6178e4c9, spool_message), empath-smtp/src/session/io.rs (commit
#   16fe17d444cd, handle_data_reception), empath-smtp/src/session/mod.rs (commit 083fd913f53a, handle_command_loop),
#   empath-smtp/src/session/response.rs (commit 745a6178e4c9, response and default_response), the core module's
#   empath-ffi/src/modules/core.rs (commit 68e3b8802670, validate_mail_from) and the codes of
#   empath-common/src/status.rs (commit 0158ac724e6b: Unavailable 421, ActionUnavailable 451, ExceededStorage 552);
#   every reply is one line, "{status} {message}":
#   to MAIL FROM "552 5.2.3 Declared message size exceeds maximum (declared: N bytes, maximum: M bytes)" (the SIZE
#   parameter is over the SIZE extension's limit, RFC 1870); while the message comes in "552 Actual message size N bytes
#   exceeds maximum allowed size M bytes" (the received bytes pass the limit; the session is then closed); after the
#   message "451 Please try again later" (writing the message to the spool failed); "421 Server shutting down" instead
#   of the reply to the next command (the server got its shutdown signal while the session waited for a command).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Empath's; the DSNs are made.
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
#   "552 5.2.3 Declared message size exceeds maximum (declared: 1327 bytes, maximum: 1024 bytes)"   to MAIL FROM from
#                              each sender's second address (192.0.2.24, the Postfix's, and 192.0.2.34, the Exim's,
#                              which send the mail for gamma.test), for gus@ and gil@ gamma.test; the two numbers are
#                              the table's, not the size the senders declared
#   "552 Actual message size 731 bytes exceeds maximum allowed size 512 bytes"   (the code writes it while the message
#                              comes in; served here after the message's final dot; the numbers are the table's) for
#                              ava@ and abe@ beta.test
#   "451 Please try again later"   (the spool write failed) after the message, to every attempt, for tess@ and tim@
#                              beta.test
#   "421 Server shutting down"   (the server is stopping; served here to RCPT TO, the command the session waited for)
#                              to every attempt, for sid@ and sue@ beta.test
# Not served: the greeting ("220 <banner>") and the EHLO and HELO answers ("250 <banner> says hello to <name>"; the
# replaying server's are used), "503 <state>" to an invalid command sequence, "550 TLS not available", "550 STARTTLS
# failed", "421 Unavailable" (the fallback of a refused stage whose module set no reply) and the replies of modules
# loaded into it (their words are the module's). The 421 closes the connection, as the code's session ends after it.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-empath}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Empath's SMTP server's replies.
DECLARED='552 5.2.3 Declared message size exceeds maximum (declared: 1327 bytes, maximum: 1024 bytes)'
ACTUAL='552 Actual message size 731 bytes exceeds maximum allowed size 512 bytes'
LATER='451 Please try again later'
SHUTDOWN='421 Server shutting down'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DECLARED" \
    client:192.0.2.34 mail "$DECLARED" \
    ava@beta.test eom "$ACTUAL" \
    abe@beta.test eom "$ACTUAL" \
    tess@beta.test eom "$LATER" \
    tim@beta.test eom "$LATER" \
    sid@beta.test rcpt "$SHUTDOWN" \
    sue@beta.test rcpt "$SHUTDOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
declared-size-exceeds-maximum	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment shed needs a new padlock.\n\nCarol
actual-size-exceeds-maximum	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe library sale starts at ten.\n\nCarol
please-try-again-later	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe canal path is closed for repairs.\n\nCarol
server-shutting-down	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe darts team plays on Thursday.\n\nCarol
exim-declared-size-exceeds-maximum	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe cider press is in the barn.\n\nPat
exim-actual-size-exceeds-maximum	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe bell ringers practise on Monday.\n\nPat
exim-please-try-again-later	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe pond dipping is after lunch.\n\nPat
exim-server-shutting-down	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe seed swap moved to the hall.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
