namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// Reads the fields of a <c>message/delivery-status</c> (RFC 3464) or <c>message/global-delivery-status</c> (RFC 6533)
    /// part: one group of per-message fields, then one group per recipient, separated by blank lines. Real reports bend
    /// the format (per-recipient fields in the first group, extra blank lines inside a group, "failure" for "failed"),
    /// so a group is a recipient's as soon as it names one.
    /// </summary>
    internal static class SmtpDeliveryStatusReader
    {
        /// <summary>
        /// Reads the part's groups into <paramref name="into"/>, one per recipient, and the per-message fields the report
        /// gives (Reporting-MTA, Arrival-Date) into <paramref name="message"/>.
        /// </summary>
        internal static void Read(SmtpMimeText text, int start, int end, ref SmtpBounceMessageFields message, List<SmtpBounceRecipientFields> into)
        {
            int position = start;
            SmtpMimeHeaderList group = SmtpMimeArena.HeaderList();
            while (position < end)
            {
                int next = SmtpMimeHeaderList.Parse(text, position, end, group);
                if (next <= position)
                {
                    // Not a field line: skip it so that the loop always moves on.
                    SmtpMimeLines.LineEnd(text, position, end, out next);
                }

                int secondRecipient = group.SecondFieldStart("Final-Recipient");
                if (secondRecipient > position)
                {
                    // Two recipients' fields without the blank line between them: a second Final-Recipient starts the
                    // next recipient's group (RFC 3464 2.3.2 allows one per group).
                    SmtpMimeHeaderList.Parse(text, position, secondRecipient, group);
                    next = secondRecipient;
                }

                position = next;
                if (message.ReportingMta.Length == 0 && group.Has("Reporting-MTA"))
                {
                    SmtpMimeText field = group.Find("Reporting-MTA", out int fieldStart, out int fieldEnd);
                    message.ReportingMta = AfterType(field, fieldStart, fieldEnd);
                }

                if (!message.ArrivalDate.HasValue && group.Has("Arrival-Date"))
                {
                    SmtpMimeText field = group.Find("Arrival-Date", out int fieldStart, out int fieldEnd);
                    message.ArrivalDate = SmtpDateTime.Parse(field, fieldStart, fieldEnd);
                }

                if (group.Has("Final-Recipient") || group.Has("Original-Recipient"))
                {
                    if (into.Count >= SmtpBounceReader.MaxRecipients)
                    {
                        // The rest of a hostile report is not read (SmtpBounceReader.MaxRecipients says why).
                        break;
                    }

                    into.Add(ReadRecipient(group, into));
                }
                else if (into.Count > 0 && (group.Has("Action") || group.Has("Status") || group.Has("Diagnostic-Code")))
                {
                    // A group split by a stray blank line: its fields belong to the recipient before it.
                    SmtpBounceRecipientFields last = into[into.Count - 1];
                    Complete(ref last, group, into);
                    into[into.Count - 1] = last;
                }
            }
        }

        /// <summary>
        /// Where a report's fields lie inside a text body: a relay that forwards a bounce as text (OCN's notice quotes
        /// Postfix's whole DSN below an mbox separator, in text/plain) keeps the report's fields as lines of the text.
        /// The block starts at the last <c>Reporting-MTA</c> line before the first <c>Final-Recipient</c> line (or at that
        /// line) and ends at the next MIME boundary line (<c>--</c>) or the text's end; it is a report only if it has an
        /// <c>Action</c> or <c>Status</c> line after its <c>Final-Recipient</c> (RFC 3464 2.3: both are required).
        /// </summary>
        internal static bool TryFindQuoted(SmtpMimeText text, int start, int end, out int reportStart, out int reportEnd)
        {
            reportStart = -1;
            reportEnd = end;
            int reportingMta = -1;
            bool hasOutcome = false;
            int position = start;
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                if (reportStart < 0)
                {
                    if (SmtpMimeText.StartsWithIgnoreCase(text, position, lineEnd, "Reporting-MTA:"))
                    {
                        reportingMta = position;
                    }
                    else if (SmtpMimeText.StartsWithIgnoreCase(text, position, lineEnd, "Final-Recipient:"))
                    {
                        reportStart = reportingMta >= 0 ? reportingMta : position;
                    }
                }
                else if (SmtpMimeText.StartsWithIgnoreCase(text, position, lineEnd, "--"))
                {
                    reportEnd = position;
                    break;
                }
                else if (SmtpMimeText.StartsWithIgnoreCase(text, position, lineEnd, "Action:") || SmtpMimeText.StartsWithIgnoreCase(text, position, lineEnd, "Status:"))
                {
                    hasOutcome = true;
                }

                position = next;
            }

            return reportStart >= 0 && hasOutcome;
        }

        private static SmtpBounceRecipientFields ReadRecipient(SmtpMimeHeaderList group, List<SmtpBounceRecipientFields> earlier)
        {
            SmtpBounceRecipientFields recipient = SmtpBounceRecipientFields.Empty;
            recipient.FinalRecipient = AddressAfterType(group, "Final-Recipient", earlier);
            recipient.OriginalRecipient = AddressAfterType(group, "Original-Recipient", earlier);
            if (recipient.FinalRecipient.Length == 0)
            {
                recipient.FinalRecipient = recipient.OriginalRecipient;
            }

            Complete(ref recipient, group, earlier);
            return recipient;
        }

        // Each field is read in place where the group has it: only the values a recipient keeps become strings.
        private static void Complete(ref SmtpBounceRecipientFields recipient, SmtpMimeHeaderList group, List<SmtpBounceRecipientFields> earlier)
        {
            int start;
            int end;
            SmtpMimeText text = group.Find("Action", out start, out end);
            if (end > start)
            {
                int word = ActionWord(text, start, end);
                recipient.Action = ActionOf(word);
                recipient.ActionSaysExpired = word >= 0 && ActionWords[word] == ExpiredAction;
            }

            text = group.Find("Status", out start, out end);
            if (end > start)
            {
                TokenBounds(text, ref start, ref end);
                recipient.StatusText = new SmtpTextRange { Text = text, Start = start, End = end };
            }

            text = group.Find("Remote-MTA", out start, out end);
            if (group.Has("Remote-MTA"))
            {
                recipient.RemoteMta = Kept(earlier, text, AfterTypeStart(text, start, end), end);
            }

            text = group.Find("Diagnostic-Code", out start, out end);
            if (group.Has("Diagnostic-Code"))
            {
                ReadDiagnostic(text, start, end, ref recipient, earlier);
            }
            else if (SupplementaryDiagnostic(group, out text, out start, out end))
            {
                ReadDiagnostic(text, start, end, ref recipient, earlier);
            }

            text = group.Find("Last-Attempt-Date", out start, out end);
            if (group.Has("Last-Attempt-Date"))
            {
                // Read where it lies: the date is returned as a value, the field's text is not kept.
                recipient.LastAttemptDate = SmtpDateTime.Parse(text, start, end);
            }
        }

        /// <summary>A Diagnostic-Code's value: its type before the semicolon (<c>smtp</c>, <c>X-Postfix</c>) and its text.</summary>
        internal static void ReadDiagnostic(SmtpMimeText text, int start, int end, ref SmtpBounceRecipientFields recipient, List<SmtpBounceRecipientFields> earlier)
        {
            int semicolon = end > start ? text.IndexOf(';', start, end - start) : -1;
            if (semicolon > start && semicolon - start < 24 && text.IndexOf(' ', start, semicolon - start) < 0)
            {
                recipient.DiagnosticType = Kept(earlier, text, start, semicolon);
                recipient.DiagnosticText = Kept(earlier, text, semicolon + 1, end);
            }
            else
            {
                recipient.DiagnosticText = Kept(earlier, text, start, end);
            }
        }

        // Exchange and Outlook.com write a per-recipient "X-Supplementary-Info" field, and some of their reports give the
        // remote reply only there (Hotmail's "< #5.5.0 smtp;550 Requested action not taken: mailbox unavailable ...>").
        // [MS-OXCMAIL] 2.2.3.7.1 gives its form: "<" [remote-mta] SP "#" status [SP diagnostic-code] ">", where the
        // diagnostic-code is the Diagnostic-Code field's value. Where the group has no Diagnostic-Code of its own, that
        // part is read as one; a value without it (or of another form) gives nothing.
        private static bool SupplementaryDiagnostic(SmtpMimeHeaderList group, out SmtpMimeText text, out int start, out int end)
        {
            text = group.Find("X-Supplementary-Info", out start, out end);
            SmtpMimeText.TrimWhiteSpace(text, ref start, ref end);
            if (end - start < 2 || text[start] != '<' || text[end - 1] != '>')
            {
                return false;
            }

            // The status starts after the '#' and any blanks a fold left there; the diagnostic-code after the blank that
            // ends it.
            int hash = text.IndexOf('#', start + 1, end - 1 - (start + 1));
            int status = hash < 0 ? -1 : SmtpMimeText.TrimStart(text, hash + 1, end - 1, SmtpMimeText.BlanksAndLineBreaks);
            int afterStatus = status < 0 || status >= end - 1 ? -1 : text.IndexOfAny(SmtpMimeText.BlanksAndLineBreaks, status, end - 1 - status);
            if (afterStatus < 0)
            {
                return false;
            }

            start = afterStatus;
            end--;
            SmtpMimeText.TrimWhiteSpace(text, ref start, ref end);
            return end > start;
        }

        // A field's value trimmed (SmtpMimeText.Trim), or the string of an earlier group that holds it written the same:
        // a report that repeats a recipient (Sendmail's one group per alias expansion) repeats its diagnostic too, and a
        // group split from its recipient's by a stray blank line (Read) may repeat the fields the recipient has. Only the
        // first group of a recipient is returned (SmtpBounceReader.IsFirstGroupOf), so a second string of the same text
        // would be working memory.
        private static string Kept(List<SmtpBounceRecipientFields> earlier, SmtpMimeText text, int start, int end)
        {
            SmtpMimeText.TrimWhiteSpace(text, ref start, ref end);
            return Earlier(earlier, text, start, end) ?? SmtpMimeText.Trim(text, start, end);
        }

        // SendGrid writes "Action: expired" for a message it gave up on (rb-sisimai lib/sisimai/lhost/sendgrid.rb reads
        // that action as the reason expired): a failure, whose reason ActionSaysExpired lets the reader keep.
        private const string ExpiredAction = "expired";

        private static readonly string[] ActionWords = { "failed", "failure", "fail", "delayed", "delay", "delivered", "relayed", "expanded", ExpiredAction };

        private static readonly SmtpDeliveryAction[] ActionOfWord =
        {
            SmtpDeliveryAction.Failed, SmtpDeliveryAction.Failed, SmtpDeliveryAction.Failed, SmtpDeliveryAction.Delayed,
            SmtpDeliveryAction.Delayed, SmtpDeliveryAction.Delivered, SmtpDeliveryAction.Relayed, SmtpDeliveryAction.Expanded,
            SmtpDeliveryAction.Failed,
        };

        internal static SmtpDeliveryAction ParseAction(SmtpMimeText text, int start, int end)
        {
            return ActionOf(ActionWord(text, start, end));
        }

        private static SmtpDeliveryAction ActionOf(int word)
        {
            return word < 0 ? SmtpDeliveryAction.Unknown : ActionOfWord[word];
        }

        // The index in ActionWords of an Action field's value (its first token, any case), or -1: read once, it gives
        // both the action and whether the word was SendGrid's "expired".
        private static int ActionWord(SmtpMimeText text, int start, int end)
        {
            TokenBounds(text, ref start, ref end);
            for (int i = 0; i < ActionWords.Length; i++)
            {
                string word = ActionWords[i];
                if (word.Length == end - start && SmtpMimeText.Compare(text, start, word, 0, word.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The value after its type (<c>rfc822; a@b</c>, <c>dns; mx.example</c>); the whole value when it has none.</summary>
        internal static string AfterType(SmtpMimeText text, int start, int end)
        {
            return SmtpMimeText.Trim(text, AfterTypeStart(text, start, end), end);
        }

        // Where the value after its type starts: after the first semicolon, or at the start when it has none.
        private static int AfterTypeStart(SmtpMimeText text, int start, int end)
        {
            int semicolon = end > start ? text.IndexOf(';', start, end - start) : -1;
            return semicolon < 0 ? start : semicolon + 1;
        }

        // Final-Recipient and Original-Recipient: the address after its type, without the brackets or quotes around it.
        // An address an earlier group has, written the same, is that group's string: a report that repeats a recipient
        // (Sendmail's one group per alias expansion, each with the same Final-Recipient) makes one string of it.
        internal static string AddressAfterType(SmtpMimeHeaderList group, string name, List<SmtpBounceRecipientFields> earlier)
        {
            SmtpMimeText text = group.Find(name, out int start, out int end);
            start = AfterTypeStart(text, start, end);
            SmtpMailAddresses.Normalise(text, ref start, ref end);
            return Earlier(earlier, text, start, end) ?? text.Substring(start, end - start);
        }

        // The string of an earlier group (any of its fields) that holds exactly the range (the same characters, the same
        // case), or null.
#if SMTPCODES_NULLABLE
        private static string? Earlier(List<SmtpBounceRecipientFields> earlier, SmtpMimeText text, int start, int end)
#else
        private static string Earlier(List<SmtpBounceRecipientFields> earlier, SmtpMimeText text, int start, int end)
#endif
        {
            for (int i = 0; i < earlier.Count && end > start; i++)
            {
                SmtpBounceRecipientFields group = earlier[i];
                if (IsWritten(group.FinalRecipient, text, start, end))
                {
                    return group.FinalRecipient;
                }

                if (IsWritten(group.OriginalRecipient, text, start, end))
                {
                    return group.OriginalRecipient;
                }

                if (IsWritten(group.RemoteMta, text, start, end))
                {
                    return group.RemoteMta;
                }

                if (IsWritten(group.DiagnosticType, text, start, end))
                {
                    return group.DiagnosticType;
                }

                if (IsWritten(group.DiagnosticText, text, start, end))
                {
                    return group.DiagnosticText;
                }
            }

            return null;
        }

        // Whether the range holds exactly the value (ordinal: the same characters, the same case).
        private static bool IsWritten(string value, SmtpMimeText text, int start, int end)
        {
            return value.Length == end - start && SmtpMimeText.CompareOrdinal(text, start, value, 0, value.Length) == 0;
        }

        // The first token of the range: from its first non-blank to the next blank, '(' or ';'.
        private static void TokenBounds(SmtpMimeText text, ref int start, ref int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            int stop = start;
            while (stop < end && text[stop] != ' ' && text[stop] != '\t' && text[stop] != '(' && text[stop] != ';')
            {
                stop++;
            }

            end = stop;
        }
    }
}
