namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    // Without spans the parser reads a string or the start of a buffer (the bounce reader's), with the same members.
    using SmtpText = SmtpMimeText;
#endif

    public readonly partial struct SmtpReply
    {
        // The reply's own text once its codes are found (SmtpReply.cs): where it starts, its white space and case
        // normalized as the catalog's match strings are, and without the wrapper an MTA put around it.
        // Where the human-readable text starts: after the basic code, a repetition of it and the enhanced code
        // that follows it; after a leading enhanced code when there is no basic code; else at the beginning.
        private static int FindTextStart(SmtpText text, int basicStart, int basic, int enhancedStart, int enhancedEnd)
        {
            if (basicStart >= 0)
            {
                var position = AfterBasicCode(text, basicStart, basic);
                return OwnEnhancedCodeAfter(text, position) == enhancedStart ? SkipSpaces(text, enhancedEnd) : position;
            }

            if (enhancedStart >= 0)
            {
                var lead = 0;
                while (lead < enhancedStart && (char.IsWhiteSpace(text[lead]) || text[lead] == '#'))
                {
                    CountStep();
                    lead++;
                }

                if (lead == enhancedStart)
                {
                    return SkipSpaces(text, enhancedEnd);
                }
            }

            return 0;
        }

        // After the basic code, a repetition of it ("550 550 ...", "550-550 ...") and the separators between.
        private static int AfterBasicCode(SmtpText text, int basicStart, int basic)
        {
            var position = SkipSeparators(text, basicStart + 3);
            return IsBasicCodeAt(text, position) && ThreeDigits(text, position) == basic ? SkipSeparators(text, position + 3) : position;
        }

        // Where the reply's own enhanced code would stand (RFC 2034: first in the text): after the basic code as
        // FindTextStart reads it, or after leading spaces when the text has no basic code.
        private static int OwnEnhancedCodeAt(SmtpText text, int basicStart, int basic) =>
            OwnEnhancedCodeAfter(text, basicStart >= 0 ? AfterBasicCode(text, basicStart, basic) : SkipSpaces(text, 0));

        // The one rule for what may stand between the basic code and the reply's own enhanced code: Exchange's '#'
        // ("550 #5.1.1"), or a colon glued to the code, which goes with it ("550: 5.1.1 ...").
        private static int OwnEnhancedCodeAfter(SmtpText text, int position)
        {
            if (position >= text.Length)
            {
                return position;
            }

            return text[position] == '#' ? position + 1 : text[position] == ':' ? SkipSpaces(text, position + 1) : position;
        }

        private static int SkipSeparators(SmtpText text, int index)
        {
            while (index < text.Length && (text[index] == ' ' || text[index] == '\t' || text[index] == '-'))
            {
                CountStep();
                index++;
            }

            return index;
        }

        private static int SkipSpaces(SmtpText text, int index)
        {
            while (index < text.Length && (text[index] == ' ' || text[index] == '\t'))
            {
                CountStep();
                index++;
            }

            return index;
        }

        // Copies the text from start into buffer (at most one character per character read): white space runs become
        // one space, and the code prefixes of continuation lines are dropped, at the start of a line ("550-5.7.1 ")
        // and, for the reply's own code, where a multi-line reply was flattened onto one line. With fold, letters beyond
        // ASCII are lower-cased as the catalog's match strings are (SmtpCatalogLayout, shared with the generator); ASCII
        // letters are left as they are, because the scanner's character classes fold them.
        private static int Normalize(SmtpText text, int start, int basic, bool fold, char[] buffer)
        {
            var length = 0;
            var pendingSpace = false;
            var atLineStart = start == 0;
            var atWordStart = true;
            var index = start;
            while (index < text.Length)
            {
                CountStep();
                var c = text[index];
                if (SmtpCatalogLayout.IsSeparator(c))
                {
                    atLineStart |= c == '\r' || c == '\n';
                    atWordStart = true;
                    pendingSpace = length > 0;
                    index++;
                    continue;
                }

                if (atWordStart)
                {
                    var prefix = ContinuationPrefixLength(text, index, basic, atLineStart);
                    atLineStart = false;
                    if (prefix > 0)
                    {
                        index += prefix;
                        continue;
                    }

                    atWordStart = false;
                    if (pendingSpace)
                    {
                        buffer[length++] = ' ';
                        pendingSpace = false;
                    }
                }

                buffer[length++] = fold && c >= SmtpCatalogLayout.AsciiWidth ? SmtpCatalogLayout.Fold(c) : c;
                index++;
            }

            return length;
        }

        private static int ContinuationPrefixLength(SmtpText text, int index, int basic, bool atLineStart)
        {
            if (!IsBasicCodeAt(text, index))
            {
                return 0;
            }

            var position = index + 3;
            var dash = position < text.Length && text[position] == '-';
            var enhancedAt = SkipSpaces(text, dash ? position + 1 : position);
            if (enhancedAt < text.Length && text[enhancedAt] == '#')
            {
                enhancedAt++;
            }

            SmtpEnhancedStatusCode code;
            int enhancedEnd;
            var hasEnhanced = TryReadEnhancedCode(text, enhancedAt, out code, out enhancedEnd);
            if (!atLineStart && (basic == 0 || ThreeDigits(text, index) != basic || (!dash && !hasEnhanced)))
            {
                return 0;
            }

            position = hasEnhanced ? enhancedEnd : dash ? position + 1 : position;
            return SkipSpaces(text, position) - index;
        }

        // Wrapper text after the reply: Postfix's "(in reply to RCPT TO command)" and the closing quote of
        // Exchange's "Remote Server returned '...'".
        // The body is the normalized text in the buffer; the result is where the text ends without the wrapper.
        private static int WrapperEnd(char[] body, int length, char openingQuote)
        {
            var end = length;
            if (end > 0 && body[end - 1] == ')')
            {
                var wrapper = LastIndexOfInReplyTo(body, length);
                end = wrapper >= 0 ? wrapper : end;
            }

            while (end > 0 && body[end - 1] == ' ')
            {
                CountStep();
                end--;
            }

            if (openingQuote != '\0' && end > 0 && body[end - 1] == openingQuote)
            {
                end--;
            }

            // Where a wrapper was cut, the text ends at its last character that is not white space (string.TrimEnd).
            while (end < length && end > 0 && char.IsWhiteSpace(body[end - 1]))
            {
                CountStep();
                end--;
            }

            return end;
        }

        private const string InReplyTo = "(in reply to ";

        // The last "(in reply to " in the body, compared as string.LastIndexOf does with OrdinalIgnoreCase.
        private static int LastIndexOfInReplyTo(char[] body, int length)
        {
#if SMTPCODES_SPAN
            var value = global::System.MemoryExtensions.AsSpan(InReplyTo);
            for (var start = length - InReplyTo.Length; start >= 0; start--)
            {
                CountStep();
                if (global::System.MemoryExtensions.CompareTo(new global::System.ReadOnlySpan<char>(body, start, InReplyTo.Length), value, global::System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return start;
                }
            }

            return -1;
#else
            return SmtpMimeText.LastIndexOfIgnoreCase(new SmtpMimeText(body, length), 0, length, InReplyTo);
#endif
        }

        private static char OpeningQuote(SmtpText text, int basicStart)
        {
            var before = basicStart - 1;
            while (before >= 0 && text[before] == ' ')
            {
                CountStep();
                before--;
            }

            return before >= 0 && (text[before] == '\'' || text[before] == '"') ? text[before] : '\0';
        }
    }
}
