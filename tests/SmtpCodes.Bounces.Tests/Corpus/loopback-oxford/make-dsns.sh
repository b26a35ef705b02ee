#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oxford: a receiving Exim 4.96 answers with the three replies that the University of
# Oxford's page for people sending mail to Oxford users lists ("Sending mail to Oxford ... Receiving a bounce",
# help.it.ox.ac.uk/email/external/sending, formerly www.oucs.ox.ac.uk/email/external/sending.xml), each at the stage it
# answers; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# Oxford's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page's three replies, every one it lists, byte for byte with its variables filled in by the receiving Exim (the
# University's relay documents its replies in Exim's variables, "$sender_host_address", and the third is Exim's own
# wording; an Exim ACL's `message =` is sent as written, after the code):
#   "550 Mail transactions must start with EHLO/HELO": to MAIL FROM, for the two clients that send mail to gamma.test;
#   "550 Invalid HELO (foo) used by 192.168.4.90": to RCPT TO for delta.test, as "Invalid HELO ($sender_helo_name) used
#       by $sender_host_address";
#   "550 Verification failed for <user@i-made-this-up-just-now.com>": to RCPT TO, Exim's own reply when its sender
#       verification (`require verify = sender`, no text of the run) cannot route the sender's domain; the page's line
#       is the first line of that reply, which goes on "550-Unrouteable address" and "550 Sender verify failed": the
#       senders cora@eta.test (the sending Postfix) and pia@theta.test (the sending Exim) use domains that the run's DNS
#       server does not know, which their own MTAs hold as local domains, so the bounces reach them.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test, cora@eta.test (192.0.2.24, out2.alpha.test, for
#               gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test, pia@theta.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the receiving Exim.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oxford}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test eta.test pi.test theta.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'EOF'
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.26
EOF
} | lb_dns

# The receiving Exim (mx.beta.test, mx.gamma.test, mx.delta.test) with the page's three replies in its ACLs.
{ lb_exim_head r; cat <<EOF
primary_hostname = mx.beta.test
local_interfaces = 192.0.2.26
domainlist local_domains = beta.test : gamma.test : delta.test
acl_smtp_mail = acl_check_mail
acl_smtp_rcpt = acl_check_rcpt

begin acl
acl_check_mail:
  deny hosts = 192.0.2.24 : 192.0.2.34
       message = Mail transactions must start with EHLO/HELO
  accept

acl_check_rcpt:
  deny domains = delta.test
       message = Invalid HELO (\$sender_helo_name) used by \$sender_host_address
  require verify = sender
  accept domains = +local_domains
  deny

begin routers
dnslookup:
  driver = dnslookup
  domains = ! +local_domains
  transport = remote_smtp
  no_more
local_user:
  driver = accept
  domains = +local_domains
  local_parts = bob : gina : dan : dot
  transport = maildir

begin transports
remote_smtp:
  driver = smtp
EOF
  lb_exim_maildir_transport; } > "$W/r.conf"
lb_exim_start r

# The sending Postfix (mx.alpha.test; its users carol@alpha.test and cora@eta.test) and Exim (mx.pi.test; pat@pi.test
# and pia@theta.test), each sending mail for gamma.test from its second address, as lb_two_senders sets them up.
lb_postfix_sender a alpha.test 25 carol "transport_maps = inline:{ gamma.test=out2: }
virtual_mailbox_domains = alpha.test eta.test
virtual_mailbox_maps = inline:{ carol@alpha.test=alpha.test/carol/, cora@eta.test=eta.test/cora/ }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{192.0.2.35}}' \
    | sed -e 's/^domainlist local_domains = pi.test$/domainlist local_domains = pi.test : theta.test/' \
          -e 's/^  local_parts = pat$/  local_parts = pat : pia/' > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-helo	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe reading list for next term is below.\n\nCarol
invalid-helo	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe seminar room is booked for Tuesday at two.\n\nCarol
invalid-helo-two	carol@alpha.test	dan@delta.test,dot@delta.test	192.0.2.25	Dan, Dot,\n\nthe draft chapter is in the shared folder.\n\nCarol
unverified-sender	cora@eta.test	bob@beta.test	192.0.2.25	Bob,\n\nthe conference abstract is attached as text below.\n\nCora
exim-no-helo	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe lab meeting moves to Thursday.\n\nPat
exim-invalid-helo	pat@pi.test	dan@delta.test	192.0.2.35	Dan,\n\nthe library has the book you asked for.\n\nPat
exim-unverified-sender	pia@theta.test	bob@beta.test	192.0.2.35	Bob,\n\nmy references for the application are below.\n\nPia
SEND
# all at once: 7 returns
lb_wait 7 "$WAIT_SECONDS" alpha.test eta.test pi.test theta.test
postfix -c "$W/a" stop || true
