#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dkim-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of DKIM Milter, David Bürgin's milter in Rust that signs or verifies mail with DKIM ("a milter application
# that signs or verifies email messages using the DomainKeys Identified Mail (DKIM) protocol ... meant to be integrated
# with a milter-capable MTA such as Postfix", on his viadkim library and his indymilter milter library; "a simple
# alternative to the OpenDKIM milter"), whose verifying mode can refuse a message after it has been sent, by the
# reject_failures setting (repository chatmail/dkim-milter, GPL-3.0-or-later in its README.md and the files' headers;
# read with the search tool: src/verify.rs at commit 1bcb602ee04e, Verifier::finish, which after the message sets an
# error reply of RFC 7372's codes for three results ("See RFC 7372, section 3.1 for these rejections"): "missing" (no
# DKIM-Signature at all), "failing" (signatures, none of them passing) and "author-mismatch" (a passing signature, none
# of whose domains is the From address's); the later version of the file (its RejectFailure::NoPass and
# AuthorMismatchStrict) with the same three texts; src/callbacks.rs at commit 259fd1281ece, whose errors return a
# tempfail without a text of its own; README.md at commit 1bcb602ee04e; only the reply texts are quoted). The words
# are the titles of the enhanced codes X.7.20 to X.7.22 in RFC 7372 and IANA's registry, which the milter chose to
# send. A milter's reply is written by the MTA as the milter gives it: code, enhanced code and text.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DKIM Milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message (end of data), where the milter writes it:
#   "550 5.7.20 No DKIM signature found"
#        reject_failures has "missing" and the message carries no DKIM-Signature; for nadia@beta.test (Postfix) and
#        ned@beta.test (Exim)
#   "550 5.7.21 No acceptable DKIM signature found"
#        reject_failures has "failing" and no signature of the message verifies; for fern@beta.test (Postfix) and
#        felix@beta.test (Exim)
#   "550 5.7.22 No valid author-matched DKIM signature found"
#        reject_failures has "author-mismatch" and a signature verifies, but none for the From address's domain; for
#        ada@beta.test (Postfix) and abel@beta.test (Exim)
# Not served: the tempfails of an internal error (no text of the milter's own: the MTA's stock text is sent). The
# replies are chosen by recipient, not by anything the senders did: neither sender signs its mail and no key was
# looked up. At most 2 recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's (a milter writes neither).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dkim-milter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DKIM Milter's replies.
printf '%s\t%s\t%s\n' \
    nadia@beta.test eom '550 5.7.20 No DKIM signature found' \
    ned@beta.test eom '550 5.7.20 No DKIM signature found' \
    fern@beta.test eom '550 5.7.21 No acceptable DKIM signature found' \
    felix@beta.test eom '550 5.7.21 No acceptable DKIM signature found' \
    ada@beta.test eom '550 5.7.22 No valid author-matched DKIM signature found' \
    abel@beta.test eom '550 5.7.22 No valid author-matched DKIM signature found' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-signature	carol@alpha.test	nadia@beta.test	192.0.2.25	Nadia,\n\nthe lanterns for the parade are in the vestry.\n\nCarol
no-acceptable-signature	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe orchard ladder has a cracked rung.\n\nCarol
no-author-matched-signature	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe choir meets in the school hall this week.\n\nCarol
exim-no-signature	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe canal boats are moored past the mill.\n\nPat
exim-no-acceptable-signature	pat@pi.test	felix@beta.test	192.0.2.35	Felix,\n\nthe bakery opens an hour late on Mondays.\n\nPat
exim-no-author-matched-signature	pat@pi.test	abel@beta.test	192.0.2.35	Abel,\n\nthe lifeboat open day is on the first Sunday.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
