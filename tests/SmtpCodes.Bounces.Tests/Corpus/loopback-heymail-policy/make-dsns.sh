#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-heymail-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of the recipient policy services of HeyMail, Loxime's self-hosted mail
# sending platform (PHP application, Postfix submission and delivery, Rspamd signing, and two receiving Postfix
# instances of its own: a DSN ingress that takes the delivery status notifications sent back to its VERP bounce
# addresses, bounce+<message id>+<32 hex HMAC>@<bounce domain>, and an inbound ingress that also takes the SRS return
# addresses of the mail it forwards, srs0=...@<SRS domain>). Each ingress asks a small Postfix policy delegation
# service in Python of its own (repository Loxime/heymail, read with the search tool; no licence file in the stored
# copy; only the reply texts are quoted):
#   docker/inbound-ingress/recipient-policy.py at commit 59f46f8da076 (handle_connection): for a recipient of the
#   bounce domain, "REJECT 5.7.1 DSN reverse-path must be null" when the request's sender is neither empty nor "<>",
#   else DUNNO for a valid HMAC and "REJECT 5.1.1 Invalid bounce recipient" for any other; for a recipient of the SRS
#   domain, "REJECT 5.7.1 SRS return reverse-path must be null" for a sender that is not null, else DUNNO for an
#   srs0/srs1 address and "REJECT 5.1.1 Invalid SRS recipient"; DUNNO for every other recipient;
#   docker/dsn-ingress/recipient-policy.py at commit 63fb8aaaeecb: the bounce domain's two answers for every recipient;
#   docker/inbound-ingress/Dockerfile at commit 5504dc652e40 and docker/dsn-ingress/Dockerfile at commit f8c3c778a86c,
#   the two Postfix configurations (postconf -e): the inbound ingress asks the service through a restriction class
#   chosen by check_recipient_access for the bounce and SRS domains in smtpd_recipient_restrictions, the DSN ingress
#   asks it first in smtpd_recipient_restrictions (check_policy_service inet:127.0.0.1:10031), and both set
#   smtpd_policy_service_timeout = 5s and smtpd_policy_service_default_action = 451 4.3.0 Temporary policy failure,
#   HeyMail's own words for the answer Postfix gives when the service does not answer.
# Postfix 3's smtpd_check writes a policy's REJECT action "REJECT X.Y.Z text" as "554 X.Y.Z <recipient>: Recipient
# address rejected: text" (check_table_result: access_map_reject_code 554, the action's enhanced code, "<%s>: %s
# rejected: %s") and its default action "451 4.3.0 text", taken as an access table's numeric result, as "451 4.3.0
# <recipient>: Recipient address rejected: text" (the service is asked in the recipient restrictions, so the name is
# the recipient's).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# HeyMail's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to RCPT TO (R is "Recipient address rejected:"); beta.test stands for HeyMail's bounce
# domain and gamma.test for its SRS domain:
#   "554 5.7.1 <rcpt>: R DSN reverse-path must be null"
#        a message with a sender (not a DSN) for a bounce address; for bounce+4821+... and bounce+4822+... @beta.test
#   "554 5.7.1 <rcpt>: R SRS return reverse-path must be null"
#        a message with a sender for an SRS return address; for srs0=k3vq=ts=delta.test=nina@ and
#        srs0=p7xw=ts=delta.test=omar@ gamma.test
#   "451 4.3.0 <rcpt>: R Temporary policy failure"
#        the service did not answer within smtpd_policy_service_timeout (Postfix's default action as HeyMail sets it);
#        to every attempt; for bounce+4830+...@beta.test (Postfix) and bounce+4831+...@beta.test (Exim)
# Not served: "554 5.1.1 <rcpt>: R Invalid bounce recipient" and "554 5.1.1 <rcpt>: R Invalid SRS recipient" (the
# service says them only to a null sender, a DSN, whose refusal no DSN reports back), the DUNNO actions (no reply),
# the inbound ingress's transport for the SRS domain, error:5.1.1 Invalid SRS recipient (a bounce the ingress writes
# after accepting, not a reply), and the submission Postfix's and Rspamd's answers. The replies are chosen by
# recipient: both senders give a sender (alpha.test, pi.test), as an auto-reply or a forwarded message sent to the
# Return-Path would. Each message has one recipient and is a few lines of plain text. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-heymail-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): HeyMail's policy actions as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
B1=bounce+4821+9f2c4e7a1b3d5f60718293a4b5c6d7e8@beta.test
B2=bounce+4822+3e5a7c9b0d1f2a4c6e8b0a2c4e6f8a1b@beta.test
S1=srs0=k3vq=ts=delta.test=nina@gamma.test
S2=srs0=p7xw=ts=delta.test=omar@gamma.test
T1=bounce+4830+c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6@beta.test
T2=bounce+4831+0a1b2c3d4e5f60718293a4b5c6d7e8f9@beta.test
printf '%s\t%s\t%s\n' \
    "$B1" rcpt "554 5.7.1 <$B1>: $R DSN reverse-path must be null" \
    "$B2" rcpt "554 5.7.1 <$B2>: $R DSN reverse-path must be null" \
    "$S1" rcpt "554 5.7.1 <$S1>: $R SRS return reverse-path must be null" \
    "$S2" rcpt "554 5.7.1 <$S2>: $R SRS return reverse-path must be null" \
    "$T1" rcpt "451 4.3.0 <$T1>: $R Temporary policy failure" \
    "$T2" rcpt "451 4.3.0 <$T2>: $R Temporary policy failure" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<SEND
dsn-reverse-path-not-null	carol@alpha.test	$B1	192.0.2.25	Hello,\n\nI am away from the office until Monday and will read your message then.\n\nCarol
srs-reverse-path-not-null	carol@alpha.test	$S1	192.0.2.25	Nina,\n\nthe allotment keys are with the warden.\n\nCarol
temporary-policy-failure	carol@alpha.test	$T1	192.0.2.25	Hello,\n\nthis mailbox is not read; please write to the office instead.\n\nCarol
exim-dsn-reverse-path-not-null	pat@pi.test	$B2	192.0.2.35	Hello,\n\nthank you for your message, I am on leave this week.\n\nPat
exim-srs-reverse-path-not-null	pat@pi.test	$S2	192.0.2.35	Omar,\n\nthe regatta starts at ten on Saturday.\n\nPat
exim-temporary-policy-failure	pat@pi.test	$T2	192.0.2.35	Hello,\n\nyour message was received and will be answered soon.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# messages deferred on every attempt (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
