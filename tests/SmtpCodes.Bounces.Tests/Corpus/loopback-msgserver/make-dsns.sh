#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-msgserver: a receiving SMTP server (../loopback-replay.py) answers with the default
# reply texts of Oracle Communications Messaging Server (formerly Sun Java System, Sun ONE and iPlanet Messaging Server),
# as its "Messaging Server Technical Reference Wiki" (https://msg.wikidoc.info, page "Error text MTA options", stored as
# its revision diffs index.php?title=Error_text_MTA_options&diff=27637&oldid=26241 and &oldid=26564, read with the search
# tool; the page's table gives, for each error_text_* MTA option, the SMTP code, the enhanced status code and the default
# text the MTA sends when the option is not set) documents them; a sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Messaging Server's defaults; the DSNs are made. The
# wiki states no licence on the stored copy; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply served, with the code, status and default text of the table's row (the table's "550 or 450*": 550, the
# permanent form), at the stage the option's description names:
#   error_text_unknown_host  "550 5.1.2 unknown host or domain: <address>"   an address whose host or domain part the MTA
#                          does not know                                to RCPT TO, for hal@, hub@beta.test
#   error_text_unknown_user  "550 5.1.1 unknown or illegal user: <address>"  an address whose local part names no user
#                          to RCPT TO, for ula@, uli@beta.test
#   (the row of line 108)    "552 5.2.3 channel limit of 10240 kilobytes on message size exceeded"   a message larger
#                          than the channel's size limit                after the final dot, for max@beta.test
# Changed: the MTA writes the refused address after the default text (": <address>"), as a Messaging Server site's
# published refusal shows ("550 5.1.1 unknown or illegal alias: user@host.tufts.edu", the third row's text, quoted by
# Tufts University's bounce page, whose over-quota example names Messaging Server's ims-ms channel); the table prints
# the texts alone. The size row's "%d" is filled with 10240 (10 MB) and its SMTP code, which the stored copy cuts, with
# 552 (RFC 5321's "Requested mail action aborted: exceeded storage allocation", the code for a message too large).
# Not served: error_text_unknown_alias ("550 5.1.1 unknown or illegal alias", already replayed in Corpus/loopback-tufts)
# and the SRS rows ("SRS/MUL address has timed out", "SRS/MUL address has a bad hash value"), whose SMTP codes the
# stored copy cuts.
# The replies are chosen by recipient address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-msgserver}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the wiki's default texts.
printf '%s\t%s\t%s\n' \
    hal@beta.test rcpt '550 5.1.2 unknown host or domain: {rcpt}' \
    hub@beta.test rcpt '550 5.1.2 unknown host or domain: {rcpt}' \
    ula@beta.test rcpt '550 5.1.1 unknown or illegal user: {rcpt}' \
    uli@beta.test rcpt '550 5.1.1 unknown or illegal user: {rcpt}' \
    max@beta.test eom '552 5.2.3 channel limit of 10240 kilobytes on message size exceeded' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-host	carol@alpha.test	hal@beta.test,hub@beta.test	192.0.2.25	Hal, Hub,\n\nthe server room audit is next week.\n\nCarol
unknown-user	carol@alpha.test	ula@beta.test,uli@beta.test	192.0.2.25	Ula, Uli,\n\nthe directory export finished overnight.\n\nCarol
size-limit	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe scanned contracts follow in the next message.\n\nCarol
exim-unknown-host	pat@pi.test	hal@beta.test,hub@beta.test	192.0.2.35	Hal, Hub,\n\nthe calendar migration is on Friday.\n\nPat
exim-unknown-user	pat@pi.test	ula@beta.test,uli@beta.test	192.0.2.35	Ula, Uli,\n\nthe new badge readers are installed.\n\nPat
exim-size-limit	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe floor plans are on the shared drive.\n\nPat
SEND
# six returns at once, three from each sender
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
