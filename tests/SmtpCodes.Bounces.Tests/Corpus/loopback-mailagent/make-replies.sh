#!/usr/bin/env bash
# Makes the auto-replies of Corpus/loopback-mailagent: mailagent 3.1 (Raphael Manfredi's Perl mail filter; Debian
# bookworm's `mailagent` 1:3.1-106-1, with `libperl4-corelibs-perl`; unpacked, not installed) runs in vacation mode
# for a user and processes his incoming mail (`mailagent -f <mailbox>`); its vacation messages go to the program its
# configuration names as `sendmail`, here a small program that writes the message it is given to a file, so each file
# is the bytes mailagent wrote, unedited. Nothing touches the network; the run is inside network, mount and PID
# namespaces of its own (an overlay on /usr/share shows the package's /usr/share/mailagent, whose path mailagent has
# compiled in).
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files.
#
#   sudo bash make-replies.sh
#
# The user, bob@beta.test, made his ~/.mailagent with `mailagent -I` (which copies the package's mailagent.cf and fills
# in his home, name and address) and then turned vacation mode on (`vacation : ON`, `vacperiod: 1d`) and named the
# capture program as `sendmail`, as mailagent.cf lets one. His ~/.vacation is the example of the mailagent(1) manual
# (header lines Cc, Organization and Precedence, then "Dear %N: I've received your mail regarding "%R". It will be
# read as soon as I come back from vacation."), the macros mailagent fills in; for one client his ~/.rules names
# another vacation message (`VACATION ~/.vacation-clients`: its own Subject line with the original subject, %R), and
# otherwise keeps everything (`LEAVE`), in a mailbox under his home (`maildrop : ~/mail`, not the system's mail
# drop). He set `hidenet : ON` (his address without the host name). The machine has no /etc/news/organization, the
# file mailagent reads %o from, so mailagent writes its path instead, as it does on such a machine. Mail vacation mode
# must NOT answer (checked below: no file may come of it): a second message from the same sender within vacperiod,
# mail from MAILER-DAEMON, and a message with Precedence: bulk.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
WORK=${LOOPBACK_WORK:-/tmp/loopback-mailagent}

rm -rf "$WORK"; mkdir -p "$WORK/pkg" "$WORK/out" "$WORK/shareupper" "$WORK/sharework" "$WORK/home/bob"
chmod 777 "$WORK/out"; touch "$WORK/calls.log"; chmod 666 "$WORK/calls.log"
cd "$WORK/pkg"
apt-get download mailagent libperl4-corelibs-perl
for deb in *.deb; do dpkg-deb -x "$deb" "$WORK/root"; done
cp -a "$WORK/root/usr/share/mailagent" "$WORK/shareupper/"
cp /etc/passwd "$WORK/passwd"
sed -i '/^bob:/d; /^[^:]*:[^:]*:1000:/d' "$WORK/passwd"
echo "bob:x:1000:1000:Bob Smith:$WORK/home/bob:/bin/sh" >> "$WORK/passwd"
export PERL5LIB=$WORK/root/usr/share/perl5
MAILAGENT=$WORK/root/usr/bin/mailagent

# mailagent runs: <sendmail> <mailopt> <addresses>. One file per call, named after the last address.
cat > "$WORK/sendmail.sh" <<EOF
#!/bin/sh
for last; do :; done
echo "\$*" >> "$WORK/calls.log"
cat > "$WORK/out/\$last.eml"
EOF
chmod 755 "$WORK/sendmail.sh"

cat > "$WORK/home/bob/.vacation" <<'EOF'
Cc: bob
Organization: %o
Precedence: bulk

[Last revision made on %T]

Dear %N:

I've received your mail regarding "%R".
It will be read as soon as I come back from vacation.

Sincerely,
--
%U <%u@%C>
EOF
cat > "$WORK/home/bob/.vacation-clients" <<'EOF'
Subject: Out of the office until 14 December (was: %R)
Precedence: bulk

Dear %N,

