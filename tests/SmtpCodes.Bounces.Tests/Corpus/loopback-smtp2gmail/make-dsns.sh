#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2gmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smtp2gmail, sperry04's SMTP-to-Gmail-API bridge in Go (a small hand-written SMTP server that applications such as
# Discourse or Ghost use as their smarthost: it takes a message after AUTH, rewrites its headers to the configured
# Google Workspace send-as address and posts it to Gmail's users.messages.send endpoint as a service account with
# domain-wide delegation; the repository sperry04/smtp2gmail, no licence file read; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below, in its SMTP session: smtpd/session.go (commit
# 7a015b888db8, session's handleMail, handleRcpt, handleData and codeForError), message/message.go (same commit:
# SendError and its classes ErrTransient and ErrPermanent), message/parse.go (same commit: parseHeaderFields, whose
# "malformed header line" error makes handleData refuse the message) and gmail/client.go (same commit: Send and
# classifyError, which make a failed call to the API or an HTTP 429 or 5xx transient and any other error status
# permanent). Each reply is one line the code writes as it is, with its own enhanced code.
# Each reply byte for byte, at the stage the code sends it:
#   "530 5.7.0 Authentication required"   to MAIL FROM, for every message from the senders' second addresses (out2,
#                              192.0.2.24 and 192.0.2.34), which send for gus@ and gil@ gamma.test (the client did not
#                              authenticate: neither sending MTA is given credentials)
#   "554 5.6.0 Message content rejected: could not parse message"   after the message, for pam@ and pia@ beta.test (a
#                              header line without a colon)
#   "550 5.1.1 Message rejected by upstream provider"   after the message, for rex@ and ray@ beta.test (the Gmail API
#                              answered with an error status other than 429 or 5xx: a bad request, a permission denied,
#                              a not found)
#   "451 4.3.0 Temporary failure sending message, please retry later"   after the message, to every attempt, for rue@
#                              and rob@ beta.test (the Gmail API could not be called, or answered 429 or 5xx)
# Not served: the greeting "220 smtp2gmail ESMTP" and the EHLO answer "250-smtp2gmail" / "250 AUTH LOGIN PLAIN" (the
# replaying server's are used), the replies to AUTH ("535 5.7.8 Authentication failed", "504 Unrecognized
# authentication mechanism", "501 Malformed base64", "501 Malformed AUTH PLAIN response"), "530 5.7.0 Authentication
# required" to RCPT TO and DATA (MAIL FROM has been refused already), "503 5.5.1 MAIL FROM required before RCPT TO",
# "503 5.5.1 MAIL FROM and RCPT TO required before DATA", "501 Syntax error in parameters" and "500 Command not
# recognized", which no well-behaved relaying MTA meets.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp2gmail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replies are chosen by recipient (and, for the 530, by the sending address), not by anything the senders did: each
# message has one recipient and is a few lines of plain text with well-formed headers. The temporary reply comes on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2gmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp2gmail's replies.
AUTH='530 5.7.0 Authentication required'
PARSE='554 5.6.0 Message content rejected: could not parse message'
UPSTREAM='550 5.1.1 Message rejected by upstream provider'
RETRY='451 4.3.0 Temporary failure sending message, please retry later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTH" \
    client:192.0.2.34 mail "$AUTH" \
    pam@beta.test eom "$PARSE" \
    pia@beta.test eom "$PARSE" \
    rex@beta.test eom "$UPSTREAM" \
    ray@beta.test eom "$UPSTREAM" \
    rue@beta.test eom "$RETRY" \
    rob@beta.test eom "$RETRY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe forum digest goes out on Mondays.\n\nCarol
could-not-parse-message	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe newsletter draft is in the shared folder.\n\nCarol
rejected-by-upstream-provider	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe sign-up reminder went out yesterday.\n\nCarol
temporary-failure-sending	carol@alpha.test	rue@beta.test	192.0.2.25	Rue,\n\nthe password reset link expires in an hour.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe member list export is ready.\n\nPat
exim-could-not-parse-message	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe welcome email template changed.\n\nPat
exim-rejected-by-upstream-provider	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe weekly summary is attached below.\n\nPat
exim-temporary-failure-sending	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe invitation was sent twice by mistake.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (once to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
