#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailcleaner: a receiving Exim 4.96 answers with the replies of MailCleaner's stock
# Exim configuration for its first stage, the one that talks to sending servers (MailCleaner, the anti-spam gateway of
# Fastnet SA, github.com/MailCleaner/MailCleaner, GPL-3.0: etc/exim/exim_stage1.conf_template_4.96, read with the search
# tool), each ACL reply text byte for byte in an ACL of the run that chooses it by recipient or client address; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are MailCleaner's, the
# reply codes Exim's own (a "deny" with a "message =" and no code of its own); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# The selection (stated before the run, not by what any reader makes of the texts): the template's "message =" texts
# that refuse a sending server or a recipient for the failures senders meet most (a DNS block list, the site's host and
# sender blacklists, relaying, unknown recipients, reverse DNS, SPF, DMARC, spoofing, encryption required, a forbidden
# attachment), each text once; left out: the texts for null senders only (BATV, backscatterer list), for submission or
# authenticated clients, for a client without HELO or with the HELO "ylmf-pc", the external callout's (its words come
# from a script), the greylisting text (greylistd's own sample, already in this corpus as loopback-greylistd), the
# capital-letter rule, the line-length and outgoing-virus checks, and two of the three encryption texts ("to this
# domain", "from your domain"), to keep the batch near the brief's size. The conditions are the run's: MailCleaner's
# lists, DNS checks, SPF, DMARC and MIME tests are replaced by a choice of recipient (or, for the block list, a real
# DNS list lookup that the run's DNS server answers), so the texts come where MailCleaner sends them (the block list to
# the connection, the rest to RCPT TO, the attachment and DMARC texts after the message) but not for what the senders
# did. "Blacklisted in" names ${perl{hideToken}{$dnslist_domain}} in MailCleaner (a perl function that hides a list's
# access key); the run's list has none, so $dnslist_domain is used as it is. "blacklisted host" comes from MailCleaner's
# connection ACL; here it comes to RCPT TO (the senders' second addresses are taken by the block list).
#   connect "Blacklisted in ${perl{hideToken}{$dnslist_domain}}: $dnslist_text"   to gail@ (Postfix) and gus@gamma.test (Exim)
#   rcpt    "blacklisted host: $sender_host_address"                              hank@beta.test
#   rcpt    "relay not permitted"                                                 rick@delta.test
#   rcpt    "blacklisted sender: $sender_address"                                 bert@beta.test
#   rcpt    "blacklisted recipient: $local_part@$domain"                          rosa@beta.test
#   rcpt    "This domain does not accept mail from itself (spoofing)"             petra@beta.test
#   rcpt    "Reverse DNS lookup failed for $sender_host_address"                  rhea@beta.test
#   rcpt    "No such user"                                                        nadia@beta.test
#   rcpt    "$sender_host_address is not allowed to send mail from ... (SPF failure)"  sven@beta.test
#   rcpt    "Encryption is required from you"                                     tess@beta.test
#   rcpt    "Relaying to this domain is forbidden"                                ed@epsilon.test
#   rcpt    "User unknown"                                                        ursula@beta.test
#   data    "Detected forbidden filetype (Security reasons)."                     fay@beta.test
#   data    "Message from $dmarc_used_domain failed sender's DMARC policy, rejecting."  dora@beta.test (the sender's domain)
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test (also mx.gamma.test, mx.delta.test, mx.epsilon.test), the receiving Exim.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailcleaner}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'EOF'
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.26
epsilon.test. 300 IN MX 10 mx.epsilon.test.
mx.epsilon.test. 300 IN A 192.0.2.26
24.2.0.192.zen.spamhaus.org. 300 IN A 127.0.0.2
24.2.0.192.zen.spamhaus.org. 300 IN TXT "https://www.spamhaus.org/query/ip/192.0.2.24"
34.2.0.192.zen.spamhaus.org. 300 IN A 127.0.0.2
34.2.0.192.zen.spamhaus.org. 300 IN TXT "https://www.spamhaus.org/query/ip/192.0.2.34"
EOF
} | lb_dns

