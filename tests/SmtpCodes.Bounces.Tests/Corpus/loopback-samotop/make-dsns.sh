#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-samotop: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Samotop, the SMTP server and library for Rust built on async-std (samotop-core: "The domain model of Samotop and core
# functionality - SMTP server and library built on async-std"; by jocutajar, Robert Cutajar, BrightOpen/Samotop on
# gitlab.com; licence "MIT OR Apache-2.0", its Cargo.toml), each reply as its code writes it when a mail guard refuses a
# recipient; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are Samotop's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool, in the copy owenthewizard/samotop): samotop-core/src/mail/guard.rs and
# samotop-core/src/smtp/state.rs (commit 242e2afbdda6), samotop-core/src/smtp/reply.rs (commit 615a47d053aa),
# samotop-core/Cargo.toml. A mail guard (guard.rs: "A mail guard can be queried whether a recepient is accepted") answers
# RCPT TO with an AddRecipientFailure; state.rs's say_rcpt_failed turns each into a reply, and reply.rs writes its code
# and words (no enhanced status code). What the code says each failure means (guard.rs's comments, which quote RFC 5321,
# and the names):
#   Moved(path), "551 User not local; please try <forward-path>": "User not local; please try <" + the path + ">";
#   InvalidRecipient, "553 Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)":
#     "553 Requested action not taken: mailbox name not allowed";
#   RejectedPermanently, "550 Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or
#     command rejected for policy reasons)": "550 Requested action not taken: mailbox unavailable";
#   StorageExhaustedPermanently, "552 Requested mail action aborted: exceeded storage allocation": the same words;
#   StorageExhaustedTemporarily, "452 Requested action not taken: insufficient system storage": the same words;
#   FailedTemporarily, "451 Requested action aborted: local error in processing": "451 Requested action aborted: error
#     in processing." (reply.rs's words);
#   TerminateSession, "The whole mail transaction failed, subsequent RCPT and DATA will fail. 421 <domain> Service not
#     available, closing transmission channel": say_shutdown_service_err, "421 " + the service name + " service not
#     available, closing transmission channel", and the session is shut down.
# The selection (stated before the run, not by what any reader makes of the texts): every failure a guard can give a
# recipient that names a cause about the recipient, its mailbox or the server, each to both senders. Filled in by the
# run: the forward path with <mona@delta.test> (a new address elsewhere, as RFC 5321's 551 means) and the service name
# with mx.beta.test (the replaying server's host name). Not served: RejectedTemporarily, "450 Requested mail action not
# taken: mailbox unavailable" (its comment gives two causes, a busy mailbox or a temporary policy block, and the code
# chooses neither), InvalidParameter and InvalidParameterValue (555 and 455: RCPT TO parameters these senders do not
# send), the replies after the message (say_mail_queue_refused's 550 and say_mail_queue_failed_temporarily's 450 with
# the same words as above: the dispatch's refusal, which names no cause), the MAIL FROM failures (the same replies as
# the recipient's, keyed by client) and the replies to malformed, unknown or out-of-order commands. Served, to RCPT TO:
#   "551 User not local; please try <mona@delta.test>"                        moe@, mae@beta.test; mick@beta.test
#   "553 Requested action not taken: mailbox name not allowed"                nan@, ned@beta.test; nia@beta.test
#   "550 Requested action not taken: mailbox unavailable"                     ula@beta.test; uri@beta.test
#   "552 Requested mail action aborted: exceeded storage allocation"          fay@beta.test; fern@beta.test
#   "452 Requested action not taken: insufficient system storage"             sue@beta.test; sol@beta.test
#   "451 Requested action aborted: error in processing."                      pia@beta.test; pip@beta.test
#   "421 mx.beta.test service not available, closing transmission channel"    tia@beta.test; tod@beta.test
# (the first address or pair of each line the Postfix's, the other the Exim's). The temporary replies are served to
# every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient address, not by anything the senders did: the messages are a few lines without
# an attachment, the senders give HELO and qualified addresses, no mailbox or disk is full.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-samotop}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Samotop's replies to RCPT TO.
MOVED='551 User not local; please try <mona@delta.test>'
NAME_NOT_ALLOWED='553 Requested action not taken: mailbox name not allowed'
UNAVAILABLE='550 Requested action not taken: mailbox unavailable'
STORAGE_ALLOCATION='552 Requested mail action aborted: exceeded storage allocation'
SYSTEM_STORAGE='452 Requested action not taken: insufficient system storage'
PROCESSING='451 Requested action aborted: error in processing.'
NOT_AVAILABLE='421 mx.beta.test service not available, closing transmission channel'
printf '%s\t%s\t%s\n' \
    moe@beta.test rcpt "$MOVED" \
    mae@beta.test rcpt "$MOVED" \
    mick@beta.test rcpt "$MOVED" \
    nan@beta.test rcpt "$NAME_NOT_ALLOWED" \
    ned@beta.test rcpt "$NAME_NOT_ALLOWED" \
    nia@beta.test rcpt "$NAME_NOT_ALLOWED" \
    ula@beta.test rcpt "$UNAVAILABLE" \
    uri@beta.test rcpt "$UNAVAILABLE" \
    fay@beta.test rcpt "$STORAGE_ALLOCATION" \
    fern@beta.test rcpt "$STORAGE_ALLOCATION" \
    sue@beta.test rcpt "$SYSTEM_STORAGE" \
    sol@beta.test rcpt "$SYSTEM_STORAGE" \
    pia@beta.test rcpt "$PROCESSING" \
    pip@beta.test rcpt "$PROCESSING" \
    tia@beta.test rcpt "$NOT_AVAILABLE" \
    tod@beta.test rcpt "$NOT_AVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-not-local	carol@alpha.test	moe@beta.test,mae@beta.test	192.0.2.25	Moe, Mae,\n\nthe tide tables for May are attached below.\n\nCarol
mailbox-name-not-allowed	carol@alpha.test	nan@beta.test,ned@beta.test	192.0.2.25	Nan, Ned,\n\nthe jumble sale starts at ten.\n\nCarol
mailbox-unavailable	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe rowing club dinner is on Friday.\n\nCarol
storage-allocation	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe hedge laying course is full.\n\nCarol
system-storage	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe seed packets arrived today.\n\nCarol
processing-error	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe choir robes are back from the cleaners.\n\nCarol
service-not-available	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe village quiz is on the first Monday.\n\nCarol
exim-user-not-local	pat@pi.test	mick@beta.test	192.0.2.35	Mick,\n\nthe ferry times have changed.\n\nPat
exim-mailbox-name-not-allowed	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe craft fair needs a poster.\n\nPat
exim-mailbox-unavailable	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe darts team won on Tuesday.\n\nPat
exim-storage-allocation	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe mill pond walk is on Sunday.\n\nPat
exim-system-storage	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe cider press is free on Saturday.\n\nPat
exim-processing-error	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe carol singers meet at the church.\n\nPat
exim-service-not-available	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe footpath survey is done.\n\nPat
SEND
# eight returns at once (four permanent refusals from each sender), then for the six temporary cases (three from each
# sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
