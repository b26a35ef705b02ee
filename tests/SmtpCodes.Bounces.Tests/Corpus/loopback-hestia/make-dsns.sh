#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hestia: a receiving Exim 4.96 answers with the replies of the stock Exim
# configuration that Hestia Control Panel installs on the web and mail servers it manages (HestiaCP, the open-source
# hosting panel that continues VestaCP, github.com/hestiacp/hestiacp, GPL-3.0: install/deb/exim/exim4.conf.template,
# commit 0146129ccf35f8f441a7b8ac8174d9f15dd52296, read with the search tool), its ACL texts byte for byte, most under
# their own conditions, the rest chosen by recipient; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so
# it all ends with the run. The words are Hestia's (and, for an unknown recipient, Exim's own under Hestia's
# "require verify = recipient"), the reply codes Exim's own (its ACL verbs carry no code); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The selection (stated before the run, not by what any reader makes of the texts): every "message =" text of the
# template's ACLs for incoming SMTP mail (connect, MAIL, RCPT, DATA, MIME) that an unauthenticated sending server can
# meet, each once from each sender, and Exim's own reply to the template's "require verify = recipient"; left out: the
# two rate limits of authenticated users and PHP scripts (submission, not reception), "HELO required before MAIL" (no
# MTA sends MAIL before greeting), Exim's own "Sender verify failed" (senders here have routable domains), and the
# SpamAssassin "warn" text (it adds a header and refuses nothing). Under their own conditions, as the template writes
# them: the host blacklist (`hosts = +spammers`, the list holding the senders' third addresses) at the connection, the
# three HELO checks at MAIL FROM (the senders greet from three more addresses with a name holding a dashed IP address, a
# bare IP address whose PTR name holds it, and the receiving server's own address literal), the DNS block list at RCPT
# TO (`dnslists = zen.spamhaus.org`, Hestia's list file reduced to one list, whose listing and TXT text the run's DNS
# server publishes for the senders' second addresses), "relay not permitted" (a domain the server does not host),
# "Restricted characters in address" (a local part with a slash) and the unknown recipient (no router accepts it).
# Chosen by recipient instead (their checks need a sender domain the server hosts, clamd, SpamAssassin or a MIME
# attachment): "smtp auth required" (RCPT TO), the virus, the spam score and the file extension (after the message;
# Hestia's MIME ACL's text put in the DATA ACL), their variables filled as Hestia's would be: the malware name ClamAV
# gives the EICAR test file, a score above the template's SPAM_REJECT_SCORE (100, tenths of a point).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; for gamma.test it sends from 192.0.2.24
#               (out2), delta.test 192.0.2.23 (out3), epsilon.test 192.0.2.22 (out4, EHLO dsl-192-0-2-22.alpha.test),
#               zeta.test 192.0.2.21 (PTR 192-0-2-21.alpha.test, EHLO 192.0.2.21), eta.test 192.0.2.20 (out6, EHLO
#               [192.0.2.26]).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; the same from 192.0.2.34 ... 192.0.2.30.
#   192.0.2.26  mx.beta.test (also the MX of gamma.test ... theta.test), the receiving Exim with Hestia's ACLs.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hestia}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
lb_net 20 21 22 23 24 25 26 30 31 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'EOF'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
192-0-2-21.alpha.test. 300 IN A 192.0.2.21
21.2.0.192.in-addr.arpa. 300 IN PTR 192-0-2-21.alpha.test.
out6.alpha.test. 300 IN A 192.0.2.20
20.2.0.192.in-addr.arpa. 300 IN PTR out6.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
192-0-2-31.pi.test. 300 IN A 192.0.2.31
31.2.0.192.in-addr.arpa. 300 IN PTR 192-0-2-31.pi.test.
out6.pi.test. 300 IN A 192.0.2.30
30.2.0.192.in-addr.arpa. 300 IN PTR out6.pi.test.
delta.test. 300 IN MX 10 mx.beta.test.
epsilon.test. 300 IN MX 10 mx.beta.test.
zeta.test. 300 IN MX 10 mx.beta.test.
eta.test. 300 IN MX 10 mx.beta.test.
theta.test. 300 IN MX 10 mx.beta.test.
24.2.0.192.zen.spamhaus.org. 300 IN A 127.0.0.2
24.2.0.192.zen.spamhaus.org. 300 IN TXT "https://www.spamhaus.org/query/ip/192.0.2.24"
34.2.0.192.zen.spamhaus.org. 300 IN A 127.0.0.2
34.2.0.192.zen.spamhaus.org. 300 IN TXT "https://www.spamhaus.org/query/ip/192.0.2.34"
EOF
} | lb_dns

