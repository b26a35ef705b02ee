#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-korzen-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of a published Exim configuration: Maciej Korzen's (maciejkorzen's) example configuration of a filtering
# MX that checks recipients in an Exchange directory over LDAP and routes a company's domains on to its internal mail
# server (its header: "Example Exim configuration file. It's only any example, it's invalid."; placeholder names
# comp.any, mx6.comp.any), read with the search tool in the repository maciejkorzen/confs (exim.conf at commit
# 8ea46d0f96de; no licence file read); only the reply texts are quoted. Its ACLs write these refusals in their
# author's own words (Exim "message =" texts on deny and drop verbs that carry no code, so Exim sends its own 550
# before each; the macro POSTMASTER, "Contact postmaster@comp.any. This address is not filtered.", ends several):
#   check_sender, the MAIL ACL (acl_smtp_mail): "bad chars in sender address" (a sender with . / | at its start or
#   % ! * ? anywhere);
#   check_recipient, the RCPT ACL (acl_smtp_rcpt): "no such domain" (recipients in a listed domain that does not
#   exist); "Too many recipients. MAXRCPT allowed. You sent $rcpt_count." (a drop, MAXRCPT = 100); "You are not
#   allowed to send mails from our domain. POSTMASTER" (a sender in the company's domains from a host that is not a
#   trusted one); "bad chars in address" (a recipient outside the local domains with restricted characters); "host
#   is listed in $dnslist_domain ($dnslist_text). POSTMASTER" (dnslists = bl.spamcop.net : psbl.surriel.com :
#   combined.njabl.org : b.barracudacentral.org : zen.spamhaus.org); "sender address not valid
#   ($acl_verify_message). POSTMASTER" (!verify = sender);
#   check_message, the DATA ACL (acl_smtp_data): "$found_extension files are not accepted here. Pliki
#   $found_extension nie sa akceptowane." (demime = com:vbs:bat:pif:scr:exe:, the second sentence the same in
#   Polish); "This message contains a virus: ($malware_name) please scan your system."; "SPAM detected. Rejecting.
#   POSTMASTER" (a drop, a SpamAssassin score above 90).
# Exim expands macros and variables before it sends the text: MAXRCPT and POSTMASTER as the file defines them,
# $rcpt_count as the count of the refused RCPT (101), $dnslist_domain and $dnslist_text as the list that matched and
# its TXT record (SpamCop's, naming the client's address), $acl_verify_message as the reason sender verification
# gave (Exim's "Unrouteable address"), $found_extension as the extension demime found, without its dot (exe),
# $malware_name as the scanner's name for what it found (ClamAV's for the EICAR test file, Win.Test.EICAR_HDB-1).
# A drop also closes the connection after its 550; the replaying server closes only after a 421, so that close is not
# replayed (the sending MTA has the 550 for its recipient either way).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Maciej Korzen's; the codes Exim's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 bad chars in sender address"   to MAIL FROM, from the senders' second addresses (out2, 192.0.2.24 and
#                              192.0.2.34: the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 no such domain"   to RCPT TO, for nod@ and noa@ beta.test
#   "550 Too many recipients. 100 allowed. You sent 101."   to RCPT TO, for tom@ and tia@ beta.test
#   "550 You are not allowed to send mails from our domain. Contact postmaster@comp.any. This address is not
#   filtered."   to RCPT TO, for fay@ and fox@ beta.test
#   "550 bad chars in address"   to RCPT TO, for bea@ and bob@ beta.test
#   "550 host is listed in bl.spamcop.net (Blocked - see https://www.spamcop.net/bl.shtml?<client>). Contact
#   postmaster@comp.any. This address is not filtered."   to RCPT TO, the client's address for <client>, for hal@ and
#                              hew@ beta.test
#   "550 sender address not valid (Unrouteable address). Contact postmaster@comp.any. This address is not filtered."
#                              to RCPT TO, for sid@ and sal@ beta.test
#   "550 exe files are not accepted here. Pliki exe nie sa akceptowane."   after the message, for xen@ and xia@
#                              beta.test
#   "550 This message contains a virus: (Win.Test.EICAR_HDB-1) please scan your system."   after the message, for
#                              vic@ and val@ beta.test
#   "550 SPAM detected. Rejecting. Contact postmaster@comp.any. This address is not filtered."   after the message,
#                              for sam@ and sue@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); the drops "Message size too big. MAXSIZE
# allowed. You sent $message_size." in both ACLs (message_size_limit is the same MAXSIZE, so Exim refuses a larger
# SIZE or message first in its own words); "Serious MIME defect detected ($demime_reason)" (its reason is Exim's
# demime's words); the SPF deny and defer (the Exim wiki's recipe texts, not the author's); "User unknown
# ($local_part@$domain)" (a warn, which refuses nothing); the bare denies with no message (Exim's stock words), the
# failed recipient callout and "relay not permitted" (Exim's stock). The replies are chosen by recipient (the MAIL
# refusal by the senders' outgoing address), not by anything the senders did: each message has one recipient and is a
# few lines of plain text. All replies are permanent; a sending Postfix gives up on a refused MAIL FROM at once. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-korzen-exim}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Maciej Korzen's example Exim configuration's replies.
BADSENDER='550 bad chars in sender address'
NODOMAIN='550 no such domain'
TOOMANY='550 Too many recipients. 100 allowed. You sent 101.'
OURDOMAIN='550 You are not allowed to send mails from our domain. Contact postmaster@comp.any. This address is not filtered.'
BADCHARS='550 bad chars in address'
LISTED='550 host is listed in bl.spamcop.net (Blocked - see https://www.spamcop.net/bl.shtml?{client}). Contact postmaster@comp.any. This address is not filtered.'
NOTVALID='550 sender address not valid (Unrouteable address). Contact postmaster@comp.any. This address is not filtered.'
EXTENSION='550 exe files are not accepted here. Pliki exe nie sa akceptowane.'
VIRUS='550 This message contains a virus: (Win.Test.EICAR_HDB-1) please scan your system.'
SPAM='550 SPAM detected. Rejecting. Contact postmaster@comp.any. This address is not filtered.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$BADSENDER" \
    client:192.0.2.34 mail "$BADSENDER" \
    nod@beta.test rcpt "$NODOMAIN" \
    noa@beta.test rcpt "$NODOMAIN" \
    tom@beta.test rcpt "$TOOMANY" \
    tia@beta.test rcpt "$TOOMANY" \
    fay@beta.test rcpt "$OURDOMAIN" \
    fox@beta.test rcpt "$OURDOMAIN" \
    bea@beta.test rcpt "$BADCHARS" \
    bob@beta.test rcpt "$BADCHARS" \
    hal@beta.test rcpt "$LISTED" \
    hew@beta.test rcpt "$LISTED" \
    sid@beta.test rcpt "$NOTVALID" \
    sal@beta.test rcpt "$NOTVALID" \
    xen@beta.test eom "$EXTENSION" \
    xia@beta.test eom "$EXTENSION" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
