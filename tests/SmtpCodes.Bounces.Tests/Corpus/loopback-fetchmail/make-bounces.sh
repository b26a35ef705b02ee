#!/usr/bin/env bash
# Makes the bounces of Corpus/loopback-fetchmail: fetchmail 6.4.37 from Debian bookworm's package (unpacked, not
# installed) fetches mail from a POP3 mailbox and forwards it by SMTP to a Postfix that refuses some of it, and
# fetchmail writes its own bounce (an RFC 3464 report from "Mail Delivery System <MAILER-DAEMON@...>") to the sender.
# Everything runs on loopback inside network, mount, UTS and PID namespaces of its own, so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files.
#
#   sudo bash make-bounces.sh         # needs Debian's postfix installed on the host (not started by this script)
#
# The machine inside is gw.beta.test. The POP3 server (pop.isp.test, 127.0.0.3; a small Python server below, holding
# each account's messages as an ISP's mailbox would, with their Return-Path) is where fetchmail fetches from. The
# listener (mx.beta.test, 127.0.0.1:25) is the host's Postfix 3.7 run with a configuration folder of its own: it
# serves beta.test, where only bob, bea and postmaster exist, relays for no one from 127.0.0.1, refuses messages over
# 20,000 bytes (announced with SIZE, so at MAIL FROM), refuses an executable attachment (a header_checks REJECT in
# the style of the attachment example of Postfix's header_checks(5)) and a sender domain listed as spam
# (check_sender_access). It
# hands bob's mail and the senders' mail (alpha.test, bulk.test: where fetchmail's bounces go, through the same
# Postfix on localhost) to pipe(8) with no flags, whose program writes each message to a file: each file is the
# bytes fetchmail sent, with the one Received line Postfix's smtpd put on top (Postfix adds no other header here:
# local_header_rewrite_clients is empty) and LF line ends, as pipe(8) writes them. The copies fetchmail sends to
# postmaster when no recipient of a message was taken are discarded. fetchmail runs with `set no softbounce` (6.4's default keeps refused mail
# on the server and bounces nothing) and bounces to the sender (`set bouncemail`, its default); `set spambounce` and
# `antispam 554` make it bounce a sender the listener refuses at MAIL FROM with 554 too. fetchmail writes no bounce
# for a temporary (4xx) refusal: it keeps the message on the server and tries again at its next poll (tried here
# with Postfix's 452 4.5.3 "too many recipients": no bounce, so no such scenario below).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
WORK=${LOOPBACK_WORK:-/tmp/loopback-fetchmail}
WAIT_SECONDS=${WAIT_SECONDS:-15}

rm -rf "$WORK"; mkdir -p "$WORK/pkg" "$WORK/out" "$WORK/pf/queue" "$WORK/home"
chmod 777 "$WORK/out"
cd "$WORK/pkg"
apt-get download fetchmail
for deb in *.deb; do dpkg-deb -x "$deb" "$WORK/root"; done
FETCHMAIL=$WORK/root/usr/bin/fetchmail

cat > "$WORK/capture.sh" <<EOF
#!/bin/sh
cat > "$WORK/out/\$1-\$(date +%s%N).eml"
EOF
chmod 755 "$WORK/capture.sh"

cat > "$WORK/pf/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $WORK/pf/queue
data_directory = $WORK/pf/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $WORK/pf/maillog
maillog_file_prefixes = $WORK
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mx.beta.test
mydomain = beta.test
myorigin = beta.test
biff = no
alias_maps =
alias_database =
local_header_rewrite_clients =
mydestination = beta.test
local_recipient_maps = inline:{ bob=ok, bea=ok, postmaster=ok }
mynetworks = 192.0.2.0/24
relay_domains = alpha.test, bulk.test
smtpd_relay_restrictions = reject_unauth_destination
smtpd_delay_reject = no
smtpd_sender_restrictions = check_sender_access inline:{ bulk.test=REJECT }
message_size_limit = 20000
header_checks = regexp:$WORK/pf/header_checks
transport_maps = inline:{ bob@beta.test=capture:, alpha.test=capture:, bulk.test=capture: }
local_transport = discard:
default_transport = discard:
EOF
cat > "$WORK/pf/header_checks" <<'EOF'
/^Content-(Disposition|Type).*name\s*=\s*"?(.*\.(bat|com|exe|pif|scr|vbs))"?\s*$/ REJECT Attachment type not allowed: $2
EOF
cat > "$WORK/pf/master.cf" <<EOF
127.0.0.1:25 inet n - n - - smtpd
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
capture   unix  - n n - - pipe flags= user=nobody argv=$WORK/capture.sh \${recipient}
EOF

