#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-barid: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# barid, ohnx's small mail server in C for Linux (multi-threaded on epoll, STARTTLS with mbed TLS, IPv6; "not a relaying
# server": it takes mail from other MTAs for the domains it is configured with and writes it to mbox or maildir files;
# the repository ohnx/barid, version string "barid v1.0.1b"; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below, in capitals, with no enhanced code:
# src/smtp.c (commit c93796d8381c, smtp_handlecode: one fixed text for each code; the same table at commit 11ea0c15b443,
# where the size refusal was still "522 TOO MUCH DATA!"), src/networker.c (commit ce6d7f7aaa9f and a later stored
# version with the 552: networker_loop, which maps each error of the mail functions to a code), src/mail.c (commit
# 04551c24deed: mail_addattr's checks of a RCPT TO address and mail_appenddata's size cap), include/mail.h (commit
# 1580e929b152: the MAIL_ERROR_ values), include/common.h (commit 0b2a5101ae57: MAIL_MAX_TO_C, 131072 bytes of
# recipient addresses, "512 recipients @ 256 bytes per email", and MAIL_MAX_DATA_C, 16777216 bytes of message) and
# README (commit 11ea0c15b443). The replies, as networker_loop sends them:
#   to RCPT TO "550 USER NOT LOCAL" (MAIL_ERROR_USRNOTLOCAL: the address's domain is not in the server's list of
#   domains, unless that list is the wildcard "*"), "450 BAD MAILBOX :(" (MAIL_ERROR_INVALIDEMAIL: the local part starts
#   with a dot or the address holds a forward slash; the same answer on every attempt), "452 TOO MANY RCPTS"
#   (MAIL_ERROR_RCPTMAX: the message's recipient addresses would pass MAIL_MAX_TO_C) and "451 INTERNAL ERROR"
#   (MAIL_ERROR_OOM: the server could not allocate memory for the address); while the message arrives "552 TOO MUCH
#   DATA!" (MAIL_ERROR_DATAMAX: the message would pass MAIL_MAX_DATA_C) and "451 INTERNAL ERROR" (MAIL_ERROR_OOM while
#   storing a line of it). The server answers those two while the data still comes, before the final dot; a relaying MTA
#   reads the first answer after it has sent the dot, so the replaying server gives them after the final dot.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# barid's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 USER NOT LOCAL"    to RCPT TO, for gus@ and gil@ gamma.test (a domain the server is not configured for)
#   "450 BAD MAILBOX :("    to RCPT TO, to every attempt, for ops/desk@ and it/desk@ beta.test (a slash in the address)
#   "452 TOO MANY RCPTS"    to RCPT TO, to every attempt, for rex@ and rik@ beta.test, each the second recipient of a
#                           message whose first one (ann@, amy@ beta.test) is accepted
#   "451 INTERNAL ERROR"    to RCPT TO, to every attempt, for ida@ and ivo@ beta.test
#   "552 TOO MUCH DATA!"    after the message, for tom@ and tia@ beta.test
#   "451 INTERNAL ERROR"    after the message, to every attempt, for oma@ and ona@ beta.test
# Not served: the greeting "220 <host> barid v1.0.1b" and the EHLO answer "250-barid mail server" / "250-STARTTLS" /
# "250 RSET" (the replaying server's are used), "220 LET'S STARTTLS", "354 SEND DATA PLZ!", "221 BYE" and "250 OK";
# "501 ARGUMENT ERROR" (an address without angle brackets or without an @, or a short command: no relaying MTA sends
# them, but barid also answers it to the null sender "MAIL FROM:<>" of a bounce, which has no @; not made here, as the
# senders send no bounce to it), "502 NOTIMPLEMENTED" and "503 WRONG SEQUENCE" (commands it does not know or that come
# out of order), "500 LINE TOO LONG!" (a line of more than 4096 bytes) and "422 MAILBOX FULL!!" (in smtp_handlecode's
# table, but no code path of networker_loop asks for it). barid delivers after it has answered 250 to the final dot, so a
# delivery that fails makes no refusal. The replies are chosen by recipient, not by anything the senders did: each
# message is a few lines of plain text to one recipient (two for the recipient limit), far from 16 MiB or 512
# recipients. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text at one stage.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-barid}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): barid's replies.
NOTLOCAL='550 USER NOT LOCAL'
BADMAILBOX='450 BAD MAILBOX :('
TOOMANY='452 TOO MANY RCPTS'
INTERNAL='451 INTERNAL ERROR'
TOOMUCH='552 TOO MUCH DATA!'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NOTLOCAL" \
    gil@gamma.test rcpt "$NOTLOCAL" \
    ops/desk@beta.test rcpt "$BADMAILBOX" \
    it/desk@beta.test rcpt "$BADMAILBOX" \
    rex@beta.test rcpt "$TOOMANY" \
    rik@beta.test rcpt "$TOOMANY" \
    ida@beta.test rcpt "$INTERNAL" \
    ivo@beta.test rcpt "$INTERNAL" \
    tom@beta.test eom "$TOOMUCH" \
    tia@beta.test eom "$TOOMUCH" \
    oma@beta.test eom "$INTERNAL" \
    ona@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-not-local	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants trimming.\n\nCarol
bad-mailbox	carol@alpha.test	ops/desk@beta.test	192.0.2.25	Hello,\n\nthe rota for the tea urn is pinned up.\n\nCarol
too-many-recipients	carol@alpha.test	ann@beta.test,rex@beta.test	192.0.2.25	Ann, Rex,\n\nthe ferry leaves at half past eight.\n\nCarol
internal-error-at-rcpt	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe seed swap is in the old school.\n\nCarol
too-much-data	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe kite festival is on the downs.\n\nCarol
internal-error-after-data	carol@alpha.test	oma@beta.test	192.0.2.25	Oma,\n\nthe quilt show opens on Saturday.\n\nCarol
exim-user-not-local	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe barn owl is back in the oak.\n\nPat
exim-bad-mailbox	pat@pi.test	it/desk@beta.test	192.0.2.35	Hello,\n\nthe projector cable is in the drawer.\n\nPat
exim-too-many-recipients	pat@pi.test	amy@beta.test,rik@beta.test	192.0.2.35	Amy, Rik,\n\nthe choir meets in the chapel tonight.\n\nPat
exim-internal-error-at-rcpt	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe bee hives need checking.\n\nPat
exim-too-much-data	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe orchard walk starts by the gate.\n\nPat
exim-internal-error-after-data	pat@pi.test	ona@beta.test	192.0.2.35	Ona,\n\nthe jam stall sold out early.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the eight
# temporary refusals (four to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
