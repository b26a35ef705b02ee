#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-irb: a receiving SMTP server (../loopback-replay.py) answers with the refusal that the
# page "errorreplies.html" of the Informatik Rechnerbetrieb (IRB) of Technische Universität Berlin's Faculty IV lists first
# for cs.tu-berlin.de's mail exchangers (http://irb.cs.tu-berlin.de/dienste/smtp/errorreplies.html; read with the search
# tool, in English: "This error reply is issued if you connect from a remote site not in the domain cs.tu-berlin.de and
# your mail user or transfer agent supplies an envelope sender address containing the toplevel domain cs.tu-berlin.de";
# the solutions are to use an address and the mail exchangers of one's own provider, or IRB's own services); a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are IRB's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's reply in its two forms, "550 <mailbox>... invalid local sender address for site" and "550 <mailbox>...
# invalid local sender address: site" (<mailbox> the sender address, site "a fully qualified host name or IP address of
# the connecting site"), to MAIL FROM (the page names no stage; the refusal is of the envelope sender, so the run gives it
# to MAIL FROM), filled in with the run's sender address and the connecting host's name (the first form) or address (the
# second):
#   "550 <carol@alpha.test>... invalid local sender address for out2.alpha.test"   to the Postfix sender's second address
#   "550 <pat@pi.test>... invalid local sender address: 192.0.2.34"                to the Exim sender's second address
# The page's output is only its first reply whole (the stored copy ends in the second one's first words). The replies are
# chosen by the connecting address (the senders' second addresses, which carry their mail for gamma.test), not by the
# sender's domain: the senders' addresses are in their own domains, not in the receiving one.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 (out2.alpha.test) its mail for gamma.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 its mail for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-irb}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 <{sender}>... invalid local sender address for {helo}' \
    client:192.0.2.34 mail '550 <{sender}>... invalid local sender address: {client}' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
local-sender	carol@alpha.test	ilse@gamma.test,ingo@gamma.test	192.0.2.25	Ilse, Ingo,\n\nthe seminar room is booked for Thursday.\n\nCarol
exim-local-sender	pat@pi.test	ilse@gamma.test,ingo@gamma.test	192.0.2.35	Ilse, Ingo,\n\nthe slides for the lecture are on the wiki.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
