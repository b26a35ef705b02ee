#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-coffeemud: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server built into CoffeeMud (Bo Zimmerman's Java MUD engine, bozimmerman/CoffeeMud: a self-hosted game server
# whose own SMTP server takes mail for its players' in-game mailboxes and for its journals, the forums and mailing lists
# that players subscribe to; Apache-2.0 in the file's header), each at the stage its code writes it. Read with the search
# tool: com/planet_ink/coffee_mud/core/smtp/ProcessSMTPrequest.java (commit 002faccfa480), the session's command loop,
# its MAIL FROM, RCPT TO and end-of-data checks. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are CoffeeMud's; the DSNs are made. Only reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply is the code's string byte for byte (its names filled as the code fills them: a player's or journal's name
# capitalised, a content type upper-cased), at the stage the code writes it:
#   "551 Requested action not taken: User is not local."   to MAIL FROM (the sender is not one of the server's own
#                              players or journals: validLocalAccount of the sender fails), to the Postfix's second
#                              address (mail for gamma.test: gil@, gia@)
#   "552 String exceeds size limit. But you were nice to tell me!"   to MAIL FROM (its SIZE= parameter is over the
#                              server's maximum message size), to the Exim's second address (mail for gamma.test: gus@,
#                              gwen@; the Exim declares SIZE= as the replaying server's EHLO offers SIZE)
#   "553 Requested action not taken: User is not local."   to RCPT TO (the recipient is neither a player nor a journal of
#                              the server's domain), for uma@, ulf@, ida@ and ian@beta.test
#   "421 Quit Fishing!"   to RCPT TO (the third refused address in one session: the server answers so and closes), for
#                              ivo@beta.test, the third recipient after ida@ and ian@ in the Postfix's message; served to
#                              every attempt, so the Postfix warns after a minute and returns after 3
#   "552 Mailbox 'Bram' is full."   to RCPT TO (the player's mailbox holds the maximum number of messages), for
#                              bram@beta.test; "552 Mailbox 'Bea' is full." for bea@beta.test
#   "552 User 'Carol' may not send emails to 'Builders'."   to RCPT TO (the journal's criteria mask refuses the sending
#                              player), for builders@beta.test; "552 User 'Pat' may not send emails to 'Archons'." for
#                              archons@beta.test (the sender's name as the server names a player)
#   "552 Message exceeds size limit."   after the final dot (the data reached the maximum size), for max@beta.test
#   "552 Mailbox 'Chat' only accepts messages from subscribers.  Send an email with 'subscribe' as the subject."   after
#                              the final dot (a forwarding journal, a mailing list, and the sender is not on its list;
#                              two spaces after the first sentence, as the code writes it), for chat@beta.test
#   "552 Mailbox 'News' only accepts subscribe/unsubscribe."   after the final dot (a subscribe-only journal and the
#                              sender lacks the JOURNALS privilege), for news@beta.test
#   "552 Message content type 'IMAGE/JPEG' not accepted."   after the final dot (a top-level Content-Type other than
#                              text/plain, text/html or multipart), for pics@beta.test
# Not served: "552 String exceeds size limit. You are very bad!" (a line longer than the maximum message size),
# "550 <name> user unknown." (a recipient without "@"), the 500, 501, 502 and 503 replies to malformed or misordered
# commands and "552 Message content type '...' not accepted without boundry." (a multipart type without a boundary).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without a Content-Type (the content
# type and size refusals say what did not happen), and "421 Quit Fishing!" comes on every attempt, not only as the third
# refusal. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-coffeemud}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): CoffeeMud's replies.
NOT_LOCAL='553 Requested action not taken: User is not local.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '551 Requested action not taken: User is not local.' \
    client:192.0.2.34 mail '552 String exceeds size limit. But you were nice to tell me!' \
    uma@beta.test rcpt "$NOT_LOCAL" \
    ulf@beta.test rcpt "$NOT_LOCAL" \
    ida@beta.test rcpt "$NOT_LOCAL" \
    ian@beta.test rcpt "$NOT_LOCAL" \
    ivo@beta.test rcpt '421 Quit Fishing!' \
    bram@beta.test rcpt "552 Mailbox 'Bram' is full." \
    bea@beta.test rcpt "552 Mailbox 'Bea' is full." \
    builders@beta.test rcpt "552 User 'Carol' may not send emails to 'Builders'." \
    archons@beta.test rcpt "552 User 'Pat' may not send emails to 'Archons'." \
    max@beta.test eom '552 Message exceeds size limit.' \
    chat@beta.test eom "552 Mailbox 'Chat' only accepts messages from subscribers.  Send an email with 'subscribe' as the subject." \
    news@beta.test eom "552 Mailbox 'News' only accepts subscribe/unsubscribe." \
    pics@beta.test eom "552 Message content type 'IMAGE/JPEG' not accepted." \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-local	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe raid on the north keep is at eight.\n\nCarol
user-not-local	carol@alpha.test	uma@beta.test,ulf@beta.test	192.0.2.25	Uma, Ulf,\n\nmeet me at the inn before the quest.\n\nCarol
quit-fishing	carol@alpha.test	ida@beta.test,ian@beta.test,ivo@beta.test	192.0.2.25	Ida, Ian, Ivo,\n\nthe guild hall is open again.\n\nCarol
mailbox-full	carol@alpha.test	bram@beta.test	192.0.2.25	Bram,\n\nyour sword is repaired.\n\nCarol
may-not-send	carol@alpha.test	builders@beta.test	192.0.2.25	Builders,\n\nthe new area needs a bridge.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe map of the caves is below.\n\nCarol
subscribers-only	carol@alpha.test	chat@beta.test	192.0.2.25	Chat,\n\nwho is up for the dragon tonight?\n\nCarol
subscribe-only	carol@alpha.test	news@beta.test	192.0.2.25	News,\n\nthe tournament results are in.\n\nCarol
exim-size-declared	pat@pi.test	gus@gamma.test,gwen@gamma.test	192.0.2.35	Gus, Gwen,\n\nthe harvest festival starts at noon.\n\nPat
exim-user-not-local	pat@pi.test	uma@beta.test,ulf@beta.test	192.0.2.35	Uma, Ulf,\n\nthe ferry to the isle leaves at dawn.\n\nPat
exim-mailbox-full	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nyour armour is ready.\n\nPat
exim-may-not-send	pat@pi.test	archons@beta.test	192.0.2.35	Archons,\n\nthe east gate is bugged.\n\nPat
exim-content-type	pat@pi.test	pics@beta.test	192.0.2.35	Pics,\n\nthe screenshot of the boss is below.\n\nPat
exim-subscribers-only	pat@pi.test	chat@beta.test	192.0.2.35	Chat,\n\nanyone selling mithril?\n\nPat
exim-message-too-large	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe full quest log is below.\n\nPat
SEND
# fifteen returns at once, then the Postfix's warning after a minute and return after 3 for ivo@
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
