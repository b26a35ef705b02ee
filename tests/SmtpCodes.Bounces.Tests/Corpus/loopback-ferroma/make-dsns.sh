#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ferroma: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of Ferroma, "a Rust-native self-hosted mail platform" (SMTP, IMAP and JMAP with a webmail and an admin
# console; `z1HwanG/Ferroma`, version 0.1.1, "MIT OR Apache-2.0" in its Cargo.toml, authors "Ferroma Contributors";
# read with the search tool: `crates/ferroma-smtp/src/reply.rs`, commit 8087eadba3fa, its catalogue of "every reply the
# server can produce", with its tests; `crates/ferroma-smtp/src/server.rs`, the listener and session loop that send
# them, and the stock `config/ferroma.toml`); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are Ferroma's own; the DSNs are made. Only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Every reply served, the function of reply.rs that words it, where server.rs sends it, and what the code says it means:
#   "421 4.3.2 Too many connections, try again later"   Reply::too_many_connections, "overload"; the listener writes it
#       instead of the banner when the connection limiter refuses a peer (the stock limits: 100 connections, 10 from
#       one address). Instead of the greeting, to the senders' second addresses (192.0.2.24 and 192.0.2.34, the clients
#       for gamma.test): gil@gamma.test. Served to every attempt, so each sender warns after a minute and returns after 3.
#   "550 5.1.1 <address>: Recipient address rejected: User unknown"   Reply::user_unknown; handle_rcpt_to, for a
#       local domain's address that resolves to no mailbox ("An unknown address is refused outright"). To RCPT TO:
#       ula@, uli@beta.test.
#   "550 5.7.1 Relaying denied: not a local domain"   Reply::relay_denied("not a local domain"), "the open-relay
#       refusal"; handle_rcpt_to, for a recipient outside the server's domains from a peer that has not authenticated.
#       To RCPT TO: rita@, rob@beta.test.
#   "451 4.7.1 greylisting: this sender and recipient pair has not been seen before, please retry shortly"
#       Reply::try_again_later, "the greylisting-style 'come back later' reply"; greet_or_defer, for an existing
#       mailbox and a peer, sender and recipient not seen before. To RCPT TO: gail@beta.test. Served to every attempt
#       (the delay never passes here), so each sender warns after a minute and returns after 3.
#   "552 5.3.4 Message size exceeds fixed maximum message size of 26214400 bytes"   Reply::size_exceeded; handle_data,
#       when the message grows past [limits] max_message_size (stock 26214400, 25 MiB). After the message: max@beta.test.
#   "550 5.7.1 Message rejected by the DMARC policy of <domain>"   Reply::dmarc_rejected, "a DMARC p=reject failure"
#       (RFC 3463's 5.7.1); handle_data, when the inbound SPF/DKIM/DMARC policy's verdict is to reject, <domain> the
#       DMARC domain of the message. After the message: dana@beta.test (alpha.test, the Postfix's sender's domain) and
#       dirk@beta.test (pi.test, the Exim's).
#   "452 4.2.2 Mailbox full: over quota"   Reply::mailbox_full, "a quota the peer can retry against later" (the code's
#       own choice of a temporary reply, from Reply::from_delivery_error for a recipient over quota). After the message:
#       fran@beta.test. Served to every attempt, so each sender warns after a minute and returns after 3.
# Changed: nothing in the words; <address> is the RCPT TO address, <domain> the sending domain. The DMARC refusal needs
# `dmarc_failure_action = "reject"` (the stock file says "quarantine"), which a site sets.
# Not served: the replies to submission, AUTH and STARTTLS (a relaying MTA does not meet them), "452 4.5.3 Too many
# recipients: limit is 100" (only a 101st recipient meets it), the temporary failures that quote an internal error's
# own text ("451 4.3.0 <error>", "554 5.3.0 <error>"), "421 4.7.0 Too many requests, try again later" (the limiter's
# command rate, not chosen by recipient) and the idle timeout.
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
W=${LOOPBACK_WORK:-/tmp/loopback-ferroma}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Ferroma's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.3.2 Too many connections, try again later' \
    client:192.0.2.34 connect '421 4.3.2 Too many connections, try again later' \
    ula@beta.test rcpt '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown' \
    uli@beta.test rcpt '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown' \
    rita@beta.test rcpt '550 5.7.1 Relaying denied: not a local domain' \
    rob@beta.test rcpt '550 5.7.1 Relaying denied: not a local domain' \
    gail@beta.test rcpt '451 4.7.1 greylisting: this sender and recipient pair has not been seen before, please retry shortly' \
    max@beta.test eom '552 5.3.4 Message size exceeds fixed maximum message size of 26214400 bytes' \
    dana@beta.test eom '550 5.7.1 Message rejected by the DMARC policy of alpha.test' \
    dirk@beta.test eom '550 5.7.1 Message rejected by the DMARC policy of pi.test' \
    fran@beta.test eom '452 4.2.2 Mailbox full: over quota' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe boat trailer needs new lights.\n\nCarol
user-unknown	carol@alpha.test	ula@beta.test,uli@beta.test	192.0.2.25	Ula, Uli,\n\nthe allotment rota is pinned to the shed.\n\nCarol
relaying-denied	carol@alpha.test	rita@beta.test,rob@beta.test	192.0.2.25	Rita, Rob,\n\nthe choir sings at the harbour on Sunday.\n\nCarol
greylisting	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe seed catalogue came this morning.\n\nCarol
size-exceeded	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe photographs follow separately.\n\nCarol
dmarc-rejected	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe minutes of the last meeting are below.\n\nCarol
mailbox-full	carol@alpha.test	fran@beta.test	192.0.2.25	Fran,\n\nthe library books are due on Friday.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe bike shed key is with reception.\n\nPat
exim-user-unknown	pat@pi.test	ula@beta.test,uli@beta.test	192.0.2.35	Ula, Uli,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-relaying-denied	pat@pi.test	rita@beta.test,rob@beta.test	192.0.2.35	Rita, Rob,\n\nthe ferry tickets are in the drawer.\n\nPat
exim-greylisting	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe plumber comes on Wednesday.\n\nPat
exim-size-exceeded	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe drawings are on the shared drive.\n\nPat
exim-dmarc-rejected	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe newsletter draft is ready for you.\n\nPat
exim-mailbox-full	pat@pi.test	fran@beta.test	192.0.2.35	Fran,\n\nthe hall is booked for the fair.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 from each sender for each of the three
# temporary refusals
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
