#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp4dev: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that smtp4dev (Robert Wood's fake SMTP server for development and testing, rnwood/smtp4dev, and its SMTP library
# Rnwood.SmtpServer; its LICENSE the "Simplified BSD License", BSD-2-Clause) writes to a client that delivers mail to
# it, each reply as its source writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh),
# so it all ends with the run. The words are smtp4dev's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): rnwood/smtp4dev, Rnwood.Smtp4dev/Server/Smtp4devServer.cs (commit
# 56b64e45251e), Rnwood.Smtp4dev/Server/ScriptingHost.cs (commit 0dc7732bc6a3) and Rnwood.SmtpServer/Verbs/DataVerb.cs
# (commit e1aa01b3ca31). What the code says each reply means (its settings and branches):
#   OnMessageStart, to MAIL FROM: "451 Secure connection required" when the server option SecureConnectionRequired is
#     set and the session is not secured (TLS); "530 Authentication is required"
#     (StandardSmtpResponseCode.AuthenticationRequired) when AuthenticationRequired is set and the session has not
#     authenticated;
#   OnMessageRecipientAddingEventHandler, to RCPT TO: "550 Recipient rejected"
#     (StandardSmtpResponseCode.RecipientRejected) when the server option RecipientValidationExpression, a JavaScript
#     expression the user writes over the recipient and the session, does not accept the recipient;
#   OnMessageCompleted with ScriptingHost.ValidateMessage, after the message: "554 Message rejected by
#     MessageValidationExpression" (StandardSmtpResponseCode.TransactionFailed) when the server option
#     MessageValidationExpression, an expression over the message and the session, returns false;
#   DataVerb, after the message: "552 Message exceeds fixed size limit" (StandardSmtpResponseCode.
#     ExceededStorageAllocation) when the message is larger than the server's maximum message size.
# The selection (stated before the run, not by what any reader makes of the texts): every reply of smtp4dev's own words
# that a conforming server delivering plain mail to it can meet about its session, recipient or message, each from
# both senders but the two MAIL FROM refusals, which the replaying server keys by client: each sender's second address
# (192.0.2.24, the Postfix's, and 192.0.2.34, the Exim's, which they use for gamma.test only) meets one of them, on
# every message to gamma.test; never more than three recipients to one text. Not served: the replies whose words the
# user's expression writes itself (a string or error(code, message) result), the replies to a failing expression
# ("... failed"), the CommandValidationExpression's (it answers any command, a stage the table cannot name), the AUTH
# replies and the library's replies to malformed commands (a conforming sender does not meet them). Served:
#   "530 Authentication is required"                          MAIL FROM, client 192.0.2.24   gil@, gus@gamma.test
#   "451 Secure connection required"                          MAIL FROM, client 192.0.2.34   gwen@gamma.test (to every
#                                                             attempt, so the Exim warns after a minute and returns
#                                                             the message after 3)
#   "550 Recipient rejected"                                  RCPT TO   rob@, ron@beta.test; roy@beta.test
#   "552 Message exceeds fixed size limit"                    after the message   liv@, lou@beta.test; lee@beta.test
#   "554 Message rejected by MessageValidationExpression"     after the message   mel@, meg@beta.test; moss@beta.test
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few lines, and
# neither sender was offered authentication or TLS.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp4dev}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp4dev's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 Authentication is required' \
    client:192.0.2.34 mail '451 Secure connection required' \
    rob@beta.test rcpt '550 Recipient rejected' \
    ron@beta.test rcpt '550 Recipient rejected' \
    roy@beta.test rcpt '550 Recipient rejected' \
    liv@beta.test eom '552 Message exceeds fixed size limit' \
    lee@beta.test eom '552 Message exceeds fixed size limit' \
    mel@beta.test eom '554 Message rejected by MessageValidationExpression' \
    moss@beta.test eom '554 Message rejected by MessageValidationExpression' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (lou@ and meg@ have no line of their own: they share it).
lb_send <<'SEND'
authentication-required	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe recycling bins go out on Tuesday.\n\nCarol
recipient-rejected	carol@alpha.test	rob@beta.test,ron@beta.test	192.0.2.25	Rob, Ron,\n\nthe boat club dinner is booked.\n\nCarol
size-limit	carol@alpha.test	liv@beta.test,lou@beta.test	192.0.2.25	Liv, Lou,\n\nthe hall keys are with the caretaker.\n\nCarol
message-rejected	carol@alpha.test	mel@beta.test,meg@beta.test	192.0.2.25	Mel, Meg,\n\nthe bridge club starts again in May.\n\nCarol
exim-secure-connection	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe toddler group moved to Wednesday.\n\nPat
exim-recipient-rejected	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe skate park opens on Saturday.\n\nPat
exim-size-limit	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe model railway show needs stewards.\n\nPat
exim-message-rejected	pat@pi.test	moss@beta.test	192.0.2.35	Moss,\n\nthe church bells are rung at noon.\n\nPat
SEND
# seven returns at once, then a warning after a minute and a return after 3 for the deferred message
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
