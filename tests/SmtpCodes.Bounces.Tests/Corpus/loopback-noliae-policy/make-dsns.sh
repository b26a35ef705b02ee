#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-noliae-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the refusals of Noliae Mail OSS's own policy code, as the receiving Postfix of that
# self-hosted mail suite (Lanzelet's Laravel webmail with a Postfix, a Dovecot and an rspamd in Docker containers; the
# repository Lanzelet/noliae-mail-oss, no licence file read; read with the search tool; only the reply texts are
# quoted) gives them. Noliae's own code writes every refusal below, in French without accents:
#   docker/postfix/pgsql/recipient_check.cf (commit cf6b3262d622), the check_recipient_access query of its main.cf
#     (smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_recipient_access
#     pgsql:/etc/postfix/pgsql/recipient_check.cf): DUNNO when the address is an active mailbox or alias, else
#     "REJECT 5.1.1 La boite mail que vous tentez de joindre n'existe pas. Verifiez l'adresse du destinataire et
#     reessayez. En savoir plus : https://noliae.com/mail-help -- Noliae Mail" ("a personalised message, Google style",
#     its comment says);
#   docker/postfix/list-policy.py (commit 3739a34593e4), the list-scope policy daemon (check_policy_service
#     inet:127.0.0.1:10031 in smtpd_recipient_restrictions, as its docstring says to configure it), check_policy: for a
#     recipient that is an active mailing list of scope "internal" whose sender's domain is not the list's, "REJECT
#     5.7.1 Cette liste (<list address>) est reservee aux membres du domaine <list domain>."; of scope
#     "internal_domains" whose sender's domain is no active domain of the server, "REJECT 5.7.1 Cette liste (<list
#     address>) est reservee aux domaines internes du serveur.";
#   docker/postfix/rate-limit.py (commit 3739a34593e4), the per-SASL-user rate limit policy daemon
#     (smtpd_data_restrictions = check_policy_service inet:127.0.0.1:10033, its docstring), check_policy: past a
#     sliding-window limit (defaults 30 a minute, 300 an hour, 1000 a day, counted by recipient), "DEFER_IF_PERMIT
#     4.7.0 Vous avez depasse votre quota d'envoi (<limit> mails/<window>). Reessayez plus tard.", the first window
#     exceeded being named, here the minute's: "30 mails/1 minute";
#   docker/postfix/main.cf.tmpl (commit 1289c03fcd90): smtpd_reject_footer = Noliae Mail | postmaster@${MAIL_DOMAIN} |
#     https://noliae.com/mail-help (MAIL_DOMAIN, the server's domain, is beta.test here), and docker/postfix/
#     entrypoint.sh (commit 18cbeb308439), which starts the two policy daemons beside the Postfix.
# Postfix's smtpd gives a REJECT with text as its access_map_reject_code 554 and a DEFER_IF_PERMIT as its defer_code
# 450, with the enhanced code the text starts with, in the form "<code> <enhanced code> <<name>>: <class> rejected:
# <rest of the text>" (postconf(5), access(5)): the name is the recipient and the class "Recipient address" in
# smtpd_recipient_restrictions, the name "DATA" and the class "Data command" in smtpd_data_restrictions; and it appends
# smtpd_reject_footer to every 4XX and 5XX reply as a line of its own with the same reply code and enhanced code
# (postconf(5)'s example), so every reply below has two lines. A sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to the replaying server, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Noliae's, in Postfix's
# frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte (two lines, "\n" between them), at the stage the code sends it:
#   "554-5.1.1 <nat@beta.test>: Recipient address rejected: La boite mail que vous tentez de joindre n'existe pas.
#    Verifiez l'adresse du destinataire et reessayez. En savoir plus : https://noliae.com/mail-help -- Noliae Mail\n554
#    5.1.1 Noliae Mail | postmaster@beta.test | https://noliae.com/mail-help"   to RCPT TO, for nat@ and ned@ beta.test
#   "554-5.7.1 <club@beta.test>: Recipient address rejected: Cette liste (club@beta.test) est reservee aux membres du
#    domaine beta.test.\n554 5.7.1 Noliae Mail | postmaster@beta.test | https://noliae.com/mail-help"   to RCPT TO, for
#                              the lists club@ and choir@ beta.test (each with its own address)
#   "554-5.7.1 <staff@beta.test>: Recipient address rejected: Cette liste (staff@beta.test) est reservee aux domaines
#    internes du serveur.\n554 5.7.1 Noliae Mail | postmaster@beta.test | https://noliae.com/mail-help"   to RCPT TO,
#                              for the lists staff@ and crew@ beta.test (each with its own address)
#   "450-4.7.0 <DATA>: Data command rejected: Vous avez depasse votre quota d'envoi (30 mails/1 minute). Reessayez plus
#    tard.\n450 4.7.0 Noliae Mail | postmaster@beta.test | https://noliae.com/mail-help"   to DATA, to every attempt,
#                              for ray@ and rex@ beta.test
# Not served: the greeting "<MAIL_DOMAIN> ESMTP Noliae Mail" and the EHLO answer (the replaying server's are used),
# Postfix's own refusals (reject_unauth_destination, unknown virtual mailboxes), the refusals of the rspamd milter
# (rspamd's words), the higher windows of the rate limit ("300 mails/1 heure", "1000 mails/24 heures": the same
# sentence) and the policy daemons' DUNNO answers (a database error lets the mail through). The rate limit counts only
# mail submitted with SASL authentication (its sasl_username), which a relaying MTA on port 25 never has: its reply is
# served to mail relayed without it, as a sending MTA relaying through Noliae's submission with a SASL login would
# meet it. The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is
# a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-noliae-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Noliae's refusals as its Postfix gives them ("\n" between lines).
FOOT='Noliae Mail | postmaster@beta.test | https://noliae.com/mail-help'
NOBOX="<{rcpt}>: Recipient address rejected: La boite mail que vous tentez de joindre n'existe pas. Verifiez l'adresse du destinataire et reessayez. En savoir plus : https://noliae.com/mail-help -- Noliae Mail"
members() { printf '554-5.7.1 <%s>: Recipient address rejected: Cette liste (%s) est reservee aux membres du domaine beta.test.\\n554 5.7.1 %s' "$1" "$1" "$FOOT"; }
internal() { printf '554-5.7.1 <%s>: Recipient address rejected: Cette liste (%s) est reservee aux domaines internes du serveur.\\n554 5.7.1 %s' "$1" "$1" "$FOOT"; }
QUOTA="450-4.7.0 <DATA>: Data command rejected: Vous avez depasse votre quota d'envoi (30 mails/1 minute). Reessayez plus tard.\\n450 4.7.0 $FOOT"
printf '%s\t%s\t%s\n' \
    nat@beta.test rcpt "554-5.1.1 $NOBOX\\n554 5.1.1 $FOOT" \
    ned@beta.test rcpt "554-5.1.1 $NOBOX\\n554 5.1.1 $FOOT" \
    club@beta.test rcpt "$(members club@beta.test)" \
    choir@beta.test rcpt "$(members choir@beta.test)" \
    staff@beta.test rcpt "$(internal staff@beta.test)" \
    crew@beta.test rcpt "$(internal crew@beta.test)" \
    ray@beta.test data "$QUOTA" \
    rex@beta.test data "$QUOTA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-mailbox	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe hedge by the lane wants cutting.\n\nCarol
list-members-of-domain-only	carol@alpha.test	club@beta.test	192.0.2.25	Hello all,\n\nthe walking group leaves the square at nine.\n\nCarol
list-internal-domains-only	carol@alpha.test	staff@beta.test	192.0.2.25	Hello,\n\nthe hall is booked for the quiz night.\n\nCarol
sending-quota-exceeded	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe apple crates are stacked in the shed.\n\nCarol
exim-no-such-mailbox	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe ferry runs late on Sundays.\n\nPat
exim-list-members-of-domain-only	pat@pi.test	choir@beta.test	192.0.2.35	Hello all,\n\nthe new hymn sheets are on the piano.\n\nPat
exim-list-internal-domains-only	pat@pi.test	crew@beta.test	192.0.2.35	Hello,\n\nthe rowing boat is back on its trailer.\n\nPat
exim-sending-quota-exceeded	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe kite is caught in the oak again.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (one message of each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
