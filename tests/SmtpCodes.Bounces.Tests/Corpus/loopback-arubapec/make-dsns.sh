#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-arubapec: a receiving SMTP server (../loopback-replay.py) answers with the refusal
# that Aruba's certified-mail service (PEC, posta elettronica certificata, of the Italian provider Aruba S.p.A.) quotes
# on its guide page "Risoluzione agli errori comuni nell'invio e nella ricezione della PEC" (section 14.2,
# https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx; in
# Italian, read with the search tool, no date shown) for ordinary (not certified) mail sent to a PEC mailbox that is not
# enabled to receive it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Aruba's, as its guide quotes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The guide's reply, byte for byte with its code, its "<indirizzoemail>" filled with the recipient's address ({rcpt}),
# to RCPT TO (the guide names no stage; the address it quotes is the recipient's):
#   "554 <{rcpt}>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di
#   posta non certificata" ("message refused by the system: recipient address unknown or not enabled to receive
#   uncertified mail"); the guide: "L'errore generalmente si verifica nel caso in cui si inviino messaggi di posta non
#   certificata a una casella non abilitata alla ricezione di tali messaggi stessi" (the error generally happens when
#   uncertified mail is sent to a mailbox not enabled to receive it), and the remedy it gives is the recipient's: "tell
#   the recipient PEC mailbox to enable the receipt of uncertified mail"        for pia@beta.test, piero@beta.test
# Not served: the guide's other entries, one a refusal by Aruba's own outgoing server of its customer's sender address
# ("Sender address rejected: not logged in"), one ("Indirizzo IP bloccato temporaneamente per sospetto abuso") quoted
# without a code and cut in the stored copy before its explanation.
# The reply is chosen by recipient address, not by anything the senders did: the messages are ordinary short plain
# text, as every message to these addresses would be.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-arubapec}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY).
NOT_ENABLED='554 <{rcpt}>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata'
printf '%s\t%s\t%s\n' \
    pia@beta.test rcpt "$NOT_ENABLED" \
    piero@beta.test rcpt "$NOT_ENABLED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-enabled-for-uncertified-mail	carol@alpha.test	pia@beta.test,piero@beta.test	192.0.2.25	Pia, Piero,\n\nthe invoice for the translation follows by post.\n\nCarol
exim-not-enabled-for-uncertified-mail	pat@pi.test	pia@beta.test,piero@beta.test	192.0.2.35	Pia, Piero,\n\nthe offer for the office chairs is attached below.\n\nPat
SEND
# two returns, at once (the reply is permanent)
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
