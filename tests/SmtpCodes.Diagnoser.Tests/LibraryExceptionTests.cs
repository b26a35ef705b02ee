using MailKit.Net.Smtp;
using MimeKit;
using Xunit;
using MailKitStatus = MailKit.Net.Smtp.SmtpStatusCode;
using NetMail = System.Net.Mail;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// What MailKit and System.Net.Mail users hold: an exception whose status code and text come apart. The extensions
/// (src/SmtpCodes.Runtime/Engine/MailKitSmtpExtensions.cs and SystemNetMailSmtpExtensions.cs) diagnose them whole.
/// </summary>
public sealed class LibraryExceptionTests
{
    [Fact]
    public void A_MailKit_command_exception_is_diagnosed_with_its_status_code_and_mailbox()
    {
        // MailKit's Message is the server's text without the basic code, which it keeps in StatusCode.
        var exception = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, MailKitStatus.MailboxUnavailable, new MailboxAddress(string.Empty, "gone@example.com"), "5.1.1 <gone@example.com>: Recipient address rejected: User unknown in local recipient table");

        var diagnosis = exception.Diagnose();

        Assert.Equal((SmtpReplyCode)550, diagnosis.BasicCode);
        Assert.Equal(SmtpEnhancedStatusCode.Parse("5.1.1"), diagnosis.EnhancedCode);
        Assert.Equal(SmtpReplyClass.Permanent, diagnosis.Class);
        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce);
        Assert.Equal("gone@example.com", diagnosis.Recipient);
        // The same as the text alone would lose: without the status code there is only the enhanced code.
        Assert.Null(SmtpReply.Diagnose(exception.Message).BasicCode);
    }

    [Fact]
    public void A_MailKit_exception_without_a_mailbox_has_no_recipient()
    {
        var exception = new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, MailKitStatus.TransactionFailed, "5.7.1 Message rejected as spam");

        var diagnosis = exception.Diagnose();

        Assert.Equal((SmtpReplyCode)554, diagnosis.BasicCode);
        Assert.Equal(SmtpBounceReason.SpamDetected, diagnosis.Reason);
        Assert.Null(diagnosis.Recipient);
    }

    [Theory]
    [InlineData(MailKitStatus.Ok, SmtpReplyClass.Success)]
    [InlineData(MailKitStatus.MailboxBusy, SmtpReplyClass.Transient)]
    [InlineData(MailKitStatus.MailboxUnavailable, SmtpReplyClass.Permanent)]
    public void MailKit_s_status_code_is_a_reply_code(MailKitStatus status, SmtpReplyClass replyClass) =>
        AssertAnswers((int)status, replyClass, (status.ToSmtpReplyCode(), status.GetClass(), status.IsSuccess(), status.IsTransient(), status.IsPermanent(), status.GetTitle()));

    [Fact]
    public void A_failed_recipient_exception_is_diagnosed_with_the_server_s_words_and_the_recipient()
    {
        // System.Net.Mail's message is its own sentence for the status, then the server's text.
        var exception = new NetMail.SmtpFailedRecipientException(NetMail.SmtpStatusCode.MailboxUnavailable, "gone@example.com", "5.1.1 <gone@example.com>: Recipient address rejected: User unknown");

        var diagnosis = exception.Diagnose();

        Assert.Contains("The server response was", exception.Message, System.StringComparison.Ordinal);
        Assert.Equal((SmtpReplyCode)550, diagnosis.BasicCode);
        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce);
        Assert.Equal("gone@example.com", diagnosis.Recipient);
    }

    [Fact]
    public void An_smtp_exception_is_diagnosed_from_its_status_code()
    {
        var relay = new NetMail.SmtpException(NetMail.SmtpStatusCode.MailboxUnavailable, "5.7.1 Unable to relay");
        var general = new NetMail.SmtpException("Failure sending mail.");

        Assert.Equal(SmtpBounceReason.NoRelaying, relay.Diagnose().Reason);
        Assert.False(relay.Diagnose().IsHardBounce);
        Assert.Null(relay.Diagnose().Recipient);
        // GeneralFailure (-1) is no reply code: nothing says a server answered.
        Assert.Null(general.Diagnose().BasicCode);
        Assert.Equal(SmtpReplyClass.Unknown, NetMail.SmtpStatusCode.GeneralFailure.GetClass());
    }

    [Theory]
    [InlineData(NetMail.SmtpStatusCode.Ok, SmtpReplyClass.Success)]
    [InlineData(NetMail.SmtpStatusCode.MailboxBusy, SmtpReplyClass.Transient)]
    [InlineData(NetMail.SmtpStatusCode.MustIssueStartTlsFirst, SmtpReplyClass.Permanent)]
    public void System_Net_Mail_s_status_code_is_a_reply_code(NetMail.SmtpStatusCode status, SmtpReplyClass replyClass) =>
        AssertAnswers((int)status, replyClass, (status.ToSmtpReplyCode(), status.GetClass(), status.IsSuccess(), status.IsTransient(), status.IsPermanent(), status.GetTitle()));

    [Fact]
    public void Diagnose_with_a_separate_code_reads_the_text_s_enhanced_code_in_that_class()
    {
        var diagnosis = SmtpReply.Diagnose(450, "4.2.2 Mailbox full");
        var notACode = SmtpReply.Diagnose(-1, "550 5.1.1 User unknown");

        Assert.Equal((SmtpReplyCode)450, diagnosis.BasicCode);
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
        Assert.Equal(SmtpBounceReason.MailboxFull, diagnosis.Reason);
        Assert.Equal((SmtpReplyCode)550, notACode.BasicCode);
        Assert.Equal(SmtpReply.Diagnose(450, System.MemoryExtensions.AsSpan("4.2.2 Mailbox full")).Reason, diagnosis.Reason);
    }

    // A library's status code answers as the generated reply code of the same value.
    private static void AssertAnswers(int value, SmtpReplyClass replyClass, (SmtpReplyCode Code, SmtpReplyClass Class, bool Success, bool Transient, bool Permanent, string Title) answers)
    {
        Assert.Equal((SmtpReplyCode)value, answers.Code);
        Assert.Equal(replyClass, answers.Class);
        Assert.Equal(replyClass == SmtpReplyClass.Success, answers.Success);
        Assert.Equal(replyClass == SmtpReplyClass.Transient, answers.Transient);
        Assert.Equal(replyClass == SmtpReplyClass.Permanent, answers.Permanent);
        Assert.Equal(((SmtpReplyCode)value).GetTitle(), answers.Title);
    }
}
