#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kazoo-fax-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Kazoo's email-to-fax SMTP server, the fax application of Kazoo, 2600Hz's telephony platform written in
# Erlang (a faxbox gets an e-mail address; a message to <fax number>@<faxbox address or account realm> whose attachment
# is a PDF, TIFF or image is queued as an outbound fax). Read with the search tool: the repository 2600hz/kazoo,
# applications/fax/src/fax_smtp.erl at commit 601a9e7d68ca ("@copyright (C) 2014-2020, 2600Hz", Luis Azedo, Mozilla
# Public License 2.0 in the file's header), the gen_smtp_server_session callbacks handle_RCPT and handle_DATA, which
# answer with check_faxbox's, check_number's and check_permissions' errors and with the first error that
# process_message recorded; gen_smtp writes each text as it is given (no enhanced codes). Only the reply texts are
# quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Kazoo's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "554 Not Found"   (handle_RCPT -> check_faxbox / check_number: the recipient's local part is no fax number, or no
#                              faxbox answers to its domain (neither a faxbox's own address nor an account realm with a
#                              faxbox for the sender), or the number is empty or cannot be reconciled for the faxbox's
#                              account; logged "invalid address", "fax number ... is invalid" and the like) to RCPT TO,
#                              for 4155550101@, 4155550102@ and 4155550103@ beta.test
#   "554 not allowed"   (handle_RCPT -> check_permissions: the sender matches none of the faxbox's smtp_permission_list
#                              and is not its owner's address, "address ... is not allowed on faxbox ...", or the list
#                              is empty and allow_all_addresses_when_empty is off) to RCPT TO, for 4155550110@ and
#                              4155550111@ beta.test
#   "554 no valid attachment"   (handle_DATA: process_parts found no part of an allowed content type in a multipart
#                              message, ?ERROR_NO_VALID_ATTACHMENT, "554 " before the first error) after the message, for
#                              4155550120@ and 4155550121@ beta.test
#   "554 invalid body"   (handle_DATA: process_message met a multipart body of no shape it handles, the error
#                              <<"invalid body">>) after the message, for 4155550130@ and 4155550131@ beta.test
#   "554 Message decode failed"   (handle_DATA: gen_smtp's mimemail:decode raised on the message) after the message, for
#                              4155550140@ and 4155550141@ beta.test
# Not served: "421 <host> is too busy to accept mail right now" and "552 Message too small" (gen_smtp's example
# server's words, which Kazoo keeps; gen_smtp is another part's source), the 252 VRFY and 500 unknown-command replies,
# and what gen_smtp itself answers (to an unknown MAIL or RCPT extension, to AUTH).
# The replies are chosen by recipient, not by anything the senders did: the messages are one-part plain text (Kazoo
# would take such a message and fail it later, with no SMTP reply, for want of a fax document), every address is a
# fax number of the form Kazoo reads, no faxbox exists. Every reply is permanent: each message is returned at once. At
# most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kazoo-fax-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): fax_smtp's replies.
printf '%s\t%s\t%s\n' \
    4155550101@beta.test rcpt '554 Not Found' \
    4155550102@beta.test rcpt '554 Not Found' \
    4155550103@beta.test rcpt '554 Not Found' \
    4155550110@beta.test rcpt '554 not allowed' \
    4155550111@beta.test rcpt '554 not allowed' \
    4155550120@beta.test eom '554 no valid attachment' \
    4155550121@beta.test eom '554 no valid attachment' \
    4155550130@beta.test eom '554 invalid body' \
    4155550131@beta.test eom '554 invalid body' \
    4155550140@beta.test eom '554 Message decode failed' \
    4155550141@beta.test eom '554 Message decode failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
fax-not-found	carol@alpha.test	4155550101@beta.test,4155550102@beta.test	192.0.2.25	Please fax the signed lease to both numbers.\n\nCarol
fax-not-allowed	carol@alpha.test	4155550110@beta.test	192.0.2.25	Please fax the delivery note to the depot.\n\nCarol
no-valid-attachment	carol@alpha.test	4155550120@beta.test	192.0.2.25	Please fax the order form to the supplier.\n\nCarol
invalid-body	carol@alpha.test	4155550130@beta.test	192.0.2.25	Please fax the insurance claim to the broker.\n\nCarol
message-decode-failed	carol@alpha.test	4155550140@beta.test	192.0.2.25	Please fax the referral letter to the clinic.\n\nCarol
exim-fax-not-found	pat@pi.test	4155550103@beta.test	192.0.2.35	Please fax the tax form to the accountant.\n\nPat
exim-fax-not-allowed	pat@pi.test	4155550111@beta.test	192.0.2.35	Please fax the booking to the hotel.\n\nPat
exim-no-valid-attachment	pat@pi.test	4155550121@beta.test	192.0.2.35	Please fax the invoice to the garage.\n\nPat
exim-invalid-body	pat@pi.test	4155550131@beta.test	192.0.2.35	Please fax the permit to the council.\n\nPat
exim-message-decode-failed	pat@pi.test	4155550141@beta.test	192.0.2.35	Please fax the prescription to the pharmacy.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
