#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2x: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# SMTP2X, wenisch-tech's self-hosted gateway in Java that turns the mail of SMTP-only applications into GitLab, GitHub
# or Forgejo issues, Mattermost messages and webhooks by routing rules (repository wenisch-tech/SMTP2X, read with the
# search tool: src/main/java/tech/wenisch/smtp2x/service/SmtpServerService.java at commit 10e78da41a0f, whose
# receive() throws SubEthaSMTP's RejectException with a code and a text of its own after the message, written "<code>
# <text>" by RejectException.getErrorResponse (davidmoten/subethasmtp, src/main/java/org/subethamail/smtp/
# RejectException.java at d7d39328c893; SMTP2X's pom.xml at 090839e27624 uses its 7.1.7); MessageIngestionService.java
# at 10e78da41a0f, whose IllegalArgumentException's text becomes the 550's; README.md at 05285bad0d26, the meaning of
# SMTP2X_SMTP_ALLOWED_CIDRS and "SMTP2X correctly rejects messages that match no enabled action", and its licence
# badge, AGPL v3. Only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are SMTP2X's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (every one after the message: SMTP2X decides in the
# message handler's data(), once the data is read):
#   "550 Client IP is not allowed"   (receive: SMTP2X_SMTP_ALLOWED_CIDRS is set and the client's address is in none of
#                              its CIDRs) after the message, to every message from the Postfix's second address
#                              (out2.alpha.test, which sends for gamma.test) and from the Exim's second address
#                              (out2.pi.test, likewise), for gus@ and gina@ gamma.test
#   "550 No enabled routing action matches this message"   (MessageIngestionService.accept: no routing rule, global
#                              or for a recipient, filtering on envelope sender and subject, matches the message with
#                              an enabled action) after the message, for bob@ and bea@ beta.test
#   "451 SMTP2X could not accept the message; please retry"   (receive: storing the message, its attachments or its
#                              delivery jobs failed with any other exception) after the message, to every attempt,
#                              for ben@ and bart@ beta.test
# Not served: SubEthaSMTP's own replies (its size refusal, its "Authentication required" when
# SMTP2X_SMTP_AUTHENTICATION is REQUIRED, the replies to malformed or out-of-order commands), "554 Sender and recipient
# are required" and the ingestion's "An SMTP recipient is required" and "Message exceeds configured size" (unreachable:
# SubEthaSMTP and data() refuse those cases first), and the failures of the GitLab, webhook or Mattermost deliveries,
# which run after the message was accepted and retry in the background. The replies are chosen by client address or
# recipient, not by anything the senders did: no allowlist or routing rule was configured, nothing was stored. The
# temporary reply comes on every attempt (each sender warns after a minute and returns the message after 3). At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2x}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTP2X's replies.
CIDR='550 Client IP is not allowed'
NOROUTE='550 No enabled routing action matches this message'
RETRY='451 SMTP2X could not accept the message; please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 eom "$CIDR" \
    client:192.0.2.34 eom "$CIDR" \
    bob@beta.test eom "$NOROUTE" \
    bea@beta.test eom "$NOROUTE" \
    ben@beta.test eom "$RETRY" \
    bart@beta.test eom "$RETRY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-ip-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Backup job nightly-db finished with warnings.\n\nCarol
no-routing-action	carol@alpha.test	bob@beta.test	192.0.2.25	Build 1187 of the billing service failed.\n\nCarol
could-not-accept	carol@alpha.test	ben@beta.test	192.0.2.25	The disk on build-agent-2 is 93 percent full.\n\nCarol
exim-client-ip-not-allowed	pat@pi.test	gina@gamma.test	192.0.2.35	Certificate for shop.pi.test expires in 9 days.\n\nPat
exim-no-routing-action	pat@pi.test	bea@beta.test	192.0.2.35	Uptime check for the wiki failed 3 times.\n\nPat
exim-could-not-accept	pat@pi.test	bart@beta.test	192.0.2.35	The nightly export produced an empty file.\n\nPat
SEND
# four messages refused for good, returned at once (two by each sender), then for each sender's temporary reply a
# warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
