#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailfront: mailfront (Debian bookworm's mailfront 2.12, Bruce Guenter's SMTP front
# end of the qmail world, untroubled.org) receives mail for the recipient domains with the plugin list its own
# documentation gives for a qmail site (check-fqdn, counters, mailrules, relayclient, cvm-validate, qmail-validate,
# add-received, patterns: the list its smtpfront-qmail wrapper loads, less cvm-authenticate, which only serves SMTP AUTH)
# and its rbl plugin, answering with their stock texts: a DNS block list's listing, qmail's badrcptto list, a domain not
# in rcpthosts, a size limit (DATABYTES), a recipient limit (MAXRCPTS) and the patterns plugin's example file from its
# documentation (executable content). A sending Postfix and a sending Exim write the DSNs; each file is the bytes they
# delivered to the sender's maildir, unedited. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. mailfront and Exim are not installed: the script fetches mailfront (and the libraries it needs that the
# host lacks, libbg2, libcvm1, liblua5.1-0), exim4-base and exim4-daemon-light with `apt-get download` into its work
# folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# mailfront runs as `mailfront smtp queuedir <plugins>` (the queuedir backend writes accepted mail to a folder, in
# place of qmail's queue), one process per connection, started by a few lines of Python in the way tcpserver starts it
# (the connection on standard input and output, $PROTO=TCP and $TCPREMOTEIP, $TCPLOCALIP, $TCPLOCALHOST set), with the
# settings of its plugins' pages: QMAILHOME a folder whose control/rcpthosts lists beta.test and gamma.test and whose
# control/badrcptto lists ghost@beta.test; DATABYTES=100000; MAXRCPTS=2; PATTERNS the example file of plugin-patterns'
# page (its first two patterns); RBL_BLACKLISTS=bl.test, a list the run's DNS server publishes, naming the senders'
# second addresses (192.0.2.24 and 192.0.2.34, which they use for gamma.test) with a TXT text of the run.
# Addresses on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (and 192.0.2.24 for gamma.test); warns after 1 minute,
#               returns mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (and 192.0.2.34 for gamma.test); the same times.
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test: mailfront (delta.test is not in rcpthosts: an MX record
#               that points at a server which does not take the domain).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailfront}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch mailfront libbg2 libcvm1 liblua5.1-0 exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'; } | lb_dns
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.26
24.2.0.192.bl.test. 300 IN A 127.0.0.2
24.2.0.192.bl.test. 300 IN TXT "192.0.2.24 is listed in bl.test"
34.2.0.192.bl.test. 300 IN A 127.0.0.2
34.2.0.192.bl.test. 300 IN TXT "192.0.2.34 is listed in bl.test"
ZONE

# mailfront's settings.
mkdir -p "$W/qmail/control" "$W/queue/tmp" "$W/queue/new"
printf 'beta.test\ngamma.test\n' > "$W/qmail/control/rcpthosts"
printf 'ghost@beta.test\n' > "$W/qmail/control/badrcptto"
printf '%s\n' "=We don't accept email with executable content (#5.3.4)" '\TVqQAAMAA*' '\TVpQAAIAA*' > "$W/patterns"
cat > "$W/front.py" <<EOF
import os, signal, socket, sys
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("192.0.2.26", 25))
listener.listen(16)
root = "$W/root"
env = dict(os.environ, PROTO="TCP", TCPLOCALIP="192.0.2.26", TCPLOCALHOST="mx.beta.test", TCPLOCALPORT="25",
           LD_LIBRARY_PATH=root + "/usr/lib/x86_64-linux-gnu:" + root + "/usr/lib", MODULE_PATH=root + "/usr/lib/mailfront",
           QMAILHOME="$W/qmail", QUEUEDIR="$W/queue", DATABYTES="100000", MAXRCPTS="2", PATTERNS="$W/patterns",
           RBL_BLACKLISTS="bl.test")
plugins = ["check-fqdn", "counters", "mailrules", "relayclient", "cvm-validate", "qmail-validate", "add-received",
           "patterns", "rbl"]
while True:
    connection, (address, port) = listener.accept()
    if os.fork() == 0:
        os.dup2(connection.fileno(), 0); os.dup2(connection.fileno(), 1)
        env.update(TCPREMOTEIP=address, TCPREMOTEPORT=str(port))
        os.execve(root + "/usr/sbin/mailfront", ["mailfront", "smtp", "queuedir"] + plugins, env)
    connection.close()
EOF
/usr/bin/python3 "$W/front.py" 2> "$W/mailfront.log" &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test), sending mail for gamma.test from their second addresses.
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. The "program" line is the start of a
# Windows program in base64, the example pattern's text (harmless: a line of text, no program).
big=$(/usr/bin/python3 -c 'print("\\n".join("line %04d of the minutes of the meeting, attached in full as text" % i for i in range(2000)))')
lb_send <<SEND
listed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rota for next week is below.\n\nCarol
exim-listed	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe photos from Saturday are online.\n\nPat
badrcptto	carol@alpha.test	ghost@beta.test	192.0.2.25	Hi,\n\nis this still the address for the club?\n\nCarol
exim-badrcptto-beside	pat@pi.test	bob@beta.test,ghost@beta.test	192.0.2.35	Hello,\n\nthe dates for the course are below.\n\nPat
not-rcpthosts	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthanks for the call today.\n\nCarol
exim-not-rcpthosts	pat@pi.test	dan@delta.test	192.0.2.35	Dan,\n\nthe invoice for May is below.\n\nPat
too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe minutes in full:\n\n$big\n\nCarol
exim-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe minutes in full:\n\n$big\n\nPat
too-many	carol@alpha.test	bob@beta.test,bea@beta.test,bill@beta.test	192.0.2.25	Hello all,\n\nthe agenda for Monday is below.\n\nCarol
program	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe tool you asked for:\n\nTVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA\n\nCarol
exim-program	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe setup file:\n\nTVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA\n\nPat
clean	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nsee you at eight.\n\nCarol
SEND
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
for i in a; do postfix -c "$W/$i" stop || true; done
