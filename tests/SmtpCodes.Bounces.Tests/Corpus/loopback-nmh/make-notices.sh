#!/usr/bin/env bash
# Makes the messages of Corpus/loopback-nmh: the MH mail reader nmh 1.8 (Debian bookworm's nmh 1.8~RC2-2) sends drafts
# with `send -push -forward` through its user's submission server, a Postfix 3.7 that refuses some of them during the SMTP
# session; nmh's post fails, and send, detached from the terminal as -push has it, mails its failure notice ("send failed
# on <draft>", post's messages, and the unsent draft attached, as -forward has it) back to the user with its mailproc,
# through the same server; each file is the bytes that Postfix's virtual(8) wrote to the user's maildir, unedited.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so
# it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix, nmh (a mail reader with no
# daemon: installed, as its programs read their /etc/nmh files) and python3-dnslib installed on the host.
#
#   sudo bash make-notices.sh            # writes one file a notice beside this script
#   sudo OUT=/tmp/x bash make-notices.sh # the same into another folder (a run takes about a minute)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.24  smtp.alpha.test, the submission listener (port 587, nmh's default) of alpha.test's Postfix: carol and dora have
#               mailboxes; it trusts only 127.0.0.1 (`-o mynetworks`), so carol's nmh, which does not authenticate,
#               may send only to alpha.test; message_size_limit 100000.
#   192.0.2.25  mx.alpha.test, the same Postfix's own address (lb_postfix_sender).
#   192.0.2.27  a server that is not there (no route): one draft is sent with `-server 192.0.2.27`.
# carol's nmh: `install-mh -auto` and its drafts folder, an mts.conf of the run (MHMTSCONF) with `mts: smtp` and `servers: 192.0.2.24`.
# A small DNS server (../loopback-dns.py, python3-dnslib's) answers for the test domains on 127.0.0.1.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nmh}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25
lb_dns <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
smtp.alpha.test. 300 IN A 192.0.2.24
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
24.2.0.192.in-addr.arpa. 300 IN PTR smtp.alpha.test.
beta.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 192.0.2.26
EOF

lb_postfix_sender alpha alpha.test 25 "carol dora" "message_size_limit = 100000" \
    "192.0.2.24:submission inet n - n - - smtpd -o myhostname=smtp.alpha.test -o mynetworks=127.0.0.1/32"
sleep 5

# carol's nmh, run as the user carol (nmh mails its notice to the user that runs it)
lb_user carol 1500
export HOME=$W/home/carol USER=carol MHMTSCONF=$W/mts.conf
mkdir -p "$HOME"; chown carol:carol "$HOME"
printf 'mts: smtp\nservers: 192.0.2.24\nlocalname: laptop.alpha.test\n' > "$MHMTSCONF"
as_carol() { setpriv --reuid=carol --regid=carol --clear-groups "$@"; }
as_carol /usr/bin/mh/install-mh -auto
as_carol mkdir -p "$HOME/Mail/drafts"   # the draft folder that Debian's profile names (send works in it)
# the drafts, as comp would leave them in the draft folder (numbered in the order below; the Subject names the scenario)
n=0
draft() {   # NAME TO CC BODY
    n=$((n + 1))
    { echo "From: Carol <carol@alpha.test>"; echo "To: $2"; [ -z "$3" ] || echo "Cc: $3"
      echo "Subject: $1"; echo "--------"; printf '%s\n' "$4"; } > "$HOME/Mail/drafts/$n"
}
draft unknown-colleague "nobody@alpha.test" "" "Hi,

the room for Thursday is booked.

Carol"
draft relay-denied "bob@beta.test" "" "Bob,

the minutes of Tuesday's meeting are below.

Carol"
draft two-recipients "dora@alpha.test" "ghost@alpha.test" "Dora, Gus,

the quiz night moved to Thursday.

Carol"
draft too-large "dora@alpha.test" "" "Dora,

the scans of the plans:

$(for _ in $(seq 2000); do echo 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef; done)
Carol"
draft server-down "dora@alpha.test" "" "Dora,

I will be ten minutes late.

Carol"
cd "$HOME"; chown carol:carol "$HOME"/Mail/drafts/*
for msg in 1 2 3; do
    as_carol /usr/bin/mh/send -push -forward $msg || true
    sleep 5
done
# the draft over the size limit with -noforward: with -forward (which this nmh also takes as the default), the notice
# carries the draft and is refused as well (nmh then keeps it in dead.letter)
as_carol /usr/bin/mh/send -push -noforward 4 || true
sleep 5
as_carol /usr/bin/mh/send -push -forward -server 192.0.2.27 5 || true
# five notices to carol
lb_wait 5 "$WAIT_SECONDS" alpha.test
postfix -c "$W/alpha" stop || true
