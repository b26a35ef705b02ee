#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-simta: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the receiving side of simta, the "Simple Internet Message Transfer Agent" of the University of Michigan (its first
# files carry "Copyright (c) 1998 Regents of The University of Michigan"), an old Unix MTA, as its source writes them
# (repository simta/simta, read with the search tool: receive.c at commit 005cea234145 (f_mail, f_rcpt, f_data and
# smtp_receive); the file's notice: "All Rights Reserved.  See COPYRIGHT." (the University of Michigan's BSD-style
# notice in the repository's COPYRIGHT file, not read here); only the reply texts are quoted). A sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are simta's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# simta writes each reply with snet_writef(), code and text joined by one space, ended by "\r\n"; no reply carries an
# enhanced status code. Each reply at the stage the code sends it:
#   "550 Requested action not taken: User not found."   (f_rcpt(): the recipient's domain is one this host is the
#                              best MX for, and local_address() finds the local part neither in the alias database nor
#                              in the password file (nor LDAP); logged "address not local") to RCPT TO, for nan@, ned@
#                              beta.test
#   "551 User not local; please try <lou@epsilon.test>"   (f_rcpt(): global relaying is off and mx_local() finds this
#                              host is not a mail exchanger for the recipient's domain: the code declines the recipient,
#                              "our best opportunity to decline recipients that are not local"; the address filled
#                              in) to RCPT TO, for lou@, lyn@ epsilon.test
#   "550 delta.test: unknown host"   (f_rcpt(): check_hostname() finds no host for the recipient's domain in the
#                              receiving side's DNS; logged "check_host ... unknown host") to RCPT TO, for dot@, dia@
#                              delta.test (the senders' own DNS routes delta.test to this server)
#   "550 pi.test: unknown host"   (f_mail(): the same check of the sender's domain) to MAIL FROM, to the Exim's second
#                              address only (out2.pi.test, which sends to gamma.test)
#   "554 line too long"   (f_data(): a line of the message over 1000 characters, RFC 2821 4.5.3's limit; the message
#                              is thrown away) after the final dot, for lee@beta.test (the senders' lines are short: the
#                              reply is served by recipient)
#   "421 Access Denied - Invalid reverse address"   (smtp_receive(): check_reverse() finds the client's address has no
#                              reverse name matching it, and simta_ignore_reverse is off; the connection is closed)
#                              instead of the greeting, to the Postfix's second address only (out2.alpha.test, which
#                              sends to gamma.test), on every attempt
# Not served: "421 Error checking reverse address: <resolver error>" (its text ends in the resolver library's error
# string), "421 Access Denied - remote access restricted" (tcp_wrappers; no third client address here), "421 Maximum
# connections exceeded, closing transmission channel" (a limit of concurrent sessions, not one sender's), "451
# Requested action aborted: local error in processing." (f_rcpt() follows it at once with smtp_receive()'s "421 <host>
# Service not available, local error, closing transmission channel" and closes, two replies the replay cannot send
# to one command), "553 Requested action not taken: bad address syntax", "553 Requested action not taken", "554 no valid
# recipients", "503 Bad sequence of commands", "501 Syntax error" and the other replies to malformed or out-of-order
# commands (the senders send none).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments. The temporary
# greeting comes on every attempt; the Postfix warns after a minute and returns the message after 3. At most 4
# recipients to one reply text (4 to "User not found.": nan@ and ned@ from each sender).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test and epsilon.test, two more receiving domains, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test, mx.delta.test and mx.epsilon.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-simta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): simta's replies.
NOT_FOUND='550 Requested action not taken: User not found.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 Access Denied - Invalid reverse address' \
    client:192.0.2.34 mail '550 pi.test: unknown host' \
    nan@beta.test rcpt "$NOT_FOUND" \
    ned@beta.test rcpt "$NOT_FOUND" \
    lou@epsilon.test rcpt '551 User not local; please try <lou@epsilon.test>' \
    lyn@epsilon.test rcpt '551 User not local; please try <lyn@epsilon.test>' \
    dot@delta.test rcpt '550 delta.test: unknown host' \
    dia@delta.test rcpt '550 delta.test: unknown host' \
    lee@beta.test eom '554 line too long' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26' \
    'epsilon.test. 300 IN MX 10 mx.epsilon.test.' 'mx.epsilon.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-not-found	carol@alpha.test	nan@beta.test,ned@beta.test	192.0.2.25	Nan, Ned,\n\nthe orchard walk starts at the north gate.\n\nCarol
user-not-local	carol@alpha.test	lou@epsilon.test,lyn@epsilon.test	192.0.2.25	Lou, Lyn,\n\nthe survey forms are due back on Tuesday.\n\nCarol
unknown-host	carol@alpha.test	dot@delta.test,dia@delta.test	192.0.2.25	Dot, Dia,\n\nthe ferry times changed for the winter.\n\nCarol
line-too-long	carol@alpha.test	lee@beta.test	192.0.2.25	Lee,\n\nthe band needs a second drummer for June.\n\nCarol
invalid-reverse	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe seed swap is in the church hall.\n\nCarol
exim-user-not-found	pat@pi.test	nan@beta.test,ned@beta.test	192.0.2.35	Nan, Ned,\n\nthe bookshelf kit arrived without screws.\n\nPat
exim-user-not-local	pat@pi.test	lou@epsilon.test	192.0.2.35	Lou,\n\nthe rowing club meets at seven.\n\nPat
exim-unknown-host	pat@pi.test	dot@delta.test	192.0.2.35	Dot,\n\nthe parish newsletter needs one more story.\n\nPat
exim-sender-unknown-host	pat@pi.test	gus@gamma.test,gia@gamma.test	192.0.2.35	Gus, Gia,\n\nthe bus to the coast leaves at eight.\n\nPat
exim-line-too-long	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe paint samples are on the porch.\n\nPat
SEND
# nine messages refused for good, returned at once (4 by the Postfix, 5 by the Exim), then for the Postfix's message to
# gamma.test, refused at the greeting, a warning after a minute and a return after 3
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
