#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-drweb: a receiving SMTP server (../loopback-replay.py) answers with the reject text
# that Doctor Web's documentation of Dr.Web for Microsoft Exchange Server gives for its anti-spam transport agent's
# RejectMessage response, as the page writes it, after a reply code the run chooses; a sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its
# own (../loopback-lib.sh), so it all ends with the run. The words are Doctor Web's (as its pages quote them); the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# The pages (read with the search tool): Dr.Web for Microsoft Exchange Server 11.0 documentation "Antispam Agent Actions
# on Deleting or Blocking a Message" (download.geo.drweb.com/pub/drweb/exchange/11.0/documentation/html/en/
# dw_disconnect_on_deleting_message.htm): "If a message is deleted as spam or blocked by filtering rules, antispam
# transport agent can either close the connection to the client or produce the RejectMessage response. ... false. The
# sender will receive the RejectMessage response containing the following text: Dr.Web AntiSpam Agent: Message was
# rejected as spam. This action is performed by default."; and 11.5's "Anti-Spam Transport Agents"
# (.../exchange/11.5/documentation/html/en/dw_transport_agent_anti-spam.htm): the agents "respond to SMTP event
# OnEndOfData", and a message deleted as spam or blocked gets "the RejectMessage response containing the following text:
# Dr.Web AntiSpam Agent: Message was rejected as spam".
# The selection (stated before the run, not by what any reader makes of the texts): the one text the pages quote, once
# from each sender, after the message's final dot (OnEndOfData). The pages give no reply code: "550 5.7.1" is the run's.
#   "550 5.7.1 Dr.Web AntiSpam Agent: Message was rejected as spam"   after the message to dora@beta.test
# The reply is chosen by recipient, not by anything the senders did: their hosts have PTR records, their domains MX
# records, and the messages carry no spam.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-drweb}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Doctor Web's text after the run's code.
printf '%s\t%s\t%s\n' \
    dora@beta.test eom '550 5.7.1 Dr.Web AntiSpam Agent: Message was rejected as spam' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-as-spam	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe seating plan for the dinner is below.\n\nCarol
exim-rejected-as-spam	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe minutes of the board meeting are below.\n\nPat
SEND
# two permanent refusals, returned at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
