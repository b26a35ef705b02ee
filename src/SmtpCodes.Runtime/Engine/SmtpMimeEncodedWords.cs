namespace SmtpCodes
{
    using global::System.Text;

    /// <summary>
    /// RFC 2047 encoded words in header values (<c>=?utf-8?B?...?=</c>, <c>=?iso-8859-1?Q?...?=</c>). Whitespace between
    /// two encoded words is dropped, as the RFC says; a malformed word is kept as written.
    /// </summary>
    internal static class SmtpMimeEncodedWords
    {
        internal static string Decode(string value)
        {
            return Decode(value, 0, value.Length);
        }

        // A header's value where it lies (SmtpMimeHeaderList.Find): a string is made only of the result, the value as
        // written when it has no encoded word.
        internal static string Decode(SmtpMimeText value, int from, int end)
        {
            if (IndexOfWordStart(value, from, end) < 0)
            {
                return value.Substring(from, end - from);
            }

            StringBuilder result = SmtpMimeDecoder.Builder();
            int position = from;
            bool lastWasEncoded = false;
            while (position < end)
            {
                int start = IndexOfWordStart(value, position, end);
                if (start < 0)
                {
                    value.AppendTo(result, position, end - position);
                    break;
                }

                if (TryDecodeWord(value, start, end, out string word, out int after))
                {
                    bool onlyBlank = SmtpMimeText.IsBlank(value, position, start);
                    if (!(lastWasEncoded && onlyBlank))
                    {
                        value.AppendTo(result, position, start - position);
                    }

                    result.Append(word);
                    lastWasEncoded = true;
                    position = after;
                }
                else
                {
                    value.AppendTo(result, position, start + 2 - position);
                    lastWasEncoded = false;
                    position = start + 2;
                }
            }

            return SmtpMimeDecoder.Finish(result);
        }

        private static int IndexOfWordStart(SmtpMimeText value, int from, int end)
        {
            return end - from >= 2 ? value.IndexOf("=?", from, end - from, global::System.StringComparison.Ordinal) : -1;
        }

        private static bool TryDecodeWord(SmtpMimeText value, int start, int end, out string word, out int after)
        {
            word = string.Empty;
            after = start;
            int charsetEnd = start + 2 < end ? value.IndexOf('?', start + 2, end - start - 2) : -1;
            if (charsetEnd < 0 || charsetEnd + 2 >= end || value[charsetEnd + 2] != '?' || charsetEnd - start > 66)
            {
                return false;
            }

            char encoding = char.ToUpperInvariant(value[charsetEnd + 1]);
            int textStart = charsetEnd + 3;
            int textEnd = end - textStart >= 2 ? value.IndexOf("?=", textStart, end - textStart, global::System.StringComparison.Ordinal) : -1;
            if (textEnd < 0 || (encoding != 'B' && encoding != 'Q'))
            {
                return false;
            }

            string charset = value.Substring(start + 2, charsetEnd - start - 2);
            int star = charset.IndexOf('*');
            if (star >= 0)
            {
                // RFC 2231 language suffix: =?utf-8*en?Q?...?=
                charset = charset.Substring(0, star);
            }

            word = SmtpMimeDecoder.DecodeWord(value, textStart, textEnd, encoding == 'B', charset.Length == 0 ? "us-ascii" : charset);
            after = textEnd + 2;
            return true;
        }
    }
}
