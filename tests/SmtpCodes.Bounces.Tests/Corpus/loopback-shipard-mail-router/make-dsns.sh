#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-shipard-mail-router: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of shipard-mail-router, the inbound mail router of Shipard (shipard.com; its README is in Czech): a Postfix
# takes the mail, asks the router's Postfix policy service whether each recipient names a known data source,
# and hands accepted mail over LMTP to the router's receiver, which queues it in SQLite for a worker that posts it to
# the Shipard server's HTTP API (the repository shipard/mail-router, MIT licence as its README says, LICENSE not read;
# read with the search tool at commit cc41f864052972d7be6071e3262c1fe0710a17bf; only the reply texts are quoted). Its
# own code writes every reply below:
#   mail_router/policy.py, PolicyServer._evaluate: "REJECT 550 5.1.1 Unknown recipient" when the recipient does not
#   parse as <ds_id>[+mailbox]@<allowed domain> (mail_router/address.py, parse_recipient) or its ds_id is not in the
#   lookup table; PolicyServer._handle_client: "DEFER_IF_PERMIT Mail router policy error" when evaluating a request
#   raised (a broken lookup table, say); its "REJECT 550 5.1.1 Empty recipient" needs a request without a recipient,
#   which smtpd_recipient_restrictions never sends. Postfix's smtpd (smtpd_check.c, check_table_result) gives a policy
#   service's REJECT as its access_map_reject_code 554 with 5.7.1 and DEFER_IF_PERMIT as 450 with 4.7.1, in the frame
#   "<recipient>: Recipient address rejected: <text>"; the REJECT's text here begins with a reply code and an enhanced
#   code of its own, "550 5.1.1", which Postfix does not read as a status (only a leading x.y.z is), so they stay in
#   the text: "554 5.7.1 <rcpt>: Recipient address rejected: 550 5.1.1 Unknown recipient". The served lines are those.
#   mail_router/receiver.py, LMTPHandler (an aiosmtpd LMTP handler): handle_RCPT answers "550 5.1.1 Unknown recipient
#   (malformed address or domain)" (parse_recipient failed) and "550 5.1.1 Unknown recipient" (the ds_id is not in the
#   lookup table, as the lookup changed since the policy asked); handle_DATA answers "451 4.3.0 Temporary failure, try
#   again later" when writing the message into the SQLite queue raised. The receiver speaks LMTP to the router's own
#   Postfix, the replaying server SMTP: the texts and their stages are the same (aiosmtpd's LMTP sends the one string
#   handle_DATA returns after the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# shipard-mail-router's (the policy's in Postfix's frame); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it, <rcpt> being the recipient answered ({rcpt}):
#   "554 5.7.1 <rcpt>: Recipient address rejected: 550 5.1.1 Unknown recipient"   to RCPT TO, for dan@ and dot@
#                              beta.test
#   "450 4.7.1 <rcpt>: Recipient address rejected: Mail router policy error"   to RCPT TO, to every attempt, for nia@
#                              and ned@ beta.test
#   "550 5.1.1 Unknown recipient (malformed address or domain)"   to RCPT TO, for gus@ and gil@ gamma.test (a domain
#                              the router does not serve)
#   "550 5.1.1 Unknown recipient"   to RCPT TO, for lou@ and lea@ beta.test
#   "451 4.3.0 Temporary failure, try again later"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting and the EHLO/LHLO answers (Postfix's and aiosmtpd's; the replaying server's are used), the
# policy's "Empty recipient" (see above), the "250 OK" replies and aiosmtpd's own stock replies (syntax, sequence,
# size). The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is
# a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-shipard-mail-router}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): shipard-mail-router's replies (the policy's as Postfix writes them).
rejected='<{rcpt}>: Recipient address rejected:'
POLICYUNKNOWN="554 5.7.1 $rejected 550 5.1.1 Unknown recipient"
POLICYERROR="450 4.7.1 $rejected Mail router policy error"
MALFORMED='550 5.1.1 Unknown recipient (malformed address or domain)'
UNKNOWN='550 5.1.1 Unknown recipient'
QUEUE='451 4.3.0 Temporary failure, try again later'
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$POLICYUNKNOWN" \
    dot@beta.test rcpt "$POLICYUNKNOWN" \
    nia@beta.test rcpt "$POLICYERROR" \
    ned@beta.test rcpt "$POLICYERROR" \
    gus@gamma.test rcpt "$MALFORMED" \
    gil@gamma.test rcpt "$MALFORMED" \
    lou@beta.test rcpt "$UNKNOWN" \
    lea@beta.test rcpt "$UNKNOWN" \
    fay@beta.test eom "$QUEUE" \
    fox@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
policy-unknown-recipient	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe invoices for March are ready to book.\n\nCarol
policy-error	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe stock count is on Friday afternoon.\n\nCarol
unknown-recipient-malformed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe new price list goes out next week.\n\nCarol
unknown-recipient	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe delivery notes are in the blue folder.\n\nCarol
temporary-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe payroll run moves to Thursday.\n\nCarol
exim-policy-unknown-recipient	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe bank statement import failed again.\n\nPat
exim-policy-error	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe warehouse keys are at reception.\n\nPat
exim-unknown-recipient-malformed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe VAT return is due on the twenty-fifth.\n\nPat
exim-unknown-recipient	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe supplier sent a corrected invoice.\n\nPat
exim-temporary-failure	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe quarterly report needs one more table.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
