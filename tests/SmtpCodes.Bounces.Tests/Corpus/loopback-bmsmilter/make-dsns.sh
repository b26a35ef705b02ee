#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bmsmilter: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of the "milter" package of Stuart D. Gathman (Business Management Systems, bmsi.com; the author of pymilter;
# GPL, as its files say): bms.py, its full anti-spam milter, and spfmilter.py, its small SPF milter, with the stock
# milter.cfg. Read with the search tool in the repository sdgathman/milter:
#   bms.py (the stored version, file id 44424477164): envrcpt (RCPT TO) refuses a recipient domain listed in
#     private_relay from an outside client, "550 5.7.1 Unauthorized relay for <domain>"; a blacklisted sender to an
#     exempt recipient, "550 5.7.1 Sending domain has been blacklisted"; a sender domain whose GOSSiP reputation is
#     below -50, "550 5.7.1 <domain> has been sending mostly spam"; and greylists a new triplet with the two-line
#     "451 4.7.1 Greylisted: http://projects.puremagic.com/greylisting/" / "Please retry in %.1f minutes" (the stock
#     milter.cfg's [greylist] time = 5 minutes: "5.0 minutes"); data (the reply to DATA) refuses ordinary mail to an
#     address that only takes DSNs with forged_bounce's four lines "I do not accept normal mail from %s." (the MAIL FROM
#     as the MTA hands it to the milter, "<carol@alpha.test>", up to its "@": "<carol"), "All such mail has turned out
#     to be Delivery Status Notifications", "which failed to be marked as such.  Please send a real DSN if", "you need
#     to.  Use another MAIL FROM if you need to send me mail."; check_header (headers, answered after the message)
#     refuses a Subject with the stock spam_words or porn_words, "550 5.7.1 That subject is not allowed", an "ADV:"
#     Subject, "550 5.7.1 No soliciting allowed", an unedited forward to a block_forward user, "550 5.7.1 I find unedited
#     forwards annoying", and porn words in the From name, "550 5.7.1 Watch your language"; eoh and check_spam refuse
#     what the dspam dictionary scores as spam, "550 5.7.1 Your Message looks spammy", a blacklisted sender's message
#     that dspam scored as ham, "550 5.7.1 Sender email local blacklist", and a blacklisted sender's message too large
#     for dspam, "550 5.7.1 <sender> has been blacklisted.";
#   spfmilter.py (commit 0758f99b39a1c18f47d5af23ac6396f7ba22a881): envfrom (MAIL FROM) refuses an SPF fail with the
#     explanation it sets as default, "SPF fail: see http://openspf.net/why.html?sender=%s&ip=%s" (the sender and the
#     client's address), under the code the SPF library gives a fail (550) and 5.7.1; and, where the access file's
#     spf-neutral policy says REJECT, "550 5.7.1 %s requires an SPF PASS to accept mail from %s. [http://openspf.net]"
#     (the receiving MTA's name, the $j macro, here mx.beta.test, and the sender).
# The milter hands code, extended code and lines to the MTA with setreply, and Sendmail and Postfix send them as one
# reply, a multi-line one where the milter gives several lines; the served lines are those. A sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the milters';
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, each at the stage the code gives it (the greylisting to every attempt, so each sender warns
# after a minute and returns after 3):
#   "550 5.7.1 SPF fail: see http://openspf.net/why.html?sender={sender}&ip={client}"  (MAIL FROM, to the sending
#                                     Postfix's second address, which it uses for gamma.test)   gus@gamma.test (Postfix)
#   "550 5.7.1 mx.beta.test requires an SPF PASS to accept mail from {sender}. [http://openspf.net]"  (MAIL FROM, to the
#                                     sending Exim's second address)                            gus@gamma.test (Exim)
#   "550 5.7.1 Unauthorized relay for beta.test"  (RCPT TO)                    to ursa@beta.test (Postfix and Exim)
#   "550 5.7.1 Sending domain has been blacklisted"  (RCPT TO)                 to bill@beta.test (Postfix and Exim)
#   "550 5.7.1 alpha.test has been sending mostly spam"  (RCPT TO)             to ron@beta.test (Postfix)
#   "550 5.7.1 pi.test has been sending mostly spam"  (RCPT TO)                to rob@beta.test (Exim)
#   "451-4.7.1 Greylisted: http://projects.puremagic.com/greylisting/" / "451 4.7.1 Please retry in 5.0 minutes"
#                                     (RCPT TO)                                 to gwen@beta.test (Postfix and Exim)
#   "550-5.7.1 I do not accept normal mail from <carol." and its three more lines  (DATA)    to dan@beta.test (Postfix)
#   "550-5.7.1 I do not accept normal mail from <pat." and its three more lines  (DATA)      to dean@beta.test (Exim)
#   "550 5.7.1 That subject is not allowed"  (after the final dot)             to subj@beta.test (Postfix and Exim)
#   "550 5.7.1 No soliciting allowed"  (after the final dot)                   to adv@beta.test (Postfix)
#   "550 5.7.1 I find unedited forwards annoying"  (after the final dot)       to fwd@beta.test (Postfix and Exim)
#   "550 5.7.1 Watch your language"  (after the final dot)                     to lang@beta.test (Exim)
#   "550 5.7.1 Your Message looks spammy"  (after the final dot)               to spammy@beta.test (Postfix and Exim)
#   "550 5.7.1 Sender email local blacklist"  (after the final dot)            to local@beta.test (Postfix)
#   "550 5.7.1 {sender} has been blacklisted."  (after the final dot)          to bl@beta.test (Exim)
# Not served: replies that quote the SPF library's own explanations (its HELO, permerror and temperror refusals),
# bms.py's delayed refusals, which it renders through HTML templates given at DATA, its refusals of clients and
# senders it treats as internal, of RCPT parameters, of mail to MAILER-DAEMON and of bad SRS signatures on bounces,
# and "We don't understand that charset" (block_chinese is off in the stock milter.cfg).
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are short
# plain text with plain subjects, the senders' domains publish no SPF record, are on no list, and nothing relays.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 its second address (gamma.test mail).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 its second address (gamma.test mail).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bmsmilter}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the milters' replies.
forged='All such mail has turned out to be Delivery Status Notifications'
dsn='which failed to be marked as such.  Please send a real DSN if'
another='you need to.  Use another MAIL FROM if you need to send me mail.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.7.1 SPF fail: see http://openspf.net/why.html?sender={sender}&ip={client}' \
    client:192.0.2.34 mail '550 5.7.1 mx.beta.test requires an SPF PASS to accept mail from {sender}. [http://openspf.net]' \
    ursa@beta.test rcpt '550 5.7.1 Unauthorized relay for beta.test' \
    bill@beta.test rcpt '550 5.7.1 Sending domain has been blacklisted' \
    ron@beta.test rcpt '550 5.7.1 alpha.test has been sending mostly spam' \
    rob@beta.test rcpt '550 5.7.1 pi.test has been sending mostly spam' \
    gwen@beta.test rcpt '451-4.7.1 Greylisted: http://projects.puremagic.com/greylisting/\n451 4.7.1 Please retry in 5.0 minutes' \
    dan@beta.test data "550-5.7.1 I do not accept normal mail from <carol.\n550-5.7.1 $forged\n550-5.7.1 $dsn\n550 5.7.1 $another" \
    dean@beta.test data "550-5.7.1 I do not accept normal mail from <pat.\n550-5.7.1 $forged\n550-5.7.1 $dsn\n550 5.7.1 $another" \
    subj@beta.test eom '550 5.7.1 That subject is not allowed' \
    adv@beta.test eom '550 5.7.1 No soliciting allowed' \
    fwd@beta.test eom '550 5.7.1 I find unedited forwards annoying' \
    lang@beta.test eom '550 5.7.1 Watch your language' \
    spammy@beta.test eom '550 5.7.1 Your Message looks spammy' \
    local@beta.test eom '550 5.7.1 Sender email local blacklist' \
    bl@beta.test eom '550 5.7.1 {sender} has been blacklisted.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hall is booked for the AGM.\n\nCarol
relay	carol@alpha.test	ursa@beta.test	192.0.2.25	Ursa,\n\nthe minibus is free on Thursday.\n\nCarol
blacklisted-domain	carol@alpha.test	bill@beta.test	192.0.2.25	Bill,\n\nthe fence panels arrive on Monday.\n\nCarol
reputation	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe rota for the tea urn is below.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe sponsored walk raised a lot.\n\nCarol
forged-bounce	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe tide tables are pinned up.\n\nCarol
subject	carol@alpha.test	subj@beta.test	192.0.2.25	Sue,\n\nthe poetry evening is on Friday.\n\nCarol
soliciting	carol@alpha.test	adv@beta.test	192.0.2.25	Ada,\n\nthe cricket nets are repaired.\n\nCarol
forward	carol@alpha.test	fwd@beta.test	192.0.2.25	Fred,\n\nthe churchyard mowing is done.\n\nCarol
spammy	carol@alpha.test	spammy@beta.test	192.0.2.25	Sam,\n\nthe village sign is repainted.\n\nCarol
local-blacklist	carol@alpha.test	local@beta.test	192.0.2.25	Lou,\n\nthe well dressing starts on Saturday.\n\nCarol
exim-spf-neutral	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe ceilidh band is booked.\n\nPat
exim-relay-and-domain	pat@pi.test	ursa@beta.test,bill@beta.test	192.0.2.35	Ursa, Bill,\n\nthe dry stone wall course is full.\n\nPat
exim-reputation	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe ferry is running late today.\n\nPat
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe bonfire is on the green.\n\nPat
exim-forged-bounce	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe regatta programme is printed.\n\nPat
exim-subject	pat@pi.test	subj@beta.test	192.0.2.35	Sue,\n\nthe allotment show has new classes.\n\nPat
exim-forward	pat@pi.test	fwd@beta.test	192.0.2.35	Fred,\n\nthe post office hours changed.\n\nPat
exim-language	pat@pi.test	lang@beta.test	192.0.2.35	Lana,\n\nthe choir sings at the harvest supper.\n\nPat
exim-spammy	pat@pi.test	spammy@beta.test	192.0.2.35	Sam,\n\nthe quay lights are fixed.\n\nPat
exim-blacklisted	pat@pi.test	bl@beta.test	192.0.2.35	Bella,\n\nthe youth club disco is on.\n\nPat
SEND
# nineteen returns at once, then a warning after a minute and a return after 3 for each greylisted message (two)
lb_wait 23 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
