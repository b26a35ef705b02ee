#!/usr/bin/env bash
# Makes the auto-replies of Corpus/loopback-vacation: the classic vacation(1) auto-responder (Debian bookworm's
# `vacation` 3.3.3, the 4.3BSD program maintained by Marco d'Itri; unpacked, not installed) answers mail for three
# users as a `.forward` line `"|/usr/bin/vacation ..."` would run it, once per incoming message, as the user. It hands
# each reply to /usr/sbin/sendmail (compiled in); inside the run's own mount namespace that path is a small program
# that only writes the message it is given to a file, so each file is the bytes vacation wrote, unedited. vacation
# writes a `To:` line and then the user's ~/.vacation.msg with `$SUBJECT` replaced by the Subject of the mail it
# answers; From, Date and Message-ID it leaves to the sendmail program (a real one adds them from the envelope
# sender vacation passes: the user's login, or `<>` with -z), so these files have none unless the user's message
# file has them. Nothing touches the network; the run is inside network, mount and PID namespaces of its own.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files.
#
#   sudo bash make-replies.sh
#
# The users (uid 1000-1002 inside the run's own /etc/passwd):
#   bob  ran vacation's own setup dialogue (no arguments, on a terminal: "Would you like to create it (y/N)?" y, then
#        n to viewing, editing and enabling), so his ~/.vacation.msg is the default message vacation writes.
#   bea  wrote a message file in the shape of the example of vacation(1) (From, Subject, Delivered-By-The-Graces-Of,
#        Precedence: bulk), and answers mail for her alias too (-a bea.smith).
#   hugo wrote a German message with MIME fields and Auto-Submitted, a Subject that quotes the original one, and runs
#        vacation with -z (envelope sender <>).
# Mail vacation must NOT answer (checked below: no file may come of it): a second message from the same sender
# within the reply interval, a bounce from MAILER-DAEMON, a list message (Precedence: list), and an auto-reply
# (Auto-Submitted: auto-replied).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
WORK=${LOOPBACK_WORK:-/tmp/loopback-vacation}

rm -rf "$WORK"; mkdir -p "$WORK/pkg" "$WORK/out" "$WORK/upper" "$WORK/ovl" "$WORK/in"
touch "$WORK/out/calls.log"; chmod 777 "$WORK/out"; chmod 666 "$WORK/out/calls.log"
cd "$WORK/pkg"
apt-get download vacation libdb5.3
for deb in *.deb; do dpkg-deb -x "$deb" "$WORK/root"; done
VACATION=$WORK/root/usr/bin/vacation
export LD_LIBRARY_PATH=$WORK/root/usr/lib/x86_64-linux-gnu

# The "sendmail" vacation runs: sendmail -f <sender> -- <recipient>. One file per call, named after the recipient.
cat > "$WORK/upper/sendmail" <<EOF
#!/bin/sh
for last; do :; done
echo "\$*" >> "$WORK/out/calls.log"
cat > "$WORK/out/\$last.eml"
EOF
chmod 755 "$WORK/upper/sendmail"

