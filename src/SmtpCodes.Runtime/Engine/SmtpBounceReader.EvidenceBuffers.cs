namespace SmtpCodes
{
    /// <summary>
    /// Evidence read where it lies or built in per-thread buffers, never as a string until it is kept: a recipient's
    /// words, those words joined with its Status, text read only to be diagnosed again, and a range's characters as the
    /// reply parser and the diagnoser read them.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // Evidence being built for one recipient, per thread: the words about it, and those words joined with its Status.
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? wordsChars;

        [global::System.ThreadStatic]
        private static char[]? joinedChars;
#else
        private static char[] wordsChars;

        [global::System.ThreadStatic]
        private static char[] joinedChars;
#endif

        // A buffer of at least that length: the thread's own, grown when it is short (a longer one than the longest
        // kept is for this recipient only).
#if SMTPCODES_NULLABLE
        private static char[] Scratch(ref char[]? kept, int length)
#else
        private static char[] Scratch(ref char[] kept, int length)
#endif
        {
            if (kept != null && kept.Length >= length)
            {
                return kept;
            }

            var buffer = new char[global::System.Math.Max(length, MaxEvidence + 64)];
            if (buffer.Length <= LongestKeptEvidence)
            {
                kept = buffer;
            }

            return buffer;
        }

        private const int LongestKeptEvidence = 16 * 1024;

#if SMTPCODES_NULLABLE
        private static SmtpTextRange Copied(global::System.Text.StringBuilder text, ref char[]? kept)
#else
        private static SmtpTextRange Copied(global::System.Text.StringBuilder text, ref char[] kept)
#endif
        {
            char[] chars = Scratch(ref kept, text.Length);
            text.CopyTo(0, chars, 0, text.Length);
            return new SmtpTextRange { Text = new SmtpMimeText(chars, text.Length), Start = 0, End = text.Length };
        }

#if SMTPCODES_SPAN
        // A range's characters where they lie, as the reply parser and the diagnoser read them.
        private static global::System.ReadOnlySpan<char> Chars(SmtpTextRange range) => range.Text.Span(range.Start, range.Length);
#else
        // A range's characters as the reply parser and the diagnoser read them without spans: a whole text (a string, or
        // the start of a buffer) where the span variant reads a slice. A range that is all of its text is that text; a
        // part of one is copied into the thread's buffer for it, valid until the next call (no string is made).
        private static SmtpMimeText Chars(SmtpTextRange range)
        {
            if (range.Start == 0 && range.End == range.Text.Length)
            {
                return range.Text;
            }

            char[] chars = Scratch(ref partChars, range.Length);
            range.Text.CopyTo(range.Start, chars, 0, range.Length);
            return new SmtpMimeText(chars, range.Length);
        }

        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? partChars;
#else
        private static char[] partChars;
#endif
#endif

        // "550 5.2.2" from a diagnosis with basic code 550 and the status 5.2.2; "5.2.2" when the text had no basic code.
        private static SmtpTextRange CodesOnly(SmtpDiagnosis diagnosis, SmtpTextRange status)
        {
            if (!diagnosis.BasicCode.HasValue)
            {
                return status;
            }

            int code = (int)diagnosis.BasicCode.Value;
            if (code < 100 || code > 999)
            {
                return SmtpTextRange.Whole(code.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " " + status.ToString());
            }

            // A reply code's three digits, written into the thread's buffer for text read again (no string of the number).
            int length = 4 + status.Length;
            char[] chars = Scratch(ref rereadChars, length);
            chars[0] = (char)('0' + (code / 100));
            chars[1] = (char)('0' + (code / 10 % 10));
            chars[2] = (char)('0' + (code % 10));
            chars[3] = ' ';
            status.Text.CopyTo(status.Start, chars, 4, status.Length);
            return SmtpTextRange.Whole(new SmtpMimeText(chars, length));
        }

        // Text read only to be diagnosed again (the Status with the basic code, "x-unix; " before the evidence), per thread.
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? rereadChars;
#else
        private static char[] rereadChars;
#endif

        // Two texts and a separator, joined in the thread's buffer for text read again.
        private static SmtpTextRange Joined(SmtpMimeText first, string separator, SmtpTextRange second)
        {
            int length = first.Length + separator.Length + second.Length;
            char[] chars = Scratch(ref rereadChars, length);
            first.CopyTo(0, chars, 0, first.Length);
            separator.CopyTo(0, chars, first.Length, separator.Length);
            second.Text.CopyTo(second.Start, chars, first.Length + separator.Length, second.Length);
            return SmtpTextRange.Whole(new SmtpMimeText(chars, length));
        }

        // "550 User unknown" + "5.1.1" reads as "550 5.1.1 User unknown"; a text without a basic code gets the status in front.
        private static bool TryParseStatus(SmtpTextRange status, out SmtpEnhancedStatusCode code)
        {
            return SmtpEnhancedStatusCode.TryParse(Chars(status), out code);
        }

        private static SmtpTextRange WithStatus(SmtpTextRange evidence, SmtpTextRange status)
        {
            // Joined in the thread's buffer from where the evidence and the Status lie: a string only if it is kept.
            SmtpMimeText text = evidence.Text;
            int start = evidence.Start;
            while (start < evidence.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            int length = evidence.End - start;
            if (length == 0)
            {
                return status;
            }

            char[] joined = Scratch(ref joinedChars, status.Length + 1 + length);
            int code = StartsWithReplyCode(text, start, evidence.End) ? 4 : 0;
            if (code > 0)
            {
                text.CopyTo(start, joined, 0, code);
                status.Text.CopyTo(status.Start, joined, code, status.Length);
                joined[code + status.Length] = ' ';
                text.CopyTo(start + code, joined, code + status.Length + 1, length - code);
            }
            else
            {
                status.Text.CopyTo(status.Start, joined, 0, status.Length);
                joined[status.Length] = ' ';
                text.CopyTo(start, joined, status.Length + 1, length);
            }

            return new SmtpTextRange { Text = new SmtpMimeText(joined, status.Length + 1 + length), Start = 0, End = status.Length + 1 + length };
        }
    }
}
