namespace SmtpCodes
{
    /// <summary>
    /// The words by which a message shows it is a bounce, a delay warning or an auto-reply when it has no
    /// machine-readable part. Each list names the MTA or document whose text it comes from; they are matched
    /// case-insensitively as substrings of a subject, a sender or the first part of a body.
    /// </summary>
    internal static class SmtpBouncePhrases
    {
        /// <summary>Local parts and display names of the senders of bounces (RFC 5321 section 4.5.5 postmaster; MTAs' daemons).</summary>
        internal static readonly string[] DaemonSenders =
        {
            "mailer-daemon", "mailer_daemon", "mail-daemon", "maildaemon", "postmaster", "mail delivery", "delivery subsystem",
            "mdaemon", "mail administrator", "mail.delivery.system", "e500_smtp_mail_service", "jetmail system",
        };

        /// <summary>Subjects of bounces: Postfix, Exim, Sendmail, qmail, Exchange/Office 365, Gmail, Yahoo, Domino, GroupWise, MDaemon.</summary>
        internal static readonly string[] FailureSubjects =
        {
            "undeliver", "undelivered", "delivery status notification", "delivery failure", "delivery failed", "failure notice",
            "returned mail", "returned to sender", "mail delivery failed", "could not be delivered", "not delivered", "non-delivery",
            "nondeliverable", "non deliverable", "delivery problem", "delivery notification", "mail error", "unable to deliver",
            "delivery report", "permanent failure", "delivery has failed", "warning: could not send", "delayed mail", "delivery delayed",
            "message delayed", "mail system error", "unknown user", "user unknown", "unzustellbar", "nicht zustellbar", "non remis",

            // Exchange's Italian and Swedish NDR subjects (Sisimai's Exchange 2007 decoder, Lhost::Exchange2007, reads
            // them beside "Undeliverable" and the French "Non remis"; go-sisimai adds the Swedish one).
            "non recapitabile", "olevererbart",
        };

        /// <summary>Opening sentences of bounce bodies (the same MTAs), for messages whose header says nothing or is missing.</summary>
        internal static readonly string[] FailureBodies =
        {
            "this is the mail system at host", "this is the qmail-send program", "could not be delivered", "couldn't be delivered",
            "was not delivered", "wasn't delivered", "delivery has failed", "delivery to the following recipient", "failed permanently",
            "the following address(es) failed", "unable to deliver", "could not deliver", "undeliverable", "permanent error",
            "message could not be sent", "has not been delivered", "your message did not reach", "i'm afraid i wasn't able to deliver",
            "this is a permanent error", "the following addresses had permanent fatal errors", "delivery failed", "returned mail",

            // Exchange's administrators' section, the same in every language of its NDRs; Gmail's headings of its notices.
            "remote server returned '", "** address not found **", "** delivery incomplete **", "there was a temporary problem delivering",

            // Exchange 2007 and later head the administrators' part of an NDR so in English, French, Italian and Swedish
            // (the markers of Sisimai's Lhost::Exchange2007; go-sisimai's Swedish one, "Diagnostisk information f", stops
            // before the first letter outside ASCII), where its report is text without a delivery-status part.
            "diagnostic information for administrators", "informations de diagnostic pour les administrateurs",
            "informazioni di diagnostica per gli amministratori", "diagnostisk information f",

            // Dovecot's refusal notices, its Sieve interpreter's reject (RFC 5429) and its LDA's ("Your message to <a@b>
            // was automatically rejected:"), which carry "Auto-Submitted: auto-replied (rejected)" and come from whatever
            // its postmaster_address setting holds: a refusal, not a responder's reply.
            "was automatically rejected:",

            // MailScanner's notices to the sender of a message it stopped, which it sums up under this heading (its
            // sender.*.report.txt: "Our virus detector has just been triggered by a message you sent:-"; in German,
            // French and Spanish "... durch eine Nachricht von Ihnen ausgelöst:" or "... von einer von Ihnen gesandten
            // Nachricht ausgelöst:", "... le courriel que vous venez d'envoyer:", "... por un mensaje enviado por Usted:").
            "a message you sent:-", "nachricht von ihnen ausgelöst:", "gesandten nachricht ausgelöst:", "vous venez d'envoyer:",
            "mensaje enviado por usted:",

            // Taylor UUCP's uuxqt notice that rmail did not take the mail ("Execution request failed:", "Your execution
            // request failed because you are not permitted to execute rmail"), over rmail's command line, whose
            // arguments are the recipients (SmtpPlainTextRecipients' summary headings).
            "execution request failed",
        };

