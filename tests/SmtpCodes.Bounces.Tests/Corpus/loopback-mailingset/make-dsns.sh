#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailingset: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Mailing Set, David Tolnay's mailing list server in Python on Twisted's SMTP server (a mail server whose addresses
# are set expressions over the mailing lists and people it knows: mail to "san-franciscans_&_dog-owners@<domain>" goes
# to the members of both lists, "_|_" is union, "_&_" intersection, "_-_" difference, curly braces group; it reads
# Mailman-style member lists, tags the subject and sends the message on through an outgoing server; the repository
# dtolnay/mailingset, GPL-3.0-or-later by its file headers; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below: mailingset/service.py (commit 902dad28d0e3, SetMessageDelivery.validateTo:
# "Incorrect domain: %s" for a recipient domain other than the configured incoming domain, and the text of the
# SyntaxError its parser raised), mailingset/state.py (commit 0bd5264d55c9, MailingSetState.__call__: "No such list or
# person: %s" and "Ambiguous person: %s", the name lower-cased) and mailingset/parser.py (commit 0bd5264d55c9, parse,
# _expression, _yield_tokens and the tokens' nud and led: "No recipients match this set expression", "Parentheses
# required when mixing different operators", "Unrecognized syntax near character %d", "Misplaced %s operator",
# "Unmatched opening parenthesis", "Misplaced closing parenthesis", "Misplaced list or person name"). validateTo raises
# twisted.mail.smtp.SMTPBadRcpt(user, resp=<text>), whose code defaults to 550; Twisted's ESMTP protocol
# (_ebToValidate) sends it as "550 <text>", one line, with no enhanced code, in reply to RCPT TO.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailing Set's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The configuration assumed: incoming domain beta.test; the lists of the repository's example lists folder
# (san-franciscans, dog-owners, cat-owners, pet-owners; every cat owner a pet owner); two members named Alex and two
# named Sam; no list or person called dogs or cats. Each reply byte for byte, all to RCPT TO (the parser runs on the
# recipient's local part; each reply is the one the code reaches first for that address, traced by hand through the
# tokenizer and the Pratt parser):
#   "550 Incorrect domain: gamma.test"   for gus@ and gil@ gamma.test (mx.gamma.test is the same server)
#   "550 No such list or person: dogs"   for dogs@beta.test
#   "550 No such list or person: cats"   for cats@beta.test
#   "550 Ambiguous person: alex"   for alex@beta.test
#   "550 Ambiguous person: sam"   for sam@beta.test
#   "550 No recipients match this set expression"   for cat-owners_-_pet-owners@beta.test (the difference is empty)
#   "550 Parentheses required when mixing different operators"   for san-franciscans_&_dog-owners_-_cat-owners@beta.test
#   "550 Unrecognized syntax near character 11"   for dog-owners=cat-owners@beta.test (the code counts the characters
#                              of the tokens before the unrecognized one, from 1)
#   "550 Misplaced intersection operator"   for _&_dog-owners@beta.test
#   "550 Unmatched opening parenthesis"   for {san-franciscans_&_dog-owners@beta.test
#   "550 Misplaced closing parenthesis"   for }dog-owners@beta.test
#   "550 Misplaced list or person name"   for {san-franciscans_&_dog-owners}cat-owners@beta.test
# Each of the last seven addresses gets the same reply from both senders (the reply depends only on the address).
# Not served: Twisted's own replies (the greeting and EHLO answer, "550 Sender not acceptable"-style SMTPBadSender
# refusal of a client outside the configured accept_from networks, "451 Requested action aborted: local error in
# processing" for an unexpected exception, the syntax and sequence replies, 553 for an address Twisted cannot parse);
# the other texts of the parser ("Misplaced union operator", "Misplaced difference operator", "Misplaced opening
# parenthesis", "Unmatched closing parenthesis": the same templates and forms as the ones served); a failure of the
# outgoing send after the message is logged and never reaches the client. Every reply is permanent: each sender
# returns the message at once. The replies are chosen by recipient, not by anything the senders did: each message has
# one recipient and is a few lines of plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailingset}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailing Set's replies.
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt '550 Incorrect domain: gamma.test' \
    gil@gamma.test rcpt '550 Incorrect domain: gamma.test' \
    dogs@beta.test rcpt '550 No such list or person: dogs' \
    cats@beta.test rcpt '550 No such list or person: cats' \
    alex@beta.test rcpt '550 Ambiguous person: alex' \
    sam@beta.test rcpt '550 Ambiguous person: sam' \
    'cat-owners_-_pet-owners@beta.test' rcpt '550 No recipients match this set expression' \
    'san-franciscans_&_dog-owners_-_cat-owners@beta.test' rcpt \
        '550 Parentheses required when mixing different operators' \
    'dog-owners=cat-owners@beta.test' rcpt '550 Unrecognized syntax near character 11' \
    '_&_dog-owners@beta.test' rcpt '550 Misplaced intersection operator' \
    '{san-franciscans_&_dog-owners@beta.test' rcpt '550 Unmatched opening parenthesis' \
    '}dog-owners@beta.test' rcpt '550 Misplaced closing parenthesis' \
    '{san-franciscans_&_dog-owners}cat-owners@beta.test' rcpt '550 Misplaced list or person name' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