cp /etc/passwd "$WORK/passwd"
for u in bob:1000 bea:1001 hugo:1002; do
    name=${u%%:*}; id=${u#*:}
    sed -i "/^$name:/d; /^[^:]*:[^:]*:$id:/d" "$WORK/passwd"
    echo "$name:x:$id:$id:$name:$WORK/home/$name:/bin/sh" >> "$WORK/passwd"
    mkdir -p "$WORK/home/$name"; chown "$id:$id" "$WORK/home/$name"
done

cat > "$WORK/home/bea/.vacation.msg" <<'EOF'
From: bea.smith@beta.test (Bea Smith)
Subject: I am on vacation
Delivered-By-The-Graces-Of: The Vacation program
Precedence: bulk

I am on vacation until December 14.  If you have something urgent,
please contact Bob <bob@beta.test>.
--bea
EOF
cat > "$WORK/home/hugo/.vacation.msg" <<'EOF'
From: Hugo Weber <hugo@beta.test>
Subject: Abwesenheitsnotiz: $SUBJECT
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

ich bin bis einschließlich 11. Dezember nicht im Büro und lese meine
E-Mails erst danach. In dringenden Fällen wenden Sie sich bitte an
bea@beta.test.

Mit freundlichen Grüßen
Hugo Weber
EOF

# The incoming mail, one file per message, with the "From " line a local delivery agent puts on top.
python3 - "$WORK/in" <<'EOF'
import email.utils, sys
folder = sys.argv[1]
def message(name, sender, to, subject, body, extra="", envelope=None):
    envelope = envelope or sender
    domain = sender.split("@")[1] if "@" in sender else "beta.test"
    text = ("From %s Tue Dec  1 09:00:00 2026\n" % envelope +
            "Return-Path: <%s>\nReceived: from mail.%s (mail.%s [198.51.100.7])\n\tby mx.beta.test with ESMTP id 7F3A21C0;"
            " %s\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n%s\n%s\n" % (
                envelope, domain, domain, email.utils.formatdate(), sender, to, subject, email.utils.formatdate(),
                email.utils.make_msgid(domain=domain), extra, body))
    open("%s/%s" % (folder, name), "w").write(text)
message("01-bob", "carol@alpha.test", "bob@beta.test", "Meeting minutes",
        "Hello Bob,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol")
message("02-bob-again", "carol@alpha.test", "bob@beta.test", "Re: Meeting minutes",
        "Bob,\n\none more point I forgot.\n\nCarol")
message("03-bob-bounce", "MAILER-DAEMON@alpha.test", "bob@beta.test", "Undelivered Mail Returned to Sender",
        "This is the mail system at host mail.alpha.test.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.", envelope="MAILER-DAEMON")
message("04-bob-list", "announce@lists.gamma.test", "announce@lists.gamma.test", "[announce] Release 2.0",
        "Release 2.0 is out.", extra="Precedence: list\nList-Id: <announce.lists.gamma.test>\n")
message("05-bob-autoreply", "ida@delta.test", "bob@beta.test", "Out of office",
        "I am out of the office until Friday.", extra="Auto-Submitted: auto-replied\n")
message("06-bea", "dave@epsilon.test", "Bea Smith <bea.smith@beta.test>", "Invoice 2026-117",
        "Hi Bea,\n\nplease find the invoice details below.\n\nDave")
message("07-hugo", "frank@zeta.test", "hugo@beta.test", "=?utf-8?q?Angebot_f=C3=BCr_Freitag?=",
        "Hallo Hugo,\n\nkönnen wir am Freitag über das Angebot sprechen?\n\nFrank",
        extra="MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n")
EOF

cat > "$WORK/inside.sh" <<EOF
set -eu
mount -t overlay overlay -o lowerdir=/usr/sbin,upperdir=$WORK/upper,workdir=$WORK/ovl /usr/sbin
mount --bind "$WORK/passwd" /etc/passwd
as() { uid=\$1; shift; HOME=\$(getent passwd \$uid | cut -d: -f6) setpriv --reuid=\$uid --regid=\$uid --clear-groups "\$@"; }
# bob: vacation's own setup dialogue, on a terminal (it asks nothing without one), writes his message file.
cd "$WORK/home/bob"
printf 'y\nn\nn\nn\n' | script -qec "HOME=$WORK/home/bob LD_LIBRARY_PATH=$LD_LIBRARY_PATH setpriv --reuid=1000 --regid=1000 --clear-groups $VACATION" /dev/null
cd "$WORK/home/bea"; as 1001 $VACATION -i
cd "$WORK/home/hugo"; as 1002 $VACATION -i
for m in 01-bob 02-bob-again 03-bob-bounce 04-bob-list 05-bob-autoreply; do
    cd "$WORK/home/bob"; as 1000 $VACATION bob < "$WORK/in/\$m"
done
cd "$WORK/home/bea"; as 1001 $VACATION -a bea.smith bea < "$WORK/in/06-bea"
cd "$WORK/home/hugo"; as 1002 $VACATION -z hugo < "$WORK/in/07-hugo"
# vacation does not wait for its sendmail; the namespace's processes end with this script, so give them time.
sleep 3
EOF
timeout 120 unshare --net --mount --pid --fork bash "$WORK/inside.sh"

cat "$WORK/out/calls.log"
# Exactly one reply each for carol (bob's), dave (bea's) and frank (hugo's); none for the mail vacation must not answer.
test "$(ls "$WORK/out" | grep -c '\.eml$')" = 3
names="carol@alpha.test:default-message dave@epsilon.test:manpage-example frank@zeta.test:german-subject"
for pair in $names; do
    cp "$WORK/out/${pair%%:*}.eml" "$HERE/${pair#*:}.eml"
    echo "${pair%%:*} -> ${pair#*:}.eml"
done
