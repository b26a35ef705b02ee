namespace SmtpCodes
{
    using global::System;

    /// <summary>
    /// Reads an RFC 5322 <c>date-time</c> (section 3.3: <c>[day-of-week ","] day month year hour ":" minute [":" second]
    /// zone</c>), as a bounce's <c>Date</c>, a report's <c>Arrival-Date</c> and <c>Last-Attempt-Date</c> (RFC 3464 2.2.5
    /// and 2.3.7) write it, with the obsolete forms RFC 5322 section 4.3 says a reader must accept and the forms MTAs
    /// still write: comments and folding between any two tokens (<c>+0300 (MSK)</c>), two- and three-digit years
    /// (00 to 49 are 2000 to 2049, 50 to 999 are 1900 plus the value), the zones <c>UT</c>, <c>GMT</c> and the US zones
    /// (<c>EST</c> is -0500, <c>PDT</c> -0700), full day and month names, RFC 850's <c>24-Nov-14</c>, and C's
    /// <c>asctime</c> order (<c>Mon Nov 24 14:23:04 2014</c>, with the zone before or after the year).
    /// </summary>
    /// <remarks>
    /// A zone that says nothing of the offset is read as <c>-0000</c>, "no information about the local time zone"
    /// (RFC 5322 3.3), that is UTC: the military letters (4.3: "SHOULD be treated as though they were -0000", since
    /// RFC 822 defined them with the wrong sign), any other alphabetic zone (4.3: "SHOULD be considered equivalent to
    /// -0000"), and a missing one. A leap second (<c>:60</c>, which 3.3 allows) reads as <c>:59</c>, which
    /// <see cref="DateTimeOffset"/> can hold. The day of the week is not checked against the date. Unlike
    /// <c>DateTime.Parse</c> it depends on no culture, allocates nothing, and reads only these forms: anything else
    /// (a value out of range, an offset beyond what <see cref="DateTimeOffset"/> holds, words after the zone) is no
    /// date. One pass over the text; never throws.
    /// </remarks>
    internal static partial class SmtpDateTime
    {
        private static readonly string[] Months = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

        private static readonly string[] MonthNames =
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        };

        private static readonly string[] DayNames = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

        // RFC 5322 4.3 obs-zone, with their offsets in hours; RFC 822's "UT" and "GMT" are +0000.
        private static readonly string[] ZoneNames = { "ut", "utc", "gmt", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt" };

        private static readonly int[] ZoneHours = { 0, 0, 0, 0, -5, -4, -6, -5, -7, -6, -8, -7 };

        // The longest alphabetic zone name a reader meets ("CHADT"); a longer word after the time is no zone.
        private const int LongestZoneName = 6;

        /// <summary>Reads <paramref name="value"/> as a whole date-time; <c>false</c> (and the default value) when it is not one.</summary>
#if SMTPCODES_NULLABLE
        internal static bool TryParse(string? value, out DateTimeOffset date)
#else
        internal static bool TryParse(string value, out DateTimeOffset date)
#endif
        {
            string text = value ?? string.Empty;
            return TryParse(text, 0, text.Length, out date);
        }

        /// <summary>The date-time of a header field's value, or <c>null</c> when it holds none.</summary>
        internal static DateTimeOffset? Parse(SmtpMimeText text, int start, int end)
        {
            return TryParse(text, start, end, out DateTimeOffset date) ? date : (DateTimeOffset?)null;
        }

        /// <summary>Reads the range <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> as a whole date-time.</summary>
        internal static bool TryParse(SmtpMimeText text, int start, int end, out DateTimeOffset date)
        {
            date = default(DateTimeOffset);
            if (start < 0 || end > text.Length || start >= end)
            {
                return false;
            }

            var reader = new Reader(text, start, end);
            int day;
            int month;
            int year;
            int hour;
            int minute;
            int second;
            int offsetMinutes = 0;
            reader.SkipSpace();
            if (reader.Letters(out int wordStart, out int wordEnd) && MonthOf(text, wordStart, wordEnd) < 0)
            {
                // A day of the week: "Mon," in RFC 5322, "Monday," in RFC 850, "Mon" without a comma in asctime.
                if (!IsDayName(text, wordStart, wordEnd))
                {
                    return false;
                }

                reader.SkipSpace();
                reader.Skip(',');
                reader.SkipSpace();
                reader.Letters(out wordStart, out wordEnd);
            }

            month = MonthOf(text, wordStart, wordEnd);
            if (month > 0)
            {
                // asctime: "Nov 24 14:23:04 2014", the zone before or after the year ("Nov 24 14:23:04 MSK 2014").
                if (!reader.Number(1, 2, out day) || !ReadTime(ref reader, out hour, out minute, out second))
                {
                    return false;
                }

                bool zoneFirst = reader.Zone(out offsetMinutes);
                if (!ReadYear(ref reader, out year) || (!zoneFirst && reader.HasMore && !reader.Zone(out offsetMinutes)))
                {
                    return false;
                }
            }
            else
            {
                // RFC 5322: "24 Nov 2014 14:23:04 +0300"; RFC 850: "24-Nov-14 14:23:04 GMT".
                if (wordEnd > wordStart || !reader.Number(1, 2, out day))
                {
                    return false;
                }

                reader.SkipSpace();
                reader.Skip('-');
                reader.SkipSpace();
                if (!reader.Letters(out wordStart, out wordEnd))
                {
                    return false;
                }

                month = MonthOf(text, wordStart, wordEnd);
                reader.SkipSpace();
                reader.Skip('-');
                if (month < 0 || !ReadYear(ref reader, out year) || !ReadTime(ref reader, out hour, out minute, out second))
                {
                    return false;
                }

                if (reader.HasMore && !reader.Zone(out offsetMinutes))
                {
                    return false;
                }
            }

            return !reader.HasMore && TryMake(year, month, day, hour, minute, second, offsetMinutes, out date);
        }

        // hour ":" minute [":" second], each two digits (one for an hour, as some MTAs write it), with RFC 5322 4.3's
        // comments and folding around the colons, and a fraction of a second ignored (ISO-minded mailers add one).
        private static bool ReadTime(ref Reader reader, out int hour, out int minute, out int second)
        {
            second = 0;
            minute = 0;
            if (!reader.Number(1, 2, out hour) || !reader.Colon() || !reader.Number(2, 2, out minute))
            {
                return false;
            }

            if (reader.Colon())
            {
                if (!reader.Number(2, 2, out second))
                {
                    return false;
                }

                if (reader.Skip('.'))
                {
                    reader.Digits();
                }
            }

            return true;
        }

        // Four digits, or RFC 5322 4.3's obsolete two and three: 00-49 add 2000, 50-99 and three digits add 1900.
        private static bool ReadYear(ref Reader reader, out int year)
        {
            if (!reader.Number(2, 4, out year, out int digits))
            {
                return false;
            }

            if (digits == 2)
            {
                year += year < 50 ? 2000 : 1900;
            }
            else if (digits == 3)
            {
                year += 1900;
            }

            return true;
        }

        private static bool TryMake(int year, int month, int day, int hour, int minute, int second, int offsetMinutes, out DateTimeOffset date)
        {
            date = default(DateTimeOffset);
            if (year < 1 || year > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
            {
                return false;
            }

            // DateTimeOffset holds offsets up to 14 hours, and an instant within its own years once the offset is taken off.
            var offset = TimeSpan.FromMinutes(offsetMinutes);
            var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59));
            long utcTicks = local.Ticks - offset.Ticks;
            if (offsetMinutes < -14 * 60 || offsetMinutes > 14 * 60 || utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            date = new DateTimeOffset(local, offset);
            return true;
        }

        // The month a word names (1 to 12): its three-letter abbreviation or its full English name; -1 when none.
        private static int MonthOf(SmtpMimeText text, int start, int end)
        {
            if (end - start < 3)
            {
                return -1;
            }

            for (int i = 0; i < Months.Length; i++)
            {
                if (Is(text, start, end, Months[i]) || Is(text, start, end, MonthNames[i]))
                {
                    return i + 1;
                }
            }

            return -1;
        }

        private static bool IsDayName(SmtpMimeText text, int start, int end)
        {
            for (int i = 0; i < DayNames.Length; i++)
            {
                if (Is(text, start, end, DayNames[i]) || (end - start == 3 && SmtpMimeText.Compare(text, start, DayNames[i], 0, 3, StringComparison.OrdinalIgnoreCase) == 0))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Is(SmtpMimeText text, int start, int end, string word)
        {
            return end - start == word.Length && SmtpMimeText.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }
    }
}
