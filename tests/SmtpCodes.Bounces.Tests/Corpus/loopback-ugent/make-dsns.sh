#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ugent: a receiving SMTP server (../loopback-replay.py) answers with the replies of Ghent
# University's mail servers that its ICT helpdesk quotes in its Dutch e-mail FAQ "Waarom wordt mijn mail niet
# verstuurd/niet afgeleverd bij de geadresseerde?" (https://helpdesk.ugent.be/email/faq.php, two stored versions of the
# page read with the search tool, one dated by its examples 2009; no licence shown; only the reply texts are quoted),
# byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are Ghent University's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# The FAQ's "Foutmelding(en)" (error messages), each with its "Oorzaak" (cause), translated from the Dutch. Most are
# limits of its outgoing server on its own users' mail, one is its incoming server's answer to other servers; here a
# receiving server gives each at the stage its words answer (the FAQ names none):
#   "550 SC-004 Mail geweigerd" and "550 SC-004 Mail rejected"   (its Dutch and English forms) to RCPT TO; the FAQ
#         refers them to its page "Mail geweigerd" - "Mail rejected" (Blacklisting)
#                                                   Dutch for bram@, bert@ (Postfix), bas@, bob@ (Exim); English for
#                                                   jan@, joke@ (Postfix), jens@, jet@ (Exim)
#   "550 5.6.0 *** A suspicious file (executable code) was found in the message ! - See http://helpdesk.ugent.be/email/"
#         after the message's final dot (a verdict on the message); under the FAQ's limits on attachments ("the kind of
#         attachments you can add or forward")       for elke@, emma@ (Postfix); eva@, ewout@ (Exim)
#   "421 4.5.1. Connection Rate - See https://helpdesk.ugent.be/email/"   instead of the greeting, to the senders'
#         second addresses (192.0.2.24 and 192.0.2.34, which they use for gamma.test); "you made too many connections
#         in the last 10 minutes"; "try again later"      for kees@gamma.test (Postfix); koen@gamma.test (Exim)
#   "550 5.7.1 Please don't forward us spam"   after the final dot; "a non-UGent server tries to deliver a message that
#         was already marked as spam with [SPAM] in its subject line", as a forward from another provider does
#                                                         for sam@, sien@ (Postfix); stef@, saar@ (Exim)
#   "452 4.5.1. Too many recipients for this message"   to RCPT TO; "you gave too many recipients for this message"
#                                                         for tine@ (Postfix); toon@ (Exim)
# Changed: the FAQ quotes the spam-forward refusal as "5.7.1 Please don't forward us spam" and the recipients' limit as
# "4.5.1. Too many recipients for this message", without a basic code: the run gives them 550 and 452 (RFC 5321's code
# for a refusal and for too many recipients), their own enhanced codes unchanged. Not served: the FAQ's limits that it
# gives no reply text for (connections at once, recipients and messages in ten minutes). The two temporary replies are
# given to one recipient a sender, as each makes two DSNs (a delay warning after a minute, the return after three:
# ../loopback-lib.sh sets delay_warning_time 1m and maximal_queue_lifetime 3m for Postfix, delay_warning 1m and retry
# F,3m for Exim). The replies are chosen by recipient address (and, for the greeting, by the client's address), not by
# anything the senders did: no list is kept, no connection is counted, the messages are short plain text without
# attachments or [SPAM] in their subjects.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ugent}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the FAQ's replies. An eom reply answers for the whole message, keyed
# by its first recipient.
GEWEIGERD='550 SC-004 Mail geweigerd'
REJECTED='550 SC-004 Mail rejected'
EXECUTABLE='550 5.6.0 *** A suspicious file (executable code) was found in the message ! - See http://helpdesk.ugent.be/email/'
RATE='421 4.5.1. Connection Rate - See https://helpdesk.ugent.be/email/'
FORWARD="550 5.7.1 Please don't forward us spam"
RECIPIENTS='452 4.5.1. Too many recipients for this message'
printf '%s\t%s\t%s\n' \
    bram@beta.test rcpt "$GEWEIGERD" \
    bert@beta.test rcpt "$GEWEIGERD" \
    bas@beta.test rcpt "$GEWEIGERD" \
    bob@beta.test rcpt "$GEWEIGERD" \
    jan@beta.test rcpt "$REJECTED" \
    joke@beta.test rcpt "$REJECTED" \
    jens@beta.test rcpt "$REJECTED" \
    jet@beta.test rcpt "$REJECTED" \
    elke@beta.test eom "$EXECUTABLE" \
    eva@beta.test eom "$EXECUTABLE" \
    client:192.0.2.24 connect "$RATE" \
    client:192.0.2.34 connect "$RATE" \
    sam@beta.test eom "$FORWARD" \
    stef@beta.test eom "$FORWARD" \
    tine@beta.test rcpt "$RECIPIENTS" \
    toon@beta.test rcpt "$RECIPIENTS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mail-geweigerd	carol@alpha.test	bram@beta.test,bert@beta.test	192.0.2.25	Bram, Bert,\n\nthe lab meeting moved to Wednesday.\n\nCarol
mail-rejected	carol@alpha.test	jan@beta.test,joke@beta.test	192.0.2.25	Jan, Joke,\n\nthe exam schedule is final.\n\nCarol
suspicious-file	carol@alpha.test	elke@beta.test,emma@beta.test	192.0.2.25	Elke, Emma,\n\nthe reading list follows below.\n\nCarol
connection-rate	carol@alpha.test	kees@gamma.test	192.0.2.25	Kees,\n\nthe seminar room is booked.\n\nCarol
forward-spam	carol@alpha.test	sam@beta.test,sien@beta.test	192.0.2.25	Sam, Sien,\n\nthe thesis defence is on Friday.\n\nCarol
too-many-recipients	carol@alpha.test	tine@beta.test	192.0.2.25	Tine,\n\nthe grant report is due next month.\n\nCarol
exim-mail-geweigerd	pat@pi.test	bas@beta.test,bob@beta.test	192.0.2.35	Bas, Bob,\n\nthe library closes early today.\n\nPat
exim-mail-rejected	pat@pi.test	jens@beta.test,jet@beta.test	192.0.2.35	Jens, Jet,\n\nthe field trip is confirmed.\n\nPat
exim-suspicious-file	pat@pi.test	eva@beta.test,ewout@beta.test	192.0.2.35	Eva, Ewout,\n\nthe course notes are in the shared folder.\n\nPat
exim-connection-rate	pat@pi.test	koen@gamma.test	192.0.2.35	Koen,\n\nthe workshop starts at ten.\n\nPat
exim-forward-spam	pat@pi.test	stef@beta.test,saar@beta.test	192.0.2.35	Stef, Saar,\n\nthe committee minutes follow.\n\nPat
exim-too-many-recipients	pat@pi.test	toon@beta.test	192.0.2.35	Toon,\n\nthe poster session is in hall B.\n\nPat
SEND
# sixteen returns: eight permanent refusals at once, four delay warnings after a minute and four returns after three
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
