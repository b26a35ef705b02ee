using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// RFC 5322 date-times as bounces write them (a bounce's Date, a report's Arrival-Date and Last-Attempt-Date), read by
/// the engine's own parser (<see cref="SmtpDateTime"/>): RFC 5322's examples and obsolete syntax, development
/// messages' dates, zones, and input that is no date.
/// </summary>
public sealed class DateTimeReadingTests
{
    [Theory]
    // RFC 5322 Appendix A.1.1, A.1.2, A.1.3 and A.4.
    [InlineData("Fri, 21 Nov 1997 09:55:06 -0600", "1997-11-21T09:55:06-06:00")]
    [InlineData("Tue, 1 Jul 2003 10:52:37 +0200", "2003-07-01T10:52:37+02:00")]
    [InlineData("Thu, 13 Feb 1969 23:32:54 -0330", "1969-02-13T23:32:54-03:30")]
    [InlineData("Fri, 21 Nov 1997 10:01:10 -0600", "1997-11-21T10:01:10-06:00")]
    // A.5: folding and a comment between every token.
    [InlineData("Thu,\r\n      13\r\n        Feb\r\n          1969\r\n      23:32\r\n               -0330 (Newfoundland Time)", "1969-02-13T23:32:00-03:30")]
    // A.6.2: a two-digit year and an obsolete zone.
    [InlineData("21 Nov 97 09:55:06 GMT", "1997-11-21T09:55:06+00:00")]
    // A.6.3: comments and white space around the colons.
    [InlineData("Fri, 21 Nov 1997 09(comment):   55  :  06 -0600", "1997-11-21T09:55:06-06:00")]
    public void The_examples_of_RFC_5322_are_read(string value, string expected)
    {
        AssertDate(expected, value);
    }

    [Theory]
    // Development messages: Sisimai's email-postfix-08 (Date and Arrival-Date), email-amazonses-10, and the other shapes
    // the development part's Date fields have (no day of the week, two spaces, no space after the comma, no zone, UT).
    [InlineData("Mon, 24 Nov 2014 14:23:04 +0300 (MSK)", "2014-11-24T14:23:04+03:00")]
    [InlineData("Sun, 23 Nov 2014 19:55:16 +0300 (MSK)", "2014-11-23T19:55:16+03:00")]
    [InlineData("Thu, 20 Oct 2016 23:58:06 -0700 (PDT)", "2016-10-20T23:58:06-07:00")]
    [InlineData("13 Apr 2006 04:10:52 -0400", "2006-04-13T04:10:52-04:00")]
    [InlineData("Thu,  9 Apr 2015 12:03:21 +0900 (JST)", "2015-04-09T12:03:21+09:00")]
    [InlineData("Thu,10 Apr 2014 20:10:55 +0900", "2014-04-10T20:10:55+09:00")]
    [InlineData("Wed, 9 May 2007 14:13:26", "2007-05-09T14:13:26+00:00")]
    [InlineData("Sat, 12 Apr 2003 07:07:07 UT", "2003-04-12T07:07:07+00:00")]
    // RFC 850 and asctime, which older MTAs and Usenet gateways write.
    [InlineData("Monday, 24-Nov-14 14:23:04 GMT", "2014-11-24T14:23:04+00:00")]
    [InlineData("Mon Nov 24 14:23:04 2014", "2014-11-24T14:23:04+00:00")]
    [InlineData("Mon Nov 24 14:23:04 EST 2014", "2014-11-24T14:23:04-05:00")]
    [InlineData("Mon Nov 24 14:23:04 2014 +0100", "2014-11-24T14:23:04+01:00")]
    // Full month names, a one-digit hour, a fraction of a second, and a zone name after the offset.
    [InlineData("1 September 2020 8:05:00 +0000", "2020-09-01T08:05:00+00:00")]
    [InlineData("Tue, 3 Oct 2023 18:33:46.123 -0400", "2023-10-03T18:33:46-04:00")]
    [InlineData("Tue, 3 Oct 2023 18:33:46 +0300 MSK", "2023-10-03T18:33:46+03:00")]
    public void Dates_as_MTAs_write_them_are_read(string value, string expected)
    {
        AssertDate(expected, value);
    }

