#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-exim4u: a receiving SMTP server (../loopback-replay.py) answers with the refusals of
# the stock Exim configuration of Exim4U (the mail server distribution for hosting providers built on Exim, MySQL,
# Dovecot, SpamAssassin, ClamAV and a web panel, a derivative of Virtual Exim; Gordon Dickens and MailHub4U.com LLC,
# github.com/Exim4U/src, its BSD-style "Exim4U User License and Terms of Use"; read with the search tool), the words its
# ACLs write as their "message" (Exim sends an ACL's message as the reply text with its default code 550 for deny and
# drop):
#   - etc/exim/exim.conf (commit 041acb8fa894cf236606e262018880265a7de256), acl_check_mail: "drop message = HELO error:
#     Dropped spammer pretending to be us" (a HELO name that is one of the server's own names or addresses) and "drop
#     message = HELO error: Dropped IP-only or IP-starting helo" (a HELO name that starts with an IP address), at MAIL FROM.
#   - the same file, acl_check_rcpt: the dictionary-attack drop after more than three failed recipients, "Number of
#     failed recipients exceeded.  Come back in a few hours." (two spaces, as written); the block-list drop "Spammer
#     rejected. DNSBL listed at $dnslist_domain at $dnslist_text." with etc/exim/exim4u_local.conf.inc's DNSBL =
#     zen.spamhaus.org (the list's TXT text filled with Spamhaus ZEN's TXT form for the client's address, as heldout-s19's
#     loopback-hestia and heldout-s22's loopback-vexim serve it); the SPF refusal for a domain with its spam checks on,
#     "Your rcpt is not permitted (SPF - read spf.pobox.com)"; each at RCPT TO.
#   - the same file, acl_check_mime: "Blacklisted file extension detected" (an attachment whose name ends in one of the
#     WINEXE extensions) and "Blacklisted file extension detected within .zip attachment"; acl_check_content: "This
#     message contains malware ($malware_name)" (ClamAV's finding; the name filled with ClamAV's name for the EICAR test
#     file, Win.Test.EICAR_HDB-1) and "This message is rejected as spam." (SpamAssassin's score at or above the
#     SpamRejectScore); each after the message.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. Not read from a running
# Exim4U; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# A stated selection: Exim4U's own refusals a server delivering to an Exim4U domain can meet. Not served: the
# connection ACL's "Blacklisted" drop and "Host has been ratelimited" defer (the run's two free client addresses are
# given to the two HELO drops), "HELO error: Polite folks say HELO first!" (the senders greet), "relay not permitted"
# (Exim's own stock words, which earlier parts serve), the .rar twin of the .zip refusal (the same words but the
# extension), the SURBL refusal (its text is the Perl script's), the MIME-error refusal (Exim's demime words) and the
# greylisting ACL (David Woodhouse's, not Exim4U's). Served byte for byte, {client} the client's address:
#   "550 Spammer rejected. DNSBL listed at zen.spamhaus.org at https://www.spamhaus.org/query/ip/{client}."
#                                              RCPT TO   dex@, dina@ (Postfix, one message), dale@, dot@ (Exim)
#   "550 Number of failed recipients exceeded.  Come back in a few hours."
#                                              RCPT TO   fay@ (Postfix), finn@ (Exim)
#   "550 Your rcpt is not permitted (SPF - read spf.pobox.com)"
#                                              RCPT TO   sol@ (Postfix), skye@ (Exim)
#   "550 Blacklisted file extension detected"  after the message   ezra@ (Postfix), eve@ (Exim)
#   "550 Blacklisted file extension detected within .zip attachment"
#                                              after the message   zack@ (Postfix), zia@ (Exim)
#   "550 This message contains malware (Win.Test.EICAR_HDB-1)"
#                                              after the message   mal@ (Postfix), mia@ (Exim)
#   "550 This message is rejected as spam."    after the message   sam@, sue@ (Postfix, one message), stan@, sara@ (Exim)
#   "550 HELO error: Dropped IP-only or IP-starting helo"
#                                              MAIL FROM, to the Postfix's second address (192.0.2.24, its mail for
#                                              gil@gamma.test)
#   "550 HELO error: Dropped spammer pretending to be us"
#                                              MAIL FROM, to the Exim's second address (192.0.2.34, its mail for
#                                              gus@gamma.test)
# (the recipients @beta.test but gil@ and gus@). The replies are chosen by recipient or by the client's address, not by
# anything the senders did: the messages are short plain text with no attachment, the senders' HELO names are their own,
# no block list is asked (192.0.2.0/24 is listed nowhere), and the replay server keeps the connection open where
# Exim's drop closes it.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 its second address, for gamma.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 its second address, for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-exim4u}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
DNSBL='550 Spammer rejected. DNSBL listed at zen.spamhaus.org at https://www.spamhaus.org/query/ip/{client}.'
FAILED_RECIPIENTS='550 Number of failed recipients exceeded.  Come back in a few hours.'
SPF='550 Your rcpt is not permitted (SPF - read spf.pobox.com)'
EXTENSION='550 Blacklisted file extension detected'
ZIP='550 Blacklisted file extension detected within .zip attachment'
MALWARE='550 This message contains malware (Win.Test.EICAR_HDB-1)'
SPAM='550 This message is rejected as spam.'
HELO_ADDRESS='550 HELO error: Dropped IP-only or IP-starting helo'
HELO_US='550 HELO error: Dropped spammer pretending to be us'
printf '%s\t%s\t%s\n' \
    dex@beta.test rcpt "$DNSBL" \
    dina@beta.test rcpt "$DNSBL" \
    dale@beta.test rcpt "$DNSBL" \
    dot@beta.test rcpt "$DNSBL" \
    fay@beta.test rcpt "$FAILED_RECIPIENTS" \
    finn@beta.test rcpt "$FAILED_RECIPIENTS" \
    sol@beta.test rcpt "$SPF" \
    skye@beta.test rcpt "$SPF" \
    ezra@beta.test eom "$EXTENSION" \
    eve@beta.test eom "$EXTENSION" \
    zack@beta.test eom "$ZIP" \
    zia@beta.test eom "$ZIP" \
    mal@beta.test eom "$MALWARE" \
    mia@beta.test eom "$MALWARE" \
    sam@beta.test eom "$SPAM" \
    stan@beta.test eom "$SPAM" \
    client:192.0.2.24 mail "$HELO_ADDRESS" \
    client:192.0.2.34 mail "$HELO_US" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
