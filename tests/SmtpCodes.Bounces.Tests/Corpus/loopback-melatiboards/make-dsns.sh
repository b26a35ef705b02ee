#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-melatiboards: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the mail receiver of MelatiBoards, the message boards of Melati (a Java framework for database-backed web
# applications; MelatiBoards is Paneris' mailing-list and message-board application on it, its mail receiver copyright
# Myles Chippendale (2000), as the files' headers say; a board is posted to by mail: the boards' domain is pointed at
# the application's own small SMTP server, written on a plain java.net.Socket, one thread a session, which stores each
# message in the board's database and mails it out to the board's members; the repository Melati/MelatiBoards,
# GPL-2.0-or-later or the Melati Software License as its files' headers say; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below, each as "<code> <text>" on one line (no enhanced status
# code): MelatiBoards/src/main/java/org/paneris/melati/boards/receivemail/SMTPSession.java (commit 63f20fb17172; rcptTo,
# databaseForAddress, data) and the MessagingException texts of BoardStoreImpl.java in the same folder (commit
# 7d7d79ff66d3; init, senderOfAddress, recipientOfAddress), which rcptTo sends after "550 " with any line break made a
# space:
#   to RCPT TO "550 `<domain>' is not a board mail domain (no entry
#   `org.paneris.melati.boards.receivemail.database.<domain>' in properties)" (the recipient's domain maps to no board
#   database in the server's properties), "550 unknown messageboard `<board>'" (no board has the local part's name),
#   "550 illegal parent message ID `<prefix>'" (a local part <prefix>.<board> whose prefix is not a number: a reply is
#   addressed <message number>.<board>), "550 parent message `<n>' not found" (no message has that number), "550 parent
#   message `<n>' is not on this board `<board>'" (the message is on another board), "550 user `<sender>' not
#   authorised to post on this message board" (the envelope sender is no user of the board's database and the board
#   takes no anonymous posts), "553 a message can only appear on one board, but this one was copied to several" (a
#   second RCPT TO after a board was accepted in the same transaction) and "554 Sorry: something is wrong with this
#   server---<exception>" (any other exception while the board store was set up; here a bare
#   java.lang.NullPointerException, whose toString is its class name); after the message "552 Your message message is
#   too long---can you split it up?" (the database refused the statement: "SQL Statement too long"; the doubled
#   "message" is the code's) and "554 Sorry!!!: something is wrong with this server---<exception>" (any other exception
#   while the message was stored; here the same java.lang.NullPointerException).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MelatiBoards'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 `gamma.test' is not a board mail domain (no entry `org.paneris.melati.boards.receivemail.database.gamma.test'
#   in properties)"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 unknown messageboard `dan'" and "550 unknown messageboard `dot'"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 illegal parent message ID `re'" and "550 illegal parent message ID `fw'"   to RCPT TO, for re.quiz@ and
#                              fw.choir@ beta.test
#   "550 parent message `9041' not found" and "550 parent message `7730' not found"   to RCPT TO, for 9041.garden@ and
#                              7730.chess@ beta.test
#   "550 parent message `12' is not on this board `garden'" and "550 parent message `31' is not on this board `chess'"
#                              to RCPT TO, for 12.garden@ and 31.chess@ beta.test
#   "550 user `carol@alpha.test' not authorised to post on this message board" and "550 user `pat@pi.test' not
#   authorised to post on this message board"   to RCPT TO, for sam@ and sid@ beta.test (each sender's own address)
#   "553 a message can only appear on one board, but this one was copied to several"   to RCPT TO, for hal@ and hex@
#                              beta.test, each the second recipient of a message whose first (news@, press@ beta.test)
#                              is accepted and delivered
#   "554 Sorry: something is wrong with this server---java.lang.NullPointerException"   to RCPT TO, for nia@ and ned@
#                              beta.test
#   "552 Your message message is too long---can you split it up?"   after the message, for fay@ and fox@ beta.test
#   "554 Sorry!!!: something is wrong with this server---java.lang.NullPointerException"   after the message, for lou@
#                              and lea@ beta.test
# Not served: the greeting "220 <identifier> SMTP" and the HELO answer (the server knows no EHLO and answers it "500
# Command unrecognized"; the replaying server's greeting and EHLO answer are used), "503 Need MAIL before RCPT", "503
# Need MAIL command", "500 Command unrecognized" and the RCPT refusal "`<address>': missing domain, so can't determine
# which database to use" (an address without a domain, which no relaying MTA sends); the code writes no temporary
# reply, so every message is refused for good and returned at once. A board that takes anonymous posts makes a user of
# an unknown sender and accepts the message (250), so it makes no DSN.
# The replies are chosen by recipient, not by anything the senders did: each message is a few lines of plain text, with
# one recipient except the two messages copied to two boards. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-melatiboards}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MelatiBoards' SMTP server's replies.
NOTBOARDDOMAIN='550 `gamma.test'"'"' is not a board mail domain (no entry `org.paneris.melati.boards.receivemail.database.gamma.test'"'"' in properties)'
UNKNOWNDAN='550 unknown messageboard `dan'"'"
UNKNOWNDOT='550 unknown messageboard `dot'"'"
ILLEGALRE='550 illegal parent message ID `re'"'"
ILLEGALFW='550 illegal parent message ID `fw'"'"
NOPARENT9041='550 parent message `9041'"'"' not found'
NOPARENT7730='550 parent message `7730'"'"' not found'
OTHERBOARD12='550 parent message `12'"'"' is not on this board `garden'"'"
OTHERBOARD31='550 parent message `31'"'"' is not on this board `chess'"'"
NOTAUTHCAROL='550 user `carol@alpha.test'"'"' not authorised to post on this message board'
NOTAUTHPAT='550 user `pat@pi.test'"'"' not authorised to post on this message board'
ONEBOARD='553 a message can only appear on one board, but this one was copied to several'
SORRYRCPT='554 Sorry: something is wrong with this server---java.lang.NullPointerException'
TOOLONG='552 Your message message is too long---can you split it up?'
SORRYDATA='554 Sorry!!!: something is wrong with this server---java.lang.NullPointerException'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NOTBOARDDOMAIN" \
    gil@gamma.test rcpt "$NOTBOARDDOMAIN" \
    dan@beta.test rcpt "$UNKNOWNDAN" \
    dot@beta.test rcpt "$UNKNOWNDOT" \
    re.quiz@beta.test rcpt "$ILLEGALRE" \
    fw.choir@beta.test rcpt "$ILLEGALFW" \
    9041.garden@beta.test rcpt "$NOPARENT9041" \
    7730.chess@beta.test rcpt "$NOPARENT7730" \
    12.garden@beta.test rcpt "$OTHERBOARD12" \
    31.chess@beta.test rcpt "$OTHERBOARD31" \
    sam@beta.test rcpt "$NOTAUTHCAROL" \
    sid@beta.test rcpt "$NOTAUTHPAT" \
    hal@beta.test rcpt "$ONEBOARD" \
    hex@beta.test rcpt "$ONEBOARD" \
    nia@beta.test rcpt "$SORRYRCPT" \
    ned@beta.test rcpt "$SORRYRCPT" \
    fay@beta.test eom "$TOOLONG" \
    fox@beta.test eom "$TOOLONG" \
    lou@beta.test eom "$SORRYDATA" \
    lea@beta.test eom "$SORRYDATA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-a-board-mail-domain	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe footbridge by the mill is open again.\n\nCarol