# The receiving Exim (mx.beta.test): Hestia's ACLs, its hosted domains and lists as the run's.
{ lb_exim_head r; cat <<'EOF'
primary_hostname = mx.beta.test
local_interfaces = 192.0.2.26
domainlist local_domains = beta.test : gamma.test : delta.test : epsilon.test : zeta.test : eta.test
domainlist relay_to_domains = beta.test : gamma.test : delta.test : epsilon.test : zeta.test : eta.test
hostlist relay_from_hosts = 127.0.0.1
hostlist whitelist =
hostlist spammers = 192.0.2.23 : 192.0.2.33
acl_smtp_connect = acl_check_spammers
acl_smtp_mail = acl_check_mail
acl_smtp_rcpt = acl_check_rcpt
acl_smtp_data = acl_check_data
host_lookup = *

begin acl

acl_check_spammers:
  accept  hosts         = +whitelist

  drop    message       = Your host in blacklist on this server.
          log_message   = Host in blacklist
          hosts         = +spammers

  accept


acl_check_mail:
  deny    condition     = ${if eq{$sender_helo_name}{}}
          message       = HELO required before MAIL

  drop    message       = Helo name contains an IP address (HELO was $sender_helo_name) and not is valid
          condition     = ${if match{$sender_helo_name}{\N((\d{1,3}[.-]\d{1,3}[.-]\d{1,3}[.-]\d{1,3})|([0-9a-f]{8})|([0-9A-F]{8}))\N}{yes}{no}}
          condition     = ${if match {${lookup dnsdb{>: defer_never,ptr=$sender_host_address}}\}{$sender_helo_name}{no}{yes}}
          delay         = 45s

  drop    condition     = ${if isip{$sender_helo_name}}
          message       = Access denied - Invalid HELO name (See RFC2821 4.1.3)

  drop    condition     = ${if eq{[$interface_address]}{$sender_helo_name}}
          message       = $interface_address is _my_ address

  accept


acl_check_rcpt:
  accept  hosts         = :

  deny    message       = Restricted characters in address
          domains       = +local_domains
          local_parts   = ^[.] : ^.*[@%!/|]

  deny    message       = Restricted characters in address
          domains       = !+local_domains
          local_parts   = ^[./|] : ^.*[@%!] : ^.*/\\.\\./

  require verify        = sender

  accept  hosts         = +relay_from_hosts
          control       = submission

  accept  authenticated = *
          control       = submission/domain=

  deny    message       = Rejected because $sender_host_address is in a black list at $dnslist_domain\n$dnslist_text
          hosts         = !+whitelist
          dnslists      = zen.spamhaus.org

  require message       = relay not permitted
          domains       = +local_domains : +relay_to_domains

  # the run's choice by recipient (Hestia: sender_domains = +local_domains, !authenticated = *)
  deny    message       = smtp auth required
          recipients    = sam@beta.test

  require verify        = recipient

  accept


acl_check_data:
  # the run's choice by recipient (Hestia: malware = */defer_ok with clamd)
  deny   message        = Message contains a virus (Win.Test.EICAR_HDB-1) and has been rejected
         condition      = ${if match{$recipients}{vic@beta.test}}

  # the run's choice by recipient (Hestia: spam = debian-spamd:true above SPAM_REJECT_SCORE)
  deny   message        = This message scored 14.2 spam points
         condition      = ${if match{$recipients}{spence@beta.test}}

  # Hestia's MIME ACL text, the run's choice by recipient (Hestia: a listed extension in $mime_filename)
  deny   message        = Blacklisted file extension detected
         condition      = ${if match{$recipients}{fiona@beta.test}}

  accept

begin routers
dnslookup:
  driver = dnslookup
  domains = !+local_domains
  transport = devnull
  no_more
localuser:
  driver = accept
  domains = +local_domains
  local_parts = dan : gail : gus : eve : zed : ed : sam : vic : spence : fiona
  transport = devnull

begin transports
devnull:
  driver = appendfile
  file = /dev/null
  user = Debian-exim
EOF
} > "$W/r.conf"
lb_exim_start r
sleep 2

