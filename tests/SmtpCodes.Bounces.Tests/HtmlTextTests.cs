using System;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// <see cref="SmtpHtmlText"/> reads a decimal character reference (<c>&amp;#8217;</c>, which Office 365's HTML notices
/// write) where it lies, deciding as <see cref="int.TryParse(string, out int)"/> decides on the same characters as a
/// string: the reader made a substring of each until session 14.
/// </summary>
public sealed class HtmlTextTests
{
    // Digits, the white space and signs int.TryParse allows around them, NUL (allowed at the end), and characters it
    // does not allow (a no-break space, the minus sign, Arabic-Indic zero, letters).
    private const string Alphabet = "0123456789 \t\n\v\f\r+-\0\u00A0\u2212\u0660x#.;";

    [Theory]
    [InlineData("it&#8217;s", "it\u2019s")]
    [InlineData("&#65;&#+66;&# 67 ;", "ABC")]
    [InlineData("&#-65;&#0;&#55296;&#x41;&#;", "&#-65;&#0;&#55296;&#x41;&#;")]
    public void Decimal_references_below_the_surrogates_are_decoded_and_others_kept_as_written(string html, string text)
    {
        Assert.Equal(text, SmtpHtmlText.ToText(html, 0, html.Length).ToString());
    }

    [Fact]
    public void A_decimal_reference_is_decoded_where_int_TryParse_reads_a_code_below_the_surrogates()
    {
        var random = new Random(14);
        for (int round = 0; round < 20_000; round++)
        {
            char[] drawn = new char[random.Next(1, 9)];
            for (int i = 0; i < drawn.Length; i++)
            {
                drawn[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            string number = new string(drawn);
            if (number.Contains(';', StringComparison.Ordinal))
            {
                continue;
            }

            string html = "&#" + number + ";";
            bool decoded = int.TryParse(number, out int code) && code > 0 && code < 0xD800;
            Assert.Equal(decoded ? ((char)code).ToString() : html, SmtpHtmlText.ToText(html, 0, html.Length).ToString());
        }
    }
}
