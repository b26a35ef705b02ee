#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mtas: real MTAs from Debian bookworm's packages, each in a chroot of its own,
# bounce or delay mail on loopback inside a network namespace of their own, and their bounces are kept unedited.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files.
#
#   sudo bash make-dsns.sh setup  sendmail opensmtpd courier dma nullmailer   # debootstrap + apt-get install in chroots
#   sudo bash make-dsns.sh run    sendmail opensmtpd courier dma nullmailer   # make the DSNs, write <mta>-<scenario>.eml
#   sudo bash make-dsns.sh split  MAILBOX MTA                                  # write a kept mailbox's bounces again
#
# Nothing is installed on the host: debootstrap may be the host's, or an unpacked copy (`apt-get download debootstrap`,
# `dpkg-deb -x`, DEBOOTSTRAP_DIR=...). Each run happens in `unshare --net --pid --mount --uts`: the daemons see only a
# loopback interface of their own (port 25 there clashes with nothing on the host), no DNS, and they all die with
# the namespace when the run ends.
#
# In every run a second Sendmail (the "remote", from the sendmail chroot, its own configuration remote.mc below)
# listens on 127.0.0.3:25 for the domains remote.test (local users: big, collector and the system's) and
# relaydenied.test (not its own, and clients on 127.0.0.3 are not "originated locally", so it denies relaying); it
# accepts messages of at most 2,000 bytes. 127.0.0.4:25 has no listener (connection refused: an unreachable host).
# Each MTA under test is told to send those domains there; it bounces to sender@<its host name>, a local user, and
# the bounces are read from that user's mailbox (of an mbox, only its own `From ` lines and separating empty lines
# are dropped).
set -euo pipefail

ROOT=${LOOPBACK_CHROOTS:-/work/chroot-loopback9}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
COLLECT_SECONDS=${COLLECT_SECONDS:-420}

packages_of() {
    case $1 in
        sendmail) echo sendmail sendmail-bin sendmail-cf m4 make ;;
        opensmtpd) echo opensmtpd ;;
        courier) echo courier-mta ;;
        dma) echo dma ;;
        nullmailer) echo nullmailer ;;
        *) echo "unknown MTA $1" >&2; exit 2 ;;
    esac
}

# Runs a command in a chroot with /proc mounted, in throwaway namespaces (package scripts need /proc).
in_chroot() {
    local dir=$1
    shift
    unshare --fork --pid --mount --uts -- sh -c 'mount -t proc proc "$0/proc" && exec chroot "$@"' "$dir" "$dir" "$@"
}

setup() {
    local base=$ROOT/base
    if [ ! -d "$base" ]; then
        mkdir -p "$ROOT"
        debootstrap --variant=minbase bookworm "$base" "$MIRROR"
        printf '#!/bin/sh\nexit 101\n' > "$base/usr/sbin/policy-rc.d" # no daemon starts at install time
        chmod +x "$base/usr/sbin/policy-rc.d"
        cp /etc/resolv.conf "$base/etc/resolv.conf"
        chroot "$base" apt-get update -q
    fi
    for mta in "$@"; do
        [ -d "$ROOT/$mta" ] || cp -a "$base" "$ROOT/$mta"
        # shellcheck disable=SC2046
        DEBIAN_FRONTEND=noninteractive in_chroot "$ROOT/$mta" apt-get install -y -q --no-install-recommends \
            procps iproute2 $(packages_of "$mta")
    done
}

# The test message of one scenario, written to stdout. The oversized one is about 5,800 bytes.
message() {
    local scenario=$1 from=$2 to=$3
    printf 'From: %s\nTo: %s\nSubject: %s\nMessage-ID: <%s@loopback.test>\nDate: Thu, 01 Jan 2026 00:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n' \
        "$from" "$to" "$scenario" "$scenario"
    if [ "$scenario" = too-large ]; then
        for _ in $(seq 80); do printf '%070d\n' 0 | tr 0 y; done
    else
        printf 'A test message.\n'
    fi
}