    [Theory]
    // RFC 5322 4.3: UT and GMT are +0000, the US zones their offsets; military letters and unknown names are -0000.
    [InlineData("UT", 0)]
    [InlineData("GMT", 0)]
    [InlineData("EST", -5 * 60)]
    [InlineData("EDT", -4 * 60)]
    [InlineData("CST", -6 * 60)]
    [InlineData("CDT", -5 * 60)]
    [InlineData("MST", -7 * 60)]
    [InlineData("MDT", -6 * 60)]
    [InlineData("PST", -8 * 60)]
    [InlineData("pdt", -7 * 60)]
    [InlineData("A", 0)]
    [InlineData("M", 0)]
    [InlineData("Z", 0)]
    [InlineData("JST", 0)]
    [InlineData("-0000", 0)]
    [InlineData("+1400", 14 * 60)]
    [InlineData("-1200", -12 * 60)]
    public void Zones_give_their_offsets(string zone, int minutes)
    {
        Assert.True(SmtpDateTime.TryParse("Fri, 21 Nov 1997 09:55:06 " + zone, out DateTimeOffset date), zone);
        Assert.Equal(TimeSpan.FromMinutes(minutes), date.Offset);
        Assert.Equal(new DateTime(1997, 11, 21, 9, 55, 6), date.DateTime);
    }

    [Theory]
    // RFC 5322 4.3: 00 to 49 are 2000 to 2049, 50 to 99 are 1950 to 1999, three digits add 1900.
    [InlineData("1 Jan 00 00:00 +0000", 2000)]
    [InlineData("1 Jan 49 00:00 +0000", 2049)]
    [InlineData("1 Jan 50 00:00 +0000", 1950)]
    [InlineData("1 Jan 99 00:00 +0000", 1999)]
    [InlineData("1 Jan 103 00:00 +0000", 2003)]
    public void Two_and_three_digit_years_are_read_as_RFC_5322_says(string value, int year)
    {
        Assert.True(SmtpDateTime.TryParse(value, out DateTimeOffset date), value);
        Assert.Equal(year, date.Year);
    }

