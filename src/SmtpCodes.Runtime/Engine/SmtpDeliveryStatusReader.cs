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
        internal static void Read(string text, int start, int end, ref string reportingMta, List<SmtpBounceRecipientFields> into)
        {
            int position = start;
            var group = new SmtpMimeHeaderList();
            while (position < end)
            {
                int next = SmtpMimeHeaderList.Parse(text, position, end, group);
                if (next <= position)
                {
                    // Not a field line: skip it so that the loop always moves on.
                    SmtpMimeLines.LineEnd(text, position, end, out next);
                }

                position = next;
                if (reportingMta.Length == 0 && group.Has("Reporting-MTA"))
                {
                    reportingMta = AfterType(group.Get("Reporting-MTA"));
                }

                if (group.Has("Final-Recipient") || group.Has("Original-Recipient"))
                {
                    into.Add(ReadRecipient(group));
                }
                else if (into.Count > 0 && (group.Has("Action") || group.Has("Status") || group.Has("Diagnostic-Code")))
                {
                    // A group split by a stray blank line: its fields belong to the recipient before it.
                    SmtpBounceRecipientFields last = into[into.Count - 1];
                    Complete(ref last, group);
                    into[into.Count - 1] = last;
                }
            }
        }

        private static SmtpBounceRecipientFields ReadRecipient(SmtpMimeHeaderList group)
        {
            SmtpBounceRecipientFields recipient = SmtpBounceRecipientFields.Empty;
            recipient.FinalRecipient = SmtpMailAddresses.Normalise(AfterType(group.Get("Final-Recipient")));
            recipient.OriginalRecipient = SmtpMailAddresses.Normalise(AfterType(group.Get("Original-Recipient")));
            if (recipient.FinalRecipient.Length == 0)
            {
                recipient.FinalRecipient = recipient.OriginalRecipient;
            }

            Complete(ref recipient, group);
            return recipient;
        }

        // Each field is read once, where the group has it: a value is a new string on every read.
        private static void Complete(ref SmtpBounceRecipientFields recipient, SmtpMimeHeaderList group)
        {
            if (group.Has("Action"))
            {
                recipient.Action = ParseAction(group.Get("Action"));
            }

            if (group.Has("Status"))
            {
                recipient.StatusText = FirstToken(group.Get("Status"));
            }

            if (group.Has("Remote-MTA"))
            {
                recipient.RemoteMta = AfterType(group.Get("Remote-MTA"));
            }

            if (group.Has("Diagnostic-Code"))
            {
                string diagnostic = group.Get("Diagnostic-Code");
                int semicolon = diagnostic.IndexOf(';');
                if (semicolon > 0 && semicolon < 24 && diagnostic.IndexOf(' ', 0, semicolon) < 0)
                {
                    recipient.DiagnosticType = diagnostic.Substring(0, semicolon).Trim();
                    recipient.DiagnosticText = diagnostic.Substring(semicolon + 1).Trim();
                }
                else
                {
                    recipient.DiagnosticText = diagnostic.Trim();
                }
            }

            if (group.Has("Last-Attempt-Date"))
            {
                recipient.LastAttemptDate = group.Get("Last-Attempt-Date");
            }
        }

        internal static SmtpDeliveryAction ParseAction(string value)
        {
            string word = FirstToken(value).ToLowerInvariant();
            switch (word)
            {
                case "failed":
                case "failure":
                case "fail":
                    return SmtpDeliveryAction.Failed;
                case "delayed":
                case "delay":
                    return SmtpDeliveryAction.Delayed;
                case "delivered":
                    return SmtpDeliveryAction.Delivered;
                case "relayed":
                    return SmtpDeliveryAction.Relayed;
                case "expanded":
                    return SmtpDeliveryAction.Expanded;
                default:
                    return SmtpDeliveryAction.Unknown;
            }
        }

        /// <summary>The value after its type (<c>rfc822; a@b</c>, <c>dns; mx.example</c>); the whole value when it has none.</summary>
        internal static string AfterType(string value)
        {
            int semicolon = value.IndexOf(';');
            return (semicolon < 0 ? value : value.Substring(semicolon + 1)).Trim();
        }

        private static string FirstToken(string value)
        {
            string trimmed = value.Trim();
            int stop = 0;
            while (stop < trimmed.Length && trimmed[stop] != ' ' && trimmed[stop] != '\t' && trimmed[stop] != '(' && trimmed[stop] != ';')
            {
                stop++;
            }

            return trimmed.Substring(0, stop);
        }
    }
}
