#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailcaptcha: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of MailCaptcha, szimszon's web2py application and Postfix policy service "for e-mail address protection with
# recaptcha for postfix" (the repository szimszon/web2py_mailcaptcha, read with the search tool: private/mailcaptcha.py
# at commit 454fe19c4d6c, the policy daemon, whose answers are "action=defer_if_permit <defer_if_permit text>" and
# "action=reject <reject text>"; models/plugin_mailcaptcha.py at commit 51a41e15d3e6, the settings table whose
# defaults are those texts, 'You should answer a captcha first' and 'You are in our blacklist'; INSTALL at commit
# efeb21bc56de, "defer_if_permit reply text: The message the mail system should send if message is deferred", "reject
# reply text: The message the mail system should send if message is rejected due the blacklist", and the Postfix set-up,
# check_policy_service in smtpd_recipient_restrictions; README.md at commit 4bc7094b652c, "What does this?"; LICENSE at
# commit bed0d2868779, "GPL3"; only the reply texts are quoted). Postfix's smtpd writes a policy service's
# "defer_if_permit <text>" at RCPT TO as "450 4.7.1 <recipient>: Recipient address rejected: <text>" and its
# "reject <text>" as "554 5.7.1 <recipient>: Recipient address rejected: <text>" (access(5), the default
# access_map_defer_code and access_map_reject_code), which is what the replaying server sends.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MailCaptcha's and Postfix's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at RCPT TO, the stage the policy service answers:
#   "450 4.7.1 <rcpt>: Recipient address rejected: You should answer a captcha first"   (the recipient is protected,
#        on the "apply on" list, and the sender is on neither the whitelist nor the blacklist: the sender is put in the
#        waiting queue, or is in it already, and is mailed the URL of a reCAPTCHA page; once solved, the sender goes to
#        the whitelist and the next retry passes) to every attempt, for kim@, lee@ and lou@ beta.test (lee and lou in
#        one message) and kit@beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: You are in our blacklist"   (the sender's address or domain is on
#        MailCaptcha's blacklist, kept by hand or filled by a honeypot address's mail) for bo@ and bea@ beta.test
# Not served: Postfix's own replies when the policy service is down, and the notification mails (mail sent to the
# sender, not SMTP replies).
# The replies are chosen by recipient, not by anything the senders did: no captcha was asked for or mailed, nobody is
# on a blacklist. The temporary reply comes on every attempt; each sender warns after a minute and returns the message
# after 3. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailcaptcha}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailCaptcha's texts as Postfix's smtpd writes a policy answer.
CAPTCHA='450 4.7.1 <{rcpt}>: Recipient address rejected: You should answer a captcha first'
BLACK='554 5.7.1 <{rcpt}>: Recipient address rejected: You are in our blacklist'
printf '%s\t%s\t%s\n' \
    kim@beta.test rcpt "$CAPTCHA" \
    lee@beta.test rcpt "$CAPTCHA" \
    lou@beta.test rcpt "$CAPTCHA" \
    kit@beta.test rcpt "$CAPTCHA" \
    bo@beta.test rcpt "$BLACK" \
    bea@beta.test rcpt "$BLACK" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
captcha-first	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe boat trailer needs a new number plate light.\n\nCarol
captcha-first-two	carol@alpha.test	lee@beta.test,lou@beta.test	192.0.2.25	Lee, Lou,\n\nthe fete committee meets on Wednesday at seven.\n\nCarol
blacklist	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe spare chairs are stacked behind the stage.\n\nCarol
exim-captcha-first	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe reading group picked the short novel after all.\n\nPat
exim-blacklist	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe plant sale takes card payments this year.\n\nPat
SEND
# two messages refused for good, returned at once (one by each sender), then for each of the three deferred messages
# (two by the Postfix, one by the Exim) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
