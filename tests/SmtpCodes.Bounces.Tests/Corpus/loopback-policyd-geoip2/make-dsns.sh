#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-policyd-geoip2: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of policyd-geoip2, Malac's (malacusp's) Postfix policy service in Python that filters sending servers by
# the country MaxMind's GeoIP2 database gives for their address ("Postfix Policy for filtering emails/servers by
# GeoIP": a reject list and an accept list of country codes, exceptions to each, sender and recipient bypasses, a
# soft_bounce switch and a MySQL log of refused servers; GPL-3.0, as its README and the script's header say), as a
# receiving Postfix gives them when it sits in its smtpd_recipient_restrictions (check_policy_service
# unix:private/policy-geoip, as its README says). Read with the search tool: policyd-geoip2 at commit
# 06610b8e1c29facec48ee2e75627dda1f6a0ec44 (repository malacusp/policyd-geoip, version 2.10 of August 2025: the main
# loop's replies, reject_code "550", or "450" when soft_bounce is on, and check_database's "554" for a server logged
# more than 4 times with its first attempt over 10 minutes ago) and README.md at commit
# 08fcbeff3a3f5f4a9c7e2909f7894cb432aaaccf. Only the reply texts are quoted.
# The daemon's line is "action=<code> Rejected Server [IP: <client address> / LOOKUP: <reverse_client_name>] ...", the
# name lower-cased as the daemon lower-cases every attribute's value but a few, the country code as the GeoIP2
# database gives it (ISO, upper case; here made up, as the documentation range has none). Postfix's smtpd gives a
# policy service's "550 text" as "550 5.7.1 <recipient>: Recipient address rejected: text", "554 text" as 554 with
# 5.7.1 and "450 text" as 450 with 4.7.1, in the same shape (postconf(5), access(5)); the served lines are those. A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are policyd-geoip2's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replies served, at RCPT TO, {rcpt} being the recipient answered, {client} the sending MTA's address and <name> its
# reverse name (mx.alpha.test for the Postfix, mx.pi.test for the Exim):
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: Rejected Server [IP: {client} / LOOKUP: <name>] in REJECTLIST as
#    RU"   (one line on the wire)
#        the client's country is on the reject list; to rudy@beta.test (Postfix) and rosa@beta.test (Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Rejected Server [IP: {client} / LOOKUP: <name>] in REJECTLIST as
#    CN"
#        the same, for a server the database has logged more than 4 times, its first attempt over 10 minutes ago
#        (log_reject_to_db on); to chen@beta.test (Postfix) and cora@beta.test (Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: Rejected Server [IP: {client} / LOOKUP: <name>] in EXCEPTIONS
#    returns :- GB"
#        the client's address, name or sender matches the exceptions to the accept list (a server refused though its
#        country is accepted); to emil@beta.test (Postfix) and edna@beta.test (Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: Rejected Server [IP: {client} / LOOKUP: <name>] not in ACCEPTLIST
#    or REJECTLIST returns :- BR"
#        permit_acceptlist_only is on and the country is on neither list; to alan@beta.test (Postfix) and abby@beta.test
#        (Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Rejected Server [IP: {client} / LOOKUP: <name>] in REJECTLIST as
#    KP"
#        the reject list with soft_bounce on; to every attempt (each sender warns after a minute and returns after 3),
#        to kim@beta.test (Postfix) and kira@beta.test (Exim)
# Not served: "action=defer_if_permit An error occured, <address> failed with error <exception>" (its words end with a
# Python exception's text, not a fixed one), and the dunno and warn actions (no refusal).
# The replies are chosen by recipient address, not by anything the senders did: no GeoIP database was read and no
# database kept.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-policyd-geoip2}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
rejected='<{rcpt}>: Recipient address rejected: Rejected Server [IP: {client} / LOOKUP:'
# The replaying server's table (KEY, STAGE, REPLY): policyd-geoip2's replies in Postfix's frame.
printf '%s\t%s\t%s\n' \
    rudy@beta.test rcpt "550 5.7.1 $rejected mx.alpha.test] in REJECTLIST as RU" \
    rosa@beta.test rcpt "550 5.7.1 $rejected mx.pi.test] in REJECTLIST as RU" \
    chen@beta.test rcpt "554 5.7.1 $rejected mx.alpha.test] in REJECTLIST as CN" \
    cora@beta.test rcpt "554 5.7.1 $rejected mx.pi.test] in REJECTLIST as CN" \
    emil@beta.test rcpt "550 5.7.1 $rejected mx.alpha.test] in EXCEPTIONS returns :- GB" \
    edna@beta.test rcpt "550 5.7.1 $rejected mx.pi.test] in EXCEPTIONS returns :- GB" \
    alan@beta.test rcpt "550 5.7.1 $rejected mx.alpha.test] not in ACCEPTLIST or REJECTLIST returns :- BR" \
    abby@beta.test rcpt "550 5.7.1 $rejected mx.pi.test] not in ACCEPTLIST or REJECTLIST returns :- BR" \
    kim@beta.test rcpt "450 4.7.1 $rejected mx.alpha.test] in REJECTLIST as KP" \
    kira@beta.test rcpt "450 4.7.1 $rejected mx.pi.test] in REJECTLIST as KP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
reject-list	carol@alpha.test	rudy@beta.test	192.0.2.25	Rudy,\n\nthe allotment show is on the last Sunday.\n\nCarol
reject-list-logged	carol@alpha.test	chen@beta.test	192.0.2.25	Chen,\n\nthe library has the walking maps back in.\n\nCarol
accept-list-exception	carol@alpha.test	emil@beta.test	192.0.2.25	Emil,\n\nthe mobile post office comes on Wednesdays.\n\nCarol
not-listed	carol@alpha.test	alan@beta.test	192.0.2.25	Alan,\n\nthe bonfire is moved to the far field.\n\nCarol
soft-bounce	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe honey from the church hives is on sale.\n\nCarol
exim-reject-list	pat@pi.test	rosa@beta.test	192.0.2.35	Rosa,\n\nthe footbridge repairs start next week.\n\nPat
exim-reject-list-logged	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe pantomime auditions are on Friday.\n\nPat
exim-accept-list-exception	pat@pi.test	edna@beta.test	192.0.2.35	Edna,\n\nthe old forge is open for the heritage day.\n\nPat
exim-not-listed	pat@pi.test	abby@beta.test	192.0.2.35	Abby,\n\nthe pond dipping platform is finished.\n\nPat
exim-soft-bounce	pat@pi.test	kira@beta.test	192.0.2.35	Kira,\n\nthe carol singers meet at the lych gate.\n\nPat
SEND
# eight returns at once (four by the Postfix, four by the Exim), then for the 450 to each sender a warning after a
# minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
