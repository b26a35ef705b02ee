#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-as-email-service: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP daemons of as_email_service, scanner's self-hosted e-mail service of Apricot Systematic in Python
# (a Django application whose aiosmtpd daemons take in mail for the domains it hosts, file it into its users' maildirs
# or IMAP folders with SpamAssassin's verdict, and relay its users' outgoing mail to a mail provider such as Postmark or
# forwardemail; the repository scanner/as_email_service, no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below, in its aiosmtpd handlers:
#   app/as_email/management/commands/aiosmtpd.py, the version the index stores as file id 19145042009 (40,803
#     characters; the daemon that listens on both the submission port and port 25): RelayHandler.handle_RCPT,
#     RelayHandler.handle_DATA, validate_from_header and AsyncioAuthSMTP.handle_exception;
#   the same file at commit b45d79556edb (the earlier relay-only daemon): RelayHandler.handle_EHLO and handle_MAIL;
#   app/as_email/management/commands/local_delivery_aiosmtpd.py at commit cb7c8bb32f2b (the earlier receiving daemon):
#     LocalEmailHandler.handle_DATA.
# aiosmtpd sends a handler's returned string as the reply, as it is (no enhanced code unless the code writes one):
#   to RCPT TO "550 5.1.1 <address>: Recipient address rejected: User unknown" (the recipient's domain is one the
#   service hosts but no EmailAccount has the address; the words are the code's, though they copy Postfix's form),
#   "550 5.7.1 <sender>: Sender address rejected: Account is deactivated and cannot relay" (a recipient on a domain the
#   service does not host, and the MAIL FROM address is a local account that is deactivated), "530 5.7.1
#   Authentication required for relaying" (a recipient on a domain the service does not host, in a session that did not
#   authenticate) and, from AsyncioAuthSMTP.handle_exception, "500 Error: (<exception class>) <exception repr>" (an
#   exception raised while a command is handled; served here at RCPT TO, where handle_RCPT queries the database, with
#   the class and repr of Django's sqlite OperationalError for a locked database);
#   after the message "551 FROM must be '<account address>', not '<From address>'" (validate_from_header: in an
#   authenticated session, a From header that is not the account's address), "500 Local delivery error: <exception
#   repr>" (writing the message into a local recipient's spool failed; served with the repr of the OSError of a full
#   disk) and "500 Mail Provider error: <exception repr>" (relaying to the mail provider failed; served with the repr of
#   the ConnectionRefusedError of a refused connection);
#   the earlier relay-only daemon (b45d79556edb): handle_EHLO appends "550 Too many failed attempts" to the EHLO answer
#   when the client's address had 5 failed authentications within the hour, after aiosmtpd's closing "250 HELP", so a
#   client reads it as the reply to its next command, MAIL FROM (served there); handle_MAIL answers "551 FROM must be
#   your email account's email address: '<account address>', not '<MAIL FROM address>'" (the envelope sender is not
#   the authenticated account's address);
#   the earlier receiving daemon (cb7c8bb32f2b): handle_DATA answers "400 Transient Failure Delivering message. Try
#   again later." when filing the message for a local account failed.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# as_email_service's; the DSNs are made.
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
#   "550 Too many failed attempts"   to MAIL FROM, for the sending Postfix's second address (gus@gamma.test)
#   "551 FROM must be your email account's email address: 'relay@pi.test', not 'pat@pi.test'"   to MAIL FROM, for the
#                              sending Exim's second address (gil@gamma.test)
#   "550 5.1.1 <dan@beta.test>: Recipient address rejected: User unknown"   to RCPT TO, for dan@ and dot@ beta.test
#                              (each with its own address)
#   "550 5.7.1 <carol@alpha.test>: Sender address rejected: Account is deactivated and cannot relay"   to RCPT TO, for
#                              dee@ and dex@ beta.test (each with its sender's address)
#   "530 5.7.1 Authentication required for relaying"   to RCPT TO, for ava@ and abe@ beta.test
#   "500 Error: (OperationalError) OperationalError('database is locked')"   to RCPT TO, for lou@ and lea@ beta.test
#   "551 FROM must be 'relay@alpha.test', not 'carol@alpha.test'"   after the message, for fay@ beta.test, and
#   "551 FROM must be 'relay@pi.test', not 'pat@pi.test'"   after the message, for fox@ beta.test
#   "500 Local delivery error: OSError(28, 'No space left on device')"   after the message, for sol@ and sid@ beta.test
#   "500 Mail Provider error: ConnectionRefusedError(111, 'Connection refused')"   after the message, for pam@ and pip@
#                              beta.test
#   "400 Transient Failure Delivering message. Try again later."   after the message, to every attempt, for tia@ and
#                              ted@ beta.test
# Not served: aiosmtpd's greeting and EHLO answer (the replaying server's are used) and its own stock replies (syntax,
# sequence, size, AUTH), the AUTH replies the code writes ("501 5.5.2 Can't decode base64", "501 5.5.2 Can't split auth
# value" and the authenticator's failure texts), handle_CONNECT's "554 Too many failed attempts" and "554 Your IP is
# blacklisted. Connection refused." (aiosmtpd 1.4.3, Debian bookworm's python3-aiosmtpd 1.4.3-1.1+deb12u1, read
# unpacked, calls no CONNECT hook: it greets with 220 before any handler runs), "554 5.5.1 Error: no valid recipients"
# (handle_DATA's defensive check, Postfix's own words), the earlier "500 <exception>" of b45d79556edb's handle_DATA, and
# the DSN the service writes itself for recipients marked inactive. The session-state conditions (an authenticated
# account, failed authentications, a deactivated account, a full disk, a refused provider) are not set up: the replies
# are chosen by recipient or by client address, not by anything the senders did; each message has one recipient and is
# a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-as-email-service}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): as_email_service's replies.
FAILEDAUTH='550 Too many failed attempts'
MAILFROM="551 FROM must be your email account's email address: 'relay@pi.test', not 'pat@pi.test'"
UNKNOWN='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown'
DEACTIVATED='550 5.7.1 <{sender}>: Sender address rejected: Account is deactivated and cannot relay'
AUTHREQ='530 5.7.1 Authentication required for relaying'
EXCEPTION="500 Error: (OperationalError) OperationalError('database is locked')"
FROMA="551 FROM must be 'relay@alpha.test', not 'carol@alpha.test'"
FROMP="551 FROM must be 'relay@pi.test', not 'pat@pi.test'"
LOCAL="500 Local delivery error: OSError(28, 'No space left on device')"
PROVIDER="500 Mail Provider error: ConnectionRefusedError(111, 'Connection refused')"
TRANSIENT='400 Transient Failure Delivering message. Try again later.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$FAILEDAUTH" \
    client:192.0.2.34 mail "$MAILFROM" \
    dan@beta.test rcpt "$UNKNOWN" \
    dot@beta.test rcpt "$UNKNOWN" \
    dee@beta.test rcpt "$DEACTIVATED" \
    dex@beta.test rcpt "$DEACTIVATED" \
    ava@beta.test rcpt "$AUTHREQ" \
    abe@beta.test rcpt "$AUTHREQ" \
    lou@beta.test rcpt "$EXCEPTION" \
    lea@beta.test rcpt "$EXCEPTION" \
    fay@beta.test eom "$FROMA" \
    fox@beta.test eom "$FROMP" \
    sol@beta.test eom "$LOCAL" \
    sid@beta.test eom "$LOCAL" \
    pam@beta.test eom "$PROVIDER" \
    pip@beta.test eom "$PROVIDER" \
    tia@beta.test eom "$TRANSIENT" \
    ted@beta.test eom "$TRANSIENT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-failed-attempts	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants trimming.\n\nCarol
