#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-inmotion: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that InMotion Hosting (a US web host, inmotionhosting.com) quotes in two articles of its support centre's series on
# bounce-back errors, as the remote servers' words its customers meet; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the articles'; the DSNs are made.
# The articles, read with the search tool (stored copies of the pages, of their WordPress JSON and Markdown renderings
# and of older URLs under support/email/bounceback-errors/ and support/email/email-troubleshooting/; no licence shown):
#   [550] "Email error 550" (http://www.inmotionhosting.com/support/email/bounceback-errors/email-error-550): "A 550
#         email error is generally encountered when the recipient's mailbox is unavailable due to being incorrectly
#         typed or not found"; its example bounce, an Exim return from biz24.inmotionhosting.com of 25 October 2012,
#         "SMTP error from remote mail server after RCPT TO:<recipient@RemoteDomain.com>: ... 550 Requested action was
#         not taken because this server doesn't handle mail for that user", then "Common variations of the 550 email
#         error";
#   [554] "554 Email Error for Email Delivery Failures" (https://www.inmotionhosting.com/support/email/email-error-554/,
#         post 784, written 30 October 2012, modified 22 December 2023; by Jacob Nicholson in its older copy): "A 554
#         email error is sometimes thought of as a catch-all of email errors"; its example bounce "SMTP error from remote
#         mail server after RCPT TO:... 554 Invalid recipient", then "Common variations of the 554 email error". The
#         article gives no meaning per variation; HostX's knowledge base article "Email error 554"
#         (https://www.hostx.eu/members/index.php?rp=/knowledgebase/789/Email-error-554.html) copies the same list and
#         adds one to each line, quoted below as [HX].
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies, where each is served and what the articles say each means:
#   "550 Requested action was not taken because this server doesn't handle mail for that user"   [550]'s example, to
#       RCPT TO as the example shows it; the recipient's mailbox "incorrectly typed or not found"
#                                                                                      for ivy@, ian@beta.test
#   "550 No such user - psmtp"   one of [550]'s variations, to RCPT TO (the article's stage for its 550s)
#                                                                                      for nat@, noa@beta.test
#   "554 5.7.1 <address>: Relay access denied"   [554]'s variation, its address (hidden by the stored copies' address
#       protection, "[email protected]") filled with the recipient's; to RCPT TO, where a relay refusal is given;
#       [HX]: "the sender is not properly authenticated"                             for rob@, rae@beta.test
#   "554 5.7.0 Message Size Violation"   after the message's final dot (a verdict on the whole message); [HX]: "the
#       size of the email is too large"                                                for sam@, sid@beta.test
#   "554 5.7.1 Message blocked due to spam content in the message"   after the final dot; [HX] repeats the words
#                                                                                      for spa@, spe@beta.test
#   "554 rejected due to virus"   after the final dot; [HX]: "contains files with viruses"         for vic@beta.test
#   "554 Message is not RFC compliant; missing "Date" header"   after the final dot (the stored copies write the
#       quotation marks straight, as here, or curly; served straight, in ASCII); [HX]: "the sent header does not contain
#       data"                                                                          for dan@beta.test
#   "554 Message permanently rejected"   to MAIL FROM, keyed by the client, since [HX] reads it as a refusal of the
#       sending domain ("does not allow receiving emails from the sending domain"); served to the clients that send to
#       gamma.test (192.0.2.24 for the Postfix, 192.0.2.34 for the Exim)            for ned@, nia@gamma.test
# Not served: the other variations that repeat a cause served here (the unknown-user, spam and relay lines), the
# replies of named providers (Yahoo's "[PH01]" and "dd This user doesn't have a ymail.com account" lines), and those
# that name no cause or a code of their own that neither article nor [HX] explains ("554 RLY:B1", "554 Denied (Mode:
# normal)", "554 Message refused", "550 permanent failure for one or more recipients", "554 Transaction Failed Spam
# Message not queued." run into the next line in the stored copy).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text with a Date header.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-inmotion}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY). An eom reply answers for the whole message, keyed by its first
# recipient; a mail reply is keyed by the client.
NOT_HANDLED="550 Requested action was not taken because this server doesn't handle mail for that user"
SPAM_CONTENT='554 5.7.1 Message blocked due to spam content in the message'
NO_DATE='554 Message is not RFC compliant; missing "Date" header'
printf '%s\t%s\t%s\n' \
    ivy@beta.test rcpt "$NOT_HANDLED" \
    ian@beta.test rcpt "$NOT_HANDLED" \
    nat@beta.test rcpt '550 No such user - psmtp' \
    noa@beta.test rcpt '550 No such user - psmtp' \
    rob@beta.test rcpt '554 5.7.1 <{rcpt}>: Relay access denied' \
    rae@beta.test rcpt '554 5.7.1 <{rcpt}>: Relay access denied' \
    sam@beta.test eom '554 5.7.0 Message Size Violation' \
    spa@beta.test eom "$SPAM_CONTENT" \
    vic@beta.test eom '554 rejected due to virus' \
    dan@beta.test eom "$NO_DATE" \
    client:192.0.2.24 mail '554 Message permanently rejected' \
    client:192.0.2.34 mail '554 Message permanently rejected' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-handled-here	carol@alpha.test	ivy@beta.test,ian@beta.test	192.0.2.25	Ivy, Ian,\n\nthe new server migration is set for Saturday night.\n\nCarol
no-such-user	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe DNS change went through this morning.\n\nCarol
relay-access-denied	carol@alpha.test	rob@beta.test,rae@beta.test	192.0.2.25	Rob, Rae,\n\nthe backup report for last week is on the share.\n\nCarol
message-size-violation	carol@alpha.test	sam@beta.test,sid@beta.test	192.0.2.25	Sam, Sid,\n\nthe invoice for the hosting plan is due.\n\nCarol
spam-content	carol@alpha.test	spa@beta.test,spe@beta.test	192.0.2.25	Spa, Spe,\n\nthe webinar on site speed starts at noon.\n\nCarol
rejected-due-to-virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe staging site is ready for a look.\n\nCarol
missing-date-header	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe renewal notice went out yesterday.\n\nCarol
permanently-rejected	carol@alpha.test	ned@gamma.test	192.0.2.25	Ned,\n\nthe SSL certificate was renewed.\n\nCarol
exim-not-handled-here	pat@pi.test	ivy@beta.test,ian@beta.test	192.0.2.35	Ivy, Ian,\n\nthe control panel login page moved.\n\nPat
exim-no-such-user	pat@pi.test	noa@beta.test	192.0.2.35	Noa,\n\nthe support ticket was closed.\n\nPat
exim-relay-access-denied	pat@pi.test	rob@beta.test,rae@beta.test	192.0.2.35	Rob, Rae,\n\nthe firewall rules were updated.\n\nPat
exim-message-size-violation	pat@pi.test	sam@beta.test,sid@beta.test	192.0.2.35	Sam, Sid,\n\nthe disk usage report is below the limit.\n\nPat
exim-spam-content	pat@pi.test	spa@beta.test,spe@beta.test	192.0.2.35	Spa, Spe,\n\nthe newsletter draft needs one more pass.\n\nPat
exim-rejected-due-to-virus	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe database export finished.\n\nPat
exim-missing-date-header	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe domain transfer is complete.\n\nPat
exim-permanently-rejected	pat@pi.test	ned@gamma.test,nia@gamma.test	192.0.2.35	Ned, Nia,\n\nthe mailing list import is done.\n\nPat
SEND
# sixteen returns, all at once (every reply is permanent)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
