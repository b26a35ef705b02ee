#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-weboke: a receiving SMTP server (../loopback-replay.py) answers with the three replies
# of receiving mail servers that Weboke (a Dutch web host) quotes and explains to its customers in its knowledge-base
# article "Email foutmeldingen: Mail delivery failed: returning message to sender"
# (https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html; in
# Dutch, read with the search tool, no date shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it
# all ends with the run. The words are the ones Weboke quotes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The article quotes each reply inside its customers' (Exim's) bounce line "SMTP error from remote mail server after RCPT
# TO:<...>", so each is served to RCPT TO; byte for byte, and what the article says each means (translated from the
# Dutch):
#   "550 5.1.0 Recipient rejected."
#         (the article's line ends there, with its full stop) "the domain has a valid mail server but the e-mail address
#         itself is refused. Usually because the e-mail address itself does not exist"          for rita@, rune@beta.test
#   "554 No relaying allowed - psmtp"
#         (Postini's words, "psmtp" its hosts' name) "this probably means that the mail server given for the domain does
#         not want to accept mail for that domain. In other words: the mail server probably does not even know the domain
#         and says this mail is not for me and I do not forward it"                           for nora@, nils@beta.test
#   "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table"
#         (Postfix's words, as the article quotes them, without the address Postfix writes before them) "the mail address
#         given simply does not exist"                                                        for vera@, vince@beta.test
# Not served: the article's other entries ("Unrouteable address", "Retry timeout exceeded", "All relevant MX records point
# to non-existent hosts", "Retry time not reached for any host after a long failure period") are the sending Exim's own
# words in its bounces, not a receiving server's reply.
# The replies are chosen by recipient address, not by anything the senders did: every address exists as far as the
# senders know, and the replaying server relays nothing.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-weboke}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
REJECTED='550 5.1.0 Recipient rejected.'
NO_RELAYING='554 No relaying allowed - psmtp'
VIRTUAL='550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table'
printf '%s\t%s\t%s\n' \
    rita@beta.test rcpt "$REJECTED" \
    rune@beta.test rcpt "$REJECTED" \
    nora@beta.test rcpt "$NO_RELAYING" \
    nils@beta.test rcpt "$NO_RELAYING" \
    vera@beta.test rcpt "$VIRTUAL" \
    vince@beta.test rcpt "$VIRTUAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-rejected	carol@alpha.test	rita@beta.test,rune@beta.test	192.0.2.25	Rita, Rune,\n\nthe tulip order for the market in Alkmaar is confirmed.\n\nCarol
no-relaying-allowed	carol@alpha.test	nora@beta.test,nils@beta.test	192.0.2.25	Nora, Nils,\n\nthe train to Utrecht is delayed again.\n\nCarol
user-unknown-virtual	carol@alpha.test	vera@beta.test,vince@beta.test	192.0.2.25	Vera, Vince,\n\nthe new website goes live on Monday.\n\nCarol
exim-recipient-rejected	pat@pi.test	rita@beta.test,rune@beta.test	192.0.2.35	Rita, Rune,\n\nthe cheese from Gouda arrived today.\n\nPat
exim-no-relaying-allowed	pat@pi.test	nora@beta.test,nils@beta.test	192.0.2.35	Nora, Nils,\n\nthe invoice follows by post.\n\nPat
exim-user-unknown-virtual	pat@pi.test	vera@beta.test,vince@beta.test	192.0.2.35	Vera, Vince,\n\nthe meeting room is booked for Thursday.\n\nPat
SEND
# six returns, all at once (every reply is permanent)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
