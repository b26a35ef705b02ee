#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-msmtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the plugins of msmtpd, "Modular Simple Mail Transfer Protocol Daemon" (vodolaz095/msmtpd; a Go SMTP server framework
# by Ostroumov Anatolij, vodolaz095.ru; MIT licence, its LICENSE file, copyright 2023), each reply as the plugin's code
# writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are the framework's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): vodolaz095/msmtpd, the plugins an operator chains into the server's
# connection, HELO, sender, recipient, data and delivery checks (the framework turns the ErrorSMTP a plugin returns into
# the reply "<Code> <Message>"). Only the plugins' own texts are served: the core session's replies come from chrj/smtpd,
# which msmtpd continues and which session 22's smtprelay batch served. What the code says each reply means (its names,
# comments and branches):
#   plugins/connection/deny_ptr.go (commit 5610e584e5f7), DenyPTRs, "allows to deny senders if their PTR records has
#     suffix from list" (e.g. "amazonses.com."): "521 Your IP address is blacklisted. Sorry. You can cry me a river.";
#   plugins/helo/constants.go (commit 5ab92d44904f), the HELO checks' complain (deny_bare_ip, deny_dynamic,
#     deny_malformed, deny_rdns_mismatch: a HELO name that is a bare address, looks dynamic, is malformed or does not
#     match the client's reverse DNS): "521 I don't like the way you introduce yourself. Goodbye!";
#   plugins/dovecot/constants.go (commit 4cbb2ad43bb0) and check_recepient.go (commit 3e4f6e5cf102), CheckRecipient,
#     which asks Dovecot's userdb whether the recipient exists: on NOTFOUND permanentError "521 i have no idea about
#     recipient you want to deliver message to"; when Dovecot's socket cannot be dialled or answers nonsense
#     temporaryError "451 temporary errors, please, try again later" (the same two texts are plugins/deliver/errors.go's
#     UnknownRecipientError and TemporaryError, commit 01f53f6b72573);
#   plugins/rcpt_to/whitelists.go (commit cc223d9ce569), AcceptMailForDomainsOrAddresses, which takes mail only for the
#     listed domains or addresses: "521 I'm sorry, but recipient's email address is not in whitelist";
#   plugins/data/rspamd.go (commit 4cbb2ad43bb0), DataChecker, rspamd's verdict on the message: action "reject" "521
#     Stop sending me this nonsense, please!"; action "greylist" "451 Your message looks suspicious, try to deliver it
#     one more time, maybe i'll change my mind and accept it"; action "soft reject" (and rspamd unreachable or answering
#     badly) rspamdComplain "421 Too many letters, i cannot read them all now. Please, resend your message later";
#   plugins/data/check_headers.go (commit 04dc398dc16a), CheckHeaders, "to ensure it is compatible with RFC 5322": a
#     missing Date or From (or other required) header, a duplicate unique header, a malformed Date, a date more than 15
#     days old or 2 days ahead: "521 I cannot parse your message. Do not send me this particular message in future,
#     please, i will never accept it. Thanks in advance!";
#   plugins/quarantine/quarantine.go (commit 7bfd66cf2a81), MoveToDirectory, when the quarantine folder or file cannot
#     be made or written: "452 Requested action not taken: insufficient system storage".
# The selection (stated before the run, not by what any reader makes of the texts): the plugins' texts that a conforming
# server delivering plain mail can meet about its connection, HELO, recipient or message and that the replaying server
# can key. The replaying server keys a connect or HELO reply by client, and only each sender's second address
# (192.0.2.24, the Postfix's, meets the PTR refusal at connect; 192.0.2.34, the Exim's, meets the HELO complaint; they
# use them for gamma.test only) is free for it, so each of those texts reaches one sender only; "421 Too many letters"
# goes to the Postfix only and the 452 to the Exim only, to keep the batch small; the others reach both. Nothing was
# changed. Not served: "521 FUCK OFF!" (connection/blacklist.go, Whitelist and Blacklist, and karma.go for a client of
# bad karma: the connect slots are taken by the PTR text, which refuses a listed client too), "421 Service not
# available, closing transmission channel. Try again later, please." (the framework's ErrServiceNotAvailable, which
# check_by_rbl.go and senderscore.go give a client listed in DNS block lists or of low SenderScore: no client address
# is left to key it), "521 I'm sorry, but your email address is not in whitelist" and "421 Seems like i cannot find
# your sender address mail servers using DNS, please, try again later" (mail_from: MAIL FROM is keyed by client, and no
# client address is left), "535 ..." (AUTH: a sender that is offered no AUTH does not meet it). Served:
#   "521 Your IP address is blacklisted. Sorry. You can cry me a river."   connect, client 192.0.2.24   gus@, gia@gamma.test (Postfix)
#   "521 I don't like the way you introduce yourself. Goodbye!"            EHLO/HELO, client 192.0.2.34  gwen@, glen@gamma.test (the Exim)
#   "521 i have no idea about recipient you want to deliver message to"    RCPT TO   ida@, ivo@beta.test; ina@beta.test
#   "451 temporary errors, please, try again later"                        RCPT TO   tess@beta.test; theo@beta.test
#   "521 I'm sorry, but recipient's email address is not in whitelist"     RCPT TO   walt@beta.test; wynn@beta.test
#   "521 Stop sending me this nonsense, please!"                           after the message   nora@beta.test; ned@beta.test
#   "451 Your message looks suspicious, try to deliver it one more time, maybe i'll change my mind and accept it"
#                                                                          after the message   sue@beta.test; sal@beta.test
#   "421 Too many letters, i cannot read them all now. Please, resend your message later"
#                                                                          after the message   lou@beta.test (Postfix)
#   "521 I cannot parse your message. Do not send me this particular message in future, please, i will never accept it.
#    Thanks in advance!"  (one line)                                       after the message   pam@beta.test; pia@beta.test
#   "452 Requested action not taken: insufficient system storage"          after the message   stu@beta.test (the Exim)
# The temporary replies are served to every attempt, so each sender warns after a minute and returns after three. The
# 521 greeting is one of them for the Postfix: by default (smtp_skip_5xx_greeting = yes) it treats a server that
# greets with 5xx as one that "refused to talk to me" and tries again later, so it too warns after a minute and
# returns after three ("Status: 4.0.0" beside "Action: failed").
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes
# of text with CRLF line ends on the wire and every header CheckHeaders asks for, neither sender was offered AUTH or
# TLS, and nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-msmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the plugins' replies.
NO_IDEA='521 i have no idea about recipient you want to deliver message to'
TEMPORARY='451 temporary errors, please, try again later'
NOT_WHITELISTED="521 I'm sorry, but recipient's email address is not in whitelist"
NONSENSE='521 Stop sending me this nonsense, please!'
SUSPICIOUS="451 Your message looks suspicious, try to deliver it one more time, maybe i'll change my mind and accept it"
CANNOT_PARSE='521 I cannot parse your message. Do not send me this particular message in future, please, i will never accept it. Thanks in advance!'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '521 Your IP address is blacklisted. Sorry. You can cry me a river.' \
    client:192.0.2.34 ehlo "521 I don't like the way you introduce yourself. Goodbye!" \
    ida@beta.test rcpt "$NO_IDEA" \
    ivo@beta.test rcpt "$NO_IDEA" \
    ina@beta.test rcpt "$NO_IDEA" \
    tess@beta.test rcpt "$TEMPORARY" \
    theo@beta.test rcpt "$TEMPORARY" \
    walt@beta.test rcpt "$NOT_WHITELISTED" \
    wynn@beta.test rcpt "$NOT_WHITELISTED" \
    nora@beta.test eom "$NONSENSE" \
    ned@beta.test eom "$NONSENSE" \
    sue@beta.test eom "$SUSPICIOUS" \
    sal@beta.test eom "$SUSPICIOUS" \
    lou@beta.test eom '421 Too many letters, i cannot read them all now. Please, resend your message later' \
    pam@beta.test eom "$CANNOT_PARSE" \
    pia@beta.test eom "$CANNOT_PARSE" \
    stu@beta.test eom '452 Requested action not taken: insufficient system storage' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
