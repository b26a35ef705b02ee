#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fwtk-smap: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smap, the SMTP wrapper of the TIS Firewall Toolkit (fwtk; Marcus J. Ranum, Trusted Information Systems, 1993 and
# 1994): a small program run from inetd on a firewall host that takes Internet mail unprivileged and chrooted into a
# spool folder, where smapd later hands each message to the real mailer ("smap - sendmail wrapper ... the code be as
# simple as possible, to permit manual review"), as its source writes them. Read with the search tool: a stored copy of
# fwtk's smap.c (its RcsId "smap.c,v 1.6 94/11/01 11:57:52 mjr rel"; the index holds one copy and names no repository
# for it): main (the command loop), crunchbody (the message, its size limit and write errors) and checkvalid (the
# recipient check compiled in with SPECIALDOMAIN, "kludge for whitehouse.gov anti-spoofing bogosity"). Every reply is
# one line without enhanced codes. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are smap's; the DSNs are made.
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
#   "550 too many recipients"  (main, RCPT: the session's recipients passed the netperm-table's maxrecip; written, then
#                              smap exits) to RCPT TO, for ann@ and abe@ beta.test
#   "550 Recipient must be in form of: user, user@eop.gov, or user@whitehouse.gov"   (checkvalid, compiled in with
#                              SPECIALDOMAIN: the recipient's domain is neither whitehouse.gov nor eop.gov, or its local
#                              part carries a routing character %@:[]!; the command is then ignored) to RCPT TO, for
#                              ray@ and roy@ delta.test
#   "410 out of memory"        (main, RCPT: malloc for the recipient failed; written, then smap exits; a 4yz) to RCPT
#                              TO, to every attempt, for mem@ and moe@ beta.test
#   "550 Too much data"        (crunchbody returns 2: the message passed the netperm-table's maxbytes; written, then
#                              smap exits) after the message, for lou@ and lee@ beta.test
#   "451 System problem"       (crunchbody returns 3: writing the message to the spool file failed) after the message,
#                              to every attempt, for sue@beta.test
# Not served: the greeting "220 <host> SMTP/smap Ready." and the HELO answers ("250 Charmed, Im sure.", "250 (<name>)
# pleased to meet you."; smap knows no EHLO, the replaying server's own answer stands instead), "410 out of memory" to
# MAIL FROM (the same words as to RCPT TO), "550 you could say goodbye" (crunchbody returns 1: the client's connection
# ended inside the message, so no client reads it), "550 User Unknown" (VRFY or EXPN without an argument),
# "503 need MAIL From: first.", "503 need RCPT first.", "501 Syntax error", "500 Command unrecognized" and the
# replies to VERB, ONEX, DEBUG and HELP.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and a few lines,
# delta.test is a domain the replaying server serves (it has an MX record pointing at it), and nothing runs short of
# memory or disk. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text but the 410 (4: the warning and the return of each sender).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fwtk-smap}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smap's replies.
printf '%s\t%s\t%s\n' \
    ann@beta.test rcpt '550 too many recipients' \
    abe@beta.test rcpt '550 too many recipients' \
    ray@delta.test rcpt '550 Recipient must be in form of: user, user@eop.gov, or user@whitehouse.gov' \
    roy@delta.test rcpt '550 Recipient must be in form of: user, user@eop.gov, or user@whitehouse.gov' \
    mem@beta.test rcpt '410 out of memory' \
    moe@beta.test rcpt '410 out of memory' \
    lou@beta.test eom '550 Too much data' \
    lee@beta.test eom '550 Too much data' \
    sue@beta.test eom '451 System problem' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-recipients	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe bastion host gets its new disk on Monday.\n\nCarol
recipient-form	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe netperm table is checked in.\n\nCarol
out-of-memory	carol@alpha.test	mem@beta.test	192.0.2.25	Mem,\n\nthe spool directory moved to the second disk.\n\nCarol
too-much-data	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe proxy logs for March are archived.\n\nCarol
system-problem	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe dual-homed gateway is back in the rack.\n\nCarol
exim-too-many-recipients	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe telnet gateway banner was changed.\n\nPat
exim-recipient-form	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe screening router rules are in the binder.\n\nPat
exim-out-of-memory	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe ftp gateway needs a restart.\n\nPat
exim-too-much-data	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe audit review is on Thursday.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# replies (the 410 to both senders, the 451 to the Postfix) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