thank you for your message. I am out of the office until
14 December and will answer it when I am back. For invoices and
anything urgent, please write to bea@beta.test.

Best regards,
%U
EOF
cat > "$WORK/home/bob/.rules" <<'EOF'
From: frank@zeta.test	{ VACATION ~/.vacation-clients; LEAVE };
{ LEAVE };
EOF
chown -R 1000:1000 "$WORK/home/bob"

# bob's incoming mail, an mbox.
python3 - "$WORK/mbox" <<'EOF'
import email.utils, sys
def message(sender, name, subject, body, extra=""):
    domain = sender.split("@")[1]
    return ("From %s %s\n" % (sender, "Tue Dec  1 09:00:00 2026") +
            "Return-Path: <%s>\nReceived: from mail.%s (mail.%s [198.51.100.7])\n\tby mx.beta.test with ESMTP id 7F3A21C0; %s\n"
            "From: %s <%s>\nTo: bob@beta.test\nSubject: %s\nDate: %s\nMessage-ID: %s\n%s\n%s\n\n" % (
                sender, domain, domain, email.utils.formatdate(), name, sender, subject, email.utils.formatdate(),
                email.utils.make_msgid(domain=domain), extra, body))
mail = [
    message("carol@alpha.test", "Carol Jones", "Meeting minutes", "Hello Bob,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol"),
    message("carol@alpha.test", "Carol Jones", "Re: Meeting minutes", "Bob,\n\none more point I forgot.\n\nCarol"),
    message("MAILER-DAEMON@alpha.test", "Mail Delivery System", "Undelivered Mail Returned to Sender",
            "This is the mail system at host mail.alpha.test.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients."),
    message("news@bulk.test", "Offers", "Our weekly offers", "Our best prices, this week only.", extra="Precedence: bulk\n"),
    message("frank@zeta.test", "Frank M\u00fcller", "Invoice 2026-117", "Hi Bob,\n\nplease find the invoice details below.\n\nFrank"),
]
open(sys.argv[1], "w").write("".join(mail))
EOF

cat > "$WORK/inside.sh" <<EOF
set -eu
mount -t overlay overlay -o lowerdir=/usr/share,upperdir=$WORK/shareupper,workdir=$WORK/sharework /usr/share
mount --bind "$WORK/passwd" /etc/passwd
cd $WORK/home/bob
as_bob() { HOME=$WORK/home/bob USER=bob LOGNAME=bob PERL5LIB=$PERL5LIB setpriv --reuid=1000 --regid=1000 --clear-groups "\$@"; }
as_bob $MAILAGENT -I
# vacation mode on, the capture program as sendmail, and the mailbox inside the run (not the system's mail drop).
sed -i -e 's|^vacation : OFF|vacation : ON|' -e 's|^sendmail : .*|sendmail : $WORK/sendmail.sh|' \
    -e 's|^email    : .*|email    : bob@beta.test|' -e 's|^domain   : .*|domain   : beta.test|' \
    -e 's|^maildrop : .*|maildrop : ~/mail|' -e 's|^hidenet  : OFF|hidenet  : ON|' .mailagent
mkdir -p mail; chown 1000:1000 mail
grep -E '^(home|user|name|email|domain|vacation|vacfile|vacperiod|sendmail|mailopt|maildrop) *:' .mailagent
as_bob $MAILAGENT -I
as_bob $MAILAGENT -f $WORK/mbox
sleep 2
EOF
timeout 120 unshare --net --mount --pid --fork bash "$WORK/inside.sh"
cat "$WORK/calls.log"
# Exactly one reply each for carol and frank; none for the mail vacation mode must not answer.
test "$(ls "$WORK/out" | wc -l)" = 2
cp "$WORK/out/carol@alpha.test.eml" "$HERE/manual-example.eml"; echo "carol@alpha.test -> manual-example.eml"
cp "$WORK/out/frank@zeta.test.eml" "$HERE/client-subject.eml"; echo "frank@zeta.test -> client-subject.eml"
