#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-relaydelay: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of relaydelay, Evan J. Harris's greylisting milter for Sendmail (2003, the first public implementation of the
# Greylisting method of his white paper, projects.puremagic.com/greylisting), as its source writes them (repository
# eharris/greylisting, read with the search tool: sendmail-perl-milter/relaydelay/relaydelay.pl, version 0.02, commit
# 018cf46772fc, "Copyright 2003 by Evan J. Harris --- All Rights Reserved", and the C port
# sendmail-milter/relaydelay/relaydelay.c, commit 0092e278898f, with the same smfi_setreply texts; no licence file
# shown beside them: only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are relaydelay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply at the stage the milter's callback sets it (Sendmail sends a milter's smfi_setreply text as
# "<code> <dsn> <text>"):
#   "451 4.7.1 Please try again later (TEMPFAIL)"   (envrcpt_callback, DELAY_MAIL: the [relay ip, sender, recipient]
#       triplet is new, or known but its block ($delay_mail_secs, 58 minutes) has not expired, so "Issuing a tempfail";
#       the code's comment: "I added the (TEMPFAIL) so it is easy to tell in the syslogs if the failure was due to the
#       processing of the milter"). To RCPT TO, to every attempt (the block never expires here), for gail@beta.test,
#       from both senders.
#   the same "451 4.7.1 Please try again later (TEMPFAIL)"   (eom_callback: with $tempfail_messages_after_data_phase
#       set, "wait until after the DATA phase before issuing the TEMPFAIL for delayed messages", the same greylisting
#       delay given after the message). After the final dot, to every attempt, for gwen@beta.test, from both senders.
#   "501 5.1.7 Malformed envelope from address: domain part invalid"   (envfrom_callback, $check_envelope_address_format:
#       the sender's domain part fails the milter's pattern, "If is invalid, then issue a permanent failure telling
#       why"). To MAIL FROM, to the Postfix's second address (192.0.2.24, the client for gamma.test): gil@, gia@.
#   "501 5.1.7 Malformed envelope from address: contains invalid characters"   (envfrom_callback: a character outside
#       33 to 126). To MAIL FROM, to the Exim's second address (192.0.2.34): gus@gamma.test.
# Not served: the other "Malformed envelope from address:" endings (contains whitespace, invalid punctuation characters,
# user part empty, domain part empty, too many at signs: the same refusal with other words, and only two client
# addresses to key them by), the bare SMFIS_TEMPFAIL of a database failure and the SMFIS_REJECT of BOUNCE_MAIL (no text
# of the milter's own: Sendmail's default would speak).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses are
# well formed, no greylist database ran, the messages are short plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 4 recipients to one reply text
# (4 to the 451: gail@ and gwen@ from each sender).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-relaydelay}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): relaydelay's replies.
TEMPFAIL='451 4.7.1 Please try again later (TEMPFAIL)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '501 5.1.7 Malformed envelope from address: domain part invalid' \
    client:192.0.2.34 mail '501 5.1.7 Malformed envelope from address: contains invalid characters' \
    gail@beta.test rcpt "$TEMPFAIL" \
    gwen@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
malformed-domain-part	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe bake sale moved to Saturday.\n\nCarol
greylisted-rcpt	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe projector is booked for ten.\n\nCarol
greylisted-after-data	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe seed catalogue came in the post.\n\nCarol
exim-malformed-invalid-characters	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe van is back from the garage.\n\nPat
exim-greylisted-rcpt	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe rota for next month is below.\n\nPat
exim-greylisted-after-data	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe gate code changes on Monday.\n\nPat
SEND
# two returns at once, then a warning after a minute and a return after 3 for each of the four temporary scenarios
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
