#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-djancloud: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of DjanCloud's SMTP server, the mail receiver of DjanCloud, a self-hosted "all-in-one, lightweight
# Nextcloud-compatible server" written in Django (files over WebDAV, calendars over CalDAV, contacts over CardDAV and an
# e-mail client with its own SMTP and IMAP servers), whose management command `smtpserver` runs an aiosmtpd handler that
# stores each message in the database for the user or shared mailbox it is addressed to (read with the search tool in
# the repository olivierb2/djancloud: file/management/commands/smtpserver.py, the stored copy with the AllowedDomain
# checks (52711190610 in the search tool's ids), DjancloudSMTPHandler's handle_RCPT and handle_DATA, and at commit
# d0e6865ac276, the earlier handler that accepted every recipient; readme.md at commit 73822de0cc2d, "This is draft
# project"; the stored repository has no licence file and names no author beyond its owner olivierb2; only the reply
# texts are quoted). aiosmtpd writes what the handler returns as the reply, byte for byte. A sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are DjanCloud's; the DSNs are
# made.
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
#   "550 5.1.1 Recipient domain not allowed"   (handle_RCPT: the recipient's domain is not among the AllowedDomain
#                              rows, cached for 300 seconds) to RCPT TO, for gus@ and gina@ gamma.test
#   "550 5.1.1 No valid recipients - domain not allowed"   (handle_DATA: the domains checked again after the message,
#                              against the cached list read anew, and no recipient's domain is still allowed) after the
#                              message, for lou@ and lea@ gamma.test
#   "550 5.1.1 No valid recipients"   (handle_DATA: no recipient is the e-mail address of a user or the alias of a
#                              shared mailbox, so nothing was delivered; handle_RCPT accepts any local part of an allowed
#                              domain) after the message, for cal@ and cole@ beta.test (one message to both) and cy@
#                              beta.test
# Not served: aiosmtpd's own replies (malformed or out-of-order commands, its size limit); a message with at least one
# known recipient is accepted whole (the unknown ones are only logged).
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes of plain
# text. Every reply is permanent: each message is returned at once. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-djancloud}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DjanCloud's replies.
DOMAIN='550 5.1.1 Recipient domain not allowed'
GONE='550 5.1.1 No valid recipients - domain not allowed'
NONE='550 5.1.1 No valid recipients'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$DOMAIN" \
    gina@gamma.test rcpt "$DOMAIN" \
    lou@gamma.test eom "$GONE" \
    lea@gamma.test eom "$GONE" \
    cal@beta.test eom "$NONE" \
    cole@beta.test eom "$NONE" \
    cy@beta.test eom "$NONE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-domain-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe shared folder link is in the calendar invite.\n\nCarol
no-valid-recipients-domain-not-allowed	carol@alpha.test	lou@gamma.test	192.0.2.25	Lou,\n\nthe contacts export is done.\n\nCarol
no-valid-recipients	carol@alpha.test	cal@beta.test,cole@beta.test	192.0.2.25	Cal, Cole,\n\nthe budget sheet is in the team folder.\n\nCarol
exim-recipient-domain-not-allowed	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe minutes are on the wiki.\n\nPat
exim-no-valid-recipients-domain-not-allowed	pat@pi.test	lea@gamma.test	192.0.2.35	Lea,\n\nthe calendar sync works again.\n\nPat
exim-no-valid-recipients	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe photos are in the shared album.\n\nPat
SEND
# six messages refused for good, each returned at once (three by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
