#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ncf: a receiving SMTP server (../loopback-replay.py) answers with the refusal that the
# National Capital FreeNet's help wiki page "Emails not delivered" quotes from its mail system (NCF, a community internet
# provider in Ottawa, Canada: https://help.ncf.ca/Email_messages_rejected, redirected to "Emails not delivered", and its
# revisions of 2025-04-08, help.ncf.ca/index.php?title=Emails_not_delivered; "the bounce-back should explain why the
# message was rejected, for example: ... 550 5.7.23 ..."; read with the search tool), byte for byte but for its example's
# addresses; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are NCF's; the DSNs are made. The wiki states no licence on the stored pages; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page's one reply, to RCPT TO (its text says "Recipient address rejected"):
#   "550 5.7.23 <recipient@ncf.ca>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please
#   see http://www.openspf.net/Why?s=mfrom;id=sender@somewhere.ca;ip=12.34.56.78;r=;"   its example's recipient, sender
#                          and IP address made the run's (the recipient's, the MAIL FROM address, the client's); "r=;" as
#                          the page shows it (the wiki's source ends its nowiki span after "r=" and the ";" follows);
#                          "the message was sent from a mail server ... which is not allowed to send mail according the
#                          SPF record on the sender's domain name"                      for sue@, sid@beta.test
# The reply is chosen by recipient address, not by anything the senders did: no SPF record is published or asked, the
# senders' addresses have matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ncf}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reply.
SPF='550 5.7.23 <{rcpt}>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id={sender};ip={client};r=;'
printf '%s\t%s\t%s\n' \
    sue@beta.test rcpt "$SPF" \
    sid@beta.test rcpt "$SPF" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	sue@beta.test,sid@beta.test	192.0.2.25	Sue, Sid,\n\nthe volunteer evening is on Wednesday.\n\nCarol
exim-spf-fail	pat@pi.test	sue@beta.test,sid@beta.test	192.0.2.35	Sue, Sid,\n\nthe membership renewal form is below.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
