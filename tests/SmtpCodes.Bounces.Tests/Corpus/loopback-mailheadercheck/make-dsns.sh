#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailheadercheck: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of mailheadercheck, the header-checking Postfix milter of mail.de GmbH (Python on pymilter: "It checks some
# headers for RFC/BCP validity", its README; based, the README says, on Christian Roessner's milter verifyemail, whose
# words it does not reuse here; repository mail-de/mailheadercheck, BSD 2-Clause, its LICENSE at commit 0058a8499296;
# read with the search tool; only the reply texts are quoted). Its own code writes every reply below:
# mailheaderchecklib/mailheadercheckmilter.py (commit 0ab4df0bbb4b: MailHeaderCheckMilter.allChecks, the table of its
# eighteen checks, each with its "niceName", and eom(), which runs the enabled checks in the table's order on the
# counted From, Subject, Date, Sender, Reply-To, To, Cc, Message-ID, In-Reply-To and References headers, stops at the
# first one that fails unless dry-run is on, and refuses the message with setreply("554", xcode="5.7.0",
# msg="Header violation: " + the failing check's niceName) and Milter.REJECT); a later version of the same file reads
# the same eighteen names from mailheaderchecklib/checks.py (commit 6d6647c9008c: the CHECKS registry, Check(name,
# nice_name, fn)) and refuses in the same words; README.md (commit 0058a8499296) says what each check refuses and why
# ("reason: RFC violation", "BCP/RFC violation" for the Message-ID, "a limitation" for the one-address From rule, no
# reason for the long Subject). Postfix sends a milter's setreply to the client as it is, after the final dot when the
# milter answers at eom: "554 5.7.0 Header violation: <niceName>".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mailheadercheck's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, after the message (the milter's eom), one recipient of each sender to each text:
#   "554 5.7.0 Header violation: Missing From:-Header"                   (no From:)            fran@, fred@ beta.test
#   "554 5.7.0 Header violation: Multiple From:-Headers"                 (two or more From:)   mona@, milo@
#   "554 5.7.0 Header violation: Empty From:-Header"                     (one blank From:)     emma@, eli@
#   "554 5.7.0 Header violation: Not exactly one address in From:-Header"  (From: whose addresses are not one)
#                                                                                              nora@, ned@
#   "554 5.7.0 Header violation: Multiple Subject:-Headers"              (two or more Subject:) sara@, sid@
#   "554 5.7.0 Header violation: Subject:-Header too long"               (over checks.long_subject_header.max_length,
#                                                                         5000 when not set)   tess@, tom@
#   "554 5.7.0 Header violation: Missing Date:-Header"                   (no Date:)            dana@, dirk@
#   "554 5.7.0 Header violation: Multiple Date:-Headers"                 (two or more Date:)   dora@, dex@
#   "554 5.7.0 Header violation: Empty Date:-Header"                     (one blank Date:)     edna@, ezra@
#   "554 5.7.0 Header violation: Invalid Date:-Header"                   (parsedate fails)     ivy@, igor@
#   "554 5.7.0 Header violation: Multiple Sender:-Headers"               (two or more Sender:) sage@, saul@
#   "554 5.7.0 Header violation: Multiple Reply-To:-Headers"             (two or more)         rita@, rex@
#   "554 5.7.0 Header violation: Multiple To:-Headers"                   (two or more To:)     tina@, ted@
#   "554 5.7.0 Header violation: Multiple Cc:-Headers"                   (two or more Cc:)     cleo@, cole@
#   "554 5.7.0 Header violation: Missing Message-ID:-Header"             (no Message-ID:)      mia@, max@
#   "554 5.7.0 Header violation: Multiple Message-ID:-Headers"           (two or more)         maya@, mack@
#   "554 5.7.0 Header violation: Multiple In-Reply-To:-Header"           (two or more; the code's singular)
#                                                                                              iris@, ian@
#   "554 5.7.0 Header violation: Multiple References:-Headers"           (two or more)         ruth@, ross@
# (the first of each pair the Postfix's recipient, the second the Exim's). That is every reply mailheadercheck writes.
# Not served: nothing of its own; it accepts in dry-run mode (the default when the configuration sets no dry_run),
# adding an X-MailHeaderCheck header when asked, and a check on an exclude list is skipped. The replies are chosen by
# recipient, not by anything the senders did: each message has one recipient and well-formed headers (From, To,
# Subject, Date, Message-ID, one of each) and is a few lines of plain text. Every reply is a refusal for good, so each
# message comes back at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailheadercheck}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailheadercheck's replies, each the Postfix's recipient and the
# Exim's, after the message.
V='554 5.7.0 Header violation: '
while IFS='|' read -r a b text; do
    printf '%s\t%s\t%s\n' "$a@beta.test" eom "$V$text" "$b@beta.test" eom "$V$text"
