#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ajenti: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the stock Exim configuration of the Ajenti V hosting control panel gives to incoming mail (its mail plugin's template,
# Eugeny/ajenti-v vh-mail/templates.py, EXIM_CONFIG, commit 0a942399072eb2d2c00eb221a0d2b097fedf485d; read with the search
# tool: the panel writes it out as /etc/exim4/exim4.conf, "AUTOMATICALLY GENERATED - DO NO EDIT!"); a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the template's and Exim's; the
# DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# A stated selection: every reply the template gives to a server delivering to it (its ACLs' `message =` texts at RCPT
# and after DATA, and the reply its routers leave for an unknown local part), those under `.ifdef` included (the
# template's sender verification and SPF check, which a macro in the panel's custom configuration turns on); left out:
# "no HELO given before MAIL command" (a sending MTA always says HELO) and the `nonlocal` router's ":fail: Mailing to
# remote domains not supported" (the ACL refuses such a recipient with "relay not permitted" before any router runs).
# The template leaves the wording of a reply to Exim: what Exim 4.96 (Debian's 4.96-15+deb12u11) says with these ACLs and
# routers was read from `exim4 -C <the template, paths filled in> -bh 192.0.2.25` (and -bh 192.0.2.35) before this run,
# and it is served here byte for byte, {client} and {sender} filled with the client's address and its MAIL FROM:
#   "550 restricted characters in address"          (CHECK_RCPT_LOCAL_LOCALPARTS, "&" in the local part)
#                                                    to ann&co@, abe&co@beta.test
#   "550-Verification failed for <{sender}>\n550-Unrouteable address\n550 Sender verification failed" to the first
#   recipient and "550 Sender verification failed" to the next (Exim tells the details once a session)
#                                                    to vera@, vito@beta.test
#   "550 relay not permitted"                       (a domain that is not the server's) to ray@, rita@delta.test
#   "550 Unrouteable address"                       (`require verify = recipient` for a local part no router takes: the
#      last router run is `vforward`, which has no cannot_route_message, so `local_user`'s "Unknown user" is not used)
#                                                    to una@, uwe@beta.test
#   "550-[SPF] {client} is not allowed to send mail from alpha.test.  Please see\n550 http://www.openspf.org/Why?scope=
#    mfrom;identity={sender};ip={client}"           (spfquery's fail; Exim breaks the reply after "see")
#                                                    to sofie@, sage@beta.test (the Postfix sender's domain alpha.test)
#   the same with pi.test                            to sami@, saul@beta.test (the Exim sender's domain pi.test)
#   "451 Temporary DNS error while checking SPF record.  Try again later."  (spfquery's temperror; the `defer` verb)
#                                                    to tara@ (Postfix) and toni@beta.test (Exim)
#   "550 Message headers fail syntax check"          (after DATA, `!verify = header_syntax`) to hedda@, hugo@beta.test
# The replies are chosen by recipient, not by anything the senders did: the messages are short plain text with one or
# two recipients and well-formed headers.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (also the mail exchanger of delta.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ajenti}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
SPF1='550-[SPF] {client} is not allowed to send mail from '
SPF2='.  Please see\n550 http://www.openspf.org/Why?scope=mfrom;identity={sender};ip={client}'
printf '%s\t%s\t%s\n' \
    'ann&co@beta.test' rcpt '550 restricted characters in address' \
    'abe&co@beta.test' rcpt '550 restricted characters in address' \
    vera@beta.test rcpt '550-Verification failed for <{sender}>\n550-Unrouteable address\n550 Sender verification failed' \
    vito@beta.test rcpt '550 Sender verification failed' \
    ray@delta.test rcpt '550 relay not permitted' \
    rita@delta.test rcpt '550 relay not permitted' \
    una@beta.test rcpt '550 Unrouteable address' \
    uwe@beta.test rcpt '550 Unrouteable address' \
    sofie@beta.test rcpt "${SPF1}alpha.test${SPF2}" \
    sage@beta.test rcpt "${SPF1}alpha.test${SPF2}" \
    sami@beta.test rcpt "${SPF1}pi.test${SPF2}" \
    saul@beta.test rcpt "${SPF1}pi.test${SPF2}" \
    tara@beta.test rcpt '451 Temporary DNS error while checking SPF record.  Try again later.' \
    toni@beta.test rcpt '451 Temporary DNS error while checking SPF record.  Try again later.' \
    hedda@beta.test eom '550 Message headers fail syntax check' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

lb_send <<'SEND'
restricted-characters	carol@alpha.test	ann&co@beta.test,abe&co@beta.test	192.0.2.25	Ann, Abe,\n\nthe quote for the shelves is attached as text below: 240 euros.\n\nCarol
sender-verification	carol@alpha.test	vera@beta.test,vito@beta.test	192.0.2.25	Vera, Vito,\n\nthe minutes of Monday's meeting follow next week.\n\nCarol
relay-not-permitted	carol@alpha.test	ray@delta.test,rita@delta.test	192.0.2.25	Ray, Rita,\n\nthe courier comes on Thursday morning.\n\nCarol
unrouteable	carol@alpha.test	una@beta.test,uwe@beta.test	192.0.2.25	Una, Uwe,\n\nthe keys are with the caretaker.\n\nCarol
spf-fail	carol@alpha.test	sofie@beta.test,sage@beta.test	192.0.2.25	Sofie, Sage,\n\nthe garden party moves to Sunday.\n\nCarol
spf-temperror	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe printer toner arrived today.\n\nCarol
header-syntax	carol@alpha.test	hedda@beta.test,hugo@beta.test	192.0.2.25	Hedda, Hugo,\n\nthe train tickets are booked.\n\nCarol
exim-restricted-characters	pat@pi.test	ann&co@beta.test,abe&co@beta.test	192.0.2.35	Ann, Abe,\n\nthe boat trip is on if the wind allows.\n\nPat
exim-sender-verification	pat@pi.test	vera@beta.test,vito@beta.test	192.0.2.35	Vera, Vito,\n\nthe library books are due on Friday.\n\nPat
exim-relay-not-permitted	pat@pi.test	ray@delta.test,rita@delta.test	192.0.2.35	Ray, Rita,\n\nthe invoice number is 2207.\n\nPat
exim-unrouteable	pat@pi.test	una@beta.test,uwe@beta.test	192.0.2.35	Una, Uwe,\n\nthe photos from the hike are online.\n\nPat
exim-spf-fail	pat@pi.test	sami@beta.test,saul@beta.test	192.0.2.35	Sami, Saul,\n\nthe chess club meets at eight.\n\nPat
exim-spf-temperror	pat@pi.test	toni@beta.test	192.0.2.35	Toni,\n\nthe van is booked for the move.\n\nPat
exim-header-syntax	pat@pi.test	hedda@beta.test,hugo@beta.test	192.0.2.35	Hedda, Hugo,\n\nthe seminar room is 2.14.\n\nPat
SEND
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
