#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-agent-temp-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Cloudflare Email Worker of Agent Temp Mail, "temporary, programmatic email for AI agents" (its own
# documentation page): a Worker on Cloudflare Workers and D1 whose addresses are derived from keys, an Ed25519 public
# key encoded as 52 lowercase unpadded Base32 characters being the local part of a mailbox that can receive at once,
# with no account; Cloudflare Email Routing sends the domain's catch-all to the Worker, whose receive() checks the
# message's size, the recipient's domain and local part, its rate limits and the mailbox's storage, parses the message
# with postal-mime and stores its readable text, candidate codes and links in D1. Repository ryanshahine/agent-temp-mail
# (sdk/LICENSE MIT, "Copyright (c) 2026 Ryan Shahine"; the repository's root has no licence file among the stored files
# and its package.json is private, without a licence field); read with the search tool: src/mail.ts at commit
# 170df7bbeae3 (receive; the key-native version, which stores a mailbox on its first delivery) and at 2b4c63f5e14f (the
# first version, which took mail only for registered mailboxes), migrations/0001_initial.sql at 2b4c63f5e14f (the D1
# triggers whose "capacity" errors receive() answers) and src/docs.ts at 125021b5f931 (its limits, and "A malformed local
# part, oversized message or exhausted capacity can be rejected at SMTP time"). Only the reply texts are quoted.
# The hosted service is Cloudflare Email Routing: it hands each message to the Worker's email handler, which runs while
# Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# The reasons, plain words without a code, in the order receive() meets them (170df7bbeae3 unless said):
#   "Message exceeds 256 KiB limit. Attachments are not supported." when the message's rawSize is over C.raw (256 KiB);
#   "Recipient domain is not handled by this service." when the recipient's domain is not the Worker's DOMAIN;
#   "Unknown address. Use a 52-character Base32 Ed25519 public key as the local part." when the local part is neither
#       hi nor feedback nor a Base32 key that unbase32 decodes;
#   "Unknown or expired mailbox. Register before sending." (2b4c63f5e14f only, in place of the two above) when no
#       registered, unexpired mailbox row has the address;
#   "Mail capacity reached. Please retry later." when a rate limit is spent: the service's 1,500 incoming messages a
#       day (daily:mail) or the address's 30 an hour;
#   "Mailbox storage limit reached." when the mailbox already holds 100 messages or 2 MiB;
#   "Invalid or oversized email." when reading the raw message past 256 KiB or postal-mime's parse (nesting depth 12,
#       16 KiB of headers) fails;
#   "Mailbox or service storage capacity reached." when storing fails with a D1 trigger's "capacity" error: the
#       service's 1,000 mailbox records (inbox_capacity), the mailbox's 100 messages or 2 MiB with this message
#       (mailbox_capacity), or the service's 10,000 messages or 64 MiB (storage_capacity).
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550 before the reason
# as the Worker passes it, is our judgement of "a permanent SMTP error ... including the given reason" (as sessions 51
# to 62's Email Worker units served it: 550, and nothing added or taken away). "Please retry later" is the Worker's
# word, not Cloudflare's code: setReject has no temporary form.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# the project's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# beta.test plays the Worker's DOMAIN, whose Email Routing catch-all points at it; gamma.test a zone whose catch-all
# points at the same Worker but which is not its DOMAIN. Key-derived local parts are 52 Base32 characters made for this
# run (random keys, no private key kept). Each reply byte for byte, after the message (the Email Worker's refusal), for
# good:
#   "550 Message exceeds 256 KiB limit. Attachments are not supported."   for two key-derived addresses (K1, K2)
#   "550 Recipient domain is not handled by this service."   for hi@ and feedback@ gamma.test
#   "550 Unknown address. Use a 52-character Base32 Ed25519 public key as the local part."   for support@ and
#       jobs@ beta.test
#   "550 Unknown or expired mailbox. Register before sending."   for two key-derived addresses (K3, K4)
#   "550 Mail capacity reached. Please retry later."   for two key-derived addresses (K5, K6)
#   "550 Mailbox storage limit reached."   for hi@ beta.test and a key-derived address (K7)
#   "550 Invalid or oversized email."   for two key-derived addresses (K8, K9)
#   "550 Mailbox or service storage capacity reached."   for feedback@ beta.test and a key-derived address (K10)
# The replaying server answers by recipient, so the condition behind each reply (the size, the key, the counters, the
# mailbox's and the service's storage, the parser) is not reproduced: each message is a few lines of plain text. Not
# served: Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs); the errors the
# handler throws (Cloudflare's answer to a Worker's exception is not the project's text). Each message has one
# recipient. Every reply is permanent, so each sender returns the message at once. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-agent-temp-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# Key-derived local parts (Base32 of 32 random bytes, lowercase, unpadded).
K1=lj3nawbqkrdn3bqns3dcfwcquis2w2nszubcvup2bu2ugrslnt7a
K2=hep3tgbxdnrw2v372crbwje4bvo45y6uqbkryvf2f3mik2yrn6cq
K3=bk7lrdelxpzansy67aeqjsbxvog447s52vnzhvivrn7cyi5yhruq
K4=zo5nmrk5kv5y44buhqx2rbzb4wtyudadkrujyfp7u6wgljnbjxxa
K5=xtpeuofemu5uchjy4xqu43rjkljwjtawqvmry4o6pnledy3mevkq
K6=sexgztzigsmewajm52tlrnuiyh63monahpmsvgcaiz26e3stpimq
K7=njzooee5trfd6wbiivuii36ydfrayurzpv3sgbhkhtkasghxeyyq
K8=a4mhx2qzc7uwrj3tn6ekbdyf5voig2lpsx7amqh4wcrezn3jtb6a
K9=q7v3dlw5nfyhk2mitbucxe6oga4rzsj7pq2vfnlkd3whyeaoum5q
K10=f3sjpw6b4nqkzxe2cdhgv7yltrm5ia3uo4kqbj6zwstfxn2ecgpa
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons after code 550.
SIZE='550 Message exceeds 256 KiB limit. Attachments are not supported.'
DOMAIN='550 Recipient domain is not handled by this service.'
UNKNOWN='550 Unknown address. Use a 52-character Base32 Ed25519 public key as the local part.'
EXPIRED='550 Unknown or expired mailbox. Register before sending.'
RATE='550 Mail capacity reached. Please retry later.'
FULL='550 Mailbox storage limit reached.'
INVALID='550 Invalid or oversized email.'
CAPACITY='550 Mailbox or service storage capacity reached.'
printf '%s\t%s\t%s\n' \
    "$K1@beta.test" eom "$SIZE" \
    "$K2@beta.test" eom "$SIZE" \
    hi@gamma.test eom "$DOMAIN" \
    feedback@gamma.test eom "$DOMAIN" \
    support@beta.test eom "$UNKNOWN" \
    jobs@beta.test eom "$UNKNOWN" \
    "$K3@beta.test" eom "$EXPIRED" \
    "$K4@beta.test" eom "$EXPIRED" \
    "$K5@beta.test" eom "$RATE" \
    "$K6@beta.test" eom "$RATE" \
    hi@beta.test eom "$FULL" \
    "$K7@beta.test" eom "$FULL" \
    "$K8@beta.test" eom "$INVALID" \
    "$K9@beta.test" eom "$INVALID" \
    feedback@beta.test eom "$CAPACITY" \
    "$K10@beta.test" eom "$CAPACITY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<SEND