bad-chars-in-sender-address	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe trailer has a flat tyre.\n\nCarol
no-such-domain	carol@alpha.test	nod@beta.test	192.0.2.25	Nod,\n\nthe book club picked a mystery this month.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe garden gate squeaks again.\n\nCarol
not-allowed-from-our-domain	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe scarecrow contest is on Saturday.\n\nCarol
bad-chars-in-address	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe onion bed needs weeding.\n\nCarol
host-is-listed	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe telescope is set up on the roof.\n\nCarol
sender-address-not-valid	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe rain barrel is full.\n\nCarol
exe-files-not-accepted	carol@alpha.test	xen@beta.test	192.0.2.25	Xen,\n\nthe raffle prizes are wrapped.\n\nCarol
message-contains-virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe sledge is waxed for winter.\n\nCarol
spam-detected	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe clock tower chimes are fixed.\n\nCarol
exim-bad-chars-in-sender-address	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe bread maker is on loan to Ann.\n\nPat
exim-no-such-domain	pat@pi.test	noa@beta.test	192.0.2.35	Noa,\n\nthe sandcastle photos came out well.\n\nPat
exim-too-many-recipients	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe carol singers meet at six.\n\nPat
exim-not-allowed-from-our-domain	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe hedgehog house is finished.\n\nPat
exim-bad-chars-in-address	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe wind chimes are in the porch.\n\nPat
exim-host-is-listed	pat@pi.test	hew@beta.test	192.0.2.35	Hew,\n\nthe cycle path reopened today.\n\nPat
exim-sender-address-not-valid	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe pie stall sold out by noon.\n\nPat
exim-exe-files-not-accepted	pat@pi.test	xia@beta.test	192.0.2.35	Xia,\n\nthe map of the trail is in the hut.\n\nPat
exim-message-contains-virus	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe ice rink opens next week.\n\nPat
exim-spam-detected	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe kittens have found homes.\n\nPat
SEND
# twenty messages refused for good, returned at once (ten by the Postfix, ten by the Exim)
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
