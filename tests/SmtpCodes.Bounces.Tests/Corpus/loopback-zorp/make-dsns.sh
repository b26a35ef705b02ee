#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zorp: a receiving SMTP server (../loopback-replay.py) answers with the replies of the
# SMTP proxy of Zorp, BalaBit's application-level firewall gateway (Zorp GPL, the free edition of Zorp Professional;
# BalaBit IT Ltd, Budapest; read with the search tool in the copy `talien/zorp`: `modules/smtp/Smtp.py`, commit
# 18f7920f191d, the SmtpProxy policy class's sender, relay and recipient checks; `modules/smtp/smtp.c`, commit
# 15f9906a83fa, the proxy's own replies while connecting, transferring and scanning; `pylib/Zorp/Matcher.py`, commit
# 15f9906a83fa, SmtpInvalidRecipientMatcher, "a VRFY/RCPT based validity checker to transparently verify the existance
# of E-mail addresses ... The SmtpProxy will automatically reject unknown recipients even if the recipient SMTP server
# would accept them"; GPL-2.0 (smtp.c: version 2 only; Smtp.py: version 2 or later)), each reply as the proxy writes it
# (smtp_set_response: the code, a space, the text); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, as
# to a mail server behind a Zorp firewall, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Zorp's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies, byte for byte, each at the stage where the proxy gives it, and what the source says it means:
#   "554 Server not available"   instead of the greeting: the proxy could not connect to the server it protects
#         (smtp_main's SMTP_PROXY_UNCONNECTED_GREET, unconnected_response_code's default 554); chosen by client, so to
#         the Exim's second address (192.0.2.34, which it sends from for gamma.test): gwen@, glen@gamma.test
#   "550 Sender address refused."   to MAIL FROM: "the sender address was administratively prohibited" (checkSender,
#         its sender_matcher); chosen by client, so to the Postfix's second address (192.0.2.24): gia@, gil@gamma.test
#   "554 Relaying denied."   to RCPT TO: "relaying the given address is not permitted by the policy" (checkRecipient,
#         relayCheck)                                     rhea@, rory@beta.test (Postfix); ravi@, rosa@beta.test (Exim)
#   "554 Recipient address refused."   to RCPT TO: the recipient_matcher refused the address; its example matcher,
#         SmtpInvalidRecipientMatcher, asks an SMTP server whether the address exists and refuses unknown recipients
#                                                         una@, uri@beta.test (Postfix); ugo@, ulla@beta.test (Exim)
#   "501 Malformed address"   to RCPT TO: "the email address local-part contains a percent sign" (or "an exclamation
#         mark") "and it is not permitted by the policy" (permit_percent_hack, permit_exclamation_mark)
#                                                         mia%lab@beta.test (Postfix); mo!lab@beta.test (Exim)
#   "450 Cannot verify recipient at this time, come back later."   to RCPT TO: the recipient matcher could not be asked
#         (MatcherException) or error_soft is set ("useful when the server used for the recipient matching is down")
#                                                         vera@beta.test (Postfix); vito@beta.test (Exim)
#   "550 Error storing message"   after the message: the proxy's error when the transfer to the server fails
#         (smtp_process_transfer's default error)         ezra@, eve@beta.test (Postfix); eli@beta.test (Exim)
#   "421 Service not available, closing transmission channel."   after the message: "an error occured during stacked
#         proxy handle the contents and Zorp send back a temporary error message" (ZV_ERROR, a content scanner failing)
#                                                         sia@beta.test (Postfix); sol@beta.test (Exim)
#   "550 Mail body error (probably incorrect CRLF sequence)"   after the message: the transfer was aborted
#         ("Transaction aborted, some data may have been sent")   bea@beta.test (Postfix); bo@beta.test (Exim)
# The temporary replies (450, 421) are served to every attempt, so each sender warns after a minute and returns after
# three. No text reaches more than four labelled recipients.
# Changed: nothing (the proxy writes no enhanced code; the stage of each is the code's). Not served: "450 Cannot verify
# sender at this time, come back later." (the replaying server keys MAIL FROM replies by client, and both second
# addresses already have a reply), the stacked proxy's "Error storing message (<its info>)" (its info is the stacked
# proxy's own, not Zorp's words), "450 Mailbox unavailable, try again" (a reply to DATA when the server closed the
# connection), and the protocol replies "500 Invalid command", "503 Invalid command in this state" and "503 Server not
# available" (answers to a client's malformed or misplaced commands, which the senders do not send).
# The replies are chosen by recipient or client, not by anything the senders did: the senders' addresses have matching
# reverse names, their messages are short plain text with CRLF line ends on the wire, and only the two addresses above
# carry a percent sign or an exclamation mark in their local part.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zorp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Zorp's replies. An eom reply answers for the whole message, keyed
# by its first recipient.
RELAYING='554 Relaying denied.'
RECIPIENT_REFUSED='554 Recipient address refused.'
MALFORMED='501 Malformed address'
CANNOT_VERIFY='450 Cannot verify recipient at this time, come back later.'
STORING='550 Error storing message'
NOT_AVAILABLE='421 Service not available, closing transmission channel.'
BODY_ERROR='550 Mail body error (probably incorrect CRLF sequence)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.34 connect '554 Server not available' \
    client:192.0.2.24 mail '550 Sender address refused.' \
    rhea@beta.test rcpt "$RELAYING" \
    rory@beta.test rcpt "$RELAYING" \
    ravi@beta.test rcpt "$RELAYING" \
    rosa@beta.test rcpt "$RELAYING" \
    una@beta.test rcpt "$RECIPIENT_REFUSED" \
    uri@beta.test rcpt "$RECIPIENT_REFUSED" \
    ugo@beta.test rcpt "$RECIPIENT_REFUSED" \
    ulla@beta.test rcpt "$RECIPIENT_REFUSED" \
    mia%lab@beta.test rcpt "$MALFORMED" \
    mo!lab@beta.test rcpt "$MALFORMED" \
    vera@beta.test rcpt "$CANNOT_VERIFY" \
    vito@beta.test rcpt "$CANNOT_VERIFY" \
    ezra@beta.test eom "$STORING" \
    eli@beta.test eom "$STORING" \
    sia@beta.test eom "$NOT_AVAILABLE" \
    sol@beta.test eom "$NOT_AVAILABLE" \
    bea@beta.test eom "$BODY_ERROR" \
    bo@beta.test eom "$BODY_ERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-refused	carol@alpha.test	gia@gamma.test,gil@gamma.test	192.0.2.25	Gia, Gil,\n\nthe boiler service is booked for Monday.\n\nCarol
