#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mhale-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtpd, the Go SMTP server package of mhale/smtpd ("an SMTP server package written in Go, in the style of
# the built-in HTTP server", based on Brad Fitzpatrick's go-smtpd; its readme: "The remaining code is in the public
# domain", the parts copied from go-smtpd and Go's net/http under their own licences), each reply as its source writes
# it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# the package's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): mhale/smtpd, smtpd.go (commit 026d8f8695cd) and readme.md (commit
# 1f30c89e9916). What the code and the readme say each reply means (its branches and comments):
#   every command but NOOP, EHLO, STARTTLS and QUIT when the server has TLS configured and TLSRequired set and the
#     session has not started TLS ("as per RFC 3207"): "530 5.7.0 Must issue a STARTTLS command first";
#   MAIL FROM with a SIZE parameter above the server's MaxSize, and a message whose data grows past MaxSize while it is
#     read (maxSizeExceededError, "uses the RFC 5321 response message in preference to RFC 1870. RFC 3463 defines
#     enhanced status code x.3.4 as "Message too big for system""): "552 5.3.4 Requested mail action aborted: exceeded
#     storage allocation (%d)", %d the limit in bytes;
#   RCPT TO that the server's HandlerRcpt ("called on RCPT. Return accept status"; the readme's example accepts only
#     the addresses of one domain) does not accept: "550 5.1.0 Requested action not taken: mailbox unavailable";
#   after the message, an error reading the data other than a network error or the size limit: "451 4.3.0 Requested
#     action aborted: local error in processing" ("On other errors, allow the client to try again").
# The selection (stated before the run, not by what any reader makes of the texts): every reply of the package that a
# conforming server delivering plain mail to it can meet about its session, recipient or message, each from both
# senders; the MAIL FROM refusals, which the replaying server keys by client, go to each sender's second address
# (192.0.2.24, the Postfix's, meets the STARTTLS demand; 192.0.2.34, the Exim's, meets the SIZE refusal; they use them
# for gamma.test only), the size refusal after the message to both; at most three recipients to one text but the
# 552, which five meet (two to MAIL FROM, three after the message): one more than the session's rule of four, found
# after the batch was frozen and left as it is.
# Filled in by the run: the limit in "(%d)" with 10485760 (10 MiB; MaxSize has no default, 0 meaning no limit). Not
# served: the replies to malformed or out-of-sequence commands, to HELP, VRFY, EXPN and a STARTTLS that is not
# configured (a conforming sender does not meet them), "452 4.5.3 Too many recipients" (only the 101st recipient of a
# message meets it), the 421 after a read timeout and "403 4.7.0 TLS handshake failed" (neither is chosen by anything a
# table can key). Served:
#   "530 5.7.0 Must issue a STARTTLS command first"                       MAIL FROM, client 192.0.2.24   gia@, gil@gamma.test
#   "552 5.3.4 Requested mail action aborted: exceeded storage allocation (10485760)"
#                                                                         MAIL FROM, client 192.0.2.34   gwen@, glen@gamma.test
#                                                                         after the message   sid@, sol@beta.test; sam@beta.test
#   "550 5.1.0 Requested action not taken: mailbox unavailable"           RCPT TO   mae@, mo@beta.test; mick@beta.test
#   "451 4.3.0 Requested action aborted: local error in processing"       after the message   lars@beta.test; leif@beta.test
#                                                                         (to every attempt, so each sender warns after a
#                                                                         minute and returns the message after 3)
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes,
# neither sender was offered TLS, and nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mhale-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the package's replies.
TOO_BIG='552 5.3.4 Requested mail action aborted: exceeded storage allocation (10485760)'
UNAVAILABLE='550 5.1.0 Requested action not taken: mailbox unavailable'
LOCAL_ERROR='451 4.3.0 Requested action aborted: local error in processing'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 5.7.0 Must issue a STARTTLS command first' \
    client:192.0.2.34 mail "$TOO_BIG" \
    sid@beta.test eom "$TOO_BIG" \
    sam@beta.test eom "$TOO_BIG" \
    mae@beta.test rcpt "$UNAVAILABLE" \
    mo@beta.test rcpt "$UNAVAILABLE" \
    mick@beta.test rcpt "$UNAVAILABLE" \
    lars@beta.test eom "$LOCAL_ERROR" \
    leif@beta.test eom "$LOCAL_ERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (sol@ has no line of its own: it shares sid@'s).
lb_send <<'SEND'
starttls-first	carol@alpha.test	gia@gamma.test,gil@gamma.test	192.0.2.25	Gia, Gil,\n\nthe cycle path reopens on Monday.\n\nCarol
mailbox-unavailable	carol@alpha.test	mae@beta.test,mo@beta.test	192.0.2.25	Mae, Mo,\n\nthe piano tuner comes on Thursday.\n\nCarol
storage-allocation	carol@alpha.test	sid@beta.test,sol@beta.test	192.0.2.25	Sid, Sol,\n\nthe tennis courts are booked for six.\n\nCarol
local-error	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe pub quiz answers are below.\n\nCarol
exim-size-declared	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe harvest supper tickets are on sale.\n\nPat
exim-mailbox-unavailable	pat@pi.test	mick@beta.test	192.0.2.35	Mick,\n\nthe swimming gala starts at two.\n\nPat
exim-storage-allocation	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe village sign is repainted.\n\nPat
exim-local-error	pat@pi.test	leif@beta.test	192.0.2.35	Leif,\n\nthe allotment show is in August.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 for each deferred message (two)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
