#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-will-gabia-mailgate: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of MailGate, an inbound e-mail gateway in TypeScript (an SMTP server on Nodemailer's
# smtp-server that takes mail from allowed addresses, stores it per tenant, queues it with BullMQ and then parses,
# classifies and forwards it; its use cases are a support desk's inbox, tenants' domains, alert aggregation and
# routing; the repository Will-gabia/mailgate, no licence file read; read with the search tool; only the reply texts
# are quoted), whose own code writes the words of every reply below:
#   src/smtp/server.ts (commit 76082cd5d6ab, createSmtpServer: onConnect and onData), src/rate-limiter/index.ts (the
#   same commit, checkRateLimit, which only counts) and src/config/smtp.ts (the same commit: SMTP_ALLOWED_IPS,
#   RATE_LIMIT_*). Each refusal is an Error whose message the code writes and to which it gives no responseCode:
#   smtp-server frames it as "<code> <message>" with its own default code, 554 for onConnect (it then closes the
#   connection) and 450 for onData;
#   instead of the greeting "554 Connection not allowed from your IP" (the client's address is not in
#   SMTP_ALLOWED_IPS) and "554 Too many connections, please try again later" (the client's address passed the rate
#   limit of its window); after the message "450 Message exceeds size limit of 10.0 MB" (the received bytes passed the
#   tenant's or the configured limit, written in MB with one decimal) and "450 451 Temporary failure, please try again
#   later" (storing the message or queueing its job failed: the code puts "451" into the message's words, and
#   smtp-server puts its own 450 before them).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MailGate's; the DSNs are made.
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
#   "554 Connection not allowed from your IP"   instead of the greeting, to the Postfix's second address (192.0.2.24,
#                              which sends the mail for gamma.test), for gus@gamma.test; the connection is then closed
#                              (the Postfix skips a server that refuses the greeting and retries: a warning and a
#                              return)
#   "554 Too many connections, please try again later"   instead of the greeting, to the Exim's second address
#                              (192.0.2.34, which sends the mail for gamma.test), for gil@gamma.test; the connection is
#                              then closed (the Exim takes the 5XX greeting as final: a return at once)
#   "450 Message exceeds size limit of 10.0 MB"   (the code writes it while the message comes in; served here after the
#                              message's final dot; the figure is the table's, not the size of the few lines sent) to
#                              every attempt, for ava@ and abe@ beta.test
#   "450 451 Temporary failure, please try again later"   after the message, to every attempt, for tess@ and tim@
#                              beta.test
# Not served: the banner ("Mail Gateway SMTP Server", inside smtp-server's greeting; the replaying server's greeting is
# used), smtp-server's own replies (its SIZE refusal of a declared size, its protocol and TLS replies), and the worker's
# later failures (parsing, authentication, classification and forwarding happen after the 250 and write no SMTP reply).
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
W=${LOOPBACK_WORK:-/tmp/loopback-will-gabia-mailgate}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailGate's SMTP server's replies.
NOTALLOWED='554 Connection not allowed from your IP'
TOOMANY='554 Too many connections, please try again later'
SIZE='450 Message exceeds size limit of 10.0 MB'
TEMPFAIL='450 451 Temporary failure, please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$NOTALLOWED" \
    client:192.0.2.34 connect "$TOOMANY" \
    ava@beta.test eom "$SIZE" \
    abe@beta.test eom "$SIZE" \
    tess@beta.test eom "$TEMPFAIL" \
    tim@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe boiler service is booked for Friday.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe raffle tickets are in the drawer.\n\nCarol
temporary-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe minibus leaves at eight.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe apple crates are stacked by the barn.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe lantern parade starts at dusk.\n\nPat
exim-temporary-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe reading group meets upstairs.\n\nPat
SEND
# for each message a warning after a minute and a return after 3, but the Exim returns the refused greeting at once:
# 11 notices (the run that made the files waited for 12, until its time ran out; the files are the same)
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
