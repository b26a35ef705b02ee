#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-netfarm-archiver: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Netfarm Mail Archiver, Gianluigi Tiesi's mail archiving proxy in Python for NetFarm S.r.l. (release 2,
# GPL 2; Postfix hands each message to its "archive" stage over SMTP or LMTP, the stage stores the message's metadata
# with a backend (PostgreSQL, XML-RPC, ...), adds an X-Archiver-ID header and passes the message on to the next hop
# with smtplib; a "storage" stage stores the whole message under that id; the repository netfarm/archiver, read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below, in archiver.py (release
# 2.1.0, __version__ '2.1.0', copyright 2005-2007; the stored version the search tool gave, its commit not shown by
# the read), in the StageHandler class: process_archive, process_storage, sendmail and do_exit. Each refusal is
# do_exit(code, msg), which writes the reply as "<code> <the code's digits joined by dots> <msg>": the enhanced code is
# the basic code spelt out digit by digit (552 -> 5.5.2, 443 -> 4.4.3), and the code's temporary failures use 443, a
# code of its own (not in RFC 5321's list; its first digit makes it temporary). The stages answer after the message
# (the end of DATA), as they read the whole message before they judge it:
#   "552 5.5.2 Duplicate header <name>" (dupe_check: the message carries one of From, To, Cc, Subject, Date,
#   Message-ID, X-Archiver-ID twice; the name is written in lower case), "443 4.4.3 Only one From address is allowed"
#   (the From header names more than one address), "443 4.4.3 Failed to connect to output server" (sendmail: the next
#   hop, the Postfix the stage passes the message back to, cannot be reached), "443 4.4.3 All recipients were rejected
#   by the mailserver" (the next hop refused every recipient: smtplib's SMTPRecipientsRefused), "443 4.4.3 Server
#   returned code <code>" (the next hop refused the message with another error, e.g. after the data: smtplib's
#   SMTPDataError, whose code the stage repeats; served here with 554) and, from the storage stage, "550 5.5.0 Invalid
#   X-Archiver-ID header" (the message's X-Archiver-ID is not of the form <year>-<pid>).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Netfarm Mail Archiver's; the DSNs are made.
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
#   "552 5.5.2 Duplicate header subject"   after the message, for sue@ and sol@ beta.test
#   "552 5.5.2 Duplicate header date"   after the message, for dee@ and dax@ beta.test
#   "550 5.5.0 Invalid X-Archiver-ID header"   after the message, for ira@ and ivo@ beta.test
#   "443 4.4.3 Only one From address is allowed"   after the message, to every attempt, for flo@ and fin@ beta.test
#   "443 4.4.3 Failed to connect to output server"   after the message, to every attempt, for oli@ and oz@ beta.test
#   "443 4.4.3 All recipients were rejected by the mailserver"   after the message, to every attempt, for ria@ and
#                              rex@ beta.test
#   "443 4.4.3 Server returned code 554"   after the message, to every attempt, for cal@ and cy@ beta.test
# Not served: the greeting "Netfarm Archiver [<stage>] version <version>" and the stage's EHLO/LHLO answer (lmtp.py's
# server; the replaying server's are used), the acceptances ("250 2.0.0 Archived as: <id>", "250 2.0.0 Sendmail Ok",
# "200 2.0.0 Some of recipients were rejected by the mailserver", which accepts the message), "550 5.5.0 Invalid Mail"
# (a message under 8 bytes, which no relaying MTA sends), "552 5.5.2 Mail has not suitable From/Sender" and "552 5.5.2
# Mail has not suitable To/Recipient" (no usable address at all, which a relayed message with an envelope always has),
# "443 4.4.3 Error parsing addrlist From|To|Cc: <header>" (the parser raised), "443 4.4.3 Internal server error" (an
# internal fault), "422 4.2.2 Sender quota execeded" (its DBChecker.quota_check is a stub that never reports a quota in
# this release), the backends' own failures (passed through as the backend writes them) and lmtp.py's stock replies.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-netfarm-archiver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Netfarm Mail Archiver's replies.
DUPSUBJECT='552 5.5.2 Duplicate header subject'
DUPDATE='552 5.5.2 Duplicate header date'
BADAID='550 5.5.0 Invalid X-Archiver-ID header'
ONEFROM='443 4.4.3 Only one From address is allowed'
NOCONNECT='443 4.4.3 Failed to connect to output server'
ALLREJECTED='443 4.4.3 All recipients were rejected by the mailserver'
SERVERCODE='443 4.4.3 Server returned code 554'
printf '%s\t%s\t%s\n' \
    sue@beta.test eom "$DUPSUBJECT" \
    sol@beta.test eom "$DUPSUBJECT" \
    dee@beta.test eom "$DUPDATE" \
    dax@beta.test eom "$DUPDATE" \
    ira@beta.test eom "$BADAID" \
    ivo@beta.test eom "$BADAID" \
    flo@beta.test eom "$ONEFROM" \
    fin@beta.test eom "$ONEFROM" \
    oli@beta.test eom "$NOCONNECT" \
    oz@beta.test eom "$NOCONNECT" \
    ria@beta.test eom "$ALLREJECTED" \
    rex@beta.test eom "$ALLREJECTED" \
    cal@beta.test eom "$SERVERCODE" \
    cy@beta.test eom "$SERVERCODE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
duplicate-header-subject	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe quilting circle moved to Tuesday.\n\nCarol
duplicate-header-date	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe beehives need a second super.\n\nCarol
invalid-archiver-id	carol@alpha.test	ira@beta.test	192.0.2.25	Ira,\n\nthe ferry timetable changed in May.\n\nCarol
only-one-from-address	carol@alpha.test	flo@beta.test	192.0.2.25	Flo,\n\nthe kiln is cooling until Monday.\n\nCarol
output-server-unreachable	carol@alpha.test	oli@beta.test	192.0.2.25	Oli,\n\nthe hedge wants cutting back.\n\nCarol
all-recipients-rejected	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe choir sings at the harvest supper.\n\nCarol
server-returned-code	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe kite festival is on the common.\n\nCarol
exim-duplicate-header-subject	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe orchard ladder is in the shed.\n\nPat
exim-duplicate-header-date	pat@pi.test	dax@beta.test	192.0.2.35	Dax,\n\nthe tide tables are pinned up.\n\nPat
exim-invalid-archiver-id	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe jam jars are washed and ready.\n\nPat
exim-only-one-from-address	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe stile by the brook is broken.\n\nPat
exim-output-server-unreachable	pat@pi.test	oz@beta.test	192.0.2.35	Oz,\n\nthe barn owl is back in the loft.\n\nPat
exim-all-recipients-rejected	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe cricket nets open on Saturday.\n\nPat
exim-server-returned-code	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe seed swap is in the church porch.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
