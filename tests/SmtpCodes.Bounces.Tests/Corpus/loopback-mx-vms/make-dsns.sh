#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mx-vms: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of MX, the mail system for OpenVMS (VAX, Alpha and Itanium) that Matt Madison wrote from 1989 (later
# kept by Hunter Goatley and by Endless Software Solutions), as its source writes them (repository endlesssoftware/mx,
# in BLISS-32, read with the search tool: smtp/smtp_server.b32, MODULE SMTP_SERVER IDENT 'V3.11', and smtp/verify.b32,
# IDENT 'V2.11', both at commit 28e2721712b4; smtp/smtp_codes.r32 for the numbers behind SMTP__MBX_UNAVAILABLE (550)
# and SMTP__USER_NOT_LOCAL (551); each file's notice: "Copyright (c) 2008, Matthew Madison. Copyright (c) 2012, Endless
# Software Solutions. All rights reserved." with the three-clause BSD conditions; only the reply texts are quoted). A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are MX's;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# MX's SMTP server writes each reply with its SEND macro, a $FAO control string ended by CR LF; most replies carry an
# enhanced status code (added in V3.1, 1998), some do not. To RCPT TO it writes "!UL !AS": the code VERIFY_ADDRESS or
# the relay check returns and a text, or "550 !AD", the rejection reason MAIL_VERIFY stored when it marked the sender
# as spam ("250 2.1.0 MAIL command accepted (but recipients will be rejected).": the refusal waits for the recipients).
# Each reply at the stage the code sends it:
#   "550 5.1.1 No such local user: nan"   (VERIFY_ADDRESS: the address routes to the local path and is neither an
#                              alias, a mailing list nor a VMS user, and no MX_LOCAL_FORWARDER is set; the text ends with
#                              the local part) to RCPT TO, for nan@, ned@ beta.test (each with its own local part)
#   "551 Relay disabled, recipient refused: <lou@epsilon.test>"   (PROCESS_CMD, STATE_RCPT: VERIFY_ADDRESS says the
#                              address will be forwarded, and neither the client may relay nor the sender is local nor
#                              the recipient's domain a local one; SMTP__USER_NOT_LOCAL, logged as spam; the address in
#                              the server's RFC 821 form) to RCPT TO, for lou@, lyn@ epsilon.test
#   "550 5.1.2 No delivery path for that address"   (VERIFY_ADDRESS: FINDPATH finds no path for the recipient's
#                              domain) to RCPT TO, for dot@, dia@ delta.test
#   "550 5.7.1 Mail refused; black-holed by rbl.maps.vix.com"   (MAIL_VERIFY: the connecting address is listed on a
#                              configured RBL, the module's own example rbl.maps.vix.com; the refusal comes at each
#                              RCPT TO) to RCPT TO, for bo@beta.test
#   "550 Programmed rejection for source host/address."   (MAIL_VERIFY: IS_SPAM matches the client's address or the
#                              MAIL FROM address against the site's rejection list; no enhanced code) to RCPT TO, for
#                              pia@beta.test
#   "550 5.1.8 Sender rejected due to invalid domain name."   (MAIL_VERIFY: the DNS says the MAIL FROM domain does not
#                              exist, or it resolves only to invalid addresses; the invalid-domain check) to RCPT TO, for
#                              sid@, sue@ beta.test
#   "550 5.7.1 Message rejected due to administrative policy."   (espam_match via IS_SPAM_TO: a rule of the
#                              rejection database matches the client's address, the sender and the recipient together;
#                              logged "Identified spammer based on address/from/to combination") to RCPT TO, for
#                              ada@beta.test
#   "554 5.7.0 Message rejected for administrative reasons"   (PROCESS_CMD, SMTP_CMD_DATA: the site's client access
#                              callout accepted the HELO but rejects the client's messages, REJECTALL) to DATA, for
#                              eve@beta.test
#   "554 5.7.1 Message rejected due to header contents."   (STATE_HDRS: IS_SPAM_HEADER or the header-combination
#                              rules match, "Identified spammer based on ...") after the final dot, for hal@beta.test
#   "554 5.4.6 Received too many times by this host."   (STATE_MSG: the message's Received: lines name this host more
#                              than MX_MAX_SELF_RECEIVE_COUNT times, 8 by default: a mail loop) after the final dot, for
#                              lo@beta.test
#   "552 5.3.4 Message exceeds administrative size limit."   (STATE_MSG: the message is larger than
#                              MX_FLQ_MAX_ENTRY_SIZE) after the final dot, for sy@beta.test
#   "452 4.3.4 Insufficient storage for message."   (STATE_MSG: the queue's free space is smaller than the message)
#                              after the final dot, to every attempt, for ian@beta.test
#   "421 4.3.2 too many external connections; try again later"   (SMTP_START: more outside clients than
#                              MX_SMTP_SERVER_MAX_OUTSIDE) instead of the greeting, to the Postfix's second address only
#                              (out2.alpha.test, which sends to gamma.test), on every attempt
#   "521 4.3.2 SMTP service for this client address administratively refused"   (SMTP_START: the site's client access
#                              check, MX_SITE_CLIENT_ACCESS_CHECK, refuses the connection; a 521 under a 4.3.2 code, as
#                              the code writes it) instead of the greeting, to the Exim's second address only
#                              (out2.pi.test, which sends to gamma.test)
# Not served: "550 5.7.0 session rejected due to administrative policy" (to HELO/EHLO; no third client address here),
# "451 4.7.1 Authentication required for submitting messages.", "451 4.1.8 Transient DNS error prevented domain name
# lookup.", "451 4.3.0 Unable to receive right now due to message queue problem.", "452 4.3.4 Insufficient storage for
# any message right now." and the other replies to MAIL FROM (kept for other runs; the two second addresses serve the
# greetings), "554 5.5.0 No valid recipients for this message." (the senders send no DATA when every recipient is
# refused), "554 5.6.0 No message contents.", "451 4.3.0 Could not open or write to message text file.", the 501, 500
# and 503 replies to malformed or out-of-order commands, the AUTH, ETRN, VRFY and STARTTLS replies.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text with one Received line each. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 4
# recipients to one reply text (3 to "No such local user": nan@ and ned@ from the Postfix, nan@ from the Exim).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test and epsilon.test, two more receiving domains, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test, mx.delta.test and mx.epsilon.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mx-vms}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MX's replies.
NO_PATH='550 5.1.2 No delivery path for that address'
INVALID_DOMAIN='550 5.1.8 Sender rejected due to invalid domain name.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.3.2 too many external connections; try again later' \
    client:192.0.2.34 connect '521 4.3.2 SMTP service for this client address administratively refused' \
    nan@beta.test rcpt '550 5.1.1 No such local user: nan' \
    ned@beta.test rcpt '550 5.1.1 No such local user: ned' \
    lou@epsilon.test rcpt '551 Relay disabled, recipient refused: <lou@epsilon.test>' \
    lyn@epsilon.test rcpt '551 Relay disabled, recipient refused: <lyn@epsilon.test>' \
    dot@delta.test rcpt "$NO_PATH" \
    dia@delta.test rcpt "$NO_PATH" \
    bo@beta.test rcpt '550 5.7.1 Mail refused; black-holed by rbl.maps.vix.com' \
    pia@beta.test rcpt '550 Programmed rejection for source host/address.' \
    sid@beta.test rcpt "$INVALID_DOMAIN" \
    sue@beta.test rcpt "$INVALID_DOMAIN" \
    ada@beta.test rcpt '550 5.7.1 Message rejected due to administrative policy.' \
    eve@beta.test data '554 5.7.0 Message rejected for administrative reasons' \
    hal@beta.test eom '554 5.7.1 Message rejected due to header contents.' \
    lo@beta.test eom '554 5.4.6 Received too many times by this host.' \
    sy@beta.test eom '552 5.3.4 Message exceeds administrative size limit.' \
    ian@beta.test eom '452 4.3.4 Insufficient storage for message.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26' \
    'epsilon.test. 300 IN MX 10 mx.epsilon.test.' 'mx.epsilon.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-local-user	carol@alpha.test	nan@beta.test,ned@beta.test	192.0.2.25	Nan, Ned,\n\nthe tennis court is booked for Saturday.\n\nCarol
