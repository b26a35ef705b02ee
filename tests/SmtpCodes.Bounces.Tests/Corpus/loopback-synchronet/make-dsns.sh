#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-synchronet: a receiving SMTP server (../loopback-replay.py) answers, byte for byte,
# with the reply texts of the SMTP server of Synchronet (Rob Swindell's "Digital Man" bulletin board system, whose mail
# server receives Internet mail for the BBS's users and sub-boards and keeps it in the BBS's own message base), as its
# source code writes them; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are Synchronet's; the DSNs are made. The source file is under the GNU General Public License, version
# 2 or later (its header: "Copyright 2000 Rob Swindell"); only the reply texts are quoted here.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The source (read with the search tool): the repository SynchronetBBS/sbbs, src/sbbs3/mailsrvr.c at commit
# 00146d6fb054 ("Synchronet Mail (SMTP/POP3) server and sendmail threads", MAIL_VERSION "1.11", the server of about
# 2002): smtp_thread() (the SMTP receiver), chk_email_addr() and rblchk(). No page explains the replies beyond the code;
# what each means is read from the branch that sends it:
#   "571 Mail from <client IP> refused, see http://mail-abuse.org/rbl"
#                                          instead of the greeting: the option MAIL_OPT_USE_RBL is set and the client's
#                                          address is listed on blackholes.mail-abuse.org (logged "SPAM server
#                                          filtered (RBL)"); then the connection is closed; for the sending Exim's
#                                          second address (its mail for gamma.test)
#   "554 Sender not allowed."              to MAIL FROM: chk_email_addr() finds the sender's address in the sysop's
#                                          "email" trash can (logged "BLOCKED SOURCE", to the spam log); then the
#                                          connection is closed; for the sending Postfix's second address
#   "550 Unknown User:<address>"           to RCPT TO: no BBS user matches the local part by alias, real name or
#                                          number and no default user is set, or the user is deleted or inactive, or
#                                          the address is in the "email" trash can; the text after "RCPT TO:" is
#                                          appended as the client sent it; for una@, ulla@, uno@beta.test
#   "550 Relay not allowed."               to RCPT TO: an address of a domain the BBS does not serve, relaying is off
#                                          (MAIL_OPT_ALLOW_RELAY not set) and the client is not in relay.cfg (logged
#                                          "ILLEGAL RELAY ATTEMPT"); then the connection is closed; for rhea@beta.test
#   "553 Relaying through this server requires authentication.  Please authenticate with POP3 before sending."
#                                          the same with relaying allowed for users who read their mail by POP3 within
#                                          the hour (POP-before-SMTP), the client being none; for rex@beta.test
#   "452 Insufficient system storage"      to DATA: the file the message is received into cannot be opened; after
#                                          the final dot: the mail base cannot be opened, created, locked or
#                                          allocated, or no recipient's header could be added (each time the mail
#                                          stays with the sender); for sid@ (to DATA) and sol@beta.test (after the dot)
#   "554 Duplicate Message"                after the final dot: the mail base keeps CRCs of the texts it holds
#                                          (mail_maxcrcs) and this text's CRC is already there (smb_addcrc fails);
#                                          for dee@, dax@beta.test
#   "554 Subject not allowed."             while the header arrives: the Subject is in the sysop's "subject" trash
#                                          can (logged "BLOCKED SUBJECT", to the spam log); then the connection is
#                                          closed; served after the final dot, the first point the replaying server
#                                          answers a message at; for sue@, saul@beta.test
#   "554 Mail header missing 'FROM' field" after the final dot: no sender name was found (the header's From field,
#                                          or the MAIL FROM address before its @); for fran@, fred@beta.test
# Filled: the client's address ({client}) and the RCPT TO argument as the senders write it (<{rcpt}>).
# Not served: "550 Access denied." instead of the greeting (the client's IP or host name in the trash can: a block
# without words that name it; the RBL refusal stands for the greeting), the DUL and RSS refusals (the RBL's words with
# another list), "421 System error", "552 Too many recipients" (over 100), "550 Unknown sub-board: <code>" (an address
# of the form sub:<code>), "450 User unavailable" (SEND FROM, a telegram to a user not on line), "452 ERROR <n> (<text>)
# saving message" (a post to a sub-board), "554 No message text", "503 Bad sequence of commands", "502 command not
# supported" and "500 Syntax error". The greeting ("220 <host> Synchronet SMTP Server for <platform> v1.11 Ready") and
# the EHLO answer (one line, "250 <host>") are not copied: the replaying server's own are used. Where the code closes
# the connection after a refusal (the sender, the relay and the subject refusals), the replaying server keeps it open.
# The temporary replies are served to every attempt (never accepted), so each sender warns after a minute and returns
# after 3 (../loopback-lib.sh's delay_warning and queue lifetime).
# The selection was made before the run, not by what any reader makes of the texts. The replies are chosen by recipient
# or client address, not by anything the senders did: every mailbox and domain exists, no address is on a list, no
# relaying was asked for, every message has its From field and a subject no list holds, no disk failed and no message
# was sent twice.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-synchronet}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Synchronet's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 Sender not allowed.' \
    client:192.0.2.34 connect '571 Mail from {client} refused, see http://mail-abuse.org/rbl' \
    una@beta.test rcpt '550 Unknown User:<{rcpt}>' \
    ulla@beta.test rcpt '550 Unknown User:<{rcpt}>' \
    uno@beta.test rcpt '550 Unknown User:<{rcpt}>' \
    rhea@beta.test rcpt '550 Relay not allowed.' \
    rex@beta.test rcpt '553 Relaying through this server requires authentication.  Please authenticate with POP3 before sending.' \
    sid@beta.test data '452 Insufficient system storage' \
    sol@beta.test eom '452 Insufficient system storage' \
    dee@beta.test eom '554 Duplicate Message' \
    dax@beta.test eom '554 Duplicate Message' \
    sue@beta.test eom '554 Subject not allowed.' \
    saul@beta.test eom '554 Subject not allowed.' \
    fran@beta.test eom "554 Mail header missing 'FROM' field" \
    fred@beta.test eom "554 Mail header missing 'FROM' field" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-user	carol@alpha.test	una@beta.test,ulla@beta.test	192.0.2.25	Una, Ulla,\n\nthe door games are back on node 2.\n\nCarol
