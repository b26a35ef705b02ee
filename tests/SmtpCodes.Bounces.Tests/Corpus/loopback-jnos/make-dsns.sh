#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jnos: a receiving SMTP server (../loopback-replay.py) answers, byte for byte, with
# the reply texts of the SMTP server of JNOS 2.0 (the amateur-radio TCP/IP package and packet BBS that grew out of Phil
# Karn's KA9Q NOS by way of WG7J's, N5KNX's and others' JNOS 1.x; maintained since 2004 by Maiko Langelaar, VE4KLM), as
# its source code writes them; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends
# with the run. The words are JNOS's; the DSNs are made. The project has no licence file: its copyright.txt says the
# earlier authors' copyrights and restrictions still hold and that the JNOS 2.0 additions are Copyright (C) 2004-2022
# Maiko Langelaar; only the reply texts are quoted here.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The source (read with the search tool): the repository mlangelaar/jnos2, src/smtpserv.c ($Id: smtpserv.c,v 1.8
# 2014/10/12 ve4klm, commit 6cbd558f8319; the same reply table in development/smtpserv.c, commit 09add30ad680, the
# MIME-aware version of 2022), "SMTP Server state machine - see RFC 821", its reply strings (Unknown, NoRelay, Ioerr,
# Syntax) and the branches that send them. No page explains the replies beyond the code; what each means is read from
# the branch that sends it:
#   "550 <address> address unknown"        to RCPT TO: validate_address() finds the address bad, or (built with
#                                          SMTP_VALIDATE_LOCAL_USERS) a local address expands to no user or alias, or
#                                          the rewrite file maps it to "refuse"; for una@, ulla@, uno@beta.test
#   "550 <address> relaying denied"        to RCPT TO: (built with SMTP_DENY_RELAY, "Relay is relay and not 'address
#                                          unknown'") a recipient that is not local, from a client outside the
#                                          subnets of the station's interfaces and its exception list;
#                                          for rhea@, rex@beta.test
#   "550 <address> address unknown"        to MAIL FROM: (built with TRANSLATEFROM) the rewrite file maps the sender's
#                                          address to "refuse": the same text with the sender's address; for the
#                                          sending Postfix's second address (its mail for gamma.test)
#   "501 Syntax error"                     to MAIL FROM: getname() finds no address in the command's argument; for the
#                                          sending Exim's second address (its mail for gamma.test)
#   "452 Temp file write error"            (Ioerr) to DATA: tmpfile() cannot make the file the message is received
#                                          into; for tess@beta.test. After the final dot: mailit() failed to store
#                                          the message (a locked mailbox, "an offline/unready printer", the comment in
#                                          do_quit says; "the job remains in the queue" of the sender); for toby@beta.test
# Filled: the address in the 550 replies is the one the command gave ({rcpt}, {sender}); JNOS writes it after its
# rewrite and lower-cases the whole command line unless built with SMTP_ALLOW_MIXEDCASE, which for these plain
# lower-case addresses is the same.
# Not served: "503 Need RCPT (recipient)" (DATA with no recipient taken, which neither sender sends), "500 Command
# unrecognized" (an unknown command), "501 Syntax error" to RCPT TO, VRFY and EXPN (the MAIL FROM one above stands for
# it), the 452 a line of the message that cannot be written gets while it is still coming, and the refusal of a
# session beyond Smtpmaxserv (JNOS closes the connection without a reply). The greeting ("220 <host> SMTP ready") and
# the EHLO answer ("250 <host>, Share and Enjoy!") are not copied: the replaying server's own are used.
# The temporary replies are served to every attempt (never accepted), so each sender warns after a minute and returns
# after 3 (../loopback-lib.sh's delay_warning and queue lifetime).
# The selection was made before the run, not by what any reader makes of the texts. The replies are chosen by recipient
# or client address, not by anything the senders did: every mailbox and domain exists, no relaying was asked for, no
# command was malformed, no disk or mailbox failed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-jnos}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): JNOS's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 <{sender}> address unknown' \
    client:192.0.2.34 mail '501 Syntax error' \
    una@beta.test rcpt '550 <{rcpt}> address unknown' \
    ulla@beta.test rcpt '550 <{rcpt}> address unknown' \
    uno@beta.test rcpt '550 <{rcpt}> address unknown' \
    rhea@beta.test rcpt '550 <{rcpt}> relaying denied' \
    rex@beta.test rcpt '550 <{rcpt}> relaying denied' \
    tess@beta.test data '452 Temp file write error' \
    toby@beta.test eom '452 Temp file write error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-unknown	carol@alpha.test	una@beta.test,ulla@beta.test	192.0.2.25	Una, Ulla,\n\nthe net check-in moves to 7 pm on 145.050.\n\nCarol
relaying-denied	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe digipeater on the hill is back on the air.\n\nCarol
temp-file-write-error	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe club's field day logs are on the BBS.\n\nCarol
sender-refused	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe antenna party is on Saturday morning.\n\nCarol
exim-address-unknown	pat@pi.test	uno@beta.test	192.0.2.35	Uno,\n\nthe new node alias is on the club's page.\n\nPat
exim-relaying-denied	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe repeater's battery was replaced this week.\n\nPat
exim-temp-file-write-error	pat@pi.test	toby@beta.test	192.0.2.35	Toby,\n\nthe minutes of the club meeting follow.\n\nPat
exim-syntax-error	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe license exam session is next month.\n\nPat
SEND
# six returns at once (the unknown addresses, the relaying refusals, the two MAIL FROM refusals), then a warning after
# a minute and a return after 3 for each of the two messages never taken
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
