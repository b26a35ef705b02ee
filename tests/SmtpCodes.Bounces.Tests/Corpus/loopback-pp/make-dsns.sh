#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pp: a receiving SMTP server (../loopback-replay.py) answers, byte for byte, with
# the reply texts of the SMTP server of PP (the X.400 and Internet message transfer agent that University College
# London and X-Tel Services wrote around 1990, later kept by the ISODE Consortium; Steve Kille, Julian Onions and
# others), as its source code writes them; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh),
# so it all ends with the run. The words are PP's; the DSNs are made. The stored source states no licence beside the
# files read; only the reply texts are quoted here.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The source (read with the search tool): the repository Wildboar-Software/pp (PP 6.0, RCS revisions of 1991/12/18):
# Chans/smtp/smtpsrvr.c (the SMTP server: it hands each RCPT TO address to submit and answers with submit's reply line
# behind 550 for a permanent refusal or 451 for a temporary one; its own replies to a client whose address has no name,
# to a mail system it cannot start, to DATA when submit fails), Src/submit/submit.c (validate_recip's reply line goes
# back as it is), Lib/parse/ad_local.c (do_user_check: "Unknown local user '%s'", the address's local part, RP_USER) and
# Lib/parse/rfc822_val.c (rfc822_val_domain: "Unrouteable domain '%s'", a domain with no routing information, and
# "Unknown domain '%s'", a domain with no channel registered for it, both RP_BAD). No page explains the replies beyond
# the code; what each means is read from the branch that sends it and its log line:
#   "550 Unknown local user '<local part>'"   no user of that name in PP's users table
#                                             to RCPT TO, for ula@, uli@beta.test
#   "550 Unrouteable domain '<domain>'"      the domain table knows the domain but no route for it
#                                             to RCPT TO, for rudi@, rolf@delta.test
#   "550 Unknown domain '<domain>'"          no channel is registered for the domain
#                                             to RCPT TO, for ruth@, rosa@delta.test
#   "421 <host>: PP cannot resolve your address. '<address>' (Help from:  <postmaster>)"
#                                             the client's address has no host name and the channel is not "sloppy",
#                                             instead of the greeting, for the sending Postfix's second address (its
#                                             mail for gamma.test)
#   "421 Server can't initialize mail system (PP)"   submit cannot be started (io_init fails), instead of the
#                                             greeting, for the sending Exim's second address (its mail for gamma.test)
#   "451 Unknown mail system trouble."       submit refuses the end of the address list, to DATA, for tina@, tom@beta.test
# Filled: <host> with the replaying server's name (mx.beta.test), <address> with the client's address ({client}),
# <postmaster> with postmaster@beta.test (PP's postmaster tailoring variable), <local part> with the recipient's local
# part and <domain> with its domain (delta.test).
# Not served: "421 <host>: channel '<name>' is unknown to PP. (Complain to:  <postmaster>)" (a channel the administrator
# misnamed: one greeting refusal per sender is served above); the other temporary DATA replies ("451 Unknown text
# initialisation failure.", "451 Data input problem.", "451 Body input failure.", "451 Data termination problems.",
# "451-Mail trouble (write error to mailsystem)", the last the same words as MMDF's, from which PP's server came) and the
# "554"/"451" after the message with submit's line (its words come from submit's authorisation rules, which the
# administrator writes); "Alias error for <name>", "Redirection loop detected for '<address>'", "Unknown internal domain
# '<mta>'" and "No valid local delivery channels" (errors in the site's own tables); the MAIL FROM refusals (submit's
# sender check, whose words this read did not reach); the replies to malformed or out-of-order commands (500, 501, 503).
# The temporary replies are served to every attempt (never accepted), so each sender warns after a minute and returns
# after 3 (../loopback-lib.sh's delay_warning and queue lifetime). Postfix skips nothing here: a 421 greeting is a
# temporary failure for both senders.
# The selection was made before the run, not by what any reader makes of the texts. The replies are chosen by recipient
# or client address, not by anything the senders did: every mailbox and domain exists and is routed, both senders'
# addresses have reverse names, no mail system failed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pp}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): PP's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "421 mx.beta.test: PP cannot resolve your address. '{client}' (Help from:  postmaster@beta.test)" \
    client:192.0.2.34 connect "421 Server can't initialize mail system (PP)" \
    ula@beta.test rcpt "550 Unknown local user 'ula'" \
    uli@beta.test rcpt "550 Unknown local user 'uli'" \
    rudi@delta.test rcpt "550 Unrouteable domain 'delta.test'" \
    rolf@delta.test rcpt "550 Unrouteable domain 'delta.test'" \
    ruth@delta.test rcpt "550 Unknown domain 'delta.test'" \
    rosa@delta.test rcpt "550 Unknown domain 'delta.test'" \
    tina@beta.test data '451 Unknown mail system trouble.' \
    tom@beta.test data '451 Unknown mail system trouble.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-local-user	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe X.400 gateway test is booked for Thursday.\n\nCarol
unrouteable-domain	carol@alpha.test	rudi@delta.test,rolf@delta.test	192.0.2.25	Rudi, Rolf,\n\nthe directory entries are updated.\n\nCarol
mail-system-trouble	carol@alpha.test	tina@beta.test	192.0.2.25	Tina,\n\nthe channel tables were rebuilt last night.\n\nCarol
cannot-resolve	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe minutes of the working group follow.\n\nCarol
exim-unknown-local-user	pat@pi.test	uli@beta.test	192.0.2.35	Uli,\n\nthe new address book is on the server.\n\nPat
exim-unknown-domain	pat@pi.test	ruth@delta.test,rosa@delta.test	192.0.2.35	Ruth, Rosa,\n\nthe pilot project report is ready.\n\nPat
exim-mail-system-trouble	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe line to the relay was down this morning.\n\nPat
exim-cannot-initialize	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe workshop agenda is below.\n\nPat
SEND
# four returns at once (the unknown users and domains), then a warning after a minute and a return after 3 for each
# of the four messages never taken
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
