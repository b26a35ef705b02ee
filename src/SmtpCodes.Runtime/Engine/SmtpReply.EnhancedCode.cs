namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    // Without spans the parser reads a string or the start of a buffer (the bounce reader's), with the same members.
    using SmtpText = SmtpMimeText;
#endif

    /// <summary>
    /// Where the reply's enhanced status code is (RFC 3463, RFC 2034): class.subject.detail, the first that agrees with
    /// the basic code's class, else the first that is not a success class named later in a refusal's text.
    /// </summary>
    public readonly partial struct SmtpReply
    {
        // The first enhanced code whose class agrees with the basic code, else the first one that can be the reply's
        // own: a version number such as "2.3.4" earlier in the text does not hide the reply's "5.1.1".
        private static bool FindEnhancedCode(SmtpText text, int basicClass, int ownCodeAt, out SmtpEnhancedStatusCode code, out int start, out int end)
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

                // A refusal's text can name a success-class dotted number further on ("RFC 5321 2.3.5", a quoted "250
                // 2.0.0 Ok"), which is not its status: taken, it would read a refusal as delivered. Where the reply's
                // own code stands ("550 2.1.5"), it is the server's, a class conflict the basic code decides.
                if (basicClass >= 4 && (int)candidate.Class == 2 && index != ownCodeAt)
                {
                    index = candidateEnd - 1;
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

        /// <summary>
        /// Whether a character written right before a dotted number makes the number part of a longer word or path
        /// ("v2.0.1", "12.0.1", "/2.0.1"), which is no status code: the one bound the code scan and the bounce reader's
        /// rereading of a success (SmtpBounceReader.BlankSuccessNumbers) share.
        /// </summary>
        internal static bool EndsLongerToken(char before) => char.IsLetterOrDigit(before) || before == '.' || before == '_' || before == '/';

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
                if (EndsLongerToken(text[index - 1]))
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
