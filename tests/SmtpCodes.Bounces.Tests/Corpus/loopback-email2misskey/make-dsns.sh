#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email2misskey: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of email2misskey, Nya One's e-mail-to-Misskey bridge in Go on flashmob/go-guerrilla (the MX of a domain whose
# addresses are the usernames of one Misskey instance: each message for a user there is uploaded to the bridge
# account's Misskey drive and announced to the user in a private note; the repository nyaone/email2misskey, no licence
# text read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below, in
# the go-guerrilla save processor of handlers/email.go (commit 006b02b304d8, IncomingEMAil), with the texts of the
# errors it passes on from misskey/base.go (PostAPIRequest) and misskey/upload_file.go (UploadFile) (commit
# 979dcc9da936), and inits/smtp.go (the processor chain HeadersParser|Header|Hasher|<its own>). Each refusal is a
# go-guerrilla result the code writes as fmt.Sprintf("<code> Error: %s", err), with no enhanced code, and go-guerrilla
# sends it as it is after the message's final dot:
#   "552 Error: email too large" (the message is over the configured size limit), "503 Error: %!s(<nil>)" (a DKIM
#   signature did not verify: the code formats the outer err, which is nil there, so Go's fmt writes "%!s(<nil>)"),
#   "554 Error: <error>" when the lookup of a recipient's Misskey user fails (GetTargetUserID: a redis cache, then the
#   instance's API users/show; a user the instance does not know comes back as the API's error message, Misskey's own
#   "No such user.", and an instance that cannot be reached as Go's net/http error) and "554 Error: <error>" when the
#   upload to the bridge account's drive fails (the API's drive/files/create error message, Misskey's own "Cannot upload
#   the file because you have no free space of drive." or "Cannot upload the file because it exceeds the maximum file
#   size.").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# email2misskey's (and, inside two of its replies, Misskey's API errors and Go's); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot; the instance's host
# name is misskey.beta.test, at 192.0.2.44, in the network error):
#   "552 Error: email too large"   for liv@ and lux@ beta.test
#   "503 Error: %!s(<nil>)"   for dax@ and dee@ beta.test
#   "554 Error: No such user."   for nox@ and nim@ beta.test
#   "554 Error: Post "https://misskey.beta.test/api/users/show": dial tcp 192.0.2.44:443: connect: connection refused"
#                              for kit@ and kai@ beta.test
#   "554 Error: Cannot upload the file because you have no free space of drive."   for fen@ and fay@ beta.test
#   "554 Error: Cannot upload the file because it exceeds the maximum file size."   for max@ and mia@ beta.test
# Not served: go-guerrilla's greeting, EHLO answer and its own stock replies (among them "454 4.1.1 Error: Relay access
# denied: <domain>" to RCPT TO for a domain not in AllowedHosts, and its size and syntax replies); "451 Error: <error>"
# (dkim.Verify could not read the message's header at all; the error is go-msgauth's); "551 Error: no user found" (the
# code sends it only when no recipient resolved and none failed, which GetTargetUserID never yields: it returns a user
# or an error); a failed private note (logged, the message is accepted). Misskey's other API errors (rate limits,
# internal errors) would come as "554 Error: <message>" the same way.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text, without a DKIM signature. Every reply is permanent, so each sender returns its message at once.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email2misskey}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): email2misskey's replies.
TOOLARGE='552 Error: email too large'
DKIM='503 Error: %!s(<nil>)'
NOUSER='554 Error: No such user.'
UNREACHABLE='554 Error: Post "https://misskey.beta.test/api/users/show": dial tcp 192.0.2.44:443: connect: connection refused'
DRIVEFULL='554 Error: Cannot upload the file because you have no free space of drive.'
MAXFILE='554 Error: Cannot upload the file because it exceeds the maximum file size.'
printf '%s\t%s\t%s\n' \
    liv@beta.test eom "$TOOLARGE" \
    lux@beta.test eom "$TOOLARGE" \
    dax@beta.test eom "$DKIM" \
    dee@beta.test eom "$DKIM" \
    nox@beta.test eom "$NOUSER" \
    nim@beta.test eom "$NOUSER" \
    kit@beta.test eom "$UNREACHABLE" \
    kai@beta.test eom "$UNREACHABLE" \
    fen@beta.test eom "$DRIVEFULL" \
    fay@beta.test eom "$DRIVEFULL" \
    max@beta.test eom "$MAXFILE" \
    mia@beta.test eom "$MAXFILE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
email-too-large	carol@alpha.test	liv@beta.test	192.0.2.25	Liv,\n\nthe ferry timetable changes in May.\n\nCarol
dkim-not-verified	carol@alpha.test	dax@beta.test	192.0.2.25	Dax,\n\nthe hedge wants trimming before June.\n\nCarol
no-such-user	carol@alpha.test	nox@beta.test	192.0.2.25	Nox,\n\nthe choir sings at the harvest supper.\n\nCarol
instance-unreachable	carol@alpha.test	kit@beta.test	192.0.2.25	Kit,\n\nthe kite festival is on the downs.\n\nCarol
drive-no-free-space	carol@alpha.test	fen@beta.test	192.0.2.25	Fen,\n\nthe apple store needs sweeping.\n\nCarol
drive-max-file-size	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe tide tables are pinned by the door.\n\nCarol
exim-email-too-large	pat@pi.test	lux@beta.test	192.0.2.35	Lux,\n\nthe lighthouse tour starts at two.\n\nPat
exim-dkim-not-verified	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe quilt show is in the chapel.\n\nPat
exim-no-such-user	pat@pi.test	nim@beta.test	192.0.2.35	Nim,\n\nthe stile by the brook is mended.\n\nPat
exim-instance-unreachable	pat@pi.test	kai@beta.test	192.0.2.35	Kai,\n\nthe rowing boat is back on its trailer.\n\nPat
exim-drive-no-free-space	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe jam jars are washed and ready.\n\nPat
exim-drive-max-file-size	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe owl box is up in the ash tree.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
