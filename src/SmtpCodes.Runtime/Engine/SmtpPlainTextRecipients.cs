namespace SmtpCodes
{
    using global::System.Collections.Generic;
    using global::System.Text;

    /// <summary>A recipient named in a bounce's text, with the lines that speak about it.</summary>
    internal struct SmtpFoundRecipient
    {
        internal string Address;
        internal string OriginalAddress;
        internal StringBuilder Text;

        /// <summary>Where the line that first names the recipient starts in the text; -1 when a header named it.</summary>
        internal int LineStart;

        internal static SmtpFoundRecipient Of(string address) => At(address, -1);

        internal static SmtpFoundRecipient At(string address, int lineStart) => new SmtpFoundRecipient { Address = address, OriginalAddress = string.Empty, Text = SmtpMimeArena.Builder(), LineStart = lineStart };

        /// <summary>Where the text starts to name recipients: what comes before is said about all of them.</summary>
        internal static int FirstLineStart(List<SmtpFoundRecipient> found, int end)
        {
            int first = end;
            for (int i = 0; i < found.Count; i++)
            {
                if (found[i].LineStart >= 0 && found[i].LineStart < first)
                {
                    first = found[i].LineStart;
                }
            }

            return first;
        }
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
    internal static class SmtpPlainTextRecipients
    {
        private const int MaxLinesPerRecipient = 24;

        // What sets an address off from the words before it: in a sentence, and after a label.
        private static readonly char[] BeforeSentenceAddress = { '<', ' ', '"', '\'', ',' };
        private static readonly char[] BeforeLabelledAddress = { ' ', '\t', '<', '[', '"' };
        private const int MaxRecipients = 500;

        // Labels that end in a colon but name the bounce's own or the returned message's addresses, not a failed recipient.
        private static readonly string[] NotRecipientLabels =
        {
            "from:", "reply-to:", "return-path:", "sender:", "message-id:", "received:", "references:", "in-reply-to:", "errors-to:",
            "please send mail to:", "contact:", "postmaster:", "mailto:",

            // The returned message's own To and Cc name every recipient it had, not the ones that failed.
            "to:", "cc:", "bcc:",
        };

        // Words before "to"/"for" that make a sentence about delivering to the address that follows
        // (Gmail "wasn't delivered to", Dovecot "Your message to <a> was automatically rejected", Exim "(generated from").
        private static readonly string[] DeliveryWords = { "deliver", "send", "sent", "message", "addressed", "mailbox" };

        // Exim "(generated from a@b)" and Sendmail/qmail "(Originally addressed to a@b)": the address the sender used.
        private static readonly string[] OriginalAddressMarkers = { "(generated from ", "(originally addressed to ", "(expanded from " };

        private const string ReceivedField = "Received: ";
        private const string ReturnPathField = "Return-Path: ";
        private static readonly char[] LineBreaks = { '\r', '\n' };

        /// <summary>
        /// Where the quoted returned message starts in the text (its length when there is none): the first line that
        /// holds a returned-message marker, or that starts a Received or Return-Path field after some text.
        /// </summary>
        internal static int ReturnedMessageStart(string text, int start, int end)
        {
            // Every marker mentions "message" or "header": the next place each of the four words occurs is found by one
            // forward search over the text, and only the lines that hold one are looked at, not every line.
            int firstText = FirstNonBlank(text, start, end);
            int nextMessage = NotSearched;
            int nextHeader = NotSearched;
            int nextReceived = NotSearched;
            int nextReturnPath = NotSearched;
            int position = start;
            while (position < end)
            {
                nextMessage = NextWord(text, SmtpBouncePhrases.MarkerWordMessage, position, end, nextMessage);
                nextHeader = NextWord(text, SmtpBouncePhrases.MarkerWordHeader, position, end, nextHeader);
                nextReceived = NextWord(text, ReceivedField, position, end, nextReceived);
                nextReturnPath = NextWord(text, ReturnPathField, position, end, nextReturnPath);
                int candidate = Earliest(Earliest(nextMessage, nextHeader), Earliest(nextReceived, nextReturnPath));
                if (candidate < 0)
                {
                    break;
                }

                int lastBreak = candidate > position ? text.LastIndexOfAny(LineBreaks, candidate - 1, candidate - position) : -1;
                int lineStart = lastBreak < 0 ? position : lastBreak + 1;

                int lineEnd = SmtpMimeLines.LineEnd(text, candidate, end, out int next);
                if (SmtpBouncePhrases.ContainsAny(text, lineStart, lineEnd, SmtpBouncePhrases.ReturnedMessageMarkers))
                {
                    return lineStart;
                }

                if (firstText < lineStart && (SmtpMimeLines.StartsWithIgnoreCase(text, lineStart, lineEnd, ReceivedField) || SmtpMimeLines.StartsWithIgnoreCase(text, lineStart, lineEnd, ReturnPathField)))
                {
                    return lineStart;
                }

                position = next;
            }

            return end;
        }

        // The first character that is not a blank or a line break (the range's end when there is none).
        private static int FirstNonBlank(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                {
                    return i;
                }
            }

            return end;
        }

        // The earlier of two answers of NextWord (NoneLeft when both are).
        private static int Earliest(int first, int second)
        {
            return first < 0 ? second : second < 0 ? first : global::System.Math.Min(first, second);
        }

        private const int NotSearched = -1;
        private const int NoneLeft = -2;

        /// <summary>
        /// The first place at or after <paramref name="from"/> where <paramref name="word"/> occurs (any case), or
        /// <see cref="NoneLeft"/>; <paramref name="found"/> is the last answer, kept while it is still ahead.
        /// </summary>
        private static int NextWord(string text, string word, int from, int end, int found)
        {
            if (found == NoneLeft || found >= from)
            {
                return found;
            }

            int at = text.IndexOf(word, from, end - from, global::System.StringComparison.OrdinalIgnoreCase);
            return at < 0 ? NoneLeft : at;
        }

        internal static void Find(string text, int start, int end, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            int position = start;
            int open = -1;
            int openLines = 0;
            int openIndent = 0;
            bool openHasText = false;
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                int indent = Indent(text, position, lineEnd);
                if (open >= 0 && indent > openIndent && indent < lineEnd - position && openLines < MaxLinesPerRecipient)
                {
                    // A line indented deeper than the recipient's own line continues what is said about it (Postfix's
                    // wrapped reply, Exim's and Sendmail's details), even when it names another address: a relay's
                    // reply quoting the address it was given, or the sender's bounce address.
                    openHasText |= AppendLine(into[open].Text, text, position, lineEnd);
                    openLines++;
                    position = next;
                    continue;
                }

                if (TryOriginalAddress(text, position, lineEnd, out string original))
                {
                    if (open >= 0)
                    {
                        SmtpFoundRecipient current = into[open];
                        current.OriginalAddress = original;
                        into[open] = current;
                    }
                    else if (IndexOf(into, original) < 0 && into.Count < MaxRecipients)
                    {
                        // Exim "an undisclosed address (generated from a@b)": the original address is all there is.
                        into.Add(SmtpFoundRecipient.At(original, position));
                        open = into.Count - 1;
                        openLines = 0;
                        openIndent = indent;
                        openHasText = false;
                    }

                    position = next;
                    continue;
                }

                if (TryRecipientLine(text, position, lineEnd, out string address, out int restStart))
                {
                    int existing = IndexOf(into, address);
                    if (existing < 0 && !ContainsIgnoreCase(excluded, address) && !SmtpMailAddresses.IsServiceAddress(address) && into.Count < MaxRecipients)
                    {
                        into.Add(SmtpFoundRecipient.At(address, position));
                        existing = into.Count - 1;
                    }

                    if (existing >= 0)
                    {
                        open = existing;
                        openLines = 0;
                        openIndent = indent;
                        openHasText = AppendLine(into[open].Text, text, restStart, lineEnd);
                    }

                    position = next;
                    continue;
                }

                if (SmtpMimeLines.IsBlank(text, position, lineEnd))
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

        /// <summary>The domain whose bounces name recipients by a bare screen name (see <see cref="FindScreenNames"/>).</summary>
        internal const string ScreenNameDomain = "aol.com";

        private const int LongestScreenName = 64;

        /// <summary>
        /// AOL's bounce of a sender its members block names each recipient by screen name alone, on the lines after
        /// "Your mail to the following recipients could not be delivered because they are not accepting mail from
        /// x@y:" (a screen name is the local part of an aol.com address, as bounce handlers such as mySociety's
        /// HandleMail and flufl.bounce's AOL detector read it). The caller has checked that the bounce is from aol.com.
        /// </summary>
        internal static void FindScreenNames(string text, int start, int end, List<SmtpFoundRecipient> into)
        {
            int position = start;
            bool listing = false;
            while (position < end && into.Count < MaxRecipients)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                int first = position;
                int stop = lineEnd;
                TrimBlanks(text, ref first, ref stop);
                if (!listing)
                {
                    listing = stop > first && text[stop - 1] == ':' && text.IndexOf("the following recipients", first, stop - first, global::System.StringComparison.OrdinalIgnoreCase) >= 0;
                }
                else if (IsScreenName(text, first, stop))
                {
                    string address = text.Substring(first, stop - first) + "@" + ScreenNameDomain;
                    if (IndexOf(into, address) < 0)
                    {
                        into.Add(SmtpFoundRecipient.At(address, position));
                    }
                }
                else
                {
                    return;
                }

                position = next;
            }
        }

        // A screen name: a letter, then letters, digits, dots, underscores or hyphens; no blanks, no '@'.
        private static bool IsScreenName(string text, int start, int end)
        {
            if (end <= start || end - start > LongestScreenName || !char.IsLetter(text[start]) || text[start] > '\u007F')
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                char c = text[i];
                bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
                if (!allowed)
                {
                    return false;
                }
            }

            return true;
        }

        private static void TrimBlanks(string text, ref int start, ref int end)
        {
            while (start < end && (text[start] == ' ' || text[start] == '\t'))
            {
                start++;
            }

            while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            {
                end--;
            }
        }

        private static bool ContainsIgnoreCase(List<SmtpTextRange> addresses, string address)
        {
            for (int i = 0; i < addresses.Count; i++)
            {
                if (addresses[i].EqualsIgnoreCase(address))
                {
                    return true;
                }
            }

            return false;
        }

        private static int Indent(string text, int start, int end)
        {
            int at = start;
            while (at < end && (text[at] == ' ' || text[at] == '\t'))
            {
                at++;
            }

            return at - start;
        }

        private static int IndexOf(List<SmtpFoundRecipient> found, string address)
        {
            for (int i = 0; i < found.Count; i++)
            {
                if (string.Equals(found[i].Address, address, global::System.StringComparison.OrdinalIgnoreCase))
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
            while (first < end && (text[first] == ' ' || text[first] == '\t' || ((text[first] == '*' || text[first] == '-') && first + 1 < end && (text[first + 1] == ' ' || text[first + 1] == '-'))))
            {
                // Blanks and list bullets ("* a@b", "-- a@b") before the address.
                first++;
            }

            if (first >= end || !SmtpMailAddresses.TryFind(text, first, end, out int addressStart, out int addressEnd))
            {
                return false;
            }

            bool bracketed = addressStart > first && text[addressStart - 1] == '<' && addressEnd < end && text[addressEnd] == '>';
            int after = bracketed ? addressEnd + 1 : addressEnd;
            if (!bracketed && after < end && (text[after] == '"' || text[after] == '\'' || text[after] == ']'))
            {
                after++;
            }

            bool found = false;
            if (addressStart == first || (bracketed && addressStart == first + 1) || (addressStart == first + 1 && (text[first] == '"' || text[first] == '\'')))
            {
                // Shape 1 and 2: the line starts with the address.
                found = bracketed || EndsAddressLine(text, after, end);
            }
            else if (IsReplyLine(text, first, addressStart) || EndsWithCode(text, first, addressStart))
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
            if (after >= end || SmtpMimeLines.IsBlank(text, after, end))
            {
                return true;
            }

            char c = text[after];

            // "a@b<mailto:a@b>": Exchange and Office 365 write the address as a link.
            return c == ':' || c == ',' || c == ';' || c == '>' || c == '.' || c == '<'
                || (c == ' ' && (SmtpMimeLines.StartsWithIgnoreCase(text, after, end, " on ") || SmtpMimeLines.StartsWithIgnoreCase(text, after, end, " (")
                    || SmtpMimeLines.StartsWithIgnoreCase(text, after, end, " ...") || SmtpMimeLines.StartsWithIgnoreCase(text, after, end, " \"")
                    || SmtpMimeLines.StartsWithIgnoreCase(text, after, end, " - ") || SmtpMimeLines.StartsWithIgnoreCase(text, after, end, " <")
                    || SmtpMimeLines.StartsWithIgnoreCase(text, after, end, " because") || SmtpMimeLines.StartsWithIgnoreCase(text, after, end, " #")));
        }

        // "550 ", "550-", "550 5.1.1 " before the address: an SMTP reply line.
        private static bool IsReplyLine(string text, int first, int addressStart)
        {
            return addressStart - first >= 4 && char.IsDigit(text[first]) && char.IsDigit(text[first + 1]) && char.IsDigit(text[first + 2])
                && (text[first + 3] == ' ' || text[first + 3] == '-') && (text[first] == '4' || text[first] == '5');
        }

        // "Recipient: <a@b>", "Invalid final delivery userid: a@b", "Final-Recipient: rfc822; a@b", "Recipient: [SMTP:a@b]",
        // Exchange 5.5's X.400 "...;dda:SMTP=a@b;": a short label ending in a colon (or SMTP=) just before the address.
        private static bool HasLabelBefore(string text, int first, int addressStart)
        {
            string before = text.Substring(first, addressStart - first).TrimEnd(BeforeLabelledAddress);
            if (before.EndsWith("SMTP=", global::System.StringComparison.OrdinalIgnoreCase) || before.EndsWith("SMTP:", global::System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (before.EndsWith("rfc822;", global::System.StringComparison.OrdinalIgnoreCase))
            {
                before = before.Substring(0, before.Length - 7).TrimEnd(' ', '\t');
            }

            if (before.Length == 0 || before.Length > 48 || before[before.Length - 1] != ':')
            {
                return false;
            }

            for (int i = 0; i < NotRecipientLabels.Length; i++)
            {
                if (before.EndsWith(NotRecipientLabels[i], global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        // "host mx.example[192.0.2.1]: 553 5.3.0 <a@b>... No such user here": a reply code just before the address.
        private static bool EndsWithCode(string text, int first, int addressStart)
        {
            int end = addressStart;
            while (end > first && (text[end - 1] == '<' || text[end - 1] == ' '))
            {
                end--;
            }

            int start = end;
            while (start > first && (char.IsDigit(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            if (end - start < 3 || (start > first && text[start - 1] != ' ' && text[start - 1] != ':' && text[start - 1] != '-'))
            {
                return false;
            }

            char leading = text[start];
            bool enhanced = end - start >= 5 && text[start + 1] == '.';
            bool basic = end - start == 3;
            return (leading == '4' || leading == '5') && (enhanced || basic);
        }

        private static bool TryOriginalAddress(string text, int start, int end, out string address)
        {
            address = string.Empty;
            for (int i = 0; i < OriginalAddressMarkers.Length; i++)
            {
                int at = text.IndexOf(OriginalAddressMarkers[i], start, end - start, global::System.StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && SmtpMimeLines.IsBlank(text, start, at)
                    && SmtpMailAddresses.TryFind(text, at + OriginalAddressMarkers[i].Length, end, out int addressStart, out int addressEnd))
                {
                    address = text.Substring(addressStart, addressEnd - addressStart);
                    return true;
                }
            }

            return false;
        }

        // "wasn't delivered to a@b", "addressed to 'a@b'", "your message was addressed, a@b, did not" (LLNL):
        // a sentence about delivering, just before the address, whatever quote or comma sets the address off.
        private static bool HasDeliverySentenceBefore(string text, int first, int addressStart)
        {
            int from = global::System.Math.Max(first, addressStart - 80);
            string before = text.Substring(from, addressStart - from).TrimEnd(BeforeSentenceAddress);
            if (!EndsWithWord(before, "to") && !EndsWithWord(before, "for") && !EndsWithWord(before, "mailbox") && !EndsWithWord(before, "addressed"))
            {
                return false;
            }

            return SmtpBouncePhrases.ContainsAny(before, DeliveryWords);
        }

        private static bool EndsWithWord(string text, string word)
        {
            return text.EndsWith(" " + word, global::System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
