#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-go-smtp-slacker: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Go SMTP Slacker, Mario Santos's SMTP server that turns the mail it receives into Slack direct messages to
# the users whose e-mail addresses the messages are sent to (repository ruizink/go-smtp-slacker, read with the search
# tool: internal/email/email.go at commits 6616f8bb6bae and 61afd1cc859b, whose session's Mail and Rcpt check the
# sender and the recipient against the configuration's policies and refuse with an SMTPError of code 550 and no
# enhanced code, which emersion/go-smtp (v0.24.0 in go.mod) writes with its generic X.0.0; README.md at 6f20e2666f87,
# "smtp.policies": "Policies allow you to control which emails are accepted based on sender (from) and recipient (to)
# addresses. This is useful for preventing unauthorized use", a deny pattern rejects, an allow pattern accepts, else
# the default-action; LICENSE at 61afd1cc859b: MIT, "Copyright (c) 2025 Mário Santos"; only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are Go SMTP Slacker's; the DSNs are made.
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
#   "550 5.0.0 Sender not allowed"   (session.Mail: isAddressAllowed finds the sender in smtp.policies.from's deny
#                              patterns, or in none of its allow patterns under default-action deny, the README's
#                              example; go-smtp adds 5.0.0 to an SMTPError without an enhanced code) to MAIL FROM, to
#                              the Postfix's and the Exim's second addresses (out2.alpha.test and out2.pi.test, which
#                              send for gamma.test), for gus@, gail@, gina@ and glen@ gamma.test
#   "550 5.0.0 Recipient not allowed"   (session.Rcpt: the same check of smtp.policies.to, the recipient matched by a
#                              deny pattern or by no allow pattern under default-action deny) to RCPT TO, for bob@,
#                              ben@, bea@ and bart@ beta.test
# Not served: go-smtp's own replies (among them "502 5.7.0 Please authenticate first", which Mail, Rcpt and Data answer
# when smtp.auth is on and the client has not logged in, and its size and recipient-count limits); the Slack side's
# failures (user not found by e-mail, DM not opened, message not posted) come after the message was accepted and go
# only to the log; a message that does not parse is accepted and dropped.
# The replies are chosen by client address or recipient, not by anything the senders did: no policy lists any address.
# Every reply is permanent, so each message is returned at once. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-go-smtp-slacker}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Go SMTP Slacker's replies.
SENDER='550 5.0.0 Sender not allowed'
RCPT='550 5.0.0 Recipient not allowed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    bob@beta.test rcpt "$RCPT" \
    ben@beta.test rcpt "$RCPT" \
    bea@beta.test rcpt "$RCPT" \
    bart@beta.test rcpt "$RCPT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe disk on the build server is at ninety percent.\n\nCarol
sender-not-allowed-again	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe nightly backup finished late again.\n\nCarol
recipient-not-allowed	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe certificate on the wiki expires in ten days.\n\nCarol
recipient-not-allowed-again	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe printer on the second floor is out of toner.\n\nCarol
exim-sender-not-allowed	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe staging database was restarted at noon.\n\nPat
exim-sender-not-allowed-again	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe door badge reader needs new batteries.\n\nPat
exim-recipient-not-allowed	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe load balancer logs are rotated weekly now.\n\nPat
exim-recipient-not-allowed-again	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe office plants were watered on Friday.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
