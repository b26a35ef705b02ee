#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-debian-edu-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Debian Edu's (Skolelinux's) Exim configuration, the one the Debian package debian-edu-config ships for a
# school network's main server ("tjener", the post office postoffice.intern, delivering to LDAP users and taking mail
# only from Kerberos-authenticated users) and for its client machines. The source read is the exact artefact: Debian
# bookworm's binary package debian-edu-config 2.12.46~deb12u1 (Maintainer: Debian Edu Developers
# <debian-edu@lists.debian.org>; Homepage https://blends.debian.org/edu; upstream salsa.debian.org/debian-edu/
# debian-edu-config; debianized by its author Petter Reinholdtsen; GPL-2.0-or-later; only the reply texts are quoted),
# fetched with `apt-get download debian-edu-config` and unpacked with `dpkg-deb -x`, read in place of a repository
# (the search tool was not used). Its two Exim 4 configuration files write every reply below in their RCPT ACLs:
#   etc/exim4/exim-ldap-server-v4.conf (the main server's exim4.conf; cf3/cf.exim installs it), acl_check_rcpt, lines
#   205-224: after "accept local_parts = postmaster" and "accept local_parts = root",
#     deny  !authenticated = *
#           message = SMTP server requires authentication. Check your SMTP client configuration.
#     deny condition = ${if eq{$authenticated_id}{$sender_address_local_part@INTERN}{false}{true}}
#           message = Sender address $sender_address conflicts with authentication $authenticated_id.
#     accept  hosts = :
#     accept  domains = +local_domains
#     accept  hosts = +relay_hosts
#     deny    message = relay not permitted
#   etc/exim4/exim-ldap-client-v4.conf (the exim4.conf of the client machines, Closes: #989338), check_recipient,
#   lines 174-180: "accept hosts = :", "accept hosts = +relay_hosts", "deny message = relay not permitted".
# Exim sends an ACL deny at RCPT TO as "550 <message>", with no enhanced code (the configuration writes none).
# Each reply byte for byte, at the stage the configuration sends it:
#   "550 SMTP server requires authentication. Check your SMTP client configuration."   to RCPT TO, for ada@ and abe@
#                              beta.test (the server's first deny: any client that did not authenticate, for any
#                              recipient but postmaster and root)
#   "550 Sender address carol@alpha.test conflicts with authentication cara@INTERN."   to RCPT TO, for sam@beta.test
#   "550 Sender address pat@pi.test conflicts with authentication pia@INTERN."   to RCPT TO, for sid@beta.test
#                              (the server's second deny: an authenticated user whose envelope sender's local part is
#                              not the user's Kerberos name; $sender_address is each sender's own address, and
#                              $authenticated_id, GSSAPI's principal set by auth_gssapi's server_set_id = $auth1, is
#                              written here as cara@INTERN and pia@INTERN, names of this script's choosing)
#   "550 relay not permitted"   to RCPT TO, for rex@ and rio@ gamma.test and ray@ and rua@ gamma.test (the last deny of
#                              the server's and of the client machines' RCPT ACL: a recipient outside the local domains
#                              from a host outside relay_hosts)
# Not served: the greeting and EHLO answer (Exim's own; the replaying server's are used), the DATA ACL's
# "require verify = header_syntax" (Exim's own words), and the ldapuser router's cannot_route_message "Recipent
# <local part> unknown." (the RCPT ACL accepts local domains without verify = recipient, so that text is written in the
# server's own bounce after the message was accepted, never as an SMTP reply). The senders here do not authenticate, so
# on the real server only the first reply would reach them; the second is served as if their submission had
# authenticated as another user. All replies are permanent: each sender returns each message at once. The replies are
# chosen by recipient, not by anything the senders did; each message is a few lines of plain text. At most 2
# recipients to one reply text (the relay refusals: 2 to each sender).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Debian Edu's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-debian-edu-exim}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Debian Edu's Exim configuration's replies.
NOAUTH='550 SMTP server requires authentication. Check your SMTP client configuration.'
CONFLICTA='550 Sender address carol@alpha.test conflicts with authentication cara@INTERN.'
CONFLICTP='550 Sender address pat@pi.test conflicts with authentication pia@INTERN.'
NORELAY='550 relay not permitted'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$NOAUTH" \
    abe@beta.test rcpt "$NOAUTH" \
    sam@beta.test rcpt "$CONFLICTA" \
    sid@beta.test rcpt "$CONFLICTP" \
    rex@gamma.test rcpt "$NORELAY" \
    rio@gamma.test rcpt "$NORELAY" \
    ray@gamma.test rcpt "$NORELAY" \
    rua@gamma.test rcpt "$NORELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
requires-authentication	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe school choir sings on Saturday.\n\nCarol
sender-conflicts-with-authentication	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe chemistry lab key is at the office.\n\nCarol
relay-not-permitted	carol@alpha.test	rex@gamma.test,rio@gamma.test	192.0.2.25	Rex, Rio,\n\nthe field trip bus leaves at eight.\n\nCarol
exim-requires-authentication	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe chess club moved to room 12.\n\nPat
exim-sender-conflicts-with-authentication	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe library laptops are charged.\n\nPat
exim-relay-not-permitted	pat@pi.test	ray@gamma.test,rua@gamma.test	192.0.2.35	Ray, Rua,\n\nthe sports day is on Friday.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