cat > "$WORK/hosts" <<'EOF'
127.0.0.1 gw.beta.test gw mx.beta.test localhost
127.0.0.3 pop.isp.test
EOF

# The POP3 server's mailboxes: (account, password, messages). Each message is what an ISP's MTA stored.
cat > "$WORK/mailboxes.py" <<'EOF'
import base64, email.utils

def message(sender, to, subject, body, cc=None, extra=""):
    domain = sender.split("@")[1]
    head = ("Return-Path: <%s>\r\n"
            "Received: from mail.%s (mail.%s [198.51.100.7])\r\n\tby pop.isp.test with ESMTP id 4B2C1A0F3; %s\r\n"
            "From: %s\r\nTo: %s\r\n" % (sender, domain, domain, email.utils.formatdate(), sender, to))
    if cc:
        head += "Cc: %s\r\n" % cc
    head += "Subject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n%s" % (
        subject, email.utils.formatdate(), email.utils.make_msgid(domain=domain), extra)
    return head + "\r\n" + body + "\r\n"

report = "".join("Line %03d of the quarterly figures: %s\r\n" % (i, "0123456789" * 6) for i in range(400))
exe = base64.encodebytes(b"MZ" + bytes(range(256)) * 2).decode().replace("\n", "\r\n")
attachment = message("carol@alpha.test", "bob@beta.test", "Updated installer",
    "--b1\r\nContent-Type: text/plain\r\n\r\nBob, the new installer is attached.\r\n\r\nCarol\r\n"
    "--b1\r\nContent-Type: application/octet-stream; name=\"setup.exe\"\r\nContent-Transfer-Encoding: base64\r\n"
    "Content-Disposition: attachment; filename=\"setup.exe\"\r\n\r\n" + exe + "--b1--",
    extra="MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n")

MAILBOXES = {
    # multidrop: the ISP's catch-all box of beta.test; fetchmail reads the recipients from To/Cc
    "beta": ("secretbeta", [
        message("carol@alpha.test", "ghost@beta.test", "Meeting minutes",
                "Hello,\r\n\r\nthe minutes of Tuesday's meeting are below.\r\n\r\nCarol"),
        message("carol@alpha.test", "bob@beta.test, ghost@beta.test", "Party invitation",
                "Dear all,\r\n\r\nyou are invited to our party on Saturday.\r\n\r\nCarol", cc="hugo@beta.test"),
        message("carol@alpha.test", "bob@beta.test", "Quarterly figures", report),
        attachment,
        message("offers@bulk.test", "bob@beta.test", "Limited offer",
                "Hello Bob,\r\n\r\nour best prices, this week only.\r\n\r\nThe offers team"),
        message("carol@alpha.test", "j\u00fcrgen@beta.test", "Greetings",
                "Hallo J\u00fcrgen,\r\n\r\nviele Gr\u00fc\u00dfe aus dem B\u00fcro.\r\n\r\nCarol",
                extra="MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"),
    ]),
    # single drop: eve's box, forwarded as eve@gamma.test, a domain the listener does not serve
    "eve": ("secreteve", [
        message("carol@alpha.test", "eve@gamma.test", "Invoice 2026-117",
                "Hi Eve,\r\n\r\nplease find the invoice details below.\r\n\r\nCarol"),
    ]),
}
EOF

cat > "$WORK/pop3.py" <<'EOF'
import socketserver, sys
sys.path.insert(0, sys.argv[1])
from mailboxes import MAILBOXES

