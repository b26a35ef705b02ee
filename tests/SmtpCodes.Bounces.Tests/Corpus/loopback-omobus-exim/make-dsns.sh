#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-omobus-exim: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of the Exim configuration that OMOBUS publishes for its servers (ak-obs, Ltd.'s build scripts for the OMOBUS
# server, a sales-force platform: Exim, Dovecot, OpenLDAP, PostgreSQL and the rest built from source and configured by
# these scripts; the mail server takes mail only for its own domain omobus.local and only from a sender whitelist)
# (the repository omobus/omobus-server-buildscripts; its COPYRIGHT file: Copyright (c) 2006 - 2023 ak-obs, Ltd., a
# permissive licence of its own in the zlib and BSD manner (redistribution with or without modification, the notice
# kept, altered versions marked, the author's name not used to endorse); read with the search tool: exim/exim.conf at
# commit 2db95f4a486d (the version with the MAIL ACL) and at 42babff37ce2 (the latest stored, the same RCPT and DATA
# ACLs); only the reply texts are quoted), whose own ACLs write every reply below (Exim sends an ACL's "message =" text
# after the code of the ACL's verb, 550 for deny at MAIL FROM, RCPT TO and after the message, with no enhanced code
# unless the text carries one):
#   acl_check_mail: "Sender email address is prohibited for incoming mails", the deny that ends the MAIL ACL for every
#   sender outside the server's own domain and its whitelist file /var/lib/omobus.d/whitelist;
#   acl_check_rcpt: "Invalid HELO/EHLO name", four denies for a client whose EHLO name is empty, its own IP address,
#   the server's interface address or all digits;
#   acl_check_rcpt: "Invalid user", the endpass accept for the local domain whose recipient verification fails (an
#   address the LDAP routers do not know);
#   acl_check_rcpt: "It's not an open relay!", the deny that ends the RCPT ACL for any other domain from a client that
#   is neither authenticated nor the local host;
#   acl_check_data: "Message does not conform to RFC2822 standard.", after the message, for a message without a Date:,
#   Subject: or To: header.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# OMOBUS's configuration's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the configuration sends it:
#   "550 Sender email address is prohibited for incoming mails"   to MAIL FROM, to the senders' second addresses
#                                                                 (their mail for gamma.test: sid@, sam@gamma.test)
#   "550 Invalid HELO/EHLO name"                                  to RCPT TO, for hal@ and hugo@ beta.test
#   "550 Invalid user"                                            to RCPT TO, for ivy@ and ian@ beta.test
#   "550 It's not an open relay!"                                 to RCPT TO, for ora@ and otto@ beta.test
#   "550 Message does not conform to RFC2822 standard."           after the message, for rita@ and rex@ beta.test
# Not served: the greeting and the EHLO answer (the replaying server's are used), acceptance, "IP is prohibited for
# incoming mails" (the connect ACL's drop, instead of the greeting, for every client but the local host: the replaying
# server keys the greeting and MAIL FROM by the client's address alike, and each sender has one second address, given
# to the MAIL refusal), "Invalid mail sender." (a null sender only), "Invalid route" (the latest version's relay
# domains, an empty list), Exim's own "Restricted characters in address" (its default configuration's words) and
# "Sender verify failed" (require verify = sender, Exim's words), and the router's cannot_route_message "Unknown user"
# (the RCPT ACL's "Invalid user" answers instead). The replies are chosen by recipient (and, at MAIL FROM, by the
# client's address), not by anything the senders did: each message has one recipient and is a few lines of plain text,
# with Date:, Subject: and To: headers. Every reply is permanent, so every message is returned at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-omobus-exim}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the configuration's ACL texts, as Exim sends them.
SENDER='550 Sender email address is prohibited for incoming mails'
HELO='550 Invalid HELO/EHLO name'
USER='550 Invalid user'
RELAY="550 It's not an open relay!"
RFC='550 Message does not conform to RFC2822 standard.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    hal@beta.test rcpt "$HELO" \
    hugo@beta.test rcpt "$HELO" \
    ivy@beta.test rcpt "$USER" \
    ian@beta.test rcpt "$USER" \
    ora@beta.test rcpt "$RELAY" \
    otto@beta.test rcpt "$RELAY" \
    rita@beta.test eom "$RFC" \
    rex@beta.test eom "$RFC" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-prohibited	carol@alpha.test	sid@gamma.test	192.0.2.25	Sid,\n\nthe van is booked for Tuesday.\n\nCarol
invalid-helo-name	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe price list for May is out.\n\nCarol
invalid-user	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe shelf audit starts at nine.\n\nCarol
not-an-open-relay	carol@alpha.test	ora@beta.test	192.0.2.25	Ora,\n\nthe route plan is on the board.\n\nCarol
not-rfc2822	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe samples came this morning.\n\nCarol
exim-sender-prohibited	pat@pi.test	sam@gamma.test	192.0.2.35	Sam,\n\nthe stock count is on Friday.\n\nPat
exim-invalid-helo-name	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe new planogram is pinned up.\n\nPat
exim-invalid-user	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe visit report is due tonight.\n\nPat
exim-not-an-open-relay	pat@pi.test	otto@beta.test	192.0.2.35	Otto,\n\nthe depot opens at seven.\n\nPat
exim-not-rfc2822	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe promo stands are in the yard.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
