#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postwarden: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of PostWarden, Sorin Pohontu's policy milter for Postfix in Python on pymilter (it guards protected addresses, such as
# a company-wide group, so that only authorized logins on authenticated submission reach them, refuses mail on port 25
# that claims to come from its own recipient, and demands SPF and DKIM both aligned with the visible From of untrusted
# mail; the repository sorinpohontu/postwarden, no licence file read; read with the search tool; only the reply texts
# are quoted), as the receiving Postfix gives them: a milter's reply goes out as the milter set it, code, enhanced code
# and text, with nothing of Postfix's added. PostWarden's own code writes every reply below:
#   src/postwarden/replies.py (commit c3f878e188ad), DEFAULT_REPLIES, each a Reply(smtp_code, enhanced_code, message):
#     protected_recipient 550 5.7.1 "Recipient address rejected: Access denied", self_sender 550 5.7.1 "Sender address
#     rejected: Access denied", authentication_failed 550 5.7.26 "Message rejected: Sender domain authentication failed
#     (SPF, DKIM)", invalid_from 550 5.7.1 "Message rejected: From header does not conform to RFC 5322",
#     invalid_recipient 550 5.1.3 "Recipient address rejected: Bad address syntax" and temporary_failure 451 4.7.1
#     "Service unavailable - try again later"; with_reference appends " (ref <message id>)" to the text;
#   src/postwarden/milter.py (commit 076e8f58f8d8), PolicyMilter: envfrom draws the message id, uuid4().hex[:12] (12
#     lower-case hex digits), and _apply sends setreply(code, enhanced code, text with its reference) and REJECT or
#     TEMPFAIL when the mode is "enforce"; envrcpt refuses at RCPT TO, _eom after the message;
#   src/postwarden/policy.py (commit 4067e9d9d754): evaluate_protected_recipient (a protected address reached through
#     the port-25 ingress: REJECT protected_recipient), evaluate_self_sender_header (mail on port 25 whose visible From
#     is one of its accepted recipients: REJECT self_sender, after the message), evaluate_visible_from (mail that must
#     authenticate without exactly one valid From mailbox: REJECT invalid_from), evaluate_authentication (untrusted mail
#     whose SPF and DKIM do not both pass aligned with the From domain: REJECT authentication_failed; an SPF or DKIM
#     temporary error or an incomplete evaluation: DEFER temporary_failure), and milter.py's limits (the open-message
#     cap at MAIL FROM, the recipient cap at RCPT TO, the size limits and the verification slots after the message:
#     DEFER temporary_failure).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# PostWarden's; the references are message ids drawn once for this script (one to a message, as envfrom draws one to a
# transaction, the same on every attempt here where PostWarden would draw a new one); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.7.1 Recipient address rejected: Access denied (ref 42e968bf06cf)"   to RCPT TO, for all@beta.test (Postfix)
#   "550 5.7.1 Recipient address rejected: Access denied (ref 66f7e9aa337c)"   to RCPT TO, for team@beta.test (Exim)
#   "550 5.7.1 Sender address rejected: Access denied (ref 61c6007b08cc)"   after the message, for sue@beta.test
#   "550 5.7.1 Sender address rejected: Access denied (ref f2c118a36243)"   after the message, for sal@beta.test
#   "550 5.7.26 Message rejected: Sender domain authentication failed (SPF, DKIM) (ref 2f20931d8103)"   after the
#                              message, for amy@beta.test
#   "550 5.7.26 Message rejected: Sender domain authentication failed (SPF, DKIM) (ref bed16f68874b)"   after the
#                              message, for abe@beta.test
#   "550 5.7.1 Message rejected: From header does not conform to RFC 5322 (ref 1a88788c6c5b)"   after the message,
#                              for fig@beta.test
#   "550 5.7.1 Message rejected: From header does not conform to RFC 5322 (ref 46548e0bfb5a)"   after the message,
#                              for fen@beta.test
#   "451 4.7.1 Service unavailable - try again later (ref ac5a0bbfffa7)"   after the message, to every attempt, for
#                              tod@beta.test
#   "451 4.7.1 Service unavailable - try again later (ref d905331cb44f)"   after the message, to every attempt, for
#                              tim@beta.test
# Not served: the greeting and EHLO answer (Postfix's; the replaying server's are used), "550 5.1.3 Recipient address
# rejected: Bad address syntax" (a recipient PostWarden cannot parse, such as a quoted local part with a space, which
# these senders were not given), the temporary reply at MAIL FROM and RCPT TO (the same words; served after the
# message only), the wording an operator may configure in place of the defaults, and what "observe" mode logs without
# refusing. The replies are chosen by recipient, not by anything the senders did: the messages carry one valid From
# (the sender's), no DKIM-Signature, the senders publish no SPF record, no address is protected and no From is the
# recipient's; each message has one recipient and is a few lines of plain text. The temporary reply comes on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postwarden}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): PostWarden's default replies, each with its message's reference.
PROTECTED='550 5.7.1 Recipient address rejected: Access denied (ref'
SELF='550 5.7.1 Sender address rejected: Access denied (ref'
AUTH='550 5.7.26 Message rejected: Sender domain authentication failed (SPF, DKIM) (ref'
FROM='550 5.7.1 Message rejected: From header does not conform to RFC 5322 (ref'
TEMP='451 4.7.1 Service unavailable - try again later (ref'
printf '%s\t%s\t%s\n' \
    all@beta.test rcpt "$PROTECTED 42e968bf06cf)" \
    team@beta.test rcpt "$PROTECTED 66f7e9aa337c)" \
    sue@beta.test eom "$SELF 61c6007b08cc)" \
    sal@beta.test eom "$SELF f2c118a36243)" \
    amy@beta.test eom "$AUTH 2f20931d8103)" \
    abe@beta.test eom "$AUTH bed16f68874b)" \
    fig@beta.test eom "$FROM 1a88788c6c5b)" \
    fen@beta.test eom "$FROM 46548e0bfb5a)" \
    tod@beta.test eom "$TEMP ac5a0bbfffa7)" \
    tim@beta.test eom "$TEMP d905331cb44f)" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
protected-recipient	carol@alpha.test	all@beta.test	192.0.2.25	Hello everyone,\n\nthe car park is resurfaced on Monday.\n\nCarol
self-sender	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe seed potatoes have chitted.\n\nCarol
authentication-failed	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe choir robes are back from the cleaners.\n\nCarol
invalid-from	carol@alpha.test	fig@beta.test	192.0.2.25	Fig,\n\nthe bus shelter has a new bench.\n\nCarol
temporary-failure	carol@alpha.test	tod@beta.test	192.0.2.25	Tod,\n\nthe beehives need checking before the frost.\n\nCarol
exim-protected-recipient	pat@pi.test	team@beta.test	192.0.2.35	Hello team,\n\nthe fire drill is at eleven.\n\nPat
exim-self-sender	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe mill pond is frozen over.\n\nPat
exim-authentication-failed	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe swifts have come back to the eaves.\n\nPat
exim-invalid-from	pat@pi.test	fen@beta.test	192.0.2.35	Fen,\n\nthe map of the footpaths is on the noticeboard.\n\nPat
exim-temporary-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe lawnmower blade is sharpened.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply (one message of each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