user-unknown	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe jumble sale starts at two.\n\nCarol
account-deactivated	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe tide tables are pinned by the door.\n\nCarol
authentication-required	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe kettle in the hut is new.\n\nCarol
database-locked	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe marrows won a ribbon.\n\nCarol
from-header-not-account	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe choir sings at the harvest supper.\n\nCarol
local-delivery-error	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe ferry runs late on Sundays.\n\nCarol
mail-provider-error	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe quiz night raised forty pounds.\n\nCarol
transient-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe swallows are back under the eaves.\n\nCarol
exim-mail-from-not-account	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe stile on the footpath is loose.\n\nPat
exim-user-unknown	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe apple store smells of autumn.\n\nPat
exim-account-deactivated	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe bonfire is on the common this year.\n\nPat
exim-authentication-required	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe weathervane points east again.\n\nPat
exim-database-locked	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe beehives were checked on Monday.\n\nPat
exim-from-header-not-account	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe snowdrops are out in the churchyard.\n\nPat
exim-local-delivery-error	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe mill race is running high.\n\nPat
exim-mail-provider-error	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe kite is caught in the oak.\n\nPat
exim-transient-failure	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe well dressing is on Saturday.\n\nPat
SEND
# sixteen messages refused for good, returned at once (eight by the Postfix, eight by the Exim), then for the temporary
# reply (once to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
