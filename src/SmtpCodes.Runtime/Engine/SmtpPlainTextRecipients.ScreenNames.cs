namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// AOL's recipients named by screen name alone (the local part of an aol.com address).
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        /// <summary>The domain whose bounces name recipients by a bare screen name (see <see cref="FindScreenNames"/>).</summary>
        internal const string ScreenNameDomain = "aol.com";

        private const int LongestScreenName = 64;

        /// <summary>
        /// AOL's bounce of a sender its members block names each recipient by screen name alone, on the lines after
        /// "Your mail to the following recipients could not be delivered because they are not accepting mail from
        /// x@y:" (a screen name is the local part of an aol.com address, as bounce handlers such as mySociety's
        /// HandleMail and flufl.bounce's AOL detector read it). The caller has checked that the bounce is from aol.com.
        /// </summary>
        internal static void FindScreenNames(SmtpMimeText text, int start, int end, List<SmtpFoundRecipient> into)
        {
            int position = start;
            bool listing = false;
            while (position < end && into.Count < MaxRecipients)
            {
                TrimmedLine(text, position, end, out int first, out int stop, out int next);
                if (!listing)
                {
                    listing = stop > first && text[stop - 1] == ':' && text.IndexOf("the following recipients", first, stop - first, global::System.StringComparison.OrdinalIgnoreCase) >= 0;
                }
                else if (IsScreenName(text, first, stop))
                {
                    // The screen name and the domain, joined in a buffer of the read.
                    int length = stop - first + 1 + ScreenNameDomain.Length;
                    char[] address = SmtpMimeArena.Chars(length);
                    text.CopyTo(first, address, 0, stop - first);
                    address[stop - first] = '@';
                    ScreenNameDomain.CopyTo(0, address, stop - first + 1, ScreenNameDomain.Length);
                    if (IndexOf(into, new SmtpMimeText(address, length), 0, length) < 0)
                    {
                        into.Add(SmtpFoundRecipient.At(SmtpTextRange.Whole(new SmtpMimeText(address, length)), position));
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
        private static bool IsScreenName(SmtpMimeText text, int start, int end)
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
    }
}
