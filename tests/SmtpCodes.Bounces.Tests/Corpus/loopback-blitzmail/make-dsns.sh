#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-blitzmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP server of BlitzMail, the mail system Dartmouth College wrote for its campus in the early 1990s (Macintosh
# clients, a name directory server, the DND, and Unix mail servers that speak SMTP to the Internet and a Blitz format
# of their own to each other), as its server's source writes them. Read with the search tool: the repository
# freefal/blitzmail-server (the BlitzMail server 3.6, "Copyright (c) 1994 by the Trustees of Dartmouth College; see the
# file 'Copyright' in the distribution", a file the stored repository does not hold; RCS headers of "davidg", 1998),
# commit cb4cc59c9b88: smtp.c ("BlitzMail Server -- smtp server", revision 3.6 of 98/10/21: smtp_serv, smtp_mail,
# smtp_rcpt, smtp_data, read_smtp_filters and the resptab table that maps a recipient's status to a reply), smtp.h (the
# reply codes: SMTP_BADRECIP 550, SMTP_NODND 450, SMTP_DISKFULL 452, SMTP_RECIPMAX 552, SMTP_FAIL 554, and SMTP_REJECT
# 550, the default code of the anti-spam filters) and addr.c (resolve, globallist, dnd_resolve: which name a refusal
# quotes). Every reply is one line written by t_fprintf, without enhanced codes. Only the reply texts are quoted. A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# BlitzMail's; the DSNs are made.
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
#   "550 Connection from your address denied."   (smtp_serv: the client's address matches a REJECT line of the
#                              anti-spam filter file, written instead of the greeting with the filter's code, 550 by
#                              default; the server then closes) at the greeting, to every connection from the Postfix's
#                              second address (out2.alpha.test, 192.0.2.24, which sends for gamma.test), for
#                              gus@gamma.test
#   "452 Insufficient disk space; try another time."   (smtp_mail: the temporary space free is less than the SIZE the
#                              client announced) to MAIL FROM, to every connection from the Exim's second address
#                              (out2.pi.test, 192.0.2.34, which sends for gamma.test), for gwen@gamma.test
#   "550 No such user: <name>"   (smtp_rcpt with resptab's RECIP_BADADDR: the DND finds no such name; the name is the
#                              local part the lookup used) to RCPT TO, for ann@ and abe@ beta.test
#   "550 Ambiguous user name: amy"   (RECIP_AMBIG: the DND matches more than one person) to RCPT TO, for amy@beta.test
#   "550 Mailing list access denied: staff"   (RECIP_NO_SEND: a public mailing list the sender may not send to; the
#                              list's name) to RCPT TO, for staff@beta.test
#   "550 Forwarding loop detected: loop"   (RECIP_LOOP: the list's expansion nests deeper than ADDR_MAX_DEPTH; the
#                              list's name) to RCPT TO, for loop@beta.test
#   "550 Relaying refused."    (smtp_rcpt: the client is in a NORELAY filter and the recipient is outside the local
#                              domain; the filter's code, 550 by default) to RCPT TO, for ray@ and roy@ delta.test
#   "450 Name directory (DND) not available."   (smtp_rcpt: the name directory server cannot be reached, so the
#                              recipient is refused for now) to RCPT TO, to every attempt, for dora@beta.test
#   "552 Too many recipients, max is: ."   (smtp_rcpt: the recipients so far and this one's expansion pass
#                              ADDR_MAX_RECIPS; the format has no conversion for the limit it is given, so the text ends
#                              "max is: ." as the code writes it) to RCPT TO, for crowd@beta.test
#   "554 File error"           (smtp_data: the message's header cannot be scanned or its spool file set up, after the
#                              message was read; no period, as the code writes it) after the message, for fay@beta.test
# Not served: "421 <server name> shutting down now." (the server is closing, at the greeting or before any command),
# "552 Max message size is <limit>." (a SIZE over the configured limit, to MAIL FROM), "554 File error." (a temporary
# file that cannot be created, to DATA), "554 Blitz-format accepted only from peer servers ." and the other Blitz
# transfer (XBTZ, XFER) replies between BlitzMail servers, "550 No such mailing list: <name>" and "550 Mailing list
# access denied: <name>" to EXPN, and the 500, 501 and 503 replies to malformed, unknown or out-of-order commands.
# The replies are chosen by recipient or client address, not by anything the senders did: no address is in a filter
# file, delta.test is a domain the replaying server serves (it has an MX record pointing at it), staff, loop and crowd
# are plain addresses to it (no mailing list is expanded), the disk is not full and the messages are a few lines long.
# The refused greeting, the 452 and the 450 come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where BlitzMail greets "220 <server
# name> server ready (<version>)." and answers EHLO "250-<server name>; pleased to meet you." with SIZE, EXPN, XBTZ and
# HELP.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-blitzmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): BlitzMail's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '550 Connection from your address denied.' \
    client:192.0.2.34 mail '452 Insufficient disk space; try another time.' \
    ann@beta.test rcpt '550 No such user: ann' \
    abe@beta.test rcpt '550 No such user: abe' \
    amy@beta.test rcpt '550 Ambiguous user name: amy' \
    staff@beta.test rcpt '550 Mailing list access denied: staff' \
    loop@beta.test rcpt '550 Forwarding loop detected: loop' \
    ray@delta.test rcpt '550 Relaying refused.' \
    roy@delta.test rcpt '550 Relaying refused.' \
    dora@beta.test rcpt '450 Name directory (DND) not available.' \
    crowd@beta.test rcpt '552 Too many recipients, max is: .' \
    fay@beta.test eom '554 File error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe winter carnival sculptures go up on Friday.\n\nCarol
no-such-user	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe library keeps its late hours this week.\n\nCarol
ambiguous-user-name	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe outing club hike leaves from the green.\n\nCarol
mailing-list-access-denied	carol@alpha.test	staff@beta.test	192.0.2.25	Hello,\n\nthe bake sale raised enough for new hymn books.\n\nCarol
relaying-refused	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe canoe rental opens in April.\n\nCarol
dnd-not-available	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe choir practice moves to Thursday.\n\nCarol
file-error	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe ski shuttle runs every hour.\n\nCarol
exim-insufficient-disk-space	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe pottery studio has a new wheel.\n\nPat
exim-no-such-user	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe debate team travels on Saturday.\n\nPat
exim-forwarding-loop	pat@pi.test	loop@beta.test	192.0.2.35	Hello,\n\nthe reading group meets at the inn.\n\nPat
exim-relaying-refused	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe observatory is open on clear nights.\n\nPat
exim-too-many-recipients	pat@pi.test	crowd@beta.test	192.0.2.35	Hello,\n\nthe snow sculpture contest needs judges.\n\nPat
SEND
# nine messages refused for good, returned at once (five by the Postfix, the file error after the message among them,
# four by the Exim), then for the refused greeting and the 450 (to the Postfix) and the 452 (to the Exim) a warning
# after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
