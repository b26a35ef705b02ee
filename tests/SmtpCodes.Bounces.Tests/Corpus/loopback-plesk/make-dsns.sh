#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-plesk: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Plesk's own support articles show its mail server (Plesk for Linux: Postfix with Plesk's milter psa-pc-remote, which
# runs Plesk's mail handlers 'grey', 'spf', 'dmarc', 'limit-out', ...) giving to mail, read with the search tool (Plesk
# knowledge base, WebPros/Plesk International GmbH; quoted log lines and their explanations; no licence stated, the
# replies are quoted as facts):
#   - "Email is not delivered: DEFER during call 'grey' handler" (support.plesk.com/hc/en-us/articles/213369789, applicable
#     to Plesk 10.x to Onyx for Linux): "milter-reject: DATA from ...: 451 4.7.1 Service unavailable - try again later";
#     "This is an expected behavior of Greylisting that introduces a short delay before accepting mail: mail gets
#     deferred for the first time, then gets delivered for the second attempt". Its later version (plesk.com/?p=214013,
#     "Email messages and mailing list deliveries are delayed") shows the same reply at DATA and gives the same cause.
#   - "Incoming messages routed through an antispam server are rejected by SPF: REJECT during call 'spf' handler"
#     (support.plesk.com/hc/en-us/articles/12377061932567): "milter-reject: END-OF-MESSAGE from ...: 5.7.1 Command
#     rejected"; the cause: the relaying host's address "doesn't match the domain's SPF record, so the email gets
#     rejected". (Postfix's cleanup logs a milter's reply after the message without its basic code; article 214013
#     shows the same handler REJECT at DATA as "550 5.7.1 Command rejected", the code served here.)
#   - "Plesk mailbox is not receiving email from external domain: Found DMARC record containd a bad token value"
#     (support.plesk.com/hc/en-us/articles/12388468156055): "The rejection message on the side of the email sender itself
#     may contain an error that is similar to the following: Wrong the essential DMARC policy parameters for
#     'example.com': 'Found DMARC record contains a bad token value'"; the cause: "DMARC policy misconfiguration on sender
#     domain is preventing the email from reaching the mailbox".
#   - "How outgoing messages limit works" (support.plesk.com/hc/en-us/articles/213389069, Plesk 12.0 to Onyx for Linux):
#     "REJECT during call 'limit-out' handler ... milter-reject: END-OF-MESSAGE from ...: 5.7.0 Your message could not be
#     sent. The limit on the number of allowed outgoing messages was exceeded. Try again later." (the refusal a client
#     relaying through a Plesk server meets once its mailbox, domain or subscription passed its hourly limit).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. Not read from a running Plesk; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: every reply of those articles that a sending MTA can meet, once from each sender. Changed: the
# DMARC text gets the run's "550 5.7.1" (the article quotes the words only; 550 5.7.1 is the code Plesk's handlers'
# rejections carry in article 214013) and the sender's own domain for 'example.com' (alpha.test to the Postfix's
# recipient, pi.test to the Exim's); the outgoing limit gets the run's "550" before the logged "5.7.0" (the enhanced code
# is permanent, so the basic code is of class 5). Not served: the grey handler's "550 5.7.1 Command rejected" at DATA
# (article 214013 shows it but says nothing of what made it), and the replies of other servers that Plesk's articles on
# outgoing mail quote (Gmail's, Outlook.com's, Yahoo's, Proofpoint's). Served byte for byte:
#   "451 4.7.1 Service unavailable - try again later"                  DATA                to gale@ (Postfix), gil@ (Exim)
#   "550 5.7.1 Command rejected"                                       after the message   to sid@, sue@
#   "550 5.7.1 Wrong the essential DMARC policy parameters for 'alpha.test': 'Found DMARC record contains a bad token
#    value'"                                                           after the message   to dina@ (Postfix)
#   the same with 'pi.test'                                            after the message   to dirk@ (Exim)
#   "550 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try
#    again later."                                                     after the message   to lena@, lou@
# (all @beta.test, the first of each pair from the Postfix, the second from the Exim). The replies are chosen by
# recipient, not by anything the senders did: the senders were never seen before and keep retrying, have no SPF or
# DMARC records, and send one short plain-text message each (the temporary refusal is warned and then returned).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-plesk}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
GREY='451 4.7.1 Service unavailable - try again later'
SPF='550 5.7.1 Command rejected'
DMARC="550 5.7.1 Wrong the essential DMARC policy parameters for '%s': 'Found DMARC record contains a bad token value'"
LIMIT='550 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.'
# shellcheck disable=SC2059
printf '%s\t%s\t%s\n' \
    gale@beta.test data "$GREY" \
    gil@beta.test data "$GREY" \
    sid@beta.test eom "$SPF" \
    sue@beta.test eom "$SPF" \
    dina@beta.test eom "$(printf "$DMARC" alpha.test)" \
    dirk@beta.test eom "$(printf "$DMARC" pi.test)" \
    lena@beta.test eom "$LIMIT" \
    lou@beta.test eom "$LIMIT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
greylisting-deferred	carol@alpha.test	gale@beta.test	192.0.2.25	Gale,\n\nthe hedge trimmer is back on its hook.\n\nCarol
spf-rejected	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe orchard walk is on Saturday.\n\nCarol
dmarc-bad-token	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe quilt show opens at ten.\n\nCarol
outgoing-limit	carol@alpha.test	lena@beta.test	192.0.2.25	Lena,\n\nthe plant sale needs more pots.\n\nCarol
exim-greylisting-deferred	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe darts league starts next week.\n\nPat
exim-spf-rejected	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe pantomime tickets are on sale.\n\nPat
exim-dmarc-bad-token	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe river path is flooded again.\n\nPat
exim-outgoing-limit	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe carol singers meet at six.\n\nPat
SEND
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
