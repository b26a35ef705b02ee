#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tayga-mail-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the MX listener of Tayga Mail Server (TMS), rkislov's mail server in Go on emersion/go-smtp (Go module
# github.com/tayga/tms: MX, submission and SMTPS listeners, its own mail store, Sieve, quotas, outbound queue, virus and
# spam checks, greylisting, HELO, iprev, SPF, DKIM, ARC and DMARC checks, and an HA mode where only the leader takes
# mail; the repository rkislov/tayga-mail-server, no licence file read; read with the search tool; only the reply texts
# are quoted), whose own code writes every reply below: internal/smtp/server.go (commit 04a0772470a5: session.Mail,
# session.Rcpt, session.Data and session.deliver; a later stored version of the same file, whose commit the search tool
# did not name, has the same replies and runs, in deliver, for mail from an unauthenticated client, the greylist, HELO,
# iprev, SPF, DKIM, ARC and DMARC policies below before the scan, spam, Sieve and quota steps), internal/smtp/greylist.go
# (72881df1d3b0: greylistDefer), internal/smtp/helo.go (e807e742309a: heloPolicy.apply), internal/smtp/iprev.go
# (0db4d8b76a26: iprevPolicy.apply), internal/smtp/spf.go (78800d035232: spfPolicy.apply) and internal/smtp/dmarc.go
# (08ad5c8797d8: dmarcPolicy.apply). Each refusal is a go-smtp SMTPError whose code, enhanced code and words the code
# sets, which go-smtp sends as "<code> <enhanced code> <words>"; the ones session.Data returns (the rate limit, the size
# and everything deliver returns) go-smtp sends after the message, once it has read the rest of it:
#   to MAIL FROM "421 4.3.2 Not HA leader; try later" (HA mode, this node is not the leader: the MX listener takes no
#   mail);
#   to RCPT TO "550 5.1.1 User unknown" (ResolveRecipient found no such user, and the client is not an authenticated
#   submitter);
#   after the message "421 4.7.0 Rate limit exceeded" (the client's address is over smtp.rate_limit.per_ip in the
#   window), "552 5.3.4 Message too large" (the message is larger than smtp.max_size), "421 4.7.1 Try again later
#   (greylisted)" (the greylist has not yet seen this client, sender and recipient for the delay, 5 minutes by default),
#   "550 5.7.1 Invalid HELO/EHLO" (the HELO check failed, helo action reject: empty, localhost, a bare IP address, bad
#   syntax, or no dot where an FQDN is required), "550 5.7.25 Reverse DNS required" (the client's address has no PTR
#   record, iprev action reject), "550 5.7.23 SPF validation failed" (SPF fail, spf action reject), "550 5.7.1 Message
#   rejected by DMARC policy" (DMARC fails and the From domain publishes p=reject, dmarc action follow), "552 5.2.2
#   Mailbox full" (the recipient's quota would be exceeded) and "550 5.7.1 Message rejected by filter" (the
#   recipient's Sieve script rejected the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Tayga Mail Server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 4.3.2 Not HA leader; try later"   to MAIL FROM, to every attempt, from the senders' second addresses (out2,
#                              the route to delta.test), for dan@ and dee@ delta.test
#   "550 5.1.1 User unknown"   to RCPT TO, for una@ and uri@ beta.test
#   "421 4.7.0 Rate limit exceeded"   after the message, to every attempt, for rae@ and rex@ beta.test
#   "552 5.3.4 Message too large"   after the message, for max@ and mia@ beta.test
#   "421 4.7.1 Try again later (greylisted)"   after the message, to every attempt, for gia@ and gabe@ beta.test
#   "550 5.7.1 Invalid HELO/EHLO"   after the message, for hal@ and hana@ beta.test
#   "550 5.7.25 Reverse DNS required"   after the message, for rev@ and reva@ beta.test
#   "550 5.7.23 SPF validation failed"   after the message, for sol@ and sofia@ beta.test
#   "550 5.7.1 Message rejected by DMARC policy"   after the message, for dora@ and dirk@ beta.test
#   "552 5.2.2 Mailbox full"   after the message, for molly@ and milo@ beta.test
#   "550 5.7.1 Message rejected by filter"   after the message, for fil@ and fiona@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its own stock replies (syntax,
# sequence, its SIZE and recipient limits); the submission listeners' replies ("530 5.7.0 Authentication required",
# "535 5.7.8 Authentication failed", "421 4.7.0 User rate limit exceeded", and "DKIM signing failed", "Queue failed" and
# "Outbound delivery failed", 451 4.3.0, which only mail for remote recipients from an authenticated client meets);
# "451 4.3.0 Temporary failure" (RCPT TO: the recipient lookup failed), "451 4.3.0 Delivery failed" (deliver failed
# without a reply of its own), "421 4.3.2 Not writer for recipient; try later" (HA writer fencing), "554 5.5.0 No
# valid recipients" (a sequence no relaying MTA makes), the policies' temporary replies ("451 4.7.24 SPF temporary
# failure", "451 4.7.25 Reverse DNS temporary failure", "451 4.7.25 Forward DNS temporary failure", "451 4.7.1 DMARC
# temporary failure"), "550 5.7.25 Forward-confirmed reverse DNS failed" and "550 5.7.1 DMARC validation failed" (dmarc
# action reject), and the replies of the DKIM, ARC, scan and spam policies in files not read for this batch (left out
# to keep 11 texts). go-smtp keeps the connection open after a 421 returned by the session; the replaying server
# closes it (a 421 closes the connection there), which changes nothing the senders report. The replies are chosen by
# recipient or client address, not by anything the senders did: each message has one recipient and is a few lines of
# plain text, and no check ran. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test in place of gamma.test behind the senders' second addresses, and delta.test's MX a
# second replaying server with the same table, as loopback-riffado-mail-receiver's: an Exim that meets a 421 hands the
# message on to a connection it already holds to the same host, from its other address):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for delta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for delta.test).
#   192.0.2.26  mx.beta.test, the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tayga-mail-server}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): Tayga Mail Server's replies.
LEADER='421 4.3.2 Not HA leader; try later'
UNKNOWN='550 5.1.1 User unknown'
RATE='421 4.7.0 Rate limit exceeded'
LARGE='552 5.3.4 Message too large'
GREY='421 4.7.1 Try again later (greylisted)'
HELO='550 5.7.1 Invalid HELO/EHLO'
IPREV='550 5.7.25 Reverse DNS required'
SPF='550 5.7.23 SPF validation failed'
DMARC='550 5.7.1 Message rejected by DMARC policy'
FULL='552 5.2.2 Mailbox full'
FILTER='550 5.7.1 Message rejected by filter'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$LEADER" \
    client:192.0.2.34 mail "$LEADER" \
    una@beta.test rcpt "$UNKNOWN" \
    uri@beta.test rcpt "$UNKNOWN" \
    rae@beta.test eom "$RATE" \
    rex@beta.test eom "$RATE" \
    max@beta.test eom "$LARGE" \
    mia@beta.test eom "$LARGE" \
    gia@beta.test eom "$GREY" \
    gabe@beta.test eom "$GREY" \
    hal@beta.test eom "$HELO" \
    hana@beta.test eom "$HELO" \
    rev@beta.test eom "$IPREV" \
    reva@beta.test eom "$IPREV" \
    sol@beta.test eom "$SPF" \
    sofia@beta.test eom "$SPF" \
    dora@beta.test eom "$DMARC" \
    dirk@beta.test eom "$DMARC" \
    molly@beta.test eom "$FULL" \
    milo@beta.test eom "$FULL" \
    fil@beta.test eom "$FILTER" \
    fiona@beta.test eom "$FILTER" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with delta.test (its own MX, the second replaying server) behind the senders' second
