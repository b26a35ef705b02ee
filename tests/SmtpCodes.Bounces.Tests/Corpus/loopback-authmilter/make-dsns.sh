#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-authmilter: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of Authentication Milter (Mail::Milter::Authentication, Marc Bradshaw; github.com/fastmail/authentication_milter
# and its handlers beyond the core, github.com/marcbradshaw/authentication_milter_extra; "This library is free software;
# you may redistribute it and/or modify it under the same terms as Perl itself"), a milter that also runs as an SMTP
# proxy in front of the real server (its Protocol/SMTP.pm, "220 ... ESMTP AuthenticationMilter"): in both modes a
# handler's reject_mail() text is the reply the client gets, in SMTP mode written to the socket as it is. Read with the
# search tool:
#   lib/Mail/Milter/Authentication/Handler/DMARC.pm (fastmail/authentication_milter, commit
#     332e4e68843dc1a147651b7ad32a9c9588223482): when the sender's DMARC policy is reject and hard_reject is set,
#     "$self->reject_mail( '550 5.7.0 DMARC policy violation' )" ("Policy reject"), given at the end of the message;
#   lib/Mail/Milter/Authentication/Handler/SpamAssassin.pm (marcbradshaw/authentication_milter_extra, commit
#     324dbd4f4ade90ebe17973136d9ef152390c2d48): a message SpamAssassin's spamd calls spam with a score at or over
#     hard_reject_at (10 in its documented configuration), from an address neither local nor trusted, gets
#     "550 5.7.0 SPAM policy violation" (the RSpamD handler gives the same words for rspamd's "reject" action);
#   lib/Mail/Milter/Authentication/Handler/ClamAV.pm (marcbradshaw/authentication_milter_extra, commit
#     33fbed721ec89e5ff6fb4528b98043f9327b1769): a message clamd finds a virus in, with hard_reject set, gets
#     "550 5.7.0 Virus policy violation";
#   lib/Mail/Milter/Authentication/Handler/Blocker.pm (fastmail/authentication_milter, commit
#     430a3b27519a726213bd7f938194edf0e76990af), "Block mail based on simple rules": the quick configuration it writes
#     into a new blocker file gives as its example a rule "with = "451 4.7.28 flood policy violation (HOTtest)"" ("with
#     is the full SMTP reject string to send, 4xx or 5xx"), deferred with defer_mail() for a 4xx;
#   lib/Mail/Milter/Authentication/Protocol/SMTP.pm (fastmail/authentication_milter, commit
#     09614b544cec489a3409c2950155c9082fe12653), the SMTP proxy: a RCPT TO that a handler does not let continue, with no
#     reject text set, is answered "451 4.0.3 That's not right".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are Authentication Milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, <recipient> being the recipient answered:
#   after the message's final dot "550 5.7.0 DMARC policy violation"      for a message to dmitri@beta.test (Postfix, Exim)
#   after the message's final dot "550 5.7.0 SPAM policy violation"       for a message to sam@beta.test (Postfix, Exim)
#   after the message's final dot "550 5.7.0 Virus policy violation"      for a message to vic@beta.test (Postfix, Exim)
#   RCPT TO "451 4.7.28 flood policy violation (HOTtest)"  (every attempt: each sender warns after a minute and returns
#           after 3)                                                        to flo@beta.test (Postfix and Exim)
#   RCPT TO "451 4.0.3 That's not right"  (every attempt)                   to nat@beta.test (Postfix and Exim)
# What we changed: the Blocker's example rule matches the connecting address at connect; it is served at RCPT TO here
# (a rule on the envrcpt callback, which the Blocker also takes, gives the same words there), so that the reply can be
# chosen by recipient. Not served: the proxy's other fallbacks ("451 4.0.0 MAIL - That's not right", "451 4.0.4 That's
# not right: " followed by the upstream server's words, "421 4.3.2 Pipeline limit reached" on RSET), which answer
# commands or states these senders do not reach; the SMTP proxy's own protocol errors ("502 5.5.2 I don't understand",
# "503 5.5.2 Out of Order").
# The replies are chosen by recipient address, not by anything the senders did: the senders' domains publish no DMARC
# policy, their short messages carry no spam or virus, and they send one message each.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-authmilter}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Authentication Milter's replies.
printf '%s\t%s\t%s\n' \
    dmitri@beta.test eom "550 5.7.0 DMARC policy violation" \
    sam@beta.test eom "550 5.7.0 SPAM policy violation" \
    vic@beta.test eom "550 5.7.0 Virus policy violation" \
    flo@beta.test rcpt "451 4.7.28 flood policy violation (HOTtest)" \
    nat@beta.test rcpt "451 4.0.3 That's not right" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dmarc-policy	carol@alpha.test	dmitri@beta.test	192.0.2.25	Dmitri,\n\nthe minutes of the residents' meeting are attached below.\n\nCarol
spam-policy	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe summer fete needs a cake stall.\n\nCarol
virus-policy	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe reading group picked a thriller.\n\nCarol
flood-policy	carol@alpha.test	flo@beta.test	192.0.2.25	Flo,\n\nthe parking permits arrive next week.\n\nCarol
not-right	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe lantern walk starts at six.\n\nCarol
exim-dmarc-policy	pat@pi.test	dmitri@beta.test	192.0.2.35	Dmitri,\n\nthe pond clean-up is this Sunday.\n\nPat
exim-spam-policy	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe school run rota is on the board.\n\nPat
exim-virus-policy	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe bench by the war memorial is repainted.\n\nPat
exim-flood-policy	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe chess club meets in the library now.\n\nPat
exim-not-right	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe orchard needs pickers on Friday.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 for each deferred message (four)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
