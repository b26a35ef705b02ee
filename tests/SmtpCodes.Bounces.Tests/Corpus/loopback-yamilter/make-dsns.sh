#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-yamilter: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of YAMilter ("Yet another Milter program", Troglodyne LLC, George S. Baugh; a Perl milter on Sendmail::PMilter that
# loads "recipes"), as its source writes them (repository Troglodyne-Internet-Widgets/YAMilter, read with the search
# tool: lib/Milter/Recipe.pm at commit d670be32e26f, whose config_code gives a recipe's refusal the codes "550 5.7.1"
# for action=reject and "450 4.7.1" for action=tempfail or defer; lib/Milter/Recipe/Language.pm at 27057fb14f61,
# lib/Milter/Recipe/ColdCall.pm at c3808ca55765, lib/Milter/Recipe/MailingList.pm at a2e21fe39e5d; the test
# t/Milter-Recipe.t at 22ca67b803c7, which expects the replies "550 5.7.1 no" and "450 4.7.1 Language used in mail body
# is incomprehensible to our users" on the wire; the README: MIT licence, "Copyright (c) 2026 Troglodyne LLC"; only the
# reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are YAMilter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Every recipe here refuses in a callback of the message's header or body, which the MTA answers after the final dot
# (its end-of-header and body callbacks run while the message arrives; the reply is the one to the end of data):
#   Language ("Reject mails which are not comprehensible to your userbase": Lingua::Identify guesses the language of
#   each body chunk, and one outside the configured "langs" is refused):
#     "550 5.7.1 Language used in mail body is incomprehensible to our users"   (action=reject, the default). For
#         lang@beta.test, from the Postfix.
#     "450 4.7.1 Language used in mail body is incomprehensible to our users"   (action=defer, the recipe's own
#         configuration example and the test's reply). To every attempt, for langd@beta.test, from the Exim.
#   ColdCall ("Milter to catch sales cold calls: mail from strangers which reads like a pitch": nobody here has written
#   to the sender, and the message shows at least min_traits of its traits; eom: config_reply($ctx, 'stranger; ' .
#   join(', ', @traits)), the traits in the code's order):
#     "550 5.7.1 stranger; meeting request, greets you by name"   (action=reject). For cold@beta.test, from the Postfix.
#     "550 5.7.1 stranger; reply to nothing we sent, follow-up"   (a Re: subject naming nothing sent from here, then
#         "following up" in the body). For chase@beta.test, from the Exim.
#   MailingList ("Milter to reject mailing list and bulk mail which breaks the rules for it"):
#     "550 5.7.1 Malformed List-Unsubscribe header (RFC 2369)"   (eoh: a list header not per RFC 2369). For
#         lu@beta.test, from the Postfix.
#     "550 5.7.1 List-Unsubscribe-Post without an https List-Unsubscribe (RFC 8058)"   (eoh). For lup@beta.test, from
#         the Postfix.
#     "550 5.7.1 Mailing list mail without a List-Id header"   (eoh: a message with a list header but without one the
#         site's "require" setting names, here List-Id as in the recipe's example). For lid@beta.test, from the Postfix.
#     "550 5.7.1 Malformed List-Id header (RFC 2919)"   (eoh). For mli@beta.test, from the Exim.
#     "550 5.7.1 Unsubscribe link in the body without a List-Unsubscribe header (RFC 2369)"   (eom: an unsubscribe or
#         opt-out link in the decoded body and no List-Unsubscribe header). For ul@beta.test, from the Exim.
# Not served: EnvelopeMatch's two replies (its own documentation: "This recipe does not work yet ... it dies at end of
# header"), the "tag" action (it adds a header and accepts), discard (no reply).
# The replies are chosen by recipient, not by anything the senders did: the messages are short plain English text
# without list headers, links or pitches. The temporary reply comes on every attempt; the Exim warns after a minute and
# returns the message after 3. At most 4 recipients to one reply text (2 to the Language text, one each for the others).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-yamilter}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): YAMilter's replies.
LANGUAGE='Language used in mail body is incomprehensible to our users'
printf '%s\t%s\t%s\n' \
    lang@beta.test eom "550 5.7.1 $LANGUAGE" \
    langd@beta.test eom "450 4.7.1 $LANGUAGE" \
    cold@beta.test eom '550 5.7.1 stranger; meeting request, greets you by name' \
    chase@beta.test eom '550 5.7.1 stranger; reply to nothing we sent, follow-up' \
    lu@beta.test eom '550 5.7.1 Malformed List-Unsubscribe header (RFC 2369)' \
    lup@beta.test eom '550 5.7.1 List-Unsubscribe-Post without an https List-Unsubscribe (RFC 8058)' \
    lid@beta.test eom '550 5.7.1 Mailing list mail without a List-Id header' \
    mli@beta.test eom '550 5.7.1 Malformed List-Id header (RFC 2919)' \
    ul@beta.test eom '550 5.7.1 Unsubscribe link in the body without a List-Unsubscribe header (RFC 2369)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
language	carol@alpha.test	lang@beta.test	192.0.2.25	Hi,\n\nthe bicycle repair workshop is on Saturday.\n\nCarol
cold-call	carol@alpha.test	cold@beta.test	192.0.2.25	Hi,\n\nthe new timetable for the pool is pinned up.\n\nCarol
malformed-list-unsubscribe	carol@alpha.test	lu@beta.test	192.0.2.25	Hi,\n\nthe parish newsletter goes out on Friday.\n\nCarol
unsubscribe-post	carol@alpha.test	lup@beta.test	192.0.2.25	Hi,\n\nthe allotment society meets next month.\n\nCarol
list-id-required	carol@alpha.test	lid@beta.test	192.0.2.25	Hi,\n\nthe running club route changed this week.\n\nCarol
exim-language-deferred	pat@pi.test	langd@beta.test	192.0.2.35	Hi,\n\nthe piano tuner is booked for Monday.\n\nPat
exim-cold-call	pat@pi.test	chase@beta.test	192.0.2.35	Hi,\n\nthe lost umbrella is at the front desk.\n\nPat
exim-malformed-list-id	pat@pi.test	mli@beta.test	192.0.2.35	Hi,\n\nthe book club picked a new title.\n\nPat
exim-unsubscribe-link	pat@pi.test	ul@beta.test	192.0.2.35	Hi,\n\nthe street party needs more tables.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 for the temporary scenario
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
