#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fwd-email: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of fwd-email, Morton Jonuschat's mail forwarding gateway in Python on aiosmtpd, which takes mail for the
# domains in its forwarding table, checks the client against DNS blocklists, the recipient's domain against a blocklist
# and a list of disposable-address domains, and the message's SPF and DKIM, then forwards it over SMTP to the
# addresses the table maps the recipient to (read with the search tool in the repository mjonuschat/fwd-email:
# handler.py at commit 172fed12f0d0, the ForwardHandler's handle_HELO, handle_EHLO, handle_RCPT, handle_DATA,
# _send_message, _parse_domain and _get_forwarding_addresses, whose replies aiosmtpd writes as the handler returns them,
# "<code> <text>", no enhanced code; smtp.py at commit 1487ed07b7e5, its aiosmtpd SMTP subclass; LICENSE at commit
# c272751f90d2, MIT, "Copyright (c) 2018 Morton Jonuschat"; only the reply texts are quoted). A sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are fwd-email's; the DSNs
# are made.
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
#   "550 192.0.2.34 is not welcome here"   (handle_EHLO and handle_HELO: the client's address is listed on one or more
#                              of pydnsbl's DNS blocklists; the address is the client's) to EHLO and to HELO, from the
#                              Exim's second address (out2.pi.test, which sends for gamma.test), for gina@gamma.test
#   "550 Disposable email addresses are not permitted"   (_parse_domain: the recipient's domain is on the
#                              disposable_email_domains block list) to RCPT TO, for gus@gamma.test, sent by the Postfix
#                              from its second address (out2.alpha.test)
#   "550 Mailbox not available"   (_get_forwarding_addresses: the forwarding table has no entry for the recipient's
#                              domain, or none for its mailbox and no catch-all) to RCPT TO, for ann@ and amy@ beta.test
#   "451 Lookup failure"   (_get_forwarding_addresses: an entry of the forwarding table for the domain is malformed,
#                              more than one colon) to RCPT TO, to every attempt, for lee@beta.test
#   "550 Please ensure you have either SPF or DKIM set up for the domain you're sending from."   (handle_DATA: the
#                              message has no valid DKIM signature and SPF for the sender says none, fail or permerror)
#                              after the message, for sam@ and sue@ beta.test
#   "451 Error processing message."   (_send_message: forwarding to a destination failed at every mail exchanger, or
#                              the destination refused a recipient) after the message, to every attempt, for bob@beta.test
#   "451 Internal error, try again later"   (_send_message: no mail exchanger found for a destination's domain) after
#                              the message, to every attempt, for bart@beta.test
# Not served: "550 <name> is not a FQDN" (to a HELO name or recipient domain that is not a fully qualified name; both
# senders give one), "550 <address> could not be parsed" and "550 <address> is invalid" (addresses flanker cannot
# parse or without a domain, which neither sender sends), "550 <domain> is not permitted" (the repository's own
# blacklist.py, not served for room: at most one refusal of a domain), and aiosmtpd's own replies (its size limit,
# malformed or out-of-order commands). The replies are chosen by client address or recipient, not by anything the
# senders did: no blocklist, DNS, SPF or DKIM was asked and nothing was forwarded; the messages are a few hundred bytes
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fwd-email}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): fwd-email's replies.
NOMBOX='550 Mailbox not available'
NOAUTH="550 Please ensure you have either SPF or DKIM set up for the domain you're sending from."
printf '%s\t%s\t%s\n' \
    client:192.0.2.34 ehlo '550 192.0.2.34 is not welcome here' \
    gus@gamma.test rcpt '550 Disposable email addresses are not permitted' \
    ann@beta.test rcpt "$NOMBOX" \
    amy@beta.test rcpt "$NOMBOX" \
    lee@beta.test rcpt '451 Lookup failure' \
    sam@beta.test eom "$NOAUTH" \
    sue@beta.test eom "$NOAUTH" \
    bob@beta.test eom '451 Error processing message.' \
    bart@beta.test eom '451 Internal error, try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
disposable-not-permitted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe club newsletter for March is below.\n\nCarol
mailbox-not-available	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe rota for the food bank is attached.\n\nCarol
lookup-failure	carol@alpha.test	lee@beta.test	192.0.2.25	Lee,\n\nthe keys are with the neighbour at number 12.\n\nCarol
spf-or-dkim	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe photos from Saturday are in the shared album.\n\nCarol
error-processing-message	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe plumber comes on Tuesday at nine.\n\nCarol
exim-not-welcome-here	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe choir practice moved to the church hall.\n\nPat
exim-mailbox-not-available	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe tickets for the match are booked.\n\nPat
exim-spf-or-dkim	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe recipe you asked for is below.\n\nPat
exim-internal-error	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe bike is fixed and ready to collect.\n\nPat
SEND
# six recipients refused for good, returned at once (three by each sender), then for each of the three temporary
# refusals a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
