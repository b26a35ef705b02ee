#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rblsmtpd: two receiving SMTP servers run as D. J. Bernstein's ucspi-tcp documents
# it, an SMTP daemon under tcpserver behind rblsmtpd (Debian bookworm's ucspi-tcp 0.88, "blocks mail from RBL-listed
# sites. It works with any SMTP server that can run under tcpserver"), which answers a client that a DNS block list
# names, or that the administrator's tcprules give an $RBLSMTPD text, with that text on every RCPT (451, or 553 for
# `-b` and for an $RBLSMTPD beginning with a hyphen); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to them,
# and their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. ucspi-tcp and Exim are not installed (on Debian, installing Exim removes Postfix): the script fetches
# ucspi-tcp, exim4-base and exim4-daemon-light with `apt-get download` into its work folder and unpacks them with
# dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The SMTP daemon behind rblsmtpd is Exim in inetd mode (`exim4 -bs`, the unpacked build with a small configuration of
# the run: its local users, Exim's own "Unrouteable address" for the others), as tcpserver starts it for each connection
# (the run's tcpserver lines follow the shape of the usual qmail-smtpd ones: -v -R -l <local name> -x <rules.cdb>).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24, and the run's DNS
# server (../loopback-dns.py) publishes the block lists' TXT records that rblsmtpd reads (written by the run in the
# lists' published shape, "Blocked - see <the list's lookup page>?<address>"; no list was asked):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3; listed
#               on bl.spamcop.net and cbl.abuseat.org.
#   192.0.2.24  out2.alpha.test, the same Postfix's address for mail to delta.test (a transport of its own); listed on
#               no list, but mx.delta.test's tcprules give it an $RBLSMTPD text beginning with a hyphen (553).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; warns after 1 minute, gives up after 3; listed on
#               cbl.abuseat.org only.
#   192.0.2.34  out2.pi.test, the same Exim's address for mail to delta.test; listed on no list.
#   192.0.2.26  mx.beta.test and mx.delta.test: tcpserver -x tcp.smtp.cdb ... rblsmtpd -r bl.spamcop.net -r
#               cbl.abuseat.org exim4 -bs (rblsmtpd's default -B: 451, "try again later"); bob, bea @beta.test,
#               dan@delta.test.
#   192.0.2.27  mx.gamma.test: tcpserver ... rblsmtpd -b -r cbl.abuseat.org exim4 -bs (553: "bounce the message
#               immediately"); gina, gus @gamma.test.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rblsmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch ucspi-tcp exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 27 34 35
lb_exim_user
lb_dns <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
out2.alpha.test. 300 IN A 192.0.2.24
24.2.0.192.in-addr.arpa. 300 IN PTR out2.alpha.test.
pi.test. 300 IN MX 10 mx.pi.test.
mx.pi.test. 300 IN A 192.0.2.35
35.2.0.192.in-addr.arpa. 300 IN PTR mx.pi.test.
out2.pi.test. 300 IN A 192.0.2.34
34.2.0.192.in-addr.arpa. 300 IN PTR out2.pi.test.
beta.test. 300 IN MX 10 mx.beta.test.
delta.test. 300 IN MX 10 mx.delta.test.
mx.beta.test. 300 IN A 192.0.2.26
mx.delta.test. 300 IN A 192.0.2.26
26.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.gamma.test. 300 IN A 192.0.2.27
27.2.0.192.in-addr.arpa. 300 IN PTR mx.gamma.test.
25.2.0.192.bl.spamcop.net. 300 IN A 127.0.0.2
25.2.0.192.bl.spamcop.net. 300 IN TXT "Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.25"
25.2.0.192.cbl.abuseat.org. 300 IN A 127.0.0.2
25.2.0.192.cbl.abuseat.org. 300 IN TXT "Blocked - see http://cbl.abuseat.org/lookup.cgi?ip=192.0.2.25"
35.2.0.192.cbl.abuseat.org. 300 IN A 127.0.0.2
35.2.0.192.cbl.abuseat.org. 300 IN TXT "Blocked - see http://cbl.abuseat.org/lookup.cgi?ip=192.0.2.35"
EOF

# The SMTP daemon behind rblsmtpd: Exim in inetd mode (-bs), one configuration per receiving host.
exim_receiver_conf() {   # NAME HOST DOMAINS USERS
    lb_exim_head "$1"
    cat <<EOF
primary_hostname = $2
domainlist local_domains = $3
acl_smtp_rcpt = acl_check_rcpt

begin acl
acl_check_rcpt:
  deny    domains = ! +local_domains
          message = relay not permitted
  require verify = recipient
  accept

begin routers
local_user:
  driver = accept
  domains = +local_domains
  local_parts = $4
  transport = maildir

begin transports
EOF
    lb_exim_maildir_transport
}
exim_receiver_conf r1 mx.beta.test 'beta.test : delta.test' 'bob : bea : dan' > "$W/r1.conf"
exim_receiver_conf r2 mx.gamma.test 'gamma.test' 'gina : gus' > "$W/r2.conf"

# mx.beta.test's tcprules (the administrator's): out2.alpha.test refused with a 553 text, everyone else allowed.
U=$W/root/usr/bin
printf '%s\n' '192.0.2.24:allow,RBLSMTPD="-Connections from 192.0.2.24 are refused because of spam. Contact postmaster@beta.test."' ':allow' \
    | "$U/tcprules" "$W/tcp.smtp.cdb" "$W/tcp.smtp.tmp"
"$U/tcpserver" -v -R -l mx.beta.test -x "$W/tcp.smtp.cdb" 192.0.2.26 25 \
    "$U/rblsmtpd" -r bl.spamcop.net -r cbl.abuseat.org "$W/root/usr/sbin/exim4" -C "$W/r1.conf" -bs > "$W/r1.log" 2>&1 &
"$U/tcpserver" -v -R -l mx.gamma.test 192.0.2.27 25 \
    "$U/rblsmtpd" -b -r cbl.abuseat.org "$W/root/usr/sbin/exim4" -C "$W/r2.conf" -bs > "$W/r2.log" 2>&1 &

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test): mail to delta.test leaves from their second address.
lb_postfix_sender a alpha.test 25 carol "transport_maps = inline:{ delta.test=out2: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.34}{192.0.2.35}}' > "$W/pi.conf"
lb_exim_start pi
sleep 8

C=carol@alpha.test P=pat@pi.test
lb_send <<EOF
spamcop-listed	$C	bob@beta.test	192.0.2.25	Bob,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
cbl-listed	$C	gina@gamma.test	192.0.2.25	Gina,\n\nthe train leaves at 8:14.\n\nCarol
two-servers	$C	bea@beta.test,gina@gamma.test	192.0.2.25	Dear both,\n\nthe reunion is on the 3rd; please reply by Friday.\n\nCarol
tcprules-refused	$C	dan@delta.test	192.0.2.25	Dan,\n\nthe invoice for November is attached to my next mail.\n\nCarol
exim-cbl-listed	$P	bob@beta.test	192.0.2.35	Bob,\n\nI will be ten minutes late.\n\nPat
exim-cbl-listed-permanent	$P	gina@gamma.test,gus@gamma.test	192.0.2.35	Hi both,\n\nthe quiz night moved to Thursday.\n\nPat
exim-not-listed-unknown	$P	dan@delta.test,ghost@delta.test	192.0.2.35	Hello,\n\nthe keys are with the neighbour.\n\nPat
EOF
# at once: cbl-listed's return, two-servers' for gina, tcprules-refused's, exim-cbl-listed-permanent's,
# exim-not-listed-unknown's for ghost; after a minute three delay warnings; after three minutes three returns
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
