using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Where a multipart splits (RFC 2046 section 5.1.1): only at lines that are "--" and the boundary, found by one
/// ordinal search for the boundary; a boundary longer than the RFC's 70 characters is read line by line instead.
/// </summary>
public sealed class MimeDelimiterTests
{
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void The_boundary_splits_only_at_the_start_of_a_line(string lineEnd)
    {
        string message = string.Join(
            lineEnd,
            "Content-Type: multipart/mixed; boundary=b1",
            "",
            "--b1",
            "Content-Type: text/plain",
            "",
            "a line that quotes --b1 in its middle",
            "x--b1 is not a delimiter either",
            "--b1x is another boundary",
            "--b1  ",
            "",
            "second part",
            "--b1--",
            "epilogue");

        var parts = SmtpMimeParser.ParseMessage(message).Children;

        Assert.Equal(2, parts.Count);
        Assert.EndsWith("--b1x is another boundary", parts[0].DecodedText.ToString());
        Assert.Equal("second part", parts[1].DecodedText.ToString());
    }

    [Fact]
    public void A_boundary_longer_than_70_characters_still_splits()
    {
        string boundary = new('a', 500);
        string almost = new('a', 499);
        string message = $"Content-Type: multipart/mixed; boundary=\"{boundary}\"\n\n--{boundary}\n\n{almost}\n--{almost}\n--{boundary}\n\nsecond\n--{boundary}--\n";

        var parts = SmtpMimeParser.ParseMessage(message).Children;

        Assert.Equal(["first", "second"], parts.Select(part => part.DecodedText.ToString().StartsWith(almost, System.StringComparison.Ordinal) ? "first" : part.DecodedText.ToString()));
    }

    [Fact]
    public void A_multipart_without_its_closing_delimiter_runs_to_the_end()
    {
        var parts = SmtpMimeParser.ParseMessage("Content-Type: multipart/report; boundary=r\n\n--r\n\none\n--r\n\ntwo\nthree\n").Children;

        Assert.Equal(["one", "two\nthree\n"], parts.Select(part => part.DecodedText.ToString()));
    }
}
