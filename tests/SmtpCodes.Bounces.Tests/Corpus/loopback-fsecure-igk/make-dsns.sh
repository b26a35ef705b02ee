#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fsecure-igk: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the SMTP proxy of F-Secure Internet Gatekeeper for Linux (F-Secure Corporation's anti-virus and anti-spam gateway
# for mail and web traffic) sends to a client, as its "F-Secure Internet Gatekeeper for Linux 4.01 Administrator's
# Guide" lists them command by command (pages 152 and 153, "MAIL command", "RCPT command", "DATA command": "The
# following is sent to the client: ..."; page 36, "Action on Viruses": "Blocks sending of infected e-mails. The SMTP
# session returns the following error to notify the mailer and mail server directly"; stored copies on manualslib.com,
# manual 374836, read with the search tool; no licence shown, only the reply texts are quoted); a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, as to a mail server behind the gateway, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are the guide's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The replies, each at the stage the guide gives it, and what the guide says brings it:
#   "501 Syntax error (MAIL FROM:) (F-Secure Internet Gatekeeper)"   to MAIL FROM: "If the syntax of the command is
#         invalid"; chosen by client (the replaying server keys MAIL FROM replies by client), so to both senders' second
#         addresses, which they send from for gamma.test   gus@, gil@gamma.test (Postfix); gwen@, glen@gamma.test (Exim)
#   "500 RCPT command must begin with "RCPT TO:" (F-Secure Internet Gatekeeper)"   to RCPT TO: "If the syntax of the
#         command is invalid"                              ron@beta.test (Postfix); rex@beta.test (Exim)
#   "550 Relaying denied. (F-Secure Internet Gatekeeper)"   to RCPT TO: "If recipient domains are restricted and
#         authentication is not complete"                  rae@, rob@beta.test (Postfix); ray@, rod@beta.test (Exim)
#   "554 Too long message (F-Secure Internet Gatekeeper)"   after the message: "If the e-mail size is greater than the
#         maximum message size"                            tom@beta.test (Postfix); tia@beta.test (Exim)
#   "554 Infected by EICAR_Test_File (F-Secure Internet Gatekeeper)"   after the message: a virus detected with the
#         action "Deny" (page 36: "Blocks sending of infected e-mails")
#                                                          ivy@, ian@beta.test (Postfix); ida@, ike@beta.test (Exim)
# Changed: the guide's placeholders filled: "[Product name]" with the product's name as the guide's title gives it,
# "F-Secure Internet Gatekeeper"; "[Detection name]" with EICAR_Test_File, the name F-Secure's engines give the EICAR
# anti-virus test file (no virus is sent: the messages are short plain text). Not served: "354 Enter mail (...)" and
# "235 ok authed (...)" (not refusals), "535 authorization failed (...)" (a refused SMTP AUTH, which the senders do not
# attempt), and the "554 SENDBACK:smtp error[...] (Server Reply: [Server response information]) (...)" replies (they
# quote the protected server's own reply, not the gateway's words).
# The replies are chosen by recipient or client, not by anything the senders did: the senders' commands are well formed,
# their messages are a few hundred bytes of plain text with no attachment, and the recipients' domains are the ones the
# receiving server takes mail for.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fsecure-igk}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the guide's replies. An eom reply answers for the whole message,
# keyed by its first recipient.
MAIL_SYNTAX='501 Syntax error (MAIL FROM:) (F-Secure Internet Gatekeeper)'
RCPT_SYNTAX='500 RCPT command must begin with "RCPT TO:" (F-Secure Internet Gatekeeper)'
RELAYING='550 Relaying denied. (F-Secure Internet Gatekeeper)'
TOO_LONG='554 Too long message (F-Secure Internet Gatekeeper)'
INFECTED='554 Infected by EICAR_Test_File (F-Secure Internet Gatekeeper)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$MAIL_SYNTAX" \
    client:192.0.2.34 mail "$MAIL_SYNTAX" \
    ron@beta.test rcpt "$RCPT_SYNTAX" \
    rex@beta.test rcpt "$RCPT_SYNTAX" \
    rae@beta.test rcpt "$RELAYING" \
    rob@beta.test rcpt "$RELAYING" \
    ray@beta.test rcpt "$RELAYING" \
    rod@beta.test rcpt "$RELAYING" \
    tom@beta.test eom "$TOO_LONG" \
    tia@beta.test eom "$TOO_LONG" \
    ivy@beta.test eom "$INFECTED" \
    ida@beta.test eom "$INFECTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mail-syntax-error	carol@alpha.test	gus@gamma.test,gil@gamma.test	192.0.2.25	Gus, Gil,\n\nthe new rota starts on Monday.\n\nCarol
rcpt-syntax-error	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe catalogue proofs are ready.\n\nCarol
relaying-denied	carol@alpha.test	rae@beta.test,rob@beta.test	192.0.2.25	Rae, Rob,\n\nthe meeting room is booked until four.\n\nCarol
too-long-message	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe plans are below in short form.\n\nCarol
infected	carol@alpha.test	ivy@beta.test,ian@beta.test	192.0.2.25	Ivy, Ian,\n\nthe invoice numbers for March follow.\n\nCarol
exim-mail-syntax-error	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe stock count is on Friday.\n\nPat
exim-rcpt-syntax-error	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe courier collects at noon.\n\nPat
exim-relaying-denied	pat@pi.test	ray@beta.test,rod@beta.test	192.0.2.35	Ray, Rod,\n\nthe budget sheet is attached as text.\n\nPat
exim-too-long-message	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe summary of the survey follows.\n\nPat
exim-infected	pat@pi.test	ida@beta.test,ike@beta.test	192.0.2.35	Ida, Ike,\n\nthe order confirmation is below.\n\nPat
SEND
# ten returns at once (every reply is permanent)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
