#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-chasquid: two chasquid 1.11 servers from Debian bookworm's package (unpacked, not
# installed) bounce mail to each other on loopback inside a network and mount namespace of their own, and the bounces
# are kept unedited: each file is the bytes chasquid handed to its local delivery program. Everything it starts runs
# in a PID namespace too, so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files.
#
#   sudo bash make-dsns.sh            # fetch the packages, make batch A's DSNs, write <scenario>.eml beside this script
#   sudo bash make-dsns.sh filters    # the same for batch C (needs Debian's spamd and spamc installed on the host)
#
# The sending server (mx.alpha.test, 127.0.0.1; domains alpha.test and epsilon.test, users carol and dave) takes each
# scenario's message from an authenticated client (Python's smtplib, STARTTLS on port 587) and relays it to the
# receiving server (mx.beta.test, 127.0.0.2; domain beta.test, users bob and bea; the MX of beta.test and of
# gamma.test, which it does not serve). The receiving server refuses an unknown user (ghost, hugo, jürgen), relaying
# to gamma.test and a sender whose domain's SPF record fails (epsilon.test: "v=spf1 ip4:192.0.2.1 -all"); it hands
# bea's mail to maildrop 2.9.3 (Debian's, unpacked), which refuses a user the system does not know, and then bounces
# it itself. The sending server's delivery program only writes each message it is given to a file. A small DNS
# server (python3-dnslib's, zone below) answers for the test domains. Nothing is installed on the host.
#
# Batch C (`filters`, session 12): the receiving server hands local mail to procmail 3.23pre (Debian's, unpacked)
# instead, which refuses a user the system does not know, and runs the post-data hook that Debian's chasquid package
# ships (/etc/chasquid/hooks/post-data), which asks SpamAssassin 4.0.1 (spamd on 127.0.0.1, Debian's spamd and spamc,
# installed on the host) about every message and refuses spam; the spam is SpamAssassin's own test string (GTUBE).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
WORK=${LOOPBACK_WORK:-/tmp/loopback-chasquid}
WAIT_SECONDS=${WAIT_SECONDS:-20}
BATCH=${1:-a}

rm -rf "$WORK"; mkdir -p "$WORK/pkg" "$WORK/out"
cd "$WORK/pkg"
apt-get download chasquid maildrop libcourier-unicode4 courier-authlib procmail python3-dnslib
for deb in *.deb; do dpkg-deb -x "$deb" "$WORK/root"; done
chmod ug-s "$WORK/root/usr/bin/maildrop" "$WORK/root/usr/bin/procmail"   # set-id would make the loader ignore LD_LIBRARY_PATH
BIN=$WORK/root/usr/bin

server() {   # name hostname ip max_mb mda
    mkdir -p "$WORK/$1/config/certs" "$WORK/$1/data"
    cat > "$WORK/$1/config/chasquid.conf" <<EOF
hostname: "$2"
max_data_size_mb: $4
smtp_address: "$3:25"
submission_address: "$3:587"
submission_over_tls_address: "$3:465"
mail_delivery_agent_bin: "$5"
data_dir: "$WORK/$1/data"
mail_log_path: "$WORK/$1/mail.log"
EOF
}
certificate() {   # server domain
    mkdir -p "$WORK/$1/config/certs/$2"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=mx.$2" -addext "subjectAltName=DNS:mx.$2,DNS:$2" \
        -keyout "$WORK/$1/config/certs/$2/privkey.pem" -out "$WORK/$1/config/certs/$2/fullchain.pem" 2>/dev/null
}

server a mx.alpha.test 127.0.0.1 50 "$WORK/capture.sh"
echo 'mail_delivery_agent_args: "%to%"' >> "$WORK/a/config/chasquid.conf"
if [ "$BATCH" = filters ]; then
    server b mx.beta.test 127.0.0.2 1 "$BIN/procmail"
    mkdir -p "$WORK/b/config/hooks"
    cp "$WORK/root/etc/chasquid/hooks/post-data" "$WORK/b/config/hooks/post-data"
    chmod +x "$WORK/b/config/hooks/post-data"
else
    server b mx.beta.test 127.0.0.2 1 "$WORK/maildrop.sh"
fi
certificate a alpha.test; certificate a epsilon.test; certificate b beta.test
"$BIN/chasquid-util" -C="$WORK/a/config" user-add carol@alpha.test --password=secretcarol
"$BIN/chasquid-util" -C="$WORK/a/config" user-add dave@epsilon.test --password=secretdave
"$BIN/chasquid-util" -C="$WORK/b/config" user-add bob@beta.test --password=secretbob
"$BIN/chasquid-util" -C="$WORK/b/config" user-add bea@beta.test --password=secretbea

cat > "$WORK/capture.sh" <<EOF
#!/bin/sh
cat > "$WORK/out/\$1-\$(date +%s%N).eml"
EOF
cat > "$WORK/maildrop.sh" <<EOF
#!/bin/sh
LD_LIBRARY_PATH=$WORK/root/usr/lib:$WORK/root/usr/lib/x86_64-linux-gnu exec $BIN/maildrop "\$@"
EOF
chmod +x "$WORK/capture.sh" "$WORK/maildrop.sh"

