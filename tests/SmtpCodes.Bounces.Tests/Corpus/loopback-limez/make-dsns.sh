#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-limez: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# LimeZ, Guido Schade's mailing list server in C++ (2001; a daemon that takes the lists' mail with an SMTP receiver of
# its own, spools it, expands it to the subscribers kept in files, a database or LDAP, and sends it on with its own
# transmitter; administered over the same SMTP port with its own commands LPWD, LADD, LDEL, LSHW, LCMD and LRLD; the
# repository guidoschade/limez, GPL-2.0-or-later by its file headers; read with the search tool; only the reply texts
# are quoted), whose own code writes every reply below: src/receiver.cc (commit dfee2ef8433d: Receiver::readMail,
# readRcpt, readData and deny), src/global.h (same commit: the SMTP_* reply strings) and src/address.cc (same commit:
# Address::setIfValid, setUserName, setDomainName and isValidRec, which give the reasons that readMail and readRcpt
# write after the address).
# readMail and readRcpt answer a refused address with snprintf(buf, ..., "553 %s... %s\r\n", buf+10 or buf+8, res),
# where the address is the command's argument as setIfValid left it in the buffer: it cuts the closing ">" (and, when the
# local part is refused, the "@" and all after it), so the reply shows "<" and the rest of the address without ">".
# (The format reads from the buffer it writes to; with glibc's overlap-safe copy the text is the one below.)
# Each reply byte for byte, at the stage the code sends it:
#   "550 Requested action not taken: no such user/list"   to RCPT TO (SMTP_550_ERRO: the address is well formed and
#                              its domain resolves, but it is neither a list of this server nor its own address or an
#                              alias), for lis@ and lou@ beta.test
#   "553 <ann+digest... invalid user/list name"   to RCPT TO (setUserName: a character other than letters, digits,
#   "553 <bob+digest... invalid user/list name"   "," "-" "." and "_" in the local part), for ann+digest@ and
#                              bob+digest@ beta.test
#   "421 Too many incoming connections, please try again later"   instead of the greeting (SMTP_421_ERRO, which deny()
#                              writes when the scheduler's limit of tasks is reached; LimeZ writes its greeting line
#                              first and closes the connection after the 421), to the Postfix's second address
#                              (192.0.2.24, which carries its mail for gamma.test), to every connection: for gus@
#                              gamma.test
#   "553 <pat@pi.test... resolve of domain failed"   to MAIL FROM (setIfValid: no mail exchanger found for the
#                              sender's domain), to the Exim's second address (192.0.2.34): for gil@ gamma.test
# Not served: LimeZ's greeting ("220 <host> SMTP <server string>; <date>", which it ends with a bare LF) and its
# refusal of EHLO ("502 Sorry, we do not allow this operation", after which a sending MTA falls back to HELO; the
# replaying server's greeting and EHLO answer are used); "552 Requested mail action aborted: exceeded storage
# allocation" after the message (over server_max_mailsize, more Received lines than server_max_hops, or the spool file
# not writable: RFC 5321's own words); the other reasons of setIfValid ("wrong address size", "braces unbalanced",
# "wrong domain size" for an address without "@", "invalid domain name", "wrong domain size"); the sequence and syntax
# replies (501, 503) and the answers to its administration commands.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# LimeZ's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replies are chosen by recipient or by the sending address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The 421 comes on every attempt; the Postfix warns after a minute and
# returns the message after 3. The other replies are permanent and their messages are returned at once.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-limez}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): LimeZ's replies.
NOLIST='550 Requested action not taken: no such user/list'
printf '%s\t%s\t%s\n' \
    lis@beta.test rcpt "$NOLIST" \
    lou@beta.test rcpt "$NOLIST" \
    ann+digest@beta.test rcpt '553 <ann+digest... invalid user/list name' \
    bob+digest@beta.test rcpt '553 <bob+digest... invalid user/list name' \
    client:192.0.2.24 connect '421 Too many incoming connections, please try again later' \
    client:192.0.2.34 mail '553 <pat@pi.test... resolve of domain failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-list	carol@alpha.test	lis@beta.test	192.0.2.25	Lis,\n\nthe orchard walk starts at the lych gate.\n\nCarol
invalid-list-name	carol@alpha.test	ann+digest@beta.test	192.0.2.25	Ann,\n\nthe minutes of the last meeting are attached below.\n\nCarol
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tide tables for next month are out.\n\nCarol
exim-no-such-list	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe jumble sale raised enough for the roof.\n\nPat
exim-invalid-list-name	pat@pi.test	bob+digest@beta.test	192.0.2.35	Bob,\n\nthe kite festival moved to the upper field.\n\nPat
exim-resolve-of-domain-failed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lantern repairs are done.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then for the 421 a warning
# after a minute and a return after 3 (the Postfix)
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
