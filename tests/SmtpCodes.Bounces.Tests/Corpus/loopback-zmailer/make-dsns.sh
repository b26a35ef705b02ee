#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zmailer: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that ZMailer's smtpserver (the mail transfer agent Rayan Zachariassen began and Matti Aarnio extended, zmailer.org;
# rzachariassen/zmailer; "Freely usable", as its RPM spec file's License line says) writes, through its policy
# analysis, to a client that delivers mail to it, each reply as its source writes it, multi-line replies included; a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# ZMailer's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): rzachariassen/zmailer, smtpserver/smtpcmds.c (smtp_mail and smtp_rcpt: the
# replies to a negative policytest() result), smtpserver/policytest.c (pt_mailfrom and pt_rcptto: which result means
# what) and smtpserver/smtpserver.c (type(): "<code>-<enhanced code> " on every line of a multi-line reply and
# "<code> <enhanced code> " on the last; the defaults enhancedstatusok = 1 and multilinereplies = 1, so the
# multi-line forms are the stock ones; the enhanced codes m571 "5.7.1", m543 "5.4.3", m443 "4.4.3", m534 "5.3.4").
# What the code says each reply means:
#   MAIL FROM, a permanent refusal by the policy analysis (result -1: among other tests, the client's network or HELO
#   name carries "rejectnet +", or the sender's address or domain "rejectsource +"; the reply lists these itself):
#     "553-5.7.1 Access denied by the policy analysis functions." ... "553 5.7.1 gave at the MAIL FROM:<%s> address."
#     (five lines)                      to the Postfix's second address, for gamma.test: gil@, gus@gamma.test
#   MAIL FROM, a permanent result below -1 (the branch for results -2 to -99, which its words call a DNS error with the
#   sender's domain, as the DNS checks of the sender's domain, sender_dns_verify, give):
#     "553-5.4.3 Policy analysis reports DNS error with your" ... "553 5.4.3 address and/or the info at the DNS: <%s>"
#     (three lines)                     to the Exim's second address, for gamma.test: gwen@gamma.test
#   RCPT TO, result -3 (mx_client_verify: the recipient's domain does not name this host as its MX, and the client may
#   not relay):
#     "550-5.7.1 This target address is not our MX service" ... "550 5.7.1 We don't accept this recipient: <%s>"
#     (five lines)                      rudi@, rosa@delta.test (Postfix); ruth@delta.test (Exim)
#   RCPT TO, result -1 with no message of the administrator's (the recipient or its domain carries "relaytarget -"):
#     "550 5.7.1 Policy rejection on the target address: <%s>"
#                                       pia@, pol@beta.test (Postfix); pru@beta.test (Exim)
#   RCPT TO, after the policy tests, a declared SIZE over the fixed maximum (maxsize):
#     "552 5.3.4 Message size exceeds fixed maximum size of %ld chars for acceptable email; rcpt=<%s>"
#                                       sal@beta.test (Postfix); sam@beta.test (Exim)
#   RCPT TO, result -104, a temporary DNS error on the recipient's domain:
#     "450-4.4.3 Policy analysis reports temporary DNS error" ... "450 4.4.3 DNS servers; RCPT TO:<%s>" (five lines)
#                                       tess@beta.test (Postfix); toby@beta.test (Exim)
# The selection (stated before the run, not by what any reader makes of the texts): the stock replies of smtp_mail
# and smtp_rcpt that a server delivering mail to ZMailer can meet and that name their cause, each from both senders
# but the two MAIL FROM refusals (the replaying server gives each client one MAIL FROM reply: one text to each
# sender's second address), never more than three recipients to one text. Not served: the replies to malformed or
# out-of-order commands and parameters (501, 503, 555), "Access denied by the policy analysis functions" at RCPT TO
# (ZMailer's answer to a client that goes on after a MAIL FROM refusal; a conforming sender does not), the RCPT TO
# DNS error of result -2 (the code gives the same result for a refused sender, so its words do not say which), the
# temporary twins of the replies above (450 4.7.1 and 450 4.4.3 for results -100 to -103, the same words), the replies
# that carry a message from the administrator's policy database ("Policy analysis reported: %s", whose words are the
# site's), "452 4.5.2 Too many recipients in one go!" and the null-sender "SPAM trap" (they answer counts), and the
# storage replies (452 4.3.0/4.3.1, the spool's state).
# Filled in by the run: the addresses (written without brackets inside the reply's own <...>, as ZMailer writes
# them), and the fixed maximum size, 10485760 chars, made up (the stored copy gives no default). The temporary DNS
# reply is served to every attempt (never accepted), so each sender warns after a minute and returns after 3
# (../loopback-lib.sh's delay_warning and queue lifetime).
# The replies are chosen by recipient or client address, not by anything the senders did: every domain resolves, no
# policy database exists, the messages are a few lines and declare no large SIZE.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zmailer}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ZMailer's replies, "\n" between the lines of a multi-line one.
ACCESS_DENIED='553-5.7.1 Access denied by the policy analysis functions.\n553-5.7.1 This may be due to your source IP address,\n553-5.7.1 the IP reversal domain, the data you gave for\n553-5.7.1 the HELO/EHLO parameter, or address/domain you\n553 5.7.1 gave at the MAIL FROM:<{sender}> address.'
SOURCE_DNS='553-5.4.3 Policy analysis reports DNS error with your\n553-5.4.3 source domain.   Please correct your source\n553 5.4.3 address and/or the info at the DNS: <{sender}>'
NOT_OUR_MX="550-5.7.1 This target address is not our MX service\\n550-5.7.1 client, nor you are connecting from address\\n550-5.7.1 that is allowed to openly use us to relay\\n550-5.7.1 to any arbitrary address thru us.\\n550 5.7.1 We don't accept this recipient: <{rcpt}>"
POLICY_REJECTION='550 5.7.1 Policy rejection on the target address: <{rcpt}>'
SIZE='552 5.3.4 Message size exceeds fixed maximum size of 10485760 chars for acceptable email; rcpt=<{rcpt}>'
TARGET_DNS='450-4.4.3 Policy analysis reports temporary DNS error\n450-4.4.3 with this target domain. Retrying may help,\n450-4.4.3 or if the condition persists, some further\n450-4.4.3 work may be in need with the target domain\n450 4.4.3 DNS servers; RCPT TO:<{rcpt}>'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$ACCESS_DENIED" \
    client:192.0.2.34 mail "$SOURCE_DNS" \
    rudi@delta.test rcpt "$NOT_OUR_MX" \
    rosa@delta.test rcpt "$NOT_OUR_MX" \
    ruth@delta.test rcpt "$NOT_OUR_MX" \
    pia@beta.test rcpt "$POLICY_REJECTION" \
    pol@beta.test rcpt "$POLICY_REJECTION" \
    pru@beta.test rcpt "$POLICY_REJECTION" \
    sal@beta.test rcpt "$SIZE" \
    sam@beta.test rcpt "$SIZE" \
    tess@beta.test rcpt "$TARGET_DNS" \
    toby@beta.test rcpt "$TARGET_DNS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe mailing list archive moved.\n\nCarol
not-our-mx	carol@alpha.test	rudi@delta.test,rosa@delta.test	192.0.2.25	Rudi, Rosa,\n\nthe network maintenance is on Saturday night.\n\nCarol
policy-rejection	carol@alpha.test	pia@beta.test,pol@beta.test	192.0.2.25	Pia, Pol,\n\nthe printer queue is fixed.\n\nCarol
size-exceeds	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe scanned minutes will follow.\n\nCarol
target-dns	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe lab booking is confirmed.\n\nCarol
exim-source-dns	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe seminar slides are below.\n\nPat
exim-not-our-mx	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe backup tapes are labelled.\n\nPat
exim-policy-rejection	pat@pi.test	pru@beta.test	192.0.2.35	Pru,\n\nthe course list is out.\n\nPat
exim-size-exceeds	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe poster files will follow.\n\nPat
exim-target-dns	pat@pi.test	toby@beta.test	192.0.2.35	Toby,\n\nthe exam timetable is below.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 from each sender for the recipient whose
# domain has the temporary DNS error
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