cat > "$WORK/zone.txt" <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
alpha.test. 300 IN TXT "v=spf1 ip4:127.0.0.1 -all"
mx.alpha.test. 300 IN A 127.0.0.1
epsilon.test. 300 IN MX 10 mx.alpha.test.
epsilon.test. 300 IN TXT "v=spf1 ip4:192.0.2.1 -all"
beta.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 127.0.0.2
gamma.test. 300 IN MX 10 mx.beta.test.
EOF
cat > "$WORK/send.py" <<'EOF'
import email.utils, smtplib, ssl, sys
tls = ssl.create_default_context(); tls.check_hostname = False; tls.verify_mode = ssl.CERT_NONE
CAROL = ("carol@alpha.test", "secretcarol")
DAVE = ("dave@epsilon.test", "secretdave")
BATCH_A = [   # (file name, account, recipients, subject, body)
    ("unknown-user", CAROL, ["ghost@beta.test"], "Meeting minutes", "Hello,\r\n\r\nthe minutes of Tuesday's meeting are below.\r\n\r\nCarol"),
    ("relay-denied", CAROL, ["eve@gamma.test"], "Invoice 2026-117", "Hi Eve,\r\n\r\nplease find the invoice details below.\r\n\r\nCarol"),
    ("spf-fail", DAVE, ["bob@beta.test"], "Re: project status", "Bob,\r\n\r\nthe status report is attached in the next mail.\r\n\r\nDave"),
    ("mda-failed", CAROL, ["bea@beta.test"], "Holiday photos", "Bea, the photos are on the shared drive.\r\n\r\nCarol"),
    ("three-recipients", CAROL, ["ghost@beta.test", "eve@gamma.test", "hugo@beta.test"], "Party invitation", "Dear all,\r\n\r\nyou are invited to our party on Saturday.\r\n\r\nCarol"),
    ("utf8-unknown-user", CAROL, ["j\u00fcrgen@beta.test"], "Gr\u00fc\u00dfe", "Hallo J\u00fcrgen,\r\n\r\nviele Gr\u00fc\u00dfe aus dem B\u00fcro.\r\n\r\nCarol"),
]
FILTERS = [
    ("procmail-unknown-user", CAROL, ["bea@beta.test"], "Train tickets", "Bea, the train tickets for Monday are booked.\r\n\r\nCarol"),
    ("spam-detected", CAROL, ["bob@beta.test"], "Limited offer", "Hello Bob,\r\n\r\nXJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r\n\r\nCarol"),
]
SCENARIOS = FILTERS if sys.argv[1:] == ["filters"] else BATCH_A
for name, (user, password), recipients, subject, body in SCENARIOS:
    domain = user.split("@")[1]
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        user, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain=domain), body)
    utf8 = any(ord(c) > 127 for c in message)
    with smtplib.SMTP("127.0.0.1", 587, local_hostname="client.alpha.test") as client:
        client.starttls(context=tls)
        client.login(user, password)
        if utf8:
            client.sendmail(user, recipients, message.encode("utf-8"), mail_options=["SMTPUTF8", "BODY=8BITMIME"])
        else:
            client.sendmail(user, recipients, message)
    print(name, subject)
EOF

cat > "$WORK/inside.sh" <<EOF
set -eu
ip link set lo up
ip addr add 127.0.0.2/8 dev lo 2>/dev/null || true
echo "nameserver 127.0.0.1" > "$WORK/resolv.conf"
mount --bind "$WORK/resolv.conf" /etc/resolv.conf
python3 "$HERE/../loopback-dns.py" "$WORK/zone.txt" "$WORK/root/usr/lib/python3/dist-packages" & sleep 1
$BIN/chasquid -config_dir="$WORK/b/config" -logfile="$WORK/b/chasquid.log" -v=1 &
$BIN/chasquid -config_dir="$WORK/a/config" -logfile="$WORK/a/chasquid.log" -v=1 &
if [ "$BATCH" = filters ]; then spamd --listen=127.0.0.1 -u nobody --pidfile="$WORK/spamd.pid" & sleep 10; fi
sleep 3
python3 "$WORK/send.py" "$BATCH"
sleep $WAIT_SECONDS
EOF
timeout 300 unshare --net --mount --pid --fork bash "$WORK/inside.sh"

# Name each bounce after the scenario whose Subject its returned message carries.
python3 - "$WORK" "$HERE" <<'EOF'
import glob, re, shutil, sys
work, here = sys.argv[1], sys.argv[2]
names = {"Meeting minutes": "unknown-user", "Invoice 2026-117": "relay-denied", "Re: project status": "spf-fail",
         "Holiday photos": "mda-failed", "Party invitation": "three-recipients", "Grüße": "utf8-unknown-user",
         "Train tickets": "procmail-unknown-user", "Limited offer": "spam-detected"}
for path in sorted(glob.glob(work + "/out/*.eml")):
    text = open(path, encoding="utf-8").read()
    subject = re.findall(r"^Subject: (.*)$", text, re.M)[-1]
    shutil.copyfile(path, "%s/%s.eml" % (here, names[subject]))
    print(path, "->", names[subject])
EOF
