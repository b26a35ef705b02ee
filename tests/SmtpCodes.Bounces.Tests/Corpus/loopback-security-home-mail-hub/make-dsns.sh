#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-security-home-mail-hub: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP server of SecurityHomeMailHub, a Windows mail hub in C# (.NET, WPF) for a home or a small
# office, by ClaudiaCoord, that fetches and sends mail through VPN or proxy tunnels and serves the user's own mail
# client with a POP3 and an SMTP server of its own, which may also take mail for its local accounts from other servers
# (read with the search tool in the repository ClaudiaCoord/SecurityHomeMailHub, MIT by its file headers:
# src/SecyrityMail/Servers/SMTP/SmtpExtension.cs, the SmtpResponseId table of every reply text the server writes, and
# SmtpSession.cs, NewSession, ParseCommand and ParseCommand_, at commit 42f9b5f8e7ef; SmtpServer.cs, the accept loop and
# its spam filter of client addresses, at commit 42f9b5f8e7ef; CredentialsData's CheckFrom and CheckTo, what refuses a
# sender or a recipient; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the project's; the DSNs are made.
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
#   "530 ip range access denied"   (SmtpServer's accept loop: the client's address is in the server's spam filter, to
#                              which a failed AUTH, a refused sender or a refused recipient adds it; written instead of
#                              the greeting, then the connection is closed) to every connection of the Postfix's
#                              second address, for gus@gamma.test (the Postfix retries it: a warning after a minute
#                              and a return after 3)
#   "530 needed logging"   (ParseCommand: MAIL, RCPT and DATA from a client that has not logged in with AUTH, where
#                              the server does not take mail for its local accounts, IsSmtpDeliveryLocal off) to MAIL
#                              FROM, to every connection of the Exim's second address, for gil@gamma.test
#   "553 bad mailbox name"   (ParseCommand_, RCPT with IsSmtpDeliveryLocal on: CheckTo finds no local account for the
#                              address) to RCPT TO, for bo@ and bea@beta.test
#   "451 ERR"   (NewSession: the server is stopping, its token cancelled, while the session runs) after the message, to
#                              every attempt, for ed@ and eve@beta.test
# Not served: "521 sender not equals session From address" (CheckFrom refuses only an empty sender or, after AUTH, a
# sender other than the account's, neither of which an unauthenticated relay of these senders sends), "535 5.7.8
# Error, authentication failed: ...", "451 Error ..." (an exception in AUTH), "451 TLS already active", "252 already
# logged", "500 ...", "501 ...", "502 not support command" and "504 not support arguments: ..." (AUTH, STARTTLS and
# commands neither sender sends); "550 not available requestted mailbox" is in the table but no code writes it. The
# server answers "250 <n> bytes, message accepted for delivery" after every message, even where storing it fails. The
# 530 replies are chosen by the client's address (the senders' second addresses, for gamma.test: the two stand for
# servers configured differently, delivery to local accounts off), the others by recipient, not by anything the senders
# did; the code closes the connection after the 553 and after the 451, where the replaying server keeps it. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most
# 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-security-home-mail-hub}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SecurityHomeMailHub's SMTP server's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '530 ip range access denied' \
    client:192.0.2.34 mail '530 needed logging' \
    bo@beta.test rcpt '553 bad mailbox name' \
    bea@beta.test rcpt '553 bad mailbox name' \
    ed@beta.test eom '451 ERR' \
    eve@beta.test eom '451 ERR' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-range-access-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe seed swap is in the church hall this year.\n\nCarol
bad-mailbox-name	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe tandem needs a new chain before Sunday.\n\nCarol
err	carol@alpha.test	ed@beta.test	192.0.2.25	Ed,\n\nthe darts league starts again in March.\n\nCarol
exim-needed-logging	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe pond dipping nets are in the shed.\n\nPat
exim-bad-mailbox-name	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe sourdough starter survived the holiday.\n\nPat
exim-err	pat@pi.test	eve@beta.test	192.0.2.35	Eve,\n\nthe bell ringers practise on Thursday.\n\nPat
SEND
# three messages refused for good, returned at once (one by the Postfix, two by the Exim), then for the two 451
# replies a warning after a minute and a return after 3 from each sender, and for the refused greeting the same from
# the Postfix, which takes a 5xx greeting for a server to skip (smtp_skip_5xx_greeting) and so retries the message
# (the run that made the committed files waited for 8 here, written before that was seen; all 9 were in when it
# collected them)
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
