using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// amavisd-new's notice to the sender of a message it stopped (its template-virus-sender.txt, as Debian's amavisd-new
/// package installs it in /etc/amavis/en_US/) names no reply code: a heading ("VIRUS ALERT", "BANNED CONTENTS ALERT",
/// the 2004 template's "BANNED FILENAME ALERT"), what its checker found, and the recipients of the stopped message
/// listed as "-> a@b" under "to the following recipient(s):". Every listed address failed for what the notice says:
/// a virus (VirusDetected) or an attachment the site's policy bans (PolicyViolation, as amavisd-new's own SMTP reply
/// "- BANNED:" reads). Written from the templates' text with addresses of our own.
/// </summary>
public sealed class AmavisdSenderNoticeTests
{
    private const string VirusNotice = """
        From: "Content-filter at mx.example.net" <postmaster@example.net>
        To: <sender@example.org>
        Subject: VIRUS (Eicar-Test-Signature) IN MAIL FROM YOU
        Message-ID: <VAa1b2c3d4@mx.example.net>
        Date: Tue, 14 Nov 2023 22:13:20 +0000

        VIRUS ALERT

        Our content checker found
            virus: Eicar-Test-Signature

        in email presumably from you <sender@example.org>
        to the following recipient:
        -> alice@example.net

        Our internal reference code for your message is 12345-01/a1b2c3d4

        Delivery of the email was stopped!

        Please check your system for viruses, or ask your system administrator to do so.
        """;

    private const string BannedNotice = """
        From: amavisd-new <postmaster@example.net>
        To: <sender@example.org>
        Subject: BANNED FILENAME (invoice.exe) IN MAIL FROM YOU
        Message-ID: <BFa1b2c3d4@mx.example.net>
        Date: Tue, 14 Nov 2023 22:13:20 +0000

        BANNED FILENAME ALERT

        Our content checker found
            banned name: .exe,invoice.exe

        in email presumably from you (<sender@example.org>),
        to the following recipients:
        -> alice@example.net
        -> bob@example.net

        Delivery of the email was stopped!

        The message has been blocked because it contains a component
        (as a MIME part or nested within) with declared name
        or MIME type or contents type violating our access policy.
        """;

    [Fact]
    public void Amavisd_virus_notice_names_its_recipient_after_the_arrow()
    {
        SmtpBounce bounce = SmtpBounce.Read(VirusNotice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("alice@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(SmtpBounceReason.VirusDetected, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Fact]
    public void Every_address_of_amavisds_list_failed_for_the_banned_attachment()
    {
        SmtpBounce bounce = SmtpBounce.Read(BannedNotice);

        Assert.Equal(new[] { "alice@example.net", "bob@example.net" }, bounce.Recipients.Select(r => r.FinalRecipient));
        Assert.All(bounce.Recipients, recipient => Assert.Equal(SmtpBounceReason.PolicyViolation, recipient.Diagnosis.Reason));
        Assert.All(bounce.Recipients, recipient => Assert.False(recipient.IsHardBounce));
    }
}
