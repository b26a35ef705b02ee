#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-socketlabs: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that SocketLabs' Help Center (an email delivery service; help.socketlabs.com, section "Troubleshooting > SocketLabs
# Inbound SMTP Gateway Errors" and two articles beside it; stored copies read with the search tool, no date shown) quotes
# for its inbound SMTP gateway (smtp.socketlabs.com), the server its customers' MTAs and applications relay through:
#   https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted ("the IP address of
#     the server attempting to connect to the SocketLabs SMTP gateway has recently generated a high number of errors on
#     other connections to the gateway over a short period (minutes) ... an intentional protective measure against any
#     potential incoming SMTP brute force attacks ... should automatically clear up in a few minutes")
#   http://help.socketlabs.com/docs/451-471-your-account-has-been-temporarily-suspended (a server's monthly allotment of
#     messages or bandwidth reached: "SMTP access being disabled to prevent the servers from accepting any additional
#     messages"; lifted by upgrading the plan or raising the overage setting)
#   https://help.socketlabs.com/docs/554-510-the-senders-address-was-not-allowed (and .../verified-sending-domains,
#     .../sending-domains-whitelist: "the response our platform returns if you are trying to send a message using a
#     domain or address that is not present on a server's Sending Domains Whitelist, or if the domain or address is
#     specifically blocklisted"; "rejected at the SMTP protocol level" for the MAIL FROM address)
#   https://help.socketlabs.com/docs/inbound-smtp-restrictions ("If your message is larger than 40MB you will receive the
#     following error: 552 5.3.4 - Message too big for system"; "more than 500 addresses in one message ... 452 5.5.3 -
#     Too many recipients"; "an excessive number of connections ... 421 4.4.5 - Too many connections from your host")
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SocketLabs'; the DSNs are made. The pages state no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply byte for byte as the page shows it (the pages write some with " - " after the enhanced code and some
# without; each is served as its own page writes it), at the stage the page names or implies:
#   "421 4.5.1 Too many errors, you have been temporarily blacklisted"   instead of the greeting ("attempting to
#                              connect"), to the clients that send to gamma.test: gil@ from the Postfix, gus@ from the Exim
#   "421 4.4.5 - Too many connections from your host"   instead of the greeting (a limit on connections), to the clients
#                              that send to epsilon.test: eve@ from the Postfix, eli@ from the Exim
#   "554 5.1.0 The Sender's Address Was Not Allowed"   to MAIL FROM (the Sending Domains Whitelist is checked on "the
#                              MAIL FROM SMTP protocol command"), to the clients that send to delta.test: dan@, dee@
#                              from each sender (the page's apostrophe is ASCII in one article and a typographic one in
#                              another; the ASCII one is served, as SMTP replies are ASCII)
#   "451 4.7.1 - Your account has been temporarily suspended"   to MAIL FROM (the page names no stage; "SMTP access
#                              being disabled" refuses the account's mail before any recipient), to the clients that
#                              send to zeta.test: zoe@ from the Postfix, zed@ from the Exim
#   "452 5.5.3 - Too many recipients"   to RCPT TO, for ray@ and rex@beta.test (the run does not send 500 recipients: the
#                              reply is chosen by recipient address)
#   "552 5.3.4 - Message too big for system"   after the final dot, for bob@, ben@beta.test (the run's messages are
#                              small: the reply is chosen by recipient address)
# The temporary replies (421, 451, 452) are given to every attempt: each sender warns after 1 minute and returns the
# message after 3 (two notices for each; at most 4 recipients to one reply text, warnings counted).
# Not served: the pages' other texts are not SMTP replies (the Injection API's HTTP errors, control panel messages).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout with two more outgoing addresses each, as loopback-hestia's):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 .23 for
#               delta.test, out4 .22 for epsilon.test, out5 .21 for zeta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 .34, out3 .33, out4 .32, out5 .31, likewise).
#   192.0.2.26  mx.beta.test (and the MX of gamma.test ... zeta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-socketlabs}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies.
BLACKLISTED='421 4.5.1 Too many errors, you have been temporarily blacklisted'
CONNECTIONS='421 4.4.5 - Too many connections from your host'
NOT_ALLOWED="554 5.1.0 The Sender's Address Was Not Allowed"
SUSPENDED='451 4.7.1 - Your account has been temporarily suspended'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$BLACKLISTED" \
    client:192.0.2.34 connect "$BLACKLISTED" \
    client:192.0.2.22 connect "$CONNECTIONS" \
    client:192.0.2.32 connect "$CONNECTIONS" \
    client:192.0.2.23 mail "$NOT_ALLOWED" \
    client:192.0.2.33 mail "$NOT_ALLOWED" \
    client:192.0.2.21 mail "$SUSPENDED" \
    client:192.0.2.31 mail "$SUSPENDED" \
    ray@beta.test rcpt '452 5.5.3 - Too many recipients' \
    rex@beta.test rcpt '452 5.5.3 - Too many recipients' \
    bob@beta.test eom '552 5.3.4 - Message too big for system' \
    > "$W/replies.txt"

# lb_replay_inside's steps, with three more outgoing addresses for each sender.
lb_net 21 22 23 24 25 26 31 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'EOF'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out5.alpha.test. 300 IN A 192.0.2.21
21.2.0.192.in-addr.arpa. 300 IN PTR out5.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
out5.pi.test. 300 IN A 192.0.2.31
31.2.0.192.in-addr.arpa. 300 IN PTR out5.pi.test.
delta.test. 300 IN MX 10 mx.beta.test.
epsilon.test. 300 IN MX 10 mx.beta.test.
zeta.test. 300 IN MX 10 mx.beta.test.
EOF
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3:, epsilon.test=out4:, zeta.test=out5: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test
out5 unix - - n - - smtp -o smtp_bind_address=192.0.2.21 -o smtp_helo_name=out5.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{${if eq{$domain}{zeta.test}{192.0.2.31}{192.0.2.35}}}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
temporarily-blacklisted	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe shipping notices for March are below.\n\nCarol
too-many-connections	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe invoice reminder run starts tonight.\n\nCarol
sender-not-allowed	carol@alpha.test	dan@delta.test,dee@delta.test	192.0.2.25	Dan, Dee,\n\nyour order confirmation is below.\n\nCarol
account-suspended	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nyour password reset link is below.\n\nCarol
too-many-recipients	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe monthly statement is ready.\n\nCarol
message-too-big	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe catalogue for the summer is below.\n\nCarol
exim-temporarily-blacklisted	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe delivery tracking number is below.\n\nPat
exim-too-many-connections	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe renewal notice for your plan is below.\n\nPat
exim-sender-not-allowed	pat@pi.test	dan@delta.test,dee@delta.test	192.0.2.35	Dan, Dee,\n\nthe receipt for your payment is below.\n\nPat
exim-account-suspended	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe welcome message for new members is below.\n\nPat
exim-too-many-recipients	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe survey results are in.\n\nPat
exim-message-too-big	pat@pi.test	bob@beta.test,ben@beta.test	192.0.2.35	Bob, Ben,\n\nthe brochure for the trade fair is below.\n\nPat
SEND
# four permanent refusals returned at once; eight warnings after 1 minute and eight returns after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
