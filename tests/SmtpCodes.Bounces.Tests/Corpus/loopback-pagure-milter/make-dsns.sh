#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pagure-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Pagure's comment e-mail milter, the mail filter of Pagure (the git-centred forge of Fedora's pagure.io,
# Pierre-Yves Chibon and contributors; GPLv2+, its files/pagure.spec, "License: GPLv2+"; packaged as pagure-milters,
# hooked into Postfix with smtpd_milters). A reply to an issue's or a pull request's notification, sent to the address
# reply+<hash>@<the forge>, is taken by this milter at the end of the message and added as a comment through the forge's
# internal web endpoint; the milter refuses the message itself with the MTA's reply it sets (pymilter's setreply: code,
# enhanced code, text). Read with the search tool in the stored repository Pagure/pagure:
# pagure-milters/comment_email_milter.py at commit 086803a33e53 (PagureMilter.eom, handle_ticket_email,
# handle_request_email: every reply and when it is sent), pagure/internal/__init__.py at 02494c5e155a (the endpoints
# /pv/ticket/comment/ and /pv/pull-request/comment/ the milter calls, and the HTTP statuses they answer with:
# 400 'Invalid request', 403 'This issue is private and you are not allowed to view it', 404 'Issue not found' /
# 'Pull-request not found', 500 'Error when saving the request to the database'), files/pagure.spec at 00244fd490f4
# (the licence); only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are Pagure's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply as the milter makes the MTA send it (setreply's code, enhanced code and text, one line), after the final
# dot (the milter decides in eom, for the whole message):
#   "554 5.5.0 Replies to Pagure must have an In-Reply-To header field."   (the To or Cc header names a reply+ address
#       and the message has no In-Reply-To; logged "No In-Reply-To, can't process this message.") for reply+ira@ and
#       reply+ivo@ beta.test from the Postfix, reply+ian@beta.test from the Exim
#   "550 5.7.1 The sender address <ADDRESS> isn't recognized."   (pagure.lib.query.get_user found no user of the forge
#       with the From header's address; logged "Could not find an user in the DB associated with ..."), the address
#       the From header of each message gives: <carol@alpha.test> for reply+sam@beta.test, <pat@pi.test> for
#       reply+sid@beta.test
#   "550 5.7.1 Reply authentication failed."   (the hash in the reply+ address is none of the sha512 hashes of the
#       In-Reply-To, the forge's salt and one of the sender's addresses: "Ensure the user replied to his/her own
#       notification, not that they are trying to forge their ID into someone else's"; logged "Hash does not correspond
#       to the destination") for reply+ada@beta.test and reply+abe@beta.test
#   "554 5.3.5 Pagure couldn't determine how to handle the message."   (the In-Reply-To passed the hash check but names
#       neither a "-ticket-" nor a "-pull-request-" notification: "This is probably a bug, because it should be
#       impossible unless an attacker has acquired the secret salt or broken the hash algorithm") for reply+dee@ and
#       reply+dov@ beta.test
#   "554 5.3.0 The comment couldn't be added to the issue. HTTP status: 403 FORBIDDEN."   (handle_ticket_email: the
#       forge's endpoint answered the PUT with its status and reason, here 403, "This issue is private and you are not
#       allowed to view it"; Flask's Werkzeug writes the reason in capitals) for reply+pia@ and reply+pim@ beta.test
#   "554 5.3.0 The comment couldn't be added to the issue. HTTP status: 400 BAD REQUEST."   (the same, 400 "Invalid
#       request": the comment form failed, e.g. an empty comment) for reply+emi@beta.test
#   "554 5.3.0 The comment couldn't be added to the pull request. HTTP status: 500 INTERNAL SERVER ERROR."
#       (handle_request_email: 500 "Error when saving the request to the database") for reply+pru@beta.test
#   "451 4.4.1 The comment couldn't be added: <str(e)>"   (requests.ConnectionError: the milter could not reach the
#       forge's web application at APP_URL; the text is str() of the exception, here the real one that requests 2.34.2
#       with urllib3 2.7.0 raised for a PUT to http://localhost:5000/pv/ticket/comment/ (and .../pull-request/...) with
#       nothing listening, in a network namespace of its own on this machine: APP_URL http://localhost:5000/ is the
#       run's choice, the port of Flask's development server) for reply+net@beta.test (ticket) from the Postfix and
#       reply+nat@beta.test (pull request) from the Exim, to every attempt
# Not served: its "451 4.4.2 The comment couldn't be added: ..." for requests.ReadTimeout (the milter's PUT sets no
# timeout, so it is not raised) and "554 5.3.0 The comment couldn't be added: ..." for another requests.RequestException
# (an invalid APP_URL); its acceptances (the message added as a comment and dropped, or left to the MTA when it is not
# addressed to a reply+ address); the MTA's own replies.
# The replies are chosen by recipient, not by anything the senders did: no forge sent these notifications, the messages
# have no In-Reply-To at all, and nothing listens for the forge. The temporary reply comes on every attempt; each sender
# warns after a minute and returns the message after 3. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused).
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pagure-milter}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the milter's replies, after the final dot.
NO_IRT='554 5.5.0 Replies to Pagure must have an In-Reply-To header field.'
AUTH='550 5.7.1 Reply authentication failed.'
HOW="554 5.3.5 Pagure couldn't determine how to handle the message."
PRIVATE="554 5.3.0 The comment couldn't be added to the issue. HTTP status: 403 FORBIDDEN."
NET_TICKET="451 4.4.1 The comment couldn't be added: HTTPConnectionPool(host='localhost', port=5000): Max retries exceeded with url: /pv/ticket/comment/ (Caused by NewConnectionError(\"HTTPConnection(host='localhost', port=5000): Failed to establish a new connection: [Errno 111] Connection refused\"))"
NET_PR="451 4.4.1 The comment couldn't be added: HTTPConnectionPool(host='localhost', port=5000): Max retries exceeded with url: /pv/pull-request/comment/ (Caused by NewConnectionError(\"HTTPConnection(host='localhost', port=5000): Failed to establish a new connection: [Errno 111] Connection refused\"))"
printf '%s\t%s\t%s\n' \
    reply+ira@beta.test eom "$NO_IRT" \
    reply+ivo@beta.test eom "$NO_IRT" \
    reply+ian@beta.test eom "$NO_IRT" \
    reply+sam@beta.test eom "550 5.7.1 The sender address <carol@alpha.test> isn't recognized." \
    reply+sid@beta.test eom "550 5.7.1 The sender address <pat@pi.test> isn't recognized." \
    reply+ada@beta.test eom "$AUTH" \
    reply+abe@beta.test eom "$AUTH" \
    reply+dee@beta.test eom "$HOW" \
    reply+dov@beta.test eom "$HOW" \
    reply+pia@beta.test eom "$PRIVATE" \
    reply+pim@beta.test eom "$PRIVATE" \
    reply+emi@beta.test eom "554 5.3.0 The comment couldn't be added to the issue. HTTP status: 400 BAD REQUEST." \
    reply+pru@beta.test eom "554 5.3.0 The comment couldn't be added to the pull request. HTTP status: 500 INTERNAL SERVER ERROR." \
    reply+net@beta.test eom "$NET_TICKET" \
    reply+nat@beta.test eom "$NET_PR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-in-reply-to	carol@alpha.test	reply+ira@beta.test,reply+ivo@beta.test	192.0.2.25	Thanks, the patch works here too.\n\nCarol
