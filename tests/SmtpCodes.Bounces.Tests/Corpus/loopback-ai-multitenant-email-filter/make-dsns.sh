#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ai-multitenant-email-filter: a receiving SMTP server (../loopback-replay.py) answers
# with the replies of the AI filter service of web-project-uk's Multi-Tenant AI Email Gateway (repository
# web-project-uk/AI-MultiTenant-Email-Filter; no licence file or licence statement in the files the search tool holds),
# a Debian 12 installer in bash (install_multi_tenant_gateway.sh, read at 8026309ae2329c51db1c53e0bd99e62279bc1544;
# README.md read at 04b3b01c03acce0e8383341e597a74ad00340701 and a731ec08808b8ddfbc821bfaba726eceb76544c9) that sets up
# PostgreSQL with a table of tenant domains, Ollama with Phi-3-mini, Postfix with content_filter = smtp-filter:
# 127.0.0.1:10025 and a re-injection smtpd on 10026, and writes (heredoc PYTHON_EOF, function filter_service_setup)
# /opt/email-filter/filter.py, an aiosmtpd Controller with one handler. Only the reply texts are quoted. Its class
# AIFilterHandler has only handle_DATA, so MAIL FROM and RCPT TO get aiosmtpd's stock 250s and every own refusal comes
# after the message's final dot, as aiosmtpd writes a handler's returned string (one line, "<code> <text>"):
#   the tenant is the domain of the envelope's first recipient; get_tenant_config() looks it up in the tenants table
#   (active = true) and returns None when there is no row or the database query fails, and then the handler answers
#   "550 5.7.1 Domain not configured for filtering service";
#   the message is parsed with email.parser.BytesParser and its plain or HTML body taken; when that raises, "451 4.6.0
#   Message parsing error";
#   analyze_with_ollama() asks Phi-3-mini "SPAM or LEGITIMATE" about the first 1500 characters; on SPAM with the
#   tenant's spam_action 'reject' (the table's default), "550 5.7.1 Message rejected as spam by AI Gateway";
#   the message (with X-Tenant-Domain and X-AI-Processed added) is handed to the re-injection smtpd with smtplib; when
#   that raises, "451 4.3.0 Temporary filtering error".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# gateway's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot):
#   "550 5.7.1 Domain not configured for filtering service"   for tia@ and tod@ gamma.test (a tenant domain with no
#                              active row)
#   "550 5.7.1 Message rejected as spam by AI Gateway"   for sam@ and sid@ beta.test
#   "451 4.6.0 Message parsing error"   to every attempt, for pia@ and pip@ beta.test
#   "451 4.3.0 Temporary filtering error"   to every attempt, for rae@ and rex@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's are used), "550 5.7.1 Cannot
# determine routing domain" (only when the first recipient has no "@", which no relaying MTA sends), and "250 OK".
# In the gateway the filter's client is the gateway's own Postfix (its smtp-filter transport), which would write the
# DSN; here the sending Postfix and Exim talk to the replies directly. Each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ai-multitenant-email-filter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the AI filter service's handle_DATA replies.
NOTENANT='550 5.7.1 Domain not configured for filtering service'
SPAM='550 5.7.1 Message rejected as spam by AI Gateway'
PARSE='451 4.6.0 Message parsing error'
REINJECT='451 4.3.0 Temporary filtering error'
printf '%s\t%s\t%s\n' \
    tia@gamma.test eom "$NOTENANT" \
    tod@gamma.test eom "$NOTENANT" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    pia@beta.test eom "$PARSE" \
    pip@beta.test eom "$PARSE" \
    rae@beta.test eom "$REINJECT" \
    rex@beta.test eom "$REINJECT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-configured	carol@alpha.test	tia@gamma.test	192.0.2.25	Tia,\n\nthe allotment gate has a new padlock.\n\nCarol
rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe bird count starts at dawn on Sunday.\n\nCarol
message-parsing-error	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe bread oven is warm by ten.\n\nCarol
temporary-filtering-error	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe canoe club meets at the boathouse.\n\nCarol
exim-domain-not-configured	pat@pi.test	tod@gamma.test	192.0.2.35	Tod,\n\nthe chess clocks need new batteries.\n\nPat
exim-rejected-as-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe hedge trimmer is back from repair.\n\nPat
exim-message-parsing-error	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe lantern walk is on Friday.\n\nPat
exim-temporary-filtering-error	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe kiln is free on Tuesday.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# temporary cases (two to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
