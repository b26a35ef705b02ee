#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rgooch-milters: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a receiving Postfix writes from the answers of Richard Gooch's three Sendmail milters in C on libmilter,
# milter-dnsrbl (refuses or stalls mail from, or relayed through, hosts on DNS block lists), milter-regexp (refuses,
# tags, discards or redirects mail whose sender, recipients, headers or body match the regular expressions of a system
# or per-user configuration) and milter-size (refuses a message whose body length is outside a configured range), with
# the sample configurations he ships beside them (repository rgooch/mailutils, commit 059f3dd232f4; GPL-2.0-or-later
# as each file's header says; read with the search tool; only the reply texts are quoted). Their own code and sample
# configurations write every reply below:
#   milter-dnsrbl.c: mlfi_connect and mlfi_envfrom first set the default reply smfi_setreply(ctx, "441", NULL,
#   "milter-dnsrbl: allocation failure") ("Added default TEMPFAIL message to expose resource allocation failures", its
#   change log), returned with SMFIS_TEMPFAIL when a calloc fails (mlfi_header, for each relay address it records);
#   search_databases looks the connecting client's address up (mlfi_envfrom, unless the client authenticated) and the
#   addresses of the Received headers (mlfi_header) in each LIST of the configuration and, on a match, answers with the
#   list's MESSAGE, $BADIP replaced by the address: smfi_setreply(ctx, "551", NULL, message) for PERMFAIL,
#   smfi_setreply(ctx, "441", NULL, message) for TEMPFAIL. milter-dnsrbl.conf, the sample, sets MATCH CONNECTIP
#   TEMPFAIL,STALL (a listed client is stalled, then refused for now) and MATCH RELAYIP PERMFAIL (a message relayed
#   through a listed host is refused for good), with two lists: relays.ordb.org, "Open relay rejected; see
#   http://ordb.org/lookup/?host=$BADIP", and bl.spamcop.net, "Spam blocked see: http://spamcop.net/bl.shtml?$BADIP".
#   milter-regexp.c: mlfi_envfrom sets the default "441" "milter-regexp: allocation failure", returned with
#   SMFIS_TEMPFAIL when the per-message or per-recipient configuration cannot be allocated (mlfi_envfrom,
#   mlfi_envrcpt); test_all (at the end of the headers for a recipe with no body expression, at the end of the message
#   otherwise) answers a matched system recipe with smfi_setreply(ctx, "551", NULL, its MESSAGE) for PERMFAIL and
#   "441" for TEMPFAIL. milter-regexp.conf, the sample, has three recipes, all PERMFAIL,STALL: a To: Friend@public.com
#   or X-Advertisement: header, "Get lost, spammer"; a multipart Content-Type with an attachment named .exe, .com, .scr,
#   .pif, .zip, .cpl, .vbs or .hta, "Virus harbouring file formats not permitted here"; an X-Spam-Status: HIGH or
#   MEDIUM header from SpamAssassin, "Likely spam content detected: rejected".
#   milter-size.c: mlfi_eom refuses a message whose body length (the bytes mlfi_body counted) is outside the range set
#   with -l and -h, smfi_setreply(ctx, "551", NULL, "body length: <n> rejected by administrator").
# libmilter writes a reply with no enhanced status code ("<code> <text>"), and Postfix sends a milter's reply to the
# client as it is: "441 <text>" or "551 <text>" (checked on this machine with Postfix 3.7 and a stand-in milter
# answering "441 ..." to MAIL FROM and "551 ..." after the message: the client got exactly those lines). A reply set in
# the header or end-of-message callbacks goes to the client after the message's final dot.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Richard Gooch's milters'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the receiving Postfix sends it:
#   "441 Spam blocked see: http://spamcop.net/bl.shtml?<client address>"   to MAIL FROM, to every attempt from the
#                              senders' second addresses (192.0.2.24, 192.0.2.34: the route to gamma.test), for gus@
#                              and gil@ gamma.test (milter-dnsrbl, the connecting client on bl.spamcop.net)
#   "551 Open relay rejected; see http://ordb.org/lookup/?host=198.51.100.7"   after the message, for orla@ and oren@
#                              beta.test (milter-dnsrbl, a Received header naming a relay on relays.ordb.org; the
#                              address is a documentation one standing for that earlier hop)
#   "551 Spam blocked see: http://spamcop.net/bl.shtml?198.51.100.7"   after the message, for sami@ and sol@ beta.test
#                              (milter-dnsrbl, a relay on bl.spamcop.net)
#   "441 milter-dnsrbl: allocation failure"   after the message, to every attempt, for ada@ and abe@ beta.test
#                              (milter-dnsrbl could not allocate a relay address's record in mlfi_header)
#   "441 milter-regexp: allocation failure"   to RCPT TO, to every attempt, for ria@ and rex@ beta.test (milter-regexp
#                              could not allocate the recipient's configuration in mlfi_envrcpt)
#   "551 Get lost, spammer"   after the message, for gia@ and glen@ beta.test (milter-regexp's first sample recipe)
#   "551 Virus harbouring file formats not permitted here"   after the message, for vic@ and val@ beta.test
#                              (milter-regexp's second sample recipe)
#   "551 Likely spam content detected: rejected"   after the message, for lia@ and leo@ beta.test (milter-regexp's third
#                              sample recipe)
#   "551 body length: 48 rejected by administrator"   after the message, for bea@ and ben@ beta.test (milter-size; 48
#                              is the body length of each of those two messages as the receiving Postfix hands a body to
#                              a milter, with CR LF line ends, counted from the scenarios' bodies)
# Not served: milter-dnsrbl's connecting-client reply in the words of relays.ordb.org ("441 Open relay rejected; see
# ...", the same words as the relay reply above; this layout has only the two client addresses spent on the spamcop
# reply) and its "441 milter-dnsrbl: allocation failure" at the connection (Postfix answers a connect-time refusal at
# a later command); the commented-out MAPS RBL+ list of the sample; milter-regexp's per-user configurations
# (~/.milter-regexp.conf, the user's own words) and its TAG, DISCARD, REDIRECT and ACCEPT actions (no refusal);
# milter-size's refusals of other lengths (the same words with another number). The replies are chosen by recipient or
# client address, not by anything the senders did: each message has one recipient and is a few lines of plain text
# (no attachment, no X-Spam-Status or X-Advertisement header). The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rgooch-milters}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies a Postfix writes from Richard Gooch's milters' answers.
SPAMCOP='441 Spam blocked see: http://spamcop.net/bl.shtml?{client}'
ORDBRELAY='551 Open relay rejected; see http://ordb.org/lookup/?host=198.51.100.7'
SPAMCOPRELAY='551 Spam blocked see: http://spamcop.net/bl.shtml?198.51.100.7'
DNSRBLALLOC='441 milter-dnsrbl: allocation failure'
REGEXPALLOC='441 milter-regexp: allocation failure'
GETLOST='551 Get lost, spammer'
VIRUS='551 Virus harbouring file formats not permitted here'
LIKELYSPAM='551 Likely spam content detected: rejected'
SIZE='551 body length: 48 rejected by administrator'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SPAMCOP" \
    client:192.0.2.34 mail "$SPAMCOP" \
    orla@beta.test eom "$ORDBRELAY" \
    oren@beta.test eom "$ORDBRELAY" \
    sami@beta.test eom "$SPAMCOPRELAY" \
    sol@beta.test eom "$SPAMCOPRELAY" \
    ada@beta.test eom "$DNSRBLALLOC" \
    abe@beta.test eom "$DNSRBLALLOC" \
    ria@beta.test rcpt "$REGEXPALLOC" \
    rex@beta.test rcpt "$REGEXPALLOC" \
    gia@beta.test eom "$GETLOST" \
    glen@beta.test eom "$GETLOST" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    lia@beta.test eom "$LIKELYSPAM" \
    leo@beta.test eom "$LIKELYSPAM" \
    bea@beta.test eom "$SIZE" \
    ben@beta.test eom "$SIZE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-on-spamcop	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed again.\n\nCarol
