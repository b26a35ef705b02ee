#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mereszpingvin-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of a published Exim configuration: the one mereszpingvin keeps for the mail host of his Hungarian hosting
# box (primary_hostname mx.mereszpingvin.net, virtual domains in MySQL, Dovecot, ClamAV and SpamAssassin), read with
# the search tool in the repository mereszpingvin/configs (etc/exim/exim.conf at commit db3c7656c3ca, with the lists
# it reads, etc/exim/badsenders and etc/exim/goodsenders; no licence file read); only the reply texts are quoted. Its
# ACLs write these refusals in their author's own words (Exim "message =" texts on deny verbs that carry no code, so
# Exim sends its own 550 before each; the comments beside them are in Hungarian):
#   acl_check_rcpt, the RCPT ACL (acl_smtp_rcpt), after the stock "Restricted characters in address" rules and before
#   the postmaster, relay-host and authenticated accepts (so every client that is not 127.0.0.1 meets them):
#     "Client host rejected: no or inconsistent reverse DNS set." (three statements: no $sender_host_name, a host name
#     that is an IP address, an empty host name);
#     "Client host rejected: reverse DNS does not match forward" (!verify = reverse_host_lookup);
#     "Client host rejected: reverse DNS indicates dynamic IP" (the host name matches a pattern of the wildlsearch
#     list /etc/exim/badsenders);
#     "HELO command rejected: HELO is not an FQDN (contains no dot) (See RFC2821 4.1.1.1)", "... (contains double
#     dot) ..." and "... (ends in dot) ..." (three regular-expression conditions on $sender_helo_name);
#     "HELO command rejected: Impersonating me [$primary_hostname]." (the HELO name contains the server's own name);
#     "Client host rejected: You are trying to use my address [$interface_address]" (the HELO name is the server's
#     own address in brackets);
#     "Client host rejected: no HELO" (no HELO name at all);
#   acl_check_data, the DATA ACL (acl_smtp_data): "This message contains a virus ($malware_name)." (malware = *, with
#   av_scanner = clamd), "$found_extension files are not accepted here" (demime = com:ovl:sys:dll:vbs:exe:msi:bat:cmd),
#   "This message is spam." (a SpamAssassin score above 10).
# Exim expands the variables before it sends the text: $primary_hostname and $interface_address as the receiving
# server's own name and address (here the replaying server's, mx.beta.test and 192.0.2.26), $malware_name as the
# scanner's name for what it found (ClamAV's for the EICAR test file, Win.Test.EICAR_HDB-1), $found_extension as the
# extension demime found, without its dot (exe).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mereszpingvin's; the codes Exim's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Client host rejected: no or inconsistent reverse DNS set."   to RCPT TO, for ned@ and nia@ beta.test
#   "550 Client host rejected: reverse DNS does not match forward"   to RCPT TO, for fay@ and fox@ beta.test
#   "550 Client host rejected: reverse DNS indicates dynamic IP"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 HELO command rejected: HELO is not an FQDN (contains no dot) (See RFC2821 4.1.1.1)"   to RCPT TO, for hal@
#                              and hew@ beta.test
#   "550 HELO command rejected: HELO is not an FQDN (contains double dot) (See RFC2821 4.1.1.1)"   to RCPT TO, for
#                              dub@ and dee@ beta.test
#   "550 HELO command rejected: HELO is not an FQDN (ends in dot) (See RFC2821 4.1.1.1)"   to RCPT TO, for eda@ and
#                              eli@ beta.test
#   "550 HELO command rejected: Impersonating me [mx.beta.test]."   to RCPT TO, for ivy@ and ian@ beta.test
#   "550 Client host rejected: You are trying to use my address [192.0.2.26]"   to RCPT TO, for mya@ and max@ beta.test
#   "550 This message contains a virus (Win.Test.EICAR_HDB-1)."   after the message, for vic@ and val@ beta.test
#   "550 exe files are not accepted here"   after the message, for xen@ and xia@ beta.test
#   "550 This message is spam."   after the message, for sam@ and sue@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used; the configuration's smtp_banner, which
# names the host a Microsoft ESMTP service, is a greeting, not a refusal); "Client host rejected: no HELO" (a client
# that sends RCPT without HELO or EHLO, which no relaying MTA does); "Serious MIME defect detected ($demime_reason)."
# (its reason is Exim's demime's words); the stock Exim texts "Restricted characters in address" and "relay not
# permitted" and Exim's own reply to "require verify = recipient"; the greylisting defer "Now greylisted - please try
# again in ten minutes.", which the file leaves commented out, as it does the "HELO is IP only" deny. The host and HELO
# refusals are chosen by recipient, not by anything the senders did (the senders' names and addresses resolve both
# ways): each message has one recipient and is a few lines of plain text. All replies are permanent, so each message
# is returned at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mereszpingvin-exim}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the mereszpingvin Exim configuration's replies.
NORDNS='550 Client host rejected: no or inconsistent reverse DNS set.'
NOMATCH='550 Client host rejected: reverse DNS does not match forward'
DYNAMIC='550 Client host rejected: reverse DNS indicates dynamic IP'
NODOT='550 HELO command rejected: HELO is not an FQDN (contains no dot) (See RFC2821 4.1.1.1)'
DOUBLEDOT='550 HELO command rejected: HELO is not an FQDN (contains double dot) (See RFC2821 4.1.1.1)'
ENDDOT='550 HELO command rejected: HELO is not an FQDN (ends in dot) (See RFC2821 4.1.1.1)'
IMPERSONATING='550 HELO command rejected: Impersonating me [mx.beta.test].'
MYADDRESS='550 Client host rejected: You are trying to use my address [192.0.2.26]'
VIRUS='550 This message contains a virus (Win.Test.EICAR_HDB-1).'
EXTENSION='550 exe files are not accepted here'
SPAM='550 This message is spam.'
printf '%s\t%s\t%s\n' \
    ned@beta.test rcpt "$NORDNS" \
    nia@beta.test rcpt "$NORDNS" \
    fay@beta.test rcpt "$NOMATCH" \
    fox@beta.test rcpt "$NOMATCH" \
    dan@beta.test rcpt "$DYNAMIC" \
    dot@beta.test rcpt "$DYNAMIC" \
    hal@beta.test rcpt "$NODOT" \
    hew@beta.test rcpt "$NODOT" \
    dub@beta.test rcpt "$DOUBLEDOT" \
    dee@beta.test rcpt "$DOUBLEDOT" \
    eda@beta.test rcpt "$ENDDOT" \
    eli@beta.test rcpt "$ENDDOT" \
    ivy@beta.test rcpt "$IMPERSONATING" \
    ian@beta.test rcpt "$IMPERSONATING" \
    mya@beta.test rcpt "$MYADDRESS" \
    max@beta.test rcpt "$MYADDRESS" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    xen@beta.test eom "$EXTENSION" \
    xia@beta.test eom "$EXTENSION" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-or-inconsistent-reverse-dns	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe rowing club meets at seven.\n\nCarol
