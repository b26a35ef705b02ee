#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-slockd: a receiving SMTP server (../loopback-replay.py) answers with the replies a
# Postfix writes from the actions of slockd, the Spam Locker of ExtMail: He zhiqiang's (hzqbbc's) Postfix policy server
# in Perl on Net::Server (a rewrite of the commercial APF Server on his "Antispam Policy Framework", GPL v2 as its
# plugin.cf says), whose plugins answer each request of Postfix's check_policy_service with an action of their own.
# The source read is ExtMail's own release of it as kept in the repository weynhamz/ExtMailSuite, folder slockd/
# (commit fe695ca7b2b5887d12a828df06e7327015e2b1b5; read with the search tool; only the reply texts are quoted):
# slockd/README, slockd/INSTALL (which asks for it in smtpd_recipient_restrictions: check_policy_service
# inet:127.0.0.1:10030), slockd/config/plugin.cf (action_type = policy; localctrl, peruserctrl, spf, dnsbl and greylist
# all enabled; spf_soft_reject = no and dnsbl_soft_reject = no; the DNSBL list zen.spamhaus.org, bl.spamcop.net,
# cbl.anti-spam.org.cn, dnsbl.sorbs.net), slockd/lib/APF/Server.pm (process_request: in policy mode it sends the first
# plugin's answer other than DUNNO as "action=<answer>"), slockd/lib/APF/Plugins.pm and the plugins:
#   plugins/dnsbl, pre_hook: a client listed by one of the zones, "554 blocked using <zone>, see
#   http://bl.extmail.org/cgi/rbl?<client address>" (450 with dnsbl_soft_reject = yes);
#   plugins/spf, sender_permitted_from (on Mail::SPF::Query): an SPF fail, "551 see
#   http://bl.extmail.org/cgi/why?spf=<sender>" (450 with spf_soft_reject = yes); a softfail, "451 see
#   http://bl.extmail.org/cgi/why?spf=<sender>" ("we always send 451 to it", its comment says);
#   plugins/greylist, pre_hook (derived from Postfix's greylist.pl example): a client/sender/recipient triplet first seen
#   less than greylist_delay (60) seconds ago, "defer_if_permit Try again, see http://bl.extmail.org/cgi/why?greylist";
#   plugins/localctrl, pre_hook: a sender or recipient on the blacklists config/sender_blacklist or
#   config/recip_blacklist, "504 blocked by localctrl,  see http://bl.extmail.org/cgi/why?localctrl" (two spaces
#   before "see": '504 blocked by localctrl, ' joined to ' see ...'), and a client name or address on config/blacklist,
#   "504 blocked by localctrl, see http://bl.extmail.org/cgi/why?localctrl" (one space);
#   plugins/peruserctrl, pre_hook: a sender on the recipient's own blacklist (blacklist.cf in the mailbox's maildir,
#   found through Courier authlib), "504 blocked by <recipient>, see http://bl.extmail.org/cgi/why?peruserctrl".
# Postfix 3's smtpd_check (check_table_result) writes a policy's numeric action "NNN text" as "NNN X.7.1 <recipient>:
# Recipient address rejected: text" (the action's own code, the default enhanced code 5.7.1 or 4.7.1 by its first
# digit) and DEFER_IF_PERMIT with text as its defer_code 450 with 4.7.1, in the same frame (postconf(5), access(5));
# the served lines are those, at RCPT TO, where the policy is asked.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are slockd's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, to RCPT TO (R is "Recipient address rejected:"; {rcpt}, {sender} and {client} are filled
# in by the replaying server with the recipient, the MAIL FROM address and the sending MTA's address):
#   "554 5.7.1 <{rcpt}>: R blocked using zen.spamhaus.org, see http://bl.extmail.org/cgi/rbl?{client}"   for bob@ and
#                              bea@ beta.test
#   "551 5.7.1 <{rcpt}>: R see http://bl.extmail.org/cgi/why?spf={sender}"   for fay@ and finn@ beta.test
#   "451 4.7.1 <{rcpt}>: R see http://bl.extmail.org/cgi/why?spf={sender}"   to every attempt, for sofia@ and sol@
#                              beta.test
#   "450 4.7.1 <{rcpt}>: R Try again, see http://bl.extmail.org/cgi/why?greylist"   to every attempt, for greta@ and
#                              glen@ beta.test
#   "504 5.7.1 <{rcpt}>: R blocked by localctrl,  see http://bl.extmail.org/cgi/why?localctrl"   for lou@ and lola@
#                              beta.test (as if the sender were on config/sender_blacklist, the list the release ships)
#   "504 5.7.1 <{rcpt}>: R blocked by localctrl, see http://bl.extmail.org/cgi/why?localctrl"   to every recipient from
#                              the senders' second addresses (192.0.2.24 and 192.0.2.34, as if on config/blacklist),
#                              which send the mail for gus@ and gil@ gamma.test
#   "504 5.7.1 <{rcpt}>: R blocked by {rcpt}, see http://bl.extmail.org/cgi/why?peruserctrl"   for pam@ and pete@
#                              beta.test
# Not served: the spf plugin's "450 temporary failure: <comment>" (its words end in Mail::SPF::Query's comment), the
# soft-reject variants (450 for a DNSBL listing or an SPF fail, off by default), the header and learn action types
# (PREPEND and FILTER actions, no refusal) and every DUNNO and OK; the greeting and EHLO answer are the replaying
# server's, since Postfix's are not slockd's. The greylist defers every attempt here (a real one lets the triplet pass
# after 60 seconds): it stands for a client whose retries never reach the same instance. The replies are chosen by
# recipient or client address, not by anything the senders did: each message has one recipient and is a few lines of
# plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-slockd}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): slockd's actions as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
DNSBL="554 5.7.1 <{rcpt}>: $R blocked using zen.spamhaus.org, see http://bl.extmail.org/cgi/rbl?{client}"
SPFFAIL="551 5.7.1 <{rcpt}>: $R see http://bl.extmail.org/cgi/why?spf={sender}"
SPFSOFT="451 4.7.1 <{rcpt}>: $R see http://bl.extmail.org/cgi/why?spf={sender}"
GREY="450 4.7.1 <{rcpt}>: $R Try again, see http://bl.extmail.org/cgi/why?greylist"
LISTED="504 5.7.1 <{rcpt}>: $R blocked by localctrl,  see http://bl.extmail.org/cgi/why?localctrl"
CLIENT="504 5.7.1 <{rcpt}>: $R blocked by localctrl, see http://bl.extmail.org/cgi/why?localctrl"
PERUSER="504 5.7.1 <{rcpt}>: $R blocked by {rcpt}, see http://bl.extmail.org/cgi/why?peruserctrl"
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 rcpt "$CLIENT" \
    client:192.0.2.34 rcpt "$CLIENT" \
    bob@beta.test rcpt "$DNSBL" \
    bea@beta.test rcpt "$DNSBL" \
    fay@beta.test rcpt "$SPFFAIL" \
    finn@beta.test rcpt "$SPFFAIL" \
    sofia@beta.test rcpt "$SPFSOFT" \
    sol@beta.test rcpt "$SPFSOFT" \
    greta@beta.test rcpt "$GREY" \
    glen@beta.test rcpt "$GREY" \
    lou@beta.test rcpt "$LISTED" \
    lola@beta.test rcpt "$LISTED" \
    pam@beta.test rcpt "$PERUSER" \
    pete@beta.test rcpt "$PERUSER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