dnsbl-listed	carol@alpha.test	dex@beta.test,dina@beta.test	192.0.2.25	Dex, Dina,\n\nthe beach hut keys are with Jan.\n\nCarol
failed-recipients	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe carol singers meet at the green.\n\nCarol
spf-rcpt	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe compost bins arrive on Monday.\n\nCarol
file-extension	carol@alpha.test	ezra@beta.test	192.0.2.25	Ezra,\n\nthe model railway show is in the barn.\n\nCarol
zip-extension	carol@alpha.test	zack@beta.test	192.0.2.25	Zack,\n\nthe rounders bats are in the shed.\n\nCarol
malware	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe plant sale starts at ten.\n\nCarol
spam	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe well dressing needs more petals.\n\nCarol
helo-address	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe allotment show is on the twelfth.\n\nCarol
exim-dnsbl-listed	pat@pi.test	dale@beta.test,dot@beta.test	192.0.2.35	Dale, Dot,\n\nthe bunting is in the loft.\n\nPat
exim-failed-recipients	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe kite festival is on the hill.\n\nPat
exim-spf-rcpt	pat@pi.test	skye@beta.test	192.0.2.35	Skye,\n\nthe quilt raffle tickets are sold out.\n\nPat
exim-file-extension	pat@pi.test	eve@beta.test	192.0.2.35	Eve,\n\nthe toddler group needs a new mat.\n\nPat
exim-zip-extension	pat@pi.test	zia@beta.test	192.0.2.35	Zia,\n\nthe scarecrow trail maps are ready.\n\nPat
exim-malware	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe cake bake entries close on Friday.\n\nPat
exim-spam	pat@pi.test	stan@beta.test,sara@beta.test	192.0.2.35	Stan, Sara,\n\nthe duck race is at the ford.\n\nPat
exim-helo-us	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe film night shows a western.\n\nPat
SEND
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
