namespace SmtpCodes
{
    using System.Collections.Generic;
    using System.Text;

    /// <summary>A recipient named in a bounce's text, with the lines that speak about it.</summary>
    internal struct FoundRecipient
    {
        internal string Address;
        internal StringBuilder Text;
    }

    /// <summary>
    /// Finds the recipients of a bounce in its human-readable text, the shapes of the common MTAs:
    /// <list type="bullet">
    /// <item>a line that starts with <c>&lt;address&gt;</c> (Postfix, qmail, Yahoo, Sendmail's address list), its reply after it;</item>
    /// <item>a line that starts with the bare address (Exim, Exchange "address on date", Domino, Gmail), the indented lines or the paragraph after it;</item>
    /// <item>a reply line that names the address (Sendmail's transcript <c>550 5.1.1 &lt;a@b&gt;... User unknown</c>);</item>
    /// <item>a label (<c>Recipient:</c>, <c>Failed address:</c>, <c>Final-Recipient: rfc822;</c>) or a sentence
    /// (<c>wasn't delivered to a@b</c>, <c>Delivery to a@b failed</c>) before the address.</item>
    /// </list>
    /// The text of the returned message is cut off first, and the bounce's own addresses (its sender, the postmaster) are
    /// never recipients.
    /// </summary>
    internal static class PlainTextRecipients
    {
        private const int MaxLinesPerRecipient = 24;
        private const int MaxRecipients = 500;

        private static readonly string[] Labels =
        {
            "recipient:", "recipient address:", "failed recipient:", "failed address:", "invalid recipient:", "original-recipient:",
            "final-recipient:", "unknown recipient:", "recipient(s):", "address:", "e-mail address:", "addressee:",
        };

        /// <summary>Where the quoted returned message starts in the text (its length when there is none).</summary>
        internal static int ReturnedMessageStart(string text)
        {
            int position = 0;
            bool sawText = false;
            while (position < text.Length)
            {
                int lineEnd = MimeLines.LineEnd(text, position, text.Length, out int next);
                if (BouncePhrases.ContainsAny(text, position, lineEnd, BouncePhrases.ReturnedMessageMarkers))
                {
                    return position;
                }

                if (sawText && (MimeLines.StartsWithIgnoreCase(text, position, lineEnd, "Received: ") || MimeLines.StartsWithIgnoreCase(text, position, lineEnd, "Return-Path: ")))
                {
                    return position;
                }

                sawText |= !MimeLines.IsBlank(text, position, lineEnd);
                position = next;
            }

            return text.Length;
        }

        internal static void Find(string text, int end, List<string> excluded, List<FoundRecipient> into)
        {
            int position = 0;
            int open = -1;
            int openLines = 0;
            bool openHasText = false;
            while (position < end)
            {
                int lineEnd = MimeLines.LineEnd(text, position, end, out int next);
                if (TryRecipientLine(text, position, lineEnd, out string address, out int restStart))
                {
                    int existing = IndexOf(into, address);
                    if (existing < 0 && !excluded.Contains(address.ToLowerInvariant()) && !MailAddresses.IsServiceAddress(address) && into.Count < MaxRecipients)
                    {
                        into.Add(new FoundRecipient { Address = address, Text = new StringBuilder() });
                        existing = into.Count - 1;
                    }

                    if (existing >= 0)
                    {
                        open = existing;
                        openLines = 0;
                        openHasText = AppendLine(into[open].Text, text, restStart, lineEnd);
                    }

                    position = next;
                    continue;
                }

                if (MimeLines.IsBlank(text, position, lineEnd))
                {
                    if (openHasText)
                    {
                        open = -1;
                    }
                }
                else if (open >= 0 && openLines < MaxLinesPerRecipient)
                {
                    openHasText |= AppendLine(into[open].Text, text, position, lineEnd);
                    openLines++;
                }

                position = next;
            }
        }

