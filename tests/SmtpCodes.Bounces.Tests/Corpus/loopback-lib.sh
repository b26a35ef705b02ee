# The shared set-up of the loopback maintainer scripts from session 15 on (loopback-*/make-*.sh): a network, mount and
# PID namespace with the documentation range 192.0.2.0/24 on its loopback interface, the small DNS server
# ../loopback-dns.py, Exim 4.96 unpacked from Debian's packages (never installed: on Debian it conflicts with Postfix),
# a sending Postfix with a configuration folder of its own, and the collection of the mail returned to the senders'
# maildirs. The older scripts (session 9 to 14) repeat this set-up in their own words; their output is frozen, so they
# are left as they are.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE (bookworm), like the scripts that source it: CI and the
# tests never run it. It changes nothing outside its work folder and the namespaces: every mount and address is made
# inside them and ends with the run; the host's Postfix (its /etc/postfix) is only read.
# The unpacked Exim links against the host's libraries: on a bookworm machine without it, install Debian's libidn12
# (`apt-get install libidn12`; session 34's builders met the missing libidn.so.12), beside postfix and python3-dnslib.
#
#   . "$HERE/../loopback-lib.sh"     # then, outside: lb_fetch, lb_enter, lb_collect; inside: lb_net, lb_dns, ...
#
# Every function takes the work folder from $W.

