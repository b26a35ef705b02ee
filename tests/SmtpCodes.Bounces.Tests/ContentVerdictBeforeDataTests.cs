using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A spam or virus verdict judges the message's content, which a server has only after DATA (RFC 5321 section 3.3;
/// Sisimai reads no such verdict in a reply to a command before DATA, go-sisimai reason/why-spamdetected.go and
/// why-virusdetected.go). A cause word ("spammers", "malicious") in a refusal the bounce says answered the session's
/// start or MAIL FROM yields to what that command says: the sending host or the sender was refused. Exim's notice words
/// the command (transports/smtp.c, "SMTP error from remote mail server after ..."), as in SenderReplyTests.
/// </summary>
public sealed class ContentVerdictBeforeDataTests
{
    private static SmtpBounceRecipient Read(string context, string reply) =>
        Assert.Single(SmtpBounce.Read(SenderReplyTests.EximHeader + "    SMTP error from remote mail server " + context + "\n    " + reply + "\n").Recipients);

    [Theory]
    [InlineData("after MAIL FROM:<sironeko-nyaan@neko.example.com>:", "550 No spammers here", SmtpBounceReason.Rejected)]
    [InlineData("after MAIL FROM:<sironeko-nyaan@neko.example.com>:", "550 Malicious sender", SmtpBounceReason.Rejected)]
    [InlineData("after initial connection:", "550 No spammers here", SmtpBounceReason.Blocked)]
    [InlineData("after EHLO nekonyaan.example.com:", "550 No spammers here", SmtpBounceReason.Blocked)]
    public void A_cause_word_of_a_content_verdict_before_DATA_yields_to_the_command(string context, string reply, SmtpBounceReason expected)
    {
        SmtpBounceRecipient recipient = Read(context, reply);

        Assert.Equal(expected, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Theory]
    [InlineData("after RCPT TO:<kijitora@neko.example.com>:", "550 No spammers here", SmtpBounceReason.SpamDetected)]
    [InlineData("after end of data:", "550 No spammers here", SmtpBounceReason.SpamDetected)]
    [InlineData("after end of data:", "550 Malicious sender", SmtpBounceReason.VirusDetected)]
    public void The_same_word_after_RCPT_TO_or_the_data_keeps_its_verdict(string context, string reply, SmtpBounceReason expected)
    {
        Assert.Equal(expected, Read(context, reply).Diagnosis.Reason);
    }

    [Fact]
    public void A_phrase_of_the_verdict_stands_whatever_the_command()
    {
        // Sisimai's SpamDetected index holds "message rejected as spam": its writer worded the cause.
        SmtpBounceRecipient recipient = Read("after MAIL FROM:<sironeko-nyaan@neko.example.com>:", "550 5.7.1 Message rejected as spam");

        Assert.Equal(SmtpBounceReason.SpamDetected, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_cause_word_of_another_cause_stands_after_MAIL_FROM()
    {
        // SPF checks the MAIL FROM identity (RFC 7208 section 2.4): the word names a cause that command can have.
        Assert.Equal(SmtpBounceReason.AuthFailure, Read("after MAIL FROM:<sironeko-nyaan@neko.example.com>:", "550 SPF check for your domain: fail").Diagnosis.Reason);
    }
}
