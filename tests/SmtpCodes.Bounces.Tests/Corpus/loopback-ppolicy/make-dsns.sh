#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ppolicy: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of ppolicy, the "Modular Python Postfix Policy Server" of Petr Vokac (FJFI CVUT, kmlinux.fjfi.cvut.cz/~vokac;
# GPL, as its ppolicy.spec says), as a receiving Postfix gives them when ppolicy sits in its
# smtpd_recipient_restrictions (check_policy_service). Read with the search tool in the repository vokac/ppolicy:
#   ppolicy.conf (commit 032778fd38a21d1884d6179ab8432f798462f3b8), the stock configuration file: its two active
#     answers, returnOnConnLimit ('450', 'reached connection limit to ppolicy, retry later': more connections to the
#     daemon than it takes) and returnOnFatalError ('450', 'fatal error when checking SMTP data, retry later': an
#     uncaught error while checking), and the example rules of its check() method, which the stock file ships commented
#     out with their replies: a client without a DNS PTR record ('450', "we don't accept mail from domain without DNS
#     PTR record"); a client whose reverse name has no A or MX record ('450', "DNS records for %s are icorrect", the
#     client's address); a client that mails the spam trap addresses ('450', 'you are sending too many mails to random
#     users, slow down...') and mail to a trap address itself ('550', "this is spam trap email address, don't use it
#     or you will be blacklisted"); the DOS module's limit of mail per time ('450', 'you are sending too many mails,
#     slow down...'); a client whose DNS blacklist score (the sum of SpamAssassin's scores for the lists it is on) is
#     above 6 ('550', "you are sending mail from suspicious address and your mail can't be delivered, if you want to
#     pass these restrictions, you can add your address to our whitelist on following site
#     http://www.example.com/mail/whitelist"); and, in its "complex example" for such suspicious clients, a reverse
#     name without correct records ('450', 'Your client address is suspicious, it doesnt have correct DNS records. To
#     whitelist your mail see http://www.example.com/mail'), a sender whose mail server cannot be contacted
#     ('550', 'Your client address is suspicious and your mailserver address cant be verified. To whitelist your mail
#     see http://www.example.com/mail/') and greylisting ('450', "Your client address is suspicious, greylist in
#     progress, try again later%s. To whitelist your mail see http://www.example.com/mail/", where %s is " after" and
#     the Greylist module's text from its last space on); the plain greylisting rule returns the module's text itself;
#   ppolicy/Greylist.py (the version of the same period, read as the search tool's find_string gives it, file id
#     45259664013): a new triplet gets 'greylist in progress: %ss' with the default delay, 10*60 seconds;
#   ppolicy/protocol.py (commit 032778fd38a21d1884d6179ab8432f798462f3b8): dataResponse writes "action=%s %s", the
#     code and the text, to Postfix.
# Postfix's smtpd gives a policy service's "4NN text" or "5NN text" as "4NN 4.7.1 <recipient>: Recipient address
# rejected: text" (5.7.1 for 5NN; postconf(5), access(5)); the served lines are those. The greylisting text keeps the
# two spaces the configuration's slicing gives (" after" + " 600s"). A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to the replaying server, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are ppolicy's, in Postfix's
# frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply text of the stock ppolicy.conf, at RCPT TO (where check_policy_service runs), in Postfix's words; the
# temporary ones are served to every attempt, so each sender warns after a minute and returns after 3. {client} is the
# connecting client's address, <recipient> the recipient being answered ({rcpt}):
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: this is spam trap email address, don't use it or you will be
#    blacklisted"                                                               to tina@beta.test (Postfix and Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: you are sending mail from suspicious address and your mail
#    can't be delivered, if you want to pass these restrictions, you can add your address to our whitelist on
#    following site http://www.example.com/mail/whitelist"                      to walt@beta.test (Postfix and Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: Your client address is suspicious and your mailserver address
#    cant be verified. To whitelist your mail see http://www.example.com/mail/" to vera@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: reached connection limit to ppolicy, retry later"
#                                                                               to lim@beta.test (Postfix)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: fatal error when checking SMTP data, retry later"
#                                                                               to fay@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: we don't accept mail from domain without DNS PTR record"
#                                                                               to pia@beta.test (Postfix)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: DNS records for {client} are icorrect"
#                                                                               to dora@beta.test (Postfix)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Your client address is suspicious, it doesnt have correct DNS
#    records. To whitelist your mail see http://www.example.com/mail"          to sue@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: you are sending too many mails to random users, slow down..."
#                                                                               to rita@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: you are sending too many mails, slow down..."
#                                                                               to sam@beta.test (Postfix)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: greylist in progress: 600s"
#                                                                               to gwen@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Your client address is suspicious, greylist in progress, try
#    again later after  600s. To whitelist your mail see http://www.example.com/mail/"
#                                                                               to gil@beta.test (Postfix)
# The configuration's example address www.example.com is kept as the file gives it. Not served: the "dunno" answers
# (no reply) and the modules' own texts, which the stock file only logs or stores (SPF, DNSBL, verification results).
# The replies are chosen by recipient address, not by anything the senders did: the senders greet with their own
# names, which resolve, send short messages and were never greylisted before; no address is a trap.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ppolicy}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ppolicy's replies in Postfix's words.
rejected='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    tina@beta.test rcpt "550 5.7.1 <{rcpt}>: $rejected this is spam trap email address, don't use it or you will be blacklisted" \
    walt@beta.test rcpt "550 5.7.1 <{rcpt}>: $rejected you are sending mail from suspicious address and your mail can't be delivered, if you want to pass these restrictions, you can add your address to our whitelist on following site http://www.example.com/mail/whitelist" \
    vera@beta.test rcpt "550 5.7.1 <{rcpt}>: $rejected Your client address is suspicious and your mailserver address cant be verified. To whitelist your mail see http://www.example.com/mail/" \
    lim@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected reached connection limit to ppolicy, retry later" \
    fay@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected fatal error when checking SMTP data, retry later" \
    pia@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected we don't accept mail from domain without DNS PTR record" \
    dora@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected DNS records for {client} are icorrect" \
    sue@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected Your client address is suspicious, it doesnt have correct DNS records. To whitelist your mail see http://www.example.com/mail" \
    rita@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected you are sending too many mails to random users, slow down..." \
    sam@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected you are sending too many mails, slow down..." \
    gwen@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected greylist in progress: 600s" \
    gil@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected Your client address is suspicious, greylist in progress, try again later after  600s. To whitelist your mail see http://www.example.com/mail/" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spam-trap	carol@alpha.test	tina@beta.test	192.0.2.25	Tina,\n\nthe minutes of the residents' meeting are attached below.\n\nCarol
