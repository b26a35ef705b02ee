#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-crane-blog-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Crane Blog SMTP listener (wklm's mail-to-git publisher in Python on aiosmtpd for his blog on GitHub
# Pages: it takes one message, encrypts its plain text with the author's public key by gpg, or keeps a body that is
# already PGP-armoured, writes it to posts-encrypted/<UTC time>.eml in the blog's repository and pushes the commit; access
# by a Tailscale ACL and an optional MAIL FROM allowlist; the repository wklm/wklm.github.io, no licence file read; read
# with the search tool; only the reply texts are quoted), whose own code writes every reply below, in its aiosmtpd
# handler's handle_DATA: smtp/listener.py (commit 38b6c4c2f1f9, and an earlier stored version of the same file whose
# listener takes only PGP-armoured bodies, BLOG_REQUIRE_PGP on by default). scripts/tailscale_smtp.py (commit
# b428b87a71fc, the listener's first form) was read too: it refuses nothing. Each reply is the string handle_DATA
# returns, which aiosmtpd sends as it stands, with no enhanced code (the code writes none); all of them come after the
# message (the listener has no RCPT TO hook and takes any recipient):
#   "550 sender not allowed" (BLOG_ALLOW_FROM is set and the MAIL FROM address is not on it), "550 message must contain
#   a PGP-encrypted body" (the earlier version: the message has no "-----BEGIN PGP MESSAGE-----" block), "451 encryption
#   failed" (gpg failed to encrypt the body for the author's key) and "451 git failed: <git's error output, stripped, at
#   most 180 characters>" (a git fetch, reset, add, commit or push failed); the git error output served is the single
#   line git writes when it cannot resolve the host of an https remote ("fatal: unable to access '<url>': Could not
#   resolve host: github.com"; the remote URL is the repository's GitHub address, assumed: the code does not name it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# the Crane Blog listener's (and, inside "451 git failed: ", git's); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 sender not allowed"   after the message, for draft@ and notes@beta.test
#   "550 message must contain a PGP-encrypted body"   after the message, for post@ and entry@beta.test
#   "451 encryption failed"   after the message, to every attempt, for blog@ and journal@beta.test
#   "451 git failed: fatal: unable to access 'https://github.com/wklm/wklm.github.io.git/': Could not resolve host:
#   github.com"   after the message, to every attempt, for publish@ and diary@beta.test
# Not served: the greeting "<SMTP_BANNER, by default wklm.github.io> ..." and aiosmtpd's EHLO answer (the replaying
# server's are used), git's other error outputs (several lines, which the listener would put on the wire unchanged),
# aiosmtpd's own stock replies (syntax, sequence, size) and the accepting "250 OK". The replies are chosen by recipient,
# not by anything the senders did: each message has one recipient and is a few lines of plain text. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients
# to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-crane-blog-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Crane Blog SMTP listener's replies.
SENDER='550 sender not allowed'
NOPGP='550 message must contain a PGP-encrypted body'
ENCRYPT='451 encryption failed'
GIT="451 git failed: fatal: unable to access 'https://github.com/wklm/wklm.github.io.git/': Could not resolve host: github.com"
printf '%s\t%s\t%s\n' \
    draft@beta.test eom "$SENDER" \
    notes@beta.test eom "$SENDER" \
    post@beta.test eom "$NOPGP" \
    entry@beta.test eom "$NOPGP" \
    blog@beta.test eom "$ENCRYPT" \
    journal@beta.test eom "$ENCRYPT" \
    publish@beta.test eom "$GIT" \
    diary@beta.test eom "$GIT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-allowed	carol@alpha.test	draft@beta.test	192.0.2.25	Draft,\n\nthe heron was back on the weir this morning.\n\nCarol
no-pgp-body	carol@alpha.test	post@beta.test	192.0.2.25	Post,\n\nnotes from the allotment, week twelve.\n\nCarol
encryption-failed	carol@alpha.test	blog@beta.test	192.0.2.25	Blog,\n\nthe kettle whistled in a new key today.\n\nCarol
git-failed	carol@alpha.test	publish@beta.test	192.0.2.25	Publish,\n\nthe reading list for the winter.\n\nCarol
exim-sender-not-allowed	pat@pi.test	notes@beta.test	192.0.2.35	Notes,\n\nthe tide tables for the spring.\n\nPat
exim-no-pgp-body	pat@pi.test	entry@beta.test	192.0.2.35	Entry,\n\nthe apple store needs sorting.\n\nPat
exim-encryption-failed	pat@pi.test	journal@beta.test	192.0.2.35	Journal,\n\nthe fog lifted by ten.\n\nPat
exim-git-failed	pat@pi.test	diary@beta.test	192.0.2.35	Diary,\n\nthe swifts have gone south.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies (one to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