size-limit	carol@alpha.test	$K1@beta.test	192.0.2.25	Hello,\n\nthe scanned contract is attached below.\n\nCarol
domain-not-handled	carol@alpha.test	hi@gamma.test	192.0.2.25	Hello,\n\nis the service still taking new sign-ups?\n\nCarol
unknown-address	carol@alpha.test	support@beta.test	192.0.2.25	Hello,\n\nmy reset link did not arrive, can you help?\n\nCarol
expired-mailbox	carol@alpha.test	$K3@beta.test	192.0.2.25	Hello,\n\nyour verification code is 582114.\n\nCarol
capacity-retry-later	carol@alpha.test	$K5@beta.test	192.0.2.25	Hello,\n\nplease confirm your address with the link below.\n\nCarol
storage-limit	carol@alpha.test	hi@beta.test	192.0.2.25	Hello,\n\nthank you for the quick reply last week.\n\nCarol
invalid-email	carol@alpha.test	$K8@beta.test	192.0.2.25	Hello,\n\nthe order number for your records is 7731.\n\nCarol
storage-capacity	carol@alpha.test	feedback@beta.test	192.0.2.25	Hello,\n\nthe read link expired before I could open it.\n\nCarol
exim-size-limit	pat@pi.test	$K2@beta.test	192.0.2.35	Hello,\n\nthe photos from the workshop are below.\n\nPat
exim-domain-not-handled	pat@pi.test	feedback@gamma.test	192.0.2.35	Hello,\n\na short note about the new read links.\n\nPat
exim-unknown-address	pat@pi.test	jobs@beta.test	192.0.2.35	Hello,\n\nare you hiring for the summer?\n\nPat
exim-expired-mailbox	pat@pi.test	$K4@beta.test	192.0.2.35	Hello,\n\nyour sign-in code is 90417.\n\nPat
exim-capacity-retry-later	pat@pi.test	$K6@beta.test	192.0.2.35	Hello,\n\nwelcome, your account is almost ready.\n\nPat
exim-storage-limit	pat@pi.test	$K7@beta.test	192.0.2.35	Hello,\n\nthe weekly digest is below.\n\nPat
exim-invalid-email	pat@pi.test	$K9@beta.test	192.0.2.35	Hello,\n\nthe receipt for your payment is below.\n\nPat
exim-storage-capacity	pat@pi.test	$K10@beta.test	192.0.2.35	Hello,\n\none more code for the test run: 3306.\n\nPat
SEND
# sixteen messages refused for good, each returned at once (eight by the Postfix, eight by the Exim)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
