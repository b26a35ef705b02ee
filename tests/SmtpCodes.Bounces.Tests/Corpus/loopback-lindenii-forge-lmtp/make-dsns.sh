#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lindenii-forge-lmtp: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the LMTP listener of Lindenii Forge, Runxi Yu's software forge in Go (git repositories, contribution
# branches and mailing lists; a mail server such as Postfix hands it mail over LMTP on a unix socket, and a message to
# <group path>/-/repos/<repository>@<forge domain> is read as a patch and committed to a new contrib/ branch, one to
# <group path>/-/lists/<list>@<forge domain> is archived in the list and relayed to its subscribers), whose own session
# code writes every reply served (repository runxiyu/forge, "SPDX-License-Identifier: AGPL-3.0-only" in each file read;
# read with the search tool: forged/internal/unsorted/lmtp_server.go at commit 01e4fd482ebc (lmtpSession.Data, on
# go-smtp with LMTP on), forged/internal/unsorted/lmtp_handle_patch.go at da1d8f4e7c33 (lmtpHandlePatch),
# forged/internal/unsorted/lmtp_handle_mlist.go at 01e4fd482ebc (lmtpHandleMailingList, resolveGroupPath),
# forged/internal/unsorted/smtp_relay.go at 01e4fd482ebc (relayMailingListMessage) and
# forged/internal/unsorted/git_misc.go at 669924e830df (openRepo); only the reply texts are quoted). Every refusal is
# one go-smtp SMTPError the session returns after the message, code 550, enhanced code 5.7.1, text "Permanent failure: "
# and the Go error's text:
#   "Message too big." (the message reached the configured LMTP max size), "illegal path" (a local part at the forge's
#   domain without the "-" separator and a module type and name after it), "Emailing any endpoint other than
#   repositories, is not supported yet." (a module type other than repos or lists), "mailing list not found" (no such
#   list in the group), "no rows in result set" (pgx's ErrNoRows: the group of a list address does not exist),
#   "failed to open repo: no rows in result set" (a patch to a repository the forge does not have), "smtp relay addr
#   not configured" (a list with subscribers and no [smtp] relay configured) and "failed to get file at old name
#   "<path>": file not found" (a patch to a file the repository's HEAD does not hold; go-git's object.ErrFileNotFound).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Lindenii Forge's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, all after the message:
#   "550 5.7.1 Permanent failure: Message too big."   for mira/-/repos/atlas@ and juno/-/repos/kiln@ beta.test
#   "550 5.7.1 Permanent failure: illegal path"   for patches@ and juno/kiln@ beta.test
#   "550 5.7.1 Permanent failure: Emailing any endpoint other than repositories, is not supported yet."   for
#       mira/-/tickets/atlas@ and juno/-/wiki/kiln@ beta.test
#   "550 5.7.1 Permanent failure: mailing list not found"   for mira/-/lists/atlas-dev@ and juno/-/lists/kiln-news@
#   "550 5.7.1 Permanent failure: no rows in result set"   for nova/-/lists/dev@ and orla/-/lists/users@ beta.test
#   "550 5.7.1 Permanent failure: failed to open repo: no rows in result set"   for mira/-/repos/comet@ and
#       juno/-/repos/ember@ beta.test
#   "550 5.7.1 Permanent failure: smtp relay addr not configured"   for mira/-/lists/atlas-users@ and
#       juno/-/lists/kiln-dev@ beta.test
#   "550 5.7.1 Permanent failure: failed to get file at old name "docs/setup.md": file not found"   for
#       mira/-/repos/atlas-docs@ beta.test
#   "550 5.7.1 Permanent failure: failed to get file at old name "cmd/kiln/main.go": file not found"   for
#       juno/-/repos/kiln-cli@ beta.test
# Not served: go-smtp's greeting, LHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); a read error's text (io.CopyN's error, the connection's); the other wrapped errors of the patch handler (a
# gitdiff parse or apply error, git's exit status), which carry library words; the accepting 250s (a recipient at
# another domain is skipped and the message accepted, as is an Auto-Submitted message). The forge speaks LMTP to its
# own mail server over a unix socket; here the replaying server speaks SMTP, as that mail server's LMTP client would
# meet the same lines (the session implements Data, not LMTPData, so go-smtp answers every recipient of a message with
# the one reply; each message here has one recipient). The replies are chosen by recipient, not by anything the
# senders did: each message is a few lines of plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lindenii-forge-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Lindenii Forge's LMTP replies.
TOOBIG='550 5.7.1 Permanent failure: Message too big.'
ILLEGAL='550 5.7.1 Permanent failure: illegal path'
ENDPOINT='550 5.7.1 Permanent failure: Emailing any endpoint other than repositories, is not supported yet.'
NOLIST='550 5.7.1 Permanent failure: mailing list not found'
NOROWS='550 5.7.1 Permanent failure: no rows in result set'
NOREPO='550 5.7.1 Permanent failure: failed to open repo: no rows in result set'
NORELAY='550 5.7.1 Permanent failure: smtp relay addr not configured'
NOFILE1='550 5.7.1 Permanent failure: failed to get file at old name "docs/setup.md": file not found'
NOFILE2='550 5.7.1 Permanent failure: failed to get file at old name "cmd/kiln/main.go": file not found'
printf '%s\t%s\t%s\n' \
    mira/-/repos/atlas@beta.test eom "$TOOBIG" \
    juno/-/repos/kiln@beta.test eom "$TOOBIG" \
    patches@beta.test eom "$ILLEGAL" \
    juno/kiln@beta.test eom "$ILLEGAL" \
    mira/-/tickets/atlas@beta.test eom "$ENDPOINT" \
    juno/-/wiki/kiln@beta.test eom "$ENDPOINT" \
    mira/-/lists/atlas-dev@beta.test eom "$NOLIST" \
    juno/-/lists/kiln-news@beta.test eom "$NOLIST" \
    nova/-/lists/dev@beta.test eom "$NOROWS" \
    orla/-/lists/users@beta.test eom "$NOROWS" \
    mira/-/repos/comet@beta.test eom "$NOREPO" \
    juno/-/repos/ember@beta.test eom "$NOREPO" \
    mira/-/lists/atlas-users@beta.test eom "$NORELAY" \
    juno/-/lists/kiln-dev@beta.test eom "$NORELAY" \
    mira/-/repos/atlas-docs@beta.test eom "$NOFILE1" \
    juno/-/repos/kiln-cli@beta.test eom "$NOFILE2" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-too-big	carol@alpha.test	mira/-/repos/atlas@beta.test	192.0.2.25	Hi,\n\nthe map tiles for the north ridge are attached as a patch.\n\nCarol
