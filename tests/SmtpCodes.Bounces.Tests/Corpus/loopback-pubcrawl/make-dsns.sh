#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pubcrawl: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# pubcrawl, Jack Coulter's (jscinoz's) mailing-list manager written as a plugin for Haraka, the Node.js mail server (its
# package.json: "Mailing list plugin for Haraka", Haraka 1.3.x, mongoose, q; lists and subscribers in MongoDB, a web
# interface on Express beside it; its README calls it "WIP, not yet functional"): a list is an address
# <list name>@<serverName> and the plugin's rcpt hook accepts a recipient only when the list exists and the envelope
# sender is a confirmed subscriber of it (the repository jscinoz/pubcrawl; no licence file among the files the search
# tool holds and no licence in package.json; read with the search tool; only the reply texts are quoted), whose own code
# writes the words of every reply below:
#   lib/hooks/rcpt.js (commit 2695d536379e: the rcpt hook; next(constants.deny, "I don't handle mail for " + rcpt.host)
#   when the recipient's domain is not the configured serverName; then, with Subscriber.findByAddress(mail_from) and
#   List.findByName(rcpt.user), next(constants.denysoft, ...) with "No subscriber found for " + mail_from.toString()
#   when the sender is no subscriber, "No such list '" + rcpt.user + "', go away." when no list has that name,
#   "Subscriber " + subscriber.email + " is not a subscribed to " + (list.displayName || list.name) when the sender is
#   not on the list, and "Subscriber " + subscriber.email + " has not yet responded to the confirmation message for
#   list " + (list.displayName || list.name) when the subscription is not confirmed), lib/pubcrawl.js and
#   haraka/plugins/pubcrawl.js (the same commit: the plugin, a link to lib/pubcrawl.js, exports lib/hooks' rcpt,
#   rcpt_ok, queue and queue_ok), lib/schema/Subscriber.js (the same commit: email lower-cased; findByAddress strips
#   the angle brackets of Haraka's Address), haraka/config/plugins (commit d2b1359b4fd1: Haraka's own dnsbl,
#   data.rfc5322_header_checks, helo.checks, mail_from.access, mail_from.is_resolvable, max_unrecognized_commands,
#   rcpt_to.access, rcpt_to.in_host_list and queue/smtp_forward, then pubcrawl), package.json (commit 0d94337f9114:
#   Haraka 1.3.x); the frame is Haraka's own, read in Haraka 1.3.0's connection.js and address.js (the npm package
#   Haraka@1.3.0, fetched with `npm pack`): rcpt_respond writes DENY as "550 <msg>" and DENYSOFT as "450 <msg>", one
#   line, no enhanced code, no uuid (deny_includes_uuid is unset); mail_from.toString() is Address.format(),
#   "<user@host>"; Haraka's default config/host_list holds only haraka.local, so rcpt_to.in_host_list passes the list
#   domain on to pubcrawl's hook.
#   To RCPT TO "550 I don't handle mail for gamma.test" and, to every attempt, "450 No subscriber found for
#   <carol@alpha.test>", "450 No such list 'knitting', go away.", "450 Subscriber carol@alpha.test is not a subscribed
#   to Garden Club" and "450 Subscriber carol@alpha.test has not yet responded to the confirmation message for list
#   Choir" (and the Exim sender's own).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugin's, in Haraka's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# The list server's serverName is beta.test (each recipient at beta.test is a list's name); gamma.test, which the
# replaying server also receives, stands for a domain the list server does not serve.
# Each reply byte for byte, at the stage the code sends it:
#   "550 I don't handle mail for gamma.test"   to RCPT TO, for gus@ and gil@ gamma.test
#   "450 No subscriber found for <carol@alpha.test>"   to RCPT TO, to every attempt, for walkers@beta.test
#   "450 No subscriber found for <pat@pi.test>"   to RCPT TO, to every attempt, for ramblers@beta.test
#   "450 No such list 'knitting', go away."   to RCPT TO, to every attempt, for knitting@beta.test
#   "450 No such list 'chess', go away."   to RCPT TO, to every attempt, for chess@beta.test
#   "450 Subscriber carol@alpha.test is not a subscribed to Garden Club"   to RCPT TO, to every attempt, for
#       garden@beta.test
#   "450 Subscriber pat@pi.test is not a subscribed to Film Society"   to RCPT TO, to every attempt, for films@beta.test
#   "450 Subscriber carol@alpha.test has not yet responded to the confirmation message for list Choir"   to RCPT TO,
#       to every attempt, for choir@beta.test
#   "450 Subscriber pat@pi.test has not yet responded to the confirmation message for list Book Club"   to RCPT TO, to
#       every attempt, for bookclub@beta.test
# The list names and display names are made up for the run; the sender in each text is the envelope sender of the MTA
# that meets it (carol@alpha.test the Postfix's, pat@pi.test the Exim's).
# Not served: the rcpt hook's "Internal Server Error:\n" + err.stack when a lookup fails (Haraka 1.3.0's respond writes
# the message as one line, so the stack's line breaks would go out as bare lines without a reply code, not an SMTP
# reply); rcpt_ok's "List <name> has no subscribers" (written with constants.DENY, which Haraka's constants do not
# define, and a hook whose result Haraka does not answer with); the later src/ and plugin/ layouts (the same texts,
# their host test naming an undefined variable); the replies of Haraka's own plugins in the list; Haraka's greeting,
# EHLO answer and stock replies.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The Postfix and the Exim warn after a minute and return after three for the temporary replies.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pubcrawl}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): pubcrawl's rcpt hook's replies in Haraka's frame.
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "550 I don't handle mail for gamma.test" \
    gil@gamma.test rcpt "550 I don't handle mail for gamma.test" \
    walkers@beta.test rcpt '450 No subscriber found for <carol@alpha.test>' \
    ramblers@beta.test rcpt '450 No subscriber found for <pat@pi.test>' \
    knitting@beta.test rcpt "450 No such list 'knitting', go away." \
    chess@beta.test rcpt "450 No such list 'chess', go away." \
    garden@beta.test rcpt '450 Subscriber carol@alpha.test is not a subscribed to Garden Club' \
    films@beta.test rcpt '450 Subscriber pat@pi.test is not a subscribed to Film Society' \
    choir@beta.test rcpt '450 Subscriber carol@alpha.test has not yet responded to the confirmation message for list Choir' \
    bookclub@beta.test rcpt '450 Subscriber pat@pi.test has not yet responded to the confirmation message for list Book Club' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-handled-here	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gate needs a new latch.\n\nCarol
