#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-wildfire-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Wildfire Milter, Marco Favero's (falon's) Python milter for Postfix on pymilter that unpacks each message's
# attachments (archives to a set depth), looks their SHA-256 up in a Redis cache and in Palo Alto Networks' WildFire
# malware-analysis service, submits unknown files for analysis, and then refuses, defers, discards or marks the message
# (the repository falon/wildfire-milter, Apache-2.0 by its setup.py, which names the author; read with the search tool;
# only the reply texts are quoted), whose own code writes every reply below: wildfire-milter.py (commit 06f18fdf718b,
# WildfireMilter.milter_result, called from eom) with the stock settings of WildfireMilter/etc/milter.conf.dist (commit
# 078858579a2e: ON_VIRUS 'Reject', MESSAGE "Attachments contains threats", REJECT_DETAIL true, DEFER_IF_SUSPECT true).
# milter_result maps WildFire's verdicts to names (1 "Malware", 2 "Grayware", 4 "Phishing", -100 "Pending analysis for
# suspicious content", -102 "Suspicious content submitted for analysis") and answers after the message with pymilter's
# setreply, which Postfix sends as "<code> <enhanced code> <text>":
#   a threat (verdict 1, 2 or 4) with ON_VIRUS 'Reject': setreply('550', '5.7.1', '{}: {}'.format(MESSAGE, th_message))
#   where th_message gathers ' <type> in <file name>.' for each threatening file (so two spaces follow the colon), or
#   setreply('550', '5.7.1', MESSAGE) when REJECT_DETAIL is false; with ON_VIRUS 'Defer' ("Defer forever and ever") the
#   same texts with setreply('454', '4.7.0', ...);
#   only suspicious files (verdict -100 or -102) with DEFER_IF_SUSPECT true: setreply('454', '4.7.0', pending_message),
#   the verdict's name followed by '. Please wait few minutes before resend'.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Wildfire Milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot, where a milter's eom
# answer comes; the file names are chosen here, as a sender's attachments would name them):
#   "550 5.7.1 Attachments contains threats:  Malware in invoice-0425.exe."   for mal@ and max@ beta.test
#   "550 5.7.1 Attachments contains threats:  Grayware in toolbar-setup.exe."   for gil@ and gus@ beta.test
#   "550 5.7.1 Attachments contains threats:  Phishing in account-review.pdf."   for phi@ and pip@ beta.test
#   "550 5.7.1 Attachments contains threats"   for tia@ and tom@ beta.test (REJECT_DETAIL false)
#   "454 4.7.0 Attachments contains threats:  Malware in payroll.xls."   to every attempt, for dee@ and dom@ beta.test
#                              (ON_VIRUS 'Defer')
#   "454 4.7.0 Pending analysis for suspicious content. Please wait few minutes before resend"   to every attempt, for
#                              pen@ and pam@ beta.test
#   "454 4.7.0 Suspicious content submitted for analysis. Please wait few minutes before resend"   to every attempt,
#                              for sub@ and sue@ beta.test
# Not served: the greeting and EHLO answer (Postfix's own in a real set-up; the replaying server's are used); ON_VIRUS
# 'Discard' (the milter sets the same 550 text but returns DISCARD, so the message is dropped and no DSN is made) and
# 'Accept' (headers X-WildMilter-Status and X-WildMilter-Threats are added and the message passes); two threats in one
# message (STOP_AT_POSITIVE, true in the stock file, stops at the first); Postfix's own milter texts (a milter that
# does not answer, its default action). The milter sets no reply for clean, whitelisted or unchecked messages.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-wildfire-milter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Wildfire Milter's replies.
MALWARE='550 5.7.1 Attachments contains threats:  Malware in invoice-0425.exe.'
GRAYWARE='550 5.7.1 Attachments contains threats:  Grayware in toolbar-setup.exe.'
PHISHING='550 5.7.1 Attachments contains threats:  Phishing in account-review.pdf.'
NODETAIL='550 5.7.1 Attachments contains threats'
DEFERRED='454 4.7.0 Attachments contains threats:  Malware in payroll.xls.'
PENDING='454 4.7.0 Pending analysis for suspicious content. Please wait few minutes before resend'
SUBMITTED='454 4.7.0 Suspicious content submitted for analysis. Please wait few minutes before resend'
printf '%s\t%s\t%s\n' \
    mal@beta.test eom "$MALWARE" \
    max@beta.test eom "$MALWARE" \
    gil@beta.test eom "$GRAYWARE" \
    gus@beta.test eom "$GRAYWARE" \
    phi@beta.test eom "$PHISHING" \
    pip@beta.test eom "$PHISHING" \
    tia@beta.test eom "$NODETAIL" \
    tom@beta.test eom "$NODETAIL" \
    dee@beta.test eom "$DEFERRED" \
    dom@beta.test eom "$DEFERRED" \
    pen@beta.test eom "$PENDING" \
    pam@beta.test eom "$PENDING" \
    sub@beta.test eom "$SUBMITTED" \
    sue@beta.test eom "$SUBMITTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
malware-in-attachment	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe orchard ladder is back in the shed.\n\nCarol
grayware-in-attachment	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe river path is flooded past the mill.\n\nCarol
phishing-in-attachment	carol@alpha.test	phi@beta.test	192.0.2.25	Phi,\n\nthe pottery class moves to Wednesday.\n\nCarol
threats-without-detail	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe hedgehog box is under the laurel.\n\nCarol
threat-deferred	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe marmalade jars need new lids.\n\nCarol
pending-analysis	carol@alpha.test	pen@beta.test	192.0.2.25	Pen,\n\nthe rowan berries are early this year.\n\nCarol
submitted-for-analysis	carol@alpha.test	sub@beta.test	192.0.2.25	Sub,\n\nthe garden bench wants oiling.\n\nCarol
exim-malware-in-attachment	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe quiz night starts at eight.\n\nPat
exim-grayware-in-attachment	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe log pile is dry at last.\n\nPat
exim-phishing-in-attachment	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe swallows left on Sunday.\n\nPat
exim-threats-without-detail	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe tandem needs a new chain.\n\nPat
exim-threat-deferred	pat@pi.test	dom@beta.test	192.0.2.35	Dom,\n\nthe well cover is loose again.\n\nPat
exim-pending-analysis	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe fete bunting is in the loft.\n\nPat
exim-submitted-for-analysis	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe barn owl is back on the beam.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
