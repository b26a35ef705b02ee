#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-frappe-mail-agent: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of Frappe Mail Agent, the inbound and outbound mail agent of Frappe Technologies' self-hosted Frappe Mail
# platform: a Haraka 3 mail server (package.json: "Haraka": "^3.0.3") bundled with plugins of its own in JavaScript
# (frappe/mail_agent, GPL-3.0 as its package.json says; read with the search tool). Only the reply texts are quoted.
# Files and commits read: plugins/ip_blacklist.js (1245628977d7313354bd68ddb8f4ceee06c40bcd), plugins/enforce_rdns.js
# (4e87171ccf0f4f93bd34bd12e3f8cdd18405cecd), plugins/inbound_hooks.js (13f6b59fbafeaaf30605578b4c0b87752be1ed4c and
# the later ad4ba54f44838a41d50b459af2900dd0f1d435a7), plugins/outbound_hooks.js (refuses nothing), config/smtp.ini and
# package.json (13f6b59f...). The plugins refuse in their own words:
#   ip_blacklist.js, hook_connect: the client's address is looked up in the Frappe Mail site's blacklist API
#   (mail.api.blacklist.get); if it is_blacklisted, next(DENY, "Connection denied. Your IP address (<ip>) is listed on
#   our blacklist. ...");
#   enforce_rdns.js, lookup_rdns (the hook before connect): no PTR record, a failed lookup or a PTR name whose forward
#   lookup does not give the client's address: next(DENY, dsn.sec_unauthorized(message)), message "[<ip>] The IP address
#   sending this message does not have a PTR record setup, ... missing PTR records." (haraka-dsn's sec_unauthorized: code
#   550, enhanced code 5.7.1, reply "5.7.1 <message>");
#   inbound_hooks.js at 13f6b59f, hook_rcpt: a recipient that is not an alias, or whose domain is not in
#   config/mail_domains.json, or who is not in config/mailboxes.json: next(DENY) with no text of its own (Haraka's
#   rcpt_respond writes "recipient <address> denied"); hook_queue: the message is written to a temporary file and linked
#   into the agent's maildir for each recipient, and a failure ends in handle_error: next(DENY, error.toString()), with
#   the plugin's own Error texts `tmp file does not exist: "<file>"`, "tmp directory does not exist." and "new directory
#   does not exist." (deliver_file_to_rcpt);
#   inbound_hooks.js at ad4ba54f (the messages go to RabbitMQ instead of a maildir, hook_rcpt accepts every recipient):
#   handle_error: next(DENY, "Message rejected due to an internal error.").
# How Haraka 3 writes them (its connection.js, the class version read with the search tool): connect_respond and
# lookup_rdns_respond answer DENY with loop_respond(554, msg) in place of the greeting, and respond() takes a DSN
# object's own code and reply (so the rDNS refusal goes out as "550 5.7.1 ..."); rcpt_respond answers DENY with 550;
# queue_respond answers DENY with 550 and appends the transaction's uuid: "<msg> (<connection uuid>.<n>)". respond() adds
# a "[uuid@host]" prefix only when connection.ini sets uuid.deny_chars, which the agent's config (config/smtp.ini:
# only [main] listen, nodes, max_lines, max_received) does not; none is written here.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# agent's (and, for the recipient refusal, Haraka's); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it ({client} the connecting address, {rcpt} the recipient):
#   "554 Connection denied. Your IP address ({client}) is listed on our blacklist. This could be due to suspected
#    malicious activity or a history of spam. If you believe this is an error, please contact our support team for
#    further assistance."   instead of the greeting, to the sending Postfix's second address (out2 192.0.2.24, the
#                              route to gamma.test), for gus@gamma.test
#   "550 5.7.1 [{client}] The IP address sending this message does not have a PTR record setup, or the corresponding
#    forward DNS entry does not match the sending IP. We do not accept messages from IPs with missing PTR records."
#                              instead of the greeting, to the sending Exim's second address (out2 192.0.2.34), for
#                              gil@gamma.test
#   "550 recipient <{rcpt}> denied"   to RCPT TO, for nia@ and ned@ beta.test
#   "550 Error: tmp directory does not exist. (<uuid>.1)"   after the message, for tam@ and tod@ beta.test
#   "550 Error: new directory does not exist. (<uuid>.1)"   after the message, for nel@ and noe@ beta.test
#   "550 Error: tmp file does not exist: "/tmp/<10 hex>.<uuid>.1.mx.beta.test" (<uuid>.1)"   after the message, for
#                              fil@ and fin@ beta.test
#   "550 Message rejected due to an internal error. (<uuid>.1)"   after the message, for ira@ and ivy@ beta.test
# The uuids (Haraka's utils.uuid(), upper-case, one made up for each reply text, each the first transaction of its
# connection) and the temporary file's random prefix (generate_random_string(10)) are made up; the file name is built
# as inbound_hooks.js builds it (os.tmpdir(), the random string, the transaction uuid, connection.local.host, here the
# replaying server's name). The two refusals before the greeting are keyed by the client's address, and the layout has
# one such address for each sender, so each goes to one sender only. The PTR records of the run's zone exist: the rDNS
# refusal is served as the plugin sends it for a missing or mismatched PTR record.
# Not served: Haraka's greeting and EHLO answer (the replaying server's are used), its stock replies (syntax, sequence,
# size), enforce_rdns.js's dsn.net_bad_connection() for a connection without a remote address (haraka-dsn's default
# words, "4.4.2 Bad connection", which no TCP client can reach), the later inbound_hooks.js's catch-all "OK" and the
# queue's "250 Delivered". A Node error's own text (an ENOENT, say) in handle_error is Node's, not the agent's. After a
# refusal in place of the greeting Haraka stays in its loop state and answers every command but QUIT with it; the
# sending MTAs quit at once. Each message has one recipient and is a few lines of plain text. All the replies are
# permanent. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-frappe-mail-agent}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Frappe Mail Agent's refusals as Haraka 3 writes them.
BLACKLIST='554 Connection denied. Your IP address ({client}) is listed on our blacklist. This could be due to suspected malicious activity or a history of spam. If you believe this is an error, please contact our support team for further assistance.'
NOPTR='550 5.7.1 [{client}] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not match the sending IP. We do not accept messages from IPs with missing PTR records.'
DENIED='550 recipient <{rcpt}> denied'
TMPDIR='550 Error: tmp directory does not exist. (3F6A91C2-7D4B-4E8A-9B21-5C0D7E4F8A16.1)'
NEWDIR='550 Error: new directory does not exist. (A8D2E5F1-0B3C-4A7D-8E62-91F4C7B3D520.1)'
TMPFILE='550 Error: tmp file does not exist: "/tmp/7C41E09B2D.5B0E8C3A-2F91-4D6B-A7E4-0C8D3F1A9B62.1.mx.beta.test" (5B0E8C3A-2F91-4D6B-A7E4-0C8D3F1A9B62.1)'
INTERNAL='550 Message rejected due to an internal error. (D19C4B7E-6A25-4F03-B8E1-2E7A5C9D0F34.1)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$BLACKLIST" \
    client:192.0.2.34 connect "$NOPTR" \
    nia@beta.test rcpt "$DENIED" \
    ned@beta.test rcpt "$DENIED" \
    tam@beta.test eom "$TMPDIR" \
    tod@beta.test eom "$TMPDIR" \
    nel@beta.test eom "$NEWDIR" \
    noe@beta.test eom "$NEWDIR" \
    fil@beta.test eom "$TMPFILE" \
    fin@beta.test eom "$TMPFILE" \
    ira@beta.test eom "$INTERNAL" \
    ivy@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
