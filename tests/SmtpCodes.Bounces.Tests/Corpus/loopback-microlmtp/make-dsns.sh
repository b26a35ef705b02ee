#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-microlmtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of microLMTP, Jim Youll's small LMTP server in Java (Challenge/Response, LLC, 2005; the package
# com.challengeandresponse.lmtp: an abstract class a site extends with its own deliver() method, which listens for an
# MTA's LMTP connections from a list of approved hosts and takes mail for a list of served domains, one recipient a
# transaction; the repository cr-labs/LMTP, no licence file read; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: com/challengeandresponse/lmtp/LMTP.java (commit 3338596ca889,
# ClientServiceThread.run, the STATE_PIPELINING branch), with the address parsing and the domain lookups of
# com/challengeandresponse/lmtp/Utils.java (same commit, parseEmailAddress and parseInetAddress) and the example
# subclass com/challengeandresponse/lmtp/MyLMTP.java (same commit). Each reply is one line written with println, with
# no enhanced code (the code writes none):
#   to a command other than LHLO before LHLO (an SMTP client's EHLO and HELO): "503 Please say LHLO first";
#   to MAIL FROM, when the sender's domain (the part after the @) has no address (LIVE_NET_LOOKUPS on, the default:
#   Utils.parseInetAddress, InetAddress.getByName): "501 Invalid host name";
#   to RCPT TO, when the domain is not one of the served domains: "551 We do not relay and we do not accept mail for
#   <domain>"; when a recipient was already given in the transaction (the server takes one recipient a transaction):
#   "503 Recipient already specified"; when parseEmailAddress finds no address (its pattern allows only letters,
#   digits, "_", "+", "-" and "." before the @ and letters, digits, "_" and "." after it, so an apostrophe in the local
#   part, a valid RFC 5321 address, is refused): "501 Invalid email address".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# microLMTP's; the DSNs are made. An MTA meets these replies over SMTP here (the replaying server speaks SMTP); the
# EHLO refusal is what a sender meets whose mail reaches the LMTP port directly.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "503 Please say LHLO first"   to EHLO and to HELO, to the Postfix's second address 192.0.2.24 (keyed by client), for
#                              gus@ and gia@ gamma.test
#   "501 Invalid host name"   to MAIL FROM:<pat@pi.test>, to the Exim's second address 192.0.2.34 (keyed by client; pi.test
#                              has an MX record and no address record, so the code's lookup of it fails), for gil@ and
#                              gwen@ gamma.test
#   "551 We do not relay and we do not accept mail for beta.test"   to RCPT TO, for bea@ and ben@ beta.test
#   "503 Recipient already specified"   to RCPT TO, for rex@ and roy@ beta.test, each the second recipient of a message
#                              whose first (ada@, amy@ beta.test) is accepted
#   "501 Invalid email address"   to RCPT TO, for o'hara@ and d'arcy@ beta.test
# Not served: the greeting "220 <host> microLMTP server ready" and the LHLO answer (the replaying server's greeting and
# EHLO answer are used where the table names none), "503 Sender already specified", "503 need RCPT (recipient)" and
# "503 need MAIL FROM" (out-of-order commands no relaying MTA sends), "502 Command not implemented" (VRFY, EXPN, TURN),
# "500 Command unrecognized: <command>", "500 Timeout", "500 Too many errors", "500 Too many NOOPs and/or unimplemented
# commands" and "500 Too many RSETs" (written unasked at the top of the session loop, not as the reply to a command),
# "451 Server error" (the socket failed) and the reply after the message, which the site's deliver() method writes (the
# example subclass answers "250 message accepted for delivery", which the replaying server's own 250 stands for; the
# abstract class's comment suggests "451 Error saving message" and "550 User not found" to implementers, which its code
# never sends). Connections from hosts not on the approved list are closed without a reply.
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient (two for the gamma.test ones and for the "already specified" ones, whose first recipient is accepted) and
# is a few lines of plain text. Every reply is permanent, so each sender returns its message at once; no warning. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-microlmtp}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): microLMTP's replies.
LHLO='503 Please say LHLO first'
HOSTNAME_='501 Invalid host name'
RELAY='551 We do not relay and we do not accept mail for beta.test'
ALREADY='503 Recipient already specified'
INVALID='501 Invalid email address'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$LHLO" \
    client:192.0.2.34 mail "$HOSTNAME_" \
    bea@beta.test rcpt "$RELAY" \
    ben@beta.test rcpt "$RELAY" \
    rex@beta.test rcpt "$ALREADY" \
    roy@beta.test rcpt "$ALREADY" \
    "o'hara@beta.test" rcpt "$INVALID" \
    "d'arcy@beta.test" rcpt "$INVALID" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
lhlo-first	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe quiz night moved to the back room.\n\nCarol
not-relayed	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe beehives need checking before the frost.\n\nCarol
recipient-already-specified	carol@alpha.test	ada@beta.test,rex@beta.test	192.0.2.25	Ada, Rex,\n\nthe rowing club lends oars on Sunday.\n\nCarol
invalid-email-address	carol@alpha.test	o'hara@beta.test	192.0.2.25	Orla,\n\nthe choir sings at the harvest supper.\n\nCarol
exim-invalid-host-name	pat@pi.test	gil@gamma.test,gwen@gamma.test	192.0.2.35	Gil, Gwen,\n\nthe tide tables are pinned by the door.\n\nPat
exim-not-relayed	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe kiln is lit on Tuesday.\n\nPat
exim-recipient-already-specified	pat@pi.test	amy@beta.test,roy@beta.test	192.0.2.35	Amy, Roy,\n\nthe orchard ladder is back in the shed.\n\nPat
exim-invalid-email-address	pat@pi.test	d'arcy@beta.test	192.0.2.35	Darcy,\n\nthe footpath by the mill is open again.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
