#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ic-smtp-gateway: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the IC SMTP Gateway, DFINITY's SMTP ingress for the Internet Computer: a Rust SMTP server on tokio and the
# smtp_proto crate, run by the boundary nodes, that takes mail for canister addresses (user@<canister-id>.icp0.io or a
# canister's custom domain), asks the canister over its smtp_request_validate query whether each recipient exists and
# hands the message to the canister's smtp_request update call (the repository dfinity/ic-bn-lib, crate ic-bn-lib,
# module src/smtp; Apache-2.0, DFINITY's licence for its Rust libraries, the licence file not read; read with the search
# tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   ic-bn-lib/src/smtp/inbound/rcpt_to.rs (commit 10b9f9ac4ac3, handle_rcpt_to: the recipient resolver's errors),
#   ic-bn-lib/src/smtp/inbound/mail_from.rs (commit 10b9f9ac4ac3, handle_mail_from: TLS required),
#   ic-bn-lib/src/smtp/inbound/session.rs (the version with reply()/reply_with(), file id 54488826089 of the search
#   tool: can_accept_message, verify_message, queue_message), ic-bn-lib/src/smtp/inbound/mod.rs (commit 10b918ab480b,
#   SessionConfig and its tests, which show each reply on the wire) and ic-bn-lib/src/smtp/ic/delivery_agent.rs (commit
#   10b9f9ac4ac3: the canister's 550 becomes UnknownRecipient, its other 5xx a permanent error, its 4xx and every IC
#   agent error a temporary one, each with the canister's or the agent's message). Every reply is reply()'s
#   "<code> <enhanced code> <text>" with CRLF.
#   The texts inside two frames are not the gateway's own lines but DFINITY's too: "unauthorized caller" is the 530 of
#   the reference canister of dfinity/ic-smtp-gateway-protocol (examples/mock-canister/src/lib.rs, commit 90b8a00e0f4c,
#   check_caller; the protocol's candid/smtp_gateway.did tells canisters to return 530 there), "message exceeds the
#   advertised maximum size" that canister's 552 from smtp_request, and "IC Agent error: Status endpoint returned an
#   invalid status." the gateway's IcSmtpDeliveryAgentError::Agent ("IC Agent error: {0}") around ic-agent's
#   AgentError::InvalidReplicaStatus (dfinity/agent-rs, the error the gateway's own tests give its delivery agent).
#   To RCPT TO "550 5.1.1 Unknown recipient domain." (no canister behind the domain), "550 5.1.2 Mailbox does not
#   exist." (the canister answers 550), "550 5.1.3 Permanent error: unauthorized caller" (the canister answers another
#   5xx) and "451 4.4.3 Temporary error: IC Agent error: Status endpoint returned an invalid status." (the query to the
#   canister fails); to MAIL FROM "503 5.5.1 TLS is required to submit mail on this server." (the listener's TLS mode is
#   Required and the client did not start TLS); to DATA "452 4.4.5 Maximum number of messages per session exceeded."
#   (max_messages_per_session, 5 by default); after the message "550 5.7.7 Failed to parse the message" (mail_auth
#   cannot parse it), "450 4.4.6 Too many 'Received' headers. Possible loop detected." (more than max_received_headers,
#   50), "451 4.7.20 DKIM validation temporary failure." (verify_dkim on and a signature's key lookup failed for now),
#   "550 5.5.0 Permanent delivery error: message exceeds the advertised maximum size" (the canister's 5xx to
#   smtp_request) and "450 4.5.0 Temporary delivery error: IC Agent error: Status endpoint returned an invalid status."
#   (the update call fails).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# gateway's (and, where named above, its canister's and ic-agent's); the DSNs are made.
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
#   "550 5.1.1 Unknown recipient domain."   to RCPT TO, for ned@ and nia@ beta.test
#   "550 5.1.2 Mailbox does not exist."   to RCPT TO, for mo@ and mia@ beta.test
#   "550 5.1.3 Permanent error: unauthorized caller"   to RCPT TO, for pete@ and pia@ beta.test
#   "451 4.4.3 Temporary error: IC Agent error: Status endpoint returned an invalid status."   to RCPT TO, to every
#                              attempt, for tom@ and tia@ beta.test
#   "503 5.5.1 TLS is required to submit mail on this server."   to MAIL FROM, to every attempt, from the clients that
#                              send to gamma.test (out2), for gil@ and gwen@ gamma.test
#   "452 4.4.5 Maximum number of messages per session exceeded."   to DATA, to every attempt, for max@ and meg@ beta.test
#   "550 5.7.7 Failed to parse the message"   after the message, for pam@ and pax@ beta.test
#   "450 4.4.6 Too many 'Received' headers. Possible loop detected."   after the message, to every attempt, for lou@
#                              and lea@ beta.test
#   "451 4.7.20 DKIM validation temporary failure."   after the message, to every attempt, for dan@ and dee@ beta.test
#   "550 5.5.0 Permanent delivery error: message exceeds the advertised maximum size"   after the message, for sid@ and
#                              sal@ beta.test
#   "450 4.5.0 Temporary delivery error: IC Agent error: Status endpoint returned an invalid status."   after the
#                              message, to every attempt, for ted@ and tess@ beta.test
# Not served: the greeting ("220 <host> ESMTP IC SMTP Gateway"), HELO/EHLO answers and the protocol replies (syntax,
# sequence, unsupported extensions, STARTTLS, timeouts, transfer and time quotas, too many errors, line too long); the
# replies a relaying MTA meets only with more than one recipient ("455 4.5.3 Too many recipients."); the MAIL FROM
# checks other than TLS (reverse DNS, FQDN sender, SPF: "550 5.7.23 SPF validation failed" is already in the corpus, word
# for word, from mail-auth users); "550 5.7.20 DKIM validation failed." (the corpus has the same words without the final
# dot); "552 5.3.4 Message too big, we accept up to <N> bytes." (N is the operator's setting); the permanent delivery
# error "Unknown domain" and parse_email's errors (not read). The replies are chosen by recipient (the TLS refusal by
# the sending address), not by anything the senders did: each message has one recipient and is a few lines of plain
# text. The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ic-smtp-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the IC SMTP Gateway's replies.
UNKDOMAIN='550 5.1.1 Unknown recipient domain.'
NOMAILBOX='550 5.1.2 Mailbox does not exist.'
PERMERR='550 5.1.3 Permanent error: unauthorized caller'
TEMPERR='451 4.4.3 Temporary error: IC Agent error: Status endpoint returned an invalid status.'
TLSREQ='503 5.5.1 TLS is required to submit mail on this server.'
MAXMSGS='452 4.4.5 Maximum number of messages per session exceeded.'
NOPARSE='550 5.7.7 Failed to parse the message'
RECEIVED="450 4.4.6 Too many 'Received' headers. Possible loop detected."
DKIMTEMP='451 4.7.20 DKIM validation temporary failure.'
PERMDELIV='550 5.5.0 Permanent delivery error: message exceeds the advertised maximum size'
TEMPDELIV='450 4.5.0 Temporary delivery error: IC Agent error: Status endpoint returned an invalid status.'
printf '%s\t%s\t%s\n' \
    ned@beta.test rcpt "$UNKDOMAIN" \
    nia@beta.test rcpt "$UNKDOMAIN" \
    mo@beta.test rcpt "$NOMAILBOX" \
    mia@beta.test rcpt "$NOMAILBOX" \
    pete@beta.test rcpt "$PERMERR" \
    pia@beta.test rcpt "$PERMERR" \
    tom@beta.test rcpt "$TEMPERR" \
    tia@beta.test rcpt "$TEMPERR" \
    client:192.0.2.24 mail "$TLSREQ" \
    client:192.0.2.34 mail "$TLSREQ" \
    max@beta.test data "$MAXMSGS" \
    meg@beta.test data "$MAXMSGS" \
    pam@beta.test eom "$NOPARSE" \
    pax@beta.test eom "$NOPARSE" \
    lou@beta.test eom "$RECEIVED" \
    lea@beta.test eom "$RECEIVED" \
    dan@beta.test eom "$DKIMTEMP" \
    dee@beta.test eom "$DKIMTEMP" \
    sid@beta.test eom "$PERMDELIV" \
    sal@beta.test eom "$PERMDELIV" \
    ted@beta.test eom "$TEMPDELIV" \
    tess@beta.test eom "$TEMPDELIV" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient-domain	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe lantern parade starts at six.\n\nCarol