reverse-dns-does-not-match-forward	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe apple press is back from repair.\n\nCarol
reverse-dns-dynamic-ip	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe chess club moved to Thursdays.\n\nCarol
helo-contains-no-dot	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe loft ladder is in the garage.\n\nCarol
helo-contains-double-dot	carol@alpha.test	dub@beta.test	192.0.2.25	Dub,\n\nthe compost bins are full again.\n\nCarol
helo-ends-in-dot	carol@alpha.test	eda@beta.test	192.0.2.25	Eda,\n\nthe library sale starts on Monday.\n\nCarol
helo-impersonating-me	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe sunflowers are taller than the fence.\n\nCarol
helo-uses-my-address	carol@alpha.test	mya@beta.test	192.0.2.25	Mya,\n\nthe picnic blanket is in the boot.\n\nCarol
message-contains-virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe kite festival is next weekend.\n\nCarol
exe-files-not-accepted	carol@alpha.test	xen@beta.test	192.0.2.25	Xen,\n\nthe bell ringers practise on Wednesday.\n\nCarol
message-is-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe pumpkin soup recipe is on the fridge.\n\nCarol
exim-no-or-inconsistent-reverse-dns	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe ferry leaves at half past nine.\n\nPat
exim-reverse-dns-does-not-match-forward	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe hall heating is fixed.\n\nPat
exim-reverse-dns-dynamic-ip	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe new bird box has tenants.\n\nPat
exim-helo-contains-no-dot	pat@pi.test	hew@beta.test	192.0.2.35	Hew,\n\nthe lawn mower needs a new blade.\n\nPat
exim-helo-contains-double-dot	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe jigsaw is missing two pieces.\n\nPat
exim-helo-ends-in-dot	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe orchard walk is on Sunday.\n\nPat
exim-helo-impersonating-me	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe tent pegs are in the blue bag.\n\nPat
exim-helo-uses-my-address	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe pottery class has two places left.\n\nPat
exim-message-contains-virus	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe harvest supper tickets are sold.\n\nPat
exim-exe-files-not-accepted	pat@pi.test	xia@beta.test	192.0.2.35	Xia,\n\nthe village fete needs more bunting.\n\nPat
exim-message-is-spam	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe bus to the coast runs hourly.\n\nPat
SEND
# twenty-two messages refused for good, returned at once (eleven by the Postfix, eleven by the Exim)
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
