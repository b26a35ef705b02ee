#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-proxsmtp: a receiving SMTP server (../loopback-replay.py) answers with the stock
# reply texts of two programs that stand between a receiving MTA and a content scanner, as their own sources give them,
# read with the search tool:
# - ProxSMTP (proxsmtpd, Stef Walter's / Nate Nielsen's filtering SMTP proxy, memberwebs.com, forked from ClamSMTP;
#   read in the repository copy androdev4u/proxsmtp, whose src/proxsmtpd.c knows the filter types pipe, file, smtp and
#   reject; BSD-style licence of three clauses, "Copyright (c) 2004, Stefan Walter"). It
#   passes each message, once received whole, through a FilterCommand; a filter that exits non-zero has the message
#   refused with the last line it wrote to stderr. Its common/smtppass.c, sp_fail_data(): a text that does not begin
#   with a three-digit code is sent behind the prefix SMTP_REJPREFIX "550 Content Rejected; ", one that does is sent as
#   it is; src/proxsmtpd.c: a filter that wrote nothing is refused with REJECTED "Content Rejected"
#   (final_reject_message), and `FilterType: reject` refuses every message at DATA with its FilterReject setting,
#   DEFAULT_REJECT "530 Email Rejected". Its sample filter scripts/spamassassin.sh ("PROXSMTP SAMPLE SCRIPT ... A simple
#   proxsmtp script which sends email through spamassassin") writes, when `spamassassin -e` says spam: echo "550 Content
#   Rejected: We don't like spam" >&2 ("The last line of output to stderr will be used as an error message when the
#   filter fails").
# - amavisd-milter (Petr Rehor's milter for amavis, prehor/amavisd-milter; BSD 3-clause licence, "Copyright (c) 2005,
#   Petr Rehor"). Its amavisd-milter/mlfi.c, mlfi_setreply_tempfail(): rcode "451", xcode "4.6.0", reason "Content
#   scanner malfunction", the reply it sets on every failure of its own or of its link to amavisd (no connection to the
#   amavisd socket, a write that fails, a malformed AM.PDP answer) before it returns SMFIS_TEMPFAIL; its other replies
#   are amavisd's own (passed through from AM.PDP's setreply), which this batch does not serve.
# Changed: nothing in the words; each text is served as the MTA in front would send it: ProxSMTP's after the message's
# final dot (it judges the cached message) or, for FilterType reject, to DATA; the milter's tempfail after the final
# dot (it answers at end of message). Not served: smtppass.c's "451 Local Error" (ClamSMTP's batch loopback-clamsmtp
# shows it from the same shared code), "421 Server busy, too many connections" (a connect-stage reply that would stop
# the sender's other scenarios here), "554 Insufficient authorization" and "502 Command not implemented" (answers to
# XCLIENT, STARTTLS and BDAT, which these senders do not send).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are ProxSMTP's and amavisd-milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served:
#   "550 Content Rejected: We don't like spam" (ProxSMTP's sample SpamAssassin filter), after the final dot
#                                                         to nora@beta.test (Postfix and Exim)
#   "550 Content Rejected; Content Rejected" (ProxSMTP, a filter that failed without a word), after the final dot
#                                                         to ned@beta.test and nell@beta.test (Postfix; Exim to ned)
#   "530 Email Rejected" (ProxSMTP's FilterType reject), to DATA
#                                                         to olga@beta.test (Postfix and Exim)
#   "451 4.6.0 Content scanner malfunction" (amavisd-milter), after the final dot
#                                                         to otto@beta.test (Postfix and Exim: a warning after 1
#                                                         minute, a return after 3)
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text,
# the senders' addresses and hosts resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-proxsmtp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ProxSMTP's and amavisd-milter's replies as they go on the wire.
printf '%s\t%s\t%s\n' \
    nora@beta.test eom "550 Content Rejected: We don't like spam" \
    ned@beta.test eom '550 Content Rejected; Content Rejected' \
    nell@beta.test eom '550 Content Rejected; Content Rejected' \
    olga@beta.test data '530 Email Rejected' \
    otto@beta.test eom '451 4.6.0 Content scanner malfunction' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spam-rejected	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe offer we spoke of is below.\n\nCarol
content-rejected	carol@alpha.test	ned@beta.test,nell@beta.test	192.0.2.25	Ned, Nell,\n\nthe plans for the garden.\n\nCarol
email-rejected	carol@alpha.test	olga@beta.test	192.0.2.25	Olga,\n\nthe invoice for March.\n\nCarol
scanner-malfunction	carol@alpha.test	otto@beta.test	192.0.2.25	Otto,\n\nthe minutes of Tuesday.\n\nCarol
exim-spam-rejected	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nour prices for the summer.\n\nPat
exim-content-rejected	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe photos from the trip.\n\nPat
exim-email-rejected	pat@pi.test	olga@beta.test	192.0.2.35	Olga,\n\nthe order number is 4711.\n\nPat
exim-scanner-malfunction	pat@pi.test	otto@beta.test	192.0.2.35	Otto,\n\nthe choir meets on Friday.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 from each sender for the deferred message
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
