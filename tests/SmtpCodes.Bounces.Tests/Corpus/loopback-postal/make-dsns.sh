#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postal: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the SMTP server of Postal (the open-source mail delivery platform of postalserver/postal, first written by aTech Media /
# Krystal; MIT licence) writes to a client that delivers mail to it, each reply as its source writes it; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Postal's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The source (read with the search tool): postalserver/postal, app/lib/smtp_server/client.rb (commit 0163ac3d10f9; the
# same replies in the older lib/postal/smtp_server/client.rb, commit 00a02f2655b6), its methods rcpt_to and finished,
# and lib/postal/config_schema.rb (commit 010e78559c88: smtp_server.max_message_size "The maximum message size to accept
# from the SMTP server (in MB)", default 14). What the code says each reply means (its branches and comments):
#   rcpt_to, an address of the return-path domain (dns.return_path_domain, "rp.postal.example.com" by default) whose
#     local part is a mail server's token: "535 Mail server has been suspended" when that server is suspended, "550
#     Invalid server token" when no server has that token;
#   rcpt_to, an address of the route domain (dns.route_domain, "routes.postal.example.com"; every route's forwarding
#     address "{token}@{route domain}"): "550 Invalid route token" when no route has that token;
#   rcpt_to, an address a route receives (Route.find_by_name_and_domain): "550 Route does not accept incoming messages"
#     when the route's mode is "Reject", "535 Mail server has been suspended" when its server is suspended;
#   rcpt_to, any other address from an unauthenticated client ("User is trying to relay but is not authenticated"):
#     "530 Authentication required";
#   finished (after the message's final dot): "552 Message too large (maximum size %dMB)" when the message is larger
#     than max_message_size; "550 Loop detected" when more than four of its Received fields name Postal's own host;
#     "530 From/Sender name is not valid" when the client authenticated (a credential, or an SMTP-IP credential matching
#     its address) and no domain of its server matches the message's From/Sender header.
# The selection (stated before the run, not by what any reader makes of the texts): every reply of rcpt_to and finished
# that a server delivering mail to Postal can meet, each from both senders (never more than three recipients to one
# text); the replies to malformed commands (501, 503) and the AUTH replies are not served: a conforming sender never
# meets them. Filled in by the run: the size in "%dMB" with Postal's default, 14; Postal's return-path and route domains
# are rp.beta.test and routes.beta.test here (their MX the replaying server's), the tokens made up, eight characters as
# Postal's are:
#   "535 Mail server has been suspended"                   RCPT TO  sara@, sven@beta.test; seth@beta.test
#   "550 Invalid server token"                             RCPT TO  k7d2m9x4@, w5c1r8e3@rp.beta.test; q3v8n1b6@rp.beta.test
#   "550 Route does not accept incoming messages"          RCPT TO  rita@, ross@beta.test; rex@beta.test
#   "550 Invalid route token"                              RCPT TO  f4h9w2c7@, m6y3g5u2@routes.beta.test;
#                                                                   z1p6t3j8@routes.beta.test
#   "530 Authentication required"                          RCPT TO  nora@, ned@beta.test; nina@beta.test
#   "552 Message too large (maximum size 14MB)"            after the message   lara@, liam@beta.test; lena@beta.test
#   "550 Loop detected"                                    after the message   lou@, lucy@beta.test; lyle@beta.test
#   "530 From/Sender name is not valid"                    after the message   fay@, fred@beta.test; finn@beta.test
# The replies are chosen by recipient, not by anything the senders did: the messages are a few lines (not 14 MB), carry
# only the senders' own Received fields, and no sender authenticated.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test (also the MX of rp.beta.test and routes.beta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postal}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Postal's replies.
SUSPENDED='535 Mail server has been suspended'
SERVER_TOKEN='550 Invalid server token'
ROUTE_REJECT='550 Route does not accept incoming messages'
ROUTE_TOKEN='550 Invalid route token'
AUTHENTICATION='530 Authentication required'
TOO_LARGE='552 Message too large (maximum size 14MB)'
LOOP='550 Loop detected'
FROM_NAME='530 From/Sender name is not valid'
printf '%s\t%s\t%s\n' \
    sara@beta.test rcpt "$SUSPENDED" \
    sven@beta.test rcpt "$SUSPENDED" \
    seth@beta.test rcpt "$SUSPENDED" \
    k7d2m9x4@rp.beta.test rcpt "$SERVER_TOKEN" \
    w5c1r8e3@rp.beta.test rcpt "$SERVER_TOKEN" \
    q3v8n1b6@rp.beta.test rcpt "$SERVER_TOKEN" \
    rita@beta.test rcpt "$ROUTE_REJECT" \
    ross@beta.test rcpt "$ROUTE_REJECT" \
    rex@beta.test rcpt "$ROUTE_REJECT" \
    f4h9w2c7@routes.beta.test rcpt "$ROUTE_TOKEN" \
    m6y3g5u2@routes.beta.test rcpt "$ROUTE_TOKEN" \
    z1p6t3j8@routes.beta.test rcpt "$ROUTE_TOKEN" \
    nora@beta.test rcpt "$AUTHENTICATION" \
    ned@beta.test rcpt "$AUTHENTICATION" \
    nina@beta.test rcpt "$AUTHENTICATION" \
    lara@beta.test eom "$TOO_LARGE" \
    lena@beta.test eom "$TOO_LARGE" \
    lou@beta.test eom "$LOOP" \
    lyle@beta.test eom "$LOOP" \
    fay@beta.test eom "$FROM_NAME" \
    finn@beta.test eom "$FROM_NAME" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'rp.beta.test. 300 IN MX 10 mx.beta.test.' 'routes.beta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (liam@, lucy@ and fred@ have no line of their own: they share it).
