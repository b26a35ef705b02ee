#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-alfresco-email: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Alfresco's inbound email server, the SMTP listener of the Alfresco content repository (Alfresco Community
# Edition, a document management, collaboration and records system in Java): mail to a folder's, a document's, a
# discussion's or a forum's email alias (or to a node's database id) is stored there as content, a topic or a post by
# the Alfresco user whose address sent it, if that user is in the EMAIL_CONTRIBUTORS group (read with the search tool
# in the repository Alfresco/alfresco-community-repo, LGPL-3.0: repository/src/main/java/org/alfresco/email/server/
# impl/subetha/SubethaEmailServer.java at commit 8fcbd4c4bb22, whose Handler answers MAIL FROM and the end of the data
# with SubEthaSMTP's RejectException(554, message), the message that of Alfresco's EmailMessageException, or "An
# internal error prevented mail delivery." for any other failure; EmailServer.java at 048c456580ae, filterSender's
# blocked and allowed senders; EmailServiceImpl.java at 18f85cf88f7a, processMessage and getTargetNode;
# config/alfresco/messages/email-service.properties at 1454b1dca4c0, the messages' English texts; and
# AlfrescoRuntimeException, the EmailMessageException's base, whose resolveMessage puts an error log number before
# every message, "MMDDXXXX" (the month counted from 0 as java.util.Date gives it, the day, a counter of the JVM's
# errors) and a space; only the reply texts are quoted). SubEthaSMTP writes a RejectException as its code, a space and
# its message; Java's MessageFormat turns the properties' '' into ' and fills in {0} and {1}. A sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Alfresco's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it, with error log numbers of December 4 (1104, the month
# counted from 0) and a counter chosen for the run:
#   "554 1104001N '<sender>' has been denied access."   (filterSender, to MAIL FROM: the sender matches a blocked
#                              sender's pattern, or the allowed list is not empty and it matches none) to the Postfix's
#                              and the Exim's second addresses, for gus@ and gil@ gamma.test
#   "554 1104001N The Alfresco server is not configured to accept inbound emails."   (processMessage: the email
#                              service's inbound setting is off while the server listens) after the message, for ida@
#                              and ivo@ beta.test
#   "554 1104001N The 'from' email address was not recognised: <sender>."   (no Alfresco person has the sender's
#                              address and no unknown user is configured) after the message, for fay@ and fern@
#                              beta.test
#   "554 1104001N The user 'anonymous' in not in the email contributor group."   (the user the mail is stored as, here
#                              the default unknown user anonymous, is not in EMAIL_CONTRIBUTORS; "in not" as the
#                              properties file writes it) after the message, for cole@ and cruz@ beta.test
#   "554 1104002N The email address '<rcpt>' does not reference a valid accessible node."   (getTargetNode: the local
#                              part is no node's email alias and no node's database id) after the message, for noah@
#                              and nell@ beta.test
#   "554 1104002N '<sender>' has been denied access to '<rcpt>'. "   (the user may not write to the addressed node:
#                              an AccessDeniedException; the properties file's trailing space kept) after the message,
#                              for ada@ and abe@ beta.test
#   "554 1104002N The subject line must be a valid file name."   (an IntegrityException while the message is stored
#                              under its subject as a node's name) after the message, for sue@ and sid@ beta.test
#   "554 An internal error prevented mail delivery."   (any other failure of the import) after the message, for ian@
#                              and isa@ beta.test
# Not served: SubEthaSMTP's own replies (greeting, EHLO, AUTH, TLS, size and syntax), the null sender's refusal (a
# message id without its text in the properties file), the message handler and MIME parsing errors; every recipient is
# accepted at RCPT TO, as the Handler's recipient() does.
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes
# of plain text, no sender is blocked, no repository exists. Every reply is permanent: each message is returned at
# once. 2 recipients to each reply text, one a sender.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-alfresco-email}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Alfresco's replies.
DISABLED='The Alfresco server is not configured to accept inbound emails.'
CONTRIB="The user 'anonymous' in not in the email contributor group."
SUBJECT='The subject line must be a valid file name.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "554 11040012 'carol@alpha.test' has been denied access." \
    client:192.0.2.34 mail "554 11040013 'pat@pi.test' has been denied access." \
    ida@beta.test eom "554 11040014 $DISABLED" \
    ivo@beta.test eom "554 11040015 $DISABLED" \
    fay@beta.test eom "554 11040016 The 'from' email address was not recognised: carol@alpha.test." \
    fern@beta.test eom "554 11040017 The 'from' email address was not recognised: pat@pi.test." \
    cole@beta.test eom "554 11040018 $CONTRIB" \
    cruz@beta.test eom "554 11040019 $CONTRIB" \
    noah@beta.test eom "554 11040020 The email address 'noah@beta.test' does not reference a valid accessible node." \
    nell@beta.test eom "554 11040021 The email address 'nell@beta.test' does not reference a valid accessible node." \
    ada@beta.test eom "554 11040022 'carol@alpha.test' has been denied access to 'ada@beta.test'. " \
    abe@beta.test eom "554 11040023 'pat@pi.test' has been denied access to 'abe@beta.test'. " \
    sue@beta.test eom "554 11040024 $SUBJECT" \
    sid@beta.test eom "554 11040025 $SUBJECT" \
    ian@beta.test eom '554 An internal error prevented mail delivery.' \
    isa@beta.test eom '554 An internal error prevented mail delivery.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-denied-access	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe signed contract is attached to the folder now.\n\nCarol
inbound-disabled	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nplease file this under the project minutes.\n\nCarol
from-not-recognised	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe budget draft for the second quarter.\n\nCarol
not-email-contributor	carol@alpha.test	cole@beta.test	192.0.2.25	Cole,\n\nthe floor plans for the new office.\n\nCarol
invalid-node-address	carol@alpha.test	noah@beta.test	192.0.2.25	Noah,\n\nthe meeting notes from Tuesday.\n\nCarol
access-denied-to-node	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe supplier list, updated.\n\nCarol
invalid-subject	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe scanned invoices from March.\n\nCarol
internal-error	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe holiday rota for the team.\n\nCarol
exim-sender-denied-access	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe revised terms are in the shared space.\n\nPat
exim-inbound-disabled	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nplease add this to the case file.\n\nPat
exim-from-not-recognised	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe training slides for Monday.\n\nPat
exim-not-email-contributor	pat@pi.test	cruz@beta.test	192.0.2.35	Cruz,\n\nthe audit checklist.\n\nPat
exim-invalid-node-address	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe draft press release.\n\nPat
exim-access-denied-to-node	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe photos from the site visit.\n\nPat
exim-invalid-subject	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe signed timesheets.\n\nPat
exim-internal-error	pat@pi.test	isa@beta.test	192.0.2.35	Isa,\n\nthe policy document, second version.\n\nPat
SEND
# sixteen messages refused for good, each returned at once (eight by the Postfix, eight by the Exim)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
