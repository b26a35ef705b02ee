using System.Text;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// UTF-7 (RFC 2152), which .NET 5 and later no longer decode by name: the RFC's own examples, and a bounce whose text
/// part is written in it (as Hotmail wrote its notices).
/// </summary>
public sealed class Utf7DecodingTests
{
    [Theory]
    [InlineData("A+ImIDkQ.", "A\u2262\u0391.")]
    [InlineData("Hi Mom -+Jjo--!", "Hi Mom -\u263A-!")]
    [InlineData("+ZeVnLIqe-", "\u65E5\u672C\u8A9E")]
    [InlineData("Item 3 is +AKM-1.", "Item 3 is \u00A31.")]
    [InlineData("1 +- 1 = 2", "1 + 1 = 2")]
    public void The_examples_of_RFC_2152_decode(string encoded, string text)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(encoded);
        Assert.Equal(text, SmtpUtf7.Decode(bytes, bytes.Length));
        Assert.Equal(text, SmtpMimeDecoder.DecodeCharset(bytes, "\"UTF-7\""));
    }

    [Theory]
    [InlineData("+")]
    [InlineData("+A")]
    [InlineData("+AAAA+")]
    [InlineData("abc+\u00FF-")]
    public void Broken_UTF_7_decodes_what_it_can_without_throwing(string encoded)
    {
        byte[] bytes = Encoding.Latin1.GetBytes(encoded);
        Assert.NotNull(SmtpUtf7.Decode(bytes, bytes.Length));
    }

    [Fact]
    public void A_bounce_written_in_UTF_7_is_read_in_its_characters()
    {
        // RFC 2152 lets any character be shifted: here the '@' of the address ("+AEA-") and the quotes ("+ACI-").
        const string Message = """
            From: postmaster@mail.example.com
            To: sender@example.org
            Subject: Delivery Status Notification (Failure)
            Content-Type: text/plain; charset="utf-7"

            Delivery to the following recipients failed.

                   user+AEA-example.net

            +ACI-550 5.1.1 Requested action not taken: mailbox unavailable+ACI-
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("user@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }
}
