namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    // Without spans the parser reads a string or the start of a buffer (the bounce reader's), with the same members.
    using SmtpText = SmtpMimeText;
#endif

    /// <summary>
    /// A server's reply as bounces and logs show it: the basic code, the enhanced status code and the text. It is
    /// found in single and multi-line replies (also flattened onto one line), behind MTA wrappers ("smtp;", Postfix's
    /// "host X said:", Exim's "SMTP error from remote mail server after RCPT TO:...:", Sendmail's "&lt;&lt;&lt; ",
    /// Exchange's "Remote Server returned '...'", relays' "-&gt; 550"), in repeated codes ("554 554 5.7.1") and in
    /// qmail's "(#5.1.1)".
    /// </summary>
    public readonly partial struct SmtpReply
    {
        private readonly int basicValue;
        private readonly SmtpEnhancedStatusCode enhancedValue;
        private readonly bool hasEnhanced;
#if SMTPCODES_NULLABLE
        private readonly string? text;
#else
        private readonly string text;
#endif

#if SMTPCODES_NULLABLE
        private SmtpReply(int basicValue, SmtpEnhancedStatusCode enhancedValue, bool hasEnhanced, string? text)
#else
        private SmtpReply(int basicValue, SmtpEnhancedStatusCode enhancedValue, bool hasEnhanced, string text)
#endif
        {
            this.basicValue = basicValue;
            this.enhancedValue = enhancedValue;
            this.hasEnhanced = hasEnhanced;
            this.text = text;
        }

        /// <summary>The same codes with a basic code the text did not state (an MTA's own reply for what the report says).</summary>
        internal SmtpReply WithBasicCode(int basic) => new SmtpReply(basic, enhancedValue, hasEnhanced, text);

        /// <summary>The basic three-digit code (class 2, 4 or 5), or null when the text has none.</summary>
        public SmtpReplyCode? BasicCode => basicValue == 0 ? (SmtpReplyCode?)null : (SmtpReplyCode)basicValue;

        /// <summary>The enhanced status code (RFC 3463), or null when the text has none.</summary>
        public SmtpEnhancedStatusCode? EnhancedCode => hasEnhanced ? enhancedValue : (SmtpEnhancedStatusCode?)null;

        /// <summary>The human-readable text after the codes, continuation prefixes removed and lines joined.</summary>
        public string Text => text ?? string.Empty;

        /// <summary>The class of the basic code: what the client must do. Unknown when the text has no basic code.</summary>
        public SmtpReplyClass Class => basicValue == 0 ? SmtpReplyClass.Unknown : (SmtpReplyClass)(basicValue / 100);

        /// <summary>Whether a basic or an enhanced code was found.</summary>
        public bool HasCode => basicValue != 0 || hasEnhanced;

        /// <summary>Finds the basic code, the enhanced code and the text of a reply.</summary>
        /// <returns>Whether a code was found; without one, <paramref name="reply"/> still holds the text.</returns>
#if SMTPCODES_NULLABLE
        public static bool TryParse(string? text, out SmtpReply reply)
#else
        public static bool TryParse(string text, out SmtpReply reply)
#endif
        {
            if (text is null)
            {
                reply = default(SmtpReply);
                return false;
            }

#if SMTPCODES_SPAN
            reply = ParseCore(global::System.MemoryExtensions.AsSpan(text));
#else
            reply = ParseCore(text);
#endif
            return reply.HasCode;
        }

#if SMTPCODES_SPAN
        /// <summary>Finds the basic code, the enhanced code and the text of a reply.</summary>
        /// <returns>Whether a code was found; without one, <paramref name="reply"/> still holds the text.</returns>
        public static bool TryParse(global::System.ReadOnlySpan<char> text, out SmtpReply reply)
        {
            reply = ParseCore(text);
            return reply.HasCode;
        }

#endif
        /// <summary>
        /// Explains a reply: its class, the bounce reason, whether it is a hard bounce, who must act and what to do.
        /// A catalog message whose text and codes fit the reply decides first, then the enhanced code, then the basic code.
        /// </summary>
#if SMTPCODES_NULLABLE
        public static SmtpDiagnosis Diagnose(string? text)
#else
        public static SmtpDiagnosis Diagnose(string text)
#endif
        {
#if SMTPCODES_SPAN
            return DiagnoseCore(global::System.MemoryExtensions.AsSpan(text ?? string.Empty), 0);
#else
            return DiagnoseCore(text ?? string.Empty, 0);
#endif
        }

        /// <summary>
        /// Explains a reply whose basic code comes apart from its text, as a library reports it (MailKit's
        /// <c>SmtpCommandException.StatusCode</c> and <c>Message</c>, System.Net.Mail's <c>SmtpException.StatusCode</c>):
        /// the given code is the reply's basic code; a value that is no reply code (such as -1) leaves the text's own.
        /// </summary>
#if SMTPCODES_NULLABLE
        public static SmtpDiagnosis Diagnose(int basicCode, string? text)
#else
        public static SmtpDiagnosis Diagnose(int basicCode, string text)
#endif
        {
#if SMTPCODES_SPAN
            return DiagnoseCore(global::System.MemoryExtensions.AsSpan(text ?? string.Empty), basicCode);
#else
            return DiagnoseCore(text ?? string.Empty, basicCode);
#endif
        }

#if SMTPCODES_SPAN
        /// <summary>
        /// Explains a reply: its class, the bounce reason, whether it is a hard bounce, who must act and what to do.
        /// A catalog message whose text and codes fit the reply decides first, then the enhanced code, then the basic code.
        /// </summary>
        public static SmtpDiagnosis Diagnose(global::System.ReadOnlySpan<char> text) => DiagnoseCore(text, 0);

        /// <summary>Explains a reply whose basic code comes apart from its text (see <see cref="Diagnose(int, string)"/>).</summary>
        public static SmtpDiagnosis Diagnose(int basicCode, global::System.ReadOnlySpan<char> text) => DiagnoseCore(text, basicCode);

#endif
#if SMTPCODES_COUNT_WORK
        // The iterations of every loop over the reply text or the automaton, counted only when the tests compile the
        // engine with SMTPCODES_COUNT_WORK (PropertyTests): linear time is proven as work per character, not as time.
        [global::System.ThreadStatic]
        internal static long WorkSteps;

#endif
        // Compiled away, call and all, unless SMTPCODES_COUNT_WORK is defined where it is called.
        [global::System.Diagnostics.Conditional("SMTPCODES_COUNT_WORK")]
        private static void CountStep()
        {
#if SMTPCODES_COUNT_WORK
            WorkSteps++;
#endif
        }

        /// <summary>The reply as "550 5.1.1 text".</summary>
        public override string ToString()
        {
            var builder = new global::System.Text.StringBuilder();
            if (basicValue != 0)
            {
                builder.Append(basicValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            }

            if (hasEnhanced)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(enhancedValue.ToString());
            }

            if (Text.Length > 0)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(Text);
            }

            return builder.ToString();
        }

        private static SmtpReply ParseCore(SmtpText text)
        {
            int basicStart;
            int textStart;
            var codes = FindCodesAndText(text, out basicStart, out textStart);
            var buffer = new char[text.Length - textStart];
            var length = TextInto(text, codes.basicValue, basicStart, textStart, buffer);
            return new SmtpReply(codes.basicValue, codes.enhancedValue, codes.hasEnhanced, new string(buffer, 0, length));
        }

        /// <summary>
        /// The text <see cref="TryParse(string, out SmtpReply)"/> gives as <see cref="Text"/>, written into
        /// <paramref name="buffer"/> (at least as long as <paramref name="text"/>): its length. For a caller that reads
        /// the text where it lies (the bounce reader), so that no string of it is made.
        /// </summary>
        internal static int ParseTextInto(SmtpText text, char[] buffer)
        {
            int basicStart;
            int textStart;
            var codes = FindCodesAndText(text, out basicStart, out textStart);
            return TextInto(text, codes.basicValue, basicStart, textStart, buffer);
        }

        // The codes of a reply (as a reply without text), where its basic code stands (-1 for none) and where its text starts.
        private static SmtpReply FindCodesAndText(SmtpText text, out int basicStart, out int textStart)
        {
            int enhancedStart;
            int enhancedEnd;
            var codes = FindCodes(text, out basicStart, out enhancedStart, out enhancedEnd);
            textStart = FindTextStart(text, basicStart, codes.basicValue, codes.hasEnhanced ? enhancedStart : -1, enhancedEnd);
            return codes;
        }

        // The reply's text from textStart, normalized into buffer and without the wrapper after it: its length.
        private static int TextInto(SmtpText text, int basic, int basicStart, int textStart, char[] buffer)
        {
            var length = Normalize(text, textStart, basic, false, buffer);
            return WrapperEnd(buffer, length, basicStart < 0 ? '\0' : OpeningQuote(text, basicStart));
        }

        // The codes of a reply (as a reply without text), and where they stand: -1 for a code the text lacks.
        private static SmtpReply FindCodes(SmtpText text, out int basicStart, out int enhancedStart, out int enhancedEnd)
        {
            basicStart = FindBasicCode(text);
            var basic = basicStart < 0 ? 0 : ThreeDigits(text, basicStart);
            SmtpEnhancedStatusCode enhanced;
            var hasEnhanced = FindEnhancedCode(text, basic / 100, out enhanced, out enhancedStart, out enhancedEnd);
            return new SmtpReply(basic, enhanced, hasEnhanced, null);
        }

        // The first code that stands where replies put it: at the start of the text or of a line, or after the
        // punctuation of a wrapper ("smtp;550", "said: 550", "returned '550", Sendmail's "<<< 550", "-> 550", "550-550",
        // Python's "(550, b'...')"). A number after a plain word counts only when an enhanced code follows it ("error
        // 550 5.1.1") or a quoted reply does (AOL's "Unknown address error 550-'...'"), so the numbers of a sentence
        // ("more than 500 recipients") are no code. A success logged before a failure (a 220 greeting, then a 554) is
        // not the reply that failed: a failure at the start of a later line decides. The exit status of a program
        // ("x-unix; 255") is no SMTP code. A code with punctuation glued to it ("550: 5.1.1", "[554 5.4.6",
        // "ERROR_CODE :550, ERROR_CODE :5.1.1") counts where an enhanced code of its class follows it
        // (IsPunctuatedCodeAt) or a label names it a code (IsLabelledCodeAt), so that a size or a count ("size: 500,
        // limit") stays no code.
        private static int FindBasicCode(SmtpText text)
        {
            var afterWord = -1;
            for (var index = NextCodeDigit(text, 0); index >= 0 && index + 2 < text.Length; index = NextCodeDigit(text, index + 1))
            {
                CountStep();
                if (!IsBasicCodeAt(text, index) && !IsPunctuatedCodeAt(text, index) && !IsLabelledCodeAt(text, index))
                {
                    continue;
                }

                var before = index - 1;
                while (before >= 0 && (text[before] == ' ' || text[before] == '\t'))
                {
                    CountStep();
                    before--;
                }

                if (before < 0 || IsWrapperMark(text[before]) || IsRepeatedAfterDash(text, index))
                {
                    if (before >= 0 && text[before] == ';' && IsUnixDiagnosticType(text, before))
                    {
                        continue;
                    }

                    return text[index] == '2' ? FailureOnALaterLine(text, index) : index;
                }

                // After a word and a blank, or in a bracket ("with the following error message: [554 5.4.6 ...]", as
                // Sisimai's X6 set-of-emails message quotes the reply): a code only where an enhanced code follows.
                if (afterWord < 0 && (before < index - 1 || text[before] == '[') && (IsSpaceThenEnhancedCode(text, index + 3) || IsQuotedContinuation(text, index + 3)))
                {
                    afterWord = index;
                }
            }

            return afterWord;
        }

        // The first failure code (4yz or 5yz) that starts a line after a success code's line, else the success code.
        private static int FailureOnALaterLine(SmtpText text, int success)
        {
            for (var index = success + 3; index + 2 < text.Length; index++)
            {
                if ((text[index - 1] == '\n' || text[index - 1] == '\r') && (text[index] == '4' || text[index] == '5') && IsBasicCodeAt(text, index))
                {
                    return index;
                }
            }

            return success;
        }

