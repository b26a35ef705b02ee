#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-onion-routing-smtpap: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of smtpap, the "SMTP Application Proxy for Onion Routing" of 2001 and 2002 (Matej Pfajfar, part of the
# Onion Routing code that arma imported in the first commit of Tor's repository, 2002/06/26, "initial commit: current
# code"):
# a local mail program hands its message to smtpap, which opens a connection through the onion proxy to the
# recipient's domain and repeats the transaction there as HELO ANONYMOUS.smtp.daemon, optionally with the sender and
# the headers made anonymous, answering its client with the outcome, as its source writes them. Read with the search
# tool: the repository torproject/tor, src/smtpap/smtpap.c at commit 39423023af7a (handle_connection, revision 1.3 of
# 2002/08/24 in its log) and src/smtpap/smtpap.h. Every reply is one line without enhanced codes. Only the reply texts
# are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are smtpap's; the DSNs are made.
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
#   "554 smtpap v1.0 Connection refused. Only local connections allowed."   (handle_connection: the client's address is
#                              neither 127.0.0.1 nor one of the host's own; written instead of the greeting, after which
#                              every command but QUIT and RSET gets "503 Connection refused. Please QUIT.") at the
#                              greeting, to every connection from the Postfix's second address (out2.alpha.test,
#                              192.0.2.24, which sends for gamma.test) and from the Exim's (out2.pi.test, 192.0.2.34),
#                              for gus@ and gwen@ gamma.test (the Exim returns the message at once; the Postfix
#                              defers it, as its smtp_skip_5xx_greeting skips a server that greets with 5XX)
#   "500 Recipient SMTP daemon rejected my RCPT."   (the recipient's server, reached through the onion proxy, did not
#                              answer the repeated RCPT TO with a 2yz) to RCPT TO, for ann@beta.test
#   "500 Recipient SMTP daemon rejected my MAIL."   (the same for the repeated MAIL FROM) to RCPT TO, for mo@beta.test
#   "500 Recipient SMTP daemon rejected my HELO."   (the same for HELO ANONYMOUS.smtp.daemon) to RCPT TO, for
#                              hec@beta.test
#   "500 Onion proxy returned an error (Invalid destination address)."   (the onion proxy answered the request for the
#                              recipient's domain with SS_ERROR_INVALID_ADDRESS) to RCPT TO, for ivy@beta.test
#   "451 Could not connect to the onion proxy."   (connect() to the onion proxy's port on the same host failed) to RCPT
#                              TO, for cole@beta.test
#   "451 Insufficient memory." (malloc failed while the RCPT command was saved or the request built) to RCPT TO, for
#                              mem@beta.test
#   "451 Error receiving data from the recipient."   (the recipient's server, reached through the onion proxy, sent no
#                              greeting or no answer) to RCPT TO, for rex@beta.test
#   "500 Recipient SMTP daemon rejected my DATA."   (the recipient's server did not answer the repeated DATA with a 3yz,
#                              or the message with a 2yz) to DATA, for dana@beta.test, and after the message, for
#                              dot@beta.test
# Not served: the greeting "220 This is smtpap v1.0 running on <host>." and the HELO answer (the replaying server's own
# stand instead), "503 Connection refused. Please QUIT." (after the 554, which the senders take as final), the 500 and
# 503 replies to malformed or out-of-order commands ("500 HELO/EHLO requires domain address.", "500 Domain name
# required.", "500 I can only handle a simple return address.", "503 Need MAIL first." and others), "550 Could not
# extract destination domain.", the other 451 replies for the onion proxy ("451 Could not send to onion proxy.", "451
# Could not receive data from the onion proxy.") and for the recipient ("451 Error sending MAIL to the recipient.", "451
# Error sending HELO to the recipient." written without a line end, "451 Data sent but did not receive a response from
# the recipient" written with its line end before the final dot), the other onion proxy errors (protocol version,
# address format, port, unexpected code), "400 Failed to sanitize the data stream." (written to the onion proxy, not to
# the client) and "500 An unexpected error has ocurred. Closing connection.".
# The replies are chosen by recipient or client address, not by anything the senders did: there is no onion proxy, no
# memory runs short and no recipient's server is reached. The 451 replies and the 554 greeting come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-onion-routing-smtpap}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtpap's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 smtpap v1.0 Connection refused. Only local connections allowed.' \
    client:192.0.2.34 connect '554 smtpap v1.0 Connection refused. Only local connections allowed.' \
    ann@beta.test rcpt '500 Recipient SMTP daemon rejected my RCPT.' \
    mo@beta.test rcpt '500 Recipient SMTP daemon rejected my MAIL.' \
    hec@beta.test rcpt '500 Recipient SMTP daemon rejected my HELO.' \
    ivy@beta.test rcpt '500 Onion proxy returned an error (Invalid destination address).' \
    cole@beta.test rcpt '451 Could not connect to the onion proxy.' \
    mem@beta.test rcpt '451 Insufficient memory.' \
    rex@beta.test rcpt '451 Error receiving data from the recipient.' \
    dana@beta.test data '500 Recipient SMTP daemon rejected my DATA.' \
    dot@beta.test eom '500 Recipient SMTP daemon rejected my DATA.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
only-local-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe router list was refreshed this morning.\n\nCarol
rejected-my-rcpt	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe paper draft is in the shared folder.\n\nCarol
invalid-destination-address	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe seminar moves to room four.\n\nCarol
could-not-connect-to-onion-proxy	carol@alpha.test	cole@beta.test	192.0.2.25	Cole,\n\nthe test network is up again.\n\nCarol
insufficient-memory	carol@alpha.test	mem@beta.test	192.0.2.25	Mem,\n\nthe lab machines get more memory next week.\n\nCarol
rejected-my-data	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe proxy logs are ready for review.\n\nCarol
exim-only-local-connections	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe cell format notes are attached below.\n\nPat
exim-rejected-my-mail	pat@pi.test	mo@beta.test	192.0.2.35	Mo,\n\nthe onion proxy config changed.\n\nPat
exim-rejected-my-helo	pat@pi.test	hec@beta.test	192.0.2.35	Hec,\n\nthe anonymizer option is on by default now.\n\nPat
exim-error-receiving-from-recipient	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe exit policy draft needs a look.\n\nPat
exim-rejected-my-data	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe next meeting is on Tuesday.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for the 451 replies
# and, at the Postfix, for the 554 greeting (smtp_skip_5xx_greeting, on by default, defers a server that greets with
# 5XX) a warning after a minute and a return after 3 (three messages of the Postfix, one of the Exim)
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
