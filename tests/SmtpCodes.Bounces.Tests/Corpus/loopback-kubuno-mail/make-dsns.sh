#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kubuno-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Kubuno Mail's SMTP server, the mail service in Rust of kubuno (a self-hosted workspace: its own SMTP, IMAP
# and POP3 servers on tokio over PostgreSQL, with mailboxes, aliases, catch-alls and distribution lists whose posting
# policy is members, internal, allowed senders or anyone; SPF, DKIM and DMARC checks, greylisting, content compliance
# rules and journalling set from an admin panel; the repository kubuno/mail, no licence file read; read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below: src/server/smtp.rs (commit
# 1d6bbfcca999, Session::cmd_mail, cmd_rcpt and cmd_data) and src/server/resolve.rs (commit ee0ba53043a5,
# Refusal::reply, the replies of resolve() for one envelope recipient). Every reply is one line, a string literal with
# its enhanced code:
#   to MAIL FROM "550 5.7.1 Sender address rejected by policy" (the envelope sender is on the instance's block list and
#   not on its allow list; only on the reception port, for a client that did not authenticate);
#   to RCPT TO (resolve's refusals, for an address in one of the instance's domains) "550 5.1.1 No such user here" (no
#   mailbox, alias, list, catch-all or legacy account answers to it), "550 5.2.1 Mailbox disabled" (the mailbox, alias
#   or list exists but its owner or the administrator turned it off), "550 5.7.2 You are not allowed to post to this
#   list" (the list's post_policy does not accept the envelope sender), "550 5.1.1 Address expands to no deliverable
#   recipient" (an alias whose every destination is dead, or a list with no members), "450 4.6.0 Alias expansion error,
#   try again later" (the nesting or fan-out limit was hit: a broken alias table), "451 4.3.5 Cannot forward:
#   outbound delivery is disabled" (an alias or list member outside the instance's domains while outbound delivery is
#   off), and cmd_rcpt's own "450 4.7.1 Greylisted, please retry" (greylisting, RFC 6647, on a real recipient);
#   after the message "550 5.7.1 Message rejected by sender authentication policy" (the SPF/DKIM/DMARC verdict and the
#   administrator's policy say reject), "550 5.7.0 Message rejected by the instance content policy" (an attachment or
#   content compliance rule of the operator says reject; the reason is logged, never put in the reply), "554 5.4.6
#   Routing loop detected, too many Received headers" (the hop count reached the limit) and "451 4.3.0 Message could
#   not be stored, try again later" (no local delivery succeeded and nothing was queued).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Kubuno Mail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.7.1 Sender address rejected by policy"   to MAIL FROM, for the clients that send to gamma.test (gus@ and
#                              gil@ gamma.test)
#   "550 5.1.1 No such user here"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 5.2.1 Mailbox disabled"   to RCPT TO, for mia@ and max@ beta.test
#   "550 5.7.2 You are not allowed to post to this list"   to RCPT TO, for crew@ and band@ beta.test
#   "550 5.1.1 Address expands to no deliverable recipient"   to RCPT TO, for info@ and desk@ beta.test
#   "450 4.6.0 Alias expansion error, try again later"   to RCPT TO, to every attempt, for ada@ and abe@ beta.test
#   "451 4.3.5 Cannot forward: outbound delivery is disabled"   to RCPT TO, to every attempt, for fay@ and fox@
#                              beta.test
#   "450 4.7.1 Greylisted, please retry"   to RCPT TO, to every attempt, for gia@ and gil@ beta.test
#   "550 5.7.1 Message rejected by sender authentication policy"   after the message, for kim@ and kit@ beta.test
#   "550 5.7.0 Message rejected by the instance content policy"   after the message, for cal@ and cid@ beta.test
#   "554 5.4.6 Routing loop detected, too many Received headers"   after the message, for lou@ and lea@ beta.test
#   "451 4.3.0 Message could not be stored, try again later"   after the message, to every attempt, for sue@ and sal@
#                              beta.test
# Not served: the greeting "220 <hostname> Kubuno SMTP ready" and the EHLO answer (the replaying server's are used),
# "550 5.7.1 Relay access denied" (Postfix's words), "550 5.7.1 Sender domain not authorised by this instance's
# delivery restriction" (a second refusal to MAIL FROM: the layout has one client address to each sender for it),
# "550 5.7.1 Helo command rejected: need fully-qualified hostname" (Postfix's words), "450 4.2.1 Mailbox temporarily
# unavailable", "451 4.3.0 Recipient verification temporarily unavailable", "452 4.5.3 Too many recipients",
# "552 5.3.4 Message too big for system", "554 5.6.0 Empty message refused", "500 5.5.2 Line too long, message
# refused", "452 4.5.3 Daily sending quota exceeded, try again later" and the submission port's replies (for clients
# that authenticate), "452 4.2.2 Mailbox is over quota, try again later" (written in Refusal::reply, but nothing
# produces it yet: quota is not enforced), and the syntax, sequence and AUTH replies.
# The replies are chosen by recipient (or by client address), not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kubuno-mail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Kubuno Mail's SMTP server's replies.
SENDER='550 5.7.1 Sender address rejected by policy'
NOUSER='550 5.1.1 No such user here'
DISABLED='550 5.2.1 Mailbox disabled'
NOPOST='550 5.7.2 You are not allowed to post to this list'
NOTHING='550 5.1.1 Address expands to no deliverable recipient'
EXPANSION='450 4.6.0 Alias expansion error, try again later'
OUTBOUND='451 4.3.5 Cannot forward: outbound delivery is disabled'
GREY='450 4.7.1 Greylisted, please retry'
AUTHPOL='550 5.7.1 Message rejected by sender authentication policy'
CONTENT='550 5.7.0 Message rejected by the instance content policy'
LOOP='554 5.4.6 Routing loop detected, too many Received headers'
STORE='451 4.3.0 Message could not be stored, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    dan@beta.test rcpt "$NOUSER" \
    dot@beta.test rcpt "$NOUSER" \
    mia@beta.test rcpt "$DISABLED" \
    max@beta.test rcpt "$DISABLED" \
    crew@beta.test rcpt "$NOPOST" \
    band@beta.test rcpt "$NOPOST" \
    info@beta.test rcpt "$NOTHING" \
    desk@beta.test rcpt "$NOTHING" \
    ada@beta.test rcpt "$EXPANSION" \
    abe@beta.test rcpt "$EXPANSION" \
    fay@beta.test rcpt "$OUTBOUND" \
    fox@beta.test rcpt "$OUTBOUND" \
    gia@beta.test rcpt "$GREY" \
    gil@beta.test rcpt "$GREY" \
    kim@beta.test eom "$AUTHPOL" \
    kit@beta.test eom "$AUTHPOL" \
    cal@beta.test eom "$CONTENT" \
    cid@beta.test eom "$CONTENT" \
    lou@beta.test eom "$LOOP" \
    lea@beta.test eom "$LOOP" \
    sue@beta.test eom "$STORE" \
    sal@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-rejected-by-policy	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants cutting.\n\nCarol
