#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ptt: a receiving SMTP server (../loopback-replay.py) answers with the replies of PTT
# ("Postes, Telegraphes et Telephones, SMTP servers": a self-hosted mail service of Romain Calascibetta made of SMTP
# servers, a relay and a submission server among them, run as a Unix service or as MirageOS unikernels; the repository
# mirage/ptt, earlier dinosaure/ptt; "license: MIT" in its ptt.opam), each at the stage its code writes it. Read with the
# search tool: lib/logic.ml (commit 4308ee53032a), the relay's and the submission server's SMTP state machines and the
# texts they send; lib/sMTP.ml (commit 833b5327c4f8), the relay's and the submission server's first state (before
# STARTTLS); lib/relay.ml (commit b1da75225a84) and lib/submission.ml (commit 0559c10f02fa), which check after the DATA
# command that the recipients are reachable ("this function checks only if domains have a reachable Mail Exchange
# service", its comment in the same repository's shared code). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are PTT's; the DSNs are made. Only reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# PTT's replies are built by colombe's reply encoder from a code and a text (no enhanced code); each is served byte for
# byte, at the stage the code writes it:
#   "530 Must issue a STARTTLS command first."   (sMTP.ml, m_relay_init and m_submission_init: before STARTTLS the relay
#                              and the submission server answer every command but STARTTLS, RSET and QUIT so; a client
#                              that does not start TLS meets it at MAIL FROM) to MAIL FROM, to the Postfix's second
#                              address (mail for gamma.test: gil@, gia@)
#   "530 Authentication required, buddy!"   (logic.ml, m_submission: after EHLO (and TLS) the submission server answers
#                              every command but AUTH, RSET and QUIT so; a client that does not authenticate meets it at
#                              MAIL FROM) to MAIL FROM, to the Exim's second address (mail for gamma.test: gus@, gwen@)
#   "554 No valid recipients"   (relay.ml and submission.ml: after the DATA command the server checks that the
#                              recipients are reachable, that their domains have a reachable mail exchanger; if not it
#                              sends this through m_properly_close_and_fail, code 554 by default, and closes) to DATA,
#                              for nora@, nils@ and ned@beta.test
#   "452 Too many recipients, buddy! "   (logic.ml, m_relay: to a RCPT TO beyond the 100 recipients the relay buffers; the
#                              text ends in a space, as the code writes it) to RCPT TO, for tom@ and tia@beta.test,
#                              served to every attempt (each sender warns after a minute and returns after 3)
# Not served: "554 You reached the limit buddy!" (after 25 bad commands or resets, which the senders never send), "503
# Command out of sequence" and "554 No recipients" (to a command out of order and to DATA with no recipient accepted:
# the senders' commands come in order), "504 Unrecognized authentication!" and "555 Syntax error, buddy!" (AUTH replies).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text; the senders never offer STARTTLS
# or AUTH (their TLS is off), as a relay that PTT refuses would not. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ptt}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): PTT's replies.
NO_VALID='554 No valid recipients'
TOO_MANY='452 Too many recipients, buddy! '
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 Must issue a STARTTLS command first.' \
    client:192.0.2.34 mail '530 Authentication required, buddy!' \
    nora@beta.test data "$NO_VALID" \
    nils@beta.test data "$NO_VALID" \
    ned@beta.test data "$NO_VALID" \
    tom@beta.test rcpt "$TOO_MANY" \
    tia@beta.test rcpt "$TOO_MANY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
starttls-required	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe harbour tour starts at ten.\n\nCarol
no-valid-recipients	carol@alpha.test	nora@beta.test,nils@beta.test	192.0.2.25	Nora, Nils,\n\nthe choir meets on Wednesday now.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test,tia@beta.test	192.0.2.25	Tom, Tia,\n\nthe bakery order is ready for pickup.\n\nCarol
exim-authentication-required	pat@pi.test	gus@gamma.test,gwen@gamma.test	192.0.2.35	Gus, Gwen,\n\nthe garden plots are assigned.\n\nPat
exim-no-valid-recipients	pat@pi.test	ned@beta.test,nora@beta.test	192.0.2.35	Ned, Nora,\n\nthe library closes early on Friday.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test,tia@beta.test	192.0.2.35	Tom, Tia,\n\nthe ferry times changed for winter.\n\nPat
SEND
# four returns at once, then from each sender a warning after a minute and a return after 3 for the 452
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
