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
            if (value.IndexOf("=?", global::System.StringComparison.Ordinal) < 0)
            {
                return value;
            }

            StringBuilder result = SmtpMimeDecoder.Builder();
            int position = 0;
            bool lastWasEncoded = false;
            while (position < value.Length)
            {
                int start = value.IndexOf("=?", position, global::System.StringComparison.Ordinal);
                if (start < 0)
                {
                    result.Append(value, position, value.Length - position);
                    break;
                }

                if (TryDecodeWord(value, start, out string word, out int after))
                {
                    bool onlyBlank = SmtpMimeLines.IsBlank(value, position, start);
                    if (!(lastWasEncoded && onlyBlank))
                    {
                        result.Append(value, position, start - position);
                    }

                    result.Append(word);
                    lastWasEncoded = true;
                    position = after;
                }
                else
                {
                    result.Append(value, position, start + 2 - position);
                    lastWasEncoded = false;
                    position = start + 2;
                }
            }

            return SmtpMimeDecoder.Finish(result);
        }

        private static bool TryDecodeWord(string value, int start, out string word, out int after)
        {
            word = string.Empty;
            after = start;
            int charsetEnd = value.IndexOf('?', start + 2);
            if (charsetEnd < 0 || charsetEnd + 2 >= value.Length || value[charsetEnd + 2] != '?' || charsetEnd - start > 66)
            {
                return false;
            }

            char encoding = char.ToUpperInvariant(value[charsetEnd + 1]);
            int textStart = charsetEnd + 3;
            int textEnd = value.IndexOf("?=", textStart, global::System.StringComparison.Ordinal);
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
