#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-umd: a receiving SMTP server (../loopback-replay.py) answers with the replies that the
# University of Maryland's Office of Information Technology Help Desk page "Determining the Cause Of An E-mail Bounce"
# quotes from the session transcripts of bounces that "have passed through our Office of Information Technology (OIT) Help
# Desk" (http://www.helpdesk.umd.edu/documents/3/3025/, also http://helpdesk.umd.edu/documents/3/3025/; a table of
# "Session-transcript", "Other specifics" and "Explanation" for mail to and from its WAM and Glue Sendmail servers; read
# with the search tool, no date shown), byte for byte but for the table's placeholders; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the University of Maryland's
# servers' as its page quotes them; the DSNs are made. The page states no licence; only the reply texts are quoted. The
# stored copy of the page cuts its table after "<<< 553 Header Error / 554 recipient"; ICG Link's help desk copy of the
# same table (http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73, "Determining the cause of a bounced
# message", the UMD table word for word, "using a UM From:-address" kept) gives that row whole with its explanation.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served (the "Other specifics" or the transcript's "<<<" line, each with the page's explanation):
#   "550 Sorry, no access for this ip"      "Sender is from a known spam IP-address"; the page's stage, MAIL FROM (after
#                          "<<< 550 Access denied ... followed by one of three reasons"; the reason line is served, the
#                          one that names the cause)      to the clients that send to gamma.test, for gil@gamma.test from
#                                                         the Postfix, gil@, gus@gamma.test from the Exim
#   "550 Sorry, no access for this domain"  "Sender is in a known spam domain"   to RCPT TO, for dan@, dot@beta.test
#   "550 Sorry, no access for this user"    "Sender is a known spammer"          to RCPT TO, for ula@, uri@beta.test
#                          (the page's stage is MAIL FROM, but the run's replaying server chooses a MAIL FROM reply by
#                          the client's address alone, and each sender has one client address for beta.test: these two
#                          are served to RCPT TO, where Sendmail's delay_checks feature puts its MAIL FROM refusals)
#   "553 <address>... unauthorized relay traffic prohibited"   the table's "553 <recipient's-address> ... unauthorized
#                          relay traffic prohibited" (one line wrapped in the table cell) with the recipient's address;
#                          "Sender is relaying mail -- probably using a commercial ISP while using a UM From:-address"
#                                                                            to RCPT TO, for rex@, roy@beta.test
#   "553 Header Error"     "There is a non-parseable line in the header, but finding it can be difficult" (ICG Link's
#                          copy)    after the message's final dot (a header check), for hal@, hugh@beta.test
#   "451 From:domain must resolve"   "To: or From: line has an improperly constructed address"; after the final dot (the
#                          page's row opens with ">>> DATA"), served to every attempt, so each sender warns after a
#                          minute and returns after 3 (at most 4 recipients to the text), for fay@beta.test
# Not served: "550 <recipient's-address>... User unknown" and "Host unknown (Name server: ...)" (Sendmail's own words,
# a sending Sendmail's transcript), ".forward: line 1: ... Can't create output" (a local delivery's error), "553 user
# address required" / "554 ... Service unavailable" (the first reply's stage is not clear from the cell, the second a
# sending Sendmail's summary line) and "554 sendall: too many hops 19 (17 max)" (a Sendmail's own loop count); the row
# "553 Header Error 2" is cut in every stored copy.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text with ordinary headers.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-umd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 Sorry, no access for this ip' \
    client:192.0.2.34 mail '550 Sorry, no access for this ip' \
    dan@beta.test rcpt '550 Sorry, no access for this domain' \
    dot@beta.test rcpt '550 Sorry, no access for this domain' \
    ula@beta.test rcpt '550 Sorry, no access for this user' \
    uri@beta.test rcpt '550 Sorry, no access for this user' \
    rex@beta.test rcpt '553 <{rcpt}>... unauthorized relay traffic prohibited' \
    roy@beta.test rcpt '553 <{rcpt}>... unauthorized relay traffic prohibited' \
    hal@beta.test eom '553 Header Error' \
    fay@beta.test eom '451 From:domain must resolve' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spam-ip	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe terrapin mascot costume is back from cleaning.\n\nCarol
spam-domain	carol@alpha.test	dan@beta.test,dot@beta.test	192.0.2.25	Dan, Dot,\n\nthe chemistry lab safety training is on Tuesday.\n\nCarol
spammer	carol@alpha.test	ula@beta.test,uri@beta.test	192.0.2.25	Ula, Uri,\n\nthe library extended its hours for finals.\n\nCarol
relay-prohibited	carol@alpha.test	rex@beta.test,roy@beta.test	192.0.2.25	Rex, Roy,\n\nthe shuttle to College Park leaves at eight.\n\nCarol
header-error	carol@alpha.test	hal@beta.test,hugh@beta.test	192.0.2.25	Hal, Hugh,\n\nthe thesis formatting guide was updated.\n\nCarol
domain-must-resolve	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe parking permit renewal opens Monday.\n\nCarol
exim-spam-ip	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe lecture hall changed to the Armory.\n\nPat
exim-spam-domain	pat@pi.test	dan@beta.test,dot@beta.test	192.0.2.35	Dan, Dot,\n\nthe research symposium posters are due.\n\nPat
exim-spammer	pat@pi.test	ula@beta.test,uri@beta.test	192.0.2.35	Ula, Uri,\n\nthe dining hall menu changes next week.\n\nPat
exim-relay-prohibited	pat@pi.test	rex@beta.test,roy@beta.test	192.0.2.35	Rex, Roy,\n\nthe computer lab moved to the second floor.\n\nPat
exim-header-error	pat@pi.test	hal@beta.test,hugh@beta.test	192.0.2.35	Hal, Hugh,\n\nthe grading deadline is Friday noon.\n\nPat
exim-domain-must-resolve	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe orientation packets are in the office.\n\nPat
SEND
# ten returns at once, then warnings after a minute and returns after 3 from each sender for the 451
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
