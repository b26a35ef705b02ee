namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    // Without spans the parser reads a string or the start of a buffer (the bounce reader's), with the same members.
    using SmtpText = SmtpMimeText;
#endif

    /// <summary>
    /// Where the reply's basic code is (RFC 5321 section 4.2): three digits of class 2, 4 or 5 that stand as a code,
    /// not as a number in the words, a host name or an address.
    /// </summary>
    public readonly partial struct SmtpReply
    {
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
                // Sisimai's X6 set-of-emails message quotes the reply): a code only where an enhanced code follows, or
                // where the words before it name the SMTP command it answered ("DATA closing 554 spam detected").
                if (afterWord < 0 && (before < index - 1 || text[before] == '[')
                    && (IsSpaceThenEnhancedCode(text, index + 3) || IsQuotedContinuation(text, index + 3) || (before < index - 1 && IsAfterCommandName(text, before))))
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

        // A failure code (4yz or 5yz) with a colon or a comma glued to it, followed by an enhanced code of its class, or
        // at the start of a line with its colon and a blank (Yahoo's reply lines, below):
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
            else if ((index == 0 || text[index - 1] == '\n' || text[index - 1] == '\r') && next < text.Length && text[next] == ' ')
            {
                // A line that starts "550: ": Yahoo's failure notice writes each remote reply as "code: text" under the
                // address it failed ("550: 5.1.1 <a@b>... User Unknown", "501: 5.1.8 Sender address rejected", and
                // without an enhanced code "550: : User unknown", Sisimai's lhost-yahoo-10, -12 and -06): at a line's
                // start, glued to its colon and a blank, the number is that reply's code, not a size or a time.
                return true;
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

        // An ASCII digit: the only digits a reply code is written in (char.IsDigit also takes other scripts' digits).
        internal static bool IsDigit(char c) => c >= '0' && c <= '9';

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
    }
}
