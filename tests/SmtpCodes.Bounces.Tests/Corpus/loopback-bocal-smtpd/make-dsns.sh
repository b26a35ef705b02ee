#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bocal-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of bocal-smtpd, the mail server of bocal.fyi (a reader of feeds that gives each user's feed an address at
# its own mail domain, so that newsletters sent there appear in the feed), by mtlaso, written in Go on emersion's
# go-smtp (the repository mtlaso/bocal-smtpd, read with the search tool; no licence file was among the files read;
# only the reply texts are quoted): main.go (commit 5970b8c6dd19, the same texts at 033b6c5ef403), whose Session.Data
# checks SPF (wttw/spf), DKIM and DMARC (emersion/go-msgauth) and answers with four SMTPErrors of its own, each without
# an enhanced code: errInternalServer (451, "Internal server error": the data could not be read or parsed, the From
# field could not be parsed or the envelope sender is empty), errTempfail (451, "Temporary authentication failure":
# checkDmarc found no aligned pass and a temporary SPF, DKIM or DMARC lookup error, ActionDefer), errNoFromHeader (451,
# "No From header": the message has no From field, RFC 7489 6.6.1) and errReject (550, "Email rejected due to DMARC
# policy": no aligned pass and the From domain's policy is reject). go-smtp (v0.23.0 in go.mod; conn.go's
# writeResponse: "All responses must include an enhanced code, if it is missing - use a generic code X.0.0") writes
# each as its code, the generic 4.0.0 or 5.0.0 and the text. Rcpt takes every address (it keeps only those of the feed
# domain).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# bocal-smtpd's and go-smtp's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message (the only stage at which the code refuses):
#   "451 4.0.0 Internal server error"   (errInternalServer) to every attempt, for ines@ and ivo@ beta.test
#   "451 4.0.0 Temporary authentication failure"   (errTempfail) to every attempt, for tara@beta.test (to the Postfix)
#   "451 4.0.0 No From header"   (errNoFromHeader) to every attempt, for nora@beta.test (to the Exim)
#   "550 5.0.0 Email rejected due to DMARC policy"   (errReject) for dana@ and dirk@ beta.test
# Not served: go-smtp's own replies (greeting, EHLO, syntax, sequence, size and recipient-count limits, AUTH). The
# replies are chosen by recipient, not by anything the senders did: the messages carry a From field, no SPF, DKIM or
# DMARC record exists and nothing fails. The temporary replies come on every attempt; each sender warns after a minute
# and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bocal-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): bocal-smtpd's replies as go-smtp writes them.
INTERNAL='451 4.0.0 Internal server error'
DMARC='550 5.0.0 Email rejected due to DMARC policy'
printf '%s\t%s\t%s\n' \
    ines@beta.test eom "$INTERNAL" \
    ivo@beta.test eom "$INTERNAL" \
    tara@beta.test eom '451 4.0.0 Temporary authentication failure' \
    nora@beta.test eom '451 4.0.0 No From header' \
    dana@beta.test eom "$DMARC" \
    dirk@beta.test eom "$DMARC" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
internal-server-error	carol@alpha.test	ines@beta.test	192.0.2.25	Ines,\n\nthe parish newsletter goes out on Friday.\n\nCarol
temporary-authentication-failure	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe weekly digest has a new recipe section.\n\nCarol
email-rejected-due-to-dmarc-policy	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe garden club bulletin is attached below.\n\nCarol
exim-internal-server-error	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe monthly letter from the allotments is here.\n\nPat
exim-no-from-header	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nthe choir newsletter lists the spring concerts.\n\nPat
exim-email-rejected-due-to-dmarc-policy	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe walking group update is short this week.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the four
# temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
