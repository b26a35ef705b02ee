#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-alveni: a receiving SMTP server (../loopback-replay.py) answers with the greylisting
# reply that Alveni Cloud's knowledge-base article "Cuando me envían mail les regresa una alerta "451 Greylisted" ó "451
# Timeout"" quotes (https://portal.alvenicloud.com/kb/a11/cuando-me-envian-mail-les-regresa-una-alerta-451-greylisted-o-451-
# timeout.aspx, Alveni Cloud, a hosting and e-mail provider of Mexico; in Spanish, read with the search tool; no date shown:
# "a uno o más remitentes que me envían emails, les regresa un error / alerta con alguno de los siguientes mensajes", the
# error is there "porque tenemos activado el Greylisting en nuestro servidor para evitar spam"); a sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their delay warnings and bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount
# and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Alveni Cloud's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# The article quotes two texts; one is served, to RCPT TO (greylisting answers there):
#   "451 Greylisting, try again in ... seconds", its "..." (a number of seconds the page leaves out) as "60"   for gray@beta.test
# The second, "451 Time out trying verify RCP email@ dominio. com for domain...  I will continue trying to send the message
# until it is delievered or expires.", is the stored copy's text cut ("for domain...") and run together with the sending
# server's own words, so it was not served. The greylisting reply never turns into an acceptance here, so each sender warns
# after a minute and gives up after three (../loopback-lib.sh's queue times).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-alveni}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    gray@beta.test rcpt '451 Greylisting, try again in 60 seconds' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
greylisted	carol@alpha.test	gray@beta.test	192.0.2.25	Gray,\n\nla factura de noviembre va abajo.\n\nCarol
exim-greylisted	pat@pi.test	gray@beta.test	192.0.2.35	Gray,\n\nel contrato firmado llega el lunes.\n\nPat
SEND
# for each sender a warning after 1 minute and the return after 3
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
