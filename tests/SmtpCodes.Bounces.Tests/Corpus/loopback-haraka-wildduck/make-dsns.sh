#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-haraka-wildduck: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of haraka-plugin-wildduck, the MX plugin of WildDuck (the Node.js IMAP/POP3 mail server of Andris Reinman and
# Zone Media, nodemailer/wildduck) that runs in Haraka as WildDuck's incoming mail server (the repository
# nodemailer/haraka-plugin-wildduck, read with the search tool: index.js at commit 00a81328ac7f and, for the later
# soft list, the same hook_queue in later versions of index.js; config/wildduck.yaml at commit 0627ed4db859, the
# default rspamd responses; dsn.js at commit 1c822580d68b, "copied from Haraka/dsn.js", the DSN helpers and their
# default texts, which the later index.js takes from the haraka-dsn package; LICENSE at commit 746349a40316, the
# European Union Public Licence v. 1.1, "Copyright (c) 2017-2024 Andris Reinman and Zone Media"; only the
# reply texts are quoted). Haraka writes a plugin's DENY as 550 and its DENYSOFT as 450 at RCPT TO and after the data
# (haraka/Haraka docs/CustomReturnCodes.md and connection.js's rcpt and queue responses), a DSN object with its own
# code and enhanced code, and each line of a message that holds line breaks as a line of a multi-line reply (the
# enhanced code on the first only; connection.js respond(); the replies carry none of the "[uuid@host] " prefix
# Haraka adds when its connection.ini sets uuid.deny_chars).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# WildDuck's and Haraka's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.1 No such user"   (real_rcpt_handler: resolveAddress finds no address and no user for the recipient,
#                              DSN.no_such_user(); rejectCode NO_SUCH_USER) to RCPT TO, for nora@ and ned@ beta.test
#   "550 5.2.1 Mailbox disabled, not accepting messages"   (the user exists but is disabled, DSN.mbox_disabled() with
#                              its default text; rejectCode MBOX_DISABLED) to RCPT TO, for dina@beta.test
#   "450 4.2.2 Mailbox full"   (the user's storageUsed has reached the quota, DSN.mbox_full(), whose default code is
#                              450; rejectCode MBOX_FULL) to RCPT TO, to every attempt, for fay@ and fred@ beta.test
#   "450-4.2.1 The user you are trying to contact is receiving mail at a rate that" and three more lines   (the
#                              plugin's own DSN.rcpt_too_fast: the rate limit of messages to one recipient, limits.rcpt
#                              in the window, has been reached, "too many attempts"; rejectCode RATE_LIMIT) to RCPT TO,
#                              to every attempt, for rita@beta.test
#   "450 Failed to process recipient, try again [ERRC01]"   (hook_rcpt: the recipient check failed with an error, a
#                              database or rate-limit lookup) to RCPT TO, to every attempt, for cara@beta.test
#   "550 5.7.1 Unauthenticated email from alpha.test is not accepted due to domain's DMARC policy" (and "... from
#                              pi.test ...")   (hook_queue: rspamd found DMARC_POLICY_REJECT, on the blacklist, and
#                              dsnSpamResponse writes the configured response with {host} the header From's domain, as
#                              DSN.create(550, message, 7, 1)) after the message, for dora@ and dan@ beta.test
#   "450 5.7.1 [pi.test] was found from Zone RBL"   (hook_queue: rspamd found RBL_ZONE, on the soft list; the same
#                              dsnSpamResponse, its 5.7.1 kept under DENYSOFT's 450) after the message, to every
#                              attempt, for rob@beta.test
#   "450 Failed to queue message [ERRQ05]"   (hook_queue: the filter handler failed to store the message for a user;
#                              "DEFERRED") after the message, to every attempt, for quinn@beta.test
# Not served: the spam text of the default response (its words are Gmail's), the other ERRC/ERRQ numbers (the same
# words), the SRS and forwarding refusals (the same no-such-user and rate texts), the refusals of the other Haraka plugins
# a WildDuck MX runs, and Haraka's own replies to malformed or out-of-order commands.
# The replies are chosen by recipient, not by anything the senders did: no mailbox is disabled or full, nobody was
# sending fast, no DMARC policy or RBL zone was looked up. The temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-haraka-wildduck}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the WildDuck plugin's replies as Haraka writes them.
NSU='550 5.1.1 No such user'
FULL='450 4.2.2 Mailbox full'
TOOFAST='450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-prevents additional messages from being delivered. Please resend your\n450-message at a later time. If the user is able to receive mail at that\n450 time, your message will be delivered.'
printf '%s\t%s\t%s\n' \
    nora@beta.test rcpt "$NSU" \
    ned@beta.test rcpt "$NSU" \
    dina@beta.test rcpt '550 5.2.1 Mailbox disabled, not accepting messages' \
    fay@beta.test rcpt "$FULL" \
    fred@beta.test rcpt "$FULL" \
    rita@beta.test rcpt "$TOOFAST" \
    cara@beta.test rcpt '450 Failed to process recipient, try again [ERRC01]' \
    dora@beta.test eom "550 5.7.1 Unauthenticated email from alpha.test is not accepted due to domain's DMARC policy" \
    dan@beta.test eom "550 5.7.1 Unauthenticated email from pi.test is not accepted due to domain's DMARC policy" \
    rob@beta.test eom '450 5.7.1 [pi.test] was found from Zone RBL' \
    quinn@beta.test eom '450 Failed to queue message [ERRQ05]' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe hall is booked for the tenth.\n\nCarol
mailbox-disabled	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe minutes of the last meeting are attached in spirit.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe seedlings are ready for collection.\n\nCarol
receiving-too-fast	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe ferry times changed on Monday.\n\nCarol
dmarc-policy	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe bake sale raised enough for the new nets.\n\nCarol
failed-to-queue	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe loft ladder is back in the shed.\n\nCarol
exim-no-such-user	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe tide tables are pinned by the door.\n\nPat
exim-mailbox-full	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe kiln is free on Thursday.\n\nPat
exim-failed-to-process	pat@pi.test	cara@beta.test	192.0.2.35	Cara,\n\nthe choir folders are in the vestry.\n\nPat
exim-dmarc-policy	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe bikes go in for service next week.\n\nPat
exim-zone-rbl	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe orchard walk starts at the stile.\n\nPat
SEND
# five messages refused for good, returned at once (three by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to the Postfix, three to the Exim) a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
