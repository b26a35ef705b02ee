#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-discord-email-bridge: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of DiscordEmailBridge, GGG-KILLER's bridge in C# that takes mail over SMTP and posts it to Discord
# webhooks ("a really cursed project that I wrote for my home server because most tools will only do e-mail", its
# README; the repository GGG-KILLER/DiscordEmailBridge, no licence file read; read with the search tool; only the reply
# texts are quoted). It runs cosullivan's SmtpServer library (src/DiscordEmailBridge.csproj, commit 41bb99900010:
# SmtpServer 9.0.1, MimeKitLite 3.1.1, Discord.Net.Webhook 3.3.0) with the library's default mailbox filter and user
# authenticator (src/Program.cs, commit 41bb99900010: MailboxFilter.Default, UserAuthenticator.Default), so every
# sender and recipient is accepted, and its own message store, src/Smtp/MessageStore.cs (commit 41bb99900010,
# MessageStore.SaveAsync), whose code writes the words of every reply below, after the message: it parses the message
# with MimeKit, refuses a From header that does not hold exactly one address and one that holds a group instead of a
# mailbox, looks each To, Cc and Bcc address of the header up among the configured webhooks (an address without one is
# skipped and logged) and posts the text body and the attachments to each webhook found, under the sender's display
# name; an exception from the posting is answered with a refusal. SmtpServer writes a store's SmtpResponse as
# "<(int)ReplyCode> <Message>" (Src/SmtpServer/IO/PipeWriterExtensions.cs, WriteReplyAsync; the DATA command replies
# with what SaveAsync returns, Src/SmtpServer/Protocol/DataCommand.cs), no enhanced code; its SmtpReplyCode enum
# (Src/SmtpServer/Protocol/SmtpReplyCode.cs) gives Error = 471 and MailboxUnavailable = 550:
#   new SmtpResponse(SmtpReplyCode.Error, "Too many senders.")   when message.From.Count != 1 (no From address, or
#                              more than one), so "471 Too many senders." (a temporary code);
#   new SmtpResponse(SmtpReplyCode.Error, "Invalid sender.")     when the one From entry is not a MailboxAddress (a
#                              group), so "471 Invalid sender.";
#   new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Error, maybe being rate-limited?")   when sending the message
#                              or its files to a Discord webhook threw (the log line: "Failed to send email message to
#                              discord."), so "550 Error, maybe being rate-limited?".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DiscordEmailBridge's (in SmtpServer's frame); the DSNs are made.
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
#   "471 Too many senders."                   after the message, to every attempt, for tom@ and tia@ beta.test
#   "471 Invalid sender."                     after the message, to every attempt, for ivy@ and ian@ beta.test
#   "550 Error, maybe being rate-limited?"    after the message, for rae@ and rob@ beta.test
# Not served: SmtpServer's own greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO are
# used; the library's syntax, sequence, size and "554 no valid recipients given" replies are not the bridge's words),
# the bare "554" the library sends when SaveAsync throws (a message MimeKit cannot parse), and the 250 for a message
# none of whose header addresses has a webhook (it is accepted and dropped).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient, a From header
# with one mailbox and a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-discord-email-bridge}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DiscordEmailBridge's replies in SmtpServer's frame.
SENDERS='471 Too many senders.'
INVALID='471 Invalid sender.'
WEBHOOK='550 Error, maybe being rate-limited?'
printf '%s\t%s\t%s\n' \
    tom@beta.test eom "$SENDERS" \
    tia@beta.test eom "$SENDERS" \
    ivy@beta.test eom "$INVALID" \
    ian@beta.test eom "$INVALID" \
    rae@beta.test eom "$WEBHOOK" \
    rob@beta.test eom "$WEBHOOK" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-senders	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe boathouse key is under the mat.\n\nCarol
invalid-sender	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe hay is in before the storm.\n\nCarol
maybe-rate-limited	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe parish magazine goes out on Monday.\n\nCarol
exim-too-many-senders	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe kite is caught in the oak.\n\nPat
exim-invalid-sender	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe well cover wants a new hinge.\n\nPat
exim-maybe-rate-limited	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe skittles match is on Saturday.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the two
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
