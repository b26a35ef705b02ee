#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fastmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Fastmail (Fastmail Pty Ltd, Melbourne; formerly FastMail.FM, whose mail hosts are messagingengine.com) quotes in
# its help pages as its own servers' refusals, and one that a customer's blog post quotes; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Fastmail's; the DSNs are made.
# The pages, read with the search tool (whose stored copies are each page's opening; no licence shown):
#   [H] "Why messages bounce back", https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back
#       ("Common Fastmail bounce errors: if the bounce message you received came from Fastmail, you may see one of the
#       following errors");
#   [U] "Undelivered email", https://www.fastmail.com/help/send/undeliverable.html, and its older copy "Errors Sending
#       to Other Accounts", http://www.fastimap.com/help/troubleshooting_errors_sending_to_other_accounts.html (FastMail.FM
#       era; "the meaning of the most common messages is as follows");
#   [F] the FastMail.FM FAQ, "Email questions/problems" (web.archive.org copy of 2005-10-13 of
#       http://www.fastmail.fm/docs/faqparts/Email.htm): "if you send a message to someone who has had their account
#       locked by the FastMail.FM postmaster, you will receive a delivery notification error" (its example is cut in the
#       stored copy);
#   [B] Brian Johnson, "Avoid FastMail" (https://brianjohnson.co.za/posts/avoid-fastmail/, updated 2019-10-30): mail to
#       his own Fastmail address while Fastmail had disabled his login ("Login disabled. Contact Support") was refused
#       with the reply quoted below.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies, where each is served and what the pages say each means:
#   "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table"   [H], to RCPT TO
#         "there does not seem to be a user with this email address"                   for ada@, axel@beta.test
#   "550 5.1.1 Sorry, user address unknown"                                         [H], to RCPT TO
#         "in some cases, this error may also show as" the one above                   for sue@, sven@beta.test
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table"
#         [U], after the message's final dot (the page: "(in reply to end of DATA command)", Fastmail's LMTP delivery);
#         the page's address joebloggs@fastmail.com filled with the recipient; "this error message means the user
#         doesn't exist"; one recipient a message, as the reply after the dot names one   for lou@ / lena@beta.test
#   "554 5.0.0 Unexpected internal error"
#         [U]'s older copy (its stored text "said:5545.0.0Unexpectedinternalerror" has lost its spaces; the words
#         restored), after the message's final dot as the LMTP reply above; "this error message is misleading. It
#         actually means the user doesn't exist"                                        for ivo@, ines@beta.test
#   "554 <{rcpt}>: Recipient address rejected: Relay access denied"                 [U], to RCPT TO
#         (both copies print 'Recipient="" address', an artifact of the pages' markup, left out; the example address
#         filled with the recipient) "this usually means you're not using authenticated SMTP"   for rob@, rut@beta.test
#   "554 5.7.1 <{helo}[{client}]>: Client host rejected: Address locked or deactivated; see
#   http://mail.messagingengine.com/docs/locked.html"                                 [B], to RCPT TO
#         (the post's client "mail-pg1-f174.google.com[]", whose address the page lost, filled with the sending MTA's
#         name and address) the recipient's account had been locked by Fastmail ([B]; [F]: mail to an account locked
#         by the postmaster is refused)                                                 for kai@, kim@beta.test
# Not served: [H]'s "551 5.7.1 Not authorised to send from this header address" and "535 5.7.8 Error: authentication
# failed: authentication failure" (refusals of Fastmail's own users by its submission server, whose explanations the
# stored copy cuts), [U]'s "Connection refused" and "Host or domain name not found" (the sending MTA's own words, not a
# reply), and the pages' "blocked using xbl.spamhaus.org", "content rejected" and "access denied", which they name
# without a whole reply text.
# The replies are chosen by recipient address, not by anything the senders did; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fastmail}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY). An eom reply answers for the whole message, keyed by its first
# recipient.
VIRTUAL='550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table'
SORRY='550 5.1.1 Sorry, user address unknown'
LOCAL='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table'
RELAY='554 <{rcpt}>: Recipient address rejected: Relay access denied'
LOCKED='554 5.7.1 <{helo}[{client}]>: Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$VIRTUAL" \
    axel@beta.test rcpt "$VIRTUAL" \
    sue@beta.test rcpt "$SORRY" \
    sven@beta.test rcpt "$SORRY" \
    lou@beta.test eom "$LOCAL" \
    lena@beta.test eom "$LOCAL" \
    ivo@beta.test eom '554 5.0.0 Unexpected internal error' \
    rob@beta.test rcpt "$RELAY" \
    rut@beta.test rcpt "$RELAY" \
    kai@beta.test rcpt "$LOCKED" \
    kim@beta.test rcpt "$LOCKED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
virtual-mailbox-table	carol@alpha.test	ada@beta.test,axel@beta.test	192.0.2.25	Ada, Axel,\n\nthe train leaves at 8:10.\n\nCarol
user-address-unknown	carol@alpha.test	sue@beta.test,sven@beta.test	192.0.2.25	Sue, Sven,\n\nthe draft contract is attached to the ticket.\n\nCarol
local-recipient-table	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe survey closes on Sunday.\n\nCarol
unexpected-internal-error	carol@alpha.test	ivo@beta.test,ines@beta.test	192.0.2.25	Ivo, Ines,\n\nthe catering order went out.\n\nCarol
relay-access-denied	carol@alpha.test	rob@beta.test,rut@beta.test	192.0.2.25	Rob, Rut,\n\nthe new badges are ready.\n\nCarol
address-locked	carol@alpha.test	kai@beta.test,kim@beta.test	192.0.2.25	Kai, Kim,\n\nthe roof repair is scheduled for May.\n\nCarol
exim-virtual-mailbox-table	pat@pi.test	ada@beta.test,axel@beta.test	192.0.2.35	Ada, Axel,\n\nthe price list was updated.\n\nPat
exim-user-address-unknown	pat@pi.test	sue@beta.test,sven@beta.test	192.0.2.35	Sue, Sven,\n\nthe hotel is booked for two nights.\n\nPat
exim-local-recipient-table	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe slides for Monday are done.\n\nPat
exim-unexpected-internal-error	pat@pi.test	ivo@beta.test,ines@beta.test	192.0.2.35	Ivo, Ines,\n\nthe backup finished overnight.\n\nPat
exim-relay-access-denied	pat@pi.test	rob@beta.test,rut@beta.test	192.0.2.35	Rob, Rut,\n\nthe courier comes after lunch.\n\nPat
exim-address-locked	pat@pi.test	kai@beta.test,kim@beta.test	192.0.2.35	Kai, Kim,\n\nthe library closes early on Friday.\n\nPat
SEND
# twelve returns, all at once (every reply is permanent)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
