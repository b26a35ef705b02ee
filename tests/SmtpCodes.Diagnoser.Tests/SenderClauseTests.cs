using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Words that say an address is bad, in a clause whose subject is the envelope sender, are about the sender's address:
/// RFC 3463's X.1.7 / X.1.8 (Rejected, soft, the sender's administrator fixes it), as the bounce reader reads a reply to
/// MAIL FROM, never a hard bounce of the recipient. Writers: Facebook's DNS-P1 "Your SMTP MAIL FROM domain does not
/// exist." (p5-sisimai 4.25.15, Lhost/Facebook.pm, under 'rejected'), whose Rejected reason is "Email rejected due to a
/// sender's email address (envelope from)" (Reason/Rejected.pm); qmail's sender check "553 sorry, your envelope sender
/// domain must exist (#5.7.1)" (which Sisimai's HostUnknown index, 'domain must exist', reads as the recipient's);
/// Postfix's unknown_address_reject_code, which refuses "a sender or recipient address because its domain is unknown"
/// (postconf(5)). Before the rule each positive read the recipient's UserUnknown or HostUnknown, hard (the session 55
/// audit of hard phrases over a sender).
/// </summary>
public sealed class SenderClauseTests
{
    [Theory]
    [InlineData("550 Sender address does not exist")]
    [InlineData("550 Sender user unknown")]
    [InlineData("550 5.1.1 Sender user unknown")]
    [InlineData("501 MAIL FROM no such domain")]
    [InlineData("550 Envelope sender unknown domain")]
    [InlineData("550 Your SMTP MAIL FROM domain does not exist.")]
    [InlineData("553 sorry, your envelope sender domain must exist (#5.7.1)")]
    [InlineData("550 5.1.2 Sender Domain Not Found")]
    [InlineData("550 Return-Path address does not exist")]
    // Session 56 round three (tuner now56i): TextUserUnknown's "unknown alias" / "no such alias" said of the sender.
    [InlineData("550 Sender unknown alias")]
    [InlineData("553 MAIL FROM <a@example.org>: no such alias")]
    [InlineData("554 5.7.1 <a@example.org>: Recipient address rejected: sender has non-existent internet domain")]
    public void Address_words_about_the_sender_read_as_the_senders_address(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.Rejected, diagnosis.Reason);
        Assert.NotEqual(true, diagnosis.IsHardBounce);
        Assert.Equal(SmtpResponsibleParty.SenderAdministrator, diagnosis.Party);
    }

    [Theory]
    // A clause that ends before the words: the recipient is refused.
    [InlineData("550 Sender OK; recipient does not exist", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Sender verified. User unknown", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Sender OK, but no such user here", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Sender accepted, however the domain does not exist", SmtpBounceReason.HostUnknown)]
    // A recipient word after the sender word: the words are about the recipient again.
    [InlineData("550 Sender OK, no such recipient", SmtpBounceReason.UserUnknown)]
    [InlineData("550 Mail from <a@example.org> rejected: Recipient unknown", SmtpBounceReason.UserUnknown)]
    // "sender" inside an address or a host name is no subject of the sentence.
    [InlineData("550 5.1.1 <sender@example.org>... User unknown", SmtpBounceReason.UserUnknown)]
    [InlineData("550 5.1.1 <bounce-sender@example.org>: Recipient address rejected: User unknown in virtual mailbox table", SmtpBounceReason.UserUnknown)]
    [InlineData("550 5.1.2 Host mx.sender.example.org not found", SmtpBounceReason.HostUnknown)]
    // The sender word after the words that refuse the recipient.
    [InlineData("550 5.1.1 User unknown (sender: a@example.org)", SmtpBounceReason.UserUnknown)]
    public void Address_words_outside_a_senders_clause_stay_the_recipients(string reply, SmtpBounceReason reason)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(true, diagnosis.IsHardBounce);
    }
}
