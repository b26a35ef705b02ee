#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-net-server-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Net::Server::Mail, the Perl library "to easily create a mail server" (SMTP, ESMTP and LMTP) by Olivier
# Poitrey, later kept by Xavier Guimard (rs/net-server-mail, on CPAN as Net-Server-Mail; GNU LGPL 2.1 or later, its
# pod's LICENCE section), each reply as its code writes it or as its documentation's examples return it; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the library's;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The source (read with the search tool): rs/net-server-mail, lib/Net/Server/Mail.pm and lib/Net/Server/Mail/SMTP.pm
# (commit b332f3e672c1). What the code and its documentation say each reply means:
#   the SYNOPSIS of both modules, whose validate_recipient callback refuses a recipient outside the server's local
#     domains: return(0, 554, "$recipient: Recipient address rejected: Relay access denied") ($recipient is the RCPT TO
#     argument as the client wrote it, angle brackets included: "<address>");
#   the set_callback documentation of Mail.pm, whose RCPT callback refuses an address it does not relay ("if
#     (is_relayed($address)) ... else return(0, 513, 'Relaying denied.')"): "513 Relaying denied." (the code is the
#     documentation's, not one of RFC 5321's; both senders read any 5XX as a refusal for good);
#   the library's own default when a MAIL or RCPT callback refuses without a code or text (make_event's failure_reply
#     [550, 'Failure'] of SMTP.pm's mail and rcpt, and reply()'s "default message ... 'Failure'"): "550 Failure";
#   the HELO event's documentation in SMTP.pm, whose handler refuses a hostname it does not like ("if ($hostname eq
#     'localhost') return(0, 553, q(I don't like this hostname, try again.))"): "553 I don't like this hostname, try
#     again.".
# The selection (stated before the run, not by what any reader makes of the texts): the library's and its
# documentation's own refusals that a conforming server delivering plain mail to it can meet about its session, sender
# or recipients and that the replaying server can key. The EHLO/HELO and MAIL FROM refusals, which the replaying server
# keys by client, go to each sender's second address (192.0.2.24, the Postfix's, meets the 553 to EHLO and HELO;
# 192.0.2.34, the Exim's, meets "550 Failure" to MAIL FROM; they use them for gamma.test only), so each of those texts
# reaches one sender only; the recipients' refusals reach both. "550 Failure" is served to MAIL FROM (two recipients) and
# RCPT TO (two), four recipients in all. Nothing was changed. Not served: "513 Syntax error." (the SYNOPSIS's reply to a
# recipient without a domain, which a conforming sender does not give), "554 Error: no valid recipients" (the
# SYNOPSIS's DATA callback with no recipient, which the data stage cannot meet after an accepted one), "421 <hostname>
# Timeout exceeded, closing transmission channel" (the idle timeout: nothing a table can key), "453 Command received
# prior to completion of previous command sequence" (commands grouped without PIPELINING), "555 Unsupported option:
# ..." and the 500, 501, 502 and 503 replies to malformed, unknown or out-of-order commands. Served:
#   "553 I don't like this hostname, try again."   EHLO and HELO, client 192.0.2.24   gus@, gia@gamma.test (the Postfix)
#   "550 Failure"                                  MAIL FROM, client 192.0.2.34       gwen@, glen@gamma.test (the Exim)
#   "550 Failure"                                  RCPT TO       fay@beta.test; fin@beta.test
#   "554 <address>: Recipient address rejected: Relay access denied"   RCPT TO   rob@, ray@beta.test; rex@beta.test
#   "513 Relaying denied."                         RCPT TO       ria@beta.test; rue@beta.test
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes,
# neither sender was offered AUTH or TLS, and nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-net-server-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the library's and its documentation's replies.
FAILURE='550 Failure'
RELAY_ACCESS_DENIED='554 <{rcpt}>: Recipient address rejected: Relay access denied'
RELAYING_DENIED='513 Relaying denied.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "553 I don't like this hostname, try again." \
    client:192.0.2.34 mail "$FAILURE" \
    fay@beta.test rcpt "$FAILURE" \
    fin@beta.test rcpt "$FAILURE" \
    rob@beta.test rcpt "$RELAY_ACCESS_DENIED" \
    ray@beta.test rcpt "$RELAY_ACCESS_DENIED" \
    rex@beta.test rcpt "$RELAY_ACCESS_DENIED" \
    ria@beta.test rcpt "$RELAYING_DENIED" \
    rue@beta.test rcpt "$RELAYING_DENIED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
hostname-refused	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe tide tables are pinned in the porch.\n\nCarol
recipient-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe kiln is free on Wednesday.\n\nCarol
relay-access-denied	carol@alpha.test	rob@beta.test,ray@beta.test	192.0.2.25	Rob, Ray,\n\nthe football kit is in the van.\n\nCarol
relaying-denied	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe seed swap is in the parish hall.\n\nCarol
exim-sender-failure	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe camp stoves need new gas.\n\nPat
exim-recipient-failure	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe darts league starts in March.\n\nPat
exim-relay-access-denied	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe canoe trip is postponed.\n\nPat
exim-relaying-denied	pat@pi.test	rue@beta.test	192.0.2.35	Rue,\n\nthe hedge cutting is done.\n\nPat
SEND
# eight returns, all at once (every reply is a refusal for good)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