mailbox-does-not-exist	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe canal boat is moored by the lock.\n\nCarol
permanent-error-unauthorized-caller	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nthe orchard ladders are back in the barn.\n\nCarol
temporary-error-agent	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe kiln is cooling until Thursday.\n\nCarol
tls-required	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe choir practice moved to the chapel.\n\nCarol
too-many-messages-per-session	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe ferry timetable changed on Sunday.\n\nCarol
failed-to-parse-message	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe pottery class needs more clay.\n\nCarol
too-many-received-headers	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe sheep are in the top field now.\n\nCarol
dkim-temporary-failure	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe cider barrels are tapped on Friday.\n\nCarol
permanent-delivery-error	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe map of the footpaths is on the board.\n\nCarol
temporary-delivery-error	carol@alpha.test	ted@beta.test	192.0.2.25	Ted,\n\nthe weather vane needs oiling.\n\nCarol
exim-unknown-recipient-domain	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe tide is low at noon tomorrow.\n\nPat
exim-mailbox-does-not-exist	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe bakery opens early on market day.\n\nPat
exim-permanent-error-unauthorized-caller	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe stile by the brook is fixed.\n\nPat
exim-temporary-error-agent	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe loom needs a new shuttle.\n\nPat
exim-tls-required	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe bell ringers meet on Wednesday.\n\nPat
exim-too-many-messages-per-session	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe library van comes on Tuesday.\n\nPat
exim-failed-to-parse-message	pat@pi.test	pax@beta.test	192.0.2.35	Pax,\n\nthe greenhouse glass is replaced.\n\nPat
exim-too-many-received-headers	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe well cover is painted green.\n\nPat
exim-dkim-temporary-failure	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe allotment gate sticks again.\n\nPat
exim-permanent-delivery-error	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe rope swing is down for winter.\n\nPat
exim-temporary-delivery-error	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe candle fair is in the square.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the five
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
