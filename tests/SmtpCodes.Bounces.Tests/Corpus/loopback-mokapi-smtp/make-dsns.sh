#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mokapi-smtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Mokapi's mail server (Marcel Lehmann's Mokapi, the open-source mock tool for HTTP, Kafka, LDAP and mail APIs, whose
# mock SMTP server takes test mail into mailboxes and refuses it by the configuration's mailboxes, settings and rules;
# the repository marle3003/mokapi, MIT, "Copyright (c) 2021 Marcel Lehmann" in LICENSE at fcff0d9b383a; read with the
# search tool: providers/mail/smtp_handler.go at commit 2f50d3753990, the handler that answers MAIL FROM, RCPT TO and
# the message; providers/mail/rules.go at 044b27f89a3c, the rules' default refusal texts and their "rule <name>: "
# prefix; providers/mail/config.go at 044b27f89a3c (rule names, settings); the store's EnsureMailbox, which refuses a
# mailbox it may not create; smtp/status.go at 2fdbf4770525 (AddressRejected 550 5.1.0, MailReject 550 5.7.1);
# smtp/rcpt.go at 4a2c439e73ca (TooManyRecipients 451 4.5.3); smtp/server.go at 1c047c81ae1c, whose write puts code,
# enhanced code and text on one line; docs/guides/mail/overview.md at 1e0a7a061422, the mail configuration's
# reference: mailboxes, the settings maxRecipients, autoCreateMailbox and AllowUnknownSenders, and the example rules
# allowSender (sender alice@example.com, allow) and denySubject (subject Hello.*, deny); only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are Mokapi's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The configuration the replies stand for (a mock mail server for beta.test, gamma.test and delta.test): mailboxes
# listed, senders not among them refused (AllowUnknownSenders false), autoCreateMailbox false, maxRecipients 2, the
# reference's two example rules allowSender and denySubject as it writes them, and one rule in their style,
# allowRecipient (recipient @beta.test, allow). Each reply byte for byte, at the stage the code sends it ({sender} and
# {rcpt} are filled in by the replaying server with the MAIL FROM and RCPT TO addresses):
#   "550 5.1.0 Unknown mailbox {sender}"   (serveMail: mailboxes are configured and the sender is none of them) to
#                              MAIL FROM, to the Postfix's second address (out2.alpha.test, which sends for gamma.test),
#                              for gil@gamma.test
#   "550 5.1.0 rule allowSender: sender {sender} does not match allow rule: alice@example.com"   (RunSender: an allow
#                              rule on the sender that the sender does not match) to MAIL FROM, to the Exim's second
#                              address (out2.pi.test, which sends for gamma.test), for gus@gamma.test
#   "550 5.1.0 Unknown mailbox {rcpt}"   (serveRcpt: EnsureMailbox fails, "mailbox can not be created", the recipient
#                              is no configured mailbox and autoCreateMailbox is off) to RCPT TO, for nat@, nell@ and
#                              nico@ beta.test
#   "550 5.1.0 rule allowRecipient: recipient {rcpt} does not match allow rule: @beta.test"   (runRcpt: an allow rule on
#                              the recipient that the recipient does not match) to RCPT TO, for ray@, rex@ and roy@
#                              delta.test
#   "451 4.5.3 Too many recipients of 2 reached"   (serveRcpt: the transaction already holds maxRecipients) to RCPT TO,
#                              to every attempt, for tom@ and tia@ beta.test, each the third recipient of its message
#   "550 5.7.1 rule denySubject: subject <the subject> does match deny rule: Hello.*"   (runMail, runSubject: a deny
#                              rule on the subject that the subject matches) after the final dot, for hal@ and hil@
#                              beta.test, whose messages' subjects begin with Hello
# Not served: "530 5.7.0 Authentication required" (a mailbox with a username and a client not logged in), "535 5.7.8
# Authentication credentials invalid", the body rules' refusals (their text quotes the whole body), a rule's own
# rejectResponse (the reference's is "Your error message"), the refusals of malformed or out-of-order commands ("503
# 5.5.1 Missing MAIL command.", "501 5.5.2 Expected RCPT syntax of TO:<address>", ...) and "550 5.0.0 Handshake error".
# The replies are chosen by recipient or client address, not by anything the senders did: the replaying server
# keeps no mailboxes, rules or counts; the 451 comes to the third recipient as the limit of 2 would, and on every
# attempt (where Mokapi would take the recipient alone on a retry); the subject refusal is keyed by recipient, the
# subjects written to match it. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mokapi-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mokapi's replies.
UNKNOWN='550 5.1.0 Unknown mailbox {rcpt}'
RULE='550 5.1.0 rule allowRecipient: recipient {rcpt} does not match allow rule: @beta.test'
LIMIT='451 4.5.3 Too many recipients of 2 reached'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.1.0 Unknown mailbox {sender}' \
    client:192.0.2.34 mail '550 5.1.0 rule allowSender: sender {sender} does not match allow rule: alice@example.com' \
    nat@beta.test rcpt "$UNKNOWN" \
    nell@beta.test rcpt "$UNKNOWN" \
    nico@beta.test rcpt "$UNKNOWN" \
    ray@delta.test rcpt "$RULE" \
    rex@delta.test rcpt "$RULE" \
    roy@delta.test rcpt "$RULE" \
    tom@beta.test rcpt "$LIMIT" \
    tia@beta.test rcpt "$LIMIT" \
    hal@beta.test eom '550 5.7.1 rule denySubject: subject Hello-neighbours does match deny rule: Hello.*' \
    hil@beta.test eom '550 5.7.1 rule denySubject: subject Hello-again does match deny rule: Hello.*' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-sender	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe seed packets are in the post.\n\nCarol
unknown-mailbox	carol@alpha.test	nat@beta.test,nell@beta.test	192.0.2.25	Nat, Nell,\n\nthe quiz night starts at eight.\n\nCarol
recipient-rule	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe ferry times changed again.\n\nCarol
too-many-recipients	carol@alpha.test	ola@beta.test,oli@beta.test,tom@beta.test	192.0.2.25	Ola, Oli, Tom,\n\nthe allotment gate has a new lock.\n\nCarol
Hello-neighbours	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe street party is on Saturday.\n\nCarol
exim-sender-rule	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe tent pegs are in the car.\n\nPat
exim-unknown-mailbox	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe library books are due.\n\nPat
exim-recipient-rule	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe boiler service is booked.\n\nPat
exim-too-many-recipients	pat@pi.test	oda@beta.test,ona@beta.test,tia@beta.test	192.0.2.35	Oda, Ona, Tia,\n\nthe carpool list is pinned up.\n\nPat
Hello-again	pat@pi.test	hil@beta.test	192.0.2.35	Hil,\n\nthe pottery class moved to Thursday.\n\nPat
SEND
# eight messages refused for good, returned at once (4 by the Postfix, 4 by the Exim), then for each of the two
# temporary replies (one to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
