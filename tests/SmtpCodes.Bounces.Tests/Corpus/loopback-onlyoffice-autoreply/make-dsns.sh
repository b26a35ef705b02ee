#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-onlyoffice-autoreply: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the autoreply service of ONLYOFFICE Community Server (Ascensio System's collaboration suite in C# on
# .NET; module ASC.Mail.Autoreply, a Windows service with its own SMTP listener on ASC.Mail.Net, the suite's copy of the
# LumiSoft.Net SMTP server classes: a portal user mails to an address on the portal's domain whose local part names what
# the mail becomes, task_<project>@ and message_<project>@ a project task or discussion, file_my@ (and file_common@,
# file_share@, file_<folder>@) a document, blog@ and event@ a community post, reply_<kind>_<id>@ a comment, and the
# service posts it to the portal's REST API as that user; a cooldown caps how often one user may use it; the repository
# ONLYOFFICE/CommunityServer; its files' headers say Apache-2.0 in the later copies, AGPL-3.0 or GPL-3.0 in earlier ones;
# read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# module/ASC.Mail/ASC.Mail.Autoreply/AutoreplyService.cs (commit 02c3256760787f7a336261d036df0596fa962bf0; the same
# texts in the stored copies of 2010-2015, 2010-2020 and 2010-2021 and in BenJaziaSadok/teamlab.v7.5's TeamLab copy),
# OnSessionRcptTo, the handler of the SMTP session's RcptTo event, which sets e.Reply = new SMTP_Reply(code, text); the
# session writes it as "<code> <text>", one line, no enhanced status code. The addresses it tests:
# AddressParsers/AddressParser.cs (ParseRequestInfo: the local part must match a parser's route and the domain must be
# a portal's, CoreContext.TenantManager.GetTenant(host), else null), ProjectAddressParser.cs
# (^(task|message)_(\d+)$), FileAddressParser.cs (^file_(my|common|share|\d+)$), CommunityAddressParser.cs
# (^(blog|event)$), CommentAddressParser.cs (^reply_<kind>_...); CooldownInspector.cs (GetCooldownRemainigTime: once a
# user has made the allowed number of requests within the configured interval, the rest of the cooldown) and
# Configuration.cs. The replies, all to RCPT TO, all permanent:
#   "501 Could not create request from the address <recipient>" (no address parser makes a request of the recipient:
#   its local part is no route, or its domain is no portal's);
#   "501 Could not find user by email address <sender>" (the envelope sender, a BATV prvs= prefix stripped, is no user
#   of the recipient's portal: UserManager.GetUserByEmail gave Constants.LostUser);
#   "554 User <sender> can not use the autoreply service for another <n> minutes" (the sender's cooldown: n is the
#   remaining time's minutes rounded up, Math.Ceiling of a double, written without decimals).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# autoreply service's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it (beta.test stands for a portal's domain, gamma.test for a
# domain that is no portal's):
#   "501 Could not create request from the address tasks_12@beta.test"   to RCPT TO, for tasks_12@beta.test (no route)
#   "501 Could not create request from the address news@beta.test"   to RCPT TO, for news@beta.test (no route)
#   "501 Could not create request from the address task_7@gamma.test"   to RCPT TO, for task_7@gamma.test (no portal)
#   "501 Could not create request from the address blog@gamma.test"   to RCPT TO, for blog@gamma.test (no portal)
#   "501 Could not find user by email address carol@alpha.test"   to RCPT TO, for blog@beta.test (the Postfix's sender)
#   "501 Could not find user by email address pat@pi.test"   to RCPT TO, for file_my@beta.test (the Exim's sender)
#   "554 User carol@alpha.test can not use the autoreply service for another 14 minutes"   to RCPT TO, for
#                              task_12@beta.test
#   "554 User carol@alpha.test can not use the autoreply service for another 1 minutes"   to RCPT TO, for event@beta.test
#   "554 User pat@pi.test can not use the autoreply service for another 3 minutes"   to RCPT TO, for message_7@beta.test
#   "554 User pat@pi.test can not use the autoreply service for another 28 minutes"   to RCPT TO, for task_31@beta.test
# Not served: the greeting, the EHLO answer and every other reply of the SMTP session (ASC.Mail.Net's, the library's:
# LumiSoft.Net's words, not the service's; the replaying server's are used), among them its limits on connections,
# transactions, recipients and message size, which the service only configures. The service writes no temporary reply
# and no reply after the message (a failed API request is logged, not answered), so every message is returned at once.
# The replies are chosen by recipient, not by anything the senders did: no portal, user or cooldown was consulted; the
# minutes are the run's choice. Each message has one recipient and is a few lines of plain text (its To header names the
# recipient). Each reply text names its own address, so no text is served to more than one recipient.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-onlyoffice-autoreply}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the autoreply service's replies.
NOREQ='501 Could not create request from the address'
NOUSER='501 Could not find user by email address'
printf '%s\t%s\t%s\n' \
    tasks_12@beta.test rcpt "$NOREQ tasks_12@beta.test" \
    news@beta.test rcpt "$NOREQ news@beta.test" \
    task_7@gamma.test rcpt "$NOREQ task_7@gamma.test" \
    blog@gamma.test rcpt "$NOREQ blog@gamma.test" \
    blog@beta.test rcpt "$NOUSER carol@alpha.test" \
    file_my@beta.test rcpt "$NOUSER pat@pi.test" \
    task_12@beta.test rcpt '554 User carol@alpha.test can not use the autoreply service for another 14 minutes' \
    event@beta.test rcpt '554 User carol@alpha.test can not use the autoreply service for another 1 minutes' \
    message_7@beta.test rcpt '554 User pat@pi.test can not use the autoreply service for another 3 minutes' \
    task_31@beta.test rcpt '554 User pat@pi.test can not use the autoreply service for another 28 minutes' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-request-for-address	carol@alpha.test	tasks_12@beta.test	192.0.2.25	Fix the gutter over the porch\n\nThe downpipe is loose too.\n\nCarol
no-request-for-other-domain	carol@alpha.test	task_7@gamma.test	192.0.2.25	Order more seed trays\n\nForty will do for spring.\n\nCarol
sender-not-portal-user	carol@alpha.test	blog@beta.test	192.0.2.25	Notes from the harvest supper\n\nThe choir sang three songs.\n\nCarol
autoreply-cooldown	carol@alpha.test	task_12@beta.test	192.0.2.25	Paint the bench by the pond\n\nGreen, like last year.\n\nCarol
autoreply-cooldown-last-minute	carol@alpha.test	event@beta.test	192.0.2.25	Lantern walk\n\nSaturday at dusk, from the green.\n\nCarol
exim-no-request-for-address	pat@pi.test	news@beta.test	192.0.2.35	Village news\n\nThe ferry timetable changed.\n\nPat
exim-no-request-for-other-domain	pat@pi.test	blog@gamma.test	192.0.2.35	The barn owl is back\n\nSeen twice this week.\n\nPat
exim-sender-not-portal-user	pat@pi.test	file_my@beta.test	192.0.2.35	Tide tables\n\nThe new ones are attached below.\n\nPat
exim-autoreply-cooldown	pat@pi.test	message_7@beta.test	192.0.2.35	The well cover\n\nIt needs a new hinge.\n\nPat
exim-autoreply-cooldown-long	pat@pi.test	task_31@beta.test	192.0.2.35	Sweep the apple store\n\nBefore the frost comes.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
