#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-roxen-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the "SMTP protocol" module of Roxen (the web server written in Pike of Informationsvavarna / Roxen
# Internet Software; the module, "Experimental module for receiving mail.", by Henrik Grubbstrom, 1998), and of the two
# smtp_filter modules written for it at the same time. Read with the search tool, in the stored copies of the files
# (the index names no repository path for them; Roxen's later history is the repository pikelang/Roxen, GPL-2.0, which
# no longer holds them): smtp.pike, "$Id: smtp.pike,v 1.64 1998/09/29 18:34:25 grubba Exp $" (its Smtp_Connection:
# con_class_done refuses the connection with 421 and the filters' reasons, smtp_MAIL answers a refused sender with 550
# and the filters' reasons, smtp_RCPT's own recipient and relay refusals, send_mail's spooling failures after the
# message; the texts a bare code gets are the module's errorcodes table, RFC 821's words) and the older 1.37 of
# 1998/09/17; rbl.pike, "$Id: rbl.pike,v 1.2 1998/09/17 19:59:56 grubba Exp $" ("SMTP RBL support", the Real-time
# Blackhole List); verify_addr.pike, "$Id: verify_addr.pike,v 1.2 1998/09/19 14:17:24 grubba Exp $" ("SMTP FROM
# verification"). Every reply goes out through Pike's Protocols.Line.smtp_style send(), which splits a text at "\n"
# into the lines of a multi-line reply, "CODE-" before all but the last. Only the reply texts are quoted. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Roxen's; the
# DSNs are made.
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
#   "421-mx.beta.test ESMTP Roxen Challenger/1.3.0; Fri, 04 Dec 2026 03:30:00 +0000 (GMT)\n
#    421-RBL: Access refused for 24.2.0.192.rbl.maps.vix.com\n421 RBL: see http://maps.vix.com/rbl/"
#                              (con_class_done: rbl.pike's async_classify_connection finds the client's reversed
#                              address in the zone, its default rbl.maps.vix.com, and hands back its two lines; the
#                              module sends 421 with its greeting line (host name, roxen->version(), mktimestamp())
#                              and the reasons, then disconnects) instead of the greeting, to every connection from
#                              the Postfix's second address (out2.alpha.test, 192.0.2.24, which sends for
#                              gamma.test), for gus@gamma.test
#   "550 DNS domain \"pi.test\" does not resolve."   (smtp_MAIL: verify_addr.pike's async_verify_sender found
#                              neither an MX nor an A record for the domain of the reverse path, written with %O, in
#                              double quotes; the module answers 550 with the reason) to MAIL FROM, to the Exim's
#                              second address (out2.pi.test, which sends for gamma.test), for gina@gamma.test
#   "550 <address>... Unhandled recipient."   (smtp_RCPT: an address of a domain the server handles that no smtp_rcpt
#                              module expands or describes, by the full address or by the user name) to RCPT TO, for
#                              gil@ and gail@ beta.test
#   "550 Relaying denied."     (smtp_RCPT: an address of another domain from a connection whose class is below the
#                              address's, so relaying is refused) to RCPT TO, for ray@ and roy@ delta.test
#   "550 <address>... Recipient refused"   (smtp_RCPT: an smtp_filter module's verify_recipient(sender, recipient)
#                              refused the recipient; no filter of the stored ones implements it) to RCPT TO, for
#                              ann@ and amy@ beta.test
#   "550 No spooler available"   (send_mail: open_spoolfile() found no spool file it could create in the spool
#                              directory; logged "SMTP: Failed to open spoolfile!") after the message, for nora@ and
#                              noel@ beta.test
#   "452 Requested action not taken: insufficient system storage"   (send_mail: the spool file took less than the
#                              whole message, logged "SMTP: Spooler failed. Disk full?"; a bare 452, so errorcodes'
#                              text) after the message, to every attempt, for dora@ and dick@ beta.test
# Not served: the MAIL FROM refusals that only the Exim's or the Postfix's second address could have had besides the
# above ("452 Spooldirectory not available. Try later.", "452 Out of inodes. Try later.", the SIZE parameter's
# "Size <n> exceeds hard limit <n>." and "... soft limit ...", whose text ends in "\n" and so goes out as a
# "552-"/"452-" line and an empty last line, verify_addr.pike's other reasons "Reverse path \"<sender>\" does not
# contain a domainname." and the like, and a bare 550 with errorcodes' text), the bare "552" and "554" after the
# message (the size limit and no module taking the message: errorcodes' RFC 821 texts), "503 Expected EHLO or HELO
# command.", the 501 and 503 replies to malformed or out-of-order commands and the VRFY and EXPN answers.
# The replies are chosen by recipient or client address, not by anything the senders did: no address is listed
# anywhere, pi.test resolves, the spool is a made-up one, delta.test is a domain the replaying server serves. The
# refused greeting and the 452 after the message come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# The greeting line of the refused connection is this run's: roxen->version() is real_version, "Roxen
# Challenger/<version>.<build>" in the Roxen of 1998 (build 0 here), and the date is a fixed one; the replaying
# server's own greeting and EHLO answer are loopback-replay.py's, where the module greets "<host> ESMTP <version>;
# <date>" and answers EHLO "<host> Hello <remote host> [<address>], pleased to meet you".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-roxen-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Roxen's replies.
RBL='421-mx.beta.test ESMTP Roxen Challenger/1.3.0; Fri, 04 Dec 2026 03:30:00 +0000 (GMT)\n421-RBL: Access refused for 24.2.0.192.rbl.maps.vix.com\n421 RBL: see http://maps.vix.com/rbl/'
FULL='452 Requested action not taken: insufficient system storage'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$RBL" \
    client:192.0.2.34 mail '550 DNS domain "pi.test" does not resolve.' \
    gil@beta.test rcpt '550 gil@beta.test... Unhandled recipient.' \
    gail@beta.test rcpt '550 gail@beta.test... Unhandled recipient.' \
    ray@delta.test rcpt '550 Relaying denied.' \
    roy@delta.test rcpt '550 Relaying denied.' \
    ann@beta.test rcpt '550 ann@beta.test... Recipient refused' \
    amy@beta.test rcpt '550 amy@beta.test... Recipient refused' \
    nora@beta.test eom '550 No spooler available' \
    noel@beta.test eom '550 No spooler available' \
    dora@beta.test eom "$FULL" \
    dick@beta.test eom "$FULL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rbl-access-refused	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club's boat shed needs a new padlock.\n\nCarol
unhandled-recipient	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe allotment rota is on the noticeboard.\n\nCarol
relaying-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe lighthouse tour starts at noon.\n\nCarol
recipient-refused	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe choir folders are in the vestry.\n\nCarol
no-spooler-available	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe quilt show moved to the school hall.\n\nCarol
insufficient-system-storage	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe bird count is on Sunday morning.\n\nCarol
exim-sender-domain-does-not-resolve	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe kayak trailer has a flat tyre.\n\nPat
exim-unhandled-recipient	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe pottery kiln is booked for Friday.\n\nPat
exim-relaying-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe ferry timetable changed in May.\n\nPat
exim-recipient-refused	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe map of the footpaths is laminated.\n\nPat
exim-no-spooler-available	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe cider press needs cleaning.\n\nPat
exim-insufficient-system-storage	pat@pi.test	dick@beta.test	192.0.2.35	Dick,\n\nthe model railway club meets on Tuesday.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
