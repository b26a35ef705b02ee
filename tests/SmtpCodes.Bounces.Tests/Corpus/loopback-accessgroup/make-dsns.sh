#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-accessgroup: a receiving SMTP server (../loopback-replay.py) answers with the errors
# that The Access Group's help article "Reasons for client emails not being delivered" lists for ATO SmartDocs, its
# Australian accountants' document service that sends clients' mail from ddslive.com.au
# (https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered, "Use
# this table to understand common email delivery errors and what they mean"; a table of Error and "Description and
# information"; read with the search tool; "Updated yesterday", no date), byte for byte but for one code; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the ones the
# article quotes (the receiving servers its clients' mail meets); the DSNs are made. The article states no licence; only
# the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every error of the table (ten), each what the article says it means; the article names no stages, so the stages are
# the run's: the connection's refusal instead of the greeting (to the clients that send to gamma.test), the size refusal
# after the message, the others at RCPT TO:
#   "452 4.2.2 The email account that you tried to reach is over quota"   "The client's mailbox is full": temporary,
#                          served to every attempt, so each sender warns after a minute and returns after three
#                                                                                   for fay@beta.test
#   "550 5.0 recipient or address rejected"   "The recipient server is rejecting your emails, most likely because your
#                          address is blocked. Ask the client to whitelist ddslive.com.au" (its "5.0" is the article's,
#                          not a three-part enhanced code)                            for rod@, ria@beta.test
#   "550 5.1.1 recipient rejected. Recipient does not exist"   "The email address is invalid or does not exist in the
#                          destination domain"                                        for nat@, noa@beta.test
#   "550 5.2.1 recipient rejected. Mailbox suspended"   "The email address exists, but the account has been suspended or
#                          blocked"                                                   for sue@, sal@beta.test
#   "550 5.1"              the article's whole error: "The recipient server is rejecting emails from your domain. This is
#                          usually caused by a DNS configuration issue."              for dom@, dee@beta.test
#   "550 5.7.0 Message Size Violation"   the article writes "550.5.7.0 Message Size Violation"; a reply whose code is
#                          followed by "." is no SMTP reply (RFC 5321 4.2: the code, then a space or "-"), so the dot
#                          is served as a space, the only change to the article's bytes; "The email contains an
#                          attachment exceeding the recipient's size limit"          after the final dot, for zac@, zoe@beta.test
#   "550 5.7.1 Connection refused"   "The recipient server is blocking the connection. Ask the client to whitelist
#                          ddslive.com.au"   instead of the greeting, for cam@gamma.test from the Postfix, cam@, cy@gamma.test
#                          from the Exim (Exim returns the message at once; Postfix skips a server that greets with 5XX
#                          (smtp_skip_5xx_greeting) and so treats the refusal as temporary: a warning after 1 minute and
#                          a return after 3; at most 4 recipients to the text)
#   "550 5.7.1 Service unavailable"   "The client host is blocked by the Customer Block List"   for bo@, bea@beta.test
#   "550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom"   "Your email or domain is being flagged as suspicious"
#                                                                                     for sid@, sam@beta.test
#   "550 5.1.10 RESOLVER.ADR.RecipientNotFound"   "Occurs when a user was created in Office 365 but the on-premises
#                          Exchange environment has no corresponding object. Queries for that SMTP address fail"
#                                                                                     for ray@, rex@beta.test
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-accessgroup}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's errors.
printf '%s\t%s\t%s\n' \
    fay@beta.test rcpt '452 4.2.2 The email account that you tried to reach is over quota' \
    rod@beta.test rcpt '550 5.0 recipient or address rejected' \
    ria@beta.test rcpt '550 5.0 recipient or address rejected' \
    nat@beta.test rcpt '550 5.1.1 recipient rejected. Recipient does not exist' \
    noa@beta.test rcpt '550 5.1.1 recipient rejected. Recipient does not exist' \
    sue@beta.test rcpt '550 5.2.1 recipient rejected. Mailbox suspended' \
    sal@beta.test rcpt '550 5.2.1 recipient rejected. Mailbox suspended' \
    dom@beta.test rcpt '550 5.1' \
    dee@beta.test rcpt '550 5.1' \
    zac@beta.test eom '550 5.7.0 Message Size Violation' \
    client:192.0.2.24 connect '550 5.7.1 Connection refused' \
    client:192.0.2.34 connect '550 5.7.1 Connection refused' \
    bo@beta.test rcpt '550 5.7.1 Service unavailable' \
    bea@beta.test rcpt '550 5.7.1 Service unavailable' \
    sid@beta.test rcpt '550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom' \
    sam@beta.test rcpt '550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom' \
    ray@beta.test rcpt '550 5.1.10 RESOLVER.ADR.RecipientNotFound' \
    rex@beta.test rcpt '550 5.1.10 RESOLVER.ADR.RecipientNotFound' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