blocked-by-localctrl-client	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed again.\n\nCarol
blocked-using-dnsbl	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe snow shovel is by the back door.\n\nCarol
spf-fail	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe hedge needs trimming before the fair.\n\nCarol
spf-softfail	carol@alpha.test	sofia@beta.test	192.0.2.25	Sofia,\n\nthe bread oven is warm by six.\n\nCarol
greylist-try-again	carol@alpha.test	greta@beta.test	192.0.2.25	Greta,\n\nthe hens laid twelve eggs today.\n\nCarol
blocked-by-localctrl-list	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe canoe paddles are in the loft.\n\nCarol
blocked-by-peruserctrl	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe cider press is free on Sunday.\n\nCarol
exim-blocked-by-localctrl-client	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lighthouse tour is fully booked.\n\nPat
exim-blocked-using-dnsbl	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe kite string is knotted again.\n\nPat
exim-spf-fail	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe barn owl is back in the rafters.\n\nPat
exim-spf-softfail	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe stepping stones are under water.\n\nPat
exim-greylist-try-again	pat@pi.test	glen@beta.test	192.0.2.35	Glen,\n\nthe quilt show opens on Friday.\n\nPat
exim-blocked-by-localctrl-list	pat@pi.test	lola@beta.test	192.0.2.35	Lola,\n\nthe pond pump hums all night.\n\nPat
exim-blocked-by-peruserctrl	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe bell ringers meet on Thursday.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
