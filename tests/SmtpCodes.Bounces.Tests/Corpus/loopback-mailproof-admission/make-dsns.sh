#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailproof-admission: a receiving SMTP server (../loopback-replay.py) answers with
# the replies a Postfix writes from the answers of Mailproof's admission policy server. Mailproof is LuganoPlanB's
# e-mail evidence service in Go: a user forwards a suspicious message to a personal address verify+<capability>@<its
# domain>, and its Postfix asks the admission server, by the policy delegation protocol, whether to take the message in
# before the analyzers (rspamd, DNS, content, crypto) look at it and a report is signed (repository LuganoPlanB/mailproof,
# read with the search tool; no licence file read; only the reply texts are quoted):
#   internal/admission/server.go (commit dfd20e674580b699ecf5a50b1e3aca3421a2ef1a), Server.Serve and Server.handle:
#     the policy server answers each request with "action=" and one of:
#       "DEFER_IF_PERMIT 450 4.7.1 admission service busy"   written on accept, before reading, when all of its
#         MaxConnections (32, as cmd/mailproof/main.go starts it) are taken;
#       "DEFER_IF_PERMIT 450 4.7.1 malformed policy request"   a request over 16 KiB or a read that failed;
#       "REJECT 550 5.7.1 invalid submission identity"   ParseRequest failed;
#       "DEFER_IF_PERMIT 450 4.7.1 admission temporarily unavailable"   Service.Admit returned ErrDeferred;
#       "REJECT 550 5.7.1 submission rejected"   Service.Admit returned ErrDenied;
#     and "PREPEND X-Mailproof-Admission: <stamp>" to admit;
#   internal/admission/admission.go (commit cb5026c3ac16fff46f8dea2cc0a081010d354f6e): ParseRequest fails
#     (ErrMalformed) when a key repeats, a value is over 1024 bytes, or the request has no sender (the null sender of a
#     bounce), no recipient, no protocol_state or no client address; Service.Admit returns ErrDeferred when its keys,
#     database or SPF resolver are missing, its policy snapshot is not loaded, the SPF look-up fails or the admission
#     transaction fails, and ErrDenied (recording a "stage" and a "reason") for a blocked peer address, an envelope
#     sender that does not parse, a blocked sender domain, a recipient that is not verify+<capability>@<domain>, an
#     unknown or inactive capability, an envelope sender that is not the enrolled submitter's address, an SPF result
#     other than pass, and a submitter over its per-minute, per-hour or per-day quota ("quota_exceeded");
#   internal/admission/admission_test.go, server_test.go (as stored): the requests name protocol_state RCPT, so the
#     server answers in the recipient restrictions (the stored config/postfix/main.cf, commit 8216b07a9ea9, does not yet
#     call it: its smtpd_recipient_restrictions end in a check_recipient_access map and reject).
# Postfix's smtpd (smtpd_check.c, check_table_result) gives a policy service's REJECT as its access_map_reject_code 554
# with 5.7.1 and DEFER_IF_PERMIT as 450 with 4.7.1, in the frame "<recipient>: Recipient address rejected: <text>"; the
# texts here begin with a reply code and an enhanced code of their own ("550 5.7.1", "450 4.7.1"), which Postfix does
# not read as a status (only a leading x.y.z is), so they stay in the text, as in ../loopback-shipard-mail-router:
# "554 5.7.1 <rcpt>: Recipient address rejected: 550 5.7.1 submission rejected". The served lines are those.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailproof's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it, <rcpt> being the recipient answered ({rcpt}):
#   "554 5.7.1 <rcpt>: Recipient address rejected: 550 5.7.1 submission rejected"   to RCPT TO: the admission service
#                              denied the submission; for dan@ and dot@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: 550 5.7.1 invalid submission identity"   to RCPT TO: the request
#                              did not parse (as for a bounce's null sender); for lou@ and lea@ beta.test
#   "450 4.7.1 <rcpt>: Recipient address rejected: 450 4.7.1 admission temporarily unavailable"   to RCPT TO, to every
#                              attempt: the admission service could not decide; for nia@ and ned@ beta.test
#   "450 4.7.1 <rcpt>: Recipient address rejected: 450 4.7.1 admission service busy"   to RCPT TO, to every attempt:
#                              the admission server's connections were all taken; for fay@ and fox@ beta.test
# Not served: "malformed policy request" (a request over 16 KiB or a broken read, which Postfix's policy client does not
# send), the PREPEND that admits, Postfix's own replies. The replies are chosen by recipient, not by anything the
# senders did (the senders here have an ordinary address, not the null sender that draws "invalid submission identity",
# and the recipients are not verify+<capability> addresses): each message has one recipient and is a few lines of plain
# text. The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailproof-admission}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailproof's admission answers as Postfix's smtpd_check writes them.
rejected='<{rcpt}>: Recipient address rejected:'
DENIED="554 5.7.1 $rejected 550 5.7.1 submission rejected"
IDENTITY="554 5.7.1 $rejected 550 5.7.1 invalid submission identity"
UNAVAILABLE="450 4.7.1 $rejected 450 4.7.1 admission temporarily unavailable"
BUSY="450 4.7.1 $rejected 450 4.7.1 admission service busy"
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$DENIED" \
    dot@beta.test rcpt "$DENIED" \
    lou@beta.test rcpt "$IDENTITY" \
    lea@beta.test rcpt "$IDENTITY" \
    nia@beta.test rcpt "$UNAVAILABLE" \
    ned@beta.test rcpt "$UNAVAILABLE" \
    fay@beta.test rcpt "$BUSY" \
    fox@beta.test rcpt "$BUSY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
submission-rejected	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe odd invoice from the courier is attached below.\n\nCarol
invalid-submission-identity	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe password reset mail looked wrong to me.\n\nCarol
admission-temporarily-unavailable	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nplease check the link in the parcel notice.\n\nCarol
admission-service-busy	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe bank letter asks for my card number.\n\nCarol
exim-submission-rejected	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe prize draw mail came again today.\n\nPat
exim-invalid-submission-identity	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe tax refund notice has a strange sender.\n\nPat
exim-admission-temporarily-unavailable	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe shared document link wants my login.\n\nPat
exim-admission-service-busy	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe mailbox full warning looks forged.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
