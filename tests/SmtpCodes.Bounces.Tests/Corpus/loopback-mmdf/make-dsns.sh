#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mmdf: a receiving SMTP server (../loopback-replay.py) answers, byte for byte, with
# the reply texts of MMDF's SMTP server, smtpsrvr (the Multichannel Memorandum Distribution Facility, the University of
# Delaware's and BRL's mail system of the 1980s that SCO UNIX shipped as its MTA; MMDF IIb with Kai Krueger's later
# patches), as its source code writes them; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh),
# so it all ends with the run. The words are MMDF's; the DSNs are made. The source files carry the University of
# Delaware's notice that their use is subject to a licence agreement; only the reply texts are quoted here.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The source (read with the search tool): the repository NishiOwO/mmdf (MMDF IIb, smtpsrvr.c v1.38 of 2001/07/15):
# src/smtp/smtpsrvr.c (the SMTP server: it passes each MAIL FROM, RCPT TO and message to submit and answers with
# submit's reply line behind its own code, 550 for a permanent refusal, 451 for a temporary one, 554 or 451 after the
# message; its own replies to a full spool, a write error and a client on a DNS block list), src/submit/submit.c
# (alst_proc: the texts submit gives a refused address, "(%s) Unknown user name in \"%s\"", "(%s) Unknown host/domain
# name in \"%s\"", "(%s) Nameserver Timeout in \"%s\"", the first %s the reply value's name from rp_valstr, USER, BHST
# and NS) and lib/util/rbl_match.c (reject_message: the DNS block list's refusal). No page explains the replies beyond
# the code; what each means is read from the branch that sends it:
#   "550 (USER) Unknown user name in \"<address>\""       submit knows no user by the address's local part
#                                                        to RCPT TO, for una@, uno@beta.test
#   "550 (BHST) Unknown host/domain name in \"<address>\"" submit cannot route the address's domain (RP_BHST, a bad host)
#                                                        to RCPT TO, for hana@, hugo@beta.test
#   "451 (NS) Nameserver Timeout in \"<address>\""        a name server timed out while submit checked the address
#                                                        (RP_NS, temporary) to RCPT TO, for nina@, nils@beta.test
#   "451-Mail trouble (write error to mailsystem)" /
#   "451 Please try again later."                        submit failed to store the message's text (werrflg), after
#                                                        the final dot, for tess@, toby@beta.test
#   "571 rejected due to SPAM list"                      the client's address is on the DNS block list of the channel's
#                                                        table (a table with the RBL flag and no "link" set), to every
#                                                        command but HELO, EHLO and QUIT: to MAIL FROM, for the sending
#                                                        Postfix's second address (its mail for gamma.test)
#   "452 space shortage, please try later"               the queue's disk has less free space than the message needs
#                                                        (check_disc_space), to MAIL FROM, for the sending Exim's second
#                                                        address (its mail for gamma.test)
# Filled: the address in the submit texts is the RCPT TO address as given ({rcpt}); MMDF writes its normalised form,
# which for these plain addresses is the same.
# Not served: the greeting refusals for a client without a name or outside the channel's table ("421 <host>: Cannot
# resolve your address. '<address>'", "421 <host>: Your name, '<name>', is unknown to us.") and the TCP-wrapper refusal
# ("451 Connection Refused (<reason>) from: <client>"), each of which would take the whole of a sender's connections; the
# block list's refusal with a link ("571 Open spam relay <address>; see <link>"), whose link the administrator sets;
# "552 Message size exceeds maximum permitted" (an answer to MAIL FROM's SIZE: the replaying server gives each client one
# MAIL FROM reply only, used above); "(%s) Bad authorization: %s" (its second half is built by auth_submit from the
# channel's rules); the generic "451 Mail system problem", "451 Temporary problem initializing", "451 Unknown mail
# trouble, try later" and "451 Nameserver timeout during parsing" (no cause beyond the failure the ones above show); and
# the replies to malformed or out-of-order commands (500, 501, 503, 555).
# The temporary replies are served to every attempt (never accepted), so each sender warns after a minute and returns
# after 3 (../loopback-lib.sh's delay_warning and queue lifetime).
# The selection was made before the run, not by what any reader makes of the texts. The replies are chosen by recipient
# or client address, not by anything the senders did: every mailbox and domain exists, no name server failed, no spool
# filled, no address is on a block list.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mmdf}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MMDF's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '571 rejected due to SPAM list' \
    client:192.0.2.34 mail '452 space shortage, please try later' \
    una@beta.test rcpt '550 (USER) Unknown user name in "{rcpt}"' \
    uno@beta.test rcpt '550 (USER) Unknown user name in "{rcpt}"' \
    hana@beta.test rcpt '550 (BHST) Unknown host/domain name in "{rcpt}"' \
    hugo@beta.test rcpt '550 (BHST) Unknown host/domain name in "{rcpt}"' \
    nina@beta.test rcpt '451 (NS) Nameserver Timeout in "{rcpt}"' \
    nils@beta.test rcpt '451 (NS) Nameserver Timeout in "{rcpt}"' \
    tess@beta.test eom '451-Mail trouble (write error to mailsystem)\n451 Please try again later.' \
    toby@beta.test eom '451-Mail trouble (write error to mailsystem)\n451 Please try again later.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe tape backups of the department server are in the safe.\n\nCarol
unknown-host	carol@alpha.test	hana@beta.test	192.0.2.25	Hana,\n\nthe new terminal room opens on Monday.\n\nCarol
nameserver-timeout	carol@alpha.test	nina@beta.test	192.0.2.25	Nina,\n\nthe print queue is working again.\n\nCarol
write-error	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe course notes are on the file server.\n\nCarol
spam-list	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe seminar list for the spring term is below.\n\nCarol
exim-unknown-user	pat@pi.test	uno@beta.test	192.0.2.35	Uno,\n\nthe modem pool numbers changed last night.\n\nPat
exim-unknown-host	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe lab keys are at the front desk.\n\nPat
exim-nameserver-timeout	pat@pi.test	nils@beta.test	192.0.2.35	Nils,\n\nthe minutes of the users' committee follow.\n\nPat
exim-write-error	pat@pi.test	toby@beta.test	192.0.2.35	Toby,\n\nthe disk quotas were raised this morning.\n\nPat
exim-space-shortage	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe timetable for the machine room is below.\n\nPat
SEND
# five returns at once (the two unknown users, the two unknown hosts, the block list), then a warning after a minute
# and a return after 3 for each of the five messages never taken
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