class Pop3(socketserver.StreamRequestHandler):
    def send(self, line):
        self.wfile.write(line.encode() + b"\r\n")
    def handle(self):
        self.send("+OK pop.isp.test POP3 ready")
        user, box, deleted = None, None, set()
        while True:
            line = self.rfile.readline().decode().rstrip("\r\n")
            if not line:
                return
            verb, _, arg = line.partition(" ")
            verb = verb.upper()
            if verb == "CAPA":
                self.send("+OK"); self.send("USER"); self.send("UIDL"); self.send("TOP"); self.send(".")
            elif verb == "USER":
                user = arg; self.send("+OK")
            elif verb == "PASS":
                if user in MAILBOXES and MAILBOXES[user][0] == arg:
                    box = MAILBOXES[user][1]; self.send("+OK logged in")
                else:
                    self.send("-ERR authentication failed")
            elif verb == "STAT":
                live = [i for i in range(len(box)) if i not in deleted]
                self.send("+OK %d %d" % (len(live), sum(len(box[i]) for i in live)))
            elif verb in ("LIST", "UIDL"):
                value = (lambda i: str(len(box[i]))) if verb == "LIST" else (lambda i: "uid%d-%s" % (i + 1, user))
                if arg:
                    self.send("+OK %s %s" % (arg, value(int(arg) - 1)))
                else:
                    self.send("+OK")
                    for i in range(len(box)):
                        if i not in deleted:
                            self.send("%d %s" % (i + 1, value(i)))
                    self.send(".")
            elif verb in ("RETR", "TOP"):
                parts = arg.split()
                text = box[int(parts[0]) - 1]
                if verb == "TOP":
                    head, _, body = text.partition("\r\n\r\n")
                    text = head + "\r\n\r\n" + "".join(body.splitlines(True)[:int(parts[1])])
                self.send("+OK %d octets" % len(text))
                for l in text.split("\r\n")[:-1]:
                    self.send("." + l if l.startswith(".") else l)
                self.send(".")
            elif verb == "DELE":
                deleted.add(int(arg) - 1); self.send("+OK")
            elif verb in ("NOOP", "RSET"):
                self.send("+OK")
            elif verb == "QUIT":
                self.send("+OK bye"); return
            else:
                self.send("-ERR unknown command")

socketserver.ThreadingTCPServer.allow_reuse_address = True
socketserver.ThreadingTCPServer(("127.0.0.3", 110), Pop3).serve_forever()
EOF

cat > "$WORK/home/.fetchmailrc" <<'EOF'
set no softbounce
set bouncemail
set spambounce
set postmaster "postmaster"
set no syslog
poll pop.isp.test protocol pop3 no dns no envelope
    localdomains beta.test
    user "beta" there with password "secretbeta" is * here
    sslproto "" smtphost 127.0.0.1 smtpaddress beta.test antispam 554 fetchall
poll pop.isp.test protocol pop3 no dns no envelope
    user "eve" there with password "secreteve" is eve here
    sslproto "" smtphost 127.0.0.1 smtpname "eve@gamma.test" fetchall
EOF
chmod 600 "$WORK/home/.fetchmailrc"

cat > "$WORK/inside.sh" <<EOF
set -eu
hostname gw.beta.test
ip link set lo up
ip addr add 127.0.0.3/8 dev lo 2>/dev/null || true
mount --bind "$WORK/hosts" /etc/hosts
postfix -c "$WORK/pf" start
python3 "$WORK/pop3.py" "$WORK" & sleep 2
HOME="$WORK/home" $FETCHMAIL -v -f "$WORK/home/.fetchmailrc" --pidfile "$WORK/fetchmail.pid" > "$WORK/fetchmail.log" 2>&1 || true
sleep $WAIT_SECONDS
postfix -c "$WORK/pf" stop || true
EOF
timeout 300 unshare --net --mount --uts --pid --fork bash "$WORK/inside.sh" || true


# Name each bounce after the scenario whose Subject its returned headers carry; bob's copy of the party invitation
# (delivered, not a bounce) is not kept.
python3 - "$WORK" "$HERE" <<'EOF'
import glob, re, shutil, sys
work, here = sys.argv[1], sys.argv[2]
names = {"Meeting minutes": "unknown-user", "Party invitation": "three-recipients", "Quarterly figures": "too-large",
         "Updated installer": "attachment-refused", "Limited offer": "spam-sender", "Greetings": "utf8-unknown-user",
         "Invoice 2026-117": "relay-denied"}
for path in sorted(glob.glob(work + "/out/*.eml")):
    if "/out/bob@" in path:
        continue
    text = open(path, encoding="utf-8").read()
    subject = re.findall(r"^Subject: (.*)$", text, re.M)[-1]
    shutil.copyfile(path, "%s/%s.eml" % (here, names[subject]))
    print(path, "->", names[subject])
EOF
