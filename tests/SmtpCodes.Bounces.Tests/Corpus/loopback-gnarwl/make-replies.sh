#!/usr/bin/env bash
# Makes the auto-replies of Corpus/loopback-gnarwl: gnarwl 3.6 (Gnu Neat Auto Reply With LDAP, Patrick Ahlbrecht's; Debian
# bookworm's gnarwl 3.6.dfsg-13+b1), the vacation responder that reads each user's absence note from an LDAP directory,
# answers mail that a receiving Postfix 3.7 hands it, with the configuration, header and footer Debian installs
# (/usr/share/gnarwl/gnarwl.cfg.template, /var/lib/gnarwl/header.txt and footer.txt) and, for one user, the absence
# note of the package's own example entry (/usr/share/doc/gnarwl/example.ldif); its replies go back through that Postfix
# to the sending Postfix, and each file is the bytes the sending Postfix's virtual(8) wrote to the sender's maildir,
# unedited. The LDAP directory is a slapd 2.5 (Debian's) of the run's own. Everything runs in a Debian bookworm chroot
# (debootstrap) on a loopback interface inside network, mount and PID namespaces of its own, so it all ends with the
# run. It follows ../loopback-mailfromd/make-dsns.sh (heldout-s14 batch C), whose layout and DNS server
# (../loopback-dns.py) it reuses.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs debootstrap on the host; the packages are
# the chroot's (debootstrap starts no daemon; the run starts its own):
#
#   sudo bash make-replies.sh setup      # debootstrap bookworm with postfix, gnarwl, slapd ... in $LOOPBACK_CHROOT
#   sudo bash make-replies.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-replies.sh # the same into another folder
#
# gnarwl's configuration is Debian's template with only what points at the run changed: the LDAP base (o=beta.test),
# its block, bad-header and blacklist files and header and footer copied into the run's folder, and the recipient
# added to its "mta" line ("/usr/sbin/sendmail -F $recepient $sender": the template's line names none, and the
# template says only $sender and $recepient are expanded there; Postfix's sendmail refuses a message without one).
# That sendmail is the receiving Postfix's: the chroot's own, /etc/postfix. Debian
# ships no schema for gnarwl's LDAP attributes (its README.Debian asks for phamm's vacation schema); the run writes a
# small one with the attribute and class names the example entry uses (vacationActive, vacationInfo, vacationStart,
# vacationEnd, vacationForward; Vacation, mailAccount), under the documentation OID arc 1.3.6.1.4.1.32473 (RFC 5612).
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, the sending Postfix: users carol@alpha.test and dora@alpha.test.
#   192.0.2.35  mx.beta.test, the receiving Postfix: users bob@beta.test (the example entry's absence note) and
#               erika@beta.test (a German note of her own, with a deputy); every message to them is delivered and
#               handed to gnarwl (a pipe(8) transport, as nobody) with -a <recipient> -s <sender>.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}   # this folder (the run inside the namespaces is told it)
OUT=${OUT:-$HERE}                              # where the .eml files are written
R=${LOOPBACK_CHROOT:-/tmp/loopback-gnarwl-root}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
W=/srv/loopback-gnarwl                         # the run's folder, inside the chroot
WAIT_SECONDS=${WAIT_SECONDS:-90}

if [ "${1:-}" = setup ]; then
    DEBIAN_FRONTEND=noninteractive debootstrap --variant=minbase \
        --include=postfix,gnarwl,slapd,ldap-utils,python3,python3-dnslib,iproute2 bookworm "$R" "$MIRROR"
    exit 0
fi

if [ "${1:-}" != inside ]; then
    rm -rf "$R$W"; mkdir -p "$R$W"
    cp "$0" "$R$W/make-replies.sh"; cp "$HERE/../loopback-dns.py" "$R$W/"
    timeout $((WAIT_SECONDS + 120)) unshare --net --mount --pid --fork \
        sh -c 'mount -t proc proc "$0/proc" && exec chroot "$0" bash "$1/make-replies.sh" inside' "$R" "$W"
    # Name each reply after the scenario: the Subject of the message it answers, which gnarwl's header quotes.
    /usr/bin/python3 - "$R$W" "$OUT" <<'EOF'
import glob, os, re, shutil, sys
work, here = sys.argv[1], sys.argv[2]
for path in sorted(glob.glob(work + "/mail/alpha/*/new/*"), key=lambda p: (os.path.getmtime(p), os.path.basename(p))):
    text = open(path, "rb").read()
    subject = re.findall(rb"^Subject: Re: (.*)$", text, re.M)[0].decode().strip()
    shutil.copyfile(path, "%s/%s.eml" % (here, subject))
    print(path, "->", subject)
EOF
    exit 0
fi

