#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailu: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock receiving side of Mailu (the mail server distribution in Docker containers: nginx as its front, Postfix,
# rspamd, Dovecot, an admin application in Python; github.com/Mailu/Mailu, MIT licence, read with the search tool) gives
# to incoming mail on port 25, in the words its own code and configuration write:
#   - core/admin/mailu/internal/nginx.py (commit 00276d8b7014e9cd757c080ebd03f99aa852a2fa), STATUSES["encryption"]:
#     ("Must issue a STARTTLS command first", {"smtp": "530 5.7.0"}); handle_authentication returns it as nginx's
#     Auth-Status and Auth-Error-Code for incoming mail (Auth-Method "none", protocol smtp) when the setting
#     INBOUND_TLS_ENFORCE is on and the client did not start TLS. core/nginx/conf/nginx.conf (commit
#     0025d06c4ec9b567b111dbe5d7d4493b0e8d78e1) serves port 25 with "smtp_auth none" and "proxy_pass_error_message on":
#     the nginx mail proxy asks that authentication service when the client gives RCPT TO, and writes the error code,
#     a space and the status as its reply.
#   - core/postfix/conf/main.cf (commit 00276d8b7014e9cd757c080ebd03f99aa852a2fa): smtpd_client_restrictions =
#     permit_mynetworks, check_sender_access ${podop}senderaccess, ...; core/admin/mailu/internal/views/postfix.py
#     (commit 02367d1447e4cba7db2ebbb42127178e240fd519), postfix_sender_access: "Simply reject any sender that pretends
#     to be from a local domain", the table's answer "REJECT", which Postfix writes in its stock words for an access
#     table's bare REJECT (access_map_reject_code 554, 5.7.1, "Access denied"; with smtpd_delay_reject = yes, as Mailu
#     sets it, the client restrictions answer at RCPT TO).
#   - the same main.cf: smtpd_milters = rspamd, milter_default_action = tempfail: when the milter cannot be reached or
#     times out, Postfix's stock words "451 4.7.1 Service unavailable - try again later" (Mailu's issue tracker shows
#     them at the end of the message, e.g. Mailu/Mailu issue 2057, "connect to Milter service ...: Host is
#     unreachable", and rspamd issue 424, "milter-reject: END-OF-MESSAGE ... 4.7.1 Service unavailable - try again
#     later").
#   - core/rspamd/conf/force_actions.conf (commit 36623188b536bea82e6e35a2410ef546e055dfb0): Mailu's three
#     anti-spoofing rules, each action "reject" with a message of Mailu's own: ANTISPOOF_NOAUTH (a sender of a local
#     domain, with no DKIM, SPF, DMARC or ARC result), ANTISPOOF_DMARC_ENFORCE_LOCAL (a local domain's mail failing
#     DMARC whatever its policy) and ANTISPOOF_AUTH_FAILED. rspamd's milter sends a reject as "554 5.7.1 <message>" after
#     the message (as rspamd 3.4's own "554 5.7.1 Gtube pattern" in loopback-milters of this corpus shows).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. Not read from a running Mailu; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: every refusal of Mailu's own words above that a server delivering to a Mailu domain can meet.
# Changed: the force_actions messages get rspamd's milter code "554 5.7.1" (the configuration gives the words only).
# Not served: the rest of Mailu's smtpd_client_restrictions (reject_non_fqdn_sender, reject_unknown_sender_domain,
# reject_unknown_recipient_domain: Postfix's words, which earlier parts serve), the unknown recipient of
# smtpd_reject_unlisted_recipient and the size limit (the same), nginx's "502 5.5.1 AUTH not supported" on port 25 and
# the authentication failure (only a client that logs in meets them), and rspamd's own spam, greylisting and virus
# texts (rspamd's words, not Mailu's). Served byte for byte, {sender} filled in by the server:
#   "530 5.7.0 Must issue a STARTTLS command first"                      RCPT TO   to sten@ (Postfix), stu@ (Exim)
#   "554 5.7.1 <{sender}>: Sender address rejected: Access denied"       RCPT TO   to rex@ (Postfix), rita@ (Exim)
#   "554 5.7.1 Rejected (anti-spoofing: noauth). Please setup DMARC with DKIM or SPF if you want to send emails from
#    your domain from other servers."                                    after the message   to nora@, noel@
#   "554 5.7.1 Rejected (anti-spoofing: DMARC compliance is enforced for local domains, regardless of the policy
#    setting)"                                                           after the message   to dana@, dora@
#   "554 5.7.1 Rejected (anti-spoofing: auth-failed)"                    after the message   to ada@, abe@
#   "451 4.7.1 Service unavailable - try again later"                    after the message   to milo@, mina@
# (all @beta.test, the first of each pair from the Postfix, the second from the Exim). The replies are chosen by
# recipient, not by anything the senders did: the senders' addresses are not the replaying server's domains, they sign
# nothing and send no TLS (the loopback senders have none), and the messages are short plain text with one recipient
# each (the temporary refusal is warned and then returned).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailu}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
STARTTLS='530 5.7.0 Must issue a STARTTLS command first'
SENDER='554 5.7.1 <{sender}>: Sender address rejected: Access denied'
NOAUTH='554 5.7.1 Rejected (anti-spoofing: noauth). Please setup DMARC with DKIM or SPF if you want to send emails from your domain from other servers.'
DMARC='554 5.7.1 Rejected (anti-spoofing: DMARC compliance is enforced for local domains, regardless of the policy setting)'
AUTHFAILED='554 5.7.1 Rejected (anti-spoofing: auth-failed)'
MILTER='451 4.7.1 Service unavailable - try again later'
printf '%s\t%s\t%s\n' \
    sten@beta.test rcpt "$STARTTLS" \
    stu@beta.test rcpt "$STARTTLS" \
    rex@beta.test rcpt "$SENDER" \
    rita@beta.test rcpt "$SENDER" \
    nora@beta.test eom "$NOAUTH" \
    noel@beta.test eom "$NOAUTH" \
    dana@beta.test eom "$DMARC" \
    dora@beta.test eom "$DMARC" \
    ada@beta.test eom "$AUTHFAILED" \
    abe@beta.test eom "$AUTHFAILED" \
    milo@beta.test eom "$MILTER" \
    mina@beta.test eom "$MILTER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
starttls-required	carol@alpha.test	sten@beta.test	192.0.2.25	Sten,\n\nthe bike shed key is under the mat.\n\nCarol
sender-access-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe cake stall needs a second table.\n\nCarol
antispoof-noauth	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe choir meets in the library this week.\n\nCarol
antispoof-dmarc-enforced	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe kayaks are booked for Sunday.\n\nCarol
antispoof-auth-failed	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe allotment gate has a new lock.\n\nCarol
milter-unavailable	carol@alpha.test	milo@beta.test	192.0.2.25	Milo,\n\nthe chess club starts at seven.\n\nCarol
exim-starttls-required	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe football kit is washed.\n\nPat
exim-sender-access-denied	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe book swap is on Friday.\n\nPat
exim-antispoof-noauth	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe village hall heating is fixed.\n\nPat
exim-antispoof-dmarc-enforced	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe litter pick starts at the church.\n\nPat
exim-antispoof-auth-failed	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe bowls match is moved to May.\n\nPat
exim-milter-unavailable	pat@pi.test	mina@beta.test	192.0.2.35	Mina,\n\nthe craft fair tables are ordered.\n\nPat
SEND
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