        /// <summary>Delay warnings: Postfix "Delayed Mail (still being retried)", Sendmail "Warning: could not send message" (for past N hours), Exim "Mail delivery deferred", Exchange "Delivery Status Notification (Delay)".</summary>
        internal static readonly string[] DelayWords =
        {
            "delayed mail", "still being retried", "warning: could not send", "has not yet been delivered", "not yet been delivered",
            "will continue trying", "will keep trying", "will be retried", "will retry", "delivery delayed", "message delayed",
            "(delay)", "delivery is delayed", "mail delivery deferred", "this is a warning message only", "this is only a warning",
            "have not been able to deliver", "is delayed", "will continue to be made", "continue to try", "has been postponed",
            "delivery warning", "advisory-only",

            // Sendmail's queue warning says how long it has tried, "Warning: could not send message for past 4 hours"
            // (development loopback-mtas/sendmail-unreachable-delayed, lhost-sendmail-55), where its final return says
            // "Cannot send message for 5 days" and nullmailer's "Could not send message": "for past" is the warning's.
            // Sisimai's unnamed X1 MTA writes the same subject as "Warning--Could not send mail for past 8.5 hours".
            "could not send message for past", "could not send mail for past",
        };

        /// <summary>
        /// Subjects of automatic replies (RFC 3834 section 3.1.5 suggests "Auto:"; Outlook, Exchange, vacation(1));
        /// "auto response" as Sisimai::RFC3834 knows a responder's subject ("auto response:", go-sisimai rfc3834/lib.go),
        /// without the colon, as "auto reply" is matched.
        /// </summary>
        internal static readonly string[] AutoReplySubjects =
        {
            "auto:", "auto reply", "autoreply", "auto-reply", "auto response", "automatic reply", "automatische antwort", "out of office", "out of the office",
            "abwesenheit", "vacation", "réponse automatique", "respuesta automática", "risposta automatica", "autosvar", "away from",
        };

        /// <summary>
        /// Header fields by which responders mark their replies besides RFC 3834's "Auto-Submitted: auto-replied": a
        /// field's name alone, or a name and a word its value contains. "Precedence: auto_reply" (the development message
        /// flufl.bounce/qmail_08's responder); "X-Apple-Action: vacation" (Apple's vacation reply, one of
        /// Sisimai::RFC3834's auto-reply fields); X-Autoreply and X-Autorespond (kept from the reader's first rules: common
        /// in responders' output, though no MTA's documentation of them was found); Mailtraq's "X-POST-MessageClass: 9;
        /// Autoresponder" (as Apache Allura's mail utilities know Mailtraq's responder: Allura/allura/tests/test_mail_util.py,
        /// test_mailtraq, Apache-2.0; the same field and word in other projects' lists of responder fields).
        /// </summary>
        internal static readonly string[][] AutoReplyFields =
        {
            new[] { "Precedence", "auto_reply" }, new[] { "X-Apple-Action", "vacation" }, new[] { "X-Autoreply" }, new[] { "X-Autorespond" },
            new[] { "X-POST-MessageClass", "autoresponder" },
        };

        /// <summary>
        /// Subjects of complaints that are not ARF reports: Microsoft's Junk Mail Reporting Program (Outlook.com, Hotmail)
        /// sends "complaint about message from &lt;ip&gt;" from staff@hotmail.com with the reported message attached as
        /// message/rfc822 (Sisimai's feedback decoder matches the same subject, marked "Hotmail": p5-sisimai
        /// Sisimai::ARF, go-sisimai's lhost.OrderBySubject test).
        /// </summary>
        internal static readonly string[] ComplaintSubjects =
        {
            "complaint about message from",
        };

        /// <summary>
        /// Subjects of DMARC failure reports (RFC 7489 7.3) in an MTA's own plain-text format, not ARF: Exim writes
        /// "DMARC Forensic Report for &lt;domain&gt; from IP &lt;ip&gt;" over "A message claiming to be from you has failed the
        /// published DMARC policy for your domain." and the message's headers (src/moan.c, ERRMESS_DMARC_FORENSIC;
        /// src/dmarc.c, dmarc_send_forensic_report), marked "Auto-Submitted: auto-replied" like all its notices.
        /// </summary>
        internal static readonly string[] FailureReportSubjects =
        {
            "dmarc forensic report for",
        };

        /// <summary>Lines after which a plain-text bounce quotes the returned message (Postfix, Exim, qmail, Sendmail, Yahoo, Jetmail, ...).</summary>
        internal static readonly string[] ReturnedMessageMarkers =
        {
            "original message follows", "below this line is a copy of the message", "this is a copy of the message",
            "--- original message", "----- original message", "-----original message-----", "original message header",
            "header of the source mail", "header of the original message", "unsent message below", "message headers follow",
            "text of the original message", "returned message follows", "---- message removed", "original message headers",
            "original message -----", "content-type: message/rfc822",
        };

