#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nwsmtp: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# NwSMTP, Yandex's "fully asynchronous SMTP proxy server for Linux used as a frontend proxy for Yandex.Mail" (its
# README: RBL checks, spam filtering, virus filtering, SPF and DKIM checks, greylisting and per-recipient rate control
# in front of the mail backends; C++ on Boost.Asio; GPL, as its README says), as its source writes them. Read with the
# search tool: the repository yandex/NwSMTP, src/smtp_connection.cpp at commit fb9f5c548acb (start_proto,
# smtp_rcpt, handle_bb_result_helper, handle_rc_get, handle_greylisting_mark, start_check_data, end_check_data),
# src/rbl.cpp, src/so_client.cpp, src/avir_client.cpp, src/bb_client_rcpt.cpp, src/smtp_client.cpp and
# src/options.cpp (temp_error) at the same commit or at 1b2a8d9398b2; only the reply texts are quoted. After the
# message, end_check_data writes the check's answer followed by a space and "<session id>-<envelope id>" (two ids of
# eight characters that envelope::generate_new_id makes from the minute, the second, the process, the thread and
# rand()); the ids here are made up. The RBL zone's name is the operator's (rbl_hosts); here a made-up one.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# NwSMTP's; the DSNs are made.
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
#   "554 5.7.1 Service unavailable; Client host [<client>] blocked using <zone>; Blocked by spam statistics - see
#    http://feedback.yandex.ru/?from=mail-rejects&subject=<client>"   (one line on the wire)
#        rbl.cpp handle_resolve: the client's address is listed in one of the configured RBL zones; start_proto writes
#        it instead of the greeting and closes the connection; to every connection from the Exim's second address
#        (out2.pi.test, 192.0.2.34, which sends for gamma.test), for gwen@gamma.test
#   "550 5.7.1 No such user!"
#        RCPT TO: bb_client_rcpt's answer when the blackbox (Yandex's account service) knows no account for the
#        address; for ann@beta.test (Postfix) and abe@beta.test (Exim)
#   "550 5.7.1 Policy rejection on the target address"
#        RCPT TO: bb_client_rcpt's answer when the recipient's account is disabled (accounts.ena or login_rule 0) or
#        has bad karma and no temporary ban; for dora@beta.test (Exim)
#   "451 4.5.1 The recipient <rcpt> has exceeded their message rate limit. Try again later."
#        RCPT TO: handle_rc_get, the rate control service refuses the recipient (more messages than its limit); the
#        source writes it without a line end (served here with CRLF, as every reply); to every attempt, for
#        ron@beta.test (Postfix)
#   "554 5.7.1 Message rejected under suspicion of SPAM <ids>"
#        after the message: so_client's answer when the spam checker calls the message malicious spam (REJECT 1 or
#        2); for sam@beta.test (Postfix)
#   "554 5.7.1 Message infected by virus;  <ids>"   (two spaces: the answer ends "; " and end_check_data adds " ")
#        after the message: avir_client's answer when the antivirus (Dr.Web's daemon) finds a virus and action_virus
#        is 1 (reject, the default); for vera@beta.test (Exim)
#   "552 5.3.4 Error: message file too big; <ids>"
#        after the message: start_check_data, the message is larger than message_size_limit; for lou@beta.test
#        (Postfix)
#   "451 4.7.1 Sorry, the service is currently unavailable. Please come back later. <ids>"
#        after the message: handle_greylisting_mark, the greylisting service found the (spam-flagged) message's
#        triplet too early or too late in its window; to every attempt, for gil@beta.test (Postfix)
#   "451 4.7.1 Service unavailable - try again later <ids>"
#        after the message: temp_error, the answer when the spam checker could not be reached after so_try attempts
#        or when the relay to the backend failed (smtp_client's fault, CHK_TEMPFAIL without an answer); to every
#        attempt, for ida@beta.test (Exim)
# Not served: the greeting and EHLO answer (the replaying server's own stand in), "421 4.7.0 <host> Error: too many
# connections." and "... too many connections from <ip>", "421 4.7.0 <host> Error: too many errors", "421 4.4.2 <host>
# Error: timeout exceeded", "452 4.5.3 Error: too many recipients", "552 5.3.4 Message size exceeds fixed limit." (MAIL
# FROM with SIZE=), "451 4.7.1 Requested action aborted: error in processing" (temp_user_error: the blackbox not
# reachable, a temporary ban), "450 4.7.1 No such user!" and "550 <host>" (written only when a check set no answer),
# the 501/502/503/504 replies to malformed or out-of-order commands and the AUTH replies. The replies are chosen by
# recipient (and the RBL refusal by the client's address), not by anything the senders did: no RBL, account service,
# scanner or rate control ran. The 451 replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its address for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nwsmtp-b41c}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): NwSMTP's replies.
RBL='554 5.7.1 Service unavailable; Client host [{client}] blocked using bl.rbl.test; Blocked by spam statistics - '
RBL+='see http://feedback.yandex.ru/?from=mail-rejects&subject={client}'
RATE='451 4.5.1 The recipient <{rcpt}> has exceeded their message rate limit. Try again later.'
GREY='451 4.7.1 Sorry, the service is currently unavailable. Please come back later.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.34 connect "$RBL" \
    ann@beta.test rcpt '550 5.7.1 No such user!' \
    abe@beta.test rcpt '550 5.7.1 No such user!' \
    dora@beta.test rcpt '550 5.7.1 Policy rejection on the target address' \
    ron@beta.test rcpt "$RATE" \
    sam@beta.test eom '554 5.7.1 Message rejected under suspicion of SPAM Kb7Qm4xT-Rd3HaW9p' \
    vera@beta.test eom '554 5.7.1 Message infected by virus;  Lc8Rn5yU-Se4IbX0q' \
    lou@beta.test eom '552 5.3.4 Error: message file too big; Md9So6zV-Tf5JcY1r' \
    gil@beta.test eom "$GREY Ne0Tp7AW-Ug6KdZ2s" \
    ida@beta.test eom '451 4.7.1 Service unavailable - try again later Of1Uq8BX-Vh7Lea3t' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe ferry timetable changes on Monday.\n\nCarol
spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe choir needs two more tenors.\n\nCarol
message-file-too-big	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe scans of the old maps are attached in spirit.\n\nCarol
rate-limit	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe birch trees by the gate were cut back.\n\nCarol
greylisting	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe library keeps the chess sets in the back room.\n\nCarol
exim-rbl	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe sauna is heated on Thursdays.\n\nPat
exim-no-such-user	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe snow chains are in the garage.\n\nPat
exim-virus	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe mushroom walk starts at the station.\n\nPat
exim-policy-rejection	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe rowing club repainted the boathouse.\n\nPat
exim-service-unavailable	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe tram line is closed for repairs.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for each 451 a
# warning after a minute and a return after 3 (two by the Postfix, one by the Exim)
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