relaying-denied	carol@alpha.test	rhea@beta.test,rory@beta.test	192.0.2.25	Rhea, Rory,\n\nthe minutes of the last meeting follow.\n\nCarol
recipient-refused	carol@alpha.test	una@beta.test,uri@beta.test	192.0.2.25	Una, Uri,\n\nthe warehouse keys are at the front desk.\n\nCarol
malformed-address	carol@alpha.test	mia%lab@beta.test	192.0.2.25	Mia,\n\nthe lab booking for Thursday is confirmed.\n\nCarol
cannot-verify-recipient	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe quarterly figures are below.\n\nCarol
error-storing	carol@alpha.test	ezra@beta.test,eve@beta.test	192.0.2.25	Ezra, Eve,\n\nthe stand for the trade fair is paid.\n\nCarol
service-not-available	carol@alpha.test	sia@beta.test	192.0.2.25	Sia,\n\nthe van returns on Friday.\n\nCarol
mail-body-error	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe new price list starts in June.\n\nCarol
exim-server-not-available	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe site visit moved to Wednesday.\n\nPat
exim-relaying-denied	pat@pi.test	ravi@beta.test,rosa@beta.test	192.0.2.35	Ravi, Rosa,\n\nthe training room is free after lunch.\n\nPat
exim-recipient-refused	pat@pi.test	ugo@beta.test,ulla@beta.test	192.0.2.35	Ugo, Ulla,\n\nthe samples were posted this morning.\n\nPat
exim-malformed-address	pat@pi.test	mo!lab@beta.test	192.0.2.35	Mo,\n\nthe microscope is back from repair.\n\nPat
exim-cannot-verify-recipient	pat@pi.test	vito@beta.test	192.0.2.35	Vito,\n\nthe contract draft is attached as text.\n\nPat
exim-error-storing	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe shipping labels are printed.\n\nPat
exim-service-not-available	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe audit starts next week.\n\nPat
exim-mail-body-error	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe parking permits are renewed.\n\nPat
SEND
# twelve returns at once (six permanent refusals from each sender), then for the four temporary cases (two from each
# sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
