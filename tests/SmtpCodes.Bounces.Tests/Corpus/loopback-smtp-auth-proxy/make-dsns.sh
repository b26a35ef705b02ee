#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-auth-proxy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtp-auth-proxy, kurotch-homelab's authenticating SMTP submission proxy for Microsoft 365 (the repository
# kurotch-homelab/smtp-auth-proxy: a LAN-facing submission server in Go on emersion/go-smtp that takes mail from
# printers, scanners and services with their own SMTP accounts, checks the From header against the shared mailboxes
# each account may send as, queues the message and delivers it to Exchange Online with OAuth; read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below:
#   internal/smtpsrv/session.go (commit 5020064f4e33: errAuthRequired, session.Rcpt's bad recipient, session.Data's
#   refusal of a policy decision, its queueing failure and readMessage's read error) and internal/policy/resolve.go
#   (commit 8d899b811e1c: Resolve and applyFromPolicy, the decisions whose Code, Enhanced and Reason session.Data
#   returns as they are). Each reply is an smtp.SMTPError (Code, EnhancedCode, Message) that go-smtp writes as one line
#   "<code> <enhanced code> <message>":
#   to MAIL FROM "530 5.7.0 Authentication required" (the client has not authenticated: the proxy takes mail only from
#   its SMTP accounts); to RCPT TO "501 5.1.3 Bad recipient address syntax" (policy.ParseAddress refused the recipient
#   or it is empty); after the message (go-smtp answers the final dot with what the session's Data returns) the policy's
#   refusals "550 5.7.1 this account is disabled" (the SMTP account is switched off), "550 5.7.1 this account is not
#   linked to any mailbox; grant it one in the admin interface" (the account may send as no mailbox), "550 5.7.1 the
#   message has no From header", "550 5.7.1 the mailbox <address> is disabled" (the shared mailbox the message would go
#   out as is switched off), "550 5.7.1 this account may not send as <From>; allowed senders are: <list>" (the From
#   header is none of the account's mailboxes or allowed patterns and the account's policy is reject) and "451 4.3.5 the
#   sender policy "<policy>" is not understood by this version" (the database holds a From policy this build does not
#   know; the code's comment: the binary is older than the schema), then "451 4.3.0 Could not queue the message; please
#   retry" (the submitter failed; the code's comment: "the message was valid and the failure is ours") and "451 4.4.2
#   Connection error while reading the message" (reading the DATA payload failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp-auth-proxy's; the DSNs are made.
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
#   "530 5.7.0 Authentication required"   to MAIL FROM from the Postfix's second address (192.0.2.24, which sends the
#                              mail for gamma.test), for gus@gamma.test, and from the Exim's second address
#                              (192.0.2.34), for gil@gamma.test
#   "501 5.1.3 Bad recipient address syntax"   to RCPT TO, for bea@ and bob@ beta.test
#   "550 5.7.1 this account is disabled"   after the message, for ada@ and abe@ beta.test
#   "550 5.7.1 this account is not linked to any mailbox; grant it one in the admin interface"   after the message, for
#                              lina@ and leo@ beta.test
#   "550 5.7.1 the message has no From header"   after the message, for nora@ and ned@ beta.test
#   "550 5.7.1 the mailbox office@alpha.test is disabled"   after the message, for mabel@beta.test (the Postfix's)
#   "550 5.7.1 the mailbox desk@pi.test is disabled"   after the message, for max@beta.test (the Exim's; the code puts
#                              the shared mailbox's address in the text: here one of each sender's domain)
#   "550 5.7.1 this account may not send as carol@alpha.test; allowed senders are: office@alpha.test, *@alerts.alpha.test"
#                              after the message, for sam@beta.test (the Postfix's)
#   "550 5.7.1 this account may not send as pat@pi.test; allowed senders are: desk@pi.test, *@alerts.pi.test"
#                              after the message, for sid@beta.test (the Exim's; the code puts the From header's
#                              address and the account's mailboxes and patterns in the text: here each sender's own
#                              address, which is its messages' From)
#   "451 4.3.5 the sender policy "quarantine" is not understood by this version"   after the message, to every
#                              attempt, for pia@ and pete@ beta.test (the code quotes the unknown policy with %q; the
#                              ones it knows are rewrite, passthrough and reject)
#   "451 4.3.0 Could not queue the message; please retry"   after the message, to every attempt, for quinn@ and
#                              quincy@ beta.test
#   "451 4.4.2 Connection error while reading the message"   after the message, to every attempt, for cora@ and cole@
#                              beta.test
# Not served: the greeting and the EHLO answer (go-smtp's, built from the configured hostname; the replaying server's
# are used), go-smtp's own replies (its recipient and size limits, which the proxy sets to its own, so that go-smtp's
# words answer before the session's "452 4.5.3 Too many recipients; this server accepts at most <n>" and "552 5.3.4
# Message exceeds the <n> byte limit" could), "554 5.5.1 No valid recipients" (RFC 5321's stock words, as go-smtp's),
# "530 5.7.0 Must issue a STARTTLS command first" (Postfix's words), "538 5.7.11 Encryption required for requested
# authentication mechanism" and the authentication failure (answers to AUTH, which the senders do not send), "501 5.1.7
# Bad sender address syntax" (to MAIL FROM, where the replaying server keys by client and both clients answer the
# log-in demand), "550 5.6.0 Message could not be parsed: <error>" and "550 5.7.1 Bad From header: <error>" (their
# tails are the words of the proxy's parsers and of Go's net/mail, not read here). The proxy is a submission server that
# takes mail only from authenticated accounts; here the replies are chosen by recipient or by the sender's address, not
# by anything the senders did (they do not authenticate, and their messages have a From header): each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-auth-proxy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-auth-proxy's replies.
AUTH='530 5.7.0 Authentication required'
BADRCPT='501 5.1.3 Bad recipient address syntax'
DISABLED='550 5.7.1 this account is disabled'
UNLINKED='550 5.7.1 this account is not linked to any mailbox; grant it one in the admin interface'
NOFROM='550 5.7.1 the message has no From header'
POLICY='451 4.3.5 the sender policy "quarantine" is not understood by this version'
QUEUE='451 4.3.0 Could not queue the message; please retry'
READ='451 4.4.2 Connection error while reading the message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTH" \
    client:192.0.2.34 mail "$AUTH" \
    bea@beta.test rcpt "$BADRCPT" \
    bob@beta.test rcpt "$BADRCPT" \
    ada@beta.test eom "$DISABLED" \
    abe@beta.test eom "$DISABLED" \
    lina@beta.test eom "$UNLINKED" \
    leo@beta.test eom "$UNLINKED" \
    nora@beta.test eom "$NOFROM" \
    ned@beta.test eom "$NOFROM" \
    mabel@beta.test eom '550 5.7.1 the mailbox office@alpha.test is disabled' \
    max@beta.test eom '550 5.7.1 the mailbox desk@pi.test is disabled' \
    sam@beta.test eom '550 5.7.1 this account may not send as carol@alpha.test; allowed senders are: office@alpha.test, *@alerts.alpha.test' \
    sid@beta.test eom '550 5.7.1 this account may not send as pat@pi.test; allowed senders are: desk@pi.test, *@alerts.pi.test' \
    pia@beta.test eom "$POLICY" \
    pete@beta.test eom "$POLICY" \
    quinn@beta.test eom "$QUEUE" \
    quincy@beta.test eom "$QUEUE" \
    cora@beta.test eom "$READ" \
    cole@beta.test eom "$READ" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe printer on the second floor is out of toner.\n\nCarol
