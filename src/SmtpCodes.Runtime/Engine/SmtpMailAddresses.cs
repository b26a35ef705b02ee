namespace SmtpCodes
{
    /// <summary>
    /// Finds e-mail addresses in free text without regular expressions: an '@' with address characters on both sides.
    /// Good enough for bounce text, where addresses are written plainly, bracketed or quoted.
    /// </summary>
    internal static class SmtpMailAddresses
    {
        /// <summary>The first address in the range at or after <paramref name="start"/>; its bounds are returned through out parameters.</summary>
        internal static bool TryFind(SmtpMimeText text, int start, int end, out int addressStart, out int addressEnd)
        {
            int at = start;
            while (at < end)
            {
                at = text.IndexOf('@', at, end - at);
                if (at < 0)
                {
                    break;
                }

                int quoted = QuotedLocalPartAround(text, start, at, end, out int closing);
                if (quoted >= 0)
                {
                    // An '@' inside a quoted local part ("a@b"@c, RFC 5321 4.1.2: qtextSMTP holds '@') is the local
                    // part's own: the address's '@' is the one after the closing quote, and the quotes are the address's.
                    at = closing + 1;
                }

                int left = quoted >= 0 ? quoted : at;
                while (left > start && IsLocalChar(text[left - 1]))
                {
                    left--;
                }

                int right = at + 1;
                while (right < end && IsDomainChar(text[right]))
                {
                    right++;
                }

                // Trailing dots and hyphens end sentences, not domains.
                while (right > at + 1 && (text[right - 1] == '.' || text[right - 1] == '-'))
                {
                    right--;
                }

                while (left < at && text[left] == '.')
                {
                    left++;
                }

                if (left == at && at - 1 > start && text[at - 1] == '"')
                {
                    // A quoted local part ("a..b"@c, RFC 5321 4.1.2 Quoted-string) is the address's own, quotes and all.
                    int opening = QuotedLocalPartStart(text, start, at - 1);
                    left = opening >= 0 ? opening : at;
                }

                if (at - left > 5 && SmtpMimeText.Compare(text, left, "SMTP=", 0, 5, global::System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    // Exchange writes proxy addresses as "SMTP=a@b" in X.400 text: the prefix is not part of the address.
                    left += 5;
                }

                if (left < at && right > at + 1 && HasLetter(text, at + 1, right))
                {
                    addressStart = left;
                    addressEnd = right;
                    return true;
                }

                at++;
            }

            addressStart = -1;
            addressEnd = -1;
            return false;
        }

        private static readonly char[] Enclosing = { '<', '>', '"', '\'' };

        /// <summary>An address field's value without blanks, quotes and angle brackets around it.</summary>
        internal static string Normalise(string value)
        {
            return Normalise(value, 0, value.Length);
        }

        /// <summary>The range's address without blanks, quotes and angle brackets around it, as one substring.</summary>
        internal static string Normalise(SmtpMimeText text, int start, int end)
        {
            Normalise(text, ref start, ref end);
            return text.Substring(start, end - start);
        }

        /// <summary>The bounds of the range's address without blanks, quotes and angle brackets around it.</summary>
        internal static void Normalise(SmtpMimeText text, ref int start, ref int end)
        {
            while (start < end && (char.IsWhiteSpace(text[start]) || global::System.Array.IndexOf(Enclosing, text[start]) >= 0))
            {
                if (text[start] == '"' && OpensQuotedLocalPart(text, start, end))
                {
                    // "a..b"@c: the quotes belong to the local part (RFC 5321 4.1.2), not around the address.
                    break;
                }

                start++;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || global::System.Array.IndexOf(Enclosing, text[end - 1]) >= 0))
            {
                end--;
            }
        }

        /// <summary>Whether the address from <paramref name="start"/> to <paramref name="end"/> is a mail system's own (postmaster, mailer-daemon), read in place.</summary>
        internal static bool IsServiceAddress(SmtpMimeText text, int start, int end)
        {
            return SmtpMimeText.StartsWithIgnoreCase(text, start, end, "postmaster@")
                || SmtpMimeText.StartsWithIgnoreCase(text, start, end, "mailer-daemon@")
                || SmtpMimeText.StartsWithIgnoreCase(text, start, end, "mail-daemon@")
                || SmtpMimeText.StartsWithIgnoreCase(text, start, end, "mailerdaemon@");
        }

        /// <summary>Whether the range holds an ASCII letter.</summary>
        internal static bool HasLetter(SmtpMimeText text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the range is one local part alone (RFC 5322 dot-atom characters, no '@'), as a bounce may name a user of its own host.</summary>
        internal static bool IsLocalPart(SmtpMimeText text, int start, int end)
        {
            if (end <= start || end - start > 64 || text[start] == '.' || text[end - 1] == '.')
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                if (!IsLocalChar(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the quote at <paramref name="quote"/> opens a quoted local part: its closing quote, on the same line,
        /// is followed by the '@'. An '@' inside the quotes is the local part's ("a@b"@c); a quote that closes before
        /// no '@' ("Name" &lt;a@b&gt;, "a@b" &lt;a@b&gt;, "a@b") or never closes opens none.
        /// </summary>
        private static bool OpensQuotedLocalPart(SmtpMimeText text, int quote, int end)
        {
            int closing = ClosingQuote(text, quote, end);
            return closing > quote + 1 && closing + 1 < end && text[closing + 1] == '@';
        }

        /// <summary>The quote that closes the one at <paramref name="quote"/> on the same line, before <paramref name="end"/>; -1 when there is none.</summary>
        private static int ClosingQuote(SmtpMimeText text, int quote, int end)
        {
            for (int i = quote + 1; i < end; i++)
            {
                char c = text[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    return i;
                }
                else if (IsQuoteStop(c))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>The opening quote of the quoted local part that <paramref name="closing"/> closes, on the same line; -1 when there is none.</summary>
        private static int QuotedLocalPartStart(SmtpMimeText text, int start, int closing)
        {
            for (int i = closing - 1; i >= start; i--)
            {
                char c = text[i];
                if (c == '"' && (i == start || text[i - 1] != '\\'))
                {
                    return i < closing - 1 ? i : -1;
                }

                if (IsQuoteStop(c))
                {
                    return -1;
                }
            }

            return -1;
        }

        // The longest quoted local part looked for around an '@' inside it, quotes included: RFC 5321 4.5.3.1.1's 64
        // octets of a local part. The bound keeps the search linear in a line of quotes and '@'s that never closes.
        private const int MaxQuotedLocalPart = 66;

        /// <summary>
        /// The opening quote of a quoted local part that holds the '@' at <paramref name="at"/> ("a@b"@c), its closing
        /// quote followed by '@' through <paramref name="closing"/>; -1 when the '@' lies in no such local part.
        /// </summary>
        private static int QuotedLocalPartAround(SmtpMimeText text, int start, int at, int end, out int closing)
        {
            closing = -1;
            if (at == start || text[at - 1] == '"')
            {
                // An '@' right after a quote follows the local part, not inside it (QuotedLocalPartStart's case).
                return -1;
            }

            int limit = global::System.Math.Max(start, at - MaxQuotedLocalPart);
            int opening = -1;
            for (int i = at - 1; i >= limit && opening < 0; i--)
            {
                char c = text[i];
                if (c == '"' && (i == start || text[i - 1] != '\\'))
                {
                    opening = i;
                }
                else if (IsQuoteStop(c))
                {
                    return -1;
                }
            }

            // The opening quote stands after a blank, a bracket or a field's punctuation, never after the word a
            // closing quote ends ("a" b@c"@d holds no quoted local part).
            if (opening < 0 || (opening > start && (IsLocalChar(text[opening - 1]) || text[opening - 1] == '"' || text[opening - 1] == '@')))
            {
                return -1;
            }

            int found = ClosingQuote(text, at, global::System.Math.Min(end, opening + MaxQuotedLocalPart));
            if (found < 0 || found + 2 >= end || text[found + 1] != '@' || !IsDomainChar(text[found + 2]))
            {
                return -1;
            }

            closing = found;
            return opening;
        }

        // Where a quoted local part is looked for no further: the end of its line or an angle bracket around it.
        private static bool IsQuoteStop(char c)
        {
            return c == '\n' || c == '\r' || c == '<' || c == '>';
        }

        private static bool IsLocalChar(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '+' || c == '=' || c == '!' || c == '#' || c == '$' || c == '%'
                || c == '&' || c == '*' || c == '/' || c == '?' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' || c == '~';
        }

        private static bool IsDomainChar(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        }
    }
}
