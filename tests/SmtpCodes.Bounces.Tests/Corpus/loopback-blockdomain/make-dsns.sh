#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-blockdomain: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of milter-blockdomain (Takao Abe, 2016 to 2022, "LICENSE: GPLv3 or any later version"; github.com/t2750xurb/
# milter-blockdomain, web page www.bea.hi-ho.ne.jp/abetakao/milter-blockdomain/), a Sendmail/Postfix milter that
# accepts, refuses or temporarily refuses mail by domain lists (whitelist, blacklist, greylist files of domain names,
# matched against the connecting host's name, the HELO name and the envelope sender's domain). Read with the search
# tool:
#   src/milter-blockdomain.c (commit eebc8b178a0a764e66d8ad43909127230573db90): a domain on the blacklist gets
#     "smfi_setreply( ctx, "554", "5.7.1", xConfData.sMessageReject )" and SMFIS_REJECT; a domain on the greylist gets
#     "smfi_setreply( ctx, "451", "4.7.1", xConfData.sMessageTempfail )" and SMFIS_TEMPFAIL (the "greylist" is a list
#     of domains to refuse for now, not greylisting by triplet);
#   milter-blockdomain.conf-sample (commit 0dc14c90588c55ce027aaf81e727527ebeccc1b3), its stock messages:
#     messageTempfail "Refused connection temporarily. Be patient."
#     messageReject   "Refused connection by site policy."
#     and "checkOnAndAfter = 3" ("3 : Check on and after envrcpt ( Default )"): the connect, HELO and sender checks
#     are answered at the first RCPT TO.
# So the replies are "554 5.7.1 Refused connection by site policy." and "451 4.7.1 Refused connection temporarily. Be
# patient.", to RCPT TO.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are milter-blockdomain's stock configuration's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, <recipient> being the recipient answered:
#   RCPT TO "554 5.7.1 Refused connection by site policy."      to bo@beta.test,bea@beta.test (Postfix, one message),
#                                                                bo@beta.test and bea@beta.test (Exim, a message each)
#   RCPT TO "451 4.7.1 Refused connection temporarily. Be patient."  (every attempt: each sender warns after a minute
#                                                                and returns after 3) to tem@beta.test (Postfix, Exim)
# What we changed: nothing in the words. The milter matches the sending side's domains (host name, HELO, sender
# domain), the same for every recipient of a connection; here the reply is chosen by recipient, so that both texts can
# come from one server to the same two senders.
# Not served: the 451 it gives when its domain list files cannot be reloaded (the same words, at connect), and its
# header-stage refusals, which carry no text of their own.
# The replies are chosen by recipient address, not by anything the senders did: no list names their domains, and they
# send one message each.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-blockdomain}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): milter-blockdomain's stock replies.
printf '%s\t%s\t%s\n' \
    bo@beta.test rcpt "554 5.7.1 Refused connection by site policy." \
    bea@beta.test rcpt "554 5.7.1 Refused connection by site policy." \
    tem@beta.test rcpt "451 4.7.1 Refused connection temporarily. Be patient." \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
site-policy	carol@alpha.test	bo@beta.test,bea@beta.test	192.0.2.25	Bo, Bea,\n\nthe hall is booked for the craft fair.\n\nCarol
be-patient	carol@alpha.test	tem@beta.test	192.0.2.25	Tem,\n\nthe recycling day moves to Tuesday.\n\nCarol
exim-site-policy	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe footpath by the mill is open again.\n\nPat
exim-site-policy-bea	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe youth club needs a new kettle.\n\nPat
exim-be-patient	pat@pi.test	tem@beta.test	192.0.2.35	Tem,\n\nthe duck race is on the first of May.\n\nPat
SEND
# three returns at once, then a warning after a minute and a return after 3 for each deferred message (two)
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
