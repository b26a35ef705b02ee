#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fivium-dmda: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of DMDA, Fivium's Database Mail Delivery Agent ("a Java application used to store email in a database. It is
# designed to sit behind a Mail Transfer Agent such as postfix and will store emails in the configured databases based
# on the recipient's email address's domain", written as a light alternative to Apache James, its README; SMTP with
# SubEthaSMTP 3.1.7, a ClamAV scan of every message, Oracle databases through HikariCP; the repository Fivium/DMDA,
# BSD-3-Clause by its LICENSE, "Copyright (c) 2017, FIVIUM LTD."; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: the SubEthaSMTP message handler
# src/main/java/uk/co/fivium/dmda/emailmessages/DatabaseMessageHandler.java (commit 54fd5835d189, recipient, data and
# rejectEmail; the same in the older EmailMessages/DatabaseMessageHandler.java, commit 30e5fb84f998), which answers
# every refusal with one text it builds: the configured email_rejection_message, then " The server gave the following
# reason: " and the reason, then " If you contact support, please provide them with this email reference: " and the
# handler's random UUID, thrown as SubEthaSMTP's RejectException(String), which 3.1.7 writes as "554 " and the text
# (no enhanced code); the reasons come from emailmessages/EmailMessage.java (commit 0a4589a23fba, addRecipient, addData,
# readMessageBody), DatabaseMessageStorer.java (commit 2e982f441716, storeMessage) and server/SMTPConfig.java (commit
# 372329ed7e09, getMessageSizeLimitString); the rejection message and the 15 MB limit are config.xml.sample's (commit
# 27d2ecc5940560, "The generic message that is used when an email is rejected"; the element is required); read too:
# server/SMTPServerWrapper.java (commit 6e84eef32075), DomainMatcher.java (commit 2e982f441716), build.gradle (commit
# 0d5c8f4b4e0c, subethasmtp 3.1.7), README.md (commit 2015ec7760fd), LICENSE (commit b8a7cb4d44b4):
#   to RCPT TO "... reason: The recipient <recipient> cannot be found at this domain. If you contact ..." (no database
#   is configured for the recipient's domain); after the message "... reason: The email exceeded size limit of 15MB If
#   you contact ..." (the message passed message_size_limit_mb) and "... reason: Transaction failed If you contact ..."
#   (the text of SubEthaSMTP's bare RejectException, which the code throws when the message cannot be read or parsed,
#   when ClamAV finds a threat or the scan fails, and when storing it in the database fails).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DMDA's and its sample configuration's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it (one line each; P stands for "554 An unexpected error has
# occurred and your email has not been received. Please try again later. The server gave the following reason: " and
# S for " If you contact support, please provide them with this email reference: "; the UUIDs are the table's, one
# to a recipient, as the code draws one for each transaction):
#   P "The recipient rex@beta.test cannot be found at this domain." S "3b9e6d52-0c4f-4a71-9e83-5f2d7a1c6b04"   to RCPT
#                              TO, for rex@beta.test (the table's {rcpt}, the address as SubEthaSMTP hands it to
#                              recipient()); the same for ray@beta.test with "c8a41f07-6e2d-4b93-8d5a-1e7f0b3c92a6"
#   P "The email exceeded size limit of 15MB" S "7d2f5a90-4b1e-4c68-a3d7-09e6b8f1c254"   after the message, for
#                              sam@beta.test; for sid@beta.test with "e41c8b36-95a2-4f0d-b7e1-6a3d2c9f8e17"
#   P "Transaction failed" S "5a0d7e3c-2f91-4b6a-8c45-d1e9f7a2b083"   after the message, for eve@beta.test; for
#                              eli@beta.test with "9f6b1c24-7d3e-4a85-b0f2-3e8c5d7a1946"
# Not served: the greeting and the EHLO answer (SubEthaSMTP's; the replaying server's are used), SubEthaSMTP's own
# replies (syntax and sequence errors, its default 553 and size refusals), and a rejection message other than the
# sample configuration's (each site writes its own). DMDA has no temporary refusal: every reply is 554.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fivium-dmda}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DMDA's replies.
P='554 An unexpected error has occurred and your email has not been received. Please try again later. The server gave the following reason: '
S=' If you contact support, please provide them with this email reference: '
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "${P}The recipient {rcpt} cannot be found at this domain.${S}3b9e6d52-0c4f-4a71-9e83-5f2d7a1c6b04" \
    ray@beta.test rcpt "${P}The recipient {rcpt} cannot be found at this domain.${S}c8a41f07-6e2d-4b93-8d5a-1e7f0b3c92a6" \
    sam@beta.test eom "${P}The email exceeded size limit of 15MB${S}7d2f5a90-4b1e-4c68-a3d7-09e6b8f1c254" \
    sid@beta.test eom "${P}The email exceeded size limit of 15MB${S}e41c8b36-95a2-4f0d-b7e1-6a3d2c9f8e17" \
    eve@beta.test eom "${P}Transaction failed${S}5a0d7e3c-2f91-4b6a-8c45-d1e9f7a2b083" \
    eli@beta.test eom "${P}Transaction failed${S}9f6b1c24-7d3e-4a85-b0f2-3e8c5d7a1946" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-cannot-be-found	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe survey forms are in the blue folder.\n\nCarol
email-exceeded-size-limit	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe harbour charts arrived today.\n\nCarol
transaction-failed	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe pottery class starts next week.\n\nCarol
exim-recipient-cannot-be-found	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe greenhouse heater is fixed.\n\nPat
exim-email-exceeded-size-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe canal walk is on Sunday.\n\nPat
exim-transaction-failed	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe chess club meets upstairs now.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