        /// <summary>The words of which every <see cref="ReturnedMessageMarkers"/> entry contains one (a test keeps the list to that).</summary>
        internal const string MarkerWordMessage = "message";

        /// <summary>The other marker word (see <see cref="MarkerWordMessage"/>).</summary>
        internal const string MarkerWordHeader = "header";

        /// <summary>
        /// A necessary condition for <see cref="ReturnedMessageMarkers"/>: the line mentions one of the marker words
        /// (SmtpPlainTextRecipients.ReturnedMessageStart finds them by one forward search over the text).
        /// </summary>
        internal static bool MayBeReturnedMessageMarker(SmtpMimeText text, int start, int end)
        {
            return end - start >= 6
                && (text.IndexOf(MarkerWordMessage, start, end - start, global::System.StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf(MarkerWordHeader, start, end - start, global::System.StringComparison.OrdinalIgnoreCase) >= 0);
        }

        /// <summary>
        /// How MTAs say that a failure ended their retries (the message expired in the queue), each as the words before
        /// a count and the words after it (empty: no count follows). Postfix defers mail to a destination it has marked
        /// dead with "delivery temporarily suspended: ..." (qmgr_defer.c, defer_append) without trying it, so a final
        /// failure with those words is the queue lifetime's end; Exim appends ": retry timeout exceeded" to the last
        /// deferral's reason when an address's retry time ran out (retry.c); IMail: "Delivery failed 20 attempts" (go-sisimai
        /// lhost/via-imailserver.go reads "Delivery failed " as expired); Mimecast: "This condition occurred after 30
        /// attempt(s) to deliver over a period of 92 hour(s)" (Mimecast's delivery queue bounces a message after 30
        /// attempts or 96 hours by default); Sendmail's queue return (envelope.c, and RFC 3464's example): "Cannot send
        /// message for 5 days", "Message could not be delivered for 5 days"; qmail's queue lifetime (qmail-send.c): "I'm
        /// not going to try again; this message has been in the queue too long."
        /// </summary>
        internal static readonly string[][] RetriesRanOut =
        {
            new[] { "delivery temporarily suspended", string.Empty },
            new[] { "retry timeout exceeded", string.Empty },
            new[] { "delivery failed ", " attempt" },
            new[] { "after ", " attempt" },
            new[] { "cannot send message for ", " " },
            new[] { "could not be delivered for ", " " },
            new[] { "this message has been in the queue too long", string.Empty },
        };

        // OpenSMTPD's error text for an envelope its queue dropped when its lifetime ran out (smtpd/queue.c).
        internal static readonly string[] DroppedEnvelope = { "Envelope expired" };

        /// <summary>Whether the text from start to end says the MTA's retries ran out (<see cref="RetriesRanOut"/>): the words, then a count of more than one where the entry has one.</summary>
        internal static bool SaysRetriesRanOut(SmtpMimeText text, int start, int end)
        {
            for (int i = 0; i < RetriesRanOut.Length; i++)
            {
                string before = RetriesRanOut[i][0];
                string after = RetriesRanOut[i][1];
                int from = start;
                while (end - from >= before.Length)
                {
                    int at = text.IndexOf(before, from, end - from, global::System.StringComparison.OrdinalIgnoreCase);
                    if (at < 0)
                    {
                        break;
                    }

                    from = at + before.Length;
                    int countEnd = CountEnd(text, from, end);
                    if (after.Length == 0 || (IsMoreThanOne(text, from, countEnd) && SmtpMimeText.StartsWithIgnoreCase(text, countEnd, end, after)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // The end of the ASCII digits that start at index (index itself when none does).
        private static int CountEnd(SmtpMimeText text, int index, int end)
        {
            while (index < end && text[index] >= '0' && text[index] <= '9')
            {
                index++;
            }

            return index;
        }

        // Whether the digits from start to end count more than one: "Delivery failed 1 attempts" is a failure at the
        // first attempt, not the end of retries.
        private static bool IsMoreThanOne(SmtpMimeText text, int start, int end)
        {
            while (start < end - 1 && text[start] == '0')
            {
                start++;
            }

            return end - start > 1 || (end - start == 1 && text[start] > '1');
        }

        internal static bool ContainsAny(string text, string[] phrases)
        {
            for (int i = 0; i < phrases.Length; i++)
            {
                if (text.IndexOf(phrases[i], global::System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        internal static bool ContainsAny(SmtpMimeText text, int start, int end, string[] phrases)
        {
            for (int i = 0; i < phrases.Length; i++)
            {
                if (end - start >= phrases[i].Length && text.IndexOf(phrases[i], start, end - start, global::System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
