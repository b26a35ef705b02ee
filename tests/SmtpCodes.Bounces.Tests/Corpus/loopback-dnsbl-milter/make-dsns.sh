#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dnsbl-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of dnsbl-milter, Haw Loeung's "lightweight sendmail DNSBL & DNSWL milter" (dnsbl-milter.sourceforge.net,
# github.com/hloeung/dnsbl-milter; GPL 3 or later), read with the search tool: dnsbl-milter.c (commit
# b0fab96f17752a1c2e692a2236b137d322493dfa). The milter looks the connecting client's address up in four block lists
# compiled into main(), in order (bl.spamcop.net, b.barracudacentral.org, zen.spamhaus.org, psbl.surriel.com), and,
# unless list.dnswl.org lists it as well, refuses the first listing at MAIL FROM (mlfi_envfrom; at DATA for an empty
# sender) with smfi_setreply "550", "5.7.1" and "Client address [a.b.c.d] blocked. " followed by the list's message,
# which ends in a look-up address that the milter completes with the client's address:
#   "Listed on SpamCop. See http://spamcop.net/w3m?action=checkblock&ip="
#   "Listed on Barracuda Reputation Block List (BRBL). See http://www.barracudacentral.org/lookups?ip_address="
#   "Listed on The Spamhaus Project. See http://www.spamhaus.org/query/bl?ip="
#   "Listed on The Passive Spam Block List. See http://psbl.surriel.com/listing?ip="
# Sendmail and Postfix send code, extended code and text as one reply line. A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to the replaying server, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are dnsbl-milter's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Every refusal the milter can give (four), each at MAIL FROM to one of the four sending addresses of the layout (the
# refusal answers every message of that client, so each client sends one message), {client} filled by the replaying
# server with the client's address, as the milter fills both places:
#   "550 5.7.1 Client address [{client}] blocked. Listed on SpamCop. See
#    http://spamcop.net/w3m?action=checkblock&ip={client}"          the Postfix's 192.0.2.25 (to bob@, bea@beta.test)
#   "550 5.7.1 Client address [{client}] blocked. Listed on Barracuda Reputation Block List (BRBL). See
#    http://www.barracudacentral.org/lookups?ip_address={client}"     the Postfix's 192.0.2.24 (to gus@gamma.test)
#   "550 5.7.1 Client address [{client}] blocked. Listed on The Spamhaus Project. See
#    http://www.spamhaus.org/query/bl?ip={client}"                     the Exim's 192.0.2.35 (to bob@, bea@beta.test)
#   "550 5.7.1 Client address [{client}] blocked. Listed on The Passive Spam Block List. See
#    http://psbl.surriel.com/listing?ip={client}"                      the Exim's 192.0.2.34 (to gus@gamma.test)
# Not served: the bare list message without the address (only when the milter cannot allocate memory), the
# X-DNSBL-MILTER header (a header of accepted mail, no reply), and the older version's wording ("... For more
# information, see ..."), which the current code replaced.
# The replies are chosen by the client's address, not by anything the senders did: no block list is queried, the zone
# has no list records.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dnsbl-milter}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
blocked='550 5.7.1 Client address [{client}] blocked.'
# The replaying server's table (KEY, STAGE, REPLY): dnsbl-milter's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 mail "$blocked Listed on SpamCop. See http://spamcop.net/w3m?action=checkblock&ip={client}" \
    client:192.0.2.24 mail "$blocked Listed on Barracuda Reputation Block List (BRBL). See http://www.barracudacentral.org/lookups?ip_address={client}" \
    client:192.0.2.35 mail "$blocked Listed on The Spamhaus Project. See http://www.spamhaus.org/query/bl?ip={client}" \
    client:192.0.2.34 mail "$blocked Listed on The Passive Spam Block List. See http://psbl.surriel.com/listing?ip={client}" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spamcop	carol@alpha.test	bob@beta.test,bea@beta.test	192.0.2.25	Bob, Bea,\n\nthe hall is booked for the craft fair.\n\nCarol
barracuda	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe parking permits arrive next week.\n\nCarol
exim-spamhaus	pat@pi.test	bob@beta.test,bea@beta.test	192.0.2.35	Bob, Bea,\n\nthe pond clean-up is on Saturday.\n\nPat
exim-psbl	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe tennis ladder has been updated.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
