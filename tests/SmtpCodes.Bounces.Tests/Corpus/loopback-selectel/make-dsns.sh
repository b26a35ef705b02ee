#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-selectel: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Selectel (a Russian cloud provider, selectel.ru) lists for its mail service, a relay through which its customers'
# servers send their domains' mailings ("The service works as MTA (mail transfer agent) — sends mail from your servers to
# external networks"; "At the mail node the list of recipients is checked — addresses that are in the stop lists are
# excluded"), on its documentation page "Errors in SMTP dialog" ("SMTP dialog errors"; English copies of
# https://docs.selectel.ru/en/networks-services/selectel-email-service/smtp-errors/ and of the older
# https://docs.selectel.ru/en/email-service/smtp-errors/, which adds the rate limit row; "The following SMTP dialog errors
# may occur when sending mail from your server to the service's mail host"; stored copies read with the search tool, no
# date shown). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are Selectel's; the DSNs are made. The pages state no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply byte for byte as the page writes it (the page runs each reply into its explanation; the reply is the code
# and the words before the explanation's first capital), at the stage the page names or implies:
#   "550 bounced check filter"   ("The email address of one of the recipients is on the stop list"; "If you have
#                              specified multiple recipients in an email and at least one of the email addresses is on
#                              the stop list, the email will not be sent to any of them": a refusal of the whole
#                              message) after the final dot, for sue@beta.test and the other recipient of her message
#                              (sal@ from the Postfix, sol@ from the Exim)
#   "501 from domain not trusted"   ("The domain from which the email is being sent has not been added to the list of
#                              allowed domains") to MAIL FROM, to the clients that send to gamma.test: gil@, gia@ from
#                              each sender
#   "421 SMTP command timeout - closing connection"   ("The server closed the connection because it was not used for
#                              more than 120 seconds"; one copy writes " - ", the others an em dash, and the ASCII one is
#                              served, as SMTP replies are ASCII) to MAIL FROM, the command a client that sat idle after
#                              its greeting would send next, to the clients that send to delta.test: dan@ from the
#                              Postfix, dee@ from the Exim
#   "450 ratelimit exceeded"   ("The rate limit for sending via the resource has been exceeded — 100 emails per five
#                              minutes for all resource domains. Wait a few minutes and retry sending") to MAIL FROM, to
#                              the clients that send to epsilon.test: eve@ from the Postfix, eli@ from the Exim
# The temporary replies (421, 450) are given to every attempt: each sender warns after 1 minute and returns the message
# after 3 (two notices for each recipient; at most 4 recipients to one reply text, warnings counted).
# Not served: the page's other texts (its advice, the stop list's statuses unsubscribe, fbl and failed, which name why an
# address was put on the list, not words of the SMTP dialog).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments, and no run sends
# near 100 messages in five minutes.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout with two more outgoing addresses each, as loopback-socketlabs'):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 .23 for
#               delta.test, out4 .22 for epsilon.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 .34, out3 .33, out4 .32, likewise).
#   192.0.2.26  mx.beta.test (and the MX of gamma.test, delta.test and epsilon.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-selectel}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
NOT_TRUSTED='501 from domain not trusted'
TIMEOUT='421 SMTP command timeout - closing connection'
RATELIMIT='450 ratelimit exceeded'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$NOT_TRUSTED" \
    client:192.0.2.34 mail "$NOT_TRUSTED" \
    client:192.0.2.23 mail "$TIMEOUT" \
    client:192.0.2.33 mail "$TIMEOUT" \
    client:192.0.2.22 mail "$RATELIMIT" \
    client:192.0.2.32 mail "$RATELIMIT" \
    sue@beta.test eom '550 bounced check filter' \
    > "$W/replies.txt"

# lb_replay_inside's steps, with two more outgoing addresses for each sender.
lb_net 22 23 24 25 26 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
delta.test. 300 IN MX 10 mx.beta.test.
epsilon.test. 300 IN MX 10 mx.beta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3:, epsilon.test=out4: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{192.0.2.35}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
stop-list	carol@alpha.test	sue@beta.test,sal@beta.test	192.0.2.25	Sue, Sal,\n\nthe spring price list is below.\n\nCarol
from-domain-not-trusted	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nyour order number is below.\n\nCarol
command-timeout	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe delivery window is Tuesday.\n\nCarol
ratelimit-exceeded	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe weekly digest is below.\n\nCarol
exim-stop-list	pat@pi.test	sue@beta.test,sol@beta.test	192.0.2.35	Sue, Sol,\n\nthe new catalogue is out.\n\nPat
exim-from-domain-not-trusted	pat@pi.test	gil@gamma.test,gia@gamma.test	192.0.2.35	Gil, Gia,\n\nyour booking reference is below.\n\nPat
exim-command-timeout	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe meeting notes are below.\n\nPat
exim-ratelimit-exceeded	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe monthly offers are below.\n\nPat
SEND
# four permanent refusals returned at once; four warnings after 1 minute and four returns after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
