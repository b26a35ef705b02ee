#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pydmarc-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix gives from the verdicts of the DMARC milter of pydmarc, Dusan Obradovic's DMARC library in Python
# (the PyPI package `dmarc`, repository gitlab.com/duobradovic/pydmarc, MIT by its setup.py; its `dmarc.milter` module is
# a milter on purepythonmilter that checks SPF itself, reads trusted Authentication-Results fields, evaluates the DMARC
# policy of the From: domain after the message and answers by a local policy table; read with the search tool in the
# published sdist dmarc 1.1.3 as the index stores it, pypi-data/pypi-mirror-367,
# packages/dmarc/dmarc-1.1.3.tar.gz/dmarc-1.1.3/: dmarc/milter/milter.py, its get_policy_response and
# on_end_of_message; conf/dmarcmilter.toml, the configuration the package ships and its milter README points to; only
# the reply texts are quoted). The code answers a failed DMARC evaluation with the entry of the local policy table named
# by the result (none, reject, quarantine, domainerror, dnserror): action "Reject" is purepythonmilter's RejectWithCode
# with primary code 550 and enhanced code 5.7.1, action "TempFail" its TempFailWithCode with 450 and 4.7.1, each with
# the entry's text, "DMARC error" when the entry names none (get_policy_response's default), ${domain} replaced by the
# From: domain and ${queue_id} by the queue id. A milter's SMFIR_REPLYCODE reply is the line the Postfix writes to the
# client after the final dot, as the milter gives it ("550 5.7.1 <text>", "450 4.7.1 <text>"). The shipped
# configuration: [policy.reject] action "Reject", text "Email rejected per DMARC policy for ${domain}";
# [policy.dnserror] action "TempFail", text "DNS error in processing DMARC for ${domain}"; none, quarantine and
# domainerror "Accept" (quarantine and domainerror with an X-Spam-Flag header).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# pydmarc's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message's final dot (the only stage the milter answers at with a text):
#   "550 5.7.1 Email rejected per DMARC policy for alpha.test" and "... for pi.test" (the From: domain, each sender's
#                              own)   the shipped [policy.reject] entry: the From: domain publishes p=reject and the
#                              message fails DMARC; for dora@ (Postfix) and dirk@ (Exim) beta.test
#   "450 4.7.1 DNS error in processing DMARC for alpha.test" and "... for pi.test"   to every attempt: the shipped
#                              [policy.dnserror] entry, the DMARC evaluation met a DNS error; for dana@ (Postfix) and
#                              dean@ (Exim) beta.test
#   "550 5.7.1 DMARC error"   a policy entry with action "Reject" and no text (the code's default text); for erin@
#                              (Postfix) and eli@ (Exim) beta.test
#   "450 4.7.1 DMARC error"   to every attempt: a policy entry with action "TempFail" and no text; for tess@ (Postfix)
#                              and tim@ (Exim) beta.test
# Not served: the greeting and the EHLO answer (the Postfix's before the milter; the replaying server's are used), the
# "Accept" entries (no reply of the milter's), CauseConnectionFail for an unknown action, manipulation or local policy
# (the Postfix then answers in its own words), the Quarantine and header manipulations, and texts with ${queue_id}.
# The replies are chosen by recipient, not by anything the senders did: no SPF, DKIM or DMARC record was consulted and
# nothing failed; each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pydmarc-milter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Postfix's replies from pydmarc's milter verdicts.
printf '%s\t%s\t%s\n' \
    dora@beta.test eom '550 5.7.1 Email rejected per DMARC policy for alpha.test' \
    dirk@beta.test eom '550 5.7.1 Email rejected per DMARC policy for pi.test' \
    dana@beta.test eom '450 4.7.1 DNS error in processing DMARC for alpha.test' \
    dean@beta.test eom '450 4.7.1 DNS error in processing DMARC for pi.test' \
    erin@beta.test eom '550 5.7.1 DMARC error' \
    eli@beta.test eom '550 5.7.1 DMARC error' \
    tess@beta.test eom '450 4.7.1 DMARC error' \
    tim@beta.test eom '450 4.7.1 DMARC error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dmarc-policy-reject	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe allotment gate has a new padlock.\n\nCarol
dns-error-in-processing-dmarc	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe library van comes on Thursday.\n\nCarol
dmarc-error-reject	carol@alpha.test	erin@beta.test	192.0.2.25	Erin,\n\nthe pond needs a net before autumn.\n\nCarol
dmarc-error-tempfail	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe bell ringers practise on Friday.\n\nCarol
exim-dmarc-policy-reject	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe canoe is back on its rack.\n\nPat
exim-dns-error-in-processing-dmarc	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe apple press is in the barn.\n\nPat
exim-dmarc-error-reject	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe model railway opens at noon.\n\nPat
exim-dmarc-error-tempfail	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe scarecrow contest is next week.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
