#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-poissonmagique: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Poisson Magique, DrDub's play-by-mail role-playing game server on Salmon (the Python mail application
# server that followed Lamson): a game master opens a campaign by mail to pm-new-game@, creates characters by mail to
# pm-new-pc@ and pm-new-npc@, players enrol through pm-enroll-<code>@ addresses and leave through pm-unenroll-<code>@,
# and in-game mail to a character's address is passed on between the players and the game master; the repository
# DrDub/poissonmagique, no licence file read; read with the search tool; only the reply texts are quoted. Its own code
# writes every reply below: app/handlers/game.py (commit 4b8df82e5cd1), the Salmon handlers NEW_CAMPAIGN and
# NEW_CAMPAIGN_ES, NEW_ATTRIBUTION, NEW_CHARACTER, ENROLL, GAME_END, GAME_SUMMARY, PC_END and START, each raising
# salmon.server.SMTPError(550, <text>) when the configuration's silent flag is off (config/settings.py, commit
# 30e8ebe2927e, sets is_silent_config = True, which a localsettings.py may override; with it on, the same cases are
# only logged and dropped, so the refusals need it off: the run's choice). Salmon's router lets an SMTPError through
# (Router.call_safely re-raises it) and its receiver answers the message's final dot with str(err), which SMTPError
# builds as "%d %s" % (code, message) (salmon/server.py, _deliver and SMTPError): one line, no enhanced status code.
#   "550 Unknown sender" (the envelope's From is no player or game master the server knows; START and every pm-
#   service address but pm-new-game@ and pm-enroll-...@);
#   "550 Already playing <campaign name>" (to pm-new-game@, pm-new-game-es@ and pm-enroll-...@: the sender already
#   plays in a campaign, whose name follows);
#   "550 Not a GM" (to pm-new-pc@, pm-new-npc@ and pm-summary@: the sender plays but is not the campaign's game master);
#   "550 Enrollment code invalid" (to pm-enroll-<code>@: no enrolment waits under that code);
#   "550 Unenrollment code invalid" (to pm-unenroll-<code>@: no unenrolment waits under that code).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Poisson Magique's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot, as Salmon routes a
# message only once it has it whole):
#   "550 Unknown sender"   for ria@ and tam@ beta.test (a character's address, START)
#   "550 Already playing The Drowned Abbey"   for pm-new-game@ beta.test
#   "550 Already playing La Torre Hundida"   for pm-new-game-es@ beta.test
#   "550 Not a GM"   for pm-new-npc@ and pm-summary@ beta.test
#   "550 Enrollment code invalid"   for pm-enroll-4c1e9a@ and pm-enroll-e5b07d@ beta.test
#   "550 Unenrollment code invalid"   for pm-unenroll-8d2f6b@ and pm-unenroll-3a9c4f@ beta.test
# Not served: the greeting and EHLO answer (Salmon's receivers use smtpd's or aiosmtpd's with "Salmon Mail router,
# version <n>"; the replaying server's are used), Salmon's own "451 Will not accept multiple recipients in one
# transaction" (a library's words, to a second RCPT TO) and smtpd's or aiosmtpd's stock replies. Mail from the
# server's own addresses (INTERNAL) and mail while silent is on are accepted (250) and dropped, so they make no DSN; the
# game's other answers (a duplicated character name, an unknown "as-" address) are mails sent back, not refusals.
# The replies are chosen by recipient, not by anything the senders did (the campaign names are this run's choice):
# each message has one recipient and is a few lines of plain text. Every reply is permanent, so each sender returns
# each message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; gamma.test is not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-poissonmagique}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Poisson Magique's replies.
UNKNOWN='550 Unknown sender'
PLAYING_EN='550 Already playing The Drowned Abbey'
PLAYING_ES='550 Already playing La Torre Hundida'
NOTGM='550 Not a GM'
ENROLL='550 Enrollment code invalid'
UNENROLL='550 Unenrollment code invalid'
printf '%s\t%s\t%s\n' \
    ria@beta.test eom "$UNKNOWN" \
    tam@beta.test eom "$UNKNOWN" \
    pm-new-game@beta.test eom "$PLAYING_EN" \
    pm-new-game-es@beta.test eom "$PLAYING_ES" \
    pm-new-npc@beta.test eom "$NOTGM" \
    pm-summary@beta.test eom "$NOTGM" \
    pm-enroll-4c1e9a@beta.test eom "$ENROLL" \
    pm-enroll-e5b07d@beta.test eom "$ENROLL" \
    pm-unenroll-8d2f6b@beta.test eom "$UNENROLL" \
    pm-unenroll-3a9c4f@beta.test eom "$UNENROLL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-sender	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nmy ranger waits at the ford with the lantern.\n\nCarol
already-playing	carol@alpha.test	pm-new-game@beta.test	192.0.2.25	The Salt Road\n\nA new campaign for four players.\n\nCarol
not-a-gm	carol@alpha.test	pm-new-npc@beta.test	192.0.2.25	Old Brannock (brannock)\n\nThe ferryman.\n\nCarol
enrollment-code-invalid	carol@alpha.test	pm-enroll-4c1e9a@beta.test	192.0.2.25	Hello,\n\nI would like to join the game.\n\nCarol
unenrollment-code-invalid	carol@alpha.test	pm-unenroll-8d2f6b@beta.test	192.0.2.25	Hello,\n\nI am leaving the game, thank you all.\n\nCarol
exim-unknown-sender	pat@pi.test	tam@beta.test	192.0.2.35	Tam,\n\nthe map shows a second stair under the chapel.\n\nPat
exim-already-playing	pat@pi.test	pm-new-game-es@beta.test	192.0.2.35	El Camino de Sal\n\nUna campana nueva.\n\nPat
exim-not-a-gm	pat@pi.test	pm-summary@beta.test	192.0.2.35	Summary\n\nPlease send the summary so far.\n\nPat
exim-enrollment-code-invalid	pat@pi.test	pm-enroll-e5b07d@beta.test	192.0.2.35	Hello,\n\nmy cousin sent me this address to join.\n\nPat
exim-unenrollment-code-invalid	pat@pi.test	pm-unenroll-3a9c4f@beta.test	192.0.2.35	Hello,\n\nplease drop my character.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
