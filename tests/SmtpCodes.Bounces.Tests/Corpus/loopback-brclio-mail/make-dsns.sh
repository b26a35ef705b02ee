#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-brclio-mail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the inbound SMTP server of Brclio Mail, a self-hosted mail server in Go (an SMTP server on emersion's go-smtp with
# an inbound listener on port 25 and a submission listener, users, aliases, mailboxes and quotas in its own store, and
# an audit log; the repository Brclio/brclio-mail, no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below: internal/smtpserver/backend.go (commit 344faf7ad218:
# transactionSession's Rcpt and Data, validateInboundHeaderFrom and temporarySMTPError, which writes "<words>; try
# again later" under 451 4.3.0). Each reply is an smtp.SMTPError that the code builds with its own code, enhanced code
# and text, which go-smtp writes as "<code> <enhanced code> <text>", one line. On the inbound listener:
#   to RCPT TO "550 5.1.1 no such local recipient" (the store resolves no user or alias for the address) and "451 4.3.0
#   could not resolve recipient; try again later" (the store's look-up failed);
#   after the message "550 5.7.1 inbound mail requires exactly one From header" (none or several), "550 5.7.1 inbound
#   mail requires a valid From address" (net/mail cannot parse it), "550 5.7.1 unauthenticated inbound mail cannot use
#   a local From domain" (a From address in one of the server's own domains, on the unauthenticated port), "554 5.6.0
#   malformed MIME message" (the server's MIME parser failed), "452 4.2.2 mailbox quota exceeded" (saving the message
#   would pass a recipient's quota) and "451 4.3.0 message storage failed; try again later" (saving it failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Brclio Mail's; the DSNs are made.
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
#   "550 5.1.1 no such local recipient"   to RCPT TO, for dan@ and dot@ beta.test
#   "451 4.3.0 could not resolve recipient; try again later"   to RCPT TO, to every attempt, for rex@ and roy@ beta.test
#   "550 5.7.1 inbound mail requires exactly one From header"   after the message, for one@ and oli@ beta.test
#   "550 5.7.1 inbound mail requires a valid From address"   after the message, for val@ and vic@ beta.test
#   "550 5.7.1 unauthenticated inbound mail cannot use a local From domain"   after the message, for lou@ and lea@
#                              beta.test
#   "554 5.6.0 malformed MIME message"   after the message, for mim@ and mo@ beta.test
#   "452 4.2.2 mailbox quota exceeded"   after the message, to every attempt, for qua@ and quin@ beta.test
#   "451 4.3.0 message storage failed; try again later"   after the message, to every attempt, for sto@ and stu@
#                              beta.test
# Not served: the greeting and EHLO answer (go-smtp's; the replaying server's are used); "554 5.5.1 no valid
# recipients" (DATA with no recipient accepted, which no relaying MTA sends); "553 5.1.7 invalid reverse-path" and
# "501 5.1.3 invalid recipient address" (addresses no relaying MTA sends); "552 5.3.4 message exceeds fixed maximum
# size" (RFC 3463's words); "554 5.6.0 malformed message headers" (the same check as the two From replies, when the
# header cannot be read at all); the 451 4.3.0 replies "could not read message", "could not resolve recipient domain"
# and "could not validate message From domain" (more of the same store and read failures); the submission listener's
# replies (SMTP AUTH, senders and From headers not owned by the authenticated user) and go-smtp's stock replies. The
# replies are chosen by recipient, not by anything the senders did: each message has one recipient, one valid From
# header of the sender's own domain and a few lines of plain text. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-brclio-mail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Brclio Mail's inbound replies.
NOUSER='550 5.1.1 no such local recipient'
RESOLVE='451 4.3.0 could not resolve recipient; try again later'
ONEFROM='550 5.7.1 inbound mail requires exactly one From header'
VALIDFROM='550 5.7.1 inbound mail requires a valid From address'
LOCALFROM='550 5.7.1 unauthenticated inbound mail cannot use a local From domain'
MIME='554 5.6.0 malformed MIME message'
QUOTA='452 4.2.2 mailbox quota exceeded'
STORAGE='451 4.3.0 message storage failed; try again later'
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$NOUSER" \
    dot@beta.test rcpt "$NOUSER" \
    rex@beta.test rcpt "$RESOLVE" \
    roy@beta.test rcpt "$RESOLVE" \
    one@beta.test eom "$ONEFROM" \
    oli@beta.test eom "$ONEFROM" \
    val@beta.test eom "$VALIDFROM" \
    vic@beta.test eom "$VALIDFROM" \
    lou@beta.test eom "$LOCALFROM" \
    lea@beta.test eom "$LOCALFROM" \
    mim@beta.test eom "$MIME" \
    mo@beta.test eom "$MIME" \
    qua@beta.test eom "$QUOTA" \
    quin@beta.test eom "$QUOTA" \
    sto@beta.test eom "$STORAGE" \
    stu@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-local-recipient	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe orchard ladder is back in the barn.\n\nCarol
could-not-resolve-recipient	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe parish newsletter is at the printer.\n\nCarol
exactly-one-from-header	carol@alpha.test	one@beta.test	192.0.2.25	One,\n\nthe duck pond needs clearing.\n\nCarol
valid-from-address	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe tractor run starts at nine.\n\nCarol
local-from-domain	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe elder flowers are out.\n\nCarol
malformed-mime	carol@alpha.test	mim@beta.test	192.0.2.25	Mim,\n\nthe rope swing is mended.\n\nCarol
quota-exceeded	carol@alpha.test	qua@beta.test	192.0.2.25	Qua,\n\nthe choir robes are cleaned.\n\nCarol
storage-failed	carol@alpha.test	sto@beta.test	192.0.2.25	Sto,\n\nthe stile paint is dry.\n\nCarol
exim-no-such-local-recipient	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe coal shed roof leaks.\n\nPat
exim-could-not-resolve-recipient	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe book sale made twelve pounds.\n\nPat
exim-exactly-one-from-header	pat@pi.test	oli@beta.test	192.0.2.35	Oli,\n\nthe green is booked for the fete.\n\nPat
exim-valid-from-address	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe cherry tree has blossom.\n\nPat
exim-local-from-domain	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe garden gnome is missing.\n\nPat
exim-malformed-mime	pat@pi.test	mo@beta.test	192.0.2.35	Mo,\n\nthe bin day moved to Tuesday.\n\nPat
exim-quota-exceeded	pat@pi.test	quin@beta.test	192.0.2.35	Quin,\n\nthe frost took the dahlias.\n\nPat
exim-storage-failed	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe kettle club meets at four.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the three
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
