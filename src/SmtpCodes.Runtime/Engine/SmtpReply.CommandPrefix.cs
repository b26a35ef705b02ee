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
        // The most characters of words between the start of a line and its code that still read as a command's name
        // and a note about it ("MAIL+RCPT", "DATA closing", "end of DATA"): longer runs of words are a sentence.
        private const int LongestCommandPrefix = 24;

        // The commands of RFC 5321 section 4.1.1 and of the extensions a relay logs beside them (BDAT, RFC 3030;
        // STARTTLS, RFC 3207; AUTH, RFC 4954), as a relay writes them: in capitals.
        private static readonly string[] CommandNames =
        {
            "HELO", "EHLO", "MAIL", "RCPT", "DATA", "BDAT", "RSET", "VRFY", "EXPN", "NOOP", "QUIT", "STARTTLS", "AUTH",
        };

        /// <summary>
        /// Whether the words from the start of the text (or of its line, or after a diagnostic type's ';') up to
        /// position last name the SMTP command the reply answered: a command in capitals and at most a few more words
        /// ("MAIL+RCPT 550 ...", "DATA closing 554 spam detected"). A relay's Diagnostic-Code names the command before
        /// the reply it quotes (RFC 3464 section 2.3.6 gives the reply as the smtp diagnostic; RFC 5321 section 4.1.1
        /// names the commands and 4.2 puts the code first in the reply), so the code after them stands as a reply
        /// code even with no enhanced code after it. A sentence's number ("more than 500 recipients") has no command
        /// before it.
        /// </summary>
        private static bool IsAfterCommandName(SmtpText text, int last)
        {
            var start = last;
            while (start >= 0 && last - start < LongestCommandPrefix && IsCommandPrefixChar(text[start]))
            {
                CountStep();
                start--;
            }

            if (start >= 0 && text[start] != ';' && text[start] != '\n' && text[start] != '\r' && !IsEnhancedCodeOpeningTheLine(text, start))
            {
                return false;
            }

            start++;
            while (start <= last && (text[start] == ' ' || text[start] == '\t'))
            {
                CountStep();
                start++;
            }

            for (var word = start; word <= last; word = SkipToNextWord(text, word, last))
            {
                if (StartsWithCommandName(text, word, last))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether an enhanced code that opens the text or its line ends at position last: the bounce reader joins a
        // report's Status before words that have none ("5.0.0 DATA closing 554 ..."), as a reply writes its own code
        // after the basic one.
        private static bool IsEnhancedCodeOpeningTheLine(SmtpText text, int last)
        {
            const int LongestEnhancedCode = 9;
            var first = last;
            while (first > 0 && last - first < LongestEnhancedCode && (IsDigit(text[first - 1]) || text[first - 1] == '.'))
            {
                CountStep();
                first--;
            }

            SmtpEnhancedStatusCode code;
            int end;
            return (first == 0 || text[first - 1] == '\n' || text[first - 1] == '\r')
                && TryReadEnhancedCode(text, first, out code, out end) && end == last + 1;
        }

        private static bool IsCommandPrefixChar(char c) =>
            char.IsLetter(c) || c == ' ' || c == '\t' || c == '+' || c == '/';

        // The position after the next blank, '+' or '/' from word, or past last.
        private static int SkipToNextWord(SmtpText text, int word, int last)
        {
            var next = word;
            while (next <= last && text[next] != ' ' && text[next] != '\t' && text[next] != '+' && text[next] != '/')
            {
                CountStep();
                next++;
            }

            return next + 1;
        }

        // A command name in capitals at position word, ending at a blank, '+', '/' or the end of the words (last).
        private static bool StartsWithCommandName(SmtpText text, int word, int last)
        {
            foreach (var name in CommandNames)
            {
                var end = word + name.Length;
                if (end - 1 > last || (end <= last && text[end] != ' ' && text[end] != '\t' && text[end] != '+' && text[end] != '/'))
                {
                    continue;
                }

                var matches = true;
                for (var offset = 0; offset < name.Length && matches; offset++)
                {
                    CountStep();
                    matches = text[word + offset] == name[offset];
                }

                if (matches)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
