#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email2signal: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of email2signal, LeoVerto's e-mail to Signal bridge in Python on aiosmtpd (built to send Grafana alerts over
# Signal: a message to "<phone number>@signal.localdomain" is posted to a signal-cli REST API container, which sends its
# subject, and its first PNG image if any, to that number; a message to any other address is forwarded through an
# external SMTP server with smtplib, STARTTLS and a login; the repository LeoVerto/email2signal, read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below: app.py (commit f469812d593d,
# EmailHandler.handle_DATA and send_signal; the same texts at commit 126057c58d3d) and sendmail.py (commit 1abc438ba48f,
# send_mail). handle_DATA returns the reply as a string, which aiosmtpd sends as it is, after the message:
#   "554 Sending signal message has failed" (send_signal: the signal-cli REST API did not answer its POST to /v2/send
#   with 201 Created, e.g. the number is not registered with Signal or the API refused it), for a recipient that
#   matches "(\+\d+)@signal.localdomain";
#   "530 Failed to connect to the server. Wrong user/password?" (send_mail: smtplib's login to the external SMTP server
#   raised SMTPAuthenticationError) and "554 SMTP error occurred: <str of the smtplib exception>" (any other
#   SMTPException; here smtplib's SMTPNotSupportedError "STARTTLS extension not supported by server.", raised by
#   starttls() when the external server offers no STARTTLS, so the words after the colon are smtplib's), for any other
#   recipient.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# email2signal's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "554 Sending signal message has failed"   after the message, for +15555550101@ and +15555550102@ signal.localdomain
#   "530 Failed to connect to the server. Wrong user/password?"   after the message, for nia@ and ned@ beta.test
#   "554 SMTP error occurred: STARTTLS extension not supported by server."   after the message, for fay@ and fox@
#                              beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "421 Failed to connect to the server. Bad connection settings?" (send_mail returns it when smtplib.SMTP() cannot
# connect, but its finally clause then calls quit() on a name never bound, and the UnboundLocalError replaces the
# return, so aiosmtpd answers with its own "500 Error: (UnboundLocalError) ..." instead: not the project's words);
# "554 SMTP error occurred: Connection unexpectedly closed" (the same finally clause raises again on a closed
# connection); "554 SMTP error occurred: " with a refusal the external server gave to a recipient, the sender or the
# data (the words after the colon would be that server's, quoted in Python's repr); "500 Malformed receiver address"
# (send_signal catches a TypeError that re.search(...).group cannot raise there). Every reply is permanent: the code
# has no temporary one that it can send.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and signal.localdomain's MX record pointing at the replaying server too):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test (the MX of beta.test and of signal.localdomain), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email2signal}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): email2signal's replies.
SIGNAL='554 Sending signal message has failed'
LOGIN='530 Failed to connect to the server. Wrong user/password?'
STARTTLS='554 SMTP error occurred: STARTTLS extension not supported by server.'
printf '%s\t%s\t%s\n' \
    +15555550101@signal.localdomain eom "$SIGNAL" \
    +15555550102@signal.localdomain eom "$SIGNAL" \
    nia@beta.test eom "$LOGIN" \
    ned@beta.test eom "$LOGIN" \
    fay@beta.test eom "$STARTTLS" \
    fox@beta.test eom "$STARTTLS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "signal.localdomain. 300 IN MX 10 mx.beta.test."

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
signal-message-failed	carol@alpha.test	+15555550101@signal.localdomain	192.0.2.25	Disk usage on the build host is above 90 percent.\n\nCarol
forward-login-refused	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe boiler service is booked for Tuesday.\n\nCarol
forward-no-starttls	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe seed swap moved to the church hall.\n\nCarol
exim-signal-message-failed	pat@pi.test	+15555550102@signal.localdomain	192.0.2.35	The backup job finished with two warnings.\n\nPat
exim-forward-login-refused	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe tide tables are pinned by the door.\n\nPat
exim-forward-no-starttls	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe kiln is cooling until the morning.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
