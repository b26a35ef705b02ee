#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-amane: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Amane's SMTP server, amane_smtpd, the mail listener of Amane, Akira Yoshiyama's "instant mailing list manager" in
# Python (from QuickML's idea, "a kind of ticket management system like Redmine", but mail-based): mail to a tenant's
# account opens a new mailing list (a ticket) for the sender and everyone in To: and Cc:, and later posts to the list's
# address go to its members, add or remove members, close or reopen it (read with the search tool in the repository
# yosshy/amane, first published as python-tempml: amane/cmd/smtpd.py and amane/const.py at commit 1f73b4421287, the
# AmaneSMTPServer class on Python's smtpd and its process_message; tempml/cmd/smtp_handler.py at commit 09826c76320f
# and tempml/const.py at 0c9a76fe7b07, the earlier TempMlSMTPServer with the same texts; README.rst at 04683743f631;
# setup.cfg, "License :: OSI Approved :: Apache Software License", and the files' headers, "Copyright 2017 by Akira
# Yoshiyama", Apache-2.0; only the reply texts are quoted). Python's smtpd writes the string process_message returns
# as the reply to the end of the data, byte for byte. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Amane's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, after the message (process_message reads the message's From:, To: and Cc: fields, not the
# envelope):
#   "550 No ML specified"   (no address of Amane's domain in To: or Cc:, so no mailing list is named) for ned@ and
#                              nia@ beta.test
#   "550 Can't cross-post a message"   (more than one address of Amane's domain in To: and Cc:: one post goes to one
#                              list) for cora@ and cruz@ beta.test
#   "550 No such ML"   (the list named is neither a tenant's account for new lists nor a list in the database) for
#                              ml-000041@ and ml-000042@ beta.test
#   "550 Not member"   (the From: address is neither a member of the list nor one of the tenant's staff) for
#                              ml-000007@ and ml-000008@ beta.test
#   "550 ML is closed"   (the list was closed, by a member's "Subject: close" or after days without posts, and the post
#                              is not a "reopen") for ml-000003@ and ml-000004@ beta.test
# Not served: Python smtpd's own replies (the greeting, HELO, MAIL, RCPT and malformed commands); the no-such-tenant
# branch, whose constant SMTP_STATUS_NO_SUCH_TENANT const.py does not define (an exception, no reply of Amane's).
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes of plain
# text with one address in To:. Every reply is permanent: each message is returned at once. 2 recipients to each
# reply text, one a sender.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-amane}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Amane's replies.
NOML='550 No ML specified'
CROSS="550 Can't cross-post a message"
NOSUCH='550 No such ML'
NOTMEMBER='550 Not member'
CLOSED='550 ML is closed'
printf '%s\t%s\t%s\n' \
    ned@beta.test eom "$NOML" \
    nia@beta.test eom "$NOML" \
    cora@beta.test eom "$CROSS" \
    cruz@beta.test eom "$CROSS" \
    ml-000041@beta.test eom "$NOSUCH" \
    ml-000042@beta.test eom "$NOSUCH" \
    ml-000007@beta.test eom "$NOTMEMBER" \
    ml-000008@beta.test eom "$NOTMEMBER" \
    ml-000003@beta.test eom "$CLOSED" \
    ml-000004@beta.test eom "$CLOSED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-ml-specified	carol@alpha.test	ned@beta.test	192.0.2.25	Hello,\n\nthe printer on the third floor is jammed again.\n\nCarol
cross-post	carol@alpha.test	cora@beta.test	192.0.2.25	Hello,\n\nthe VPN drops every ten minutes since Monday.\n\nCarol
no-such-ml	carol@alpha.test	ml-000041@beta.test	192.0.2.25	Hello,\n\nany news on the new laptop?\n\nCarol
not-member	carol@alpha.test	ml-000007@beta.test	192.0.2.25	Hello,\n\nI can confirm the same error on my machine.\n\nCarol
ml-is-closed	carol@alpha.test	ml-000003@beta.test	192.0.2.25	Hello,\n\nthe fix worked, thanks.\n\nCarol
exim-no-ml-specified	pat@pi.test	nia@beta.test	192.0.2.35	Hello,\n\nmy badge no longer opens the side door.\n\nPat
exim-cross-post	pat@pi.test	cruz@beta.test	192.0.2.35	Hello,\n\nthe shared calendar shows no rooms.\n\nPat
exim-no-such-ml	pat@pi.test	ml-000042@beta.test	192.0.2.35	Hello,\n\nis the licence renewal approved?\n\nPat
exim-not-member	pat@pi.test	ml-000008@beta.test	192.0.2.35	Hello,\n\nplease add me to this ticket.\n\nPat
exim-ml-is-closed	pat@pi.test	ml-000004@beta.test	192.0.2.35	Hello,\n\none more question about the backup.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
