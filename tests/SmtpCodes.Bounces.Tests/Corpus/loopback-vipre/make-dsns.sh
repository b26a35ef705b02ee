#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vipre: a receiving SMTP server (../loopback-replay.py) answers with rejection texts
# that VIPRE Security Group's support article "Email Rejection Reasons" lists for its hosted filtering service VIPRE
# Email Security (https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons; "Below is a
# list of the inbound and outbound rejection reasons which can be seen within the portal and the cause of them"; a
# table of Message Direction, Rejection Reason and Cause; no date or licence shown; read with the search tool), and a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it; their bounces are kept unedited: each file is the bytes
# the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# VIPRE's; only the reply texts are quoted; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Served, to RCPT TO, each inbound "Rejection Reason" of the article that is written as a sentence (the words byte for
# byte, with the article's final full stop where it has one), with the article's cause:
#   "550 Your domain is not configured to use this MX host."   "Sending to inbound MX records to a domain which is not
#                              on the system"                  for nora@, ned@beta.test (Postfix), nick@beta.test (Exim)
#   "550 You cannot say you are me. I am me."   "Please contact support." (the article gives no other cause)
#                                                              for ivy@beta.test (Postfix), ian@, isa@beta.test (Exim)
#   "550 Your sender domain is required to send via an encrypted SMTP session"   "E-mail is recieved from a TLS
#                              enforced domain not in TLS."    for tess@beta.test (Postfix), tom@beta.test (Exim)
#   "451 Could not complete recipient callout"   "The downstream server timed out. (Domain most likely configured,
#                              verify via SMTP)."              for cole@beta.test (Postfix), cara@beta.test (Exim);
#                              every attempt: each sender warns after a minute and returns after 3
# What is mine, not the article's: the codes (the article gives none): 550 for the refusals the article files as
# rejections of the sender's or the domain's configuration, 451 for the one whose cause is a timeout of the downstream
# server (a temporary failure); and the stage (RCPT TO; the article does not say; every one of them concerns the sender
# or the recipient of one transaction). The replaying server offers no STARTTLS, so every session is unencrypted, as
# the article's cause for the encryption refusal has it.
# Not served: the reasons written as labels rather than as reply sentences ("XBL", "PBL", "Greylisted", "RBL Reject",
# "Call forward rejected", "Invalid Mailbox (Call FWD)", "Sender Verify Failed"): the article shows the portal's name
# for them, not the words sent; "Lowest numbered MX record points to local host" (Exim's own routing text, which the
# catalog cites under Exim already); and the outbound rejections, which the stored copy cuts.
# The replies are chosen by recipient, not by anything the senders did: the senders' addresses have matching reverse
# names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vipre}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): VIPRE Email Security's rejection reasons, to RCPT TO.
MX_HOST='550 Your domain is not configured to use this MX host.'
I_AM_ME='550 You cannot say you are me. I am me.'
ENCRYPTED='550 Your sender domain is required to send via an encrypted SMTP session'
CALLOUT='451 Could not complete recipient callout'
printf '%s\t%s\t%s\n' \
    nora@beta.test rcpt "$MX_HOST" \
    ned@beta.test rcpt "$MX_HOST" \
    nick@beta.test rcpt "$MX_HOST" \
    ivy@beta.test rcpt "$I_AM_ME" \
    ian@beta.test rcpt "$I_AM_ME" \
    isa@beta.test rcpt "$I_AM_ME" \
    tess@beta.test rcpt "$ENCRYPTED" \
    tom@beta.test rcpt "$ENCRYPTED" \
    cole@beta.test rcpt "$CALLOUT" \
    cara@beta.test rcpt "$CALLOUT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mx-host-not-configured	carol@alpha.test	nora@beta.test,ned@beta.test	192.0.2.25	Nora, Ned,\n\nthe allotment committee meets on Thursday.\n\nCarol
i-am-me	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe choir's spring concert tickets are on sale.\n\nCarol
encrypted-session-required	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe invoice for March is attached below as text.\n\nCarol
recipient-callout	carol@alpha.test	cole@beta.test	192.0.2.25	Cole,\n\nthe ferry timetable changes next week.\n\nCarol
exim-mx-host-not-configured	pat@pi.test	nick@beta.test	192.0.2.35	Nick,\n\nthe bowls club opens on Saturday.\n\nPat
exim-i-am-me	pat@pi.test	ian@beta.test,isa@beta.test	192.0.2.35	Ian, Isa,\n\nthe parish newsletter is ready.\n\nPat
exim-encrypted-session-required	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe plumber comes on Monday morning.\n\nPat
exim-recipient-callout	pat@pi.test	cara@beta.test	192.0.2.35	Cara,\n\nthe book group picked a new novel.\n\nPat
SEND
# six returns at once, then for each deferred message a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
