#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dsa-puppet-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Exim configuration in dsa-puppet, the Puppet repository of the Debian System Administration team that
# configures the debian.org machines (the copy zobelhelas/dsa-puppet, a mirror of the team's own repository; no licence
# file read; read with the search tool; only the reply texts are quoted), whose own ACL texts write every reply below:
# modules/exim/templates/eximconf.erb (commit 00bc5ad0b2be, the ACLs check_submission, check_recipient and
# check_message of the file "based on the 28.08.05 version by ametzler"; the file's own comment says it "deviates
# considerably from what could be considered a standard exim configuration"). A receiving Exim sends an ACL's
# "message =" text after its default code, 550 for deny and drop, 450 for defer, with no enhanced code (the texts
# carry none), so each reply is "550 " or "450 " and the text, its expansion variables filled in for the recipient
# being answered ($sender_address with the envelope sender, $sender_host_address with the sending MTA's address,
# $sender_helo_name with the name it gave in EHLO, $local_part@$domain with the recipient, $spam_score with a score):
#   to RCPT TO (check_recipient)
#     drop  "HELO mismatch Forged HELO for ($sender_helo_name)"   (the client said HELO as the server's own address, as
#           one of its domains, or as a name in /etc/exim4/helo-check its PTR name does not match)
#     defer "Access temporarily denied. Resolve failed PTR for $sender_host_address"   (the HELO names a listed domain
#           and the client's PTR lookup failed: "we defer instead of hard reject")
#     deny  "mail for <$local_part@$domain> only accepted from debian.org machines"   (a virtual domain's localonly
#           list, from a host outside debianhosts)
#     deny  "mail from <$sender_address> not allowed externally"   (a local-only user's address as sender, from a host
#           outside debianhosts)
#     deny  "We have blacklisted <$sender_address>.  Please stop mailing us"   (the sender is in /etc/exim4/blacklist;
#           two spaces after the full stop, as the file has them)
#     defer "slow down (no reverse dns, mismatched ehlo, dialup, or in blacklists)"   (the HELO ACL's heuristic score
#           acl_c1 is above 0 and the client passed 10 recipients in 60 minutes)
#     defer "Too many bad recipients, try again later"   (more than 3 recipients of the session already failed)
#     endpass message "unknown user"   (recipient verification failed for a handled domain)
#   after the message (check_message, the DATA ACL)
#     deny  "messages to the Request Tracker system require a subject tag or a subaddress"   (mail to rt.debian.org
#           without "debian rt" or "[rt.debian.org " in the Subject and without a +NNN or +new subaddress)
#     deny  "Mail to this address needs to be PGP-signed"   (mail to change@, changes@, chpasswd@, ping@db.debian.org
#           or recommend@nm.debian.org without a PGP message, signature or multipart/signed type)
#     deny  "message got a spam score of $spam_score"   (SpamAssassin judged it spam, for users listed in sa_users)
#     deny  "messages to the PTS require an X-PTS-Approved header"   (mail to packages.qa.debian.org from outside)
# Each reply byte for byte, at the stage the configuration sends it:
#   "550 HELO mismatch Forged HELO for (<the sender's EHLO name>)"   to RCPT TO, for hugo@ and hana@ beta.test
#   "450 Access temporarily denied. Resolve failed PTR for <the sender's address>"   to RCPT TO, to every attempt, for
#                              pia@ and pip@ beta.test
#   "550 mail for <lou@beta.test> only accepted from debian.org machines"   to RCPT TO (the recipient's own address in
#                              each), for lou@ and lea@ beta.test
#   "550 mail from <carol@alpha.test> not allowed externally"   to RCPT TO (the sender's address: carol@alpha.test from
#                              the Postfix, pat@pi.test from the Exim), for ned@ and nia@ beta.test
#   "550 We have blacklisted <carol@alpha.test>.  Please stop mailing us"   to RCPT TO (the sender's address), for bea@
#                              and bob@ beta.test
#   "450 slow down (no reverse dns, mismatched ehlo, dialup, or in blacklists)"   to RCPT TO, to every attempt, for
#                              sly@ and sol@ beta.test
#   "450 Too many bad recipients, try again later"   to RCPT TO, to every attempt, for tom@ and tia@ beta.test
#   "550 unknown user"   to RCPT TO, for una@ and uri@ beta.test
#   "550 messages to the Request Tracker system require a subject tag or a subaddress"   after the message, for rita@
#                              and rex@ beta.test
#   "550 Mail to this address needs to be PGP-signed"   after the message, for gus@ and gil@ beta.test
#   "550 message got a spam score of 14.2"   after the message, for sam@ and sid@ beta.test
#   "550 messages to the PTS require an X-PTS-Approved header"   after the message, for pete@ and pam@ beta.test
# Not served: drop's closing of the connection after its 550 (the replaying server keeps it open; the sending MTA has
# the refusal either way), the greeting and EHLO answer of the debian.org machines (the replaying server's are used),
# "Invalid syntax in the header" (require verify = header_syntax), "improper use of 8-bit data in message header:
# message rejected", "Your mailer is not RFC 2047 compliant: message rejected", "Blackisted URI found in body", "No valid
# sender found in the From:, Sender: and Reply-to: headers", "mail for <local part> is only accepted internally",
# "no mail should ever come from <sender>", the DNSBL texts (they end in the list's own $dnslist_text), the
# greylisting and policyd-weight texts (greylistd's and policyd-weight's words), "sorry, only 5 reports per hour for
# submission" and "relay not permitted" (Exim's stock default text), and the texts of an address a user disabled
# (the user's own words from mail-disable).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dsa-puppet-exim}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the dsa-puppet Exim configuration's ACL replies.
FORGED='550 HELO mismatch Forged HELO for ({helo})'
PTR='450 Access temporarily denied. Resolve failed PTR for {client}'
LOCALONLY='550 mail for <{rcpt}> only accepted from debian.org machines'
EXTERNAL='550 mail from <{sender}> not allowed externally'
BLACKLISTED='550 We have blacklisted <{sender}>.  Please stop mailing us'
SLOWDOWN='450 slow down (no reverse dns, mismatched ehlo, dialup, or in blacklists)'
TOOMANY='450 Too many bad recipients, try again later'
UNKNOWN='550 unknown user'
RT='550 messages to the Request Tracker system require a subject tag or a subaddress'
PGP='550 Mail to this address needs to be PGP-signed'
SPAM='550 message got a spam score of 14.2'
PTS='550 messages to the PTS require an X-PTS-Approved header'
printf '%s\t%s\t%s\n' \
    hugo@beta.test rcpt "$FORGED" \
    hana@beta.test rcpt "$FORGED" \
    pia@beta.test rcpt "$PTR" \
    pip@beta.test rcpt "$PTR" \
    lou@beta.test rcpt "$LOCALONLY" \
    lea@beta.test rcpt "$LOCALONLY" \
    ned@beta.test rcpt "$EXTERNAL" \
    nia@beta.test rcpt "$EXTERNAL" \
    bea@beta.test rcpt "$BLACKLISTED" \
    bob@beta.test rcpt "$BLACKLISTED" \
    sly@beta.test rcpt "$SLOWDOWN" \
    sol@beta.test rcpt "$SLOWDOWN" \
    tom@beta.test rcpt "$TOOMANY" \
    tia@beta.test rcpt "$TOOMANY" \
    una@beta.test rcpt "$UNKNOWN" \
    uri@beta.test rcpt "$UNKNOWN" \
    rita@beta.test eom "$RT" \
    rex@beta.test eom "$RT" \
    gus@beta.test eom "$PGP" \
    gil@beta.test eom "$PGP" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    pete@beta.test eom "$PTS" \
    pam@beta.test eom "$PTS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
