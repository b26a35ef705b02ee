#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bytecamp: a receiving SMTP server (../loopback-replay.py) answers with the five
# replies that bytecamp's FAQ "Fehlermeldungen bei Zustellproblemen" lists (https://www.bytecamp.net/de/faq/email/
# zustellen.html: the replies of the German hosting provider's mail servers to mail delivered to them), byte for byte,
# each at the stage such a reply comes; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# and delay warnings are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are bytecamp's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The page's five replies, every one it lists, and when the run serves each (the page names no stage; the run chooses the
# one where the words place them):
#   "450 4.7.1 Client host rejected: cannot find your reverse hostname": to RCPT TO rhea@beta.test;
#   "450 4.2.0 Recipient address rejected: Greylisted": to RCPT TO gus@beta.test;
#   "421 4.7.0 Error: too many connections from ...": instead of the greeting, to the clients that send mail to
#       gamma.test, with "..." the client's address;
#   "422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)": to RCPT TO quinn@beta.test;
#   "571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)": after the message to sam@beta.test.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server; both senders warn after 1 minute and return mail
#               after 3.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bytecamp}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
lb_two_senders_zone | lb_dns

# The replaying server (mx.beta.test, mx.gamma.test) with the page's replies (KEY, STAGE, REPLY, tab-separated).
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Error: too many connections from {client}' \
    client:192.0.2.34 connect '421 4.7.0 Error: too many connections from {client}' \
    rhea@beta.test rcpt '450 4.7.1 Client host rejected: cannot find your reverse hostname' \
    gus@beta.test rcpt '450 4.2.0 Recipient address rejected: Greylisted' \
    quinn@beta.test rcpt '422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)' \
    sam@beta.test eom '571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)' > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
reverse-hostname	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe tickets for Saturday are in my bag.\n\nCarol
greylisted	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\ncould you water the plants while I am away?\n\nCarol
too-many-connections	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe photos from the wedding are online now.\n\nCarol
quota	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nhere are the notes from the parents' evening.\n\nCarol
spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe football kit needs washing before Sunday.\n\nCarol
exim-reverse-hostname	pat@pi.test	rhea@beta.test	192.0.2.35	Rhea,\n\nthe plumber comes on Tuesday morning.\n\nPat
exim-greylisted	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe bike shop has your wheel ready.\n\nPat
exim-too-many-connections	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe choir sings at six on Friday.\n\nPat
exim-quota	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe school trip letter is below.\n\nPat
exim-spam	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe allotment rent is due this month.\n\nPat
SEND
# at once: the two spam returns; after a minute eight delay warnings; after three minutes eight returns
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
