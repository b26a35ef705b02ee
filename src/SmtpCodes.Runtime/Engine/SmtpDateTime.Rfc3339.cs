namespace SmtpCodes
{
    using global::System;

    /// <summary>
    /// The RFC 3339 form of a date-time, which JSON notifications (Amazon SES's) write, beside the RFC 5322 form that
    /// SmtpDateTime.cs reads.
    /// </summary>
    internal static partial class SmtpDateTime
    {
        /// <summary>
        /// Reads the range as an RFC 3339 date-time, the ISO 8601 profile JSON notifications write
        /// (<c>2016-10-21T06:58:02.245Z</c>, <c>2016-10-21T15:58:02+09:00</c>): <c>T</c>, <c>t</c> or a space between date
        /// and time (RFC 3339 5.6 and its note), a fraction of a second ignored, <c>Z</c> or a numeric offset required.
        /// </summary>
        internal static bool TryParseRfc3339(SmtpMimeText text, int start, int end, out DateTimeOffset date)
        {
            date = default(DateTimeOffset);
            if (start < 0 || end > text.Length || end - start < 20)
            {
                return false;
            }

            int year = Digits(text, start, 4);
            int month = Digits(text, start + 5, 2);
            int day = Digits(text, start + 8, 2);
            int hour = Digits(text, start + 11, 2);
            int minute = Digits(text, start + 14, 2);
            int second = Digits(text, start + 17, 2);
            char separator = text[start + 10];
            if (year < 0 || month < 1 || month > 12 || day < 0 || hour < 0 || minute < 0 || second < 0
                || text[start + 4] != '-' || text[start + 7] != '-' || (separator != 'T' && separator != 't' && separator != ' ')
                || text[start + 13] != ':' || text[start + 16] != ':')
            {
                return false;
            }

            int position = start + 19;
            if (text[position] == '.')
            {
                do
                {
                    position++;
                }
                while (position < end && text[position] >= '0' && text[position] <= '9');
            }

            int offsetMinutes = 0;
            if (position == end - 6 && (text[position] == '+' || text[position] == '-') && text[position + 3] == ':')
            {
                int offsetHour = Digits(text, position + 1, 2);
                int offsetMinute = Digits(text, position + 4, 2);
                if (offsetHour < 0 || offsetMinute < 0 || offsetMinute > 59)
                {
                    return false;
                }

                offsetMinutes = (text[position] == '-' ? -1 : 1) * ((offsetHour * 60) + offsetMinute);
            }
            else if (position != end - 1 || (text[position] != 'Z' && text[position] != 'z'))
            {
                return false;
            }

            return TryMake(year, month, day, hour, minute, second, offsetMinutes, out date);
        }

        // The value of count digits at start, or -1 when a character there is no digit (or the text ends).
        private static int Digits(SmtpMimeText text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                if (i >= text.Length || text[i] < '0' || text[i] > '9')
                {
                    return -1;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return value;
        }
    }
}