blacklisted-ptr	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe orchard needs pruning before March.\n\nCarol
no-idea-about-recipient	carol@alpha.test	ida@beta.test,ivo@beta.test	192.0.2.25	Ida, Ivo,\n\nthe tram stop moved to the square.\n\nCarol
temporary-errors	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe piano tuner comes on Friday.\n\nCarol
not-in-whitelist	carol@alpha.test	walt@beta.test	192.0.2.25	Walt,\n\nthe kayak club meets at the weir.\n\nCarol
nonsense	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe jam jars are in the shed.\n\nCarol
looks-suspicious	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe swifts are back under the eaves.\n\nCarol
too-many-letters	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe harvest supper is on the tenth.\n\nCarol
cannot-parse	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe chess set is missing a rook.\n\nCarol
exim-helo-complaint	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe lighthouse opens to visitors in May.\n\nPat
exim-no-idea-about-recipient	pat@pi.test	ina@beta.test	192.0.2.35	Ina,\n\nthe hedge needs trimming.\n\nPat
exim-temporary-errors	pat@pi.test	theo@beta.test	192.0.2.35	Theo,\n\nthe canal boat trip is booked.\n\nPat
exim-not-in-whitelist	pat@pi.test	wynn@beta.test	192.0.2.35	Wynn,\n\nthe bell ringers practise on Tuesday.\n\nPat
exim-nonsense	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe new kiln is working.\n\nPat
exim-looks-suspicious	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe heron is back at the pond.\n\nPat
exim-cannot-parse	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe map of the footpaths is ready.\n\nPat
exim-insufficient-storage	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe sourdough starter survived.\n\nPat
SEND
# nine returns at once (the Postfix's four and the Exim's five permanent refusals), then a warning after a minute and
# a return after 3 for each deferred message (seven: the Postfix's four, with its 5xx greeting, the Exim's three).
# (The run that made the committed files waited for 22, the count written before the greeting's deferral was seen;
# all 23 had arrived when it collected them.)
lb_wait 23 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
