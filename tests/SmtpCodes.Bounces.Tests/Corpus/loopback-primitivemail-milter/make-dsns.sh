#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-primitivemail-milter: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of PrimitiveMail's milter, the Sendmail-protocol mail filter (Python, pymilter) in front of which
# PrimitiveMail's Postfix takes mail: PrimitiveMail is "a self-hosted SMTP inbox for agents" of primitive.dev (MIT, its
# README), whose milter applies sender and recipient allowlists, an optional Spamhaus DNSBL, SPF, DKIM and DMARC
# checks, and then either writes each message to disk (standalone mode) or hands it to a webhook per recipient and
# maps the webhook's answer to a reply (repository primitivedotdev/primitivemail, read with the search tool:
# milter/primitivemail_milter.py at commit 000c09a4bfe2, PrimitiveMailMilter's envfrom, envrcpt and _process_eom, each
# refusal a setreply(code, enhanced code, text); email_validator.py at commit 0925677c6767, the size limit of 50 MiB;
# README.md at commit 155ae03efb60; only the reply texts are quoted). Postfix sends a milter's setreply to the client
# as it is, at the stage the milter answers: MAIL FROM (envfrom), RCPT TO (envrcpt) or the end of the message (eom).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# PrimitiveMail's milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the milter writes it:
#   to MAIL FROM (chosen by client address: the senders' second addresses, which send the mail for gamma.test)
#   "554 5.7.1 Rejected - client IP listed in Spamhaus DROP"
#        envfrom: the client's address answers 127.0.0.9 (DROP) in the configured Spamhaus DNSBL zone; to the
#        Postfix's 192.0.2.24 (for rae@gamma.test)
#   "550 5.7.0 Message rejected"
#        envfrom: sender filtering on, the sender neither in allowed_senders nor of allowed_sender_domains; to the
#        Exim's 192.0.2.34 (for ray@gamma.test)
#   to RCPT TO
#   "550 5.1.1 Recipient not accepted"
#        envrcpt: recipient filtering on, the address not in allowed_recipients; for nell@ and nico@ beta.test
#   after the message
#   "552 5.3.4 Message size exceeds fixed limit"
#        the message over MAX_EMAIL_SIZE_BYTES (50 MiB); for max@ and mia@ beta.test
#   "550 5.7.1 Failed DMARC policy for <From domain>"
#        spoof protection "standard": the From domain's DMARC policy is reject and neither an aligned SPF pass nor an
#        aligned DKIM pass; for dee@ and dot@ beta.test
#   "550 5.7.20 DKIM validation failed"
#        spoof protection "strict": a DKIM signature that does not verify; for kim@beta.test (Postfix)
#   "550 5.7.1 DMARC validation failed"
#        spoof protection "strict": no aligned SPF or DKIM pass, whatever the policy; for dmitri@beta.test (Exim)
#   "554 5.5.2 From domain uses reserved TLD"
#        webhook mode, one recipient: the webhook answers reject_permanent, reason protocol_violation, detail
#        reserved_tld (the From domain is under a reserved top-level domain); for tia@ and tara@ beta.test
#   "451 4.7.1 Temporary failure, please retry"
#        webhook mode: the webhook could not be reached, answered an error or an unknown status for a recipient (or
#        the storage upload of a large message failed); to every attempt; for tom@ (Postfix) and tess@ beta.test (Exim)
# Not served: "550 5.7.1 Bounces not accepted" (a null sender), "550 5.7.23 SPF validation failed: <pyspf's
# explanation>", "550 5.1.1 No recipient", the webhook's other protocol-violation details ("Malformed From domain",
# "Raw IP address in From domain not allowed", "From domain has no valid TLD", "From domain exceeds maximum length",
# "Protocol violation"), "550 5.1.2 Domain not found", "550 5.1.1 Recipient rejected", "550 5.1.1 No valid recipients"
# and "451 4.7.1 Temporary failure saving email, please retry" (the standalone mode's disk failure). The replies are
# chosen by recipient or client address, not by anything the senders did: no list holds the senders' addresses, no
# DMARC record, DKIM signature or webhook exists here, the messages are small. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-primitivemail-milter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the milter's replies as Postfix sends them.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "554 5.7.1 Rejected - client IP listed in Spamhaus DROP" \
    client:192.0.2.34 mail "550 5.7.0 Message rejected" \
    nell@beta.test rcpt "550 5.1.1 Recipient not accepted" \
    nico@beta.test rcpt "550 5.1.1 Recipient not accepted" \
    max@beta.test eom "552 5.3.4 Message size exceeds fixed limit" \
    mia@beta.test eom "552 5.3.4 Message size exceeds fixed limit" \
    dee@beta.test eom "550 5.7.1 Failed DMARC policy for alpha.test" \
    dot@beta.test eom "550 5.7.1 Failed DMARC policy for pi.test" \
    kim@beta.test eom "550 5.7.20 DKIM validation failed" \
    dmitri@beta.test eom "550 5.7.1 DMARC validation failed" \
    tia@beta.test eom "554 5.5.2 From domain uses reserved TLD" \
    tara@beta.test eom "554 5.5.2 From domain uses reserved TLD" \
    tom@beta.test eom "451 4.7.1 Temporary failure, please retry" \
    tess@beta.test eom "451 4.7.1 Temporary failure, please retry" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spamhaus-drop	carol@alpha.test	rae@gamma.test	192.0.2.25	Rae,\n\nthe ferry timetable changed again.\n\nCarol
recipient-not-accepted	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe choir meets in the library now.\n\nCarol
size-limit	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe photos from the fete are on the drive.\n\nCarol
dmarc-policy	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe beehives came through the frost.\n\nCarol
dkim-failed	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe cider press is free on Saturday.\n\nCarol
reserved-tld	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe lane is closed for resurfacing.\n\nCarol
temporary-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe quiz questions are ready.\n\nCarol
exim-sender-rejected	pat@pi.test	ray@gamma.test	192.0.2.35	Ray,\n\nthe tide tables are pinned up.\n\nPat
exim-recipient-not-accepted	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe bowls club has a new roller.\n\nPat
exim-size-limit	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe scans of the old maps are done.\n\nPat
exim-dmarc-policy	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe well dressing starts on Monday.\n\nPat
exim-dmarc-failed	pat@pi.test	dmitri@beta.test	192.0.2.35	Dmitri,\n\nthe telescope night is cloudy again.\n\nPat
exim-reserved-tld	pat@pi.test	tara@beta.test	192.0.2.35	Tara,\n\nthe pantomime needs a second dame.\n\nPat
exim-temporary-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe path by the mill is mended.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the two
# temporary failures (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
