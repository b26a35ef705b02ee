#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-intelligent-smtp-responder: a receiving SMTP server (../loopback-replay.py) answers
# with the replies of intelligent-smtp-responder, Denis Papathanasiou's e-mail agent server in Python 2 (it takes mail
# for its own domain on a small SMTP state machine of its own on SocketServer, without smtpd or aiosmtpd, and answers
# mail sent to designated inboxes with canned or computed replies, say the weather for nyc-weather@, or passes it on to
# another address; modelled on Mailinator, it foils spammers with aging counters of client addresses and subjects;
# repository dpapathanasiou/intelligent-smtp-responder, a LICENSE file not read; read with the search tool; only the
# reply texts are quoted), whose own code writes the one refusal it has, "550 No such user" (bad_request), at whatever
# stage the state machine stops a client, and then ends the session: server/smtp_server.py (commit 21a582d60f18:
# greeting, helo, mail, rcpt and data), with server/anti_spam.py (commit f52bedb8b723: valid_ip_address,
# valid_subject, block_ip_address; ip_hash_threshold 20 and subject_hash_threshold 120 within aging_hash_interval, 120
# seconds) and utils/email_utils.py (commit 4839f69d4a16: domain_recipients_valid, get_email_address):
#   instead of the greeting, when valid_ip_address says no: the connecting address has been seen more than 20 times in
#   the last two minutes, or was blocked (block_ip_address adds 20 at once) after it sent mail for no valid inbox;
#   to DATA (the rcpt state reads RCPT TO commands, answering each "250 Ok", until DATA, and only then checks them):
#   none of the recipients is on the server's domain, or the first one on it is neither an action mailbox nor a
#   pass-through mailbox and there is no default mailbox (the client's address is then blocked too);
#   after the message's final dot: its subject, stripped of Re:/Fwd: prefixes, has been seen more than 120 times in the
#   last two minutes (valid_subject).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# intelligent-smtp-responder's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 No such user"   instead of the greeting, to every connection from the senders' second addresses (192.0.2.24
#                          and 192.0.2.34, which carry the mail for gamma.test), for gus@ and gil@ gamma.test
#   "550 No such user"   to DATA, for messages to two recipients each: nat@ and noa@, ned@ and nix@ beta.test (the
#                          reply answers the whole message)
#   "550 No such user"   after the message, for sue@ and sid@ beta.test
# Not served: the greeting "220 <domain> SMTP", "250 Hello", "250 Ok", "354 End data with \r\n.\r\n" and "250 Ok:
# queued" (the replaying server's own accepting replies are used), and the same 550 the code sends when the first
# command is not HELO or EHLO, to a MAIL FROM without an address of a valid form (the null sender <> of a bounce, say),
# to a RCPT TO of an invalid form, or to a client that took more than ten minutes (none of which these senders do). The
# replies are chosen by recipient (and, before the greeting, by the sending address), not by anything the senders did:
# no address connected twenty times and no subject came 120 times. Each sender warns after a minute and returns the
# message after 3 when it retries.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-intelligent-smtp-responder}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): intelligent-smtp-responder's one refusal, at three stages.
BAD='550 No such user'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$BAD" \
    client:192.0.2.34 connect "$BAD" \
    nat@beta.test data "$BAD" \
    noa@beta.test data "$BAD" \
    ned@beta.test data "$BAD" \
    nix@beta.test data "$BAD" \
    sue@beta.test eom "$BAD" \
    sid@beta.test eom "$BAD" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-blocked	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe weather in the hills turned again.\n\nCarol
no-valid-inbox	carol@alpha.test	nat@beta.test,noa@beta.test	192.0.2.25	Nat, Noa,\n\nwhat time is it in Athens?\n\nCarol
subject-too-frequent	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe ferry leaves at seven.\n\nCarol
exim-client-blocked	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe forecast says rain by noon.\n\nPat
exim-no-valid-inbox	pat@pi.test	ned@beta.test,nix@beta.test	192.0.2.35	Ned, Nix,\n\nwhat is the time in Lisbon?\n\nPat
exim-subject-too-frequent	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bakery opens at six.\n\nPat
SEND
# the refusals to DATA and after the message returned at once (two by the Postfix, two by the Exim); the refusal
# instead of the greeting as each sender takes it (a sender that retries warns after a minute and returns after 3)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
