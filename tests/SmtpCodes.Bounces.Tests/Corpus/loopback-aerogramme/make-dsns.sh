#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-aerogramme: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP server of Aerogramme, Deuxfleurs's encrypted e-mail and groupware server in Rust (IMAP, LMTP and
# CalDAV over Garage's S3 and K2V storage; an MTA such as Postfix hands it each message over LMTP, and it stores the
# message sealed with the recipient's public key; the repository deuxfleurs-org/aerogramme, whose early Cargo.toml
# (commit 01d82c14ca61, when the crate was named mailrage, by Alex Auvolat) says AGPL-3.0, no licence file read; read
# with the search tool; only the reply texts are quoted), whose own code writes every reply below. src/lmtp.rs (commit 0e3cfe536f11, LmtpServer's filter_to, on the smtp-server crate) answers each RCPT with
# Decision::Reject and a Reply of ReplyCode::POLICY_REASON (550 in the smtp-message crate), no enhanced code
# ("ecode: None") and, as its one text line, the error of the login provider's public_login for the address
# (e.to_string(), an anyhow error Aerogramme's own code writes with bail!):
#   src/login/static_provider.rs (commit 02a853755623, public_login): "Email <address> does not exist" (no user of the
#   static user list has the address among its email_addresses); the earlier static_provider.rs (commit 8cd9801030e2,
#   public_login): "No user for email address <address>" (the same case) and, from the
#   CryptoKeys::load_salt_and_public it calls, "cryptographic keys not initialized for user" (src/login/mod.rs: the
#   stored version whose load_salt_and_public takes the RowStore the earlier static provider passes, commit not named
#   by the index, and commit 0450570f7682, on the K2V client, with the same words: the user's storage holds no salt and
#   public key yet, i.e. the account's keys were never initialised);
#   src/login/ldap_provider.rs (commit 02a853755623, public_login and check_identifier): "No such user account" (no
#   inetOrgPerson entry has the address in its mail attribute), "Multiple matching user accounts" (more than one has),
#   "Missing bind_dn and bind_password in LDAP login provider config" (the LDAP provider is configured without the
#   service account that public_login binds with) and "Invalid username/email address, must contain only a-z A-Z 0-9 -
#   + _ . @" (the address holds another character).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Aerogramme's; the DSNs are made. Aerogramme speaks LMTP, not SMTP: the replaying server speaks SMTP and answers
# RCPT TO with the text Aerogramme gives the RCPT of an LMTP transaction (the stage and the reply are the same in both
# protocols); a relaying MTA meets these texts when it delivers to Aerogramme over LMTP, and a site that relays them
# back in its own SMTP answer shows them as here.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all to RCPT TO):
#   "550 Email gus@beta.test does not exist"   for gus@ (and "550 Email gil@beta.test does not exist" for gil@)
#   "550 No user for email address nat@beta.test"   for nat@ (and "... ned@beta.test" for ned@)
#   "550 No such user account"   for sam@ and sid@
#   "550 Multiple matching user accounts"   for moe@ and max@
#   "550 Invalid username/email address, must contain only a-z A-Z 0-9 - + _ . @"   for kay=lee@ and kit=lee@
#   "550 Missing bind_dn and bind_password in LDAP login provider config"   for bea@ and bob@
#   "550 cryptographic keys not initialized for user"   for cal@ and cat@
# all of beta.test. Not served: the greeting and the LHLO answer (the smtp-server crate's; the replaying server's are
# used), the smtp-server crate's stock replies (syntax, sequence, "okay" replies), "Missing attr: <attr>" and "No value
# for attr: <attr>" (an LDAP entry without the crypto root or storage attributes; their names are the site's
# configuration), and the replies after the message: "io error: <e>" and the errors of EncryptedMessage::new and
# deliver_to (src/mail/incoming.rs), whose words are the I/O, libsodium, S3 or K2V client's, not Aerogramme's.
# Every reply is permanent (Aerogramme writes no 4xx of its own): each sender returns the message at once.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-aerogramme}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Aerogramme's LMTP server's replies to RCPT.
NOACCOUNT='550 No such user account'
MULTIPLE='550 Multiple matching user accounts'
IDENT='550 Invalid username/email address, must contain only a-z A-Z 0-9 - + _ . @'
NOBIND='550 Missing bind_dn and bind_password in LDAP login provider config'
NOKEYS='550 cryptographic keys not initialized for user'
printf '%s\t%s\t%s\n' \
    gus@beta.test rcpt '550 Email gus@beta.test does not exist' \
    gil@beta.test rcpt '550 Email gil@beta.test does not exist' \
    nat@beta.test rcpt '550 No user for email address nat@beta.test' \
    ned@beta.test rcpt '550 No user for email address ned@beta.test' \
    sam@beta.test rcpt "$NOACCOUNT" \
    sid@beta.test rcpt "$NOACCOUNT" \
    moe@beta.test rcpt "$MULTIPLE" \
    max@beta.test rcpt "$MULTIPLE" \
    kay=lee@beta.test rcpt "$IDENT" \
    kit=lee@beta.test rcpt "$IDENT" \
    bea@beta.test rcpt "$NOBIND" \
    bob@beta.test rcpt "$NOBIND" \
    cal@beta.test rcpt "$NOKEYS" \
    cat@beta.test rcpt "$NOKEYS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
email-does-not-exist	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants trimming.\n\nCarol
no-user-for-email-address	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe kettle in the pavilion is fixed.\n\nCarol
no-such-user-account	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe ferry timetable changed in May.\n\nCarol
multiple-matching-accounts	carol@alpha.test	moe@beta.test	192.0.2.25	Moe,\n\nthe quilt show opens on Saturday.\n\nCarol
invalid-address-characters	carol@alpha.test	kay=lee@beta.test	192.0.2.25	Kay,\n\nthe orchard ladder is back in the shed.\n\nCarol
ldap-bind-missing	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe choir sings at the harvest supper.\n\nCarol
keys-not-initialized	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe swifts are back under the eaves.\n\nCarol
exim-email-does-not-exist	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe weather vane points north again.\n\nPat
exim-no-user-for-email-address	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe stile by the brook is loose.\n\nPat
exim-no-such-user-account	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe jam jars are under the stairs.\n\nPat
exim-multiple-matching-accounts	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe tide tables are pinned in the porch.\n\nPat
exim-invalid-address-characters	pat@pi.test	kit=lee@beta.test	192.0.2.35	Kit,\n\nthe beehives were checked on Sunday.\n\nPat
exim-ldap-bind-missing	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe reading group meets at the mill.\n\nPat
exim-keys-not-initialized	pat@pi.test	cat@beta.test	192.0.2.35	Cat,\n\nthe goat has eaten the washing line.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
