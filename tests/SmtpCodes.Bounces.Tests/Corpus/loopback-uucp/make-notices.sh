#!/usr/bin/env bash
# Makes the notices of Corpus/loopback-uucp: Taylor UUCP 1.07 (Debian bookworm's `uucp` 1.07-27+b2; unpacked, not
# installed) carries mail from the system `alpha` to the system `gw` as UUCP has always carried it (`uux ... gw!rmail
# (recipient)`, the way an MTA's uucp transport queues it), and gw's uuxqt, failing to run the mail's rmail, mails
# its own failure notice back to the requestor, the mail's sender. The two systems talk UUCP (the `i` protocol) over a
# pipe: alpha's uucico calls gw through a `type pipe` port whose command is gw's uucico, prompting for a login. The
# rmail gw runs is Debian bookworm's `rmail` 8.17.1.9 (Sendmail's, unpacked). uuxqt hands its notice to
# `/usr/sbin/sendmail -oi -t` (compiled in); inside the run's own mount namespace that path is a small program that
# only writes the message it is given to a file, so each file is the bytes uuxqt wrote, unedited (uuxqt writes To
# and Subject only; a real sendmail would add From, the uucp user, Date and Message-ID). Nothing touches the network; the run is inside
# network, mount and PID namespaces of its own.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files.
#
#   sudo bash make-notices.sh
#
# Scenarios (one call of alpha's uucico each; gw's system entry for alpha changes between them):
#   not-permitted   gw lets alpha run only rnews (`commands rnews`), so uuxqt refuses to run rmail for bob.
#   no-from-line    gw runs rmail for hugo and ida, and rmail refuses the message (exit status 65, EX_DATAERR): it has
#                   no "From sender date remote from alpha" line on top.
# For each, uuxqt writes two notices: one to the requestor (the mail's sender) and one to the UUCP administrator
# (`uucp`) naming the files it kept; all four are kept (`-admin` the administrator's).
# Each job is queued the way an MTA's uucp mailer queues mail (Sendmail's and Postfix's run `uux - -r ... -a<sender>
# ... <host>!rmail (<recipient>)`): here `uux - -r -z -a<sender> -gC "gw!rmail (<recipient>) ..."` (-z asks for a
# report of a failure, Taylor uuxqt's default anyway; -a names the sender as the requestor), its data the message with
# the "From ... remote from alpha" line a UUCP mailer puts on top (none in the second scenario). A third scenario
# tried, uux -b ("return standard input" on failure), made the same notice as the second with no message returned, so
# it is not kept.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
WORK=${LOOPBACK_WORK:-/tmp/loopback-uucp}

rm -rf "$WORK"; mkdir -p "$WORK/pkg" "$WORK/out" "$WORK/log" "$WORK/upper" "$WORK/ovl" "$WORK/bin"
mkdir -p "$WORK/named"; chmod 777 "$WORK/out" "$WORK/log" "$WORK/named"
cd "$WORK/pkg"
apt-get download uucp rmail
for deb in *.deb; do dpkg-deb -x "$deb" "$WORK/root"; done
R=$WORK/root
cp "$R/usr/sbin/uuxqt" "$WORK/upper/uuxqt"      # uucico starts /usr/sbin/uuxqt (compiled in)
ln -s "$R/usr/sbin/rmail" "$WORK/bin/rmail"

# The "sendmail -oi -t" uuxqt runs: one file per notice, named by the order of the calls.
cat > "$WORK/upper/sendmail" <<EOF
#!/bin/sh
n=\$(ls "$WORK/out" | wc -l)
echo "\$*" >> "$WORK/log/calls.log"
cat > "$WORK/out/\$n.eml"
EOF
chmod 755 "$WORK/upper/sendmail"

for sys in alpha gw; do
    mkdir -p "$WORK/$sys/spool" "$WORK/$sys/pub" "$WORK/$sys/lock"
    cat > "$WORK/$sys/config" <<EOF
