#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-minder: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP daemon of minder, Ted Lemon's (GitHub: Abhayakara) mail server in Python: one asyncio SMTP server that takes
# mail for the local mailboxes of its user database (/etc/minder/userdb) from other MTAs and, for its authenticated
# users, works as a maildrop that checks each recipient against the recipient domain's own MX while the mail program
# waits (repository Abhayakara/minder; the repository names no licence file in the stored files read). Read: the daemon
# smtpd/smtpd.py at commit c933aacabc5b9a35b687ff34b72c1d32b85ddcf6 (class msmtp, a subclass of smtp.server) and the
# protocol module it imports, smtpd/smtp.py (class server, Ted Lemon's asyncio rework of Python's smtpd module: it
# writes each reply as "<code> <text>" with CRLF, push). Only the reply texts are quoted. The daemon's own refusals:
#   validate_mailbox (the RCPT check of a client that has not authenticated, called by validate_rcptto):
#     "551 Not a local domain, relaying not available." when the recipient's domain is none of the user database's
#     domains, and "550 Mailbox unavailable." when the domain is local but no user of it has that name;
#   validate_fromuser (the MAIL FROM check of an authenticated user): "550 Not authorized." when the sender address
#     does not deliver to the mailbox of the user who authenticated;
#   get_connection (the RCPT check of an authenticated user, through validate_recipient): "550 no exchanger or
#     addresses for domain." when neither the recipient domain's MX records nor its own name give any address;
#   start_data_tunnel and push_exception_result (the answer to DATA for an authenticated user, once the daemon has
#     asked each recipient's server for DATA itself): "451 kabplui!" when that exchange failed with an error other than
#     an SMTP temporary or permanent failure;
#   process_message (after the message, for mail to the local mailboxes): "501 Malformed message" when the Maildir
#     add of the message failed (the daemon logs "Malformed message: <exception>").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# minder's; the DSNs are made.
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
#   "550 Not authorized."   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test), for gus@
#                              and gil@ gamma.test
#   "551 Not a local domain, relaying not available."   to RCPT TO, for ray@ and rex@ beta.test
#   "550 Mailbox unavailable."   to RCPT TO, for mia@ and max@ beta.test
#   "550 no exchanger or addresses for domain."   to RCPT TO, for nell@ and nora@ beta.test
#   "451 kabplui!"   to DATA, to every attempt, for kai@ and kit@ beta.test
#   "501 Malformed message"   after the message, for meg@ and moe@ beta.test
# Not served: the greeting ("220 greetings."), the EHLO answer and AUTH exchange (the replaying server's own are used,
# and it takes no AUTH: the "550 Not authorized.", the "550 no exchanger ..." and the "451 kabplui!" stand for a client
# that had authenticated, as the daemon sends them only then), smtp.py's stock replies (syntax, sequence, size, "500
# bare newline ...", the "538" lines for AUTH PLAIN without TLS, "535 Invalid credentials."), and three texts of the
# daemon that this commit cannot send: "550 no such domain." and "450 Mailbox temporarily inaccessible; try later."
# (get_connection's "except NXDOMAIN:" names an exception the file never imports, so a DNS error other than NoAnswer
# raises a NameError there and neither handler runs) and "451 not ready for some reason." (DATA with no connection
# after an accepted recipient, which get_connection's success path does not leave). Each message has one recipient and
# is a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-minder}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): minder's SMTP daemon's replies.
NOTAUTH='550 Not authorized.'
NOTLOCAL='551 Not a local domain, relaying not available.'
NOMAILBOX='550 Mailbox unavailable.'
NOEXCHANGER='550 no exchanger or addresses for domain.'
KABPLUI='451 kabplui!'
MALFORMED='501 Malformed message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$NOTAUTH" \
    client:192.0.2.34 mail "$NOTAUTH" \
    ray@beta.test rcpt "$NOTLOCAL" \
    rex@beta.test rcpt "$NOTLOCAL" \
    mia@beta.test rcpt "$NOMAILBOX" \
    max@beta.test rcpt "$NOMAILBOX" \
    nell@beta.test rcpt "$NOEXCHANGER" \
    nora@beta.test rcpt "$NOEXCHANGER" \
    kai@beta.test data "$KABPLUI" \
    kit@beta.test data "$KABPLUI" \
    meg@beta.test eom "$MALFORMED" \
    moe@beta.test eom "$MALFORMED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-authorized	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe paddles are under the porch.\n\nCarol
not-a-local-domain	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe allotment gate sticks after rain.\n\nCarol
mailbox-unavailable	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe library quiz starts at seven.\n\nCarol
no-exchanger	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe hedge trimmer is back from repair.\n\nCarol
kabplui	carol@alpha.test	kai@beta.test	192.0.2.25	Kai,\n\nthe bread starter needs feeding tonight.\n\nCarol
malformed-message	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe chess club moved to Thursdays.\n\nCarol
exim-not-authorized	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe rain barrel is full again.\n\nPat
exim-not-a-local-domain	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe kite string is in the blue box.\n\nPat
exim-mailbox-unavailable	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe bike pump is on the shelf.\n\nPat
exim-no-exchanger	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nthe plum jam is ready to collect.\n\nPat
exim-kabplui	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe fence paint dried overnight.\n\nPat
exim-malformed-message	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe lantern walk is on Friday.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the two temporary
# cases (one to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
