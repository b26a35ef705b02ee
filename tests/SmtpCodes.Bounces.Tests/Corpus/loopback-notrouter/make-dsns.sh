#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-notrouter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP receiver of notrouter, scuq's notification router in Go: it takes events from syslog, webhooks,
# TCP JSON and, "for monitoring traffic from systems that can only emit email notifications (Grafana, CheckMK, Palo
# Alto, vendor appliances, etc.)" (its code's comment), mail on port 25, where its own go-smtp receiver checks the
# client's address, the envelope sender and each recipient against allowlists of its configuration and hands each
# accepted message to its pipeline as an event ("Not a mail relay - we accept and discard, never forward")
# (repository `scuq/notrouter`, no licence file in the index; read with the search tool; only the reply texts are
# quoted):
#   internal/receivers/smtp.go (commit 46be58335d32, the same replies in its earlier stored versions): NewSession
#   answers "554 5.7.1 access denied" when the client's address is not in allowed_ips; Mail answers "550 5.7.1 sender
#   not allowed" when the envelope sender is not in allowed_from; Rcpt answers "550 5.7.1 recipient not allowed" when
#   the recipient is not in allowed_rcpt_to; Data answers, after the message, "451 4.4.5 pipeline congested, retry
#   later" when the pipeline's channel is full (and "554 5.0.0 data read error" when the message could not be read).
# Each is a go-smtp SMTPError; go-smtp (v0.24.0, the go.mod's at the same commit) sends it as "<code> <enhanced code>
# <words>", and calls NewSession when the client says EHLO or HELO, so its refusal is the answer to that command.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# notrouter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "554 5.7.1 access denied"   to EHLO and to HELO, from each sender's second address (out2, the one it uses for
#                              gamma.test): for gina@ and gabe@ gamma.test
#   "550 5.7.1 sender not allowed"   to MAIL FROM, from each sender's third address (out3, the one it uses for
#                              delta.test): for dora@ and dirk@ delta.test
#   "550 5.7.1 recipient not allowed"   to RCPT TO, for rita@ and ross@ beta.test
#   "451 4.4.5 pipeline congested, retry later"   after the message, to every attempt, for pia@ and piet@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used), among them its reply to AUTH (AuthPlain answers go-smtp's ErrAuthUnsupported) and its refusal of a message past
# MaxMessageBytes; "554 5.0.0 data read error" (the message could not be read). The replies are chosen by the client's
# address (EHLO, MAIL FROM) or by recipient, not by anything the senders did: no allowlist or pipeline existed. Each
# message has one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with one more outgoing address for each sender):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test and delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-notrouter}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): notrouter's SMTP receiver's replies.
ACCESS='554 5.7.1 access denied'
SENDER='550 5.7.1 sender not allowed'
RCPT='550 5.7.1 recipient not allowed'
CONGESTED='451 4.4.5 pipeline congested, retry later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$ACCESS" \
    client:192.0.2.34 ehlo "$ACCESS" \
    client:192.0.2.23 mail "$SENDER" \
    client:192.0.2.33 mail "$SENDER" \
    rita@beta.test rcpt "$RCPT" \
    ross@beta.test rcpt "$RCPT" \
    pia@beta.test eom "$CONGESTED" \
    piet@beta.test eom "$CONGESTED" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with one more outgoing address for each sender.
lb_net 23 24 25 26 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
delta.test. 300 IN MX 10 mx.beta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{192.0.2.35}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe backup job finished at two this morning.\n\nCarol
sender-not-allowed	carol@alpha.test	dora@delta.test	192.0.2.25	Dora,\n\nthe disk on the old file server is nearly full.\n\nCarol
recipient-not-allowed	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe certificate on the intranet renews on Monday.\n\nCarol
pipeline-congested	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe printer in the hall is out of toner again.\n\nCarol
exim-access-denied	pat@pi.test	gabe@gamma.test	192.0.2.35	Gabe,\n\nthe UPS test is booked for Thursday night.\n\nPat
exim-sender-not-allowed	pat@pi.test	dirk@delta.test	192.0.2.35	Dirk,\n\nthe switch in rack two was rebooted.\n\nPat
exim-recipient-not-allowed	pat@pi.test	ross@beta.test	192.0.2.35	Ross,\n\nthe weekly report is on the shared drive.\n\nPat
exim-pipeline-congested	pat@pi.test	piet@beta.test	192.0.2.35	Piet,\n\nthe air conditioning alarm was a false one.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