done > "$W/replies.txt" <<'TABLE'
fran|fred|Missing From:-Header
mona|milo|Multiple From:-Headers
emma|eli|Empty From:-Header
nora|ned|Not exactly one address in From:-Header
sara|sid|Multiple Subject:-Headers
tess|tom|Subject:-Header too long
dana|dirk|Missing Date:-Header
dora|dex|Multiple Date:-Headers
edna|ezra|Empty Date:-Header
ivy|igor|Invalid Date:-Header
sage|saul|Multiple Sender:-Headers
rita|rex|Multiple Reply-To:-Headers
tina|ted|Multiple To:-Headers
cleo|cole|Multiple Cc:-Headers
mia|max|Missing Message-ID:-Header
maya|mack|Multiple Message-ID:-Headers
iris|ian|Multiple In-Reply-To:-Header
ruth|ross|Multiple References:-Headers
TABLE
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
missing-from-header	carol@alpha.test	fran@beta.test	192.0.2.25	Fran,\n\nthe garden gate needs a new latch.\n\nCarol
multiple-from-headers	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe library sale starts at ten.\n\nCarol
empty-from-header	carol@alpha.test	emma@beta.test	192.0.2.25	Emma,\n\nthe bread starter is bubbling again.\n\nCarol
not-one-address-in-from	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe rowing club meets on Thursday.\n\nCarol
multiple-subject-headers	carol@alpha.test	sara@beta.test	192.0.2.25	Sara,\n\nthe paint for the shed has arrived.\n\nCarol
subject-header-too-long	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe map of the trail is on the table.\n\nCarol
missing-date-header	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe ferry times changed this week.\n\nCarol
multiple-date-headers	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe piano tuner comes at noon.\n\nCarol
empty-date-header	carol@alpha.test	edna@beta.test	192.0.2.25	Edna,\n\nthe lemon tree finally flowered.\n\nCarol
invalid-date-header	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe chess set is missing a rook.\n\nCarol
multiple-sender-headers	carol@alpha.test	sage@beta.test	192.0.2.25	Sage,\n\nthe lantern batteries are charged.\n\nCarol
multiple-reply-to-headers	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe choir robes are back from the cleaner.\n\nCarol
multiple-to-headers	carol@alpha.test	tina@beta.test	192.0.2.25	Tina,\n\nthe canoe paddles are in the loft.\n\nCarol
multiple-cc-headers	carol@alpha.test	cleo@beta.test	192.0.2.25	Cleo,\n\nthe pottery kiln cools by Friday.\n\nCarol
missing-message-id-header	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe kite string is tangled again.\n\nCarol
multiple-message-id-headers	carol@alpha.test	maya@beta.test	192.0.2.25	Maya,\n\nthe quilt squares are all cut.\n\nCarol
multiple-in-reply-to-headers	carol@alpha.test	iris@beta.test	192.0.2.25	Iris,\n\nthe tomato seedlings need potting.\n\nCarol
multiple-references-headers	carol@alpha.test	ruth@beta.test	192.0.2.25	Ruth,\n\nthe bird feeder is empty once more.\n\nCarol
exim-missing-from-header	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe log pile is covered for winter.\n\nPat
exim-multiple-from-headers	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe tennis court is booked for two.\n\nPat
exim-empty-from-header	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe sourdough came out flat.\n\nPat
exim-not-one-address-in-from	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe harbour wall is being repaired.\n\nPat
exim-multiple-subject-headers	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe hedge trimmer needs oil.\n\nPat
exim-subject-header-too-long	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe attic window sticks in the rain.\n\nPat
exim-missing-date-header	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe market stall opens at seven.\n\nPat
exim-multiple-date-headers	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe bike lights are on the shelf.\n\nPat
exim-empty-date-header	pat@pi.test	ezra@beta.test	192.0.2.35	Ezra,\n\nthe compost heap is steaming.\n\nPat
exim-invalid-date-header	pat@pi.test	igor@beta.test	192.0.2.35	Igor,\n\nthe cellar door is painted green.\n\nPat
exim-multiple-sender-headers	pat@pi.test	saul@beta.test	192.0.2.35	Saul,\n\nthe violin case has a broken clasp.\n\nPat
exim-multiple-reply-to-headers	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe sheep are in the lower field.\n\nPat
exim-multiple-to-headers	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe boat trailer has a flat tyre.\n\nPat
exim-multiple-cc-headers	pat@pi.test	cole@beta.test	192.0.2.35	Cole,\n\nthe sauna stones were replaced.\n\nPat
exim-missing-message-id-header	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe post van comes after lunch now.\n\nPat
exim-multiple-message-id-headers	pat@pi.test	mack@beta.test	192.0.2.35	Mack,\n\nthe rain gauge overflowed.\n\nPat
exim-multiple-in-reply-to-headers	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe museum is free on Sundays.\n\nPat
exim-multiple-references-headers	pat@pi.test	ross@beta.test	192.0.2.35	Ross,\n\nthe hammock hooks held up fine.\n\nPat
SEND
# thirty-six messages refused for good, each returned at once (eighteen by the Postfix, eighteen by the Exim)
lb_wait 36 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