blacklisted-ip	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gate has a new padlock.\n\nCarol
recipient-denied	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe book club meets at the library now.\n\nCarol
tmp-directory-missing	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe rowing boat needs a coat of varnish.\n\nCarol
new-directory-missing	carol@alpha.test	nel@beta.test	192.0.2.25	Nel,\n\nthe hedge was trimmed on Thursday.\n\nCarol
tmp-file-missing	carol@alpha.test	fil@beta.test	192.0.2.25	Fil,\n\nthe bread oven is warm by ten.\n\nCarol
internal-error	carol@alpha.test	ira@beta.test	192.0.2.25	Ira,\n\nthe bike shed roof is fixed.\n\nCarol
exim-missing-ptr	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lantern parade starts at dusk.\n\nPat
exim-recipient-denied	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe sheep are in the lower field.\n\nPat
exim-tmp-directory-missing	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe canoe paddles are in the loft.\n\nPat
exim-new-directory-missing	pat@pi.test	noe@beta.test	192.0.2.35	Noe,\n\nthe pond ice is too thin to walk on.\n\nPat
exim-tmp-file-missing	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe kiln is cooling until Monday.\n\nPat
exim-internal-error	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe rain gauge read two inches.\n\nPat
SEND
# ten messages refused for good at RCPT TO or after the message, returned at once (five by each sender); the Exim
# returns the message refused before the greeting at once; the Postfix skips a server that greets with a 5xx reply
# (smtp_skip_5xx_greeting, on by default) and keeps trying, so it warns after a minute and returns after 3
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
