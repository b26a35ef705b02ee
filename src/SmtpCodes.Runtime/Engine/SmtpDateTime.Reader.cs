namespace SmtpCodes
{
    /// <summary>
    /// The cursor TryParse reads an RFC 5322 date-time with.
    /// </summary>
    internal static partial class SmtpDateTime
    {
        /// <summary>A cursor over the value: tokens, and the comments and white space RFC 5322 allows between them.</summary>
        private struct Reader
        {
            private readonly SmtpMimeText text;
            private readonly int end;
            private int position;

            internal Reader(SmtpMimeText text, int start, int end)
            {
                this.text = text;
                this.end = end;
                position = start;
            }

            // Whether anything but white space and comments is left.
            internal bool HasMore
            {
                get
                {
                    SkipSpace();
                    return position < end;
                }
            }

            // CFWS: blanks, line breaks (folding) and comments, which nest ("(a (b) c)") and may end the text unclosed.
            internal void SkipSpace()
            {
                int depth = 0;
                while (position < end)
                {
                    char c = text[position];
                    if (c == '(')
                    {
                        depth++;
                    }
                    else if (c == ')' && depth > 0)
                    {
                        depth--;
                    }
                    else if (c == '\\' && depth > 0)
                    {
                        // A quoted pair in a comment: the next character is text, never a parenthesis.
                        position++;
                    }
                    else if (depth == 0 && c != ' ' && c != '\t' && c != '\r' && c != '\n')
                    {
                        return;
                    }

                    position++;
                }
            }

            internal bool Skip(char c)
            {
                if (position < end && text[position] == c)
                {
                    position++;
                    return true;
                }

                return false;
            }

            // ":" between CFWS (RFC 5322 4.3 obs-hour and obs-minute allow comments and folding around the digits).
            internal bool Colon()
            {
                SkipSpace();
                bool colon = Skip(':');
                SkipSpace();
                return colon;
            }

            // The letters at the position (none: an empty range, and false).
            internal bool Letters(out int start, out int stop)
            {
                start = position;
                while (position < end && IsLetter(text[position]))
                {
                    position++;
                }

                stop = position;
                return stop > start;
            }

            internal void Digits()
            {
                while (position < end && IsDigit(text[position]))
                {
                    position++;
                }
            }

            internal bool Number(int fewest, int most, out int value)
            {
                return Number(fewest, most, out value, out int _);
            }

            // A number of fewest to most digits, after CFWS; more digits than most is no such number.
            internal bool Number(int fewest, int most, out int value, out int digits)
            {
                SkipSpace();
                value = 0;
                digits = 0;
                while (position < end && IsDigit(text[position]))
                {
                    if (++digits > most)
                    {
                        return false;
                    }

                    value = (value * 10) + (text[position] - '0');
                    position++;
                }

                return digits >= fewest;
            }

            // RFC 5322's "+hhmm" / "-hhmm", or an obs-zone name; a name without a known offset is -0000. False (and
            // nothing read) when the next token is no zone: a number (a year in asctime) or a word too long for one.
            internal bool Zone(out int offsetMinutes)
            {
                offsetMinutes = 0;
                SkipSpace();
                int start = position;
                if (position < end && (text[position] == '+' || text[position] == '-'))
                {
                    int sign = text[position] == '-' ? -1 : 1;
                    position++;
                    int digitsStart = position;
                    Digits();
                    if (position - digitsStart != 4)
                    {
                        position = start;
                        return false;
                    }

                    int hours = ((text[digitsStart] - '0') * 10) + (text[digitsStart + 1] - '0');
                    int minutes = ((text[digitsStart + 2] - '0') * 10) + (text[digitsStart + 3] - '0');
                    if (minutes > 59)
                    {
                        position = start;
                        return false;
                    }

                    offsetMinutes = sign * ((hours * 60) + minutes);

                    // "+0300 MSK": the zone's name after its offset says nothing more.
                    int afterOffset = position;
                    SkipSpace();
                    if (!Letters(out int nameStart, out int nameEnd) || nameEnd - nameStart > LongestZoneName)
                    {
                        position = afterOffset;
                    }

                    return true;
                }

                if (!Letters(out int wordStart, out int wordEnd) || wordEnd - wordStart > LongestZoneName)
                {
                    position = start;
                    return false;
                }

                for (int i = 0; i < ZoneNames.Length; i++)
                {
                    if (Is(text, wordStart, wordEnd, ZoneNames[i]))
                    {
                        offsetMinutes = ZoneHours[i] * 60;
                        return true;
                    }
                }

                // Military letters and other names: -0000 (RFC 5322 4.3).
                return true;
            }

            private static bool IsDigit(char c) => c >= '0' && c <= '9';

            private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
