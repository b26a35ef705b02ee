#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sleet: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of Sleet, Michael Angstadt's SMTP server with POP3 in Java ("Sleet is an SMTP server with support for
# the POP3 protocol"; it keeps its users, mailing lists and inbox in an Apache Derby database), as its source writes
# them. Read with the search tool: the repository mangstadt/Sleet, src/main/java/sleet/smtp/SMTPConnectionListener.java
# at commits 8aba38a4efca and 20788710583 (SMTPClientThread.run, the command loop, the same replies in both) and pom.xml
# (Derby 10.8.2.2). Every reply is one line without enhanced codes, written by ClientWriter.send(code, text) as the code
# and the text. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Sleet's; the DSNs are made.
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
#   "501 Invalid syntax of email address: <sender>"   (MAIL: EmailAddress.isValid() refuses the MAIL FROM address,
#                              written as the client gave it) to MAIL FROM, to both senders' second addresses (for
#                              gil@ and gus@ gamma.test)
#   "550 Mailbox not found: <local part>"   (RCPT: dao.doesMailboxExist finds no user or mailing list with the
#                              recipient's local part) to RCPT TO, for ann@ and abe@ beta.test
#   "551 Invalid host name: <domain>"   (RCPT: the recipient's domain is not the server's --host-name) to RCPT TO, for
#                              ray@ and roy@ delta.test
#   "451 An unexpected server error occurred while saving the email, sorry: <exception message>"   (DATA: inserting
#                              the message into the Derby database failed; the transaction is rolled back and the
#                              exception's message is appended; here Derby's 40XL1 message "A lock could not be
#                              obtained within the time requested") after the message, to every attempt, for sue@ and
#                              sid@ beta.test
# Not served: the greeting "220 <host> Sleet v<version> Ready to receive mail." and the EHLO answer (SIZE 1000000,
# HELP; the replaying server's own answers stand instead), the HELP, VRFY and EXPN replies ("551 Invalid host name:
# <address>", "550 User not found with given address: ...", "550 No users found: ...", "553 User ambiguous.
# Possibilities are:", "501 No mailing list specified.", "550 Mailing list doesn't exist: ..."), "503 EHLO required
# before emails can be received.", "503 \"From\" address already specified. ...", "501 MAIL command must look like:
# ...", "501 RCPT command must look like: ...", "501 Invalid syntax of email address: ..." to RCPT TO, the 503s to
# RCPT TO and DATA, "501 DATA command has no parameters.", "501 RSET command has no parameters.", "501 QUIT command has
# no parameters." and "500 Unknown command: ...".
# The replies are chosen by recipient or by the sending address, not by anything the senders did: each message has one
# recipient and a few lines, the senders' addresses are well formed, delta.test is a domain the replaying server serves
# (it has an MX record pointing at it), and no database is locked. The temporary reply comes on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text but the 451 (4:
# the warning and the return of each sender).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sleet}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Sleet's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '501 Invalid syntax of email address: {sender}' \
    client:192.0.2.34 mail '501 Invalid syntax of email address: {sender}' \
    ann@beta.test rcpt '550 Mailbox not found: ann' \
    abe@beta.test rcpt '550 Mailbox not found: abe' \
    ray@delta.test rcpt '551 Invalid host name: delta.test' \
    roy@delta.test rcpt '551 Invalid host name: delta.test' \
    sue@beta.test eom '451 An unexpected server error occurred while saving the email, sorry: A lock could not be obtained within the time requested' \
    sid@beta.test eom '451 An unexpected server error occurred while saving the email, sorry: A lock could not be obtained within the time requested' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-syntax	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe POP3 port moved to 2552.\n\nCarol
mailbox-not-found	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe inbox table was migrated last night.\n\nCarol
invalid-host-name	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe start script has the new host name.\n\nCarol
saving-error	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe transaction logs are rotated weekly now.\n\nCarol
exim-sender-syntax	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe mailing list of the team is set up.\n\nPat
exim-mailbox-not-found	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe database backup finished at two.\n\nPat
exim-invalid-host-name	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe submission port is 2551 for now.\n\nPat
exim-saving-error	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe admin console answers again.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the 451 a warning
# after a minute and a return after 3 from each sender
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
