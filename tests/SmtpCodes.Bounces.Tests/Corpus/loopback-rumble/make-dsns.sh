#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rumble: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Rumble, Humbedooh's mail server in C with SMTP, POP3 and IMAP services, a module system of hooks and
# a Lua web administration, as the repository Humbedooh/rumble keeps it (read with the search tool; only the reply texts
# are quoted; no licence file read): src/smtp_server.c at commit 09fb88787542 (rumble_smtp_init and the command routines
# rumble_server_smtp_mail, _rcpt, _helo, _ehlo and _data, which return a reply code that rumble_smtp_reply_code turns
# into its text, or let a module answer in its own words), src/reply_codes.c at commit ec4976815b59 (that table: fixed
# lines, most in RFC 821's words, one with an enhanced code), src/modules/blacklist/blacklist.c at commit 09fb88787542
# and src/modules/greylist/greylist.c at commit 05a35174bc0e (the standard blacklisting and greylisting modules, which
# write their replies themselves with rumble_comm_send and rcprintf); its own code writes every reply below:
#   to MAIL FROM "530 Sender domain has been blacklisted." (rumble_blacklist_domains, hooked to MAIL FROM when the
#   module's BlacklistByMail list is not empty: the sender's domain is on that list of "fake domains commonly used as
#   senders of spam");
#   to RCPT TO "550 Requested action not taken: mailbox unavailable" (rumble_server_smtp_rcpt returns 550: the domain
#   is local but rumble_account_exists finds no account), "530 Access denied" (it returns 530: the domain is not local
#   and the session may not relay, RUMBLE_SMTP_CAN_RELAY being set only by a successful AUTH; the code's comment: "Not
#   local and no relaying allowed, return 530.") and "451 4.7.1 Grey-listed for 900 seconds. See
#   http://www.greylisting.org" (rumble_greylist, hooked after RCPT TO: the triplet of the sender, the recipient and
#   the client's /24 is new or younger than GREYLIST_MIN_AGE, 900 seconds; the text counts down the seconds left,
#   900 at the first attempt);
#   to DATA "451 Requested action aborted: local error in processing" (rumble_server_smtp_data returns 451: the file
#   for the message in the storage folder cannot be opened for writing; the code's comment: "Couldn't open file for
#   writing :/").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Rumble's; the DSNs are made.
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
#   "530 Sender domain has been blacklisted."   to MAIL FROM, from each sender's second address (192.0.2.24 and
#                              192.0.2.34, which send the mail for gamma.test): for gus@ and gil@ gamma.test
#   "550 Requested action not taken: mailbox unavailable"   to RCPT TO, for dan@ and dot@ beta.test
#   "530 Access denied"   to RCPT TO, for lou@ and lea@ beta.test (served by recipient; the code sends it for a domain
#                              it does not host)
#   "451 4.7.1 Grey-listed for 900 seconds. See http://www.greylisting.org"   to RCPT TO, to every attempt, for fay@
#                              and fox@ beta.test (the text of a first attempt, served unchanged to the retries)
#   "451 Requested action aborted: local error in processing"   to DATA, to every attempt, for nia@ and ned@ beta.test
# Not served: the greeting "220 <%s> (ESMTPSA) Service ready", the EHLO answer ("250-Extended commands follow" and
# the capabilities) and "221 2.2.0 Service closing transmission channel" (the replaying server's are used); "504 5.5.2
# HELO rejected: A fully-qualified hostname is required." (both senders greet with a fully-qualified name, which the
# code's test passes); "552 Requested mail action aborted: exceeded storage allocation" and the two "530 Access denied"
# to MAIL FROM for a null sender or a BATV tag it did not issue (MAIL FROM replies, which the replaying server keys
# only by the client's address, and each sender's one client-keyed address is the blacklist's); "452 Requested action
# not taken: insufficient system storage" (a failed write while the message is read); "421 4.2.2 Transaction timeout
# exceeded, closing transmission channel" (a client that falls silent); the gatekeeper module's lines without a reply
# code ("Too many connections (%u) open to this IP!" and its login quarantines); the blacklist module's host and DNSBL
# refusals (they close the connection without a reply); the AUTH, syntax and sequence replies.
# The replies are chosen by recipient (or by the client's address, for the blacklist), not by anything the senders did:
# each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rumble}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Rumble's replies.
BLACKLISTED='530 Sender domain has been blacklisted.'
UNAVAILABLE='550 Requested action not taken: mailbox unavailable'
DENIED='530 Access denied'
GREYLISTED='451 4.7.1 Grey-listed for 900 seconds. See http://www.greylisting.org'
LOCALERROR='451 Requested action aborted: local error in processing'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$BLACKLISTED" \
    client:192.0.2.34 mail "$BLACKLISTED" \
    dan@beta.test rcpt "$UNAVAILABLE" \
    dot@beta.test rcpt "$UNAVAILABLE" \
    lou@beta.test rcpt "$DENIED" \
    lea@beta.test rcpt "$DENIED" \
    fay@beta.test rcpt "$GREYLISTED" \
    fox@beta.test rcpt "$GREYLISTED" \
    nia@beta.test data "$LOCALERROR" \
    ned@beta.test data "$LOCALERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-blacklisted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club dinner is on the ninth.\n\nCarol
mailbox-unavailable	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe new bus stop is by the chemist.\n\nCarol
access-denied	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe garden tap is frozen again.\n\nCarol
grey-listed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe pottery class starts in April.\n\nCarol
local-error-in-processing	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe raffle prizes are in the cupboard.\n\nCarol
exim-sender-domain-blacklisted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe walking group meets at the stile.\n\nPat
exim-mailbox-unavailable	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe apple store is nearly empty.\n\nPat
exim-access-denied	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe sailing dinghy needs new rope.\n\nPat
exim-grey-listed	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe cricket nets open on Sunday.\n\nPat
exim-local-error-in-processing	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe honey jars are labelled at last.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), and for each temporary
# reply a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