# The two senders: lb_two_senders' layout with more outgoing addresses (one a recipient domain) and their EHLO names.
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3:, epsilon.test=out4:, zeta.test=out5:, eta.test=out6: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=dsl-192-0-2-22.alpha.test
out5 unix - - n - - smtp -o smtp_bind_address=192.0.2.21 -o smtp_helo_name=192.0.2.21
out6 unix - - n - - smtp -o smtp_bind_address=192.0.2.20 -o smtp_helo_name=[192.0.2.26]"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{${if eq{$domain}{zeta.test}{192.0.2.31}{${if eq{$domain}{eta.test}{192.0.2.30}{192.0.2.35}}}}}}}}}}' \
    | sed 's/^  interface = .*/&\n  helo_data = ${if eq{$sending_ip_address}{192.0.2.32}{dsl-192-0-2-32.pi.test}{${if eq{$sending_ip_address}{192.0.2.31}{192.0.2.31}{${if eq{$sending_ip_address}{192.0.2.30}{[192.0.2.26]}{$primary_hostname}}}}}}/' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
host-in-blacklist	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe meeting room is booked for Thursday.\n\nCarol
black-list	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe price list for the autumn is below.\n\nCarol
helo-ip-address	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe delivery dates are below.\n\nCarol
invalid-helo	carol@alpha.test	zed@zeta.test	192.0.2.25	Zed,\n\nthe draft of the flyer is ready.\n\nCarol
my-address	carol@alpha.test	ed@eta.test	192.0.2.25	Ed,\n\nthe keys for the office are at reception.\n\nCarol
relay-not-permitted	carol@alpha.test	tom@theta.test	192.0.2.25	Tom,\n\nthe quote for the roof repair is below.\n\nCarol
restricted-characters	carol@alpha.test	sales/info@beta.test	192.0.2.25	Hello,\n\nplease send me your catalogue.\n\nCarol
smtp-auth-required	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe rota for next week is below.\n\nCarol
unknown-recipient	carol@alpha.test	nobody@beta.test	192.0.2.25	Hello,\n\nthe invitation to the open day is below.\n\nCarol
virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe scanned forms are below.\n\nCarol
spam-points	carol@alpha.test	spence@beta.test	192.0.2.25	Spence,\n\nthe newsletter for May is below.\n\nCarol
file-extension	carol@alpha.test	fiona@beta.test	192.0.2.25	Fiona,\n\nthe installer for the new software is below.\n\nCarol
exim-host-in-blacklist	pat@pi.test	dan@delta.test	192.0.2.35	Dan,\n\nthe van is back in the garage.\n\nPat
exim-black-list	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe order form is below.\n\nPat
exim-helo-ip-address	pat@pi.test	eve@epsilon.test	192.0.2.35	Eve,\n\nthe guest list for Saturday is below.\n\nPat
exim-invalid-helo	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe timetable changed on Monday.\n\nPat
exim-my-address	pat@pi.test	ed@eta.test	192.0.2.35	Ed,\n\nthe printer needs new toner.\n\nPat
exim-relay-not-permitted	pat@pi.test	tom@theta.test	192.0.2.35	Tom,\n\nthe plans for the garden are below.\n\nPat
exim-restricted-characters	pat@pi.test	sales/info@beta.test	192.0.2.35	Hello,\n\nplease call me about the offer.\n\nPat
exim-smtp-auth-required	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe holiday requests are below.\n\nPat
exim-unknown-recipient	pat@pi.test	nobody@beta.test	192.0.2.35	Hello,\n\nthe brochure you asked for is below.\n\nPat
exim-virus	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe signed contract is below.\n\nPat
exim-spam-points	pat@pi.test	spence@beta.test	192.0.2.35	Spence,\n\nthe summer offers are below.\n\nPat
exim-file-extension	pat@pi.test	fiona@beta.test	192.0.2.35	Fiona,\n\nthe update tool is below.\n\nPat
SEND
# 24 permanent refusals returned at once (a refused greeting may instead come back as a warning after 1 minute and the
# return after 3): 24 to 26 notices
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
