#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smf-spf: a receiving SMTP server (../loopback-replay.py) answers with the stock
# reply texts of smf-spf, the SPF milter for Sendmail and Postfix of Eugene Kurmanin's "smfs" suite (GPL 2 or later),
# revived and maintained by jcbf (github.com/jcbf/smf-spf; Docker image underspell/smf-spf), read with the search tool:
# smf-spf.c of version 2.5.1 as the repository keeps it in build-test/spf-milter/smf-spf.c.orig (commit
# ff936a3eacc6717c24193b124cd278770252c8e8). What the code says each reply means:
#   smf_envfrom, an SPF "fail" with RefuseFail on (the default) and no WhitelistTo: smfi_setreply "550", "5.7.23" and
#     REJECT_REASON "Rejected, look at http://www.openspf.org/why.html?sender=%s&ip=%s&receiver=%s" (sender address,
#     client IP, the MTA's name $j), at MAIL FROM; "450", "4.7.23" instead with SoftFail on;
#   smf_envfrom, no SPF record with RefuseSPFNone on: "550", "5.7.1", "Sorry %s, we only accept mail from SPF enabled
#     domains." (the sender address), at MAIL FROM;
#   smf_envrcpt, an SPF "fail" when WhitelistTo lists recipients (the refusal then waits for RCPT TO, so that listed
#     recipients still get the mail): "550", "5.1.1" and the same REJECT_REASON; "450", "4.1.1" with SoftFail on;
#   smf_envrcpt, a recipient address its parser cannot take: "550", "5.1.3", "Recipient address does not conform to
#     RFC-2821 syntax" ("450", "4.1.3" with SoftFail on).
# The milter hands code, extended code and text to the MTA with smfi_setreply, and Sendmail and Postfix send them as one
# reply line. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends
# with the run. The words are smf-spf's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, byte for byte but for the placeholders, filled by the replaying server with what the milter
# would put there: the sender address ({sender}), the client's address ({client}) and the receiving MTA's name
# (mx.gamma.test or mx.beta.test). The MAIL FROM refusals go to the second address of each sender (the clients that
# send to gamma.test), the others to recipients of beta.test:
#   "550 5.7.23 Rejected, look at http://www.openspf.org/why.html?sender={sender}&ip={client}&receiver=mx.gamma.test"
#                                  MAIL FROM   (the Postfix) gale@gamma.test
#   "550 5.7.1 Sorry {sender}, we only accept mail from SPF enabled domains."
#                                  MAIL FROM   (the Exim) glen@gamma.test
#   "550 5.1.1 Rejected, look at http://www.openspf.org/why.html?sender={sender}&ip={client}&receiver=mx.beta.test"
#                                  RCPT TO     rita@beta.test (Postfix), ruth@beta.test (Exim)
#   "450 4.1.1 Rejected, look at http://www.openspf.org/why.html?sender={sender}&ip={client}&receiver=mx.beta.test"
#                                  RCPT TO, every attempt (SoftFail on: the sender warns after a minute and returns
#                                  after 3)  sol@beta.test (Postfix), sam@beta.test (Exim)
#   "550 5.1.3 Recipient address does not conform to RFC-2821 syntax"
#                                  RCPT TO     rex@beta.test (Postfix), roy@beta.test (Exim)
# Not served: "450 4.7.23 ..." (SoftFail's MAIL FROM refusal: the layout has only two clients whose MAIL FROM can be
# answered on their own, and the 450 4.1.1 text serves SoftFail at RCPT TO); "451 4.4.3 Found a problem processing SFP
# for %s ..." (a temporary DNS error, with AcceptTempError off) and "550 5.1.7 Sender address does not conform to
# RFC-2821 syntax" (MAIL FROM, for the same reason); the refusal of empty senders by HELO identity (the senders here
# never send an empty MAIL FROM); the Authentication-Results, Received-SPF and Subject tag texts (headers of accepted
# mail, no reply).
# The replies are chosen by recipient address or client, not by anything the senders did: the senders' domains have no
# SPF record at all in the zone, the addresses are well formed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smf-spf}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
WHY='look at http://www.openspf.org/why.html?sender={sender}&ip={client}'
# The replaying server's table (KEY, STAGE, REPLY): smf-spf's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "550 5.7.23 Rejected, $WHY&receiver=mx.gamma.test" \
    client:192.0.2.34 mail '550 5.7.1 Sorry {sender}, we only accept mail from SPF enabled domains.' \
    rita@beta.test rcpt "550 5.1.1 Rejected, $WHY&receiver=mx.beta.test" \
    ruth@beta.test rcpt "550 5.1.1 Rejected, $WHY&receiver=mx.beta.test" \
    sol@beta.test rcpt "450 4.1.1 Rejected, $WHY&receiver=mx.beta.test" \
    sam@beta.test rcpt "450 4.1.1 Rejected, $WHY&receiver=mx.beta.test" \
    rex@beta.test rcpt '550 5.1.3 Recipient address does not conform to RFC-2821 syntax' \
    roy@beta.test rcpt '550 5.1.3 Recipient address does not conform to RFC-2821 syntax' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	gale@gamma.test	192.0.2.25	Gale,\n\nthe orchard needs pruning before March.\n\nCarol
spf-fail-at-rcpt	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe minutes of the residents' meeting are attached below.\n\nCarol
spf-softfail	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe kayak club meets at the boathouse.\n\nCarol
recipient-syntax	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe jumble sale raised enough for the roof.\n\nCarol
exim-spf-none	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe chess club moved to the library.\n\nPat
exim-spf-fail-at-rcpt	pat@pi.test	ruth@beta.test	192.0.2.35	Ruth,\n\nthe quiz night is the last Friday.\n\nPat
exim-spf-softfail	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe allotment gate has a new lock.\n\nPat
exim-recipient-syntax	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe cycle route survey is due.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 for each soft-failed message
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