# The receiving Exim (mx.beta.test) with MailCleaner's stage-1 texts in its ACLs.
{ lb_exim_head r; cat <<EOF
primary_hostname = mx.beta.test
local_interfaces = 192.0.2.26
domainlist relay_to_domains = beta.test : gamma.test
domainlist relayrefuseddomains = epsilon.test
acl_smtp_connect = acl_check_conn
acl_smtp_rcpt = acl_check_rcpt
acl_smtp_data = acl_check_data

begin acl
acl_check_conn:
  deny    hosts         = 192.0.2.24 : 192.0.2.34
          dnslists      = zen.spamhaus.org
          message = Blacklisted in \$dnslist_domain: \$dnslist_text
  accept

acl_check_rcpt:
  deny    !domains      = +relay_to_domains : +relayrefuseddomains
          message       = relay not permitted
  deny    recipients    = hank@beta.test
          message       = blacklisted host: \$sender_host_address
  deny    recipients    = bert@beta.test
          message       = blacklisted sender: \$sender_address
  deny    recipients    = rosa@beta.test
          message       = blacklisted recipient: \$local_part@\$domain
  deny    recipients    = petra@beta.test
          message       = This domain does not accept mail from itself (spoofing)
  deny    recipients    = rhea@beta.test
          message       = Reverse DNS lookup failed for \$sender_host_address
  deny    recipients    = nadia@beta.test
          message       = No such user
  deny    recipients    = sven@beta.test
          message       = \$sender_host_address is not allowed to send mail from \${if eq {\$sender_address_domain}{} {(helo)\$sender_helo_name}{\$sender_address_domain}} (SPF failure)
  deny    recipients    = tess@beta.test
          message       = Encryption is required from you
  deny    domains       = +relayrefuseddomains
          message       = Relaying to this domain is forbidden
  accept  domains       = +relay_to_domains
          condition     = \${if !eq{\$local_part@\$domain}{ursula@beta.test}}
  deny    domains       = +relay_to_domains
          message       = User unknown
  deny    message       = relay not permitted

acl_check_data:
  deny    condition     = \${if match{\$recipients}{fay@beta.test}}
          message = Detected forbidden filetype (Security reasons).
  deny    condition     = \${if match{\$recipients}{dora@beta.test}}
          message       = Message from \$sender_address_domain failed sender's DMARC policy, rejecting.
  accept

begin routers
local_user:
  driver = accept
  domains = +relay_to_domains
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

lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
blacklisted-in	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe venue for the spring party is confirmed.\n\nCarol
blacklisted-host	carol@alpha.test	hank@beta.test	192.0.2.25	Hank,\n\nthe spare parts arrive on Friday.\n\nCarol
relay-not-permitted	carol@alpha.test	rick@delta.test	192.0.2.25	Rick,\n\nthe quote for the windows is below.\n\nCarol
blacklisted-sender	carol@alpha.test	bert@beta.test	192.0.2.25	Bert,\n\nthe agenda for the meeting is below.\n\nCarol
blacklisted-recipient	carol@alpha.test	rosa@beta.test	192.0.2.25	Rosa,\n\nthe new timetable starts in April.\n\nCarol
spoofing	carol@alpha.test	petra@beta.test	192.0.2.25	Petra,\n\nthe invoice number is on the first page.\n\nCarol
reverse-dns	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe report for the board is ready.\n\nCarol
no-such-user	carol@alpha.test	nadia@beta.test	192.0.2.25	Nadia,\n\nthe photos from the opening are below.\n\nCarol
spf-failure	carol@alpha.test	sven@beta.test	192.0.2.25	Sven,\n\nthe shipping labels are printed.\n\nCarol
encryption-required	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe contract renewal is due in May.\n\nCarol
relaying-forbidden	carol@alpha.test	ed@epsilon.test	192.0.2.25	Ed,\n\nthe samples were sent on Monday.\n\nCarol
user-unknown	carol@alpha.test	ursula@beta.test	192.0.2.25	Ursula,\n\nthe minutes are attached below.\n\nCarol
forbidden-filetype	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe script for the website is below.\n\nCarol
dmarc	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe tickets for the concert are booked.\n\nCarol
exim-blacklisted-in	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe survey form is below.\n\nPat
exim-blacklisted-host	pat@pi.test	hank@beta.test	192.0.2.35	Hank,\n\nthe van is booked for Tuesday.\n\nPat
exim-relay-not-permitted	pat@pi.test	rick@delta.test	192.0.2.35	Rick,\n\nthe plans for the extension are below.\n\nPat
exim-blacklisted-sender	pat@pi.test	bert@beta.test	192.0.2.35	Bert,\n\nthe training materials are ready.\n\nPat
exim-blacklisted-recipient	pat@pi.test	rosa@beta.test	192.0.2.35	Rosa,\n\nthe parking rules changed this week.\n\nPat
exim-spoofing	pat@pi.test	petra@beta.test	192.0.2.35	Petra,\n\nthe order confirmation is below.\n\nPat
exim-reverse-dns	pat@pi.test	rhea@beta.test	192.0.2.35	Rhea,\n\nthe budget figures are below.\n\nPat
exim-no-such-user	pat@pi.test	nadia@beta.test	192.0.2.35	Nadia,\n\nthe guest list is below.\n\nPat
exim-spf-failure	pat@pi.test	sven@beta.test	192.0.2.35	Sven,\n\nthe pallets leave on Thursday.\n\nPat
exim-encryption-required	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe insurance papers are below.\n\nPat
exim-relaying-forbidden	pat@pi.test	ed@epsilon.test	192.0.2.35	Ed,\n\nthe brochure proofs are below.\n\nPat
exim-user-unknown	pat@pi.test	ursula@beta.test	192.0.2.35	Ursula,\n\nthe seating plan is below.\n\nPat
exim-forbidden-filetype	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe macro for the spreadsheet is below.\n\nPat
exim-dmarc	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe hotel booking is confirmed.\n\nPat
SEND
# 26 permanent refusals returned at once; the block list's refusal of the greeting may come back at once or (if a sender
# takes it as a refusal of that host only) as a warning after 1 minute and the return after 3: 28 to 30 notices
lb_wait 30 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