# ---- inside the namespaces and the chroot ----
ip link set lo up
for n in 25 35; do ip addr add 192.0.2.$n/32 dev lo; done
echo "nameserver 127.0.0.1" > /etc/resolv.conf
printf '127.0.0.1 localhost\n' > /etc/hosts
cat > "$W/zone.txt" <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
beta.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 192.0.2.35
35.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
EOF
/usr/bin/python3 "$W/loopback-dns.py" "$W/zone.txt" & sleep 1

# ---- slapd: the directory gnarwl reads ----
mkdir -p "$W/ldap/db"
cat > "$W/ldap/vacation.schema" <<'EOF'
attributetype ( 1.3.6.1.4.1.32473.1.1.1 NAME 'vacationActive' EQUALITY booleanMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.7 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.32473.1.1.2 NAME 'vacationInfo' EQUALITY octetStringMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.40 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.32473.1.1.3 NAME 'vacationStart' EQUALITY octetStringMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.40 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.32473.1.1.4 NAME 'vacationEnd' EQUALITY octetStringMatch
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.40 SINGLE-VALUE )
attributetype ( 1.3.6.1.4.1.32473.1.1.5 NAME 'vacationForward' EQUALITY caseIgnoreIA5Match
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.26 )
attributetype ( 1.3.6.1.4.1.32473.1.1.6 NAME 'maildropPlace' EQUALITY caseExactIA5Match
    SYNTAX 1.3.6.1.4.1.1466.115.121.1.26 )
objectclass ( 1.3.6.1.4.1.32473.1.2.1 NAME 'Vacation' SUP top AUXILIARY
    MAY ( vacationActive $ vacationInfo $ vacationStart $ vacationEnd $ vacationForward ) )
objectclass ( 1.3.6.1.4.1.32473.1.2.2 NAME 'mailAccount' SUP top AUXILIARY
    MAY ( mail $ maildropPlace $ cn $ description $ userPassword ) )
EOF
cat > "$W/ldap/slapd.conf" <<EOF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include $W/ldap/vacation.schema
pidfile $W/ldap/slapd.pid
argsfile $W/ldap/slapd.args
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
suffix "o=beta.test"
rootdn "cn=admin,o=beta.test"
rootpw loopback
directory $W/ldap/db
EOF
# The entries: bob is the example entry of gnarwl's package (its uid, dates, deputy's name and note; its mail address
# and organisation are the run's), erika a German user with a deputy (the note is this script's).
ERIKA_NOTE=$(printf 'Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin vom $begin bis zum $end nicht im Büro und lese\nmeine E-Mails in dieser Zeit nicht. In dringenden Fällen wenden Sie sich bitte an $deputy.\n\nMit freundlichen Grüßen\n$fullname' | base64 -w0)
cat > "$W/ldap/entries.ldif" <<EOF
dn: o=beta.test
objectClass: organization
o: beta.test

dn: ou=people,o=beta.test
objectClass: organizationalUnit
ou: people

dn: uid=babs,ou=people,o=beta.test
objectClass: top
objectClass: mailAccount
objectClass: account
objectClass: Vacation
uid: babs
userPassword: {crypt}kj8HsGwUBBMQA
maildropPlace: /var/mail/babs
mail: bob@beta.test
description: This is an example mailAccount
vacationActive: TRUE
vacationInfo:: SGksCkknbSBjdXJyZW50bHkgb24gdmFjYXRpb24gKHNpbmNlICRiZWdpbikuIE
 kgd29uJ3QgCmF0dGVuZCBteSBtYWlsYm94IHRpbGwgJGVuZC4=
vacationStart: christmas
vacationEnd: new years eve
vacationForward: J.Doe@beta.test

dn: uid=erika,ou=people,o=beta.test
objectClass: top
objectClass: mailAccount
objectClass: account
objectClass: Vacation
uid: erika
mail: erika@beta.test
cn: Erika Mustermann
vacationActive: TRUE
vacationInfo:: $ERIKA_NOTE
vacationStart: 14.12.2026
vacationEnd: 4.1.2027
vacationForward: max.muster@beta.test
EOF
slapadd -f "$W/ldap/slapd.conf" -l "$W/ldap/entries.ldif"
slapd -f "$W/ldap/slapd.conf" -h "ldap://127.0.0.1:389/"
sleep 2
ldapsearch -x -H ldap://127.0.0.1 -b o=beta.test '(vacationActive=TRUE)' mail | grep '^mail:'

# ---- gnarwl: Debian's template, pointed at the run ----
G=$W/gnarwl
mkdir -p "$G/block"
cp /var/lib/gnarwl/badheaders.db /var/lib/gnarwl/blacklist.db /var/lib/gnarwl/header.txt /var/lib/gnarwl/footer.txt "$G/"
sed -e "s|^base .*|base o=beta.test|" \
    -e "s|/var/lib/gnarwl/|$G/|" \
    -e 's|^mta /usr/sbin/sendmail -F $recepient$|mta /usr/sbin/sendmail -F $recepient $sender|' \
    /usr/share/gnarwl/gnarwl.cfg.template > "$G/gnarwl.cfg"