illegal-path	carol@alpha.test	patches@beta.test	192.0.2.25	Hi,\n\na small fix for the build notes, if anyone wants it.\n\nCarol
endpoint-not-supported	carol@alpha.test	mira/-/tickets/atlas@beta.test	192.0.2.25	Hi,\n\nthe legend overlaps the scale bar on small screens.\n\nCarol
mailing-list-not-found	carol@alpha.test	mira/-/lists/atlas-dev@beta.test	192.0.2.25	Hi all,\n\nis the tile cache still rebuilt on Sundays?\n\nCarol
list-group-not-found	carol@alpha.test	nova/-/lists/dev@beta.test	192.0.2.25	Hi all,\n\nthe meeting notes from Thursday are on the wiki.\n\nCarol
repo-not-found	carol@alpha.test	mira/-/repos/comet@beta.test	192.0.2.25	Hi,\n\nthis renames the config loader, nothing else.\n\nCarol
list-relay-not-configured	carol@alpha.test	mira/-/lists/atlas-users@beta.test	192.0.2.25	Hi all,\n\nversion 2 reads the old files too.\n\nCarol
patch-file-not-found	carol@alpha.test	mira/-/repos/atlas-docs@beta.test	192.0.2.25	Hi,\n\nthis fixes two typos in the setup page.\n\nCarol
exim-message-too-big	pat@pi.test	juno/-/repos/kiln@beta.test	192.0.2.35	Hi,\n\nthe firing schedule tables, as one patch.\n\nPat
exim-illegal-path	pat@pi.test	juno/kiln@beta.test	192.0.2.35	Hi,\n\nthe thermocouple offset was off by two degrees.\n\nPat
exim-endpoint-not-supported	pat@pi.test	juno/-/wiki/kiln@beta.test	192.0.2.35	Hi,\n\nthe glaze page could use a photo of the test tiles.\n\nPat
exim-mailing-list-not-found	pat@pi.test	juno/-/lists/kiln-news@beta.test	192.0.2.35	Hi all,\n\nthe next release is planned for spring.\n\nPat
exim-list-group-not-found	pat@pi.test	orla/-/lists/users@beta.test	192.0.2.35	Hi all,\n\ndoes anyone run it on a Raspberry Pi?\n\nPat
exim-repo-not-found	pat@pi.test	juno/-/repos/ember@beta.test	192.0.2.35	Hi,\n\nthis drops the unused logging flag.\n\nPat
exim-list-relay-not-configured	pat@pi.test	juno/-/lists/kiln-dev@beta.test	192.0.2.35	Hi all,\n\nthe ramp rate patch is ready for review.\n\nPat
exim-patch-file-not-found	pat@pi.test	juno/-/repos/kiln-cli@beta.test	192.0.2.35	Hi,\n\nthis adds a --dry-run flag to the command.\n\nPat
SEND
# sixteen messages refused for good, returned at once (eight by the Postfix, eight by the Exim)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
