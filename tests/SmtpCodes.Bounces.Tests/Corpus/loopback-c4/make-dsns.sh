#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-c4: a receiving SMTP server (../loopback-replay.py) answers with the two refusals that
# the help pages of Webhosting C4 (a Czech web host) quote in "Odeslaný e-mail se vrací zpět s chybou" ("a sent e-mail
# comes back with an error": https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou; in Czech, read with the search
# tool, no date shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are the ones C4 quotes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page's two entries, and what it says each means (translated from the Czech); the page names no stage, so each is
# served to RCPT TO (the envelope sender is known by then):
#   "Schránka neexistuje" (the mailbox does not exist): "[x.x.x.x]: 550 5.1.1 Sorry, no mailbox here by that name."
#         "the mailbox you are sending the e-mail to does not exist"; served without the page's "[x.x.x.x]: " (the
#         remote server's address, as a bounce shows it before the reply), with its final full stop
#                                                                                        for sona@, stan@beta.test
#   "Problém se SPF" (a problem with SPF): "[SPF] 1.2.3.4 is not allowed to send mail from nazev-vasi-domeny.cz."
#         "your domain has SPF set ... but you send e-mails through an SMTP server that the SPF in the domain's DNS does
#         not list"; the page quotes the text without a reply code: "550" is added (a permanent refusal, as the page's
#         advice, to change the SPF record, implies), its example address "1.2.3.4" replaced by the connecting client's
#         ({client}) and "nazev-vasi-domeny.cz" ("name-of-your-domain.cz") by the sending domain. Served to the senders'
#         second addresses, from which they send mail for gamma.test (../loopback-lib.sh's two-sender layout), so that
#         each sender meets its own address and domain in the reply:
#           client 192.0.2.24 (the sending Postfix's out2.alpha.test) "... from alpha.test.",
#           client 192.0.2.34 (the sending Exim's out2.pi.test) "... from pi.test."   for jana@, jiri@gamma.test
# The replies are chosen by recipient address or client address, not by anything the senders did: no SPF record is
# published or checked, and every address exists as far as the senders know.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-c4}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies. The SPF refusal answers every recipient of the
# second addresses (only gamma.test mail comes from them).
NO_MAILBOX='550 5.1.1 Sorry, no mailbox here by that name.'
printf '%s\t%s\t%s\n' \
    sona@beta.test rcpt "$NO_MAILBOX" \
    stan@beta.test rcpt "$NO_MAILBOX" \
    client:192.0.2.24 rcpt '550 [SPF] {client} is not allowed to send mail from alpha.test.' \
    client:192.0.2.34 rcpt '550 [SPF] {client} is not allowed to send mail from pi.test.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-mailbox	carol@alpha.test	sona@beta.test,stan@beta.test	192.0.2.25	Sona, Stan,\n\nthe tickets for the concert in Brno are booked.\n\nCarol
spf-not-allowed	carol@alpha.test	jana@gamma.test,jiri@gamma.test	192.0.2.25	Jana, Jiri,\n\nthe quarterly report is in the shared folder.\n\nCarol
exim-no-mailbox	pat@pi.test	sona@beta.test,stan@beta.test	192.0.2.35	Sona, Stan,\n\nthe glass from Bohemia was delivered.\n\nPat
exim-spf-not-allowed	pat@pi.test	jana@gamma.test,jiri@gamma.test	192.0.2.35	Jana, Jiri,\n\nthe new catalogue is printed.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