# addresses.
lb_net 24 25 26 27 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out2: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.34}{192.0.2.35}}' > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-ha-leader	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe rain gauge by the shed is full again.\n\nCarol
user-unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe choir starts rehearsals in September.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe ferry timetable changed on Monday.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe ladder is back in the garage.\n\nCarol
greylisted	carol@alpha.test	gia@beta.test	192.0.2.25	Gia,\n\nthe plum tree needs a prop this year.\n\nCarol
invalid-helo	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe lantern festival is on Saturday.\n\nCarol
reverse-dns-required	carol@alpha.test	rev@beta.test	192.0.2.25	Rev,\n\nthe bread oven is warming up.\n\nCarol
spf-validation-failed	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe map of the coastal path is in the drawer.\n\nCarol
rejected-by-dmarc-policy	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe lambs were born last night.\n\nCarol
mailbox-full	carol@alpha.test	molly@beta.test	192.0.2.25	Molly,\n\nthe canoe club meets at the boathouse.\n\nCarol
rejected-by-filter	carol@alpha.test	fil@beta.test	192.0.2.25	Fil,\n\nthe hedge along the lane is trimmed.\n\nCarol
exim-not-ha-leader	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe kettle in the hall is fixed.\n\nPat
exim-user-unknown	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe pond has frogspawn again.\n\nPat
exim-message-too-large	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe violin strings arrived this morning.\n\nPat
exim-greylisted	pat@pi.test	gabe@beta.test	192.0.2.35	Gabe,\n\nthe compost bins are turned.\n\nPat
exim-invalid-helo	pat@pi.test	hana@beta.test	192.0.2.35	Hana,\n\nthe bell ringers practise on Thursday.\n\nPat
exim-reverse-dns-required	pat@pi.test	reva@beta.test	192.0.2.35	Reva,\n\nthe sea kayaks are back on the rack.\n\nPat
exim-spf-validation-failed	pat@pi.test	sofia@beta.test	192.0.2.35	Sofia,\n\nthe sunflowers are taller than the fence.\n\nPat
exim-rejected-by-dmarc-policy	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe allotment key is under the pot.\n\nPat
exim-mailbox-full	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe harvest supper needs more chairs.\n\nPat
exim-rejected-by-filter	pat@pi.test	fiona@beta.test	192.0.2.35	Fiona,\n\nthe old bridge is open to walkers.\n\nPat
SEND
# the sixteen refusals for good returned at once (eight by the Postfix, eight by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 28 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
