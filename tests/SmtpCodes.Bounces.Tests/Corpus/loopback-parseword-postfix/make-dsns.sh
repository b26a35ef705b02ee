#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-parseword-postfix: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of parseword's sample Postfix configuration, the files of a single-user CentOS mail server (Postfix 2.6.6,
# mail.domain.example, with SpamAssassin, OpenDKIM and OpenDMARC) that parseword publishes as a "reasonably secure"
# example (the repository parseword/mail-config; no licence file read; read with the search tool; only the reply texts
# are quoted). Every text below is written by the configuration's author in its own tables (commit 79d031030db7):
#   postfix/main.cf.non-default-settings-only.txt (the main.cf's non-default settings): smtpd_recipient_restrictions =
#     permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination, reject_invalid_hostname,
#     reject_unknown_recipient_domain, reject_unauth_pipelining, check_client_access cidr:/etc/postfix/ip_cidr_checks,
#     check_recipient_access hash:/etc/postfix/recipient_whitelist, then 25 reject_rbl_client lists; and the
#     header_checks = regexp:/etc/postfix/header_checks of the same file (run together with mailbox_command on one line
#     there; postfix/README.md says header_checks is used for incoming mail).
#   postfix/ip_cidr_checks, "BLACKLISTED HOSTS - Mail from these servers will be rejected outright" (5.7.0 because "5.7.1
#     is picked up by fail2ban and these rejections don't need to trigger a firewall action"):
#       59.144.95.50        REJECT 5.7.0 RejectPolicy: 419 spam
#       72.9.146.0/24       REJECT 5.7.0 RejectPolicy: elistas.net spam
#       185.24.144.0/22     REJECT 5.7.0 RejectPolicy: SendInBlue spam
#       213.226.124.235     REJECT 5.7.0 RejectPolicy: training.kiev.ua spam
#   postfix/header_checks, "Custom rejections based on various message headers":
#       /^From:.*annoyingspammer.com/ REJECT 5.7.1 Your mail is not welcome here
#       /^To: heavilyspammed@domain.example/ REJECT 5.1.1 No such user   (and the same for a Received: line naming it)
#       /^Reply-To: careteam@care.com/ REJECT 5.1.1 Invalid recipient, please confirm your users email addresses before
#         sending messages
#       /^X-PHP-Originating-Script: 1001:Sendmail.php/ REJECT 5.7.1 Message smells like poo, flushing
# The texts are the project's own, not Postfix's stock words; the frames are Postfix's. Postfix's smtpd gives a
# check_client_access REJECT with text as access_map_reject_code 554 and the text's own enhanced code in the form
# "554 5.7.0 <name[address]>: Client host rejected: <text>" (access(5)); as the check stands in
# smtpd_recipient_restrictions, it answers at RCPT TO. The client's name is the one its PTR record gives (the senders
# here have forward-confirmed names: mx.alpha.test and mx.pi.test). A header_checks REJECT is refused by cleanup after
# the message, and smtpd answers "550 <text>" with the text's own enhanced code (header_checks(5); smtpd keeps an
# address-specific DSN status of header/body_checks), so "550 5.1.1 No such user".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# parseword's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it:
#   "554 5.7.0 <mx.alpha.test[192.0.2.25]>: Client host rejected: RejectPolicy: 419 spam"   to RCPT TO, for ada@beta.test
#   "554 5.7.0 <mx.pi.test[192.0.2.35]>: Client host rejected: RejectPolicy: 419 spam"   to RCPT TO, for abe@beta.test
#   "554 5.7.0 <mx.alpha.test[192.0.2.25]>: Client host rejected: RejectPolicy: elistas.net spam"   to RCPT TO, for
#                              eli@beta.test
#   "554 5.7.0 <mx.pi.test[192.0.2.35]>: Client host rejected: RejectPolicy: elistas.net spam"   to RCPT TO, for
#                              ela@beta.test
#   "554 5.7.0 <mx.alpha.test[192.0.2.25]>: Client host rejected: RejectPolicy: SendInBlue spam"   to RCPT TO, for
#                              sib@beta.test
#   "554 5.7.0 <mx.pi.test[192.0.2.35]>: Client host rejected: RejectPolicy: SendInBlue spam"   to RCPT TO, for
#                              sue@beta.test
#   "554 5.7.0 <mx.alpha.test[192.0.2.25]>: Client host rejected: RejectPolicy: training.kiev.ua spam"   to RCPT TO, for
#                              kit@beta.test
#   "554 5.7.0 <mx.pi.test[192.0.2.35]>: Client host rejected: RejectPolicy: training.kiev.ua spam"   to RCPT TO, for
#                              kay@beta.test
#   "550 5.7.1 Your mail is not welcome here"   after the message, for wen@ and wes@ beta.test
#   "550 5.1.1 No such user"   after the message, for noa@ and ned@ beta.test
#   "550 5.1.1 Invalid recipient, please confirm your users email addresses before sending messages"   after the
#                              message, for ivo@ and ina@ beta.test
#   "550 5.7.1 Message smells like poo, flushing"   after the message, for pip@ and poe@ beta.test
# Not served: the greeting "$myhostname ESMTP" and Postfix's EHLO answer (the replaying server's are used), the 25
# reject_rbl_client lists and the other restrictions (Postfix's own words, with the lists' texts), the whitelist's OK
# lines, the virtual aliases, and the milters' replies (OpenDKIM, OpenDMARC: their own words). The replies are chosen by
# recipient, not by anything the senders did: the senders' addresses are not in the blacklisted ranges, their messages
# carry none of the headers the checks match, and each message has one recipient and is a few lines of plain text. All
# replies are permanent: each sender returns each message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-parseword-postfix}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): parseword's Postfix configuration's replies.
CA='554 5.7.0 <mx.alpha.test[192.0.2.25]>: Client host rejected: RejectPolicy:'
CP='554 5.7.0 <mx.pi.test[192.0.2.35]>: Client host rejected: RejectPolicy:'
NOTWELCOME='550 5.7.1 Your mail is not welcome here'
NOSUCH='550 5.1.1 No such user'
INVALID='550 5.1.1 Invalid recipient, please confirm your users email addresses before sending messages'
SMELLS='550 5.7.1 Message smells like poo, flushing'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$CA 419 spam" \
    abe@beta.test rcpt "$CP 419 spam" \
    eli@beta.test rcpt "$CA elistas.net spam" \
    ela@beta.test rcpt "$CP elistas.net spam" \
    sib@beta.test rcpt "$CA SendInBlue spam" \
    sue@beta.test rcpt "$CP SendInBlue spam" \
    kit@beta.test rcpt "$CA training.kiev.ua spam" \
    kay@beta.test rcpt "$CP training.kiev.ua spam" \
    wen@beta.test eom "$NOTWELCOME" \
    wes@beta.test eom "$NOTWELCOME" \
    noa@beta.test eom "$NOSUCH" \
    ned@beta.test eom "$NOSUCH" \
    ivo@beta.test eom "$INVALID" \
    ina@beta.test eom "$INVALID" \
    pip@beta.test eom "$SMELLS" \
    poe@beta.test eom "$SMELLS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-rejected-419-spam	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe quince jelly has set at last.\n\nCarol