suspicious-address	carol@alpha.test	walt@beta.test	192.0.2.25	Walt,\n\nthe canal walk is on Saturday morning.\n\nCarol
server-unverified	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe piano tuner comes on Tuesday.\n\nCarol
policy-server-errors	carol@alpha.test	lim@beta.test,fay@beta.test	192.0.2.25	Lim, Fay,\n\nthe seed swap moved to the library.\n\nCarol
dns-records	carol@alpha.test	pia@beta.test,dora@beta.test,sue@beta.test	192.0.2.25	Pia, Dora, Sue,\n\nthe quiz night teams are below.\n\nCarol
slow-down	carol@alpha.test	rita@beta.test,sam@beta.test	192.0.2.25	Rita, Sam,\n\nthe tennis court is booked for Monday.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test,gil@beta.test	192.0.2.25	Gwen, Gil,\n\nthe orchard needs pruning next week.\n\nCarol
exim-trap-and-unverified	pat@pi.test	tina@beta.test,vera@beta.test	192.0.2.35	Tina, Vera,\n\nthe ferry timetable changed in March.\n\nPat
exim-suspicious-address	pat@pi.test	walt@beta.test	192.0.2.35	Walt,\n\nthe bread oven is lit on Fridays.\n\nPat
exim-deferred	pat@pi.test	fay@beta.test,sue@beta.test,rita@beta.test,gwen@beta.test	192.0.2.35	Fay, Sue, Rita, Gwen,\n\nthe beach clean starts at nine.\n\nPat
SEND
# five returns at once, then a warning after a minute and a return after 3 for each deferred message (five)
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
