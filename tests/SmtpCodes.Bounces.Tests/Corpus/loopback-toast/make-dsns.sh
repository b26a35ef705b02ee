#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-toast: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# TOAST.net's support articles quote from its mail servers (TOAST.net, an internet service provider of Toledo, Ohio):
# "PTR - Due to Mis-configured DNS Settings" (http://support.toast.net/KB/a75/ptr-due-to-mis-configured-dns-settings.aspx:
# "Unable to send email to an email address hosted by TOAST.net. Typically a bounced message is received with one of the
# following errors") and "SPF Rules - Email returned stating "Does not pass SPF requirements for domain""
# (https://support.toast.net/kb/a78/spf-rules-email-returned-stating-does-not-pass-spf-requirements-for-domain.aspx),
# byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are TOAST.net's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply the two articles quote from TOAST.net's servers (article a75's other two items, "Delivery to the following
# recipients has been delayed." and "Could not deliver the message in the time limit specified...", are the sending
# Exchange server's own words, not a reply, and are not served; its first item shows the reply inside an Exchange NDR's
# "Remote Server returned '554 5.0.0 <smX.toast.net #5.0.0 smtp; ...>'", of which the reply is the part after "smtp; "):
#   "554 Sending address not accepted due to spam filter"                    after the message, for sam@, sue@beta.test
#   "501 Domain must resolve."                                               to MAIL FROM, from the clients that send to
#                                                                            gamma.test (gina@, gus@)
#   "550 Connecting IP must have valid PTR record for 192.0.2.25"            to RCPT TO, for pia@, phil@beta.test
#   "550 192.0.2.25 does not pass SPF requirements for the domain."          to RCPT TO, for spencer@, sandy@beta.test
# The articles give no stage; the third reply has no code on the page (it is quoted inside the sending Exchange's "There
# was a SMTP communication problem with the recipient's email server" text), so its code (550) is the run's, and its
# "(sender's mail server IP)" and the fourth's "<ip address>" are filled with the client's address ({client}). The stages
# are the run's: the spam filter's verdict after the message, the sender's domain at MAIL FROM, the rest at RCPT TO. The
# replies are chosen by recipient or client address, not by anything the senders did: their hosts have reverse names,
# their domains resolve, and no SPF record is published or asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-toast}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the articles' replies.
printf '%s\t%s\t%s\n' \
    sam@beta.test eom '554 Sending address not accepted due to spam filter' \
    sue@beta.test eom '554 Sending address not accepted due to spam filter' \
    client:192.0.2.24 mail '501 Domain must resolve.' \
    client:192.0.2.34 mail '501 Domain must resolve.' \
    pia@beta.test rcpt '550 Connecting IP must have valid PTR record for {client}' \
    phil@beta.test rcpt '550 Connecting IP must have valid PTR record for {client}' \
    spencer@beta.test rcpt '550 {client} does not pass SPF requirements for the domain.' \
    sandy@beta.test rcpt '550 {client} does not pass SPF requirements for the domain.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spam-filter	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe minutes of Tuesday's board meeting are below.\n\nCarol
domain-must-resolve	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe parcel went out this morning.\n\nCarol
ptr-record	carol@alpha.test	pia@beta.test,phil@beta.test	192.0.2.25	Pia, Phil,\n\nthe floor plans for the new office are ready.\n\nCarol
spf	carol@alpha.test	spencer@beta.test	192.0.2.25	Spencer,\n\nthe renewal notice came today.\n\nCarol
exim-spam-filter	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe school fete needs two more volunteers.\n\nPat
exim-domain-must-resolve	pat@pi.test	gina@gamma.test,gus@gamma.test	192.0.2.35	Gina, Gus,\n\nthe bus to the match leaves at eight.\n\nPat
exim-ptr-record	pat@pi.test	phil@beta.test	192.0.2.35	Phil,\n\nthe library books are due back on Monday.\n\nPat
exim-spf	pat@pi.test	spencer@beta.test,sandy@beta.test	192.0.2.35	Spencer, Sandy,\n\nthe quarterly figures are attached below.\n\nPat
SEND
# at once: eight returns (every reply is permanent; Exim writes one return for the two refused recipients of a message)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
