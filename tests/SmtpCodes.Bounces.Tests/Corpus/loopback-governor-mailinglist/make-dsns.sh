#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-governor-mailinglist: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the mailing-list service of governor, xorkevin's backend in Go for an organisation's
# tooling ("internal org management tooling": users, orgs, a gate of roles and mailing lists), whose mailinglist
# service receives list mail itself on emersion/go-smtp: mail to <owner>.<list>@ the users' or the orgs' mail domain is
# checked (SPF at MAIL FROM; the list at RCPT TO; the From header's alignment, the sender's membership under the
# list's sender policy and DMARC after the message), stored and handed to the list's event stream (read with the
# search tool in the repository xorkevin/governor: service/mailinglist/smtp_server.go at commit 4c7aca97633a, its
# SMTPError values and the smtpSession's Mail, Rcpt, checkListPolicy and Data; the same file at 0394cd7071d2, an
# earlier version without the archive, alignment and DMARC replies; README.md at 1bb87d07a709; no licence file among
# the files read; only the reply texts are quoted). go-smtp writes an SMTPError as its code, enhanced code and message.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# governor's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.5.2 Invalid spf dns record"   (Mail: the SPF check of the MAIL FROM domain ends in permerror) to MAIL FROM,
#                              to the Postfix's second address only, for gus@gamma.test
#   "550 5.7.1 Failed spf"   (Mail: the SPF result is fail or softfail) to MAIL FROM, to the Exim's second address
#                              only, for gil@gamma.test
#   "550 5.1.1 Invalid recipient mailbox"   (Rcpt: the local part is not <owner>.<list>, or no such owner or list)
#                              to RCPT TO, for nobody.news@ and nora.events@ beta.test
#   "550 5.1.2 Invalid recipient system"   (Rcpt: the domain is neither the users' nor the orgs' mail domain) to
#                              RCPT TO, for sam.lunch@ and sol.books@ beta.test
#   "450 4.2.1 Mailbox is archived"   (Rcpt: the list is archived) to RCPT TO, to every attempt, for
#                              ada.reading@beta.test (the Postfix)
#   "451 4.2.4 Temporary error"   (Data: storing the message or publishing it to the list's event stream failed)
#                              after the message, to every attempt, for tim.choir@beta.test (the Exim)
#   "550 5.7.2 Unauthorized to send to this mailing list"   (Data: the From header's address is no user's, or the
#                              user may not send under the list's sender policy: owner, member or user) after the
#                              message, for uma.garden@ and ugo.garden@ beta.test
#   "550 5.7.7 Malformed mail body"   (Data: the message, its Message-ID, Content-Type or From header cannot be read)
#                              after the message, for max.chess@ and mia.chess@ beta.test
#   "550 5.7.1 Failed SPF from header alignment"   (Data: the From header's domain is not aligned with the MAIL FROM
#                              domain, or the header names more than one address) after the message, for
#                              fox.hiking@beta.test (the Postfix)
#   "550 5.7.1 Rejecting based on DMARC policy"   (Data: neither SPF nor an aligned DKIM signature passes and the From
#                              domain's DMARC policy is not none) after the message, for dee.quiz@beta.test (the Exim)
# Not served: go-smtp's own replies (greeting, EHLO, AUTH, syntax), "451 4.0.0 Invalid client ip address",
# "501 5.1.7 Invalid mail from address", "501 5.1.3 Invalid recipient address", "451 4.5.3 Too many recipients",
# "503 5.5.1 Invalid command sequence", "451 4.4.3 Temporary spf error", "451 4.3.0 Invalid recipient mailbox config",
# "451 4.0.0 Temporary error" and "550 5.7.7 Failed DKIM verification" (the last only in the earlier version).
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes
# of plain text with aligned From headers, no SPF or DMARC record is published, no list exists. The temporary replies
# come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to
# one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-governor-mailinglist}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): governor's replies.
MAILBOX='550 5.1.1 Invalid recipient mailbox'
SYSTEM='550 5.1.2 Invalid recipient system'
AUTHSEND='550 5.7.2 Unauthorized to send to this mailing list'
BODY='550 5.7.7 Malformed mail body'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.5.2 Invalid spf dns record' \
    client:192.0.2.34 mail '550 5.7.1 Failed spf' \
    nobody.news@beta.test rcpt "$MAILBOX" \
    nora.events@beta.test rcpt "$MAILBOX" \
    sam.lunch@beta.test rcpt "$SYSTEM" \
    sol.books@beta.test rcpt "$SYSTEM" \
    ada.reading@beta.test rcpt '450 4.2.1 Mailbox is archived' \
    tim.choir@beta.test eom '451 4.2.4 Temporary error' \
    uma.garden@beta.test eom "$AUTHSEND" \
    ugo.garden@beta.test eom "$AUTHSEND" \
    max.chess@beta.test eom "$BODY" \
    mia.chess@beta.test eom "$BODY" \
    fox.hiking@beta.test eom '550 5.7.1 Failed SPF from header alignment' \
    dee.quiz@beta.test eom '550 5.7.1 Rejecting based on DMARC policy' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-spf-dns-record	carol@alpha.test	gus@gamma.test	192.0.2.25	Hi all,\n\nthe newsletter draft is ready for review.\n\nCarol
invalid-recipient-mailbox	carol@alpha.test	nobody.news@beta.test	192.0.2.25	Hi all,\n\nthe next issue goes out on Friday.\n\nCarol
invalid-recipient-system	carol@alpha.test	sam.lunch@beta.test	192.0.2.25	Hi all,\n\nlunch is at noon in the small room.\n\nCarol
mailbox-archived	carol@alpha.test	ada.reading@beta.test	192.0.2.25	Hi all,\n\nthe next book is on the shelf by the door.\n\nCarol
unauthorized-to-send	carol@alpha.test	uma.garden@beta.test	192.0.2.25	Hi all,\n\nthe tomatoes need water this weekend.\n\nCarol
malformed-mail-body	carol@alpha.test	max.chess@beta.test	192.0.2.25	Hi all,\n\nthe club night moves to Thursday.\n\nCarol
spf-alignment	carol@alpha.test	fox.hiking@beta.test	192.0.2.25	Hi all,\n\nthe trail map is attached to the wiki page.\n\nCarol
exim-failed-spf	pat@pi.test	gil@gamma.test	192.0.2.35	Hi all,\n\nthe volunteer rota is up.\n\nPat
exim-invalid-recipient-mailbox	pat@pi.test	nora.events@beta.test	192.0.2.35	Hi all,\n\nthe hall is booked for the fair.\n\nPat
exim-invalid-recipient-system	pat@pi.test	sol.books@beta.test	192.0.2.35	Hi all,\n\nthe swap shelf is full again.\n\nPat
exim-temporary-error	pat@pi.test	tim.choir@beta.test	192.0.2.35	Hi all,\n\nrehearsal starts at seven.\n\nPat
exim-unauthorized-to-send	pat@pi.test	ugo.garden@beta.test	192.0.2.35	Hi all,\n\nthe compost bins arrived.\n\nPat
exim-malformed-mail-body	pat@pi.test	mia.chess@beta.test	192.0.2.35	Hi all,\n\nthe tournament results are in.\n\nPat
exim-dmarc-policy	pat@pi.test	dee.quiz@beta.test	192.0.2.35	Hi all,\n\nthe quiz questions are due Monday.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by each sender), then for each of the two temporary
# replies (one to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
