#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lmi-lispm-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of the LMI Lambda, the Lisp Machine of Lisp Machine, Inc. (LMI, 1985-1987), written in
# ZetaLisp and Common Lisp: the TCP-APPLICATION package's "Simple implementation of SMTP" ("Copyright LISP Machine, Inc.
# 1985, 1986, 1987", the network service *tcp-smtp-service*, "Simple Mail Transfer Protocol (RFC 821)"), and the MAIL
# package's Lisp Machine Mailer ("(c) 1985 Lisp Machine Incorporated", RpK) with its "Internet/SMTP interface to the
# Mailer" ("(c) 1986 Lisp Machine Incorporated"), which the server uses when *smtp-mailer* is :mailer instead of its own
# :simple verifier and mailer. Read with the search tool in the stored copies of the three files, whose repository path
# the index does not give; only the reply texts are quoted. SMTP-REPLY writes each reply as the code, a space and the
# FORMAT output, then CR LF; there are no enhanced status codes. A sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are LMI's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the server takes both of its configurations here, chosen by
# recipient: the Mailer's replies for some, the simple verifier's for others):
#   "550 Unknown local address"   (the Mailer's SMTP-RCPT-VERIFIER: the address parses to a local name that
#                              ADDRESS-EXISTENT-P finds neither as a directory nor in the mailing lists) to RCPT TO, for
#                              ann@ and abe@ beta.test
#   "550 unknown local user"   (SIMPLE-RCPT-VERIFIER: SMTP-LOOKUP-MAILBOX finds no MAIL.TEXT of that user's directory)
#                              to RCPT TO, for gil@ and gail@ beta.test
#   "450 mailbox unavailable"  (SIMPLE-RCPT-VERIFIER: SMTP-MAILBOX-PROBE fails, the mailbox's host not available,
#                              SYS:REMOTE-NETWORK-ERROR) to RCPT TO, to every attempt, for dora@ and dick@ beta.test
#   "501 Bad address: Unknown host omega.test"   (the Mailer's verifier: MAILER-PARSE-ADDRESS finds no host and no
#                              forwarding host by that name) to RCPT TO, for omar@omega.test (the Postfix's)
#   "501 Bad address: Unreachable host zeta.test"   (the Mailer's verifier: the host is known but on none of the
#                              networks the Mailer delivers to directly) to RCPT TO, for zed@zeta.test (the Exim's)
#   "452 Disk full, please try later."   (the Mailer's SMTP-MAILER: WRITE-QUEUE-FILE meets FS:NO-MORE-ROOM and warns
#                              :DISK-FULL, which SMTP-WARN-FUNCTION answers with 452) after the message, to every
#                              attempt, for bob@ and bea@ beta.test
# Not served: "451 Unexpected error for LIST: <the file system's report>" and "550 Error opening for append: <the
# report>" after the message (their words end with a file system error's report, which the source does not give),
# "501 Bad address: Parse error for <address>", "554 no from: given" and "554 no legal to: given; nobody to send it to"
# to DATA, the 501 replies "No FROM: field found", "No TO: field found" and "Syntax error in parameters or arguments",
# "502 Command not implemented" and "500 Syntax error, command unrecognized: <the command>" (which the server answers to
# EHLO, taking HELO after it), and HELP's 211 and 214 replies.
# The replies are chosen by recipient address, not by anything the senders did: both senders' addresses have PTR
# records, every domain here is served by the replaying server (omega.test and zeta.test have MX records pointing at
# it), the messages are a few hundred bytes. The 450 and the 452 come on every attempt; each sender warns after a minute
# and returns the message after 3. At most 2 recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where the LMI server greets "220 <host>
# Simple Mail Transfer Service Ready" and answers HELO "250 <host>".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and omega.test and zeta.test, more receiving domains, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, mx.omega.test and mx.zeta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lmi-lispm-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the LMI server's replies.
printf '%s\t%s\t%s\n' \
    ann@beta.test rcpt '550 Unknown local address' \
    abe@beta.test rcpt '550 Unknown local address' \
    gil@beta.test rcpt '550 unknown local user' \
    gail@beta.test rcpt '550 unknown local user' \
    dora@beta.test rcpt '450 mailbox unavailable' \
    dick@beta.test rcpt '450 mailbox unavailable' \
    omar@omega.test rcpt '501 Bad address: Unknown host omega.test' \
    zed@zeta.test rcpt '501 Bad address: Unreachable host zeta.test' \
    bob@beta.test eom '452 Disk full, please try later.' \
    bea@beta.test eom '452 Disk full, please try later.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'omega.test. 300 IN MX 10 mx.omega.test.' 'mx.omega.test. 300 IN A 192.0.2.26' \
    'zeta.test. 300 IN MX 10 mx.zeta.test.' 'mx.zeta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-local-address	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe bird hide by the reservoir is open again.\n\nCarol
unknown-local-user	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe tennis ladder is pinned up in the pavilion.\n\nCarol
mailbox-unavailable	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe jam stall needs more jars.\n\nCarol
unknown-host	carol@alpha.test	omar@omega.test	192.0.2.25	Omar,\n\nthe canal towpath is closed for repairs.\n\nCarol
disk-full	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe telescope club meets on clear nights.\n\nCarol
exim-unknown-local-address	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe hedge needs trimming before the show.\n\nPat
exim-unknown-local-user	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe book swap moved to the cafe.\n\nPat
exim-mailbox-unavailable	pat@pi.test	dick@beta.test	192.0.2.35	Dick,\n\nthe sailing dinghy has a new sail.\n\nPat
exim-unreachable-host	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-disk-full	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe sourdough starter is in the fridge.\n\nPat
SEND
# six messages refused for good, returned at once (three by each sender), then for the 450 and the 452 (to both) a
# warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
