#!/usr/bin/env bash
# Makes the messages of Corpus/loopback-mailutils: GNU Mailutils 3.15's sieve(1) from Debian bookworm's packages
# (unpacked, not installed) runs bob@beta.test's Sieve script over a mailbox of his incoming mail, and its `reject`
# and `vacation` actions write their own messages (a refusal notice with a message/delivery-status part, and
# auto-replies), which it hands to a "sendmail" program. That program only writes each message it is given to a
# file, so each file is the bytes Mailutils wrote, unedited: Mailutils leaves From, Date and Message-ID to the
# sendmail program it calls (a real sendmail adds them from the envelope sender it passes, `-f MAILER-DAEMON@beta.test`
# for a reject, `-f bob@beta.test` for a vacation reply), so these files have none. Nothing touches the network; the
# run is inside network, mount and PID namespaces of its own anyway.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files.
#
#   sudo bash make-notices.sh
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
WORK=${LOOPBACK_WORK:-/tmp/loopback-mailutils}

rm -rf "$WORK"; mkdir -p "$WORK/pkg" "$WORK/out" "$WORK/home"
cd "$WORK/pkg"
apt-get download mailutils libmailutils9 mailutils-common libgsasl18 libltdl7 libmariadb3 libntlm0 libgssglue1
for deb in *.deb; do dpkg-deb -x "$deb" "$WORK/root"; done
LIB=$WORK/root/usr/lib/x86_64-linux-gnu

cat > "$WORK/sendmail.sh" <<EOF
#!/bin/sh
# called as: sendmail -oi -f <envelope sender> <recipient>
cat > "$WORK/out/\$4.eml"
EOF
chmod 755 "$WORK/sendmail.sh"

# bob's incoming mail, as his mail server stored it (an mbox).
python3 - "$WORK/mbox" <<'EOF'
import email.utils, sys
def message(sender, subject, body, extra=""):
    domain = sender.split("@")[1]
    return ("From %s %s\n" % (sender, "Tue Dec  1 06:00:00 2026") +
            "Return-Path: <%s>\nReceived: from mail.%s (mail.%s [198.51.100.7])\n\tby mx.beta.test with ESMTP id 7F3A21C0; %s\n"
            "From: %s\nTo: bob@beta.test\nSubject: %s\nDate: %s\nMessage-ID: %s\n%s\n%s\n\n" % (
                sender, domain, domain, email.utils.formatdate(), sender, subject, email.utils.formatdate(),
                email.utils.make_msgid(domain=domain), extra, body))
mail = [
    message("carol@alpha.test", "Meeting minutes", "Hello,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol"),
    message("offers@bulk.test", "Limited offer", "Hello Bob,\n\nour best prices, this week only.\n\nThe offers team"),
    message("dave@epsilon.test", "Updated installer",
            "--b1\nContent-Type: text/plain\n\nBob, the new installer is attached.\n\nDave\n"
            "--b1\nContent-Type: application/octet-stream; name=\"setup.exe\"\nContent-Transfer-Encoding: base64\n\n"
            "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--b1--",
            extra="MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n"),
    message("frank@zeta.test", "Question about the offer", "Hi Bob,\n\ncan we talk about the offer on Friday?\n\nFrank"),
]
open(sys.argv[1], "w").write("".join(mail))
EOF

cat > "$WORK/bob.sv" <<'EOF'
require ["reject", "vacation"];
if address :domain "from" "bulk.test" {
    reject "I do not accept mail from bulk.test.";
    stop;
}
if header :contains "content-type" "multipart/mixed" {
    reject text:
Your message was refused: I do not accept attachments by mail.
Please send a link to the file instead.
.
;
    stop;
}
if address :is "from" "frank@zeta.test" {
    vacation :days 7 :subject "Out of office until Monday" :aliases ["bob@beta.test"] "I am away until Monday and will read your mail when I am back. For urgent matters please write to bea@beta.test.";
    stop;
}
vacation :days 7 :aliases ["bob@beta.test"] "I am away until Monday and will read your mail when I am back.";
EOF

cat > "$WORK/inside.sh" <<EOF
set -eu
ip link set lo up
cd "$WORK"
HOME="$WORK/home" LD_LIBRARY_PATH="$LIB" "$WORK/root/usr/bin/sieve" --no-config -v -L "$LIB/mailutils9" \
    -e bob@beta.test -M "sendmail://$WORK/sendmail.sh" -f "$WORK/mbox" "$WORK/bob.sv"
EOF
timeout 120 unshare --net --mount --pid --fork bash "$WORK/inside.sh" || true

# Name each message after its scenario (the address it was sent to).
names="carol@alpha.test:vacation-reply offers@bulk.test:reject-sender dave@epsilon.test:reject-attachment frank@zeta.test:vacation-subject"
for pair in $names; do
    cp "$WORK/out/${pair%%:*}.eml" "$HERE/${pair#*:}.eml"
    echo "${pair%%:*} -> ${pair#*:}.eml"
done
