#!/usr/bin/env bash
# Makes the notices of Corpus/loopback-smartlist: SmartList 3.15 (Debian bookworm's `smartlist` 3.15-26, the
# procmail-based mailing list manager of Stephen R. van den Berg and Philip Guenther; with Debian's `procmail`
# 3.22; both unpacked, not installed) runs a list, testlist@lists.beta.test, behind the host's Postfix 3.7 (Debian's,
# run with a configuration of its own), and writes its own notices: to a subscriber it removes for bouncing, and to the
# list's maintainer. Everything runs on loopback inside network, mount, UTS and PID namespaces of its own.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files.
#
#   sudo bash make-notices.sh         # needs Debian's postfix installed on the host (not started by this script)
#
# Inside, /etc/postfix/main.cf and master.cf are bind-mounted copies of the run's own, so that SmartList's
# /usr/sbin/sendmail (Postfix's) posts to the run's Postfix. Postfix (mx.beta.test, 127.0.0.1:25) hands mail for
# lists.beta.test to flist, as the aliases of SmartList's QuickStart do (`testlist: "|/var/list/.bin/flist testlist"`;
# here a pipe(8) transport running flist as the list user in the list's home, a folder of the run's own); mail for
# alpha.test and epsilon.test to a capture program that writes each message to a file (the bytes Postfix delivered,
# with the one Received line and the fields Postfix adds, LF line ends, as pipe(8) writes them); gamma.test is local
# to it and has no users, so mail to ghost@gamma.test bounces ("unknown user"); `recipient_bcc_maps` copies mail to
# ghost to archive@alpha.test, which is how the notice to ghost (who cannot receive it) is kept. The list was made with SmartList's
# own `createlist testlist maint@alpha.test`; its rc.custom sets `minbounce = 3` (remove a subscriber after 3 bounces
# rather than 10) and restricts posting to subscribers (`foreign_submit` unset), both settings rc.custom offers; its
# subscribers are bob and carol of alpha.test and ghost@gamma.test, written into its `dist` file as a maintainer does.
# Scenarios: carol posts three times, so ghost's address bounces three times and SmartList removes it ("You have been
# removed from the list", quoting the last bounce, to ghost; the bounce with SmartList's X-Diagnostic fields to the
# maintainer); dave@epsilon.test, no subscriber, posts, and SmartList passes his post to the maintainer with
# "X-Diagnostic: Not on the accept list"; erin@epsilon.test asks testlist-request to subscribe her, and SmartList
# asks her to confirm (its confirm mechanism, on by default in Debian's rc.custom).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
WORK=${LOOPBACK_WORK:-/tmp/loopback-smartlist}
WAIT_SECONDS=${WAIT_SECONDS:-20}

rm -rf "$WORK"; mkdir -p "$WORK/pkg" "$WORK/out" "$WORK/pf/queue" "$WORK/binupper" "$WORK/binwork"
chmod 777 "$WORK/out"
cd "$WORK/pkg"
apt-get download smartlist procmail
for deb in *.deb; do dpkg-deb -x "$deb" "$WORK/root"; done
cp -a "$WORK/root/usr/bin/procmail" "$WORK/root/usr/bin/formail" "$WORK/root/usr/bin/lockfile" "$WORK/binupper/"

# The list's home, as the package installs /var/list (flist changes to the list user's home, /var/list: inside, an
# overlay on /var shows the run's copy there), with rc.init made as the package's postinst makes it.
mkdir -p "$WORK/varupper" "$WORK/varwork"
LIST=$WORK/varupper/list
cp -a "$WORK/root/var/list" "$LIST"
sed -e "s/listmaster=/listmaster=listman/g" -e "s/INSERT.YOUR.MAIL.DOMAIN.HERE/lists.beta.test/g" \
    "$LIST/.etc/rc.init.dist" > "$LIST/.etc/rc.init"
touch "$LIST/.etc/reject"; chmod 660 "$LIST/.etc/reject"
chown -R list:list "$LIST"; chown root:list "$LIST/.bin/flist"; chmod 4755 "$LIST/.bin/flist"

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
mydestination = gamma.test
mynetworks = 127.0.0.0/8
relay_domains = lists.beta.test
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
recipient_bcc_maps = inline:{ ghost@gamma.test=archive@alpha.test }
capture_destination_recipient_limit = 1
transport_maps = inline:{ lists.beta.test=smartlist:, alpha.test=capture:, epsilon.test=capture: }
default_transport = discard:
EOF
cat > "$WORK/pf/master.cf" <<EOF
127.0.0.1:25 inet n - n - - smtpd
pickup    unix  n - n 60 1 pickup
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
local     unix  - n n - - local
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
capture   unix  - n n - - pipe flags= user=nobody argv=$WORK/capture.sh \${recipient}
smartlist unix  - n n - - pipe flags= user=list directory=/var/list argv=/var/list/.bin/flist \${user}
EOF

