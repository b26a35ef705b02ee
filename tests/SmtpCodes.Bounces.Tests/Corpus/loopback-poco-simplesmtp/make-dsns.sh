#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-poco-simplesmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of POE::Component::Server::SimpleSMTP, Chris "BinGOs" Williams's "simple to use POE SMTP server" in Perl on
# CPAN: a component that in its "simple" mode (the default) is a whole small mail server, which answers the SMTP
# commands itself, queues each message in memory and relays it to a smart host or delivers it by the recipients' MX
# records, with an optional DNSBL check of each connecting client, an optional sender check by an MX lookup of the
# sender's domain and an optional list of the domains it takes mail for (the repository bingos/poe-component-server-
# simplesmtp, lib/POE/Component/Server/SimpleSMTP.pm, the CPAN release 1.50 as kept in the index's copy of the CPAN
# distributions, metacpan/metacpan-cpan-extracted, distros/P/POE-Component-Server-SimpleSMTP, commit ceddf58e5a4f:
# lib/POE/Component/Server/SimpleSMTP.pm, its pod, LICENSE "the same terms as the Perl 5 programming language system
# itself" (GPL-1.0-or-later or Artistic-1.0), t/10_dnsbl.t and t/55_domains.t; the repository's copy at commit
# 62f569c4ddaf is an older version without these checks; read with the search tool; only the reply texts are quoted).
# The module writes each reply whole, as one line, with send_to_client:
#   sub _dnsbl, the answer to a DNSBL lookup of the connecting client (dnsbl_enable; zen.spamhaus.org unless 'dnsbl'
#   names another list): "554 No SMTP service here" instead of the greeting when the client is listed (any answer but
#   NXDOMAIN); MAIL FROM then gets "503 bad sequence of commands";
#   sub SMTPD_cmd_rcpt, the answer to RCPT TO: with sender_verify set, once the MX lookup of the sender's domain
#   (sub _sender_verify) has answered with an error, "550 Sender verify failed" for NXDOMAIN and "451 Temporary local
#   problem - please try later" for any other error (a SERVFAIL, the pod says), each ending the transaction; and
#   "550 #5.1.0 Address rejected <address>" (the address as given inside the angle brackets) when 'domains' is set and
#   does not name the recipient's domain (sub _recipient_domain);
#   sub SMTPD_cmd_data, the answer to DATA: the same two sender-check replies when the MX lookup answered only after
#   the RCPT TO commands.
# The words of three of them are older common ones that other programs use too (Exim's "Sender verify failed" and
# "Temporary local problem - please try later", the "#5.1.0 Address rejected" of Google's mail servers of the 2000s);
# here the module's own code writes them.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# POE::Component::Server::SimpleSMTP's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "554 No SMTP service here"   instead of the greeting, to every connection from the senders' second addresses
#                              (192.0.2.24 and 192.0.2.34, the routes to gamma.test), for gus@ and gil@ gamma.test
#   "550 Sender verify failed"   to RCPT TO, for vic@ and val@ beta.test
#   "451 Temporary local problem - please try later"   to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "550 #5.1.0 Address rejected <address>"   to RCPT TO, for dee@ and dex@ delta.test (a domain the 'domains' list
#                              does not name; the run's DNS gives delta.test the replaying server as its MX)
# Not served: the module's greeting and EHLO answer (the replaying server's are used); "503 bad sequence of commands"
# (MAIL FROM after the DNSBL refusal, which neither sender sends: both end the session after a 5xx greeting); the two
# sender-check replies to DATA (the same words as to RCPT TO); the sequence and syntax replies ("503 Sender already
# specified", "503 Need MAIL before RCPT", "503 Need MAIL command", "503 Need RCPT (recipient)", "501 Syntax error in
# parameters scanning '...'", "500 Syntax error, command unrecognized"), which no relaying MTA meets; and the replies a
# program that turns 'simple' off writes itself. The sender check keys on the sender's domain; the replaying server
# keys every reply on the recipient (or the client's address), so the two senders' usual addresses stand for senders
# whose domains the lookup found missing or could not look up. Each message has one recipient and is a few lines of
# plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns the message
# after 3. The 554 greeting is final for the Exim, which returns the message at once ("after initial connection"); the
# Postfix takes it as the host's refusal to talk, skips the host (smtp_skip_5xx_greeting, yes by default) and tries
# again, so it warns after a minute and returns the message after 3 like a temporary reply. At most 2 recipients to
# one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-poco-simplesmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): POE::Component::Server::SimpleSMTP's replies.
NOSERVICE='554 No SMTP service here'
NOSENDER='550 Sender verify failed'
LOCAL='451 Temporary local problem - please try later'
REJECTED='550 #5.1.0 Address rejected {rcpt}'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$NOSERVICE" \
    client:192.0.2.34 connect "$NOSERVICE" \
    vic@beta.test rcpt "$NOSENDER" \
    val@beta.test rcpt "$NOSENDER" \
    tia@beta.test rcpt "$LOCAL" \
    tom@beta.test rcpt "$LOCAL" \
    dee@delta.test rcpt "$REJECTED" \
    dex@delta.test rcpt "$REJECTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-smtp-service-here	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club meets at the boathouse on Sunday.\n\nCarol
sender-verify-failed	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe lantern walk starts from the church gate.\n\nCarol
temporary-local-problem	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe pottery kiln is free on Thursday.\n\nCarol
address-rejected	carol@alpha.test	dee@delta.test	192.0.2.25	Dee,\n\nthe allotment gate has a new padlock.\n\nCarol
exim-no-smtp-service-here	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe ferry times changed for the winter.\n\nPat
exim-sender-verify-failed	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe bell ringers practise on Wednesday night.\n\nPat
exim-temporary-local-problem	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe cider press is back from the farm.\n\nPat
exim-address-rejected	pat@pi.test	dex@delta.test	192.0.2.35	Dex,\n\nthe map of the footpaths is in the porch.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then a warning after a
# minute and a return after 3 for the temporary reply from each sender and for the 554 greeting from the Postfix (the
# eleventh, the last, is collected in the half minute after the tenth)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