nodename $sys
spool $WORK/$sys/spool
pubdir $WORK/$sys/pub
lockdir $WORK/$sys/lock
logfile $WORK/$sys/Log
statfile $WORK/$sys/Stats
debugfile $WORK/$sys/Debug
sysfile $WORK/$sys/sys
portfile $WORK/$sys/port
passwdfile $WORK/$sys/passwd
EOF
done
cat > "$WORK/alpha/sys" <<EOF
system gw
time any
port pipe-to-gw
chat ogin: Ualpha ssword: secret
protocol i
EOF
cat > "$WORK/alpha/port" <<EOF
port pipe-to-gw
type pipe
command $R/usr/lib/uucp/uucico -I $WORK/gw/config -l
EOF
echo "Ualpha secret" > "$WORK/gw/passwd"
: > "$WORK/alpha/passwd"; : > "$WORK/gw/port"
chown -R uucp:uucp "$WORK/alpha" "$WORK/gw"   # the UUCP programs run as the uucp user, as installed (setuid)
cat > "$WORK/inside.sh" <<'EOF'
set -eu
mount -t overlay overlay -o lowerdir=/usr/sbin,upperdir=$WORK/upper,workdir=$WORK/ovl /usr/sbin
gw_sys() {   # $1: the commands gw lets alpha run
    printf 'system alpha\ncalled-login Ualpha\nprotocol i\ncommands %s\ncommand-path %s\n' "$1" "$WORK/bin" > "$WORK/gw/sys"
}
# The mail alpha's MTA hands to uux: with the From_ line of a UUCP mailer on top, or without it.
mail() {   # $1: from-line or none, $2: sender, $3: To, $4: subject, $5: body
    if [ "$1" = from-line ]; then printf 'From %s  Tue Dec  1 09:00:00 2026 remote from alpha\n' "$2"; fi
    printf 'Received: from mail.alpha.test (mail.alpha.test [198.51.100.7])\n\tby alpha (Postfix) with ESMTP id 4B2C1A0F3;\n\tTue,  1 Dec 2026 09:00:00 +0000 (UTC)\n'
    printf 'From: %s\nTo: %s\nSubject: %s\nDate: Tue, 01 Dec 2026 09:00:00 +0000\nMessage-ID: <%s.%s@alpha.test>\n\n%s\n' \
        "$2" "$3" "$4" "$(date +%s%N)" "$RANDOM" "$5"
}
job() {   # $1: scenario, $2: gw's commands, $3: extra uux options, $4: the rmail arguments, then mail's arguments
    scenario=$1; gw_sys "$2"; uuxopts=$3; rcpts=$4; shift 4
    mail "$@" | "$R/usr/bin/uux" -I "$WORK/alpha/config" - -r -z $uuxopts -a"$2" -gC "gw!rmail $rcpts"
    "$R/usr/lib/uucp/uucico" -I "$WORK/alpha/config" -S gw
    sleep 2
    for f in "$WORK"/out/*.eml; do
        if grep -q '^To: uucp$' "$f"; then mv "$f" "$WORK/named/$scenario-admin.eml"; else mv "$f" "$WORK/named/$scenario.eml"; fi
    done
}
job not-permitted rnews "" "(bob@beta.test)" from-line carol@alpha.test bob@beta.test "Meeting minutes" "Hello Bob,

the minutes of Tuesday's meeting are below.

Carol"
job no-from-line rmail "" "(hugo@beta.test) (ida@beta.test)" none erin@alpha.test "hugo@beta.test, ida@beta.test" "Party invitation" "Dear Hugo, dear Ida,

you are invited to our party on Saturday.

Erin"
EOF
WORK=$WORK R=$R timeout 300 unshare --net --mount --pid --fork bash "$WORK/inside.sh" || true
cat "$WORK/log/calls.log" "$WORK/gw/Log"
# Exactly the four notices, each to its addressee.
test "$(ls "$WORK/named" | wc -l)" = 4
for name in not-permitted not-permitted-admin no-from-line no-from-line-admin; do
    cp "$WORK/named/$name.eml" "$HERE/$name.eml"; echo "-> $name.eml"
done
