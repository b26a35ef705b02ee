namespace SmtpCodes
{
    /// <summary>
    /// What a line that names a recipient looks like (the shapes <see cref="SmtpPlainTextRecipients"/> lists): an address
    /// at the line's start, after a reply code, a label, a transport or a sentence about delivering to it.
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        // RFC 3464's per-recipient fields (section 2.3.1, 2.3.2) name a recipient of the report and nothing else: their
        // address is a recipient even when it is one of the bounce's own. A message to oneself bounces back to the address
        // that failed (cron mails a job's output to the user who owns it; Sendmail's bounce of it is addressed there too).
        private static readonly string[] RecipientFields = { "Final-Recipient:", "Original-Recipient:" };

        private static bool IsRecipientField(SmtpMimeText text, int start, int end)
        {
            int first = SmtpMimeText.TrimStart(text, start, end, Blanks);
            for (int i = 0; i < RecipientFields.Length; i++)
            {
                if (SmtpMimeText.StartsWithIgnoreCase(text, first, end, RecipientFields[i]))
                {
                    return true;
                }
            }

            return false;
        }

        // The bullet of amavisd-new's list of the recipients a notice is about.
        private const string ArrowBullet = "->";

        // Whether the line is an entry of amavisd-new's "-> a@b" list: the notice's explanation around the list, not the
        // paragraph after it, is what it says about each address, so a blank line closes an entry that has no words of its own.
        private static bool IsArrowListLine(SmtpMimeText text, int start, int end)
        {
            return SmtpMimeText.StartsWithIgnoreCase(text, SmtpMimeText.TrimStart(text, start, end, Blanks), end, ArrowBullet);
        }

        private static bool TryRecipientLine(SmtpMimeText text, int start, int end, out int addressStart, out int addressEnd, out int restStart)
        {
            restStart = end;
            int first = start;
            while (first < end && (text[first] == ' ' || text[first] == '\t' || ((text[first] == '*' || text[first] == '-') && first + 1 < end && (text[first + 1] == ' ' || text[first + 1] == '-'))))
            {
                // Blanks and list bullets ("* a@b", "-- a@b") before the address.
                first++;
            }

            if (SmtpMimeText.StartsWithIgnoreCase(text, first, end, ArrowBullet))
            {
                // amavisd-new's notices to the sender list each recipient of the stopped message as "-> a@b" under "to
                // the following recipient(s):" (its template-virus-sender.txt: "[\n-> %R]").
                first = SmtpMimeText.TrimStart(text, first + ArrowBullet.Length, end, Blanks);
            }

            bool transcript = SmtpMimeText.StartsWithIgnoreCase(text, first, end, TranscriptCommandMarker);
            if (transcript)
            {
                // A session transcript's client line (Sendmail and Courier write ">>> RCPT TO:<a@b>"); Active!hunter
                // lists each failed address the same way, ">>> a@b <a@b>", under Sendmail's "The following addresses
                // had permanent fatal errors" (the shape Sisimai's Lhost::Activehunter reads): the marker is not the line's start.
                first += TranscriptCommandMarker.Length;
            }

            if (first >= end)
            {
                addressStart = -1;
                addressEnd = -1;
                return false;
            }

            if (!SmtpMailAddresses.TryFind(text, first, end, out addressStart, out addressEnd))
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
                // Shape 3: "550 5.1.1 <a@b>... User unknown": the whole line is the reply. Sendmail 5 puts its own
                // status before the mailer's reply ("554 <a@b>... 550 Host unknown (Authoritative answer from name
                // server)", the usrerr line of sendmail 5.65's deliver.c): the reply is the one after the address.
                found = true;
                after = InnerReplyStart(text, after, end) ?? first;
            }
            else if (HasLabelBefore(text, first, addressStart, !transcript) || HasDeliverySentenceBefore(text, first, addressStart))
            {
                found = true;
            }
            else if (bracketed && IsTransportBefore(text, first, addressStart - 1))
            {
                // Post.Office's "The following destination addresses were unknown" lists "SMTP <a@b>": the transport, then the address.
                found = true;
            }

            if (!found)
            {
                return false;
            }

            restStart = after;
            return true;
        }

        // "... 550 Host unknown" after a bracketed address: where the reply code after the ellipsis starts, else none.
        private static int? InnerReplyStart(SmtpMimeText text, int after, int end)
        {
            if (!SmtpMimeText.StartsWithIgnoreCase(text, after, end, "..."))
            {
                return null;
            }

            int first = SmtpMimeText.TrimStart(text, after + 3, end, Blanks);
            return IsReplyLine(text, first, end) ? first : (int?)null;
        }

        // "<<< 550 ...": the server's side of a session transcript (Sendmail, Courier), after any indentation.
        private static bool IsTranscriptReply(SmtpMimeText text, int start, int end)
        {
            int first = start + Indent(text, start, end);
            return SmtpMimeText.StartsWithIgnoreCase(text, first, end, TranscriptReplyMarker);
        }

        // After a bare address at the start of a line: the end of the line, or what Exim, Exchange and Domino put after it.
        private static bool EndsAddressLine(SmtpMimeText text, int after, int end)
        {
            if (after >= end || SmtpMimeText.IsBlank(text, after, end))
            {
                return true;
            }

            char c = text[after];

            // "a@b<mailto:a@b>": Exchange and Office 365 write the address as a link.
            return c == ':' || c == ',' || c == ';' || c == '>' || c == '.' || c == '<'
                || (c == ' ' && (SmtpMimeText.StartsWithIgnoreCase(text, after, end, " on ") || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " (")
                    || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " ...") || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " \"")
                    || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " - ") || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " <")
                    || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " because") || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " #")
                    || SmtpMimeText.StartsWithIgnoreCase(text, after, end, ZohoInvalidAddress) || IsBracketedCause(text, after, end)));
        }

        // Zoho Mail lists each failed address as "a@b Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 ..." (the lines
        // rb-sisimai's lib/sisimai/lhost/zoho.rb reads as the recipient and its reply).
        private const string ZohoInvalidAddress = " Invalid Address,";

        // " [User unknown]": the cause in square brackets after the address, to the line's end. The unnamed MTA whose
        // notices Sisimai reads as Lhost::X1 lists each failed address so under "---The following addresses had delivery
        // errors---" (rb-sisimai lib/sisimai/lhost/x1.rb: /\A([^ ]+?[@][^ ]+?)[ ]+\[(.+)\]\z/).
        private static bool IsBracketedCause(SmtpMimeText text, int after, int end)
        {
            int first = SmtpMimeText.TrimStart(text, after, end, Blanks);
            int last = SmtpMimeText.TrimEnd(text, first, end, Blanks);
            return first > after && last - first > 2 && text[first] == '[' && text[last - 1] == ']' && char.IsLetter(text[first + 1]);
        }

        private const string SmtpTransport = "SMTP";

        // "SMTP " (any case, then blanks) and nothing else from the line's first character to the address's bracket.
        private static bool IsTransportBefore(SmtpMimeText text, int first, int bracket)
        {
            int end = bracket;
            while (end > first && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            {
                end--;
            }

            return end < bracket && end - first == SmtpTransport.Length && SmtpMimeText.StartsWithIgnoreCase(text, first, end, SmtpTransport);
        }

        // "550 ", "550-", "550 5.1.1 " before the address: an SMTP reply line.
        private static bool IsReplyLine(SmtpMimeText text, int first, int addressStart)
        {
            return addressStart - first >= 4 && char.IsDigit(text[first]) && char.IsDigit(text[first + 1]) && char.IsDigit(text[first + 2])
                && (text[first + 3] == ' ' || text[first + 3] == '-') && (text[first] == '4' || text[first] == '5');
        }

        // "Recipient: <a@b>", "Invalid final delivery userid: a@b", "Final-Recipient: rfc822; a@b", "Recipient: [SMTP:a@b]",
        // Exchange 5.5's X.400 "...;dda:SMTP=a@b;": a short label ending in a colon (or SMTP=) just before the address.
        // The SMTP command that names a recipient (RFC 5321 4.1.1.3), as a label of a report's details (Apache James's
        // "Message details: ... RCPT TO: a@b"); in a session transcript (">>> RCPT TO:<a@b>") the reply after it decides.
        private const string RcptToLabel = "RCPT TO:";

        // A label is short; a sentence that says it names recipients may run longer ("The following recipients returned
        // permanent errors: a@b.", the shape Sisimai's X6 decoder reads).
        private const int LongestSentenceLabel = 96;

        private static int LongestLabelBefore(SmtpMimeText text, int first, int end)
        {
            int length = end - first;
            return length > LongestLabel && length <= LongestSentenceLabel && SmtpBouncePhrases.ContainsAny(text, first, end, RecipientLabelWords) ? LongestSentenceLabel : LongestLabel;
        }

        // The label is read in place, [first, end) of the text: no substring per address found.
        private static bool HasLabelBefore(SmtpMimeText text, int first, int addressStart, bool rcptToNamesRecipient)
        {
            int end = SmtpMimeText.TrimEnd(text, first, addressStart, BeforeLabelledAddress);
            if (SmtpMimeText.EndsWithIgnoreCase(text, first, end, "SMTP=") || SmtpMimeText.EndsWithIgnoreCase(text, first, end, "SMTP:"))
            {
                return true;
            }

            if (SmtpMimeText.EndsWithIgnoreCase(text, first, end, "rfc822;"))
            {
                end = SmtpMimeText.TrimEnd(text, first, end - 7, Blanks);
            }

            int length = end - first;
            if (length == 0 || length > LongestLabelBefore(text, first, end) || text[end - 1] != ':')
            {
                return false;
            }

            if (rcptToNamesRecipient && length == RcptToLabel.Length && SmtpMimeText.EndsWithIgnoreCase(text, first, end, RcptToLabel))
            {
                return true;
            }

            for (int i = 0; i < NotRecipientLabels.Length; i++)
            {
                if (SmtpMimeText.EndsWithIgnoreCase(text, first, end, NotRecipientLabels[i]) && !IsDeliverySentenceLabel(text, first, end, NotRecipientLabels[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // "Could not be delivered to: <a@b>" (KDDI's au one net bounce) ends in "to:" like a quoted To field, but it is a
        // sentence about delivering to the address: a longer label with a delivery word before its "to:" names the recipient.
        private static bool IsDeliverySentenceLabel(SmtpMimeText text, int first, int end, string ending)
        {
            return ending.Length < end - first && string.Equals(ending, "to:", global::System.StringComparison.Ordinal)
                && text[end - ending.Length - 1] == ' ' && SmtpBouncePhrases.ContainsAny(text, first, end, DeliveryWords);
        }

        // "host mx.example[192.0.2.1]: 553 5.3.0 <a@b>... No such user here": a reply code just before the address.
        private static bool EndsWithCode(SmtpMimeText text, int first, int addressStart)
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

        private static bool TryOriginalAddress(SmtpMimeText text, int start, int end, out SmtpTextRange address)
        {
            address = SmtpTextRange.Empty;
            for (int i = 0; i < OriginalAddressMarkers.Length; i++)
            {
                int at = text.IndexOf(OriginalAddressMarkers[i], start, end - start, global::System.StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && SmtpMimeText.IsBlank(text, start, at)
                    && SmtpMailAddresses.TryFind(text, at + OriginalAddressMarkers[i].Length, end, out int addressStart, out int addressEnd))
                {
                    address = new SmtpTextRange { Text = text, Start = addressStart, End = addressEnd };
                    return true;
                }
            }

            return false;
        }

        // "wasn't delivered to a@b", "addressed to 'a@b'", "your message was addressed, a@b, did not" (LLNL):
        // a sentence about delivering, just before the address, whatever quote or comma sets the address off.
        private static bool HasDeliverySentenceBefore(SmtpMimeText text, int first, int addressStart)
        {
            int from = global::System.Math.Max(first, addressStart - 80);
            int end = SmtpMimeText.TrimEnd(text, from, addressStart, BeforeSentenceAddress);
            if (EndsWithWord(text, from, end, RejectedRecipientWords))
            {
                return true;
            }

            if (!EndsWithWord(text, from, end, "to") && !EndsWithWord(text, from, end, "for") && !EndsWithWord(text, from, end, "mailbox") && !EndsWithWord(text, from, end, "addressed"))
            {
                return false;
            }

            return SmtpBouncePhrases.ContainsAny(text, from, end, DeliveryWords);
        }

        // "SMTP Server <mx.example> rejected recipient <a@b> (Error following RCPT command). It responded as follows:
        // [550 5.1.1 User unknown]": the sentence names the address the server refused (the notice Sisimai reads as its
        // unnamed MTA X6, rb-sisimai lib/sisimai/lhost/x6.rb, which takes the address in angle brackets on that line).
        private const string RejectedRecipientWords = "rejected recipient";

        private static bool EndsWithWord(SmtpMimeText text, int start, int end, string word)
        {
            // " " + word, without making that string: a blank matches only a blank, ignoring case or not.
            return end - start > word.Length && text[end - word.Length - 1] == ' ' && SmtpMimeText.EndsWithIgnoreCase(text, start, end, word);
        }
    }
}
