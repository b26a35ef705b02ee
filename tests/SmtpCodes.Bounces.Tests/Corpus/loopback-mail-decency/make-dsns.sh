#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-decency: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of the Doorman of Mail::Decency, Ulrich Kautz's anti-spam framework in Perl
# for Postfix (the Doorman a policy delegation server whose modules score or decide each request: Basic re-implements
# Postfix's HELO, FQDN and unknown-domain restrictions with weights, Greylist greylists, Throttle limits senders; a
# Detective content filter and a Defender SMTP proxy beside it) (repository ukautz/decency, read with the search tool;
# licence: "free software and may be distributed under the same terms as perl itself", in each file read; only the reply
# texts are quoted): lib/Mail/Decency/Doorman.pm at commit 07f53bc1873970bc, handle_safe, add_spam_score (a module's
# message is added to the session and, when the score reaches spam_threshold, -100 by default, the state is REJECT),
# go_final_state and session_cleanup, which answers Postfix "<state> <messages joined by ' / '> [<identifier>]" for a
# state of REJECT or a 4xx or 5xx code (default_reject_message "use decency" when no module gave a message; the session
# identifier appended unless no_session_identifier); lib/Mail/Decency/Core/SessionItem.pm at commit 590770777c19, the
# identifier (the last four digits of the time and 13 random characters of a-z and 0-9); lib/Mail/Decency/Doorman/
# Greylist.pm (same commit), whose reject_message "Greylisted - Patience, young jedi" replaces the session's messages
# before the state 450; Throttle.pm (same commit), whose default_reject_message "Sorry, Limit reached (%maximum% mails
# in %interval% seconds)" with code 450 is filled in for the limit reached (its documentation's example limit: 50 mails
# in 600 seconds); Basic.pm (same commit), whose checks add their message with their configured weight (the
# documentation's example: -100 for the FQDN checks, -50 for the unknown ones): "Helo hostname is not in FQDN",
# "Recipient domain is unknown" (under weight_unknown_sender_domain, but for the recipient's domain: it looks up
# to_domain), "Sender domain is unknown" (under weight_unknown_recipient_domain, for the sender's domain) and "Client
# domain is unknown" (the client's host name has no A or MX record). Postfix 3's smtpd_check writes a policy's
# "REJECT <text>" as "554 5.7.1 <recipient>: Recipient address rejected: <text>" (access_map_reject_code, 554 by
# default) and a numeric "450 <text>" as "450 4.7.1 <recipient>: Recipient address rejected: <text>" (check_table_result:
# the action's own code and the enhanced code X.7.1); the Doorman is asked in the recipient restrictions, so the name is
# the recipient's, whatever the refusal is about.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mail::Decency's as Postfix writes them; the identifiers are made up in the identifier's form; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to RCPT TO (R is "Recipient address rejected:"):
#   "450 4.7.1 <rcpt>: R Greylisted - Patience, young jedi [<id>]"
#        Greylist: the sender, client and recipient were not seen min_interval (10 minutes) before; to every attempt;
#        for gail@beta.test (Postfix) and gwen@beta.test (Exim)
#   "450 4.7.1 <rcpt>: R Sorry, Limit reached (50 mails in 600 seconds) [<id>]"
#        Throttle: the sender's limit for the interval is reached; to every attempt; for tess@beta.test (Postfix) and
#        tom@beta.test (Exim)
#   "554 5.7.1 <rcpt>: R Helo hostname is not in FQDN [<id>]"
#        Basic: the HELO name is not a fully qualified domain name, weighted to the threshold; for hal@ and hugh@ beta.test
#   "554 5.7.1 <rcpt>: R Sender domain is unknown [<id>]"
#        Basic: the sender's domain has no A or MX record; for sid@ and sam@ beta.test
#   "554 5.7.1 <rcpt>: R Recipient domain is unknown [<id>]"
#        Basic: the recipient's domain has no A or MX record; for rod@ and rue@ gamma.test
#   "554 5.7.1 <rcpt>: R Client domain is unknown [<id>]"
#        Basic: the client's host name (its PTR name) has no A or MX record; for cal@ and cy@ beta.test
# Not served: the other Basic texts, the DNSBL, CBL, Honeypot, SPF, Association, GeoWeight and SenderPermit modules'
# texts, a configured message, the default "use decency", a reply joining several modules' messages, the PREPEND and
# DUNNO actions (no reply). The replies are chosen by recipient, not by anything the senders did: no HELO, domain,
# client name, greylist or limit was looked at, and each identifier is fixed. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-decency}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Doorman's answers as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    gail@beta.test rcpt "450 4.7.1 <gail@beta.test>: $R Greylisted - Patience, young jedi [2841q7m0zk3ad9xe2]" \
    gwen@beta.test rcpt "450 4.7.1 <gwen@beta.test>: $R Greylisted - Patience, young jedi [2907f1c8wn5tb0ry4]" \
    tess@beta.test rcpt "450 4.7.1 <tess@beta.test>: $R Sorry, Limit reached (50 mails in 600 seconds) [3112h6p2ux9ke0sa7]" \
    tom@beta.test rcpt "450 4.7.1 <tom@beta.test>: $R Sorry, Limit reached (50 mails in 600 seconds) [3178b4n9qd2jw7lc1]" \
    hal@beta.test rcpt "554 5.7.1 <hal@beta.test>: $R Helo hostname is not in FQDN [3305k8t1ma6ve2zo9]" \
    hugh@beta.test rcpt "554 5.7.1 <hugh@beta.test>: $R Helo hostname is not in FQDN [3371x2d7gr4ny9pu0]" \
    sid@beta.test rcpt "554 5.7.1 <sid@beta.test>: $R Sender domain is unknown [3420m5w3ht8bq1ci6]" \
    sam@beta.test rcpt "554 5.7.1 <sam@beta.test>: $R Sender domain is unknown [3486e9r6ly0ka3fs2]" \
    rod@gamma.test rcpt "554 5.7.1 <rod@gamma.test>: $R Recipient domain is unknown [3512v1j4oc7xu5gn8]" \
    rue@gamma.test rcpt "554 5.7.1 <rue@gamma.test>: $R Recipient domain is unknown [3579p6a0wi2em8dt3]" \
    cal@beta.test rcpt "554 5.7.1 <cal@beta.test>: $R Client domain is unknown [3634s3y8bf1ol6hk0]" \
    cy@beta.test rcpt "554 5.7.1 <cy@beta.test>: $R Client domain is unknown [3690g7u2nz5dr9wm4]" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe gorse on the common is in flower.\n\nCarol
limit-reached	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe tennis nets are back up.\n\nCarol
helo-not-fqdn	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe harbour wall needs new railings.\n\nCarol
sender-domain-unknown	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe seed swap is on Saturday.\n\nCarol
recipient-domain-unknown	carol@alpha.test	rod@gamma.test	192.0.2.25	Rod,\n\nthe rookery is noisy again.\n\nCarol
client-domain-unknown	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe cattle grid was replaced.\n\nCarol
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe gate to the meadow is tied shut.\n\nPat
exim-limit-reached	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe tide mill opens at Easter.\n\nPat
exim-helo-not-fqdn	pat@pi.test	hugh@beta.test	192.0.2.35	Hugh,\n\nthe hay is in the top barn.\n\nPat
exim-sender-domain-unknown	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe sailing club has a new dinghy.\n\nPat
exim-recipient-domain-unknown	pat@pi.test	rue@gamma.test	192.0.2.35	Rue,\n\nthe rushes by the ford were cut.\n\nPat
exim-client-domain-unknown	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe cycle path reaches the coast now.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# messages deferred on every attempt (two to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