#if !SMTPCODES_SPAN
        private static readonly char[] CodeDigits = { '2', '4', '5' };

#endif
        // The first position from start that holds a digit a code can begin with (2, 4 or 5: the classes RFC 5321 and
        // RFC 3463 give a failure or a success), or -1. Most of a reply is words, so the code searches jump from one
        // such digit to the next (a vectorised search where spans exist).
        private static int NextCodeDigit(SmtpText text, int start)
        {
#if SMTPCODES_SPAN
            var found = global::System.MemoryExtensions.IndexOfAny(text.Slice(start), '2', '4', '5');
            return found < 0 ? -1 : start + found;
#else
            return text.IndexOfAny(CodeDigits, start, text.Length - start);
#endif
        }

        // "x-unix;" (RFC 3464's diagnostic type of a local program) before the ';' at position semicolon.
        private static bool IsUnixDiagnosticType(SmtpText text, int semicolon)
        {
            const string UnixType = "x-unix";
            var start = semicolon - UnixType.Length;
            if (start < 0)
            {
                return false;
            }

            for (var offset = 0; offset < UnixType.Length; offset++)
            {
                if (char.ToLowerInvariant(text[start + offset]) != UnixType[offset])
                {
                    return false;
                }
            }

            return true;
        }

        // "550-550 5.1.1": a code glued by a '-' to the code of the line it continues. A '-' after anything else is a
        // word's or a host name's ("ip-10-201-3-4.example.net", "mx-550-1"), and the number after it is no reply code.
        private static bool IsRepeatedAfterDash(SmtpText text, int index) =>
            index >= 4 && text[index - 1] == '-' && IsBasicCodeAt(text, index - 4);

        private static bool IsQuotedContinuation(SmtpText text, int index) =>
            index + 1 < text.Length && text[index] == '-' && (text[index + 1] == '"' || text[index + 1] == '\'');

        private static bool IsWrapperMark(char c) =>
            c == '\r' || c == '\n' || c == ';' || c == ':' || c == '\'' || c == '"' || c == '#' || c == '>' || c == '<' || c == '(';

        // Three digits of class 2, 4 or 5, not glued to a word, a number or an address before them, and followed by
        // the end, white space or the '-' of a continuation line.
        private static bool IsBasicCodeAt(SmtpText text, int index)
        {
            if (index + 2 >= text.Length)
            {
                return false;
            }

            var first = text[index];
            if ((first != '2' && first != '4' && first != '5') || !IsDigit(text[index + 1]) || !IsDigit(text[index + 2]))
            {
                return false;
            }

            if (first == '2' && !IsSuccessReply(ThreeDigits(text, index)))
            {
                return false;
            }

            if (index > 0 && !IsCodeBoundary(text[index - 1]))
            {
                return false;
            }

            var end = index + 3;
            if (end == text.Length)
            {
                return true;
            }

            var next = text[end];
            // Python's smtplib writes the code as the first item of a tuple: "(550, b'5.1.1 ...')".
            return next == ' ' || next == '\t' || next == '\r' || next == '\n' || next == '-' || (next == ',' && index > 0 && text[index - 1] == '(');
        }

        // How long a label between a code's comma and its enhanced code may be (Zoho's " ERROR_CODE :").
        private const int LongestCodeLabel = 16;

        // A failure code (4yz or 5yz) with a colon or a comma glued to it, followed by an enhanced code of its class:
        // Yahoo's "550: 5.1.1 <a@b>: Recipient address rejected" (flufl.bounce's yahoo_13), Zoho's "ERROR_CODE :550,
        // ERROR_CODE :5.1.1 <a@b>... User Unknown" (Sisimai's email-zoho-01): the enhanced code after the colon, or
        // after the comma and a short label ending in a colon. A number glued to punctuation without one (a size, a
        // count, a time "5:50") is no code.
        private static bool IsPunctuatedCodeAt(SmtpText text, int index)
        {
            if (index + 4 >= text.Length || (text[index] != '4' && text[index] != '5') || !IsDigit(text[index + 1]) || !IsDigit(text[index + 2])
                || (index > 0 && !IsCodeBoundary(text[index - 1])))
            {
                return false;
            }

            var mark = text[index + 3];
            var next = index + 4;
            if (mark == ',')
            {
                // The label after the comma: letters, '_' and blanks up to its colon.
                var labelEnd = next;
                while (labelEnd < text.Length && labelEnd - next <= LongestCodeLabel && text[labelEnd] != ':' && (char.IsLetter(text[labelEnd]) || text[labelEnd] == '_' || text[labelEnd] == ' '))
                {
                    CountStep();
                    labelEnd++;
                }

                if (labelEnd >= text.Length || text[labelEnd] != ':')
                {
                    return false;
                }

                next = labelEnd + 1;
            }
            else if (mark != ':')
            {
                return false;
            }

            SmtpEnhancedStatusCode code;
            int end;
            return TryReadEnhancedCode(text, SkipSpaces(text, next), out code, out end) && (int)code.Class == text[index] - '0';
        }

        // The success replies RFC 5321 (4.2.3: 200 to 252) and its extensions (235, RFC 4954 AUTH; 253, RFC 2645 ATRN)
        // define. A success read where there is none turns a failure into a delivery, so a number such as the "201" of
        // a host name is no success reply; failures stay open to the codes vendors write beyond the RFC (571, 591).
        private static bool IsSuccessReply(int code) =>
            code == 200 || code == 211 || code == 214 || code == 220 || code == 221 || code == 235 || (code >= 250 && code <= 253);

        private static bool IsCodeBoundary(char c) =>
            char.IsWhiteSpace(c) || c == ';' || c == ':' || c == '\'' || c == '"' || c == '#' || c == '>' || c == '(' || c == '-' || c == '[' || c == ',' || c == '=';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static int ThreeDigits(SmtpText text, int index) =>
            ((text[index] - '0') * 100) + ((text[index + 1] - '0') * 10) + (text[index + 2] - '0');

        private static bool IsSpaceThenEnhancedCode(SmtpText text, int index)
        {
            if (index + 1 >= text.Length || text[index] != ' ')
            {
                return false;
            }

            var start = text[index + 1] == '#' ? index + 2 : index + 1;
            SmtpEnhancedStatusCode code;
            int end;
            return TryReadEnhancedCode(text, start, out code, out end);
        }

        // The first enhanced code whose class agrees with the basic code, else the first one: a version number
        // such as "2.3.4" earlier in the text does not hide the reply's "5.1.1".
        private static bool FindEnhancedCode(SmtpText text, int basicClass, out SmtpEnhancedStatusCode code, out int start, out int end)
        {
            code = default(SmtpEnhancedStatusCode);
            start = -1;
            end = -1;
            for (var index = NextCodeDigit(text, 0); index >= 0 && index + 4 < text.Length; index = NextCodeDigit(text, index + 1))
            {
                CountStep();
                SmtpEnhancedStatusCode candidate;
                int candidateEnd;
                if (!TryReadEnhancedCode(text, index, out candidate, out candidateEnd))
                {
                    continue;
                }

                var agrees = (int)candidate.Class == basicClass;
                if (start < 0 || agrees)
                {
                    code = candidate;
                    start = index;
                    end = candidateEnd;
                }

                if (agrees || basicClass == 0)
                {
                    return true;
                }

                index = candidateEnd - 1;
            }

            return start >= 0;
        }

        // class '.' subject '.' detail: class 2, 4 or 5, subject 0 to 7, one to three detail digits, not part of a
        // longer dotted number (an IP address, a version, Yahoo's "4.16.55.1").
        private static bool TryReadEnhancedCode(SmtpText text, int index, out SmtpEnhancedStatusCode code, out int end)
        {
            code = default(SmtpEnhancedStatusCode);
            end = index;
            if (index < 0 || index + 4 >= text.Length)
            {
                return false;
            }

            var first = text[index];
            if ((first != '2' && first != '4' && first != '5') || text[index + 1] != '.' || text[index + 3] != '.')
            {
                return false;
            }

            if (index > 0)
            {
                var before = text[index - 1];
                if (char.IsLetterOrDigit(before) || before == '.' || before == '_' || before == '/')
                {
                    return false;
                }
            }

            var subject = text[index + 2] - '0';
            if (subject < 0 || subject > 7)
            {
                return false;
            }

            var position = index + 4;
            var detail = 0;
            while (position < text.Length && position < index + 7 && IsDigit(text[position]))
            {
                CountStep();
                detail = (detail * 10) + (text[position] - '0');
                position++;
            }

            if (position == index + 4 || (position < text.Length && char.IsLetterOrDigit(text[position])))
            {
                return false;
            }

            if (position + 1 < text.Length && text[position] == '.' && IsDigit(text[position + 1]))
            {
                return false;
            }

            code = new SmtpEnhancedStatusCode(first - '0', subject, detail);
            end = position;
            return true;
        }
    }
}