cat > "$WORK/hosts" <<'EOF'
127.0.0.1 mx.beta.test lists.beta.test localhost
EOF

# The mail the outside world sends, by SMTP to mx.beta.test; and the list's making.
cat > "$WORK/send.py" <<'EOF'
import email.utils, smtplib, sys, time
def send(sender, to, subject, body):
    domain = sender.split("@")[1]
    text = ("From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, to, subject, email.utils.formatdate(), email.utils.make_msgid(domain=domain), body))
    with smtplib.SMTP("127.0.0.1", 25, local_hostname="mail." + domain) as smtp:
        smtp.sendmail(sender, [to], text.encode())
step = sys.argv[1]
if step == "posts":
    for n, subject in enumerate(["Meeting minutes", "Agenda for Friday", "Room change"]):
        send("carol@alpha.test", "testlist@lists.beta.test", subject,
             "Hello all,\r\n\r\nnote number %d for the list.\r\n\r\nCarol" % (n + 1))
        time.sleep(6)
elif step == "others":
    send("dave@epsilon.test", "testlist@lists.beta.test", "Cheap offers for your list",
         "Hello,\r\n\r\nour best prices, this week only.\r\n\r\nDave")
    send("erin@epsilon.test", "testlist-request@lists.beta.test", "subscribe", "subscribe")
EOF

cat > "$WORK/inside.sh" <<EOF
set -eu
hostname mx.beta.test
ip link set lo up
mount --bind "$WORK/hosts" /etc/hosts
mount --bind "$WORK/pf/main.cf" /etc/postfix/main.cf
mount --bind "$WORK/pf/master.cf" /etc/postfix/master.cf
mount -t overlay overlay -o lowerdir=/usr/bin,upperdir=$WORK/binupper,workdir=$WORK/binwork /usr/bin
mount -t overlay overlay -o lowerdir=/var,upperdir=$WORK/varupper,workdir=$WORK/varwork /var
cd /var/list
setpriv --reuid=list --regid=list --init-groups .bin/createlist testlist maint@alpha.test
cat >> testlist/rc.custom <<'RC'

# this run's settings (rc.custom's own variables)
minbounce = 3
foreign_submit
RC
printf 'bob@alpha.test\ncarol@alpha.test\nghost@gamma.test\n' >> testlist/dist
postfix start
sleep 2
python3 "$WORK/send.py" posts
sleep $WAIT_SECONDS
python3 "$WORK/send.py" others
sleep $WAIT_SECONDS
postfix stop || true
EOF
timeout 300 unshare --net --mount --uts --pid --fork bash "$WORK/inside.sh" || true
ls -la "$WORK/out"

# Keep SmartList's three notices: the removal notice (the copy to archive@alpha.test of the one sent to ghost), the
# non-subscriber's post as passed to the maintainer, and the confirmation request to erin. Not kept: the posts as
# distributed (ordinary list mail) and the maintainer's copies of Postfix's three bounces for ghost, which SmartList
# passes on with its X-Diagnostic fields ("Mail to ghost@gamma.test bounced 3 times", "Removed: ...") but which are
# Postfix's DSNs (the catalog cites Postfix; the corpus has the same template in postfix-loopback).
python3 - "$WORK" "$HERE" <<'EOF'
import glob, re, shutil, sys
work, here = sys.argv[1], sys.argv[2]
wanted = {("archive@", "You have been removed from the list"): "removed-from-list",
          ("maint@", "Cheap offers for your list"): "not-on-accept-list",
          ("erin@", "CONFIRM "): "confirm-request"}
found = {}
for path in sorted(glob.glob(work + "/out/*.eml")):
    text = open(path, encoding="utf-8").read()
    subject = re.search(r"^Subject: (.*)$", text, re.M).group(1)
    for (who, start), name in wanted.items():
        if "/out/" + who in path and subject.startswith(start):
            found.setdefault(name, []).append(path)
assert sorted(found) == sorted(wanted.values()) and all(len(v) == 1 for v in found.values()), found
for name, (path,) in found.items():
    shutil.copyfile(path, "%s/%s.eml" % (here, name))
    print(path, "->", name)
EOF
