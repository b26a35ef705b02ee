#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-inboxen: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the mail router of Inboxen (Inboxen/Inboxen, inboxen.org: a self-hostable service of unlimited receive-only inboxes by
# Jessica Tallon and Matt Molyneaux; Django with a Salmon mail server, which its boot configuration runs as an SMTP or an
# LMTP receiver; AGPL-3.0-or-later, its files' notices: only the reply texts are quoted here). A sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Inboxen's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool; stored copies, no date shown): Inboxen/Inboxen inboxen/router/server.py (commit
# b05ca497b062) and its older place inboxen/router/app/server.py, inboxen/router/utils.py, inboxen/router/config/boot.py
# and inboxen/utils/inbox.py (RESERVED_LOCAL_PARTS_REGEX: abuse, hostmaster, postmaster, root, ... "inboxes that should be
# reserved"). Its two Salmon handlers raise Salmon's SMTPError with a code and a message, which the receiver writes as
# "<code> <message>" after the message (see loopback-salmon's script for how Salmon answers):
#   process_message, for an address that is not reserved: the inbox is looked up among the inboxes still receiving
#     (`Inbox.objects.filter(inbox=..., domain__domain=...).receiving().get()`); Inbox.DoesNotExist: "550 No such
#     address"; a DatabaseError while storing the message ("DB error"): "451 Error processing message, try again later.";
#   forward_to_admins, for a reserved local part (postmaster@, abuse@, ...): relaying the message to the site's admins
#     failed ("Error while forwarding admin message"): "450 Error while forwarding admin message %s", %s being
#     id(message), the Python object's number; filled in with 140011483525904, a number of that shape.
# The selection (stated before the run, not by what any reader makes of the texts): all three replies Inboxen's own code
# writes, each to both senders, one recipient a message (Salmon's receiver takes one recipient a transaction). Served,
# after the message:
#   "550 No such address"                                          nina@, noah@beta.test (Postfix); ned@beta.test (Exim)
#   "451 Error processing message, try again later."               dee@beta.test (Postfix); dev@beta.test (Exim)
#   "450 Error while forwarding admin message 140011483525904"     postmaster@beta.test (Postfix); abuse@beta.test (Exim)
# The temporary replies are served to every attempt, so each sender warns after a minute and returns after three. Not
# served: Salmon's own replies (loopback-salmon has them) and the replies of the LMTP receiver's front MTA.
# The replies are chosen by recipient address, not by anything the senders did: the messages are a few lines without
# an attachment, no inbox was looked up, no database or relay failed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-inboxen}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the router's replies.
NO_SUCH_ADDRESS='550 No such address'
PROCESSING_ERROR='451 Error processing message, try again later.'
FORWARDING_ERROR='450 Error while forwarding admin message 140011483525904'
printf '%s\t%s\t%s\n' \
    nina@beta.test eom "$NO_SUCH_ADDRESS" \
    noah@beta.test eom "$NO_SUCH_ADDRESS" \
    ned@beta.test eom "$NO_SUCH_ADDRESS" \
    dee@beta.test eom "$PROCESSING_ERROR" \
    dev@beta.test eom "$PROCESSING_ERROR" \
    postmaster@beta.test eom "$FORWARDING_ERROR" \
    abuse@beta.test eom "$FORWARDING_ERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-address	carol@alpha.test	nina@beta.test	192.0.2.25	Nina,\n\nthe garden tour starts at ten.\n\nCarol
no-such-address-second	carol@alpha.test	noah@beta.test	192.0.2.25	Noah,\n\nthe library sale is on Saturday.\n\nCarol
error-processing-message	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe swimming gala needs timekeepers.\n\nCarol
error-forwarding-admin-message	carol@alpha.test	postmaster@beta.test	192.0.2.25	Hello,\n\nyour list server sends every digest twice.\n\nCarol
exim-no-such-address	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe cricket nets open in April.\n\nPat
exim-error-processing-message	pat@pi.test	dev@beta.test	192.0.2.35	Dev,\n\nthe puppet show is sold out.\n\nPat
exim-error-forwarding-admin-message	pat@pi.test	abuse@beta.test	192.0.2.35	Hello,\n\na host of yours probes our mail server.\n\nPat
SEND
# three returns at once (the 550s), then a warning after a minute and a return after 3 for each deferred message (two
# of each sender's): 11 files
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