    [Fact]
    public void A_leap_second_is_read_as_the_second_before()
    {
        AssertDate("2016-12-31T23:59:59+00:00", "Sat, 31 Dec 2016 23:59:60 +0000");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(only a comment)")]
    [InlineData("yesterday")]
    [InlineData("2016-10-21T06:58:02.245Z")]
    [InlineData("Fri, 31 Nov 1997 09:55:06 -0600")]
    [InlineData("Fri, 29 Feb 1997 09:55:06 -0600")]
    [InlineData("Fri, 21 Nov 1997 24:00:00 -0600")]
    [InlineData("Fri, 21 Nov 1997 09:60:00 -0600")]
    [InlineData("Fri, 21 Nov 1997 09:55:61 -0600")]
    [InlineData("Fri, 21 Nov 1997 09:55:06 +1500")]
    [InlineData("Fri, 21 Nov 1997 09:55:06 +0060")]
    [InlineData("Fri, 21 Nov 1997 09:55:06 +060")]
    [InlineData("Fri, 21 Nov 19977 09:55:06 -0600")]
    [InlineData("Fri, 21 Nov 0000 09:55:06 -0600")]
    [InlineData("Fri, 21 Foo 1997 09:55:06 -0600")]
    [InlineData("Xyz, 21 Nov 1997 09:55:06 -0600")]
    [InlineData("Fri, 21 Nov 1997 09:55:06 -0600 and more words")]
    [InlineData("Fri, 21 Nov 1997 09:55:06 -0600 1998")]
    [InlineData("Fri, 21 Nov 1997")]
    [InlineData("Fri, 21 Nov 1997 09")]
    [InlineData("Fri, 21 Nov 1997 09:5")]
    [InlineData("Fri, 123 Nov 1997 09:55:06 -0600")]
    [InlineData("Fri, 21 Nov 1997 09:55:06 Eastern")]
    [InlineData("1 Jan 1 00:00 +0000")]
    public void What_is_no_RFC_5322_date_is_not_read(string value)
    {
        Assert.False(SmtpDateTime.TryParse(value, out DateTimeOffset date), value);
        Assert.Equal(default, date);
    }

    [Theory]
    // DateTimeOffset's own bounds: an instant before year 1 or after 9999 once the offset is taken off.
    [InlineData("1 Jan 0001 00:00:00 +0100")]
    [InlineData("31 Dec 9999 23:59:59 -0100")]
    public void A_date_beyond_what_DateTimeOffset_holds_is_not_read(string value)
    {
        Assert.False(SmtpDateTime.TryParse(value, out _), value);
    }

    [Theory]
    // RFC 3339 5.8's examples, and Amazon SES's notification timestamps.
    [InlineData("1985-04-12T23:20:50.52Z", "1985-04-12T23:20:50+00:00")]
    [InlineData("1996-12-19T16:39:57-08:00", "1996-12-19T16:39:57-08:00")]
    [InlineData("1990-12-31T23:59:60Z", "1990-12-31T23:59:59+00:00")]
    [InlineData("1937-01-01T12:00:27.87+00:20", "1937-01-01T12:00:27+00:20")]
    [InlineData("2016-10-21T06:58:02.245Z", "2016-10-21T06:58:02+00:00")]
    [InlineData("2016-10-21 06:58:02z", "2016-10-21T06:58:02+00:00")]
    public void RFC_3339_timestamps_are_read(string value, string expected)
    {
        Assert.True(SmtpDateTime.TryParseRfc3339(value, 0, value.Length, out DateTimeOffset date), value);
        Assert.Equal(expected, date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2016-10-21T06:58:02")]
    [InlineData("2016-10-21T06:58:02.245")]
    [InlineData("2016-10-21T06:58:02+0900")]
    [InlineData("2016-10-21T06:58:02+09:60")]
    [InlineData("2016-13-21T06:58:02Z")]
    [InlineData("2016-02-30T06:58:02Z")]
    [InlineData("2016-10-21X06:58:02Z")]
    [InlineData("2016-10-21T06:58:02Z and more")]
    [InlineData("2016/10/21T06:58:02Z")]
    [InlineData("")]
    public void What_is_no_RFC_3339_timestamp_is_not_read(string value)
    {
        Assert.False(SmtpDateTime.TryParseRfc3339(value, 0, value.Length, out _), value);
    }

    [Fact]
    public void No_culture_changes_the_reading()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            AssertDate("2014-11-24T14:23:04+03:00", "MON, 24 NOV 2014 14:23:04 +0300");
            CultureInfo.CurrentCulture = new CultureInfo("ja-JP");
            AssertDate("2003-07-01T10:52:37+02:00", "Tue, 1 Jul 2003 10:52:37 +0200");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Reading_a_date_allocates_nothing()
    {
        const string Value = "Mon, 24 Nov 2014 14:23:04 +0300 (MSK)";
        bool read = false;
        DateTimeOffset date = default;
        long allocated = AllocationCount.Least(() => read = SmtpDateTime.TryParse(Value, out date));
        Assert.True(read);
        Assert.Equal(2014, date.Year);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Hostile_values_are_read_without_an_exception()
    {
        var random = new Random(5322);
        const string Alphabet = "0123456789:+-(),\\ \t\r\nAMJFSONDamjfsondTUEWHRIGPCZ";
        for (int i = 0; i < 20_000; i++)
        {
            char[] value = Enumerable.Range(0, random.Next(0, 48)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray();
            SmtpDateTime.TryParse(new string(value), out _);
        }

        // Comments opened and never closed, nested deep, and long runs of digits: one pass, no exception.
        Assert.False(SmtpDateTime.TryParse(new string('(', 1_000_000), out _));
        Assert.False(SmtpDateTime.TryParse("Fri, 21 Nov " + new string('9', 1_000_000), out _));
        // A comment left open at the end is a comment to the end (CFWS): the date before it stands.
        Assert.True(SmtpDateTime.TryParse("Fri, 21 Nov 1997 09:55:06 -0600 (" + new string('(', 1_000_000) + "x", out _));
        Assert.False(SmtpDateTime.TryParse((string?)null, out _));
    }

    private static void AssertDate(string expected, string value)
    {
        Assert.True(SmtpDateTime.TryParse(value, out DateTimeOffset date), value);
        Assert.Equal(expected, date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }
}
