#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-odqmail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# ODQmail, oditynet's ("ODQ Mail Server") small mail server in C for the domain oditynet.ru: one program with IMAP,
# IMAPS, SMTP and SMTPS listeners on pthreads and OpenSSL, which keeps users and messages in its own database
# (mail_db.h), refuses mail from the domains of a configured block list and relays mail for other domains through their
# MX (repository oditynet/ODQmail, comments in Russian, no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below: mail_server.c (commit f3aefdb0b5cd; handle_smtp_client,
# the one not commented out, each reply a string literal with its enhanced code, sent by send_response as it is):
#   to RCPT TO "550 5.1.1 User unknown" (an address in oditynet.ru that is no user of the database);
#   after the message "550 5.7.1 Message rejected: sender domain blocked" (is_domain_blocked: the envelope sender's
#   domain is on the configured security.blocked_domains list) and "550 5.0.0 Error: Failed to store message"
#   (db_store_email failed);
#   during the message "552 5.3.4 Error: message too large" (the 64 KiB data buffer would overflow; the code sends it
#   at once, in the middle of the data, and goes back to reading commands).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ODQmail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the 552 after the message: see above):
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and ulf@ beta.test
#   "550 5.7.1 Message rejected: sender domain blocked"   after the message, for bo@ and bea@ beta.test
#   "550 5.0.0 Error: Failed to store message"   after the message, for sy@ and sal@ beta.test
#   "552 5.3.4 Error: message too large"   after the message, for lars@ and lee@ beta.test
# Not served: the greeting "220 oditynet.ru ESMTP ODQ Mail Server ready" and the EHLO answer (the replaying server's are
# used), "501 5.5.4 Syntax error in parameters", "503 5.5.1 Error: need MAIL and RCPT commands", "500 5.5.1 Command not
# recognized: <line>", the AUTH replies, the 250s ("250 2.1.5 OK - will attempt delivery" to an address of another
# domain) and the commented-out earlier handlers' replies (the same texts). The replies are chosen by recipient, not by
# anything the senders did: no database or block list was consulted, alpha.test and pi.test are on no list, and the
# messages are a few lines of plain text. The code writes no temporary reply, so every message is returned at once. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-odqmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ODQmail's replies.
UNKNOWN='550 5.1.1 User unknown'
BLOCKED='550 5.7.1 Message rejected: sender domain blocked'
STORE='550 5.0.0 Error: Failed to store message'
TOOLARGE='552 5.3.4 Error: message too large'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$UNKNOWN" \
    ulf@beta.test rcpt "$UNKNOWN" \
    bo@beta.test eom "$BLOCKED" \
    bea@beta.test eom "$BLOCKED" \
    sy@beta.test eom "$STORE" \
    sal@beta.test eom "$STORE" \
    lars@beta.test eom "$TOOLARGE" \
    lee@beta.test eom "$TOOLARGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe pantomime rehearsal moved to Tuesday.\n\nCarol
sender-domain-blocked	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe rowing club needs a new cox.\n\nCarol
failed-to-store-message	carol@alpha.test	sy@beta.test	192.0.2.25	Sy,\n\nthe dry stone wall is finished.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe bonfire is on the green this year.\n\nCarol
exim-user-unknown	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe ice rink opens on Friday.\n\nPat
exim-sender-domain-blocked	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe parish newsletter is at the printer.\n\nPat
exim-failed-to-store-message	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe marmalade won second prize.\n\nPat
exim-message-too-large	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe swallows left last week.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
