#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-racket-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtp-server, Bogdan Popa's minimal implementation of RFC 5321 for Racket (BSD-3-Clause, as its README and
# info.rkt say; the net/smtp-server module: it receives mail for a Racket program, hands each envelope to the program's
# handler procedure and answers the client with the outcome; its limits cap the envelope's length, the line length, the
# connections and the session's time), as its source writes them. Read with the search tool: the repository
# Bogdanp/racket-smtp-server, smtp-server/smtp-server.rkt at commit 057eb9d7e846 (client-loop: every reply it writes
# with rep), an earlier version at commit c39da5da9f11 (the same loop, where the size refusals read "500 mail too
# long") and smtp-server/scribblings/smtp-server.scrbl at commit 9f61c83b7024 (a handler that raises an exception has
# the message rejected). Every reply is one line without enhanced codes. Only the reply texts are quoted. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are smtp-server's; the DSNs are made.
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
#   "552 message exceeds fixed message maximum size"   (client-loop, commit 057eb9d7e846: the envelope, sender,
#                              recipients and data together, passed max-envelope-length, 10 MiB by default) to MAIL
#                              FROM, to every message from the Postfix's second address (out2.alpha.test, 192.0.2.24,
#                              which sends for gamma.test) and from the Exim's (out2.pi.test, 192.0.2.34), for gus@ and
#                              gwen@ gamma.test; to RCPT TO, for sid@beta.test, sent by the Postfix; after the message,
#                              for sam@beta.test, sent by the Exim (the one text given to four recipients)
#   "500 mail too long"        (client-loop, commit c39da5da9f11: the same limit in the earlier version) after the
#                              message, for mo@beta.test, sent by the Postfix, and to RCPT TO, for meg@beta.test, sent
#                              by the Exim
#   "554 internal error"       (client-loop: the program's handler raised an exception, which the documentation says
#                              rejects the message) after the message, for ida@ and ivy@ beta.test
# Not served: the greeting "220 <host name>" and the EHLO answer (the replaying server's own stand instead), "500 line
# too long" (a command line past max-line-length, which neither sender writes), "500 protocol error" (a failed TLS
# handshake; the replaying server offers no STARTTLS), "503 nested MAIL command", "503 need MAIL command", "503 need
# recipients", "501 syntax: MAIL FROM:<ADDRESS>", "501 syntax: RCPT TO:<ADDRESS>" and "502 command not recognized"
# (commands neither sender sends), and the connection and session-time limits, which write no reply. The replies are
# chosen by recipient or client address, not by anything the senders did. All are permanent; each sender returns the
# message at once. At most 2 recipients to one reply text but one, given to 4.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-racket-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-server's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '552 message exceeds fixed message maximum size' \
    client:192.0.2.34 mail '552 message exceeds fixed message maximum size' \
    sid@beta.test rcpt '552 message exceeds fixed message maximum size' \
    sam@beta.test eom '552 message exceeds fixed message maximum size' \
    mo@beta.test eom '500 mail too long' \
    meg@beta.test rcpt '500 mail too long' \
    ida@beta.test eom '554 internal error' \
    ivy@beta.test eom '554 internal error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
exceeds-maximum-size-mail	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment show is on the last Sunday.\n\nCarol
exceeds-maximum-size-rcpt	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe minibus is booked for the outing.\n\nCarol
mail-too-long	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe new hymn books arrived on Friday.\n\nCarol
internal-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe cake stall needs two more tins.\n\nCarol
exim-exceeds-maximum-size-mail	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe bonfire is by the old barn this year.\n\nPat
exim-exceeds-maximum-size-data	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe tennis court has new nets.\n\nPat
exim-mail-too-long	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe lending library opens on Tuesdays now.\n\nPat
exim-internal-error	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe carol singers meet at the lych gate.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
