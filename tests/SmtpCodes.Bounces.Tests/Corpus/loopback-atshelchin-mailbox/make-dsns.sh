#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-atshelchin-mailbox: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of Mailbox Service, atshelchin's lightweight mail-receiving service on Bun and Elysia
# ("Receives and stores incoming emails for registered mailboxes", its server's header: users sign in with passkeys,
# claim addresses on the service's official domains or on domains of their own whose MX points to it, and read the
# mail, deleted after 24 hours, over an HTTP API), on Nodemailer's smtp-server package (repository atshelchin/mailbox;
# MIT, its README's "License" section, no licence file among the files the search tool holds; read with the search
# tool: src/smtp/server.ts at commit 2ae069c08cba, src/smtp/antispam.ts at 0276e133c044, src/constants/index.ts at
# 4f437a463db4, README.md at 8845a757ca68, package.json at 3cf80e0e31fc; only the reply texts are quoted). Its own
# code gives every error below to smtp-server's callbacks without a responseCode, so the package writes each with its
# defaults: 550 at MAIL FROM and RCPT TO, 450 after the message, the error's message as the text, no enhanced code:
#   onMailFrom: checkSender's reason, of which the default configuration reaches "Sender domain rate limit exceeded"
#   (over 50 messages a minute from the sender's domain; the greylist and the sender-MX check are off by default) and,
#   for a sender without "@", "Invalid sender address"; "Sender verification failed" when the check throws;
#   onRcptTo: ERROR_MESSAGES.INVALID_RECIPIENT "Invalid recipient address" (an address its pattern does not take),
#   DOMAIN_NOT_FOUND "Domain not found" (the recipient's domain is not registered, or neither official nor verified,
#   and its MX does not point to the service) and MAILBOX_NOT_FOUND "Mailbox not found" (no registered mailbox);
#   onData: MESSAGE_TOO_LARGE "Message too large" (the data passed config.maxEmailSize), NO_VALID_RECIPIENTS "No valid
#   recipients" (processEmail stored the message for none of the recipients: it could not be parsed, or a recipient's
#   domain or mailbox was gone, or storing it failed) and INTERNAL_ERROR "Internal server error" (processing threw or
#   the stream failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailbox's; the DSNs are made.
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
#   "550 Sender domain rate limit exceeded"   to MAIL FROM, from the senders' second addresses (out2, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 Domain not found"   to RCPT TO, for rex@ and rue@ delta.test (a domain the service does not hold)
#   "550 Mailbox not found"   to RCPT TO, for una@ and ugo@ beta.test
#   "450 No valid recipients"   after the message, to every attempt, for nia@ and ned@ beta.test
#   "450 Message too large"   after the message, to every attempt, for bea@ and ben@ beta.test
#   "450 Internal server error"   after the message, to every attempt, for ida@ and ivo@ beta.test
# Not served: the greeting ("<serviceDomain> ESMTP Mailbox Service") and EHLO answer (the replaying server's are used),
# "550 Invalid sender address" (a sender without "@": a relaying MTA's senders are qualified, and the null sender of a
# bounce is the only other case), "550 Sender verification failed" (checkSender throwing, which its default
# configuration's checks do not), "550 Invalid recipient address" (an address its pattern does not take; the relaying
# MTAs send plain addresses), the greylist's "Please retry after <n> minutes (greylisting)" and the MX check's
# "Sender domain has no MX record" / "... no valid MX record" (off in the default configuration), the connection
# refusal "Connection rejected" (only when tracking the connection throws) and smtp-server's own replies (its 552 to a
# MAIL FROM whose SIZE= is over the limit among them). The rate-limit refusal stands for the 51st message in a minute
# from the sender's domain; the size refusal for a message over config.maxEmailSize (100 MB by the README's default); "No valid
# recipients" for a mailbox deleted between RCPT and the end of the data, a message that cannot be parsed or a failed
# store; "Internal server error" for a failure in processing. The replies are chosen by recipient or client address,
# not by anything the senders did: each message has one recipient and a few lines of plain text. The temporary replies
# come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one
# reply text at one stage.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-atshelchin-mailbox}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailbox's replies, as smtp-server writes them.
RATELIMIT='550 Sender domain rate limit exceeded'
NODOMAIN='550 Domain not found'
NOMAILBOX='550 Mailbox not found'
NOVALID='450 No valid recipients'
TOOLARGE='450 Message too large'
INTERNAL='450 Internal server error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$RATELIMIT" \
    client:192.0.2.34 mail "$RATELIMIT" \
    rex@delta.test rcpt "$NODOMAIN" \
    rue@delta.test rcpt "$NODOMAIN" \
    una@beta.test rcpt "$NOMAILBOX" \
    ugo@beta.test rcpt "$NOMAILBOX" \
    nia@beta.test eom "$NOVALID" \
    ned@beta.test eom "$NOVALID" \
    bea@beta.test eom "$TOOLARGE" \
    ben@beta.test eom "$TOOLARGE" \
    ida@beta.test eom "$INTERNAL" \
    ivo@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-rate-limit	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe marrow contest is on the village green.\n\nCarol
domain-not-found	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe telescope evening is clouded off again.\n\nCarol
mailbox-not-found	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe sourdough starter is in the larder.\n\nCarol
no-valid-recipients	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe wool from the spring shearing is carded.\n\nCarol
message-too-large	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe maypole ribbons need ironing.\n\nCarol
internal-server-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe stepping stones are above water again.\n\nCarol
exim-sender-domain-rate-limit	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe darts league starts after Easter.\n\nPat
exim-domain-not-found	pat@pi.test	rue@delta.test	192.0.2.35	Rue,\n\nthe hay is in before the rain.\n\nPat
exim-mailbox-not-found	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe church roof fund reached its target.\n\nPat
exim-no-valid-recipients	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe brass band is rehearsing in the barn.\n\nPat
exim-message-too-large	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe duck race is at noon on Monday.\n\nPat
exim-internal-server-error	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe harvest loaf is in the oven.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
