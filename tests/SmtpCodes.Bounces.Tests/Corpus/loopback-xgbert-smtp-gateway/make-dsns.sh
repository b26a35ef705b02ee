#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xgbert-smtp-gateway: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of XGBert SMTP Gateway, a student's phishing-URL filtering SMTP gateway in Python on aiosmtpd (it takes
# mail in, pulls the http(s) URLs out of the text and HTML parts, looks each up in its SQLite cache of known malicious
# URLs and otherwise classifies it with a small transformer URL model plus hand-written heuristics, and refuses the
# message when a URL is judged phishing, malware or defacement; a Streamlit page shows its metrics; the repository
# 2241812/XGBert-SMTP-Gateway, no licence file read; read with the search tool; only the reply texts are quoted), whose
# own code writes every reply below, as the string its aiosmtpd handle_DATA hook returns (aiosmtpd sends it as it is):
# temp_hf_space/src/gateway/handler.py (commit 7cb5ebd11f38, PhishingSMTPHandler.handle_DATA), the label names of
# temp_hf_space/src/gateway/policy.py (the same commit, LABEL_MAP and label_name: 1 Phishing, 2 Malware,
# 3 Defacement), the decision reasons of temp_hf_space/src/models/url_model_loader.py (the same commit, predict_url and
# _analyze_url_heuristics) and the blocking rule of src/gateway/detector.py (commit 0dae617e30f4, PhishingDetector.predict;
# the index holds no detector.py under temp_hf_space). temp_hf_space/src/gateway/gateway.py (the same commit) starts
# aiosmtpd's Controller with this handler. No reply has an enhanced code (the code writes none):
#   after the message "550 Rejected: Cached malicious URL (<label>)" (a URL of the message is in the cache of URLs
#   judged malicious before, with a blocking label), "550 Rejected: Malicious URL detected (<label>, confidence=<c>,
#   threshold_reason=<decision reason>)" (the model and heuristics judge a URL phishing, malware or defacement with a
#   confidence above 0.7 or a combined malicious score above 0.5; the URL is cached and an alert sent) and "451
#   Temporary error, please try again later" (any exception while parsing or classifying: the model failed to load,
#   the cache database is unreadable, and so on).
#
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# XGBert SMTP Gateway's; the DSNs are made.
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
#   "550 Rejected: Cached malicious URL (Phishing)"   after the message, for pia@ and pip@ beta.test
#   "550 Rejected: Cached malicious URL (Malware)"   after the message, for mel@ and max@ beta.test
#   "550 Rejected: Cached malicious URL (Defacement)"   after the message, for dee@ and dex@ beta.test
#   "550 Rejected: Malicious URL detected (Phishing, confidence=0.91, threshold_reason=Phishing indicators: Suspicious
#     TLD: .tk, Multiple suspicious path patterns (2), Look-alike domain impersonating paypal)"   (one line) after the
#     message, for pam@ and pen@ beta.test: the reasons _analyze_url_heuristics gives a URL such as
#     http://paypa1-secure-login.tk/verify/account
#   "550 Rejected: Malicious URL detected (Malware, confidence=0.88, threshold_reason=Malware distribution indicators)"
#     after the message, for mia@ and moe@ beta.test (the model's malware class, no heuristic reason)
#   "451 Temporary error, please try again later"   after the message, to every attempt, for tia@ and tom@ beta.test
# The confidences are examples of the model's output (two decimals, as the code formats them). Not served: aiosmtpd's
# own greeting, EHLO answer and stock replies (the replaying server's are used; the handle_CONNECT hook's "200 SMTP
# ready" is never sent, aiosmtpd has no such hook), and "250 OK: Email accepted" (no URL, or every URL judged safe or
# whitelisted), which makes no DSN. The replies are chosen by recipient, not by anything the senders did: each
# message has one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-xgbert-smtp-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): XGBert SMTP Gateway's replies.
CPHISH='550 Rejected: Cached malicious URL (Phishing)'
CMAL='550 Rejected: Cached malicious URL (Malware)'
CDEF='550 Rejected: Cached malicious URL (Defacement)'
APHISH='550 Rejected: Malicious URL detected (Phishing, confidence=0.91, threshold_reason=Phishing indicators: Suspicious TLD: .tk, Multiple suspicious path patterns (2), Look-alike domain impersonating paypal)'
AMAL='550 Rejected: Malicious URL detected (Malware, confidence=0.88, threshold_reason=Malware distribution indicators)'
TEMP='451 Temporary error, please try again later'
printf '%s\t%s\t%s\n' \
    pia@beta.test eom "$CPHISH" \
    pip@beta.test eom "$CPHISH" \
    mel@beta.test eom "$CMAL" \
    max@beta.test eom "$CMAL" \
    dee@beta.test eom "$CDEF" \
    dex@beta.test eom "$CDEF" \
    pam@beta.test eom "$APHISH" \
    pen@beta.test eom "$APHISH" \
    mia@beta.test eom "$AMAL" \
    moe@beta.test eom "$AMAL" \
    tia@beta.test eom "$TEMP" \
    tom@beta.test eom "$TEMP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
cached-phishing-url	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe quilting group moved to Tuesdays.\n\nCarol
cached-malware-url	carol@alpha.test	mel@beta.test	192.0.2.25	Mel,\n\nthe hedge by the lane wants trimming.\n\nCarol
cached-defacement-url	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe choir sings at the harvest supper.\n\nCarol
detected-phishing-url	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe ferry timetable changed in May.\n\nCarol
detected-malware-url	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe walnut tree dropped its first nuts.\n\nCarol
temporary-error	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe jam jars are washed and ready.\n\nCarol
exim-cached-phishing-url	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe kite string is in the shed.\n\nPat
exim-cached-malware-url	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe swifts came back this week.\n\nPat
exim-cached-defacement-url	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe lighthouse tour is on Sunday.\n\nPat
exim-detected-phishing-url	pat@pi.test	pen@beta.test	192.0.2.35	Pen,\n\nthe pottery kiln is cooling.\n\nPat
exim-detected-malware-url	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe orchard ladder is mended.\n\nPat
exim-temporary-error	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe barn owl nests above the door.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the temporary reply
# (one to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
