#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-syscall-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the internal SMTP service of Syscall, TS47Andres's self-hosted phone-addressed mail service ("Mail built
# around your mobile number": each active account has a local address derived from its verified mobile number, such as
# 9876543210@niti, with a browser inbox, a mobile app, an API, background workers and a voice assistant; its README), in
# TypeScript on Nodemailer's smtp-server with MongoDB and ClamAV, whose README says the internal SMTP service "parses and
# validates mail, scans attachments, and stores accepted messages" (repository TS47Andres/Syscall; no licence file
# found, the packages private; read with the search tool: apps/smtp/src/index.ts at commit 5b84b8212b43,
# packages/mail/src/index.ts at f5fc45f2ccb4, package.json (smtp-server ^3.13.6) at 70f6141eccad, .env.example at
# 557de149a999 (the defaults: LOCAL_MAIL_DOMAIN niti, SMTP_MAX_MESSAGE_SIZE_MB 25, MAX_ATTACHMENT_SIZE_MB 10,
# CLAMAV_HOST clamav, CLAMAV_PORT 3310), README.md at 074a2b5fcdf5; only the reply texts are quoted).
# Every refusal is built by index.ts's smtpError(responseCode, message), an Error with responseCode whose message is the
# thrown error's, which smtp-server writes as "<code> <message>" (lib/smtp-connection.js, read in the npm package
# smtp-server 3.21.7, which ^3.13.6 resolves to: the service does not set hideENHANCEDSTATUSCODES, which smtp-server's
# constructor then sets to true, so no enhanced code is added and the replies carry none). In index.ts:
#   onMailFrom, validateMailFrom: "550 External sender domains are not accepted." (the sender's address does not end in
#   @ the local mail domain) and "550 Unknown sender." (no active user has the address);
#   onRcptTo, validateMailRecipient: "550 External recipient domains are not accepted." and "550 Unknown recipient."
#   (the same two checks for the recipient);
#   onData, after the message, processMessage's errors: 451 for a TemporaryMailError, 550 for any other. The whole raw
#   message is first scanned with packages/mail's scanWithClamAv (ClamAV's INSTREAM): "550 Malware detected by ClamAV"
#   (clamd's answer says FOUND; a PermanentMailError), "451 ClamAV scan timed out" (no answer in 10 seconds) and "451
#   ClamAV unavailable: <Node's socket error>" (the scanner cannot be reached; here "getaddrinfo ENOTFOUND clamav", the
#   error Node writes when the default CLAMAV_HOST, the Compose service name clamav, does not resolve, as when the
#   scanner's container is not running); then "550 SMTP envelope identity is no longer valid." (the sender or the
#   recipient accepted at MAIL FROM and RCPT TO is no longer an active user when the message is stored); then each
#   attachment through packages/mail's validateAttachment (its errors PermanentMailErrors): "550 Attachment type is not
#   allowed: <filename>" (an extension or declared type outside its allow list), "550 Attachment exceeds 10485760 byte
#   limit: <filename>" (MAX_ATTACHMENT_SIZE_MB 10) and "550 Attachment content does not match its declared type:
#   <filename>" (the file's first bytes are not its extension's signature).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Syscall's SMTP service's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 External sender domains are not accepted."   to MAIL FROM, from the senders' third addresses (out3, the route
#                              to delta.test), for dan@ and dee@ delta.test
#   "550 Unknown sender."   to MAIL FROM, from the senders' fourth addresses (out4, the route to epsilon.test), for eve@
#                              and eli@ epsilon.test
#   "550 External recipient domains are not accepted."   to RCPT TO, for ned@ and nia@ beta.test
#   "550 Unknown recipient."   to RCPT TO, for uma@ and ugo@ beta.test
#   "550 Malware detected by ClamAV"   after the message, for mal@ and mae@ beta.test
#   "451 ClamAV scan timed out"   after the message, to every attempt, for tim@ and tam@ beta.test
#   "451 ClamAV unavailable: getaddrinfo ENOTFOUND clamav"   after the message, to every attempt, for ava@ and abe@
#                              beta.test
#   "550 SMTP envelope identity is no longer valid."   after the message, for ida@ and ivo@ beta.test
#   "550 Attachment type is not allowed: setup.exe"   after the message, for tia@ and ted@ beta.test
#   "550 Attachment exceeds 10485760 byte limit: scans.zip"   after the message, for ben@ and bea@ beta.test
#   "550 Attachment content does not match its declared type: photo.jpg"   after the message, for cal@ and cat@
#                              beta.test
# Not served: smtp-server's greeting, its EHLO answer and its stock replies (syntax, sequence, the SIZE refusal at MAIL
# FROM and "552 Error: message exceeds fixed maximum message size <bytes>", which smtp-server 3.21.7 writes after an
# oversized message whatever onData answered, so readStream's "Message exceeds configured size limit." never reaches a
# client); "ClamAV rejected scan: <clamd's answer>" (clamd's answer to the z-command ends in a NUL byte, which trim()
# leaves in the reply; this replay writes ASCII text lines only); "SMTP envelope is incomplete." (a guard no
# transaction that reached DATA meets); the MongoDB driver's own error texts that onMailFrom and onRcptTo would pass on
# with 550; the fallback "SMTP processing failed." (for a thrown non-Error); the 250s. The file names in the attachment
# replies are this script's own choice (the reply names the attachment's file); the replies are chosen by the client's
# address or by the recipient, not by anything the senders did: no database or scanner was asked, and each message has
# one recipient and is a few lines of plain text without attachments. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with two more outgoing addresses for each sender, and two more replaying servers with the same
# table for delta.test and epsilon.test, as loopback-caocong-tempmail's: each of these domains has an MX of its own,
# which only the senders' matching address reaches, so that no sender hands one of their messages down a connection it
# holds from another address; gamma.test and out2 are not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out3 192.0.2.23 for delta.test, out4 192.0.2.22
#               for epsilon.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out3 192.0.2.33, out4 192.0.2.32, for the same domains).
#   192.0.2.26  mx.beta.test, the replaying server.
#   192.0.2.27  mx.delta.test and 192.0.2.28 mx.epsilon.test, the other two replaying servers (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-syscall-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Syscall's SMTP service's replies.
EXTSENDER='550 External sender domains are not accepted.'
UNKSENDER='550 Unknown sender.'
EXTRCPT='550 External recipient domains are not accepted.'
UNKRCPT='550 Unknown recipient.'
MALWARE='550 Malware detected by ClamAV'
TIMEOUT='451 ClamAV scan timed out'
UNAVAILABLE='451 ClamAV unavailable: getaddrinfo ENOTFOUND clamav'
IDENTITY='550 SMTP envelope identity is no longer valid.'
TYPE='550 Attachment type is not allowed: setup.exe'
LIMIT='550 Attachment exceeds 10485760 byte limit: scans.zip'
MAGIC='550 Attachment content does not match its declared type: photo.jpg'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 mail "$EXTSENDER" \
    client:192.0.2.33 mail "$EXTSENDER" \
    client:192.0.2.22 mail "$UNKSENDER" \
    client:192.0.2.32 mail "$UNKSENDER" \
    ned@beta.test rcpt "$EXTRCPT" \
    nia@beta.test rcpt "$EXTRCPT" \
    uma@beta.test rcpt "$UNKRCPT" \
    ugo@beta.test rcpt "$UNKRCPT" \
    mal@beta.test eom "$MALWARE" \
    mae@beta.test eom "$MALWARE" \
    tim@beta.test eom "$TIMEOUT" \
    tam@beta.test eom "$TIMEOUT" \
    ava@beta.test eom "$UNAVAILABLE" \
    abe@beta.test eom "$UNAVAILABLE" \
    ida@beta.test eom "$IDENTITY" \
    ivo@beta.test eom "$IDENTITY" \
    tia@beta.test eom "$TYPE" \
    ted@beta.test eom "$TYPE" \
    ben@beta.test eom "$LIMIT" \
    bea@beta.test eom "$LIMIT" \
    cal@beta.test eom "$MAGIC" \
    cat@beta.test eom "$MAGIC" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with two more outgoing addresses for each sender and two more replaying servers.
