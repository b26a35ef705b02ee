#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-carerix: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Carerix (a Dutch recruitment software vendor whose application sends its customers' mail) quotes in its Dutch help
# articles on bounces, as the receiving servers' words its customers meet; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the articles'; the DSNs are made.
# The articles, read with the search tool (whose stored copies are each article's opening; no date or licence shown):
#   [B] "E-mail bounce", http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce ("you send an e-mail and a
#       little later receive a bounce message ... often the bounce names a cause");
#   [S] "Carerix mail wordt als spam gezien", https://help.carerix.com/nl/articles/2113030-carerix-mail-wordt-als-spam-gezien
#       (its English copy "Carerix mail is considered as spam" gives the same replies).
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies, where each is served and what the articles say each means (translated from the Dutch):
#   [B] "Mailbox is niet beschikbaar" ("the address you are sending to does not exist or is not available; perhaps a
#   typing error, or a problem on the recipient's server makes the mailbox (temporarily) not exist"), to RCPT TO as
#   [B] shows them ("(in reply to RCPT TO command)"), one message to three recipients with one line each:
#     "550 sorry, no mailbox here by that name"                                        for ans@beta.test
#     "550 no mailbox by that name is currently available"                             for bart@beta.test
#     "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"                                for cor@beta.test
#         ([B] quotes it as an Exchange report line, "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"; the
#         report's "#" and "##" markers are left out, leaving the reply)
#   and "554 Invalid recipient"                                                        for dirk@, els@beta.test
#   [B] and [S] "Het bericht lijkt op spam" ("the receiving server sees your message as spam and so refuses it; why,
#   Carerix cannot know"; [S]: spam filters grow stricter, and mail with the customer's own domain as sender coming
#   from a carerix.net server may look suspect):
#     "550 High probability of spam", after the message's final dot (a verdict on the message)
#                                                                                      for fleur@, gijs@beta.test
#     "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", [S]'s form, to RCPT TO
#                                                                                      for hans@, ilse@beta.test
#     "550 5.7.1 Unable to relay", to RCPT TO (the articles quote "5.7.1 Unable to relay" without its basic code;
#         550 added, the code Exchange, whose words these are, gives them)              for jan@, joke@beta.test
# Not served: [B]'s "Recipient address rejected: undeliverable address:", "mailbox unavailable", "#5.1.0 Address
# rejected ...", "Recipient address rejected: User unknown in virtual alias table" and "Relay access denied." (quoted
# without any code), [S]'s "The following organization rejected your message" (a report's words, not a reply), and
# [B]'s "5.7.1 rejected content, black liste...", cut in the stored copy.
# The replies are chosen by recipient address, not by anything the senders did; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-carerix}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY). An eom reply answers for the whole message, keyed by its first
# recipient.
RCPTHOSTS="553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"
printf '%s\t%s\t%s\n' \
    ans@beta.test rcpt '550 sorry, no mailbox here by that name' \
    bart@beta.test rcpt '550 no mailbox by that name is currently available' \
    cor@beta.test rcpt '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' \
    dirk@beta.test rcpt '554 Invalid recipient' \
    els@beta.test rcpt '554 Invalid recipient' \
    fleur@beta.test eom '550 High probability of spam' \
    hans@beta.test rcpt "$RCPTHOSTS" \
    ilse@beta.test rcpt "$RCPTHOSTS" \
    jan@beta.test rcpt '550 5.7.1 Unable to relay' \
    joke@beta.test rcpt '550 5.7.1 Unable to relay' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-not-available	carol@alpha.test	ans@beta.test,bart@beta.test,cor@beta.test	192.0.2.25	Ans, Bart, Cor,\n\nthe interview with the candidate is on Wednesday.\n\nCarol
invalid-recipient	carol@alpha.test	dirk@beta.test,els@beta.test	192.0.2.25	Dirk, Els,\n\nthe vacancy text is ready for review.\n\nCarol
high-probability-of-spam	carol@alpha.test	fleur@beta.test,gijs@beta.test	192.0.2.25	Fleur, Gijs,\n\nthe contract for the new hire is signed.\n\nCarol
allowed-rcpthosts	carol@alpha.test	hans@beta.test,ilse@beta.test	192.0.2.25	Hans, Ilse,\n\nthe timesheets are due on Friday.\n\nCarol
unable-to-relay	carol@alpha.test	jan@beta.test,joke@beta.test	192.0.2.25	Jan, Joke,\n\nthe job fair stand is booked.\n\nCarol
exim-mailbox-not-available	pat@pi.test	ans@beta.test,bart@beta.test,cor@beta.test	192.0.2.35	Ans, Bart, Cor,\n\nthe reference check came back positive.\n\nPat
exim-invalid-recipient	pat@pi.test	dirk@beta.test,els@beta.test	192.0.2.35	Dirk, Els,\n\nthe onboarding day moved to Monday.\n\nPat
exim-high-probability-of-spam	pat@pi.test	fleur@beta.test,gijs@beta.test	192.0.2.35	Fleur, Gijs,\n\nthe salary proposal is attached to the file.\n\nPat
exim-allowed-rcpthosts	pat@pi.test	hans@beta.test,ilse@beta.test	192.0.2.35	Hans, Ilse,\n\nthe new laptop is on order.\n\nPat
exim-unable-to-relay	pat@pi.test	jan@beta.test,joke@beta.test	192.0.2.35	Jan, Joke,\n\nthe team outing is on the 14th.\n\nPat
SEND
# ten returns, all at once (every reply is permanent)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
