using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Defects of reading that a bounce's own wording exposed: numbers that are not reply codes, and reports that
/// contradict themselves. Each input is written from an MTA's documented output or an RFC, not copied from a held-out message.
/// </summary>
public sealed class ReadingDefectTests
{
    [Fact]
    public void A_number_inside_a_host_name_is_no_reply_code()
    {
        // Postfix's smtp(8) names the remote host as "host NAME[ADDRESS] said: REPLY"; EC2-style and hosting
        // providers' names carry the address's numbers ("ip-10-201-3-4"). The 201 there is neither a reply nor a success.
        const string Message = """
            From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
            To: sender@example.org
            Subject: Undelivered Mail Returned to Sender

            This is the mail system at host mx.example.org.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <user@example.net>: host ip-10-201-3-4.example.net[10.201.3.4] said: 552
                Mail quota exceeded (in reply to end of DATA command)
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpReplyCode.ExceededStorageAllocation, recipient.Diagnosis.BasicCode);
        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);
    }

    [Theory]
    [InlineData("Mail quota exceeded at ip-173-201-21-91.example.net")]
    [InlineData("mx-550-1.example.net: connection timed out")]
    public void A_number_between_dashes_of_a_name_is_no_reply_code(string text)
    {
        Assert.False(SmtpReply.TryParse(text, out SmtpReply reply));
        Assert.Null(reply.BasicCode);
    }

    [Theory]
    [InlineData("550-550 5.1.1 User unknown", 550)]
    [InlineData("said: 550-Callout verification failed: 550-550 5.1.10 RESOLVER.ADR.RecipientNotFound", 550)]
    [InlineData("201 Mail quota exceeded", 0)]
    [InlineData("250 2.0.0 Ok: queued", 250)]
    public void A_reply_code_is_one_RFC_5321_allows_where_replies_put_it(string text, int basic)
    {
        SmtpReply.TryParse(text, out SmtpReply reply);
        Assert.Equal(basic, reply.BasicCode.HasValue ? (int)reply.BasicCode.Value : 0);
    }
}
