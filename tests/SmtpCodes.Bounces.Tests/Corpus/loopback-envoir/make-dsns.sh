#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-envoir: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound legacy-SMTP gateway of envoir, vul-os's DMTAP mail system in Rust (a mesh protocol for end-to-end
# encrypted mail; the gateway is MX for its domains, takes mail from legacy SMTP senders, refuses spam before DATA,
# resolves the recipient's DMTAP key, seals the message into an encrypted "MOTE", attests it under the domain's key and
# hands it into the mesh, answering 250 only once the recipient's node has durably acked it, else 451, so that the
# legacy sender's own queue keeps the mail; the repository vul-os/envoir, no licence file read; read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below: src/inbound.rs (commit
# 06761a864af2, InboundGateway's spf_gate, dkim_gate, dmarc_gate, accept_message_with_spf and rcpt_acceptable, driven by
# MxSession's cmd_mail, cmd_rcpt and feed_data) and src/inbound_tcp.rs (commit 691d585bb561, the MX listener, which
# writes each SmtpReply as "<code> <text>" with CRLF, one line). The same texts stand in the later inbound.rs of the
# renamed sibling repository vul-os/kotva (kotva_core in place of dmtap_core). Each reply's text starts with the
# enhanced code the code writes:
#   to MAIL FROM "550 5.7.23 SPF hard fail (RFC 7208): sender IP not authorized for this domain" (under the Enforce SPF
#   policy, an SPF Fail for the connecting address and the MAIL FROM domain);
#   to RCPT TO "550 5.1.1 no such user here" (no DMTAP recipient key resolves for the address) and "451 4.3.5 gateway
#   not configured for this domain" (the recipient resolves but the gateway holds no attestation key for its domain:
#   the operator's misconfiguration, deferred so the sender's queue holds the mail);
#   after the message "550 5.7.20 DKIM signature present but does not verify" (under the Enforce DKIM policy, a
#   DKIM-Signature that fails), "550 5.7.1 message failed DMARC (RFC 7489): policy=reject and SPF/DKIM not aligned"
#   (under the Enforce DMARC handling, the From domain's effective policy is reject and neither SPF nor DKIM aligns),
#   "451 4.3.0 temporary failure wrapping message" (sealing the MOTE to the recipient's key failed) and "451 4.4.1
#   recipient has not durably accepted yet, try again later" (the mesh did not bring back a durable ack from the
#   recipient's node within the transaction: the silent-loss-avoidance rule).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# envoir's; the DSNs are made.
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
#   "550 5.7.23 SPF hard fail (RFC 7208): sender IP not authorized for this domain"   to MAIL FROM, from the senders'
#                              second addresses (out2, which carry the mail for gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.1 no such user here"   to RCPT TO, for dan@ and dot@ beta.test
#   "451 4.3.5 gateway not configured for this domain"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "550 5.7.20 DKIM signature present but does not verify"   after the message, for kim@ and kit@ beta.test
#   "550 5.7.1 message failed DMARC (RFC 7489): policy=reject and SPF/DKIM not aligned"   after the message, for mac@
#                              and max@ beta.test
#   "451 4.3.0 temporary failure wrapping message"   after the message, to every attempt, for wes@ and wil@ beta.test
#   "451 4.4.1 recipient has not durably accepted yet, try again later"   after the message, to every attempt, for fay@
#                              and fox@ beta.test
# Not served: the greeting "220 envoir-gateway DMTAP MX ready" and the EHLO answer "250 envoir-gateway at your service"
# (the replaying server's are used); the cold-sender gate's replies to MAIL FROM, "554 5.7.1 sender blocked by policy"
# and "451 4.7.1 rate limit exceeded, slow down and retry later" (the replaying server can key a MAIL FROM reply only by
# the client's address, and the senders' second addresses carry the SPF refusal), and its two greylisting replies
# (their texts carry an em dash and a section sign, not ASCII); "451 4.4.3 SPF temporary DNS error evaluating sender
# policy, please retry" (to MAIL FROM, the same limit); "501 5.1.3 bad recipient address" (an address without a domain,
# which no relaying MTA sends); the 552 of the size cap (a later version's, in RFC 1870's words) and the syntax and
# sequence replies (501 5.5.4, 502 5.5.1, 503 5.5.1). The replies are chosen by recipient (or by the client's address),
# not by anything the senders did: each message has one recipient, is a few lines of plain text and carries no
# DKIM-Signature, and the senders publish no SPF or DMARC record. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-envoir}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies of envoir's inbound gateway.
SPF='550 5.7.23 SPF hard fail (RFC 7208): sender IP not authorized for this domain'
NOUSER='550 5.1.1 no such user here'
NOTCONF='451 4.3.5 gateway not configured for this domain'
DKIM='550 5.7.20 DKIM signature present but does not verify'
DMARC='550 5.7.1 message failed DMARC (RFC 7489): policy=reject and SPF/DKIM not aligned'
WRAP='451 4.3.0 temporary failure wrapping message'
NOACK='451 4.4.1 recipient has not durably accepted yet, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SPF" \
    client:192.0.2.34 mail "$SPF" \
    dan@beta.test rcpt "$NOUSER" \
    dot@beta.test rcpt "$NOUSER" \
    nia@beta.test rcpt "$NOTCONF" \
    ned@beta.test rcpt "$NOTCONF" \
    kim@beta.test eom "$DKIM" \
    kit@beta.test eom "$DKIM" \
    mac@beta.test eom "$DMARC" \
    max@beta.test eom "$DMARC" \
    wes@beta.test eom "$WRAP" \
    wil@beta.test eom "$WRAP" \
    fay@beta.test eom "$NOACK" \
    fox@beta.test eom "$NOACK" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-hard-fail	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants cutting.\n\nCarol
no-such-user	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe choir sings at the harvest supper.\n\nCarol
gateway-not-configured	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe kettle in the hut is fixed.\n\nCarol
dkim-does-not-verify	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe swifts are back over the church.\n\nCarol
dmarc-reject	carol@alpha.test	mac@beta.test	192.0.2.25	Mac,\n\nthe ferry runs late on Sundays.\n\nCarol
wrapping-failed	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe quilt show opens on Saturday.\n\nCarol
not-durably-accepted	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe apple store needs sweeping.\n\nCarol
exim-spf-hard-fail	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe stile by the brook is loose.\n\nPat
exim-no-such-user	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jam stall did well.\n\nPat
exim-gateway-not-configured	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe tide tables are pinned up.\n\nPat
exim-dkim-does-not-verify	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe kite string is in the drawer.\n\nPat
exim-dmarc-reject	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe well cover wants a new hinge.\n\nPat
exim-wrapping-failed	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe bees swarmed in the orchard.\n\nPat
exim-not-durably-accepted	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe scarecrow lost his hat.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the three
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
