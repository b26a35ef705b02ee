#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-orangepanther: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Orange Panther (a German web host, orange-panther.de) quotes in its German support page "E-Mail debug"
# (https://orange-panther.de/support/e-mail-debug/; read with the search tool, whose stored copy is the page's opening;
# no date or licence shown: "when mails cannot be delivered the sender is told so by a message; as the error messages
# are not easily read by a layman, we have gathered the most important ones here: error messages in
# Mail-Delivery-Mails"); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are the page's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page quotes each reply as a receiving server's words in a bounce ("mail.irgendwas.info [12.34.56.78] said: ...");
# it names no stage, so each is served to RCPT TO, where a receiving server refuses a recipient or a client. The replies,
# and what the page says each means (translated from the German):
#   "550 quota exceeded"
#         (the page: "550, quota exceeded"; the comma after the code is left out, as an SMTP reply's code must be
#         followed by a space) "the recipient's mailbox is full: contact the recipient and ask them to delete mail from
#         it"                                                                           for max@, mia@beta.test
#   "550 #5.2.0 no such mailbox", "550 #5.1.0 address rejected", "550 #5.1.1 unknown recipient"
#         (three lines the page explains together) "the recipient's mail address does not exist; perhaps you mistyped
#         it"                                                   for nico@, nora@ / ole@, olga@ / pia@, paul@beta.test
#   "550 #5.7.1 service unavailable; client [{client}] blocked using <spam.black.liste>"
#         (the page's example address [1.2.3.4] filled with the connecting client's; its list placeholder
#         <spam.black.liste> kept as the page writes it) "you probably try to send mail without authentication; the mail
#         server's next check is the blacklists, and many dynamic IP addresses are on them"   for rita@, rolf@beta.test
# Not served: "can't create user output file", which the page quotes without any code ("the recipient's provider has
# no room left on its server's storage to write the mail"); a code would have to be made up.
# The replies are chosen by recipient address, not by anything the senders did: no list is consulted, no mailbox has a
# quota; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-orangepanther}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
QUOTA='550 quota exceeded'
NO_MAILBOX='550 #5.2.0 no such mailbox'
ADDRESS_REJECTED='550 #5.1.0 address rejected'
UNKNOWN='550 #5.1.1 unknown recipient'
BLOCKED='550 #5.7.1 service unavailable; client [{client}] blocked using <spam.black.liste>'
printf '%s\t%s\t%s\n' \
    max@beta.test rcpt "$QUOTA" \
    mia@beta.test rcpt "$QUOTA" \
    nico@beta.test rcpt "$NO_MAILBOX" \
    nora@beta.test rcpt "$NO_MAILBOX" \
    ole@beta.test rcpt "$ADDRESS_REJECTED" \
    olga@beta.test rcpt "$ADDRESS_REJECTED" \
    pia@beta.test rcpt "$UNKNOWN" \
    paul@beta.test rcpt "$UNKNOWN" \
    rita@beta.test rcpt "$BLOCKED" \
    rolf@beta.test rcpt "$BLOCKED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
quota-exceeded	carol@alpha.test	max@beta.test,mia@beta.test	192.0.2.25	Max, Mia,\n\nthe new brochure is at the printer.\n\nCarol
no-such-mailbox	carol@alpha.test	nico@beta.test,nora@beta.test	192.0.2.25	Nico, Nora,\n\nthe booth in Hall 4 is confirmed.\n\nCarol
address-rejected	carol@alpha.test	ole@beta.test,olga@beta.test	192.0.2.25	Ole, Olga,\n\nthe quarterly figures are in the folder.\n\nCarol
unknown-recipient	carol@alpha.test	pia@beta.test,paul@beta.test	192.0.2.25	Pia, Paul,\n\nthe van is booked for Tuesday morning.\n\nCarol
blocked-using	carol@alpha.test	rita@beta.test,rolf@beta.test	192.0.2.25	Rita, Rolf,\n\nthe workshop starts at nine.\n\nCarol
exim-quota-exceeded	pat@pi.test	max@beta.test,mia@beta.test	192.0.2.35	Max, Mia,\n\nthe order number changed, see the new one.\n\nPat
exim-no-such-mailbox	pat@pi.test	nico@beta.test,nora@beta.test	192.0.2.35	Nico, Nora,\n\nthe parcel left the depot today.\n\nPat
exim-address-rejected	pat@pi.test	ole@beta.test,olga@beta.test	192.0.2.35	Ole, Olga,\n\nthe minutes of the meeting follow.\n\nPat
exim-unknown-recipient	pat@pi.test	pia@beta.test,paul@beta.test	192.0.2.35	Pia, Paul,\n\nthe keys are at the front desk.\n\nPat
exim-blocked-using	pat@pi.test	rita@beta.test,rolf@beta.test	192.0.2.35	Rita, Rolf,\n\nthe invoice was paid on Friday.\n\nPat
SEND
# ten returns, all at once (every reply is permanent)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