LB_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Outside: fetch Debian packages with apt-get download and unpack them (dpkg-deb -x) into $W/root.
lb_fetch() {   # PACKAGE...
    mkdir -p "$W/pkg"
    (cd "$W/pkg" && apt-get download "$@")
    local deb
    for deb in "$W"/pkg/*.deb; do dpkg-deb -x "$deb" "$W/root"; done
}

# Outside: run the calling script again, as `SCRIPT inside`, in network, mount and PID namespaces of its own, for at
# most SECONDS: every daemon it starts dies with the namespace.
lb_enter() {   # SCRIPT SECONDS
    cp "$1" "$W/inside.sh"
    HERE=$HERE W=$W timeout "$2" unshare --net --mount --pid --fork bash "$W/inside.sh" inside
}

# Outside: copy every message delivered to the maildirs below $W/mail/DOMAIN/*/new (for each DOMAIN given) to OUT, in
# the order they arrived, each named after the last Subject it carries (the returned message's: the scenario's name; any
# run of characters other than letters, digits, dots, dashes and underscores made one dash), with -delayed for a delay
# warning and -later for a second notice of the same name.
lb_collect() {   # OUT DOMAIN...
    /usr/bin/python3 - "$W" "$@" <<'EOF'
import glob, os, re, shutil, sys
work, out, domains = sys.argv[1], sys.argv[2], sys.argv[3:]
seen = set()
paths = [p for d in domains for p in glob.glob("%s/mail/%s/*/new/*" % (work, d))]
for path in sorted(paths, key=os.path.getmtime):
    text = open(path, "rb").read()
    subject = re.findall(rb"^Subject: (.*)$", text, re.M)[-1].decode().strip()
    subject = re.sub(r"[^A-Za-z0-9._-]+", "-", subject).strip("-")
    name = subject + ("-delayed" if re.search(rb"^Action: delayed", text, re.M) else "")
    if name in seen:
        name += "-later"
    seen.add(name)
    shutil.copyfile(path, "%s/%s.eml" % (out, name))
    print(path, "->", name)
EOF
}

# Inside: the loopback interface with the given addresses of 192.0.2.0/24, 127.0.0.1 as the only name server, a hosts
# file of localhost alone, and /proc of the new PID namespace.
lb_net() {   # LAST_BYTE...
    ip link set lo up
    local n
    for n in "$@"; do ip addr add "192.0.2.$n/32" dev lo; done
    echo "nameserver 127.0.0.1" > "$W/resolv.conf"
    mount --bind "$W/resolv.conf" /etc/resolv.conf
    printf '127.0.0.1 localhost\n' > "$W/hosts"
    mount --bind "$W/hosts" /etc/hosts
    mount -t proc proc /proc
    mkdir -p "$W/mail"; chmod 777 "$W/mail"
}

# Inside: ../loopback-dns.py answering from the zone file (the text on standard input).
lb_dns() {
    cat > "$W/zone.txt"
    /usr/bin/python3 "$LB_LIB_DIR/loopback-dns.py" "$W/zone.txt" &
    sleep 1
}

# Inside: the user and group NAME (id ID) that a program unpacked from Debian's package runs as: the host's if it has one
# (the package once installed), else one that exists only in this mount namespace.
lb_user() {   # NAME ID
    if ! id "$1" > /dev/null 2>&1; then
        cp /etc/passwd "$W/passwd.$1"; cp /etc/group "$W/group.$1"
        echo "$1:x:$2:$2::/nonexistent:/usr/sbin/nologin" >> "$W/passwd.$1"
        echo "$1:x:$2:" >> "$W/group.$1"
        mount --bind "$W/passwd.$1" /etc/passwd; mount --bind "$W/group.$1" /etc/group
    fi
}

# Inside: the user Debian-exim that Debian's build of Exim names (lb_user). Sets EXIM_IDS (uid:gid).
lb_exim_user() {
    lb_user Debian-exim 960
    EXIM_IDS=$(id -u Debian-exim):$(id -g Debian-exim)
}

# Inside: the first lines of an Exim configuration for the instance NAME (its spool and log below $W/NAME); the caller
# appends the rest and writes it to $W/NAME.conf.
lb_exim_head() {   # NAME
    mkdir -p "$W/$1/spool" "$W/$1/log"; chown "$EXIM_IDS" "$W/$1/spool" "$W/$1/log"
    cat <<EOF
exim_path = $W/root/usr/sbin/exim4
spool_directory = $W/$1/spool
log_file_path = $W/$1/log/%slog
daemon_smtp_ports = 25
tls_advertise_hosts =
EOF
}

# Inside: the maildir transport every loopback Exim delivers with (to $W/mail/DOMAIN/LOCAL_PART; the router's
# domain and local part as looked up, since Exim 4.96 refuses a path made of the tainted $domain).
lb_exim_maildir_transport() {
    cat <<EOF
maildir:
  driver = appendfile
  directory = $W/mail/\${domain_data}/\${local_part_data}
  maildir_format
  user = Debian-exim
  delivery_date_add
  envelope_to_add
  return_path_add
EOF
}

# Inside: a sending Exim for DOMAIN at 192.0.2.IP whose local users are USERS (colon-separated): it relays what its own
# host sends, warns once after a minute (delay_warning 1m:1h) and gives up after 3 (retry rule F,3m,20s). INTERFACE: the
# address it sends from, if not 192.0.2.IP (an expansion string, say one that depends on $domain).
lb_exim_sender_conf() {   # NAME DOMAIN IP USERS [INTERFACE]
    lb_exim_head "$1"
    cat <<EOF
primary_hostname = mx.$2
local_interfaces = 192.0.2.$3
domainlist local_domains = $2
hostlist relay_from_hosts = 192.0.2.$3
acl_smtp_rcpt = acl_check_rcpt
delay_warning = 1m:1h

begin acl
acl_check_rcpt:
  accept hosts = +relay_from_hosts
  accept domains = +local_domains
  deny

begin routers
dnslookup:
  driver = dnslookup
  domains = ! +local_domains
  transport = remote_smtp
  no_more
local_user:
  driver = accept
  domains = +local_domains
  local_parts = $4
  transport = maildir

begin transports
remote_smtp:
  driver = smtp
  interface = ${5:-192.0.2.$3}
EOF
    lb_exim_maildir_transport
    printf '\nbegin retry\n* * F,3m,20s\n'
}

# Inside: start the Exim instance NAME from $W/NAME.conf, in the foreground (-bdf) but as a job, queue runs every 10
# seconds; started with -C, Exim gives up root after binding its port.
lb_exim_start() {   # NAME
    "$W/root/usr/sbin/exim4" -C "$W/$1.conf" -bdf -q10s -oP "$W/$1/exim.pid" > "$W/$1/daemon.log" 2>&1 &
}

# Inside: a Postfix 3.7 instance NAME (the host's binaries, a configuration folder $W/NAME of its own, its log $W/NAME.log
# or $LB_MAILLOG, no TLS, virtual(8) delivering to the maildirs below $W/mail) with the main.cf lines MAIN, and the master.cf lines
# MASTER (its listeners) after Debian's master.cf without chroot and without its smtp listener; started.
lb_postfix() {   # NAME MAIN MASTER
    local d=$W/$1
    mkdir -p "$d/queue" "$d/data"
    cat > "$d/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $d/queue
data_directory = $d/data
maillog_file = ${LB_MAILLOG:-$W/$1.log}
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
$2
EOF
    { awk '/^[a-z0-9]/ && NF >= 8 && $5 == "y" { $5 = "n" } { print }' /etc/postfix/master.cf | grep -v '^smtp *inet'
      printf '%s\n' "$3"; } > "$d/master.cf"
    chown postfix "$d/data"
    postfix -c "$d" set-permissions create-missing
    postfix -c "$d" start
}

# Inside: a sending Postfix for DOMAIN at 192.0.2.IP (lb_postfix) that delivers its bounces to the maildirs
# $W/mail/DOMAIN/USER/ of the USERS (space-separated); it warns after a minute and returns mail after 3. MAIN and MASTER:
# more main.cf and master.cf lines (a transport of its own for some domains, say).
lb_postfix_sender() {   # NAME DOMAIN IP USERS [MAIN [MASTER]]
    local maps="" u
    for u in $4; do maps="$maps${maps:+, }$u@$2=$2/$u/"; done
    lb_postfix "$1" "myhostname = mx.$2
mydomain = $2
myorigin = $2
inet_interfaces = 192.0.2.$3
mynetworks = 127.0.0.0/8 192.0.2.$3/32
smtp_bind_address = 192.0.2.$3
virtual_mailbox_domains = $2
virtual_mailbox_maps = inline:{ $maps }
delay_warning_time = 1m
maximal_queue_lifetime = 3m
bounce_queue_lifetime = 3m
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
${5:-}" "192.0.2.$3:smtp inet n - n - - smtpd
${6:-}"
}

# Inside: wait (10 seconds a step, at most SECONDS) until COUNT messages are in the maildirs of the DOMAINs.
lb_wait() {   # COUNT SECONDS DOMAIN...
    local want=$1 seconds=$2 n dirs=() d
    shift 2
    for d in "$@"; do dirs+=("$W/mail/$d"); done
    for _ in $(seq $((seconds / 10))); do
        n=$( (find "${dirs[@]}" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
        [ "$n" -ge "$want" ] && break
        sleep 10
    done
    find "${dirs[@]}" -path '*/new/*' -type f 2>/dev/null || true
}

# Inside: the host's clamd (Debian's clamav-daemon), as user clamav, on the socket $W/sock/clamd.sock, with one signature
# of the run's own and no other (freshclam never runs, nothing is downloaded): a body signature (.ndb: name, any file
# type, any offset, the string's hex) for a harmless test string that the scenarios attach, named
# Loopback.Test.Signature, as loopback-milters/make-dsns.sh (session 13) wrote it.
lb_clamd() {   # TEST_STRING
    mkdir -p "$W/clamav/db" "$W/sock"; chown -R clamav "$W/clamav"; chmod 777 "$W/sock"
    printf 'Loopback.Test.Signature:0:*:%s\n' "$(printf %s "$1" | od -An -tx1 | tr -d ' \n')" > "$W/clamav/db/loopback.ndb"
    cat > "$W/clamav/clamd.conf" <<EOF
LocalSocket $W/sock/clamd.sock
LocalSocketMode 666
User clamav
Foreground false
DatabaseDirectory $W/clamav/db
PidFile $W/clamav/clamd.pid
LogFile $W/clamav/clamd.log
EOF
    clamd -c "$W/clamav/clamd.conf"
}

# Inside: print the DNS records of the two-sender layout of loopback-gross/make-dsns.sh (from session 16 on, shared):
# mx.alpha.test 192.0.2.25 and out2.alpha.test 192.0.2.24 (a sending Postfix's two addresses), mx.pi.test 192.0.2.35 and
# out2.pi.test 192.0.2.34 (a sending Exim's), beta.test and gamma.test received by mx.beta.test / mx.gamma.test
# 192.0.2.26; each address with its PTR record. The caller adds its own records and hands the whole to lb_dns.
lb_two_senders_zone() {
    cat <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
out2.alpha.test. 300 IN A 192.0.2.24
24.2.0.192.in-addr.arpa. 300 IN PTR out2.alpha.test.
pi.test. 300 IN MX 10 mx.pi.test.
mx.pi.test. 300 IN A 192.0.2.35
35.2.0.192.in-addr.arpa. 300 IN PTR mx.pi.test.
out2.pi.test. 300 IN A 192.0.2.34
34.2.0.192.in-addr.arpa. 300 IN PTR out2.pi.test.
beta.test. 300 IN MX 10 mx.beta.test.
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.beta.test. 300 IN A 192.0.2.26
mx.gamma.test. 300 IN A 192.0.2.26
26.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
EOF
}

# Inside: the two senders of that layout, started: a sending Postfix for carol@alpha.test (lb_postfix_sender, instance
# a) and a sending Exim for pat@pi.test (lb_exim_sender_conf, instance pi), each sending mail for gamma.test from its
# second address (out2).
lb_two_senders() {
    lb_postfix_sender a alpha.test 25 carol "transport_maps = inline:{ gamma.test=out2: }" \
        "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test"
    lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{192.0.2.35}}' > "$W/pi.conf"
    lb_exim_start pi
    sleep 8
}

# Inside: send the scenarios on standard input, one a line: SUBJECT, SENDER, RECIPIENTS, MTA, BODY, tab-separated (or
# separated by "|", as loopback-mtpolicyd's list is): SUBJECT the scenario's name (lb_collect names the returned files after
# it), RECIPIENTS comma-separated, MTA the address of the sending MTA's port 25, \n in BODY a line break; each a message of
# its own (From, To, Subject, Date, a fresh Message-ID) from laptop.<the sender's domain>. (Sessions 13 to 15 wrote this
# loop into each script; from session 16 the scripts share it. Builders A and B of session 16 each added it: this one
# reads both their lists.)
lb_send() {
    /usr/bin/python3 -c '
import email.utils, smtplib, sys
for line in sys.stdin.read().splitlines():
    if not line.strip():
        continue
    subject, sender, recipients, mta, body = line.split("\t" if "\t" in line else "|")
    recipients, domain = recipients.split(","), sender.split("@")[1]
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain=domain),
        body.replace("\\n", "\r\n"))
    with smtplib.SMTP(mta, 25, local_hostname="laptop." + domain) as client:
        client.sendmail(sender, recipients, message)
    print("sent", subject)
'
}

