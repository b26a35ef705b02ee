#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pmail-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of PMail, Jinnrry's self-hosted personal mail server in Go (a single binary with its own
# SMTP, POP3 and IMAP listeners and a web mailbox, for the domains its configuration lists), built on emersion/go-smtp.
# The repository Jinnrry/PMail, named by the file's Go import paths (github.com/Jinnrry/pmail/config, .../db,
# .../models, .../utils/context, .../utils/id, .../utils/password); read with the search tool, which returned the file
# of the package smtp_server that holds the Backend and the Session (NewSession, Auth, AuthPlain, Mail, Rcpt, Reset,
# Logout, splitSMTPAddress, isLocalDomain) by its file id 68340385877 without its path or commit, and whose budget was
# spent before they could be listed; no licence file was read. Only the reply texts are quoted. Its own code writes
# every reply below, in session.Rcpt; each is a go-smtp SMTPError whose code, enhanced code and words the code sets,
# which go-smtp sends as "<code> <enhanced code> <words>":
#   "553 5.1.3 Invalid recipient address" (splitSMTPAddress finds no local part or no domain around the last "@");
#   "550 5.7.1 Relaying denied" (a client that has not authenticated gives a recipient outside the configured domains);
#   "451 4.3.0 Temporary local recipient lookup failure" (the database lookup of a local recipient failed);
#   "550 5.1.1 User unknown" (no enabled account of that name on a local domain).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# PMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "553 5.1.3 Invalid recipient address"   to RCPT TO, for ivy@ and ian@ beta.test
#   "550 5.7.1 Relaying denied"   to RCPT TO, for gus@ and gil@ gamma.test (a domain PMail does not serve)
#   "451 4.3.0 Temporary local recipient lookup failure"   to RCPT TO, to every attempt, for lin@ and lena@ beta.test
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and ugo@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); the AUTH exchange (errors "Auth Not Supported" and "password error", which go-smtp answers in its own words);
# the replies of the message's handling after DATA, which live in another file of the package that was not read. The
# replies are chosen by recipient, not by anything the senders did: the 553 stands for an address PMail cannot split,
# which the sending MTAs here would never give; each message has one recipient and is a few lines of plain text. The
# temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pmail-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): PMail's SMTP session's replies.
INVALID='553 5.1.3 Invalid recipient address'
RELAY='550 5.7.1 Relaying denied'
LOOKUP='451 4.3.0 Temporary local recipient lookup failure'
UNKNOWN='550 5.1.1 User unknown'
printf '%s\t%s\t%s\n' \
    ivy@beta.test rcpt "$INVALID" \
    ian@beta.test rcpt "$INVALID" \
    gus@gamma.test rcpt "$RELAY" \
    gil@gamma.test rcpt "$RELAY" \
    lin@beta.test rcpt "$LOOKUP" \
    lena@beta.test rcpt "$LOOKUP" \
    uma@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-recipient-address	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe canoe club meets at the jetty.\n\nCarol
relaying-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe chess set is missing a rook.\n\nCarol
recipient-lookup-failure	carol@alpha.test	lin@beta.test	192.0.2.25	Lin,\n\nthe onions are drying in the loft.\n\nCarol
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe art fair opens on Friday.\n\nCarol
exim-invalid-address	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe dog walker starts next week.\n\nPat
exim-relaying-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe bread oven is warm by noon.\n\nPat
exim-recipient-lookup-failure	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe hall is booked for the dance.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe garden gate squeaks again.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
