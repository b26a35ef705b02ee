#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-otter-smtp-gateway: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP gateway of Otter, tcfw's peer-to-peer personal data store in Go (a user's data lives on the user's
# own nodes, found by the user's public key over a libp2p DHT; the mail protocol plugin takes inbound mail for
# <public-id>@pois.pds.directory on go-smtp, resolves the nodes that hold the recipient's key, and queues the message
# for the first node that is online; the repository tcfw/otter, no licence file read; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below: pkg/protos/email/smtp.go (commit
# 285a2022b3d1; the same replies in an earlier stored version of the gateway's file, without the "+tag" split),
# Session.Rcpt, through go-smtp's SMTPError; pkg/protos/email/utils.go, SplitAddrUserDomain. go.mod requires
# github.com/emersion/go-smtp v0.21.3, whose Conn.writeResponse gives a reply without an enhanced code the generic X.0.0
# ("All responses must include an enhanced code, if it is missing - use a generic code X.0.0"), so each is written as
# its code, the enhanced code and the text:
#   to RCPT TO "553 5.0.0 Mailbox name not allowed" (the recipient's domain is not the gateway's domain,
#   smtpGatewayDomain "pois.pds.directory"), "451 4.0.0 Unable to lookup that address" (ResolveOtterNodesForKey, the
#   DHT look-up of the nodes that hold the recipient's public key, failed), "450 4.0.0 No routable nodes found to
#   receive mail" (the look-up found no node for the key) and "451 4.4.1 No nodes responded" (nodes were found, but
#   FirstOnlinePeer reached none of them within the look-up's ten seconds).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Otter's; the DSNs are made.
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
#   "553 5.0.0 Mailbox name not allowed"   to RCPT TO, for gus@ and gil@ gamma.test (a domain other than the gateway's)
#   "451 4.0.0 Unable to lookup that address"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "450 4.0.0 No routable nodes found to receive mail"   to RCPT TO, to every attempt, for ron@ and rex@ beta.test
#   "451 4.4.1 No nodes responded"   to RCPT TO, to every attempt, for noa@ and nat@ beta.test
# Not served: the greeting and go-smtp's EHLO answer and stock replies (the replaying server's are used); "530 5.7.0
# Must issue a STARTTLS command first" (to MAIL FROM, RCPT TO and DATA, only when the constant smtpRequireTLS is true;
# it is false); "450 4.0.0 Body size too large" (to MAIL FROM, only for a SIZE= over 25 MB); "501 5.0.0 Is that even an
# email address?" and "501 5.0.0 Bad mailbox format" (to RCPT TO, an address net/mail cannot parse or one without an @:
# a relaying MTA does not send them); the errors Data returns (libp2p's resource manager's and the Received header's
# reverse look-up's texts, not the gateway's words). The message is accepted and queued before the gateway hands it to
# a node, so a failure after that makes no SMTP reply.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-otter-smtp-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Otter's SMTP gateway's replies.
NOTALLOWED='553 5.0.0 Mailbox name not allowed'
LOOKUP='451 4.0.0 Unable to lookup that address'
NOROUTE='450 4.0.0 No routable nodes found to receive mail'
NORESPONSE='451 4.4.1 No nodes responded'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NOTALLOWED" \
    gil@gamma.test rcpt "$NOTALLOWED" \
    nia@beta.test rcpt "$LOOKUP" \
    ned@beta.test rcpt "$LOOKUP" \
    ron@beta.test rcpt "$NOROUTE" \
    rex@beta.test rcpt "$NOROUTE" \
    noa@beta.test rcpt "$NORESPONSE" \
    nat@beta.test rcpt "$NORESPONSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-name-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe lifeboat crew meet on Tuesday.\n\nCarol
unable-to-lookup-address	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe hedgehog box is under the holly.\n\nCarol
no-routable-nodes	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe tractor run starts at the mill.\n\nCarol
no-nodes-responded	carol@alpha.test	noa@beta.test	192.0.2.25	Noa,\n\nthe seed swap is in the old school.\n\nCarol
exim-mailbox-name-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane points south again.\n\nPat
exim-unable-to-lookup-address	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe dry stone wall is rebuilt.\n\nPat
exim-no-routable-nodes	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe ferret show is on Saturday.\n\nPat
exim-no-nodes-responded	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe smoke house needs more oak chips.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the three
# temporary replies (to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
