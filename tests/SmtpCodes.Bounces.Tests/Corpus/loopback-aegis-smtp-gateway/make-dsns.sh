#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-aegis-smtp-gateway: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of Aegis, Vodiii's "AI SMTP Gateway" in Python on aiosmtpd (a hackathon MVP, its README says: mail comes
# in over SMTP, is parsed, classified by a two-stage DeepSeek model as benign or one of four threat categories, and is
# always delivered to the original recipients, with a copy to an alert mailbox for a confirmed threat; SQLite and a
# FastAPI dashboard beside it), whose own handler writes every reply served (repository Vodiii/Aegis-smtp-ai-gatewayX;
# no licence file or licence statement among the files the search tool holds; read with the search tool:
# app/gateway.py at commit c8094333a0b1 (class SmtpGatewayHandler: handle_RCPT, handle_DATA, _process_and_forward,
# _send_original_or_fail, _is_loop_copy), app/domain/models.py at commit 5c0319fe4a8e (GatewaySettings: the defaults
# max_message_size_bytes 10 MiB, max_recipients 50, allowed_recipient_domains ("local.test",)), app/main.py at commit
# cddf6c0f470f (an aiosmtpd Controller on port 2525 with no data_size_limit of its own, so aiosmtpd's 32 MiB stands
# above the handler's 10 MiB) and README.md at commit 37f167b31e39; the earlier handler, app/milter/gateway.py at
# cddf6c0f470f, answers only "451 4.3.0 Temporary processing failure"; aiosmtpd writes a handler's returned string as
# the reply line; only the reply texts are quoted), each at the stage the code sends it:
#   handle_RCPT: "550 5.7.1 Relaying denied for recipient domain" (the recipient's domain is not one of the allowed
#   recipient domains);
#   handle_DATA, after the message: "552 5.3.4 Message exceeds gateway size limit" (over max_message_size_bytes),
#   "550 5.4.6 Mail routing loop detected" (the message carries the gateway's own X-AI-SMTP-Gateway-Alert header and
#   loop token: an alert copy that came back), "451 4.3.0 Temporary downstream delivery failure" (handing the original
#   message on to the original recipients' SMTP host failed: OriginalDeliveryTemporaryFailure) and "451 4.3.0 Temporary
#   processing failure" (any other exception in the classification or forwarding).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Aegis's; the DSNs are made.
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
#   "550 5.7.1 Relaying denied for recipient domain"   to RCPT TO, for rex@ and rue@ beta.test
#   "552 5.3.4 Message exceeds gateway size limit"   after the message, for max@ and mia@ beta.test
#   "550 5.4.6 Mail routing loop detected"   after the message, for lou@ and lia@ beta.test
#   "451 4.3.0 Temporary downstream delivery failure"   after the message, to every attempt, for dan@ and dee@ beta.test
#   "451 4.3.0 Temporary processing failure"   after the message, to every attempt, for pam@ and pip@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used; aiosmtpd's own "552 Error: Too much mail data" above 32 MiB); "553 5.1.3 Invalid recipient address" (a
# recipient without "@", which a relaying MTA does not send); "452 4.5.3 Too many recipients" (only the 51st recipient
# of one transaction); "553 5.1.3 No valid recipients" and "553 5.1.3 No SMTP recipients available" (a transaction
# without recipients, which never reaches DATA); the accepting 250s ("Message accepted", "Message previously
# accepted", "Message previously delivered; alert copy retried"). The replies are chosen by recipient, not by anything
# the senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-aegis-smtp-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Aegis's replies.
RELAY='550 5.7.1 Relaying denied for recipient domain'
SIZE='552 5.3.4 Message exceeds gateway size limit'
LOOP='550 5.4.6 Mail routing loop detected'
DOWNSTREAM='451 4.3.0 Temporary downstream delivery failure'
PROCESSING='451 4.3.0 Temporary processing failure'
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "$RELAY" \
    rue@beta.test rcpt "$RELAY" \
    max@beta.test eom "$SIZE" \
    mia@beta.test eom "$SIZE" \
    lou@beta.test eom "$LOOP" \
    lia@beta.test eom "$LOOP" \
    dan@beta.test eom "$DOWNSTREAM" \
    dee@beta.test eom "$DOWNSTREAM" \
    pam@beta.test eom "$PROCESSING" \
    pip@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-denied-for-recipient-domain	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe plum tree needs propping up again.\n\nCarol
message-exceeds-gateway-size-limit	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe canoe club meets at the lock.\n\nCarol
mail-routing-loop-detected	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe cider press is booked for Saturday.\n\nCarol
temporary-downstream-delivery-failure	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe barn owl is back in the loft.\n\nCarol
temporary-processing-failure	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe seed swap is in the church hall.\n\nCarol
exim-relaying-denied-for-recipient-domain	pat@pi.test	rue@beta.test	192.0.2.35	Rue,\n\nthe pond has frozen over at last.\n\nPat
exim-message-exceeds-gateway-size-limit	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe lantern walk starts at six.\n\nPat
exim-mail-routing-loop-detected	pat@pi.test	lia@beta.test	192.0.2.35	Lia,\n\nthe pottery kiln is cooling down.\n\nPat
exim-temporary-downstream-delivery-failure	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe hay bales are stacked in the yard.\n\nPat
exim-temporary-processing-failure	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe sledge is waxed and ready.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