# The remote Sendmail on 127.0.0.3:25 (see above), started from the sendmail chroot inside the current namespace,
# with a configuration and a queue of its own for each run ($1), so that runs of several MTAs may overlap. It ignores the load average
# (a shared build machine's may be above Sendmail's default limits, which would make it refuse connections).
start_remote() {
    local sm=$ROOT/sendmail queue=/var/spool/mqueue-remote-$1
    mkdir -p "$sm$queue" "$sm/run/sendmail"
    chmod 750 "$sm$queue"
    cat > "$sm/etc/mail/remote-$1.mc" <<'EOF'
divert(0)dnl
include(`/usr/share/sendmail/cf/m4/cf.m4')dnl
OSTYPE(`debian')dnl
define(`confDOMAIN_NAME', `remote.loopback.test')dnl
define(`confMAX_MESSAGE_SIZE', `2000')dnl
define(`confREFUSE_LA', `1000')dnl
define(`confQUEUE_LA', `1000')dnl
define(`confSERVICE_SWITCH_FILE', `/etc/mail/service.switch-nodns')dnl
define(`confCW_FILE', `/etc/mail/remote-local-host-names')dnl
undefine(`confHOST_STATUS_DIRECTORY')dnl
FEATURE(`use_cw_file')dnl
FEATURE(`accept_unresolvable_domains')dnl
FEATURE(`no_default_msa')dnl
DAEMON_OPTIONS(`Family=inet, Name=MTA-remote, Port=25, Addr=127.0.0.3')dnl
MAILER(`local')dnl
MAILER(`smtp')dnl
EOF
    printf 'remote.test\nremote.loopback.test\n' > "$sm/etc/mail/remote-local-host-names"
    # big@remote.test exists, so that a client that does not announce SIZE is refused at the end of DATA
    chroot "$sm" sh -c 'id big >/dev/null 2>&1 || useradd -m big'
    chroot "$sm" sh -c "m4 /etc/mail/remote-$1.mc > /etc/mail/remote-$1.cf"
    mountpoint -q "$sm/proc" || mount -t proc proc "$sm/proc"
    chroot "$sm" /usr/sbin/sendmail -C "/etc/mail/remote-$1.cf" -L sm-remote -O "QueueDirectory=$queue" \
        -O "PidFile=/run/sendmail/remote-$1.pid" -bd
}

# Inside the namespaces: loopback up, 127.0.0.3 answers from itself (so a client there is not 127.0.0.1), the host
# name $1 set and known to the chroot of MTA $2.
prepare_namespace() {
    hostname "$1"
    ip link set lo up
    ip route replace local 127.0.0.3 dev lo src 127.0.0.3 table local
    mount -t proc proc "$ROOT/$2/proc"
    printf '127.0.0.1 %s %s localhost\n' "$1" "$2" > "$ROOT/$2/etc/hosts"
}

# The scenarios of an MTA that routes each test domain itself (scenario:recipient; $1 is its host name).
routed_scenarios() {
    echo "unknown-user:nosuchuser@$1 remote-unknown-user:nosuchuser@remote.test relay-denied:someone@relaydenied.test" \
        "too-large:big@remote.test unreachable:someone@unreachable.test"
}

# A DNS server on 127.0.0.1:53 inside the namespace that answers every query "no such domain" (NXDOMAIN), so that
# MTAs with their own resolver (Courier, dma) fail their look-ups at once instead of waiting for time-outs. It stops
# by itself after 15 minutes, or with the namespace.
start_dns_stub() {
    python3 - <<'EOF' &
import socket, time
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(("127.0.0.1", 53))
sock.settimeout(5)
deadline = time.time() + 900
while time.time() < deadline:
    try:
        query, peer = sock.recvfrom(512)
    except socket.timeout:
        continue
    if len(query) >= 12:  # the query's id and question, flags: response, recursion kept and available, NXDOMAIN
        sock.sendto(query[:2] + bytes([0x80 | query[2] & 0x01, 0x83]) + query[4:6] + bytes(6) + query[12:], peer)
EOF
    sleep 1
}

# Writes each bounce of a mailbox as <mta>-<scenario>.eml: the scenario is the returned message's Subject; a delay
# warning (Action: delayed, or a warning subject, unless its Status is 4.4.7, "delivery time expired": OpenSMTPD
# 6.8 reports its expiry as "delayed") is named <scenario>-delayed. A maildir's files are kept whole; of an mbox only each message's `From `
# separator line and the empty line an mbox keeps between messages are dropped.
split_mailbox() {
    local mailbox=$1 mta=$2
    python3 - "$mailbox" "$mta" "$HERE" <<'EOF'
import os, re, sys
mailbox, mta, out = sys.argv[1], sys.argv[2], sys.argv[3]
if os.path.isdir(mailbox):
    names = [os.path.join(mailbox, sub, name) for sub in ('new', 'cur') for name in sorted(os.listdir(os.path.join(mailbox, sub)))]
    messages = [open(name, 'rb').read() for name in names]
else:
    data = open(mailbox, 'rb').read()
    # an mbox ends each message with one empty line of its own, which is not the message's
    data = data[:-1] if data.endswith(b'\n\n') else data
    messages = [m if m.endswith(b'\n') else m + b'\n' for m in re.split(rb'(?:^|\n\n)From [^\n]*\n', data) if m]
for message in messages:
    subjects = re.findall(rb'^Subject: ([a-z-]+)\r?$', message, re.M)
    if not subjects:
        print('no scenario in a message of', mailbox, file=sys.stderr)
        continue
    scenario = subjects[-1].decode()
    warning = re.search(rb'^Action: delayed', message, re.M | re.I) or re.search(rb'^Subject: .*(WARNING|Warning|[Dd]elay)', message, re.M)
    if warning and not re.search(rb'^Status: 4\.4\.7', message, re.M):
        scenario += '-delayed'
    name = f'{out}/{mta}-{scenario}.eml'
    open(name, 'wb').write(message)
    print('wrote', name)
EOF
}

# Counts the messages of a maildir or an mbox.
count_mailbox() {
    if [ -d "$1" ]; then
        find "$1/new" "$1/cur" -type f | wc -l
    elif [ -f "$1" ]; then
        grep -c '^From ' "$1" || true
    else
        echo 0
    fi
}

# Waits (bounded) until the mailbox $1 holds $2 messages, running $3 (a command that retries the queue) meanwhile.
wait_for_mailbox() {
    local mailbox=$1 want=$2 kick=${3:-true} waited=0
    while [ "$waited" -lt "$COLLECT_SECONDS" ]; do
        if [ "$(count_mailbox "$mailbox")" -ge "$want" ]; then
            return 0
        fi
        sleep 5
        waited=$((waited + 5))
        $kick >/dev/null 2>&1 || true
    done
    echo "timed out: $mailbox has $(count_mailbox "$mailbox") of $want messages" >&2
}

# Submits each scenario's message with the MTA's own sendmail command: `submit CHROOT SENDER scenario:rcpt...`
# (with $SUBMIT_FLAGS: Sendmail's -Am queues directly, not through its submission agent).
submit() {
    local dir=$1 from=$2 scenario rcpt
    shift 2
    for pair in "$@"; do
        scenario=${pair%%:*} rcpt=${pair#*:}
        message "$scenario" "$from" "$rcpt" | chroot "$dir" /usr/sbin/sendmail ${SUBMIT_FLAGS:-} -oi -f "$from" "$rcpt" \
            || echo "(sendmail refused $scenario at once: exit $?)"
    done
}

inside_sendmail() {
    local dir=$ROOT/sendmail host=sendmail.loopback.test
    prepare_namespace "$host" sendmail
    echo '127.0.0.3 client.loopback.test' >> "$dir/etc/hosts"
    : > "$dir/etc/resolv.conf"
    chroot "$dir" sh -c 'id sender >/dev/null 2>&1 || useradd -m sender; rm -f /var/mail/sender /var/spool/mqueue/*'
    cat > "$dir/etc/mail/mailertable" <<'EOF'
remote.test	esmtp:[127.0.0.3]
relaydenied.test	esmtp:[127.0.0.3]
unreachable.test	esmtp:[127.0.0.4]
EOF
    # Debian's own sendmail.mc with: no DNS, a mailertable, a warning after 1 minute and a return after 4, no
    # load-average limits (see start_remote).
    sed -e "s/^MAILER_DEFINITIONS/define(\`confDOMAIN_NAME', \`$host')dnl\\
define(\`confSERVICE_SWITCH_FILE', \`\\/etc\\/mail\\/service.switch-nodns')dnl\\
define(\`confTO_QUEUEWARN', \`1m')dnl\\
define(\`confTO_QUEUERETURN', \`4m')dnl\\
define(\`confREFUSE_LA', \`1000')dnl\\
define(\`confQUEUE_LA', \`1000')dnl\\
FEATURE(\`mailertable')dnl\\
MAILER_DEFINITIONS/" -e '/greet_pause/d' "$dir/etc/mail/sendmail.mc" > "$dir/etc/mail/loopback.mc"
    chroot "$dir" sh -c 'cd /etc/mail && m4 loopback.mc > sendmail.cf && makemap hash mailertable < mailertable && newaliases'
    start_remote "${FUNCNAME[0]#inside_}"
    chroot "$dir" /usr/sbin/sendmail -L sm-mta -bd -q15s
    sleep 3
    # shellcheck disable=SC2046
    SUBMIT_FLAGS=-Am submit "$dir" "sender@$host" $(routed_scenarios "$host")
    # five bounces and one delay warning
    wait_for_mailbox "$dir/var/mail/sender" 6 "chroot $dir /usr/sbin/sendmail -q"
    split_mailbox "$dir/var/mail/sender" sendmail
}

inside_opensmtpd() {
    local dir=$ROOT/opensmtpd host=opensmtpd.loopback.test
    prepare_namespace "$host" opensmtpd
    : > "$dir/etc/resolv.conf"
    chroot "$dir" sh -c 'id sender >/dev/null 2>&1 || useradd -m sender; rm -rf /home/sender/Maildir /var/spool/smtpd/queue/*'
    # Debian's smtpd.conf with routes for the test domains, a warning after 1 minute and a return after 4.
    cat > "$dir/etc/loopback-smtpd.conf" <<'EOF'
table aliases file:/etc/aliases
queue ttl 4m
bounce warn-interval 1m
listen on 127.0.0.1
action "local" maildir alias <aliases>
action "remote" relay host smtp://127.0.0.3:25
action "unreachable" relay host smtp://127.0.0.4:25
match from local for domain "remote.test" action "remote"
match from local for domain "relaydenied.test" action "remote"
match from local for domain "unreachable.test" action "unreachable"
match for local action "local"
EOF
    start_remote "${FUNCNAME[0]#inside_}"
    chroot "$dir" /usr/sbin/smtpd -f /etc/loopback-smtpd.conf
    sleep 3
    # shellcheck disable=SC2046
    submit "$dir" "sender@$host" $(routed_scenarios "$host")
    # four bounces and one delay warning; `smtpctl schedule all` retries the queue now instead of after its back-off
    wait_for_mailbox "$dir/home/sender/Maildir" 5 "chroot $dir /usr/sbin/smtpctl schedule all"
    split_mailbox "$dir/home/sender/Maildir" opensmtpd
}

inside_courier() {
    local dir=$ROOT/courier host=courier.loopback.test
    prepare_namespace "$host" courier
    echo 'nameserver 127.0.0.1' > "$dir/etc/resolv.conf"
    # sender: an ordinary maildir; full: a maildir with a 500-byte quota (maildirmake -q).
    chroot "$dir" sh -c 'for u in sender full; do id $u >/dev/null 2>&1 || useradd -m $u; rm -rf /home/$u/Maildir; done
        su sender -s /bin/sh -c "maildirmake /home/sender/Maildir"
        su full -s /bin/sh -c "maildirmake -q 500S /home/full/Maildir"
        rm -rf /var/lib/courier/msgq/* /var/lib/courier/msgs/*'
    local etc=$dir/etc/courier
    echo "$host" > "$etc/me"
    echo "$host" > "$etc/defaultdomain"
    printf 'localhost\n%s\n' "$host" > "$etc/locals"
    printf 'remote.test: [127.0.0.3]\nrelaydenied.test: [127.0.0.3]\nunreachable.test: [127.0.0.4]\n' > "$etc/esmtproutes"
    # a warning after 1 minute, a return after 4, retries every 15 seconds
    echo 1m > "$etc/warntime"
    echo 4m > "$etc/queuetime"
    echo 15 > "$etc/retryalpha"
    echo 3 > "$etc/retrybeta"
    echo 15 > "$etc/retrygamma"
    echo 1 > "$etc/retrymaxdelta"
    echo 10 > "$etc/esmtpdelay"
    start_remote "${FUNCNAME[0]#inside_}"
    start_dns_stub
    chroot "$dir" sh -c 'mkdir -p /run/courier/authdaemon && /usr/sbin/authdaemond start; /usr/sbin/courier start'
    sleep 5
    # shellcheck disable=SC2046
    submit "$dir" "sender@$host" full-mailbox:full@$host $(routed_scenarios "$host")
    # six bounces, two delay warnings (the full mailbox's and the unreachable host's)
    wait_for_mailbox "$dir/home/sender/Maildir" 8 "chroot $dir /usr/sbin/courier flush"
    split_mailbox "$dir/home/sender/Maildir" courier
}

inside_dma() {
    local dir=$ROOT/dma host=dma.loopback.test
    prepare_namespace "$host" dma
    echo 'nameserver 127.0.0.1' > "$dir/etc/resolv.conf"
    echo "$host" > "$dir/etc/mailname"
    chroot "$dir" sh -c 'id sender >/dev/null 2>&1 || useradd -m sender; rm -f /var/mail/sender /var/spool/dma/*'
    start_remote "${FUNCNAME[0]#inside_}"
    start_dns_stub
    # dma has one smart host for all remote mail or none: first the remote Sendmail, then none (DNS answers that no
    # domain exists). The envelope sender is the bare local name, which dma delivers to /var/mail/sender. dma refuses
    # an unknown local user at once (no bounce): three bounces, then one.
    printf 'SMARTHOST 127.0.0.3\nMAILNAME /etc/mailname\n' > "$dir/etc/dma/dma.conf"
    submit "$dir" sender unknown-user:nosuchuser remote-unknown-user:nosuchuser@remote.test \
        relay-denied:someone@relaydenied.test too-large:big@remote.test
    wait_for_mailbox "$dir/var/mail/sender" 3 "chroot $dir /usr/sbin/dma -q"
    printf 'MAILNAME /etc/mailname\n' > "$dir/etc/dma/dma.conf"
    submit "$dir" sender unknown-domain:someone@nosuchdomain.test
    wait_for_mailbox "$dir/var/mail/sender" 4 "chroot $dir /usr/sbin/dma -q"
    split_mailbox "$dir/var/mail/sender" dma
}

inside_nullmailer() {
    local dir=$ROOT/nullmailer host=nullmailer.loopback.test sm=$ROOT/sendmail
    prepare_namespace "$host" nullmailer
    : > "$dir/etc/resolv.conf"
    # nullmailer has no local delivery: everything goes to its one remote, the remote Sendmail, which also takes its
    # bounces for collector@remote.test (a local user of the sendmail chroot).
    chroot "$sm" sh -c 'id collector >/dev/null 2>&1 || useradd -m collector; rm -f /var/mail/collector'
    chroot "$dir" sh -c 'rm -f /var/spool/nullmailer/queue/* /var/spool/nullmailer/tmp/*
        [ -p /var/spool/nullmailer/trigger ] || mkfifo -m 600 /var/spool/nullmailer/trigger
        chown mail /var/spool/nullmailer/trigger'
    echo "$host" > "$dir/etc/mailname"
    echo '127.0.0.3 smtp' > "$dir/etc/nullmailer/remotes"
    echo 15 > "$dir/etc/nullmailer/pausetime"
    start_remote "${FUNCNAME[0]#inside_}"
    chroot "$dir" su mail -s /bin/sh -c '/usr/sbin/nullmailer-send' &
    submit "$dir" collector@remote.test remote-unknown-user:nosuchuser@remote.test \
        relay-denied:someone@relaydenied.test too-large:big@remote.test
    wait_for_mailbox "$sm/var/mail/collector" 3
    split_mailbox "$sm/var/mail/collector" nullmailer
}

# Each MTA's run reads a copy of this script, so that editing it meanwhile cannot change a run under way.
run() {
    local copy
    copy=$(mktemp)
    cp "$0" "$copy"
    for mta in "$@"; do
        HERE=$HERE unshare --fork --pid --mount --net --uts -- bash "$copy" "inside-$mta"
    done
    rm -f "$copy"
}

case ${1:-} in
    setup) shift; setup "$@" ;;
    run) shift; run "$@" ;;
    split) split_mailbox "$2" "$3" ;; # split MAILBOX MTA: write a mailbox's bounces again, as a run does at its end
    inside-*) "inside_${1#inside-}" ;;
    *) echo "usage: $0 setup|run MTA..." >&2; exit 2 ;;
esac; exit