over-quota	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nyour tax return is ready to sign.\n\nCarol
address-rejected	carol@alpha.test	rod@beta.test,ria@beta.test	192.0.2.25	Rod, Ria,\n\nthe BAS lodgement is due on the 28th.\n\nCarol
recipient-does-not-exist	carol@alpha.test	nat@beta.test,noa@beta.test	192.0.2.25	Nat, Noa,\n\nplease send last year's depreciation schedule.\n\nCarol
mailbox-suspended	carol@alpha.test	sue@beta.test,sal@beta.test	192.0.2.25	Sue, Sal,\n\nthe trust distribution minutes are ready.\n\nCarol
domain-dns	carol@alpha.test	dom@beta.test,dee@beta.test	192.0.2.25	Dom, Dee,\n\nyour engagement letter needs a signature.\n\nCarol
message-size	carol@alpha.test	zac@beta.test,zoe@beta.test	192.0.2.25	Zac, Zoe,\n\nthe financial statements follow in the next message.\n\nCarol
connection-refused	carol@alpha.test	cam@gamma.test	192.0.2.25	Cam,\n\nthe payroll summary is ready.\n\nCarol
customer-block-list	carol@alpha.test	bo@beta.test,bea@beta.test	192.0.2.25	Bo, Bea,\n\nyour notice of assessment arrived.\n\nCarol
dodgyfrom	carol@alpha.test	sid@beta.test,sam@beta.test	192.0.2.25	Sid, Sam,\n\nthe super contribution cut-off is Friday.\n\nCarol
recipient-not-found	carol@alpha.test	ray@beta.test,rex@beta.test	192.0.2.25	Ray, Rex,\n\nthe fringe benefits return is lodged.\n\nCarol
exim-over-quota	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe GST reconciliation is attached below.\n\nPat
exim-address-rejected	pat@pi.test	rod@beta.test,ria@beta.test	192.0.2.35	Rod, Ria,\n\nthe quarterly instalment notice came in.\n\nPat
exim-recipient-does-not-exist	pat@pi.test	nat@beta.test,noa@beta.test	192.0.2.35	Nat, Noa,\n\nthe rental property schedule is missing.\n\nPat
exim-mailbox-suspended	pat@pi.test	sue@beta.test,sal@beta.test	192.0.2.35	Sue, Sal,\n\nthe company register needs updating.\n\nPat
exim-domain-dns	pat@pi.test	dom@beta.test,dee@beta.test	192.0.2.35	Dom, Dee,\n\nthe audit file is ready for review.\n\nPat
exim-message-size	pat@pi.test	zac@beta.test,zoe@beta.test	192.0.2.35	Zac, Zoe,\n\nthe ledger export follows.\n\nPat
exim-connection-refused	pat@pi.test	cam@gamma.test,cy@gamma.test	192.0.2.35	Cam, Cy,\n\nthe invoice run finished.\n\nPat
exim-customer-block-list	pat@pi.test	bo@beta.test,bea@beta.test	192.0.2.35	Bo, Bea,\n\nthe capital gains worksheet is done.\n\nPat
exim-dodgyfrom	pat@pi.test	sid@beta.test,sam@beta.test	192.0.2.35	Sid, Sam,\n\nthe ABN update went through.\n\nPat
exim-recipient-not-found	pat@pi.test	ray@beta.test,rex@beta.test	192.0.2.35	Ray, Rex,\n\nthe land tax notice is attached below.\n\nPat
SEND
# seventeen returns at once, then warnings after a minute and returns after 3: from each sender for the full mailbox, from
# the Postfix for the refused greeting
lb_wait 23 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