unknown-messageboard	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe jumble sale starts at two.\n\nCarol
illegal-parent-message-id	carol@alpha.test	re.quiz@beta.test	192.0.2.25	Quiz board,\n\nthe answer to question six was Lisbon.\n\nCarol
parent-message-not-found	carol@alpha.test	9041.garden@beta.test	192.0.2.25	Garden board,\n\nthe runner beans did well in the shade.\n\nCarol
parent-message-on-another-board	carol@alpha.test	12.garden@beta.test	192.0.2.25	Garden board,\n\nthe water butt by the shed is full.\n\nCarol
not-authorised-to-post	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe orchard walk is on Sunday.\n\nCarol
copied-to-several-boards	carol@alpha.test	news@beta.test,hal@beta.test	192.0.2.25	Both boards,\n\nthe parish newsletter goes to print on Monday.\n\nCarol
server-error-at-recipient	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe church clock is five minutes slow.\n\nCarol
message-too-long	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe minutes of the last meeting follow.\n\nCarol
server-error-storing-message	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe tennis court nets are down.\n\nCarol
exim-not-a-board-mail-domain	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe cattle grid wants a coat of paint.\n\nPat
exim-unknown-messageboard	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe whist drive is postponed.\n\nPat
exim-illegal-parent-message-id	pat@pi.test	fw.choir@beta.test	192.0.2.35	Choir board,\n\nthe carol sheets are in the vestry.\n\nPat
exim-parent-message-not-found	pat@pi.test	7730.chess@beta.test	192.0.2.35	Chess board,\n\nthe knight should have taken the rook.\n\nPat
exim-parent-message-on-another-board	pat@pi.test	31.chess@beta.test	192.0.2.35	Chess board,\n\nthe club clock needs a new battery.\n\nPat
exim-not-authorised-to-post	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe hedgehog house is finished.\n\nPat
exim-copied-to-several-boards	pat@pi.test	press@beta.test,hex@beta.test	192.0.2.35	Both boards,\n\nthe village show results are in.\n\nPat
exim-server-error-at-recipient	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe boules pitch is raked.\n\nPat
exim-message-too-long	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe full accounts for the year follow.\n\nPat
exim-server-error-storing-message	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe swifts are nesting under the eaves.\n\nPat
SEND
# every reply is permanent: twenty messages refused for good (ten by the Postfix's receiver, ten by the Exim's), each
# returned at once
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
