#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gandi: a receiving Postfix 3.7 answers with the replies that Gandi's postmaster page
# (https://postmaster.gandi.net/, "Troubleshooting page for GandiMail. Get help on error messages you may have
# received.") lists, each at the stage such a reply comes; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its
# own (../loopback-lib.sh), so it all ends with the run. The words are Gandi's; the DSNs and the reply wrappers are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim and pymilter are not installed: the script fetches exim4-base, exim4-daemon-light, python3-milter
# and libmilter1.0.1 with `apt-get download` into its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The page's texts (every one it lists but "sasl_rate_limit per %", which answers a client authenticated with SASL, a
# user's mail program, not a server delivering to an MX) and how the run serves each (Gandi's own servers greet as
# "ESMTP Postfix", so a Postfix serves them, with its own reply prefixes where Postfix writes one):
#   "Reject for policy reason. RULE1_1" ... "RULE3_2" (five rules): after the message (end of DATA), by a milter of the
#       run (pymilter) that chooses the rule by recipient, in the shape Gandi's servers were reported to send it in
#       (GitHub issues dyve-agency/zeitkit#62, #64, #78, #84, passbolt/passbolt_api#283, bigbluebutton/greenlight#3102,
#       2018-2022: "550 5.7.1  Reject for policy reason RULE3_2. See http://postmaster.gandi.net", two spaces, no dot
#       after "reason"; Postfix passes a milter's reply unchanged);
#   "Greylisted for %s seconds": at RCPT, from an access map, "450 4.7.1 Greylisted for 300 seconds" (the code and
#       the seconds are the run's; Postfix adds "<rcpt>: Recipient address rejected:");
#   "blocked you maybe infected": at RCPT (smtpd_delay_reject), a client access map's REJECT with the page's text for
#       the clients that send to gamma.test (Postfix writes "554 5.7.1 <host[address]>: Client host rejected: ...");
#   "blocked using sbl-xbl.spamhaus.org": at RCPT, Postfix's reject_rbl_client sbl-xbl.spamhaus.org for mail to
#       delta.test; the run's DNS server lists the senders' addresses there with a TXT record in the list's old lookup
#       shape (no list was asked).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the receiving Postfix; both senders warn after 1 minute
#               and return mail after 3.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gandi}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light python3-milter libmilter1.0.1
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'EOF'
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.26
25.2.0.192.sbl-xbl.spamhaus.org. 300 IN A 127.0.0.4
25.2.0.192.sbl-xbl.spamhaus.org. 300 IN TXT "http://www.spamhaus.org/query/bl?ip=192.0.2.25"
35.2.0.192.sbl-xbl.spamhaus.org. 300 IN A 127.0.0.4
35.2.0.192.sbl-xbl.spamhaus.org. 300 IN TXT "http://www.spamhaus.org/query/bl?ip=192.0.2.35"
EOF
} | lb_dns

# The milter: the page's five "Reject for policy reason" rules, one per recipient, at the end of the message.
cat > "$W/rules.py" <<'EOF'
import Milter
RULES = {"ron@beta.test": "RULE1_1", "rita@beta.test": "RULE2_1", "rosa@beta.test": "RULE2_2",
         "ruth@beta.test": "RULE3_1", "rex@beta.test": "RULE3_2"}
class Rules(Milter.Base):
    def envfrom(self, sender, *params):
        self.rules = []
        return Milter.CONTINUE
    def envrcpt(self, recipient, *params):
        rule = RULES.get(recipient.strip("<>").lower())
        if rule:
            self.rules.append(rule)
        return Milter.CONTINUE
    def eom(self):
        if self.rules:
            self.setreply("550", "5.7.1", " Reject for policy reason %s. See http://postmaster.gandi.net" % self.rules[0])
            return Milter.REJECT
        return Milter.ACCEPT
Milter.factory = Rules
Milter.runmilter("rules", "inet:8890@127.0.0.1", 60)
EOF
PYTHONPATH=$W/root/usr/lib/python3/dist-packages LD_LIBRARY_PATH=$W/root/usr/lib/x86_64-linux-gnu \
    /usr/bin/python3 "$W/rules.py" > "$W/rules.log" 2>&1 &
sleep 2

# The receiving Postfix (mx.beta.test, mx.gamma.test, mx.delta.test).
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test gamma.test delta.test
virtual_mailbox_maps = inline:{ ron@beta.test=beta/ron/, rita@beta.test=beta/rita/, rosa@beta.test=beta/rosa/, ruth@beta.test=beta/ruth/, rex@beta.test=beta/rex/, dana@beta.test=beta/dana/, gina@gamma.test=gamma/gina/, dora@delta.test=delta/dora/ }
smtpd_restriction_classes = infected, spamhaus
infected = check_client_access static:{REJECT blocked you maybe infected}
spamhaus = reject_rbl_client sbl-xbl.spamhaus.org
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient, check_recipient_access inline:{ {dana@beta.test=450 4.7.1 Greylisted for 300 seconds}, gamma.test=infected, delta.test=spamhaus }
smtpd_milters = inet:127.0.0.1:8890" \
    "192.0.2.26:smtp inet n - n - - smtpd"

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rule1-1	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe invoice for March is attached as a link in our portal.\n\nCarol
rule2-1	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nplease confirm your account details for the choir trip by Friday.\n\nCarol
rule2-2	carol@alpha.test	rosa@beta.test	192.0.2.25	Rosa,\n\nthe raffle prize is ready to be collected from the hall.\n\nCarol
rule3-1	carol@alpha.test	ruth@beta.test	192.0.2.25	Ruth,\n\nour spring catalogue is out: ten per cent off all seeds this week.\n\nCarol
rule3-2	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe garden club newsletter for April is below.\n\nCarol
greylisted	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\ncan you bring the projector on Thursday?\n\nCarol
infected	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe minutes of the last meeting are below.\n\nCarol
spamhaus	carol@alpha.test	dora@delta.test	192.0.2.25	Dora,\n\nthe bus leaves at eight from the school gate.\n\nCarol
exim-rule1-1	pat@pi.test	ron@beta.test	192.0.2.35	Ron,\n\nthe scanned receipts are in the shared folder.\n\nPat
exim-rule2-1	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nyour parcel could not be delivered; the new slot is on Monday.\n\nPat
exim-rule2-2	pat@pi.test	rosa@beta.test	192.0.2.35	Rosa,\n\nthe lottery syndicate owes you two pounds.\n\nPat
exim-rule3-1	pat@pi.test	ruth@beta.test	192.0.2.35	Ruth,\n\nthe bakery has a two-for-one offer on Saturday.\n\nPat
exim-rule3-2	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe quiz night results are below.\n\nPat
exim-greylisted	pat@pi.test	dana@beta.test	192.0.2.35	Dana,\n\nthe keys are under the mat.\n\nPat
exim-infected	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe rota for May is below.\n\nPat
exim-spamhaus	pat@pi.test	dora@delta.test	192.0.2.35	Dora,\n\nthe library closes early on Wednesday.\n\nPat
SEND
# at once: 14 returns; after a minute two delay warnings (greylisted); after three minutes their two returns
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
for i in a b; do postfix -c "$W/$i" stop || true; done