relay-not-allowed	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe echomail packets came in late last night.\n\nCarol
insufficient-storage	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe file area has the new ANSI editor.\n\nCarol
duplicate-message	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe sysop meeting is on Thursday.\n\nCarol
subject-not-allowed	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe trivia scores for the month are posted.\n\nCarol
missing-from-field	carol@alpha.test	fran@beta.test	192.0.2.25	Fran,\n\nthe new message areas are listed below.\n\nCarol
sender-not-allowed	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe BBS list for the region is updated.\n\nCarol
exim-unknown-user	pat@pi.test	uno@beta.test	192.0.2.35	Uno,\n\nthe telnet port moved to 2323.\n\nPat
exim-relay-requires-authentication	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe QWK packet settings are in the help file.\n\nPat
exim-insufficient-storage	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe user list was cleaned up this week.\n\nPat
exim-duplicate-message	pat@pi.test	dax@beta.test	192.0.2.35	Dax,\n\nthe chat room opens at nine.\n\nPat
exim-subject-not-allowed	pat@pi.test	saul@beta.test	192.0.2.35	Saul,\n\nthe art pack is in the uploads area.\n\nPat
exim-missing-from-field	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe network node list is attached below.\n\nPat
exim-rbl-refused	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe next meeting of the users' group is in May.\n\nPat
SEND
# twelve returns at once (every permanent refusal), then a warning after a minute and a return after 3 for each of
# the two messages never taken
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