sender-not-recognized	carol@alpha.test	reply+sam@beta.test	192.0.2.25	I can reproduce this on the 5.2 branch.\n\nCarol
reply-authentication	carol@alpha.test	reply+ada@beta.test	192.0.2.25	Closing this one as a duplicate of the other ticket.\n\nCarol
cannot-determine	carol@alpha.test	reply+dee@beta.test	192.0.2.25	+1, the build is green again.\n\nCarol
private-issue	carol@alpha.test	reply+pia@beta.test	192.0.2.25	The log from last night is below.\n\nCarol
empty-comment	carol@alpha.test	reply+emi@beta.test	192.0.2.25	-- \nCarol
web-app-unreachable	carol@alpha.test	reply+net@beta.test	192.0.2.25	Which version of pygit2 do you run?\n\nCarol
exim-no-in-reply-to	pat@pi.test	reply+ian@beta.test	192.0.2.35	Rebased on master, please have another look.\n\nPat
exim-sender-not-recognized	pat@pi.test	reply+sid@beta.test	192.0.2.35	The docs need the same change.\n\nPat
exim-reply-authentication	pat@pi.test	reply+abe@beta.test	192.0.2.35	Looks good to me.\n\nPat
exim-cannot-determine	pat@pi.test	reply+dov@beta.test	192.0.2.35	The test suite passes on Fedora 39.\n\nPat
exim-private-issue	pat@pi.test	reply+pim@beta.test	192.0.2.35	Same crash here, trace attached below.\n\nPat
exim-pull-request-server-error	pat@pi.test	reply+pru@beta.test	192.0.2.35	Squashed the fixup commits.\n\nPat
exim-web-app-unreachable	pat@pi.test	reply+nat@beta.test	192.0.2.35	Can we merge this before the release?\n\nPat
SEND
# twelve messages refused for good, returned at once (6 by the Postfix, 6 by the Exim), then for each of the two
# temporary replies a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