incorrect-domain	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge along the lane wants cutting.\n\nCarol
no-such-list-or-person	carol@alpha.test	dogs@beta.test	192.0.2.25	Hello,\n\nthe dog show moves to the lower field.\n\nCarol
ambiguous-person	carol@alpha.test	alex@beta.test	192.0.2.25	Alex,\n\nthe tandem needs a new chain.\n\nCarol
no-recipients-match	carol@alpha.test	cat-owners_-_pet-owners@beta.test	192.0.2.25	Hello,\n\nthe vet's surgery closes early on Monday.\n\nCarol
parentheses-required	carol@alpha.test	san-franciscans_&_dog-owners_-_cat-owners@beta.test	192.0.2.25	Hello,\n\nthe ferry timetable changed in spring.\n\nCarol
unrecognized-syntax	carol@alpha.test	dog-owners=cat-owners@beta.test	192.0.2.25	Hello,\n\nthe kennel has two places left.\n\nCarol
misplaced-operator	carol@alpha.test	_&_dog-owners@beta.test	192.0.2.25	Hello,\n\nthe leads are hanging by the door.\n\nCarol
unmatched-opening-parenthesis	carol@alpha.test	{san-franciscans_&_dog-owners@beta.test	192.0.2.25	Hello,\n\nthe beach is open to dogs after six.\n\nCarol
misplaced-closing-parenthesis	carol@alpha.test	}dog-owners@beta.test	192.0.2.25	Hello,\n\nthe grooming van comes on Wednesday.\n\nCarol
misplaced-name	carol@alpha.test	{san-franciscans_&_dog-owners}cat-owners@beta.test	192.0.2.25	Hello,\n\nthe fog lifted by noon.\n\nCarol
exim-incorrect-domain	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe well cover has come loose.\n\nPat
exim-no-such-list-or-person	pat@pi.test	cats@beta.test	192.0.2.35	Hello,\n\nthe cattery is full until June.\n\nPat
exim-ambiguous-person	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe quiz night starts at eight.\n\nPat
exim-no-recipients-match	pat@pi.test	cat-owners_-_pet-owners@beta.test	192.0.2.35	Hello,\n\nthe scratching post is on offer.\n\nPat
exim-parentheses-required	pat@pi.test	san-franciscans_&_dog-owners_-_cat-owners@beta.test	192.0.2.35	Hello,\n\nthe cable car runs late on Friday.\n\nPat
exim-unrecognized-syntax	pat@pi.test	dog-owners=cat-owners@beta.test	192.0.2.35	Hello,\n\nthe dog walker is away next week.\n\nPat
exim-misplaced-operator	pat@pi.test	_&_dog-owners@beta.test	192.0.2.35	Hello,\n\nthe water bowls need filling.\n\nPat
exim-unmatched-opening-parenthesis	pat@pi.test	{san-franciscans_&_dog-owners@beta.test	192.0.2.35	Hello,\n\nthe park ranger has spare maps.\n\nPat
exim-misplaced-closing-parenthesis	pat@pi.test	}dog-owners@beta.test	192.0.2.35	Hello,\n\nthe agility course is set up.\n\nPat
exim-misplaced-name	pat@pi.test	{san-franciscans_&_dog-owners}cat-owners@beta.test	192.0.2.35	Hello,\n\nthe bridge is lit at night.\n\nPat
SEND
# twenty messages refused for good, returned at once (ten by the Postfix, ten by the Exim)
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