relay-on-ordb	carol@alpha.test	orla@beta.test	192.0.2.25	Orla,\n\nthe lantern parade starts at dusk.\n\nCarol
relay-on-spamcop	carol@alpha.test	sami@beta.test	192.0.2.25	Sami,\n\nthe compost bins are full already.\n\nCarol
dnsrbl-allocation-failure	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe piano tuner rang this morning.\n\nCarol
regexp-allocation-failure	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe scout hut roof is mended.\n\nCarol
get-lost-spammer	carol@alpha.test	gia@beta.test	192.0.2.25	Gia,\n\nthe quilt show opens on Friday.\n\nCarol
virus-harbouring-formats	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe cider press is free on Sunday.\n\nCarol
likely-spam-content	carol@alpha.test	lia@beta.test	192.0.2.25	Lia,\n\nthe heron is back on the pond.\n\nCarol
body-length-rejected	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe garden gate needs oiling.\n\nCarol
exim-client-on-spamcop	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tide is out until noon.\n\nPat
exim-relay-on-ordb	pat@pi.test	oren@beta.test	192.0.2.35	Oren,\n\nthe bell ringers practise tonight.\n\nPat
exim-relay-on-spamcop	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe hedge needs trimming soon.\n\nPat
exim-dnsrbl-allocation-failure	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe model railway is set up.\n\nPat
exim-regexp-allocation-failure	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe pottery kiln is cooling.\n\nPat
exim-get-lost-spammer	pat@pi.test	glen@beta.test	192.0.2.35	Glen,\n\nthe map of the trail is ready.\n\nPat
exim-virus-harbouring-formats	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe duck pond froze overnight.\n\nPat
exim-likely-spam-content	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe sails are drying in the loft.\n\nPat
exim-body-length-rejected	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe rowing club meets at seven.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
