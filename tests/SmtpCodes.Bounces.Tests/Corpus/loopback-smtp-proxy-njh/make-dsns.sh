#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-proxy-njh: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of Nigel Horne's "Simple SMTP Proxy" (GitHub nigelhorne/smtp-proxy, the Perl script `smtp-proxy`, read
# with the search tool at commit 07b006c0df7d, and its configuration example `smtp-proxy.config`), a filtering SMTP
# proxy that stands in front of a site's own mail server: it refuses clients by the country of their IP address, checks
# each recipient against the site's domains and users, runs each message through ClamAV, SpamAssassin and a DKIM check,
# and forwards what passes to the real mail server (its `forward_to`). Its replies come from the Perl module
# Net::Server::Mail::SMTP, which writes each callback's code and text joined by one space. A sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the proxy's as
# its source writes them; the DSNs are made. Licence of the source: its own terms ("Personal single user, single
# computer use: GPL2"; any other use needs the author's written licence); only the reply texts are quoted here.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Every reply served, where the source writes it and what the source does there (the site of the run: the proxy takes
# mail for beta.test, its local_domains; its forward_to, the site's own mail server, is mailhost.beta.test:25):
#   "554 5.7.1 We don't accept emails from Russian Federation"
#       Written to a new connection, before any greeting, when the client's IP address (looked up with Geo::IP, whois
#       and the IANA whois) belongs to a country of the configuration's [countries] list (RU=deny in the example; the
#       name is Locale::Country's code2country), and the connection is closed. Instead of the greeting, to the
#       Postfix's second address (192.0.2.24, the client for gamma.test): gil@, gus@gamma.test. Served to every
#       attempt; Postfix skips a server whose greeting is a 5xx reply and tries again later, so it warns after a minute
#       and returns the message after 3.
#   "451 4.7.1 Can't determine the country for IP 192.0.2.34"
#       Written the same way when no lookup gives the client's country ("Should tempfail ... In the realworld, there is
#       an argument for REJECT here"), and the connection is closed. Instead of the greeting, to the Exim's second
#       address (192.0.2.34, the client for gamma.test; the address filled in): gil@, gus@gamma.test. Served to every
#       attempt, so the Exim warns after a minute and returns the message after 3.
#   "554 rita: Recipient address rejected: Unknown user" (and "554 rob: ...")
#       The RCPT callback: the recipient's local part (Mail::Address's user(), not the whole address) has no entry in
#       the proxy's table of users (its own list, /etc/aliases and the configuration's [aliases]). To RCPT TO:
#       rita@, rob@beta.test, from both senders.
#   "554 <dan@delta.test>: Recipient address rejected: Relay access denied to 'delta.test'" (and dot@)
#       The RCPT callback: the recipient's domain is not one of local_domains; the address is the RCPT TO argument as
#       Net::Server::Mail::SMTP passes it, angle brackets included. To RCPT TO: dan@, dot@delta.test (a third domain
#       whose MX is the proxy), from both senders.
#   "554 Not forwarding your spam or virus"
#       The DATA callback, after the final dot: ClamAV found a virus, or SpamAssassin (`spamc -c` in the example) called
#       the message spam, or the DKIM verifier's result is "fail" (the same words for all three). After the message for
#       sam@ (and sue@, in the Postfix's message) beta.test.
#   "471 Temporary problem connecting to mailhost.beta.test:25, try again later"
#       The DATA callback, after the final dot: the proxy cannot open its SMTP connection to forward_to, the site's own
#       mail server (a 4xx code, 471, as the source writes it). After the message for fay@beta.test, from both senders;
#       served to every attempt, so each sender warns after a minute and returns the message after 3.
#   "554 You don't have permission to send e-mail to <pam@beta.test>"
#       The DATA callback, after the final dot: the proxy would forward to this recipient unchanged (no masquerade_as)
#       and the client is not on a private or loopback address. After the message for pam@beta.test, from both senders.
#   "554 Something went wrong"
#       The DATA callback, after the final dot: handing the message to forward_to (Net::SMTP's data()) failed. After the
#       Postfix's message for wes@beta.test.
# Changed: the two refusals written before the greeting are written by the source as `print $conn 554, "5.7.1", "..."`,
# which joins the code, the enhanced code and the text without any separator and ends the line with LF only; they are
# served as the three parts the source means, separated by spaces, with CRLF. Not served: "513 Syntax error." (a
# recipient without a domain; the senders send none), "554 Error: no valid sender" and "554 Error: no valid recipients"
# (the senders always give both), the replies for aliases to a pipe or a file ("451 ...: piped output not yet supported,
# try again later", "451 Couldn't open ... for writing"), "471 Temporary problem sending to ..., try again later" and
# "554 Can't send to ..." (the server behind the proxy refusing a recipient), and the companion script `smtp-server`'s
# variants (its relay refusal lacks the domain).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server (also delta.test's MX).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-proxy-njh}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the proxy's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "554 5.7.1 We don't accept emails from Russian Federation" \
    client:192.0.2.34 connect "451 4.7.1 Can't determine the country for IP {client}" \
    rita@beta.test rcpt '554 rita: Recipient address rejected: Unknown user' \
    rob@beta.test rcpt '554 rob: Recipient address rejected: Unknown user' \
    dan@delta.test rcpt "554 <dan@delta.test>: Recipient address rejected: Relay access denied to 'delta.test'" \
    dot@delta.test rcpt "554 <dot@delta.test>: Recipient address rejected: Relay access denied to 'delta.test'" \
    sam@beta.test eom '554 Not forwarding your spam or virus' \
    fay@beta.test eom '471 Temporary problem connecting to mailhost.beta.test:25, try again later' \
    pam@beta.test eom "554 You don't have permission to send e-mail to <pam@beta.test>" \
    wes@beta.test eom '554 Something went wrong' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
country-refused	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe crates for the Riga order leave on Friday.\n\nCarol
unknown-user	carol@alpha.test	rita@beta.test,rob@beta.test	192.0.2.25	Rita, Rob,\n\nthe canteen menu for next week is below.\n\nCarol
relay-denied	carol@alpha.test	dan@delta.test,dot@delta.test	192.0.2.25	Dan, Dot,\n\nthe invoice for March went out this morning.\n\nCarol
spam-or-virus	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe fire drill is at ten on Wednesday.\n\nCarol
forward-host-down	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe boiler service is booked for Tuesday.\n\nCarol
no-permission	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe new badges are at reception.\n\nCarol
something-went-wrong	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe quarterly figures are ready for review.\n\nCarol
exim-country-unknown	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe loading bay is closed on Saturday.\n\nPat
exim-unknown-user	pat@pi.test	rita@beta.test,rob@beta.test	192.0.2.35	Rita, Rob,\n\nthe parking permits were renewed.\n\nPat
exim-relay-denied	pat@pi.test	dan@delta.test,dot@delta.test	192.0.2.35	Dan, Dot,\n\nthe samples were posted yesterday.\n\nPat
exim-spam-or-virus	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe training room is free after two.\n\nPat
exim-forward-host-down	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe window cleaners come on Monday.\n\nPat
exim-no-permission	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe courier collects at four.\n\nPat
SEND
# ten returns at once, then a warning after a minute and a return after 3 for gamma.test and for fay@ from each sender
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
