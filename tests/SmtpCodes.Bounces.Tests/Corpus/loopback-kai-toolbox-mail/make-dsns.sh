#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kai-toolbox-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the embedded SMTP server of kai-toolbox's mail tool (tools/tool-mail), exception-coder's personal toolbox
# of Spring Boot tools in Java (the mail tool runs a SubEthaSMTP server inside the application, keeps a sender
# whitelist and a recipient domain whitelist, parses each message with Jakarta Mail and stores it in its inbox table
# for a web UI; the repository exception-coder/kai-toolbox, no licence file read; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below:
# tools/tool-mail/src/main/java/com/exceptioncoder/toolbox/mail/smtp/MailMessageHandler.java (commit c172ef1f86e9,
# MailMessageHandler's from, recipient and data, each refusal a RejectException with the code and a string literal of
# its own, which SubEthaSMTP writes as "<code> <text>", one line), started by
# tools/tool-mail/src/main/java/com/exceptioncoder/toolbox/mail/config/SmtpServerManager.java (the same commit, new
# SMTPServer with a MailMessageHandler to each transaction). The replies carry no enhanced code:
#   to MAIL FROM "550 Sender not allowed" (the sender whitelist is set and the normalized MAIL FROM address matches none
#   of its entries: a whole address, an @domain suffix or a substring);
#   to RCPT TO "550 Recipient domain not allowed" (the recipient domain whitelist is set and the address's domain is not
#   in it; the code's comment: a defence against scripts filling the inbox through an exposed port 25);
#   after the message "451 Temporary failure parsing message, please retry" (building the Jakarta MimeMessage from the
#   data stream threw; the code's comment: answer 451 so that the other side retries later rather than the mail being
#   silently swallowed) and "451 Temporary failure storing message, please retry" (saving the inbox row of a recipient
#   to the repository threw).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# kai-toolbox's; the DSNs are made.
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
#   "550 Sender not allowed"   to MAIL FROM, from the senders' second addresses (out2, which carry the mail for
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 Recipient domain not allowed"   to RCPT TO, for dan@ and dot@ delta.test (delta.test's MX is the replaying
#                              server too)
#   "451 Temporary failure parsing message, please retry"   after the message, to every attempt, for wes@ and wil@
#                              beta.test
#   "451 Temporary failure storing message, please retry"   after the message, to every attempt, for fay@ and fox@
#                              beta.test
# Not served: the greeting and the EHLO answer (SubEthaSMTP's, with the configured host name; the replaying server's are
# used); SubEthaSMTP's own replies (its size limit, its recipient limit, its syntax and sequence replies), which are the
# library's words, not the tool's. The code writes no other refusal. The replies are chosen by recipient (or by the
# client's address), not by anything the senders did: each message has one recipient and is a few lines of plain text.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kai-toolbox-mail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies of kai-toolbox's mail tool.
SENDER='550 Sender not allowed'
RCPTDOM='550 Recipient domain not allowed'
PARSE='451 Temporary failure parsing message, please retry'
STORE='451 Temporary failure storing message, please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    dan@delta.test rcpt "$RCPTDOM" \
    dot@delta.test rcpt "$RCPTDOM" \
    wes@beta.test eom "$PARSE" \
    wil@beta.test eom "$PARSE" \
    fay@beta.test eom "$STORE" \
    fox@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club dinner is on the ninth.\n\nCarol
recipient-domain-not-allowed	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe pear tree wants pruning before spring.\n\nCarol
parsing-failed	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe tandem is back from the repair shop.\n\nCarol
storing-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe quiz night raised forty pounds.\n\nCarol
exim-sender-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe barn owl nests in the old mill.\n\nPat
exim-recipient-domain-not-allowed	pat@pi.test	dot@delta.test	192.0.2.35	Dot,\n\nthe seed swap is in the church porch.\n\nPat
exim-parsing-failed	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe footbridge paint is dry now.\n\nPat
exim-storing-failed	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe hay bales are stacked by the gate.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
