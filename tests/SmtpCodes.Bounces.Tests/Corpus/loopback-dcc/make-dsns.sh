#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dcc: a receiving SMTP server (../loopback-replay.py) answers with the default SMTP
# replies of the DCC, the Distributed Checksum Clearinghouse (Rhyolite Software, LLC; Vernon Schryver's bulk-mail
# detector, whose dccm milter and dccifd daemon sit beside the receiving MTA and refuse or greylist a message once its
# body's checksums have been counted), as its own source gives them. Read with the search tool (its code corpus names no
# repository for these files): the DCC source file headed "Distributed Checksum Clearinghouse / SMTP reply strings"
# ("Rhyolite Software DCC 2.3.167-1.36", "Copyright (c) 2019 by Rhyolite Software, LLC"), whose "default SMTP message
# templates" are:
#   reject (log "reject")                       DCC_RCODE DCC_XCODE "mail %ID from %CIP rejected by DCC": the message's
#                                               checksums reached the site's bulk thresholds;
#   reputation (log "reject by DCC reputation") DCC_RCODE DCC_XCODE "%ID bulk mail reputation; see
#                                               https://commercial-dcc.rhyolite.com/cgi-bin/reps.cgi?tgt=%CIP": the
#                                               client's address has a bad DCC reputation (the share of bulk mail it
#                                               sent);
#   greylist (log "temporary greylist embargo") "452" "4.2.1" "mail %ID from %CIP temporary greylist embargoed";
#   dcc_fail_reply (log "temporary reject")     "451" "4.4.0" DCC_XHDR_RESULT_DCC_FAIL: the DCC itself failed;
# and the DCC's common header defines DCC_RCODE "550", DCC_XCODE "5.7.1" and DCC_XHDR_RESULT_DCC_FAIL "DCC failure";
# %ID is "sendmail queue ID; fake for dccifd" and %CIP the "SMTP client IP address". The file's licence: "Permission to
# use, copy, modify, and distribute this software without changes for any purpose with or without fee is hereby
# granted, provided that the above copyright notice and this permission notice appear in all copies ...".
# Changed: %ID is filled with a fixed queue ID, 3F2A81C0D4 (the replaying server keeps no queue), %CIP with the
# client's address ({client}). The milter answers for the whole message after its end (the body's checksums decide), so
# every reply is served after the final dot of DATA. Not served: the DNSBL refusal (its default text is the reject's,
# "mail %ID from %CIP rejected by DCC", served already) and a site's own -r texts.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are the DCC's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, all after the message's final dot:
#   "550 5.7.1 mail 3F2A81C0D4 from {client} rejected by DCC"           to brad@beta.test and bess@beta.test
#                                                                       (Postfix and Exim)
#   "550 5.7.1 3F2A81C0D4 bulk mail reputation; see https://commercial-dcc.rhyolite.com/cgi-bin/reps.cgi?tgt={client}"
#                                                                       to rita@beta.test (Postfix and Exim)
#   "452 4.2.1 mail 3F2A81C0D4 from {client} temporary greylist embargoed"
#                                                                       to gwen@beta.test (Postfix and Exim: a warning
#                                                                       after 1 minute, a return after 3)
#   "451 4.4.0 DCC failure"                                             to fay@beta.test (Postfix and Exim: a warning
#                                                                       after 1 minute, a return after 3)
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text,
# the senders' addresses and hosts resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dcc}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the DCC's default replies, its %ID and %CIP filled.
id=3F2A81C0D4
printf '%s\t%s\t%s\n' \
    brad@beta.test eom "550 5.7.1 mail $id from {client} rejected by DCC" \
    bess@beta.test eom "550 5.7.1 mail $id from {client} rejected by DCC" \
    rita@beta.test eom "550 5.7.1 $id bulk mail reputation; see https://commercial-dcc.rhyolite.com/cgi-bin/reps.cgi?tgt={client}" \
    gwen@beta.test eom "452 4.2.1 mail $id from {client} temporary greylist embargoed" \
    fay@beta.test eom '451 4.4.0 DCC failure' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-by-dcc	carol@alpha.test	brad@beta.test,bess@beta.test	192.0.2.25	Brad, Bess,\n\nthe spring catalogue is out.\n\nCarol
bulk-mail-reputation	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nour weekly offers are below.\n\nCarol
greylist-embargo	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe meeting notes are attached as text.\n\nCarol
dcc-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe train leaves at nine.\n\nCarol
exim-rejected-by-dcc	pat@pi.test	brad@beta.test,bess@beta.test	192.0.2.35	Brad, Bess,\n\nthe club newsletter for May.\n\nPat
exim-bulk-mail-reputation	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe sale ends on Sunday.\n\nPat
exim-greylist-embargo	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe lab results are in.\n\nPat
exim-dcc-failure	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe keys are with the neighbour.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 from each sender for each deferred message
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
