#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cosullivan-smtpserver: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of SmtpServer, the .NET SMTP server library of cosullivan/SmtpServer (Cain O'Sullivan; MIT licence), each
# reply as its source writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends
# with the run. The words are the library's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The source (read with the search tool): cosullivan/SmtpServer, Src/SmtpServer/Protocol/SmtpResponse.cs (commit
# 10fd3b26569212f8577f68e051cdabdb20bb12d4: the reply texts), Src/SmtpServer/Protocol/MailCommand.cs (commit
# 0b2f431c15c499fc26de00b95a97743b20fd7617), Src/SmtpServer/Protocol/RcptCommand.cs (commit
# 038bba3c4dd268ed8afe286d4682e2b440a09853), Src/SmtpServer/Storage/MailboxFilterResult.cs and the README's sample
# mailbox filter. What the code says each reply means:
#   MailCommand, to MAIL FROM: "552 size limit exceeded" (SmtpResponse.SizeLimitExceeded) when the SIZE the client
#     declares is over the server's MaxMessageSize, or the mailbox filter answers SizeLimitExceeded ("The message size
#     limit has been exceeded"); "553 mailbox name not allowed" (SmtpResponse.MailboxNameNotAllowed) when the mailbox
#     filter's CanAcceptFromAsync answers NoPermanently ("Permanently not accepted"; the README's sample filter so
#     refuses every sender whose host is not test.com);
#   RcptCommand, to RCPT TO: "553 mailbox name not allowed" when the filter's CanDeliverToAsync answers NoPermanently
#     (the recipient is permanently not accepted).
# The selection (stated before the run, not by what any reader makes of the texts): the library's own refusals that a
# conforming server delivering plain mail to it can meet and whose meaning the code states; the MAIL FROM refusals,
# which the replaying server keys by client, go to each sender's second address (192.0.2.24, the Postfix's, meets the
# sender refusal; 192.0.2.34, the Exim's, meets the size refusal; they use them for gamma.test only); never more than
# four recipients to one text. Not served: "550 mailbox unavailable", which the library sends for the filter's
# NoTemporarily ("Temporarily not accepted") though its code is permanent (a refusal whose meaning the code and its
# words contradict), "554 no valid recipients given" (DATA after every RCPT TO was refused, which neither sender
# sends), the bare "554" of a failed store, and the replies to malformed commands and AUTH. Served:
#   "553 mailbox name not allowed"      MAIL FROM, client 192.0.2.24   gale@, gary@gamma.test
#                                       RCPT TO   nan@beta.test; nia@beta.test
#   "552 size limit exceeded"           MAIL FROM, client 192.0.2.34   gwen@, glen@gamma.test
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes
# and the senders' domains are not refused anywhere else.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cosullivan-smtpserver}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the library's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '553 mailbox name not allowed' \
    client:192.0.2.34 mail '552 size limit exceeded' \
    nan@beta.test rcpt '553 mailbox name not allowed' \
    nia@beta.test rcpt '553 mailbox name not allowed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-allowed	carol@alpha.test	gale@gamma.test,gary@gamma.test	192.0.2.25	Gale, Gary,\n\nthe marquee goes up on Friday.\n\nCarol
recipient-not-allowed	carol@alpha.test	nan@beta.test	192.0.2.25	Nan,\n\nthe lending library has your book.\n\nCarol
exim-size-limit	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe boules match is on the green.\n\nPat
exim-recipient-not-allowed	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe night walk is cancelled.\n\nPat
SEND
# four returns at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
