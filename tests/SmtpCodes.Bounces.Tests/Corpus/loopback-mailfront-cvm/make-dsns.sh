#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailfront-cvm, after loopback-mailfront/make-dsns.sh (the same program): mailfront
# (Debian bookworm's mailfront 2.12, Bruce Guenter's SMTP front end of the qmail world, untroubled.org), with the same
# plugin list as there (its documentation's list for a qmail site), verifies each recipient at RCPT with its
# cvm-validate plugin against a CVM, a credential validation module of the same author (Debian bookworm's cvm 0.97,
# cvm-pwfile over a password file of the run), and answers with the plugin's stock texts: an address the CVM does not
# know, and a CVM that cannot be reached. A sending Postfix and a sending Exim write the DSNs; each file is the bytes they
# delivered to the sender's maildir, unedited. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. mailfront, cvm and Exim are not installed: the script fetches mailfront, cvm (and the libraries they need
# that the host lacks, libbg2, libcvm1, liblua5.1-0), exim4-base and exim4-daemon-light with `apt-get download` into its
# work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# mailfront runs as in loopback-mailfront (`mailfront smtp queuedir <plugins>`, one process per connection started by a
# few lines of Python in the way tcpserver starts it; QMAILHOME's control/rcpthosts lists beta.test and delta.test), with
# cvm-validate's setting CVM_LOOKUP (plugin-cvm-validate's page):
#   192.0.2.26  mx.beta.test: CVM_LOOKUP=cvm-command:<cvm-pwfile>, CVM_PWFILE_PATH a password file that holds bob and bea
#               (cvm-pwfile looks the recipient's local part up in it).
#   192.0.2.27  mx.delta.test: CVM_LOOKUP=cvm-local:<a socket where no CVM listens> (the verification service is down).
# The senders (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; the same times.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailfront-cvm}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch mailfront cvm libbg2 libcvm1 liblua5.1-0 exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 27 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'; } | lb_dns
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.27
27.2.0.192.in-addr.arpa. 300 IN PTR mx.delta.test.
ZONE

# mailfront's and the CVM's settings.
mkdir -p "$W/qmail/control" "$W/queue/tmp" "$W/queue/new" "$W/cvm"
printf 'beta.test\ndelta.test\n' > "$W/qmail/control/rcpthosts"
printf 'bob:x:1000:1000:Bob:/home/bob:/bin/sh\nbea:x:1001:1001:Bea:/home/bea:/bin/sh\n' > "$W/cvm/pwfile"
cat > "$W/front.py" <<EOF
import os, signal, socket, sys
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
address, host, lookup = sys.argv[1:4]
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((address, 25))
listener.listen(16)
root = "$W/root"
env = dict(os.environ, PROTO="TCP", TCPLOCALIP=address, TCPLOCALHOST=host, TCPLOCALPORT="25",
           LD_LIBRARY_PATH=root + "/usr/lib/x86_64-linux-gnu:" + root + "/usr/lib", MODULE_PATH=root + "/usr/lib/mailfront",
           QMAILHOME="$W/qmail", QUEUEDIR="$W/queue", CVM_LOOKUP=lookup, CVM_PWFILE_PATH="$W/cvm/pwfile")
plugins = ["check-fqdn", "counters", "mailrules", "relayclient", "cvm-validate", "qmail-validate", "add-received",
           "patterns"]
while True:
    connection, (remote, port) = listener.accept()
    if os.fork() == 0:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)   # mailfront waits for the CVM it starts
        os.dup2(connection.fileno(), 0); os.dup2(connection.fileno(), 1)
        env.update(TCPREMOTEIP=remote, TCPREMOTEPORT=str(port))
        os.execve(root + "/usr/sbin/mailfront", ["mailfront", "smtp", "queuedir"] + plugins, env)
    connection.close()
EOF
/usr/bin/python3 "$W/front.py" 192.0.2.26 mx.beta.test "cvm-command:$W/root/usr/bin/cvm-pwfile" 2> "$W/mailfront-beta.log" &
/usr/bin/python3 "$W/front.py" 192.0.2.27 mx.delta.test "cvm-local:$W/cvm/no-cvm-here.sock" 2> "$W/mailfront-delta.log" &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<SEND
unknown	carol@alpha.test	ghost@beta.test	192.0.2.25	Hi,\n\nis this still the address for the club?\n\nCarol
unknown-two	carol@alpha.test	gone@beta.test,ghost@beta.test	192.0.2.25	Hello both,\n\nthe dates for the course are below.\n\nCarol
exim-unknown-beside	pat@pi.test	bob@beta.test,ghost@beta.test	192.0.2.35	Hello,\n\nthe photos from Saturday are online.\n\nPat
verifier-down	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe rota for next week is below.\n\nCarol
exim-verifier-down	pat@pi.test	dan@delta.test	192.0.2.35	Dan,\n\nthe invoice for May is below.\n\nPat
clean	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nsee you at eight.\n\nCarol
SEND
# at once: the returns of unknown, unknown-two and exim-unknown-beside; after a minute the warnings of verifier-down and
# exim-verifier-down, after three minutes their returns; clean is accepted into the queue folder
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