forged-helo	carol@alpha.test	hugo@beta.test	192.0.2.25	Hugo,\n\nthe kite festival is on the hill.\n\nCarol
ptr-lookup-failed	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe tandem needs new brakes.\n\nCarol
only-from-debian-machines	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe orchard ladder is by the shed.\n\nCarol
sender-not-allowed-externally	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe quilt show opens at nine.\n\nCarol
sender-blacklisted	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe ferry timetable changed in May.\n\nCarol
slow-down	carol@alpha.test	sly@beta.test	192.0.2.25	Sly,\n\nthe choir sings at the harvest supper.\n\nCarol
too-many-bad-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe woodpile is stacked under the eaves.\n\nCarol
unknown-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe hedge wants trimming before June.\n\nCarol
rt-needs-subject-tag	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe printer in the hall is jammed.\n\nCarol
needs-pgp-signature	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nplease change my forwarding address.\n\nCarol
spam-score	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe plum jam is ready to collect.\n\nCarol
pts-needs-approval	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nthe package notes are attached below.\n\nCarol
exim-forged-helo	pat@pi.test	hana@beta.test	192.0.2.35	Hana,\n\nthe duck pond froze last night.\n\nPat
exim-ptr-lookup-failed	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe seed swap is in the church porch.\n\nPat
exim-only-from-debian-machines	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe loom is set up in the back room.\n\nPat
exim-sender-not-allowed-externally	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe beehives were checked on Sunday.\n\nPat
exim-sender-blacklisted	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe tide is low at four.\n\nPat
exim-slow-down	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe telescope club meets on clear nights.\n\nPat
exim-too-many-bad-recipients	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe allotment shed has a new lock.\n\nPat
exim-unknown-user	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe bus to market leaves at eight.\n\nPat
exim-rt-needs-subject-tag	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe projector bulb has gone.\n\nPat
exim-needs-pgp-signature	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nplease reset my account password.\n\nPat
exim-spam-score	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe rhubarb is coming up early.\n\nPat
exim-pts-needs-approval	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe build log is pasted below.\n\nPat
SEND
# eighteen messages refused for good, returned at once (nine by the Postfix, nine by the Exim), then for each of the
# three temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 30 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
