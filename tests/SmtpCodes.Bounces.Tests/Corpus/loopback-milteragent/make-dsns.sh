#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-milteragent: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of MilterAgent, disco-v8's phishing-filter milter in Rust on Tokio (a Postfix or Sendmail hands it each
# message over the milter protocol; it parses the message with mail-parser, checks the decoded From, Subject, text and
# HTML against its configured filter rules, regular expressions with AND/OR and a final action REJECT, WARN, DROP or
# ACCEPT, and answers the MTA; its shipped rule files name the brands that phishing mail impersonates, Japanese banks,
# card issuers, carriers, railways and airlines, and refuse mail that uses such a name in its From without coming from
# the brand's own domain; the repository disco-v8/MilterAgent, no licence file read; read with the search tool; only
# the reply texts and rule names are quoted), whose own code writes every reply below:
# src/milter.rs (commit 28724e2d3575, send_milter_response: for the action REJECT it sends the milter REPLYCODE
# packet (0x79) with the text format!("550 5.7.1 Rejected: '{logname}' by MilterAgent") and then REJECT (0x72); the
# MTA gives that text as its reply to the end of the message), src/client.rs (the same commit, handle_client: the
# filters are checked at the end of the body, BODYEOB) and src/filter.rs (commit 01f7a6ce7427, filter_check: the
# logname is the name of the first filter whose rules end in a final action, the key of filter[<name>] in the rule
# files). The names are those of the shipped rule files: etc/MilterAgent.d/filter_bank.conf (commit 01f7a6ce7427:
# phish_mufg, phish_smbc, phish_rakuten, each "the From names the bank AND the From address is not at the bank's
# domain: REJECT"), etc/MilterAgent.d/filter_transport.conf (the same commit: phish_japanpost, phish_dhl and
# phish_yamato_html, the last "the From names Yamato Transport AND the HTML links outside the carrier's domains:
# REJECT") and etc/MilterAgent.d/filter.conf (commit 26f9b2f4e3c5: the example yourname, "the sender address is
# youraddress@example.com but its name is not YourName: REJECT", an impersonation of one's own address).
# The replies, each byte for byte (the MTA in front of the milter adds nothing to a REPLYCODE text):
#   "550 5.7.1 Rejected: 'phish_mufg' by MilterAgent"          after the message, for mia@ and mel@ beta.test
#   "550 5.7.1 Rejected: 'phish_smbc' by MilterAgent"          after the message, for sol@ and sam@ beta.test
#   "550 5.7.1 Rejected: 'phish_rakuten' by MilterAgent"       after the message, for rae@ and rob@ beta.test
#   "550 5.7.1 Rejected: 'phish_japanpost' by MilterAgent"     after the message, for jan@ and jo@ beta.test
#   "550 5.7.1 Rejected: 'phish_dhl' by MilterAgent"           after the message, for dee@ and don@ beta.test
#   "550 5.7.1 Rejected: 'phish_yamato_html' by MilterAgent"   after the message, for yas@ and yul@ beta.test
#   "550 5.7.1 Rejected: 'yourname' by MilterAgent"            after the message, for yve@ and yan@ beta.test
# Not served: the WARN action (the message is accepted with an X-MilterAgent header added, no DSN), DROP (the MTA
# discards the message and answers 250, no DSN), ACCEPT and NONE (accepted) and the MTA's own replies; MilterAgent
# writes no temporary reply (on a timeout or an error it closes the milter connection, and the MTA's own
# milter_default_action decides). The replies are chosen by recipient, not by anything the senders did: each message
# has one recipient and is a few lines of plain text. Every reply is permanent, so each DSN comes at once.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MilterAgent's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-milteragent}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MilterAgent's replies, as the MTA in front of it gives them.
MUFG="550 5.7.1 Rejected: 'phish_mufg' by MilterAgent"
SMBC="550 5.7.1 Rejected: 'phish_smbc' by MilterAgent"
RAKUTEN="550 5.7.1 Rejected: 'phish_rakuten' by MilterAgent"
JAPANPOST="550 5.7.1 Rejected: 'phish_japanpost' by MilterAgent"
DHL="550 5.7.1 Rejected: 'phish_dhl' by MilterAgent"
YAMATO="550 5.7.1 Rejected: 'phish_yamato_html' by MilterAgent"
YOURNAME="550 5.7.1 Rejected: 'yourname' by MilterAgent"
printf '%s\t%s\t%s\n' \
    mia@beta.test eom "$MUFG" \
    mel@beta.test eom "$MUFG" \
    sol@beta.test eom "$SMBC" \
    sam@beta.test eom "$SMBC" \
    rae@beta.test eom "$RAKUTEN" \
    rob@beta.test eom "$RAKUTEN" \
    jan@beta.test eom "$JAPANPOST" \
    jo@beta.test eom "$JAPANPOST" \
    dee@beta.test eom "$DHL" \
    don@beta.test eom "$DHL" \
    yas@beta.test eom "$YAMATO" \
    yul@beta.test eom "$YAMATO" \
    yve@beta.test eom "$YOURNAME" \
    yan@beta.test eom "$YOURNAME" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-phish-mufg	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe tomato seedlings are ready to plant out.\n\nCarol
rejected-phish-smbc	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe tide tables are pinned by the door.\n\nCarol
rejected-phish-rakuten	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe kite festival moved to Sunday.\n\nCarol
rejected-phish-japanpost	carol@alpha.test	jan@beta.test	192.0.2.25	Jan,\n\nthe choir sings at the harvest supper.\n\nCarol
rejected-phish-dhl	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe bike shed key is under the pot.\n\nCarol
rejected-phish-yamato-html	carol@alpha.test	yas@beta.test	192.0.2.25	Yas,\n\nthe quilt is finished at last.\n\nCarol
rejected-yourname	carol@alpha.test	yve@beta.test	192.0.2.25	Yve,\n\nthe orchard ladder is back in the barn.\n\nCarol
exim-rejected-phish-mufg	pat@pi.test	mel@beta.test	192.0.2.35	Mel,\n\nthe swallows are back under the eaves.\n\nPat
exim-rejected-phish-smbc	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe hedge wants trimming before May.\n\nPat
exim-rejected-phish-rakuten	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe jam jars are in the blue crate.\n\nPat
exim-rejected-phish-japanpost	pat@pi.test	jo@beta.test	192.0.2.35	Jo,\n\nthe footpath by the mill is open again.\n\nPat
exim-rejected-phish-dhl	pat@pi.test	don@beta.test	192.0.2.35	Don,\n\nthe scarecrow lost its hat in the gale.\n\nPat
exim-rejected-phish-yamato-html	pat@pi.test	yul@beta.test	192.0.2.35	Yul,\n\nthe well bucket needs a new rope.\n\nPat
exim-rejected-yourname	pat@pi.test	yan@beta.test	192.0.2.35	Yan,\n\nthe beehives are wrapped for winter.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
