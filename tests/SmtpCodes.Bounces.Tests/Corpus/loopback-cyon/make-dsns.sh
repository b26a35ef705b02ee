#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cyon: a receiving SMTP server (../loopback-replay.py) answers with eight of the replies
# that cyon (a Swiss web host) lists with their meanings in its support article on "SMTP-Error 550"
# (https://www.cyon.ch/support/a/smtp-error-550: "one of the commonest errors is the SMTP error '550 Requested action not
# taken'. Usually the error message holds more exact details of why the message could not be delivered. Here is a list
# of possible causes"; in German, read with the search tool, no date shown); a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the ones cyon lists; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies served, byte for byte (the article's spelling, "Adress", kept), and what the article says each means
# (translated from the German). The article names no stage: a refusal of the sender, the recipient, the client or the
# relaying is served to RCPT TO, a verdict on the message itself (its size, a spam quarantine) after the message's final
# dot (an eom reply answers for the whole message, keyed by its first recipient):
#   "550 5.1.0 Adress Rejected"
#         "the receiving server accepts no e-mails from the sender. That means the sender is probably blocked by the
#         recipient"; to RCPT TO                                                              for anja@, arno@beta.test
#   "550 5.1.1 no such user"
#         "the receiving server reports that the e-mail address sought does not exist on the server"; to RCPT TO
#                                                                                             for nina@, noah@beta.test
#   "550 5.7.0 Message Size Violation"
#         "the permitted size of the message was exceeded"; after the message                   for mia@, max@beta.test
#   "550 5.7.1 Access Denied"
#         "the message was refused because of a security policy or a wrong configuration on the recipient's side"; to RCPT
#         TO                                                                                  for dora@, dirk@beta.test
#   "550 Administrative Prohibition"
#         "this can mean that your or the recipient's domain is listed on an RBL, or that your SMTP server has a dynamic
#         IP address"; to RCPT TO                                                             for pia@, paul@beta.test
#   "550 Relay Not Permitted"
#         "the receiving server does not accept the sending from the sending server"; to RCPT TO
#                                                                                             for reto@, ruth@beta.test
#   "550 Quarantined/Spam"
#         "the message was marked as spam and not delivered"; after the message               for sven@, silke@beta.test
#   "550 SPF"
#         "when the message was sent from a server that the SPF record does not authorise, this error message can be
#         given"; to RCPT TO (the envelope sender is known by then)                         for fritz@, frieda@beta.test
# Not served: "550 5.4.1", which the article lists without words ("the recipient accepts no e-mails from the domain;
# often an adjustment of the DNS entries corrects this"), and "550 Reverse DNS", whose explanation the stored copy cuts
# before it says what it means.
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text, no
# list, SPF record or spam engine is consulted, nothing is relayed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cyon}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
ADRESS='550 5.1.0 Adress Rejected'
NO_USER='550 5.1.1 no such user'
ACCESS='550 5.7.1 Access Denied'
PROHIBITION='550 Administrative Prohibition'
RELAY='550 Relay Not Permitted'
SPF='550 SPF'
printf '%s\t%s\t%s\n' \
    anja@beta.test rcpt "$ADRESS" \
    arno@beta.test rcpt "$ADRESS" \
    nina@beta.test rcpt "$NO_USER" \
    noah@beta.test rcpt "$NO_USER" \
    mia@beta.test eom '550 5.7.0 Message Size Violation' \
    dora@beta.test rcpt "$ACCESS" \
    dirk@beta.test rcpt "$ACCESS" \
    pia@beta.test rcpt "$PROHIBITION" \
    paul@beta.test rcpt "$PROHIBITION" \
    reto@beta.test rcpt "$RELAY" \
    ruth@beta.test rcpt "$RELAY" \
    sven@beta.test eom '550 Quarantined/Spam' \
    fritz@beta.test rcpt "$SPF" \
    frieda@beta.test rcpt "$SPF" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
adress-rejected	carol@alpha.test	anja@beta.test,arno@beta.test	192.0.2.25	Anja, Arno,\n\nthe cheese for the fondue evening is ordered.\n\nCarol
no-such-user	carol@alpha.test	nina@beta.test,noah@beta.test	192.0.2.25	Nina, Noah,\n\nthe train to Zermatt leaves at seven.\n\nCarol
message-size-violation	carol@alpha.test	mia@beta.test,max@beta.test	192.0.2.25	Mia, Max,\n\nthe plans for the new office follow.\n\nCarol
access-denied	carol@alpha.test	dora@beta.test,dirk@beta.test	192.0.2.25	Dora, Dirk,\n\nthe watch repair is finished.\n\nCarol
administrative-prohibition	carol@alpha.test	pia@beta.test,paul@beta.test	192.0.2.25	Pia, Paul,\n\nthe chocolate samples were sent to Bern.\n\nCarol
relay-not-permitted	carol@alpha.test	reto@beta.test,ruth@beta.test	192.0.2.25	Reto, Ruth,\n\nthe ski passes are booked for January.\n\nCarol
quarantined-spam	carol@alpha.test	sven@beta.test,silke@beta.test	192.0.2.25	Sven, Silke,\n\nthe lake cruise is on Saturday.\n\nCarol
spf	carol@alpha.test	fritz@beta.test,frieda@beta.test	192.0.2.25	Fritz, Frieda,\n\nthe contract for the flat in Basel is signed.\n\nCarol
exim-adress-rejected	pat@pi.test	anja@beta.test,arno@beta.test	192.0.2.35	Anja, Arno,\n\nthe invoice for November follows.\n\nPat
exim-no-such-user	pat@pi.test	nina@beta.test,noah@beta.test	192.0.2.35	Nina, Noah,\n\nthe hiking maps are in the post.\n\nPat
exim-message-size-violation	pat@pi.test	mia@beta.test,max@beta.test	192.0.2.35	Mia, Max,\n\nthe photos of the trip follow.\n\nPat
exim-access-denied	pat@pi.test	dora@beta.test,dirk@beta.test	192.0.2.35	Dora, Dirk,\n\nthe meeting moves to Lucerne.\n\nPat
exim-administrative-prohibition	pat@pi.test	pia@beta.test,paul@beta.test	192.0.2.35	Pia, Paul,\n\nthe printer in the office is repaired.\n\nPat
exim-relay-not-permitted	pat@pi.test	reto@beta.test,ruth@beta.test	192.0.2.35	Reto, Ruth,\n\nthe cable car is closed for maintenance.\n\nPat
exim-quarantined-spam	pat@pi.test	sven@beta.test,silke@beta.test	192.0.2.35	Sven, Silke,\n\nthe budget for next year is approved.\n\nPat
exim-spf	pat@pi.test	fritz@beta.test,frieda@beta.test	192.0.2.35	Fritz, Frieda,\n\nthe keys are with the caretaker.\n\nPat
SEND
# sixteen returns, all at once (every reply is permanent)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
