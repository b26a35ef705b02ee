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

                if (TryFindWord(value, start, end, out EncodedWord word))
                {
                    bool onlyBlank = SmtpMimeText.IsBlank(value, position, start);
                    if (!(lastWasEncoded && onlyBlank))
                    {
                        value.AppendTo(result, position, start - position);
                    }

                    // Decoded straight into the result: no string of the word.
                    SmtpMimeDecoder.DecodeWord(value, word.TextStart, word.TextEnd, word.IsBase64, word.Charset, result);
                    lastWasEncoded = true;
                    position = word.TextEnd + 2;
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

        // Where an encoded word's parts lie: its encoded text, its encoding and its charset (a shared name).
        private struct EncodedWord
        {
            internal int TextStart;
            internal int TextEnd;
            internal bool IsBase64;
            internal string Charset;
        }

        private static bool TryFindWord(SmtpMimeText value, int start, int end, out EncodedWord word)
        {
            word = default(EncodedWord);
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

            // RFC 2231 language suffix: =?utf-8*en?Q?...?=
            int star = value.IndexOf('*', start + 2, charsetEnd - start - 2);
            int nameEnd = star < 0 ? charsetEnd : star;
            word.TextStart = textStart;
            word.TextEnd = textEnd;
            word.IsBase64 = encoding == 'B';
            word.Charset = nameEnd == start + 2 ? "us-ascii" : SmtpMimeDecoder.CharsetAt(value, start + 2, nameEnd);
            return true;
        }
    }
}
