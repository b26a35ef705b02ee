#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mwaeckerlin-rspamd: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of the Rspamd container of Marc Wäckerlin's mailservice stack (a Docker Compose mail stack of Postfix,
# Dovecot, PostfixAdmin and SnappyMail, whose Postfix hands every message to this Rspamd as its milter on port 11332),
# repository mwaeckerlin/rspamd (MIT, LICENSE "Copyright (c) 2026 Marc Wäckerlin"; read with the search tool; only the
# reply texts are quoted). The words are the project's own: its local.d templates and its init program give Rspamd
# the messages it rejects with: worker-proxy.inc (commit 4e2cc9005e6c) sets the proxy worker's reject_message,
# "message rejected by policy", the reply for a spam score over the reject threshold (actions.conf, 15 by default);
# antivirus.conf (4e2cc9005e6c) gives the ClamAV rule the message "message rejected: virus detected"; dmarc.conf
# (4e2cc9005e6c) sets the DMARC module's reject_message, "message rejected: sender's DMARC policy is p=reject and this
# mail does not pass DKIM or SPF alignment"; and init.cpp (the search tool's file 70162170304) writes into
# force_actions.conf the rules DKIM_BAD_SIG_REJECT ("message rejected: DKIM signature verification failed", in its
# modes permissive and reject) and DKIM_MISSING_REJECT ("message rejected: a valid DKIM signature is required", in
# its image-default mode reject). Each one is a reject action, so Rspamd scans the message when it has all of it and
# hands the verdict back to Postfix with the message as the reply text, "554 5.7.1 <message>" (Rspamd's milter reply
# code for a reject, as the corpus's loopback-grapheneos-mail-rspamd and loopback-mailcow serve it; the project's
# README says "550 message rejected by policy" of the score reject, a loose description: Rspamd's milter answers 554
# 5.7.1; Postfix's smtpd sends the milter's reply as it is). So every reply below comes after the message's final dot.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Marc Wäckerlin's configuration's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, after the message (Rspamd's milter verdict), for good:
#   "554 5.7.1 message rejected by policy"   for penny@ and percy@ beta.test
#   "554 5.7.1 message rejected: virus detected"   for vince@ and viola@ beta.test
#   "554 5.7.1 message rejected: sender's DMARC policy is p=reject and this mail does not pass DKIM or SPF alignment"
#                              for della@ and desmond@ beta.test
#   "554 5.7.1 message rejected: DKIM signature verification failed"   for kurt@ and kara@ beta.test
#   "554 5.7.1 message rejected: a valid DKIM signature is required"   for ulla@ and umberto@ beta.test
# Not served: the score-based greylist's soft reject (greylist.conf, actions.conf: Rspamd's stock greylist words, not
# the project's), the Postfix container's own restrictions (stock Postfix words) and the mode "log", which rejects
# nothing. The replies are chosen by recipient address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mwaeckerlin-rspamd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the project's reject messages as Rspamd's milter gives them.
POLICY='554 5.7.1 message rejected by policy'
VIRUS='554 5.7.1 message rejected: virus detected'
DMARC="554 5.7.1 message rejected: sender's DMARC policy is p=reject and this mail does not pass DKIM or SPF alignment"
BADSIG='554 5.7.1 message rejected: DKIM signature verification failed'
NOSIG='554 5.7.1 message rejected: a valid DKIM signature is required'
printf '%s\t%s\t%s\n' \
    penny@beta.test eom "$POLICY" \
    percy@beta.test eom "$POLICY" \
    vince@beta.test eom "$VIRUS" \
    viola@beta.test eom "$VIRUS" \
    della@beta.test eom "$DMARC" \
    desmond@beta.test eom "$DMARC" \
    kurt@beta.test eom "$BADSIG" \
    kara@beta.test eom "$BADSIG" \
    ulla@beta.test eom "$NOSIG" \
    umberto@beta.test eom "$NOSIG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-by-policy	carol@alpha.test	penny@beta.test	192.0.2.25	Penny,\n\nthe orchard ladder is back in the barn.\n\nCarol
virus-detected	carol@alpha.test	vince@beta.test	192.0.2.25	Vince,\n\nthe choir sings at the harvest supper.\n\nCarol
dmarc-policy-reject	carol@alpha.test	della@beta.test	192.0.2.25	Della,\n\nthe towpath is open again past the lock.\n\nCarol
dkim-verification-failed	carol@alpha.test	kurt@beta.test	192.0.2.25	Kurt,\n\nthe beehives came through the frost.\n\nCarol
dkim-signature-required	carol@alpha.test	ulla@beta.test	192.0.2.25	Ulla,\n\nthe jumble sale tables are booked.\n\nCarol
exim-rejected-by-policy	pat@pi.test	percy@beta.test	192.0.2.35	Percy,\n\nthe lighthouse tour starts at ten.\n\nPat
exim-virus-detected	pat@pi.test	viola@beta.test	192.0.2.35	Viola,\n\nthe apple press is cleaned and ready.\n\nPat
exim-dmarc-policy-reject	pat@pi.test	desmond@beta.test	192.0.2.35	Desmond,\n\nthe village hall clock is fixed.\n\nPat
exim-dkim-verification-failed	pat@pi.test	kara@beta.test	192.0.2.35	Kara,\n\nthe rowan berries are early this year.\n\nPat
exim-dkim-signature-required	pat@pi.test	umberto@beta.test	192.0.2.35	Umberto,\n\nthe stile by the wood is mended.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
