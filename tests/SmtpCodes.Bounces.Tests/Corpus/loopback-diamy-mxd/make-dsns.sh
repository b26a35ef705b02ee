#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-diamy-mxd: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of diamy-mxd, the inbound SMTP gateway of Diamy Mail, an end-to-end-encrypting mail system in Rust written by Hugo
# (hugo-dlpt) during an internship at W3TEL (its mail domain w3.tel, its MX mx.w3.tel): a hand-written SMTP dialogue on
# tokio that resolves each recipient against its IAM directory, then parses, encrypts per recipient device and stores
# the message in PostgreSQL and a blob store, holding it when the recipient has no enrolled device yet (the
# repository hugo-dlpt/w3tel_internship_mail, folder diamy-mail; no licence file read; read with the search tool; only
# the reply texts are quoted). Its replies are in French and without enhanced codes. Every reply below is written by
# the service's own code, diamy-mail/services/diamy-mxd/src/main.rs (commit 06190359a1c1), in run_command_loop, as
# fixed byte strings (write_all(b"...\r\n")):
#   to RCPT TO "550 destinataire inconnu ou non autorise" ("recipient unknown or not authorised": the canonical
#   address resolves to no IAM principal, or to one whose mail is not enabled; the code's comment: "A17-ENT-1 :
#   destinataire inconnu ou non entitled -> rejet, PAS de fail-open") and "501 adresse destinataire invalide" ("invalid
#   recipient address": there is an address between the angle brackets, but diamy_addr_canon, the tenant address
#   policy's canonicaliser, refuses it);
#   after the message "552 message trop volumineux" ("message too large": read_data_bounded found the message over
#   max_data_bytes, 10 MB by default, or a line over 8 KiB) and "451 echec temporaire de stockage, reessayez"
#   ("temporary storage failure, try again": deliver_to_recipients delivered to no recipient, because the key
#   directory could not be read, encryption failed, the inbox folder or the message could not be stored, or the
#   per-principal hold queue was full or could not be written; the code's comment: "cannot check" must tempfail).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# diamy-mxd's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 destinataire inconnu ou non autorise"   to RCPT TO, for uma@ and ugo@ beta.test
#   "501 adresse destinataire invalide"   to RCPT TO, for ida@ and ivo@ beta.test
#   "552 message trop volumineux"   after the message, for tom@ and tess@ beta.test
#   "451 echec temporaire de stockage, reessayez"   after the message, to every attempt, for sol@ and sam@ beta.test
# Not served: the greeting "220 mx.w3.tel Diamy Mail (maquette) ESMTP pret" and the EHLO answer (the replaying
# server's are used); "501 syntaxe MAIL FROM invalide" (MAIL FROM with no address between angle brackets, so the null
# sender of a bounce: no DSN can come back for such a message); "452 trop de destinataires" (the 51st recipient of one
# transaction) and "554 aucun destinataire valide" (DATA after no accepted RCPT), which a relaying MTA sending one
# recipient a message never meets; "500 ligne trop longue" (a command line over 8 KiB), "503 MAIL FROM requis avant
# RCPT TO", "503 deja en TLS" and "500 commande non reconnue" (sequence and syntax errors no relaying MTA makes); the
# 250s, including "250 message accepte (partiellement)" for a message stored for some of its recipients only. The
# replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few lines
# of plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-diamy-mxd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): diamy-mxd's replies.
UNKNOWN='550 destinataire inconnu ou non autorise'
BADADDR='501 adresse destinataire invalide'
TOOBIG='552 message trop volumineux'
STORAGE='451 echec temporaire de stockage, reessayez'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    ida@beta.test rcpt "$BADADDR" \
    ivo@beta.test rcpt "$BADADDR" \
    tom@beta.test eom "$TOOBIG" \
    tess@beta.test eom "$TOOBIG" \
    sol@beta.test eom "$STORAGE" \
    sam@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-or-unauthorised-recipient	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe bread oven is warm by noon.\n\nCarol
invalid-recipient-address	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe sailing club meets on Thursday.\n\nCarol
message-too-large	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe hedge by the lane needs trimming.\n\nCarol
storage-failure	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe library books are due on Friday.\n\nCarol
exim-unknown-or-unauthorised-recipient	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe compost bins are full again.\n\nPat
exim-invalid-recipient-address	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe map of the old canal is framed.\n\nPat
exim-message-too-large	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe rowing boat has a new oar.\n\nPat
exim-storage-failure	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe pumpkin seeds are drying on the sill.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