no-such-user	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe choir sings at the harvest supper.\n\nCarol
mailbox-disabled	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe bus to town leaves at nine.\n\nCarol
not-allowed-to-post	carol@alpha.test	crew@beta.test	192.0.2.25	Hello crew,\n\nthe boat is back on its trailer.\n\nCarol
expands-to-nothing	carol@alpha.test	info@beta.test	192.0.2.25	Hello,\n\nis the hall free on the first Saturday?\n\nCarol
alias-expansion-error	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe marrows are ready to pick.\n\nCarol
outbound-disabled	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe sheepdog trials start at ten.\n\nCarol
greylisted	carol@alpha.test	gia@beta.test	192.0.2.25	Gia,\n\nthe well cover needs a new hinge.\n\nCarol
authentication-policy	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe swifts are back over the church.\n\nCarol
content-policy	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe plan of the new path is on the board.\n\nCarol
routing-loop	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe canoe club meets at the weir.\n\nCarol
could-not-be-stored	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe cake stall needs two more tins.\n\nCarol
exim-sender-rejected-by-policy	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe stile by the brook is loose.\n\nPat
exim-no-such-user	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jam stall did well.\n\nPat
exim-mailbox-disabled	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe hay is in before the rain.\n\nPat
exim-not-allowed-to-post	pat@pi.test	band@beta.test	192.0.2.35	Hello band,\n\nthe drum skins came in the post.\n\nPat
exim-expands-to-nothing	pat@pi.test	desk@beta.test	192.0.2.35	Hello,\n\nthe parcel for the office is at the shop.\n\nPat
exim-alias-expansion-error	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe gate post has rotted through.\n\nPat
exim-outbound-disabled	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe compost heap is steaming.\n\nPat
exim-greylisted	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe owl is back in the barn.\n\nPat
exim-authentication-policy	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe kite string is in the drawer.\n\nPat
exim-content-policy	pat@pi.test	cid@beta.test	192.0.2.35	Cid,\n\nthe seed list is in the porch.\n\nPat
exim-routing-loop	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe pond has frogspawn again.\n\nPat
exim-could-not-be-stored	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe bunting is in the loft.\n\nPat
SEND
# sixteen messages refused for good, returned at once (eight by the Postfix, eight by the Exim), then for each of the
# eight temporary replies (four to each sender) a warning after a minute and a return after 3
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