lb_net 22 23 24 25 26 27 28 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
mx.epsilon.test. 300 IN A 192.0.2.28
epsilon.test. 300 IN MX 10 mx.epsilon.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.28 mx.epsilon.test "$W/replies.txt" > "$W/replay3.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out3:, epsilon.test=out4: }" \
    "out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{192.0.2.35}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
external-sender-domain	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe seed potatoes are chitting on the sill.\n\nCarol
unknown-sender	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe choir moved to the church hall.\n\nCarol
external-recipient-domain	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe gutters are full of leaves again.\n\nCarol
unknown-recipient	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe sourdough starter needs feeding.\n\nCarol
malware-detected	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe lawnmower blade has been sharpened.\n\nCarol
clamav-scan-timed-out	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe tide tables are pinned by the door.\n\nCarol
clamav-unavailable	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe piano tuner comes on Thursday.\n\nCarol
envelope-identity-no-longer-valid	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe compost bin lid blew off.\n\nCarol
attachment-type-not-allowed	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe lantern festival starts at dusk.\n\nCarol
attachment-over-byte-limit	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe tent pegs are in the red sack.\n\nCarol
attachment-content-mismatch	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe hens laid six eggs today.\n\nCarol
exim-external-sender-domain	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe allotment shed has a new lock.\n\nPat
exim-unknown-sender	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe kite string is tangled in the hedge.\n\nPat
exim-external-recipient-domain	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe birthday cake is in the freezer.\n\nPat
exim-unknown-recipient	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe pond pump hums again.\n\nPat
exim-malware-detected	pat@pi.test	mae@beta.test	192.0.2.35	Mae,\n\nthe walking boots are by the stove.\n\nPat
exim-clamav-scan-timed-out	pat@pi.test	tam@beta.test	192.0.2.35	Tam,\n\nthe cider needs another week.\n\nPat
exim-clamav-unavailable	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe map of the trail is in the glovebox.\n\nPat
exim-envelope-identity-no-longer-valid	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe sledge is down from the attic.\n\nPat
exim-attachment-type-not-allowed	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe cherry blossom is out early.\n\nPat
exim-attachment-over-byte-limit	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe woodpile is covered for the winter.\n\nPat
exim-attachment-content-mismatch	pat@pi.test	cat@beta.test	192.0.2.35	Cat,\n\nthe radio aerial is fixed at last.\n\nPat
SEND
# eighteen messages refused for good, returned at once (nine by the Postfix, nine by the Exim), then for each of the
# two temporary replies to each sender a warning after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
