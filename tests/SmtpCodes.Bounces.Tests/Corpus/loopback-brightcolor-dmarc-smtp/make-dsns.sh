#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-brightcolor-dmarc-smtp: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP inbound of DMARC Analyzer, brightcolor's self-hosted analysis of DMARC aggregate reports for
# several organisations (German web interface, FastAPI and SQLAlchemy), whose own mail reception in Python on aiosmtpd
# takes report mail only for the organisations' and domains' generated inbound addresses (org-<slug>-<token>@ and
# dom-<domain>-<token>@ its SMTP_INBOUND_DOMAIN), refuses every other recipient at RCPT TO and relays nothing (the
# repository brightcolor/dmarc-analyzer; MIT, "Copyright (c) 2026 DMARC Analyzer Contributors", its LICENSE at
# ea53a304dcfd; read with the search tool: smtp_inbound/handler.py at 2b11a937adda, smtp_inbound/validator.py at
# 4fce5543b4bb, smtp_inbound/server.py at 2e0d400f3a53, app/services/inbound_address.py at 9c1602c1a219, README.md at
# 0797f370170c; only the reply texts are quoted), whose own code writes every reply below:
#   app/services/inbound_address.py, validate_for_smtp (called by smtp_inbound/validator.py's validate_recipient at
#   RCPT TO): "550 5.1.1 Recipient unknown" when no inbound address has that address, "550 5.1.1 Recipient disabled"
#   when the address is revoked, disabled (a rotated address past its grace) or in any state but active,
#   "550 5.7.1 Organization disabled" when its organisation is missing or inactive, "550 5.7.1 Domain disabled" when
#   the domain it is bound to is inactive; validate_recipient splits the reason into code and text and handler.py's
#   handle_RCPT sends f"{code} {message}", the same bytes;
#   smtp_inbound/validator.py, validate_recipient: "421 4.7.0 Too many connections from your IP, try later" when the
#   connecting address has passed SMTP_INBOUND_RATE_LIMIT_PER_IP recipients in the last hour (checked before the
#   address lookup), "421 4.7.0 Rate limit exceeded for this recipient" when the inbound address has passed
#   SMTP_INBOUND_RATE_LIMIT_PER_RECIPIENT in the last hour (checked after it);
#   smtp_inbound/handler.py, handle_DATA: TEMPORARY_FAILURE, "451 4.3.0 Temporary local problem, please try again
#   later", when storing or processing the message failed for a recipient (_persist_and_process returned False:
#   "Nothing was saved; the sender keeps the mail and delivers it again"); handle_exception answers the same words to
#   any unexpected error in the other handlers.
# aiosmtpd (1.4) sends a handler's returned string as it is. A sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are DMARC Analyzer's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.1 Recipient unknown"   to RCPT TO, for org-alpha-7qk2m9xw4r@ and org-pi-5jd8w2kq7v@beta.test
#   "550 5.1.1 Recipient disabled"   to RCPT TO, for dom-alpha-test-3hd8s1@ and dom-pi-test-8fz2k6@beta.test
#   "550 5.7.1 Organization disabled"   to RCPT TO, for org-alpha-v8n3c5p1zt@ and org-pi-q4w9e2r7ty@beta.test
#   "550 5.7.1 Domain disabled"   to RCPT TO, for dom-alpha-test-w2m7q9@ and dom-pi-test-h6c3v1@beta.test
#   "421 4.7.0 Too many connections from your IP, try later"   to RCPT TO, every attempt, for dom-alpha-test-b4k6r2@ and
#       dom-pi-test-n7x4p9@beta.test
#   "421 4.7.0 Rate limit exceeded for this recipient"   to RCPT TO, every attempt, for dom-alpha-test-j5t1x8@ and
#       dom-pi-test-r2b8m5@beta.test
#   "451 4.3.0 Temporary local problem, please try again later"   after the message, every attempt, for
#       dom-alpha-test-c9p3f7@ and dom-pi-test-k1y6d4@beta.test
# Not served: the greeting and aiosmtpd's EHLO answer (the replaying server's are used), acceptance ("250 2.1.5
# Recipient OK", "250 2.0.0 OK"), "452 4.5.3 Too many recipients" (only to a recipient past SMTP_INBOUND_MAX_RECIPIENTS
# in one transaction), "552 5.3.4 Message size exceeds fixed limit" (handle_DATA's and validate_recipient's size checks
# sit behind aiosmtpd's own data_size_limit, which server.py sets to the same SMTP_INBOUND_MAX_MESSAGE_SIZE, so
# aiosmtpd's stock words come first, and validate_recipient is called with size 0) and aiosmtpd's own stock replies.
# The rate replies stand for a sender past the hourly limits: the replaying server keys them by recipient, the
# receiver by the connecting address and by the inbound address, and to every attempt within the hour. aiosmtpd sends
# the 421 and keeps the connection; the replaying server closes it after a 421, as the sending Postfix and Exim end
# the session on one. The replies are chosen by recipient, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (beta.test stands for SMTP_INBOUND_DOMAIN).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-brightcolor-dmarc-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DMARC Analyzer's replies, as aiosmtpd sends them.
UNKNOWN='550 5.1.1 Recipient unknown'
DISABLED='550 5.1.1 Recipient disabled'
ORGANIZATION='550 5.7.1 Organization disabled'
DOMAIN='550 5.7.1 Domain disabled'
IPRATE='421 4.7.0 Too many connections from your IP, try later'
RCPTRATE='421 4.7.0 Rate limit exceeded for this recipient'
TEMPORARY='451 4.3.0 Temporary local problem, please try again later'
printf '%s\t%s\t%s\n' \
    org-alpha-7qk2m9xw4r@beta.test rcpt "$UNKNOWN" \
    org-pi-5jd8w2kq7v@beta.test rcpt "$UNKNOWN" \
    dom-alpha-test-3hd8s1@beta.test rcpt "$DISABLED" \
    dom-pi-test-8fz2k6@beta.test rcpt "$DISABLED" \
    org-alpha-v8n3c5p1zt@beta.test rcpt "$ORGANIZATION" \
    org-pi-q4w9e2r7ty@beta.test rcpt "$ORGANIZATION" \
    dom-alpha-test-w2m7q9@beta.test rcpt "$DOMAIN" \
    dom-pi-test-h6c3v1@beta.test rcpt "$DOMAIN" \
    dom-alpha-test-b4k6r2@beta.test rcpt "$IPRATE" \
    dom-pi-test-n7x4p9@beta.test rcpt "$IPRATE" \
    dom-alpha-test-j5t1x8@beta.test rcpt "$RCPTRATE" \
    dom-pi-test-r2b8m5@beta.test rcpt "$RCPTRATE" \
    dom-alpha-test-c9p3f7@beta.test eom "$TEMPORARY" \
    dom-pi-test-k1y6d4@beta.test eom "$TEMPORARY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-unknown	carol@alpha.test	org-alpha-7qk2m9xw4r@beta.test	192.0.2.25	Report domain: alpha.test\nSubmitter: alpha.test\n\nThe aggregate report for yesterday is attached.\n\nCarol
