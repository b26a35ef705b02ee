#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vpop3: a receiving SMTP server (../loopback-replay.py) answers with the reply texts
# of VPOP3, the Windows mail server of PSCS (Paul Smith Computer Services, pscs.co.uk), as the "how to" pages of its own
# PSCS Wiki (https://wiki.pscs.co.uk, a DokuWiki; read with the search tool; no date or licence shown on the stored
# copies) quote them, each page titled with the error it explains; a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are VPOP3's as its maker's wiki gives them; the DSNs are
# made. Only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Every reply served, the page that quotes it and what the page says it means:
#   "421 4.3.2 VPOP3 Too many connections from your IP address - try later"
#       how_to:421_4.3.2_vpop3_too_many_connections_from_your_ip_address_-_try_later: "VPOP3 has detected too many
#       simultaneous connections from your IP address"; "the sender should try sending the messages later" (the limits
#       of Services -> SMTP Server -> Load Limiting, 'Maximum Incoming Sessions').
#       Instead of the greeting (a limit on connections), to the Postfix's second address (192.0.2.24, the client for
#       gamma.test): gil@, gus@gamma.test. Served to every attempt, so the Postfix warns after a minute and returns
#       the message after 3.
#   "421 Your connection has been blocked temporarily - Try again later"
#       how_to:your_connection_has_been_blocked_temporarily_-_try_again_later: "the Intrusion Prevention System (IPS) in
#       VPOP3 has detected abnormal behaviour from your IP address, and it has applied a temporary block" (a score of
#       relay attempts, failed logins and unknown local recipients within an hour blocks the IP address for 30 minutes
#       by default).
#       Instead of the greeting (a block of the client's address), to the Exim's second address (192.0.2.34, the
#       client for gamma.test): gil@, gus@gamma.test. Served to every attempt, so the Exim warns after a minute and
#       returns the message after 3.
#   "550 5.7.1 Relaying not allowed! Bad sender IP address"
#       how_to:550_5.7.1_relaying_not_allowed_bad_sender_ip_address: "the computer which is sending the message is not
#       permitted to send outgoing messages based on the VPOP3 SMTP Service's Access Restrictions".
#       To RCPT TO: rita@, rob@beta.test, from both senders.
#   "550 5.7.1 Recipient Prohibited (3)"
#       how_to:550_5.7.1_recipient_prohibited_x (its raw export, _export/raw/...): "you have an SMTP rule which is
#       rejecting this recipient. The (x) indicates the SMTP rule number which is causing the rejection" (the wiki's
#       SMTP rule example of this kind restricts who can send to a local email address).
#       To RCPT TO: pia@, pip@beta.test, from both senders.
# Changed: the rule number "(x)" is filled with 3. The IPS page quotes its words without a code (they are what a mail
# program shows); they are served under 421, the code VPOP3's other connection refusal above uses for the same kind of
# temporary refusal of an address, without an enhanced code, instead of the greeting (the stages are the run's: the pages
# name the checks, a connection limit and a block of the client's IP address, not the SMTP command they answer).
# Not served: the IPS page's other wording ("Server access temporarily blocked! Please try again later", its login
# component's, for mail programs that log in), and the wiki's pages whose replies the stored copies do not show
# ("552 5.2.3 Message too large - contact your administrator", "550 Not permitted", "535 Authentication failed" of SMTP
# AUTH, "-ERR Unknown user" of POP3).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vpop3}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the wiki's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.3.2 VPOP3 Too many connections from your IP address - try later' \
    client:192.0.2.34 connect '421 Your connection has been blocked temporarily - Try again later' \
    rita@beta.test rcpt '550 5.7.1 Relaying not allowed! Bad sender IP address' \
    rob@beta.test rcpt '550 5.7.1 Relaying not allowed! Bad sender IP address' \
    pia@beta.test rcpt '550 5.7.1 Recipient Prohibited (3)' \
    pip@beta.test rcpt '550 5.7.1 Recipient Prohibited (3)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe stock count starts at eight on Monday.\n\nCarol
relaying-not-allowed	carol@alpha.test	rita@beta.test,rob@beta.test	192.0.2.25	Rita, Rob,\n\nthe van is booked for the Leeds delivery.\n\nCarol
recipient-prohibited	carol@alpha.test	pia@beta.test,pip@beta.test	192.0.2.25	Pia, Pip,\n\nthe price list for spring is attached below.\n\nCarol
exim-connection-blocked	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe printer on the first floor is fixed.\n\nPat
exim-relaying-not-allowed	pat@pi.test	rita@beta.test,rob@beta.test	192.0.2.35	Rita, Rob,\n\nthe pallets arrive on Thursday.\n\nPat
exim-recipient-prohibited	pat@pi.test	pia@beta.test,pip@beta.test	192.0.2.35	Pia, Pip,\n\nthe supplier meeting moved to Tuesday.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 from each sender for gamma.test
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
