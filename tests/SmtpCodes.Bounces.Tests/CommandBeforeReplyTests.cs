using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A relay's Diagnostic-Code may name the SMTP command before the reply it quotes (RFC 3464 section 2.3.6: the smtp
/// diagnostic is the reply; RFC 5321 sections 4.1.1 and 4.2: the commands, and the code that starts a reply). The code
/// after the command stands as the recipient's basic code though no enhanced code follows it. A report of our own text,
/// with a generic 5.0.0 status as a relay writes for every failure.
/// </summary>
public sealed class CommandBeforeReplyTests
{
    [Fact]
    public void A_reply_code_after_the_command_it_answered_is_the_recipients_basic_code()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(OneRecipientReport.With("5.0.0", "smtp; DATA closing 554 message refused as spam")).Recipients);

        Assert.Equal(SmtpReplyCode.TransactionFailed, recipient.Diagnosis.BasicCode);
    }
}
