#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mireka: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the filters of Mireka (a Java mail server and SMTP proxy, hontvari/mireka, mireka.org; Apache-2.0, "Copyright
# 2009, 2013 Solware Information Technology Ltd") write to a client that delivers mail to it, each reply as its source
# writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are Mireka's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The source (read with the search tool): hontvari/mireka, its filter classes (each throws the reply it names; the
# SMTP layer writes the code, a space and the text): src/mireka/UnknownUserException.java (commit 005952120137),
# src/mireka/filter/local/RefuseUnknownRecipient.java (043eed64c98b) and ProhibitRelaying.java (44c8810d0c29),
# src/mireka/filter/builtin/dnsbl/RefuseBlacklistedRecipient.java, spf/RejectOnFailedSpfCheck.java and StopLoop.java
# (005952120137). No page explains the replies beyond the code; what each means is read from the filter that sends it:
#   RCPT TO, a recipient whose destination is UnknownRecipient (RefuseUnknownRecipient; UnknownUserException), the
#   recipient filled in:
#     "550 User unknown <{rcpt}>"                    mona@, milo@beta.test (Postfix); mara@beta.test (Exim)
#   RCPT TO, a recipient outside the local domains (ProhibitRelaying):
#     "550 Relaying prohibited, user is not local ({rcpt})"   rudi@delta.test (Postfix); ruth@delta.test (Exim)
#   RCPT TO, a client listed on a configured DNS block list (RefuseBlacklistedRecipient's default reply, "{0}" the
#   client's address; a list may set its own reply, none is set here):
#     "530 Rejected: unauthenticated e-mail from {client} is restricted. Contact the postmaster for details."
#                                                    bea@beta.test (Postfix); ben@beta.test (Exim)
#   RCPT TO, an SPF check of the sender that fails with no explanation (RejectOnFailedSpfCheck):
#     "550 Blocked by SPF"                           sam@beta.test (Postfix); sal@beta.test (Exim)
#   RCPT TO, a sender domain whose SPF record is invalid (the same filter, rejectOnPermanentError set):
#     "550 Blocked - invalid SPF record"             pia@beta.test (Postfix); pete@beta.test (Exim)
#   after the message, more Received fields than maxReceivedHeaders (StopLoop, default 100):
#     "554 Routing loop detected"                    lou@beta.test (Postfix); lea@beta.test (Exim)
#   after the message, its header cannot be parsed to count them (StopLoop, a MimeException):
#     "554 Invalid message content"                  ida@beta.test (Postfix); ivo@beta.test (Exim)
#   after the message, a header line over mime4j's line limit (StopLoop, a MaxLineLimitException):
#     "554 Line too long"                            lin@beta.test (Postfix); len@beta.test (Exim)
# Filled in: "{0}" of the block-list reply is Java's MessageFormat of the client's InetAddress, which writes the
# address after a slash and, when the name was looked up, a host name before it ("/192.0.2.25"); the bare address is
# written here. The recipient's text in the unknown-user and relay replies is the address as the client gave it.
# The selection (stated before the run, not by what any reader makes of the texts): every reply of Mireka's own
# filters that a server delivering mail to it can meet and that answers the client, the sender, the recipient or the
# message with a cause, from both senders (never more than three recipients to one text). Not served: "451 Temporarily
# rejected: Problem on SPF lookup" (its test compares the SPF result object, not its code, with the temporary-error
# code, so it is never sent), "550 Blocked - see: <explanation>" (the words are the sender domain's SPF explanation,
# not Mireka's), the size limit of RejectLargeMail (it throws SubEthaSMTP's TooMuchDataException: the words are that
# library's), and the replies of the SMTP library to syntax, sequence and AUTH.
# The replies are chosen by recipient, not by anything the senders did: no block list is asked, no SPF record is
# published, every mailbox exists, the messages are a few lines with one Received field each.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mireka}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mireka's replies.
printf '%s\t%s\t%s\n' \
    mona@beta.test rcpt '550 User unknown <{rcpt}>' \
    milo@beta.test rcpt '550 User unknown <{rcpt}>' \
    mara@beta.test rcpt '550 User unknown <{rcpt}>' \
    rudi@delta.test rcpt '550 Relaying prohibited, user is not local ({rcpt})' \
    ruth@delta.test rcpt '550 Relaying prohibited, user is not local ({rcpt})' \
    bea@beta.test rcpt '530 Rejected: unauthenticated e-mail from {client} is restricted. Contact the postmaster for details.' \
    ben@beta.test rcpt '530 Rejected: unauthenticated e-mail from {client} is restricted. Contact the postmaster for details.' \
    sam@beta.test rcpt '550 Blocked by SPF' \
    sal@beta.test rcpt '550 Blocked by SPF' \
    pia@beta.test rcpt '550 Blocked - invalid SPF record' \
    pete@beta.test rcpt '550 Blocked - invalid SPF record' \
    lou@beta.test eom '554 Routing loop detected' \
    lea@beta.test eom '554 Routing loop detected' \
    ida@beta.test eom '554 Invalid message content' \
    ivo@beta.test eom '554 Invalid message content' \
    lin@beta.test eom '554 Line too long' \
    len@beta.test eom '554 Line too long' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	mona@beta.test,milo@beta.test	192.0.2.25	Mona, Milo,\n\nthe bell ringing rota is below.\n\nCarol
relaying-prohibited	carol@alpha.test	rudi@delta.test	192.0.2.25	Rudi,\n\nthe tower is open on Sunday.\n\nCarol
blacklisted-client	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe new ropes arrived.\n\nCarol
spf-fail	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe quarter peal went well.\n\nCarol
spf-invalid	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe practice night moved.\n\nCarol
routing-loop	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe handbells need polishing.\n\nCarol
invalid-content	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe outing is in June.\n\nCarol
line-too-long	carol@alpha.test	lin@beta.test	192.0.2.25	Lin,\n\nthe minutes are attached below.\n\nCarol
exim-user-unknown	pat@pi.test	mara@beta.test	192.0.2.35	Mara,\n\nthe chess club meets Thursday.\n\nPat
exim-relaying-prohibited	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe league table is below.\n\nPat
exim-blacklisted-client	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe clocks are in the cupboard.\n\nPat
exim-spf-fail	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe rapidplay is on Saturday.\n\nPat
exim-spf-invalid	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe fixtures are out.\n\nPat
exim-routing-loop	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe grading list is below.\n\nPat
exim-invalid-content	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe subs are due.\n\nPat
exim-line-too-long	pat@pi.test	len@beta.test	192.0.2.35	Len,\n\nthe team sheet follows.\n\nPat
SEND
# sixteen returns at once
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