no-subscriber-found	carol@alpha.test	walkers@beta.test	192.0.2.25	Walkers,\n\nSaturday's route starts at the old mill.\n\nCarol
no-such-list	carol@alpha.test	knitting@beta.test	192.0.2.25	Knitters,\n\nthe wool shop has a sale on this week.\n\nCarol
not-subscribed	carol@alpha.test	garden@beta.test	192.0.2.25	Gardeners,\n\nthe seed swap is on the first Sunday.\n\nCarol
not-confirmed	carol@alpha.test	choir@beta.test	192.0.2.25	Choir,\n\nrehearsal moves to the church hall.\n\nCarol
exim-not-handled-here	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tide tables for March are out.\n\nPat
exim-no-subscriber-found	pat@pi.test	ramblers@beta.test	192.0.2.35	Ramblers,\n\nbring a torch for the evening walk.\n\nPat
exim-no-such-list	pat@pi.test	chess@beta.test	192.0.2.35	Chess players,\n\nthe winter tournament draw is up.\n\nPat
exim-not-subscribed	pat@pi.test	films@beta.test	192.0.2.35	Film society,\n\nnext month we show a silent comedy.\n\nPat
exim-not-confirmed	pat@pi.test	bookclub@beta.test	192.0.2.35	Book club,\n\nI have finished the novel at last.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the four
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
