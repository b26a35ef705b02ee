using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The reply formatter for servers (<c>SmtpReply.Format</c>, <c>FormatLines</c>, <c>WriteTo</c>, <c>TryFormat</c>):
/// RFC 5321 section 4.2 lines with the RFC 2034 enhanced code on each, the 512-octet line limit, CR and LF in the
/// text, the class agreement of RFC 3463, and the round trip through <c>SmtpReply.TryParse</c>.
/// </summary>
public sealed class FormatterTests
{
    private static readonly SmtpEnhancedStatusCode UserUnknown = SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress;

    [Fact]
    public void A_single_line_reply_has_the_code_the_enhanced_code_the_text_and_CR_LF()
    {
        var reply = SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, UserUnknown, "<a@b.example>: Recipient address rejected");

        Assert.Equal("550 5.1.1 <a@b.example>: Recipient address rejected\r\n", reply);
    }

    [Fact]
    public void Without_text_the_catalog_titles_are_the_text()
    {
        Assert.Equal("250 Requested mail action okay, completed\r\n", SmtpReply.Format(SmtpReplyCode.RequestedActionOkay));
        Assert.Equal("550 5.1.1 Bad destination mailbox address\r\n", SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, UserUnknown));
        Assert.Equal("550 5.1.299 Requested action not taken: mailbox unavailable\r\n", SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, new SmtpEnhancedStatusCode(5, 1, 299)));
    }

    [Fact]
    public void An_EHLO_reply_is_written_with_continuation_lines_and_a_last_line_with_a_space()
    {
        var reply = SmtpReply.FormatLines(SmtpReplyCode.RequestedActionOkay, "mx.example.com", "SIZE 35882577", "8BITMIME", "PIPELINING");

        Assert.Equal("250-mx.example.com\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250 PIPELINING\r\n", reply);
    }

    [Fact]
    public void The_enhanced_code_is_written_on_every_line()
    {
        var reply = SmtpReply.FormatLines(SmtpReplyCode.LocalErrorInProcessing, SmtpEnhancedStatusCode.Transient.DeliveryNotAuthorized, "Greylisted", "Try again later");

        Assert.Equal("451-4.7.1 Greylisted\r\n451 4.7.1 Try again later\r\n", reply);
    }

    [Theory]
    [InlineData("first\r\nsecond")]
    [InlineData("first\nsecond")]
    [InlineData("first\rsecond")]
    [InlineData("first\r\n\r\n\nsecond\r\n")]
    public void CR_and_LF_in_the_text_make_reply_lines_and_empty_lines_are_dropped(string text)
    {
        Assert.Equal("550-first\r\n550 second\r\n", SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, text));
    }

    [Fact]
    public void A_line_break_in_the_text_cannot_end_the_reply_and_start_another()
    {
        var reply = SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, UserUnknown, "no such user\r\n250 2.0.0 Ok\r\n");

        Assert.Equal("550-5.1.1 no such user\r\n550 5.1.1 250 2.0.0 Ok\r\n", reply);
        Assert.True(SmtpReply.TryParse(reply, out var parsed));
        Assert.Equal(SmtpReplyCode.MailboxUnavailable, parsed.BasicCode);
    }

    [Fact]
    public void Other_control_characters_become_spaces_and_tabs_stay()
    {
        Assert.Equal("250 a b c\td\r\n", SmtpReply.Format(SmtpReplyCode.RequestedActionOkay, "a\0b\u0007c\td"));
    }

    [Fact]
    public void An_empty_text_leaves_the_codes_alone_on_the_line()
    {
        Assert.Equal("250\r\n", SmtpReply.Format(SmtpReplyCode.RequestedActionOkay, string.Empty));
        Assert.Equal("250\r\n", SmtpReply.Format(SmtpReplyCode.RequestedActionOkay, "\r\n\r\n"));
        Assert.Equal("250 2.0.0\r\n", SmtpReply.Format(SmtpReplyCode.RequestedActionOkay, new SmtpEnhancedStatusCode(2, 0, 0), string.Empty));
    }

    [Fact]
    public void A_text_that_fills_the_line_exactly_stays_on_one_line_and_one_more_octet_wraps()
    {
        // 512 octets: "550 5.1.1 " (10), the text, CR LF (2).
        var fits = new string('a', 250) + " " + new string('b', 249);
        var reply = SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, UserUnknown, fits);
        Assert.Equal(512, reply.Length);
        Assert.StartsWith("550 5.1.1 ", reply, StringComparison.Ordinal);

        var wraps = SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, UserUnknown, fits + "b");
        Assert.Equal("550-5.1.1 " + new string('a', 250) + "\r\n550 5.1.1 " + new string('b', 250) + "\r\n", wraps);
    }

    [Theory]
    [InlineData("word ", 400)]
    [InlineData("mot\u00e9\u00e9 ", 300)]
    [InlineData("\u4e2d\u6587 ", 400)]
    [InlineData("\ud83d\ude00\ud83d\ude00 ", 300)]
    public void A_long_text_is_wrapped_at_spaces_into_lines_of_at_most_512_octets_and_nothing_is_lost(string word, int count)
    {
        var text = string.Concat(Enumerable.Repeat(word, count)).TrimEnd();

        var reply = SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, UserUnknown, text);

        var lines = Lines(reply);
        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) + 2 <= SmtpReply.MaxLineLength, $"{Encoding.UTF8.GetByteCount(line) + 2} octets"));
        Assert.All(lines.Take(lines.Length - 1), line => Assert.StartsWith("550-5.1.1 ", line, StringComparison.Ordinal));
        Assert.StartsWith("550 5.1.1 ", lines[^1], StringComparison.Ordinal);
        Assert.Equal(text, string.Join(" ", lines.Select(line => line.Substring(10))));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("\u00e9")]
    [InlineData("\ud83d\ude00")]
    public void A_word_longer_than_a_line_is_cut_between_characters_never_truncated(string character)
    {
        var word = string.Concat(Enumerable.Repeat(character, 1500));

        var lines = Lines(SmtpReply.Format(SmtpReplyCode.RequestedActionOkay, word));

        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) + 2 <= SmtpReply.MaxLineLength));
        Assert.All(lines, line => Assert.DoesNotContain('\ufffd', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(line))));
        Assert.Equal(word, string.Concat(lines.Select(line => line.Substring(4))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(101)]
    [InlineData(199)]
    [InlineData(600)]
    [InlineData(5500)]
    public void A_number_that_is_no_reply_code_a_server_sends_is_refused(int code)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SmtpReply.Format((SmtpReplyCode)code, "text"));

        Assert.Equal("code", exception.ParamName);
        Assert.Contains("starts with 2, 3, 4 or 5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enhanced_code_of_another_class_is_refused_with_both_classes_named()
    {
        var exception = Assert.Throws<ArgumentException>(() => SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, SmtpEnhancedStatusCode.Transient.DeliveryNotAuthorized, "text"));

        Assert.Equal("enhancedCode", exception.ParamName);
        Assert.Contains("4.7.1 is of class 4 but the reply code 550 is of class 5", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_3yz_reply_and_a_default_enhanced_code_are_refused()
    {
        var intermediate = Assert.Throws<ArgumentException>(() => SmtpReply.Format(SmtpReplyCode.StartMailInput, new SmtpEnhancedStatusCode(2, 0, 0), "go ahead"));
        var empty = Assert.Throws<ArgumentException>(() => SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, default(SmtpEnhancedStatusCode), "text"));

        Assert.Contains("354 reply takes no enhanced status code", intermediate.Message, StringComparison.Ordinal);
        Assert.Contains("pass null", empty.Message, StringComparison.Ordinal);
        Assert.Equal("354 Start mail input\r\n", SmtpReply.Format(SmtpReplyCode.StartMailInput));
        Assert.Equal("334 VXNlcm5hbWU6\r\n", SmtpReply.Format(SmtpReplyCode.AuthenticationChallenge, "VXNlcm5hbWU6"));
    }

    [Fact]
    public void Null_text_builder_writer_and_lines_are_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => SmtpReply.Format(SmtpReplyCode.RequestedActionOkay, (string)null!));
        Assert.Throws<ArgumentNullException>(() => SmtpReply.WriteTo((StringBuilder)null!, SmtpReplyCode.RequestedActionOkay, null, "x"));
        Assert.Throws<ArgumentNullException>(() => SmtpReply.WriteTo((TextWriter)null!, SmtpReplyCode.RequestedActionOkay, null, "x"));
        Assert.Throws<ArgumentNullException>(() => SmtpReply.FormatLines(SmtpReplyCode.RequestedActionOkay, "a", null!));
    }

    [Theory]
    [InlineData("OK")]
    [InlineData("first\r\nsecond line\nthird")]
    [InlineData("")]
    public void Every_output_writes_the_same_characters(string text)
    {
        var expected = SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, UserUnknown, text);

        var builder = new StringBuilder("before:");
        SmtpReply.WriteTo(builder, SmtpReplyCode.MailboxUnavailable, UserUnknown, text);
        var writer = new StringWriter();
        SmtpReply.WriteTo(writer, SmtpReplyCode.MailboxUnavailable, UserUnknown, text);
        var span = new char[600];
        Assert.True(SmtpReply.TryFormat(span, out var written, SmtpReplyCode.MailboxUnavailable, UserUnknown, text));

        Assert.Equal("before:" + expected, builder.ToString());
        Assert.Equal(expected, writer.ToString());
        Assert.Equal(expected, new string(span, 0, written));
    }

    [Fact]
    public void TryFormat_says_false_when_the_reply_does_not_fit_and_true_when_it_fits_exactly()
    {
        var expected = SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, UserUnknown, "no such user");
        var exact = new char[expected.Length];
        var shorter = new char[expected.Length - 1];

        Assert.True(SmtpReply.TryFormat(exact, out var written, SmtpReplyCode.MailboxUnavailable, UserUnknown, "no such user"));
        Assert.Equal(expected.Length, written);
        Assert.False(SmtpReply.TryFormat(shorter, out written, SmtpReplyCode.MailboxUnavailable, UserUnknown, "no such user"));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryFormat_allocates_nothing()
    {
        var destination = new char[2048];
        var text = "mx.example.com\r\nSIZE 35882577\r\n" + string.Concat(Enumerable.Repeat("wrapped text ", 80));
        SmtpReply.TryFormat(destination, out _, SmtpReplyCode.RequestedActionOkay, new SmtpEnhancedStatusCode(2, 0, 0), text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var fits = SmtpReply.TryFormat(destination, out var written, SmtpReplyCode.RequestedActionOkay, new SmtpEnhancedStatusCode(2, 0, 0), text.AsSpan());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(fits);
        Assert.True(written > 1000);
        Assert.Equal(0, allocated);
    }

    [Property(MaxTest = 500)]
    public void What_the_formatter_writes_the_parser_reads_back(int seed)
    {
        // Texts in the parser's normal form (words joined by single spaces, no word that reads as a code), with line
        // breaks, non-ASCII letters and surrogate pairs, up to four lines' worth: the parser joins lines with one space,
        // so the text comes back whole.
        var random = new Random(seed);
        // The parser reads replies of class 2, 4 and 5, as bounces and logs have them; a 3yz reply is written the same way.
        var codes = Enum.GetValues<SmtpReplyCode>().Where(code => (int)code >= 200 && (int)code <= 599 && (int)code / 100 != 3).ToArray();
        var code = codes[random.Next(codes.Length)];
        var codeClass = (int)code / 100;
        SmtpEnhancedStatusCode? enhanced = random.Next(3) > 0 ? new SmtpEnhancedStatusCode(codeClass, random.Next(8), random.Next(1000)) : null;
        var words = Enumerable.Range(0, random.Next(1, 400)).Select(_ => Word(random)).ToArray();
        var text = new StringBuilder(words[0]);
        foreach (var word in words.Skip(1))
        {
            text.Append(random.Next(20) == 0 ? "\r\n" : " ").Append(word);
        }

        var reply = SmtpReply.Format(code, enhanced, text.ToString());

        var expected = string.Join(" ", words);
        SmtpReply.TryParse(reply, out var parsed);
        if (parsed.BasicCode != code || !Equals(parsed.EnhancedCode, enhanced) || parsed.Text != expected)
        {
            throw new Xunit.Sdk.XunitException($"Read back {parsed.BasicCode} {parsed.EnhancedCode} '{parsed.Text}'\nexpected {code} {enhanced} '{expected}'\nfrom:\n{reply}");
        }

        Assert.All(Lines(reply), line => Assert.True(Encoding.UTF8.GetByteCount(line) + 2 <= SmtpReply.MaxLineLength));
    }

    // A word starts with a letter (a digit at a word's start could read as a continuation line's code).
    private static string Word(Random random)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u00e9\u00fc\u4e2d";
        // No '.': "5.1.1" inside a word would read as the reply's enhanced code.
        const string Others = "abcdefghijklmnopqrstuvwxyz0123456789-<>@:;,!?'\"()[]_/=+\u00e9\u4e2d";
        var word = new StringBuilder().Append(Letters[random.Next(Letters.Length)]);
        for (var length = random.Next(0, random.Next(10) == 0 ? 60 : 12); length > 0; length--)
        {
            if (random.Next(40) == 0)
            {
                word.Append("\ud83d\ude00");
            }
            else
            {
                word.Append(Others[random.Next(Others.Length)]);
            }
        }

        return word.ToString();
    }

    private static string[] Lines(string reply)
    {
        Assert.EndsWith("\r\n", reply, StringComparison.Ordinal);
        var lines = reply.Substring(0, reply.Length - 2).Split("\r\n");
        Assert.All(lines, line => Assert.DoesNotContain('\r', line));
        Assert.All(lines, line => Assert.DoesNotContain('\n', line));
        return lines;
    }
}
