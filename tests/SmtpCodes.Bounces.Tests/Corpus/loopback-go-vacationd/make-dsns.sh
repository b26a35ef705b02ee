#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-go-vacationd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of go-vacationd, Richard Kojedzinszky's out-of-office autoresponder daemon in Go on emersion/go-smtp (an LMTP
# server for a pseudo-domain, "autoreply" by default: the site's MTA hands it a copy of each message for a mailbox on
# vacation, addressed as <local part>#<domain>@<autoreply domain>; it answers the sender with an "Auto:" reply through
# the site's SMTP server, with the body from a Postfix Admin vacation table; the repository rkojedzinszky/go-vacationd,
# no licence file read; read with the search tool; only the reply texts are quoted), whose own code writes the words of
# every reply below: pkg/backend/session.go (commit 1dc079dab72e, its errors errInvalidFrom "invalid from address",
# errInvalidRcpt "invalid rcpt address" and errInvalidRcptDomain "invalid rcpt domain"; Mail refuses an envelope sender
# that is neither empty nor of the form ^[^@]+@[^@]+$, Rcpt a recipient not of the form ^([^#]+)#([^@]+)@([^@]+)$ and
# then one whose domain is not the configured autoreply domain), pkg/backend/backend.go and checks.go (same commit:
# after the message it refuses nothing, it only decides whether to answer), cmd/vacationd/main.go (same commit: the
# go-smtp server in LMTP mode) and go.mod (same commit: emersion/go-smtp v0.18.1). The errors are plain Go errors, not
# go-smtp SMTPErrors, so go-smtp writes each as "451 4.0.0 <error>" (read in go-smtp's conn.go, commit 0112262d94af:
# handleMail and handleRcpt write a handler's plain error with code 451 and enhanced code 4.0.0): the words are
# go-vacationd's, the code and enhanced code go-smtp's, and every refusal is temporary.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# go-vacationd's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it, to every attempt:
#   "451 4.0.0 invalid rcpt address"   to RCPT TO, for rex@ and ray@ beta.test (no "#": not an autoreply address)
#   "451 4.0.0 invalid rcpt domain"    to RCPT TO, for ivy#pi.test@ and ida#alpha.test@ beta.test (the autoreply form,
#                                      but beta.test is not the configured autoreply domain)
#   "451 4.0.0 invalid from address"   to MAIL FROM, to the senders' second addresses (192.0.2.24 and 192.0.2.34, which
#                                      carry the mail for gamma.test): for gus@ and gil@ gamma.test
# Not served: go-smtp's greeting and LHLO/EHLO answer (the replaying server's are used) and its own stock replies
# (syntax, sequence, the "This is a LMTP server, use LHLO" refusal of EHLO); the per-recipient failures after the
# message, which are not go-vacationd's words: a message whose header net/mail cannot read, or go-mail's errors while
# it builds or sends the auto-reply, each of which go-smtp would write as "554 5.0.0 Error: transaction failed, ..."
# with the library's text; Data's "unimplemented" (SMTP mode, which the daemon never runs). go-vacationd is an LMTP
# server that the site's own MTA feeds; here it is reached over SMTP, where MAIL FROM and RCPT TO are answered as in LMTP.
# The replies are chosen by recipient and by the sending address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. Every reply is temporary and comes on every attempt; each sender warns
# after a minute and returns the message after 3. Two recipients (one of each sender) to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-go-vacationd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): go-vacationd's replies as go-smtp writes them.
BADRCPT='451 4.0.0 invalid rcpt address'
BADDOMAIN='451 4.0.0 invalid rcpt domain'
BADFROM='451 4.0.0 invalid from address'
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "$BADRCPT" \
    ray@beta.test rcpt "$BADRCPT" \
    'ivy#pi.test@beta.test' rcpt "$BADDOMAIN" \
    'ida#alpha.test@beta.test' rcpt "$BADDOMAIN" \
    client:192.0.2.24 mail "$BADFROM" \
    client:192.0.2.34 mail "$BADFROM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-rcpt-address	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe hedge wants cutting before the frost.\n\nCarol
invalid-rcpt-domain	carol@alpha.test	ivy#pi.test@beta.test	192.0.2.25	Ivy,\n\nthe choir sings at the harvest supper.\n\nCarol
invalid-from-address	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changes in October.\n\nCarol
exim-invalid-rcpt-address	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe beehives are wrapped for winter.\n\nPat
exim-invalid-rcpt-domain	pat@pi.test	ida#alpha.test@beta.test	192.0.2.35	Ida,\n\nthe quilt show opens on Saturday.\n\nPat
exim-invalid-from-address	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe well cover has come loose.\n\nPat
SEND
# for each of the six messages (three to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
