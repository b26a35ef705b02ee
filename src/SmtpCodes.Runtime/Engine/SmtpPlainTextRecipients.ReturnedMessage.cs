namespace SmtpCodes
{
    /// <summary>
    /// Where the quoted returned message starts in a bounce's text: the recipients are looked for only before it.
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        private const string ReceivedField = "Received: ";
        private const string ReturnPathField = "Return-Path: ";
        private static readonly char[] LineBreaks = { '\r', '\n' };

        /// <summary>
        /// Where the quoted returned message starts in the text (its length when there is none): the first line that
        /// holds a returned-message marker, or that starts a Received or Return-Path field after some text.
        /// </summary>
        internal static int ReturnedMessageStart(SmtpMimeText text, int start, int end)
        {
            // Every marker mentions "message" or "header": the next place each of the four words occurs is found by one
            // forward search over the text, and only the lines that hold one are looked at, not every line.
            int firstText = SmtpMimeText.TrimStart(text, start, end, SmtpMimeText.BlanksAndLineBreaks);
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

                if (firstText < lineStart && (SmtpMimeText.StartsWithIgnoreCase(text, lineStart, lineEnd, ReceivedField) || SmtpMimeText.StartsWithIgnoreCase(text, lineStart, lineEnd, ReturnPathField)))
                {
                    return lineStart;
                }

                position = next;
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
        private static int NextWord(SmtpMimeText text, string word, int from, int end, int found)
        {
            if (found == NoneLeft || found >= from)
            {
                return found;
            }

            int at = text.IndexOf(word, from, end - from, global::System.StringComparison.OrdinalIgnoreCase);
            return at < 0 ? NoneLeft : at;
        }
    }
}