# The "documented replies replayed" runs (session 17 on): a receiving server, ../loopback-replay.py, answers with a
# site's published replies; the two senders of lb_two_senders relay mail to it and keep what comes back. Session 17's
# nine replay scripts wrote this skeleton out each; from session 18 a replay script is its reply table, its scenarios and
# these two calls:
#
#   if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi
#   lb_replay_inside "$W/replies.txt" [EXTRA ZONE RECORD...]    # after writing the table: KEY<TAB>STAGE<TAB>REPLY lines
#   lb_send <<'SEND' ... SEND; lb_wait COUNT "$WAIT_SECONDS" alpha.test pi.test; postfix -c "$W/a" stop || true
#
# Outside: a fresh work folder, Exim unpacked, the calling script run inside the namespaces (for WAIT_SECONDS and two
# minutes more), and the senders' returned mail collected into $OUT.
lb_replay_outside() {   # SCRIPT
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light
    lb_enter "$1" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
}

# Inside: the two-sender layout's addresses and zone (plus the caller's records, e.g. a third receiving domain), the
# replaying server on 192.0.2.26 (mx.beta.test, mx.gamma.test) reading REPLIES, and the two senders started.
lb_replay_inside() {   # REPLIES [ZONE_RECORD...]
    local replies=$1
    shift
    lb_net 24 25 26 34 35
    lb_exim_user
    { lb_two_senders_zone; [ $# -eq 0 ] || printf '%s\n' "$@"; } | lb_dns
    /usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$replies" > "$W/replay.log" 2>&1 &
    sleep 1
    lb_two_senders
}
