#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-emailarray: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that EmailArray (a hosted e-mail platform sold under its own name and as Polaris Mail, PolarisMail; webmail, POP/IMAP
# and an authenticated outgoing SMTP server, cp.emailarray.com) documents for its outgoing SMTP server in its support wiki:
# the page "Common Errors" (https://wiki.emailarray.com/pages/viewpage.action?pageId=29622274, the same text on
# http://wiki.polarismail.com/display/Support/Common+Problems: for each error "Symptom", the error, "Cause" and
# "Solution") and the FAQ of its troubleshooting book (https://wikidev.emailarray.com/books/troubleshooting/export/html
# and .../export/markdown: "How many e-mails can I send per day and what size ?" and "How many recipients can I send to
# in one message ?"); stored copies read with the search tool, no date or licence shown; only the reply texts are quoted.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# EmailArray's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply is the pages' text byte for byte (code and words as the pages write them), at the stage the pages name or
# imply:
#   "462 Daily send limit reached. Please try again tomorrow"   (the FAQ: "There is a limit of 300 e-mails per day ...
#       After 300 e-mails have been sent from your account, you will receive the following error message when attempting
#       to send further messages"; Common Errors: "Cause: You have sent more than 300 e-mails during the day thus
#       reaching your daily send limit"). A limit on the sending account, so to MAIL FROM, from the senders' second
#       addresses (192.0.2.24 and 192.0.2.34, the clients for gamma.test): gil@, gia@gamma.test from the Postfix,
#       gus@gamma.test from the Exim. A 4XX: served to every attempt, so each sender warns after a minute and returns
#       the message after 3.
#   "551 sorry, maximum number of recipients reached"   (the FAQ: "You can address up to 100 recipients in one single
#       e-mail message. If you add more than 100, you will receive the following error"). To RCPT TO, for kit@beta.test,
#       the second recipient of a message whose first (ann@beta.test) is accepted (the limit is over a hundred; the run
#       sends two and answers by recipient), from both senders.
#   "553 sorry, that domain isn't in my list of allowed rcpthosts"   (Common Errors: "Symptom: The messages that you send
#       out come back as a bounce message with the following error"; "Cause: SMTP Authentication is not enabled in your
#       e-mail client"). To RCPT TO (the outgoing server refuses to relay to a domain not its own for a client that has
#       not authenticated), for ron@beta.test, from both senders (neither authenticates).
# Not served: "Sorry, you are blacklisted on this server" (Common Errors: the sender's own address in its account's
# blacklist), which the pages give without a reply code; the prompt for the password again on port 25 (no reply text).
# The replies are chosen by recipient or client address, not by anything the senders did: two messages of one or two
# recipients each a sender for beta.test, one for gamma.test; the senders' addresses have matching reverse names, their
# domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-emailarray}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies.
DAILY='462 Daily send limit reached. Please try again tomorrow'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DAILY" \
    client:192.0.2.34 mail "$DAILY" \
    kit@beta.test rcpt '551 sorry, maximum number of recipients reached' \
    ron@beta.test rcpt "553 sorry, that domain isn't in my list of allowed rcpthosts" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
daily-send-limit	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe rota for next week is below.\n\nCarol
maximum-recipients	carol@alpha.test	ann@beta.test,kit@beta.test	192.0.2.25	Ann, Kit,\n\nthe minutes of the Monday meeting are below.\n\nCarol
allowed-rcpthosts	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nyour library books are due on Friday.\n\nCarol
exim-daily-send-limit	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe workshop starts at nine.\n\nPat
exim-maximum-recipients	pat@pi.test	ann@beta.test,kit@beta.test	192.0.2.35	Ann, Kit,\n\nthe shared folder has moved.\n\nPat
exim-allowed-rcpthosts	pat@pi.test	ron@beta.test	192.0.2.35	Ron,\n\nyour bicycle is ready for collection.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 for each of the two temporary scenarios
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