client-rejected-elistas-spam	carol@alpha.test	eli@beta.test	192.0.2.25	Eli,\n\nthe tandem needs new brake pads.\n\nCarol
client-rejected-sendinblue-spam	carol@alpha.test	sib@beta.test	192.0.2.25	Sib,\n\nthe harbour ferry runs twice on Sundays.\n\nCarol
client-rejected-training-kiev-spam	carol@alpha.test	kit@beta.test	192.0.2.25	Kit,\n\nthe loom in the attic still works.\n\nCarol
mail-not-welcome	carol@alpha.test	wen@beta.test	192.0.2.25	Wen,\n\nthe hedge along the lane is trimmed.\n\nCarol
no-such-user	carol@alpha.test	noa@beta.test	192.0.2.25	Noa,\n\nthe apricots ripened early this summer.\n\nCarol
invalid-recipient-confirm-addresses	carol@alpha.test	ivo@beta.test	192.0.2.25	Ivo,\n\nthe sundial is off by an hour again.\n\nCarol
message-smells	carol@alpha.test	pip@beta.test	192.0.2.25	Pip,\n\nthe pottery kiln is cooling overnight.\n\nCarol
exim-client-rejected-419-spam	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe choir robes are back from the cleaners.\n\nPat
exim-client-rejected-elistas-spam	pat@pi.test	ela@beta.test	192.0.2.35	Ela,\n\nthe rowing boat has a new oar.\n\nPat
exim-client-rejected-sendinblue-spam	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe beehives survived the frost.\n\nPat
exim-client-rejected-training-kiev-spam	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe map of the old mill is framed.\n\nPat
exim-mail-not-welcome	pat@pi.test	wes@beta.test	192.0.2.35	Wes,\n\nthe goat got into the vegetable patch.\n\nPat
exim-no-such-user	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe tide tables are pinned by the door.\n\nPat
exim-invalid-recipient-confirm-addresses	pat@pi.test	ina@beta.test	192.0.2.35	Ina,\n\nthe walnut tree dropped its first nuts.\n\nPat
exim-message-smells	pat@pi.test	poe@beta.test	192.0.2.35	Poe,\n\nthe telescope lens is cleaned.\n\nPat
SEND
# sixteen messages refused for good, returned at once (eight by the Postfix, eight by the Exim)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
