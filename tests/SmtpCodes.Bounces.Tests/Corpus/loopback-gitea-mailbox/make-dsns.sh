#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gitea-mailbox: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the mailbox server of Sirherobrine23's Gitea fork, a self-hosted Git forge in Go to which the fork adds a
# mail server of its own (SMTP on emersion/go-smtp and IMAP for the forge's users' mailboxes, with SPF, DKIM and DMARC
# checks of incoming mail, quotas, role addresses and Gitea's incoming-mail handler addresses; repository
# Sirherobrine23/gitea, MIT by its files' SPDX lines, no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below: services/mailbox/smtp.go (commit 7d77a4e18379: the
# go-smtp smtpSession's Rcpt and Data, each refusal a go-smtp SMTPError with its own code, enhanced code and message,
# which go-smtp sends as "<code> <enhanced code> <message>", one line; an earlier version of the file, commit
# 444557c7fb2b, spoke SMTP with its own code and wrote the quota and delivery replies in the same words), with
# services/mailbox/auth.go (commit aeb3cd673de2: authenticateIncoming, whose DMARC evaluation gives the reject action
# when no SPF or DKIM identifier aligns and the sender domain's policy is p=reject, and the defer action when the DMARC
# record lookup or the SPF or DKIM evaluation failed temporarily and DMARC_DEFER_ON_TEMPFAIL is set) and
# services/mailbox/mailbox.go (CanAcceptRecipient: an address that resolves to no active local user, alias, role
# account or valid handler address, or a foreign domain without relaying, is ErrNotLocalRecipient):
#   to RCPT TO "550 5.1.1 Recipient rejected" (CanAcceptRecipient failed);
#   after the message "550 5.7.1 Message rejected by DMARC policy" (the reject action), "451 4.7.5 Message
#   authentication temporarily unavailable" (the defer action), "552 5.2.2 Mailbox quota exceeded" (delivery failed
#   with ErrQuotaExceeded) and "451 4.3.0 Temporary delivery failure" (delivery failed otherwise).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# fork's mailbox server's; the DSNs are made.
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
#   "550 5.1.1 Recipient rejected"   to RCPT TO, for ron@ and rex@ beta.test
#   "550 5.7.1 Message rejected by DMARC policy"   after the message, for dee@ and dax@ beta.test
#   "552 5.2.2 Mailbox quota exceeded"   after the message, for kim@ and kit@ beta.test
#   "451 4.7.5 Message authentication temporarily unavailable"   after the message, to every attempt, for ava@ and
#                              abe@ beta.test
#   "451 4.3.0 Temporary delivery failure"   after the message, to every attempt, for tess@ and tam@ beta.test
# Not served: go-smtp's greeting, EHLO answer and own replies (syntax, sequence, size, line length; the replaying
# server's greeting and EHLO answer are used); "503 5.5.1 Need RCPT TO before DATA" (a relaying MTA does not send it);
# the submission listeners' replies: go-smtp's authentication-required reply, "553 5.7.1 Sender address not owned by
# authenticated user", "553 5.7.1 RFC5322.From address is not owned by authenticated user" and "451 4.7.0 Temporary
# message signing failure" (an authenticated user's own mail); the earlier own-protocol version's other replies. A
# message that DMARC sends to quarantine is accepted (250) into the Junk folder and makes no DSN.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gitea-mailbox}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the mailbox server's replies.
RCPT='550 5.1.1 Recipient rejected'
DMARC='550 5.7.1 Message rejected by DMARC policy'
QUOTA='552 5.2.2 Mailbox quota exceeded'
AUTHTEMP='451 4.7.5 Message authentication temporarily unavailable'
DELIVERY='451 4.3.0 Temporary delivery failure'
printf '%s\t%s\t%s\n' \
    ron@beta.test rcpt "$RCPT" \
    rex@beta.test rcpt "$RCPT" \
    dee@beta.test eom "$DMARC" \
    dax@beta.test eom "$DMARC" \
    kim@beta.test eom "$QUOTA" \
    kit@beta.test eom "$QUOTA" \
    ava@beta.test eom "$AUTHTEMP" \
    abe@beta.test eom "$AUTHTEMP" \
    tess@beta.test eom "$DELIVERY" \
    tam@beta.test eom "$DELIVERY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-rejected	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe merge request for the docs is ready.\n\nCarol
rejected-by-dmarc	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe runner on the old box is offline.\n\nCarol
mailbox-quota-exceeded	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe release notes need one more pass.\n\nCarol
authentication-unavailable	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe wiki page on mirrors is out of date.\n\nCarol
temporary-delivery-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe issue about the avatar cache is fixed.\n\nCarol
exim-recipient-rejected	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe package registry is back up.\n\nPat
exim-rejected-by-dmarc	pat@pi.test	dax@beta.test	192.0.2.35	Dax,\n\nthe branch protection rules are set.\n\nPat
exim-mailbox-quota-exceeded	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe milestone for spring is closed.\n\nPat
exim-authentication-unavailable	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe webhook to the chat room works again.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	tam@beta.test	192.0.2.35	Tam,\n\nthe labels on the tracker were tidied.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