bad-recipient-syntax	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe beehive inspection is on Friday.\n\nCarol
account-disabled	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe allotment gate has a new lock.\n\nCarol
account-not-linked	carol@alpha.test	lina@beta.test	192.0.2.25	Lina,\n\nthe linen cupboard is sorted.\n\nCarol
no-from-header	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe noticeboard needs new pins.\n\nCarol
mailbox-disabled	carol@alpha.test	mabel@beta.test	192.0.2.25	Mabel,\n\nthe maple by the pond is pruned.\n\nCarol
may-not-send-as	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe sandpit cover blew away.\n\nCarol
sender-policy-unknown	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe piano tuner comes on Tuesday.\n\nCarol
could-not-queue	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe quince jelly has set.\n\nCarol
read-error	carol@alpha.test	cora@beta.test	192.0.2.25	Cora,\n\nthe coracle race is postponed.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe scanner saves to the wrong folder.\n\nPat
exim-bad-recipient-syntax	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe bobsleigh film starts at nine.\n\nPat
exim-account-disabled	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe abbey tour is fully booked.\n\nPat
exim-account-not-linked	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe lemon tree has flowers.\n\nPat
exim-no-from-header	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe netball posts are up.\n\nPat
exim-mailbox-disabled	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe marquee pegs are in the shed.\n\nPat
exim-may-not-send-as	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe cider press is cleaned.\n\nPat
exim-sender-policy-unknown	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe peat for the beds arrived.\n\nPat
exim-could-not-queue	pat@pi.test	quincy@beta.test	192.0.2.35	Quincy,\n\nthe quilting circle meets at two.\n\nPat
exim-read-error	pat@pi.test	cole@beta.test	192.0.2.35	Cole,\n\nthe coal bunker is empty.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim), then for each of the
# six temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