lb_send <<'SEND'
server-suspended	carol@alpha.test	sara@beta.test,sven@beta.test	192.0.2.25	Sara, Sven,\n\nthe warehouse stock count is on Thursday.\n\nCarol
invalid-server-token	carol@alpha.test	k7d2m9x4@rp.beta.test,w5c1r8e3@rp.beta.test	192.0.2.25	Your order confirmation was returned to us.\n\nCarol
route-rejects	carol@alpha.test	rita@beta.test,ross@beta.test	192.0.2.25	Rita, Ross,\n\nthe delivery vans are booked for Monday.\n\nCarol
invalid-route-token	carol@alpha.test	f4h9w2c7@routes.beta.test,m6y3g5u2@routes.beta.test	192.0.2.25	Forwarded from the help desk.\n\nCarol
authentication-required	carol@alpha.test	nora@beta.test,ned@beta.test	192.0.2.25	Nora, Ned,\n\nthe new price list is below.\n\nCarol
message-too-large	carol@alpha.test	lara@beta.test,liam@beta.test	192.0.2.25	Lara, Liam,\n\nthe catalogue proofs are ready.\n\nCarol
loop-detected	carol@alpha.test	lou@beta.test,lucy@beta.test	192.0.2.25	Lou, Lucy,\n\nthe trade fair stand is confirmed.\n\nCarol
from-name-invalid	carol@alpha.test	fay@beta.test,fred@beta.test	192.0.2.25	Fay, Fred,\n\nthe invoices for May are attached as text.\n\nCarol
exim-server-suspended	pat@pi.test	seth@beta.test	192.0.2.35	Seth,\n\nthe quarterly newsletter is out.\n\nPat
exim-invalid-server-token	pat@pi.test	q3v8n1b6@rp.beta.test	192.0.2.35	Your receipt was returned to us.\n\nPat
exim-route-rejects	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe parcel tracking page moved.\n\nPat
exim-invalid-route-token	pat@pi.test	z1p6t3j8@routes.beta.test	192.0.2.35	Forwarded from the sales inbox.\n\nPat
exim-authentication-required	pat@pi.test	nina@beta.test	192.0.2.35	Nina,\n\nthe meeting notes are below.\n\nPat
exim-message-too-large	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe brochure draft is ready.\n\nPat
exim-loop-detected	pat@pi.test	lyle@beta.test	192.0.2.35	Lyle,\n\nthe shipping labels are printed.\n\nPat
exim-from-name-invalid	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe statement for June is below.\n\nPat
SEND
# sixteen returns, all at once (every reply is permanent)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