diff /usr/share/gnarwl/gnarwl.cfg.template "$G/gnarwl.cfg" || true
chown -R nobody "$G"; chmod 0400 "$G/gnarwl.cfg"

# ---- the two Postfix instances ----
master_cf() {
    awk '/^[a-z0-9]/ && NF >= 8 && $5 == "y" { $5 = "n" } { print }' /usr/share/postfix/master.cf.dist | grep -v '^smtp *inet'
}
common_cf() {
    cat <<EOF
compatibility_level = 3.6
queue_directory = $W/$1/queue
data_directory = $W/$1/data
maillog_file = $W/$1.log
maillog_file_prefixes = $W
inet_protocols = ipv4
mydestination =
alias_maps =
alias_database =
biff = no
smtpd_tls_security_level = none
smtp_tls_security_level = none
virtual_mailbox_base = $W/mail
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
EOF
}
mkdir -p "$W/mail" "$W/a" "$W/b"; chmod 777 "$W/mail"
{ common_cf a; cat <<EOF
myhostname = mx.alpha.test
mydomain = alpha.test
myorigin = alpha.test
inet_interfaces = 192.0.2.25
mynetworks = 127.0.0.0/8 192.0.2.25/32
smtp_bind_address = 192.0.2.25
virtual_mailbox_domains = alpha.test
virtual_mailbox_maps = inline:{ carol@alpha.test=alpha/carol/, dora@alpha.test=alpha/dora/ }
EOF
} > "$W/a/main.cf"
{ master_cf; echo '192.0.2.25:smtp inet n - n - - smtpd'; } > "$W/a/master.cf"
{ common_cf b; cat <<EOF
myhostname = mx.beta.test
mydomain = beta.test
myorigin = beta.test
inet_interfaces = 192.0.2.35
mynetworks = 127.0.0.0/8
smtp_bind_address = 192.0.2.35
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient
virtual_mailbox_domains = beta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, erika@beta.test=beta/erika/ }
virtual_alias_maps = inline:{ {bob@beta.test=bob@beta.test,bob@autoreply.beta.test}, {erika@beta.test=erika@beta.test,erika@autoreply.beta.test} }
transport_maps = inline:{ autoreply.beta.test=gnarwl: }
gnarwl_destination_recipient_limit = 1
EOF
} > /etc/postfix/main.cf
{ master_cf; cat <<EOF
192.0.2.35:smtp inet n - n - - smtpd
gnarwl unix - n n - - pipe flags=R user=nobody argv=/usr/bin/gnarwl -c $G/gnarwl.cfg -a \${user}@beta.test -s \${sender}
EOF
} > /etc/postfix/master.cf
# The receiving Postfix's configuration is the chroot's own /etc/postfix (its sendmail, which gnarwl runs as nobody,
# takes no other); the sending one's is $W/a.
for i in a b; do
    c=$W/a; [ $i = b ] && c=/etc/postfix
    mkdir -p "$W/$i/queue" "$W/$i/data"; chown postfix "$W/$i/data"
    postfix -c "$c" set-permissions create-missing
    postfix -c "$c" start
done
sleep 5

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib
MAIL = [   # (subject: the scenario's name, sender, recipient, body)
    ("project-plan", "carol@alpha.test", "bob@beta.test",
     "Hi Bob,\r\n\r\ncould you look at the project plan before Friday?\r\n\r\nCarol"),
    ("rechnung-dezember", "carol@alpha.test", "erika@beta.test",
     "Hallo Erika,\r\n\r\nanbei die Rechnung fuer Dezember.\r\n\r\nCarol"),
    ("conference-dinner", "dora@alpha.test", "bob@beta.test",
     "Dear Bob,\r\n\r\nare you joining the conference dinner?\r\n\r\nDora"),
]
for subject, sender, recipient, body in MAIL:
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, recipient, subject, email.utils.formatdate(), email.utils.make_msgid(domain="alpha.test"), body)
    with smtplib.SMTP("192.0.2.25", 25, local_hostname="client.alpha.test") as client:
        client.sendmail(sender, [recipient], message)
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py"
for _ in $(seq $((WAIT_SECONDS / 5))); do
    n=$( (find "$W/mail/alpha" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
    [ "$n" -ge 3 ] && break
    sleep 5
done
find "$W/mail" -path '*/new/*' -type f
postfix -c "$W/a" stop || true; postfix -c /etc/postfix stop || true
kill "$(cat "$W/ldap/slapd.pid")" || true