relay-disabled	carol@alpha.test	lou@epsilon.test,lyn@epsilon.test	192.0.2.25	Lou, Lyn,\n\nthe conference badges are ready to collect.\n\nCarol
no-delivery-path	carol@alpha.test	dot@delta.test,dia@delta.test	192.0.2.25	Dot, Dia,\n\nthe harbour tour starts at ten.\n\nCarol
black-holed	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe garage door opener needs a battery.\n\nCarol
programmed-rejection	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe piano tuner comes on Thursday.\n\nCarol
invalid-domain	carol@alpha.test	sid@beta.test,sue@beta.test	192.0.2.25	Sid, Sue,\n\nthe canteen menu changes next month.\n\nCarol
header-contents	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe hedge trimmer is back in the shed.\n\nCarol
received-too-many-times	carol@alpha.test	lo@beta.test	192.0.2.25	Lo,\n\nthe choir robes are at the cleaners.\n\nCarol
insufficient-storage	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe map of the trail is on the fridge.\n\nCarol
too-many-connections	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe lantern parade is on Friday night.\n\nCarol
exim-no-such-local-user	pat@pi.test	nan@beta.test	192.0.2.35	Nan,\n\nthe bakery opens early on Sunday.\n\nPat
exim-relay-disabled	pat@pi.test	lou@epsilon.test	192.0.2.35	Lou,\n\nthe minibus seats twelve at most.\n\nPat
exim-administrative-policy	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe recycling bins go out on Tuesday.\n\nPat
exim-administrative-reasons	pat@pi.test	eve@beta.test	192.0.2.35	Eve,\n\nthe new kettle is in the staff room.\n\nPat
exim-size-limit	pat@pi.test	sy@beta.test	192.0.2.35	Sy,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-insufficient-storage	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe ferry tickets are in the blue folder.\n\nPat
exim-client-refused	pat@pi.test	gus@gamma.test,gia@gamma.test	192.0.2.35	Gus, Gia,\n\nthe street party needs two more tables.\n\nPat
SEND
# fourteen messages refused for good, returned at once (8 by the Postfix, 6 by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