        private static int IndexOf(List<FoundRecipient> found, string address)
        {
            for (int i = 0; i < found.Count; i++)
            {
                if (string.Equals(found[i].Address, address, System.StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool AppendLine(StringBuilder into, string text, int start, int end)
        {
            while (start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == ':' || text[start] == '.' || text[start] == '>'))
            {
                start++;
            }

            if (start >= end)
            {
                return false;
            }

            if (into.Length > 0)
            {
                into.Append(' ');
            }

            into.Append(text, start, end - start);
            return true;
        }

        private static bool TryRecipientLine(string text, int start, int end, out string address, out int restStart)
        {
            address = string.Empty;
            restStart = end;
            int first = start;
            while (first < end && (text[first] == ' ' || text[first] == '\t'))
            {
                first++;
            }

            if (first >= end || !MailAddresses.TryFind(text, first, end, out int addressStart, out int addressEnd))
            {
                return false;
            }

            bool bracketed = addressStart > first && text[addressStart - 1] == '<' && addressEnd < end && text[addressEnd] == '>';
            int after = bracketed ? addressEnd + 1 : addressEnd;
            bool found = false;
            if (addressStart == first || (bracketed && addressStart == first + 1) || (addressStart == first + 1 && (text[first] == '"' || text[first] == '\'')))
            {
                // Shape 1 and 2: the line starts with the address.
                found = bracketed || EndsAddressLine(text, after, end);
            }
            else if (IsReplyLine(text, first, addressStart))
            {
                // Shape 3: "550 5.1.1 <a@b>... User unknown": the whole line is the reply.
                found = true;
                after = first;
            }
            else if (HasLabelBefore(text, first, addressStart) || HasDeliverySentenceBefore(text, first, addressStart))
            {
                found = true;
            }

            if (!found)
            {
                return false;
            }

            address = text.Substring(addressStart, addressEnd - addressStart);
            restStart = after;
            return true;
        }

        // After a bare address at the start of a line: the end of the line, or what Exim, Exchange and Domino put after it.
        private static bool EndsAddressLine(string text, int after, int end)
        {
            if (after >= end || MimeLines.IsBlank(text, after, end))
            {
                return true;
            }

            char c = text[after];
            return c == ':' || c == ',' || c == ';' || c == '>' || c == '.'
                || (c == ' ' && (MimeLines.StartsWithIgnoreCase(text, after, end, " on ") || MimeLines.StartsWithIgnoreCase(text, after, end, " (")
                    || MimeLines.StartsWithIgnoreCase(text, after, end, " - ") || MimeLines.StartsWithIgnoreCase(text, after, end, " <")
                    || MimeLines.StartsWithIgnoreCase(text, after, end, " because") || MimeLines.StartsWithIgnoreCase(text, after, end, " #")));
        }

        // "550 ", "550-", "550 5.1.1 " before the address: an SMTP reply line.
        private static bool IsReplyLine(string text, int first, int addressStart)
        {
            return addressStart - first >= 4 && char.IsDigit(text[first]) && char.IsDigit(text[first + 1]) && char.IsDigit(text[first + 2])
                && (text[first + 3] == ' ' || text[first + 3] == '-') && (text[first] == '4' || text[first] == '5');
        }

        private static bool HasLabelBefore(string text, int first, int addressStart)
        {
            string before = text.Substring(first, addressStart - first).Trim().TrimEnd('<').Trim();
            if (before.EndsWith("rfc822;", System.StringComparison.OrdinalIgnoreCase))
            {
                before = before.Substring(0, before.Length - 7).Trim();
            }

            for (int i = 0; i < Labels.Length; i++)
            {
                if (before.EndsWith(Labels[i], System.StringComparison.OrdinalIgnoreCase) && before.Length - Labels[i].Length < 24)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasDeliverySentenceBefore(string text, int first, int addressStart)
        {
            int from = System.Math.Max(first, addressStart - 80);
            string before = text.Substring(from, addressStart - from).TrimEnd('<', ' ', '"');
            if (!before.EndsWith(" to", System.StringComparison.OrdinalIgnoreCase) && !before.EndsWith(" for", System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return before.IndexOf("deliver", System.StringComparison.OrdinalIgnoreCase) >= 0
                || before.IndexOf("send", System.StringComparison.OrdinalIgnoreCase) >= 0
                || before.IndexOf("sent", System.StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }
}