recipient-disabled	carol@alpha.test	dom-alpha-test-3hd8s1@beta.test	192.0.2.25	Report domain: alpha.test\nSubmitter: alpha.test\n\nThe weekly aggregate report follows.\n\nCarol
organization-disabled	carol@alpha.test	org-alpha-v8n3c5p1zt@beta.test	192.0.2.25	Report domain: alpha.test\nSubmitter: alpha.test\n\nThe report for the first of the month is attached.\n\nCarol
domain-disabled	carol@alpha.test	dom-alpha-test-w2m7q9@beta.test	192.0.2.25	Report domain: alpha.test\nSubmitter: alpha.test\n\nThe report for the mail list host is attached.\n\nCarol
ip-rate-limit	carol@alpha.test	dom-alpha-test-b4k6r2@beta.test	192.0.2.25	Report domain: alpha.test\nSubmitter: alpha.test\n\nThe late report for Tuesday is attached.\n\nCarol
recipient-rate-limit	carol@alpha.test	dom-alpha-test-j5t1x8@beta.test	192.0.2.25	Report domain: alpha.test\nSubmitter: alpha.test\n\nThe report for the new web server is attached.\n\nCarol
temporary-local-problem	carol@alpha.test	dom-alpha-test-c9p3f7@beta.test	192.0.2.25	Report domain: alpha.test\nSubmitter: alpha.test\n\nThe report for the shop domain is attached.\n\nCarol
exim-recipient-unknown	pat@pi.test	org-pi-5jd8w2kq7v@beta.test	192.0.2.35	Report domain: pi.test\nSubmitter: pi.test\n\nThe aggregate report for Monday is attached.\n\nPat
exim-recipient-disabled	pat@pi.test	dom-pi-test-8fz2k6@beta.test	192.0.2.35	Report domain: pi.test\nSubmitter: pi.test\n\nThe report for the spring quarter follows.\n\nPat
exim-organization-disabled	pat@pi.test	org-pi-q4w9e2r7ty@beta.test	192.0.2.35	Report domain: pi.test\nSubmitter: pi.test\n\nThe report for the club domain is attached.\n\nPat
exim-domain-disabled	pat@pi.test	dom-pi-test-h6c3v1@beta.test	192.0.2.35	Report domain: pi.test\nSubmitter: pi.test\n\nThe report for the old forum is attached.\n\nPat
exim-ip-rate-limit	pat@pi.test	dom-pi-test-n7x4p9@beta.test	192.0.2.35	Report domain: pi.test\nSubmitter: pi.test\n\nThe report for Friday is attached.\n\nPat
exim-recipient-rate-limit	pat@pi.test	dom-pi-test-r2b8m5@beta.test	192.0.2.35	Report domain: pi.test\nSubmitter: pi.test\n\nThe report for the bulletin host is attached.\n\nPat
exim-temporary-local-problem	pat@pi.test	dom-pi-test-k1y6d4@beta.test	192.0.2.35	Report domain: pi.test\nSubmitter: pi.test\n\nThe report for the archive domain is attached.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
