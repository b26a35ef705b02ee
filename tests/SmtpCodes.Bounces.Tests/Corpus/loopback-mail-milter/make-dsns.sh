#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-milter: a receiving SMTP server (../loopback-replay.py) answers with the default
# reject texts of four modules of Mail::Milter, Todd Vierling's Perl milter toolkit for Sendmail::Milter (CPAN
# Mail-Milter, Debian's libmail-milter-perl; BSD-3-Clause, as each module's header says, "Copyright (c) 2002-2004 Todd
# Vierling"), each with the code its setreply call gives it. Read with the search tool (its code corpus names no
# repository for these files), lib/Mail/Milter/Module/:
#   MailDomainDotMX.pm ("milter to reject mail whose sender domain publishes a null MX record"; envfrom_callback):
#     554 5.7.1 "Access denied to sender address %M (domain publishes a deliberately invalid MX record)";
#   MailDomainDNSBL.pm (the sender's domain looked up in a DNS blacklist; envfrom_callback): 550 5.7.1 "Access denied to
#     sender address %M (domain is listed by %L)";
#   HeaderRegex.pm (a header matching one of the site's regular expressions; header_callback): 554 5.7.1 "Malformed or
#     invalid header %H: in message";
#   VirusBounceSpew.pm ("milter to reject antivirus messages typically sent to forged \"senders\"": warnings of
#     amavisd, MailMarshal, InterScan, Norton and others, matched by their From and Subject; header_callback): 554 5.7.1
#     "Antivirus warning messages are not accepted here.  Please configure your antivirus software not to send warning
#     messages to forged senders!" (two spaces after the first sentence, as in the source).
# %M is the sender's address (lower case, without angle brackets), %L the DNSBL's name, %H the matching header's name.
# Changed: %L is filled with dbl.spamhaus.org (the site names its DNSBL; the module ships none) and %H with Message-ID
# (the site writes the regular expressions). Stages: the two sender-domain refusals to MAIL FROM (the milter's envfrom
# callback); the two header refusals after the message's final dot (a milter's header callback decides during DATA, and
# the MTA answers the end of the message). Not served: the modules that refuse at connect or HELO (ConnectDNSBL,
# ConnectRegex, ConnectMatchesHostname, HeloRegex: the replaying server answers MAIL FROM, not the greeting or HELO, by
# client), MailBogusNull (a null sender with several recipients, which neither sender sends), AccessDB ("[%0] Access
# denied", a site's table) and the modules' temporary DNS-failure replies.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Mail::Milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about a minute)
#
# The replies served:
#   MAIL FROM  "554 5.7.1 Access denied to sender address {sender} (domain publishes a deliberately invalid MX record)"
#                                           to the sending Postfix's client for gamma.test (192.0.2.24)
#   MAIL FROM  "550 5.7.1 Access denied to sender address {sender} (domain is listed by dbl.spamhaus.org)"
#                                           to the sending Exim's client for gamma.test (192.0.2.34)
#   after DATA "554 5.7.1 Malformed or invalid header Message-ID: in message"     for a message to hal@beta.test
#   after DATA "554 5.7.1 Antivirus warning messages are not accepted here.  Please configure your antivirus software
#              not to send warning messages to forged senders!"                   for a message to val@beta.test
# The replies are chosen by client or recipient address, not by anything the senders did: the senders' domains have
# ordinary MX records, no list lists them, the messages are short plain text with well-formed headers and are no
# antivirus warnings.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-milter}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mail::Milter's default texts, %L and %H filled.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 5.7.1 Access denied to sender address {sender} (domain publishes a deliberately invalid MX record)' \
    client:192.0.2.34 mail '550 5.7.1 Access denied to sender address {sender} (domain is listed by dbl.spamhaus.org)' \
    hal@beta.test eom '554 5.7.1 Malformed or invalid header Message-ID: in message' \
    val@beta.test eom '554 5.7.1 Antivirus warning messages are not accepted here.  Please configure your antivirus software not to send warning messages to forged senders!' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
null-mx-sender-domain	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe canoe club meets on Monday.\n\nCarol
malformed-header	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe library books are due.\n\nCarol
antivirus-warning	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe kids' football kit is washed.\n\nCarol
exim-listed-sender-domain	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe fishing trip is off.\n\nPat
exim-malformed-header	pat@pi.test	hal@beta.test	192.0.2.35	Hal,\n\nthe printer is fixed.\n\nPat
exim-antivirus-warning	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe holiday photos are online.\n\nPat
SEND
# six returns at once
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
