using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using MimeKit;
using Xunit;

namespace SmtpCodes.Bounces.Tests.MimeKit;

/// <summary>
/// <c>MimeMessage.ReadBounce()</c> (src/SmtpCodes.Runtime/Engine/MimeKitBounceExtensions.cs): the same bounce as
/// <see cref="SmtpBounce.Read(byte[])"/> of the message's bytes, with the delivery-status fields taken from MimeKit's
/// status groups where MimeKit parsed them whole, and from the part's text where it did not.
/// </summary>
public sealed class MimeKitBounceTests
{
    [Fact]
    public void Every_corpus_message_reads_through_MimeKit_as_the_raw_reader_reads_it()
    {
        var loaded = 0;
        var fromStatusGroups = 0;
        var differences = new List<string>();
        foreach (var corpus in BounceCorpus.All)
        {
            byte[] bytes = corpus.ReadBytes();
            MimeMessage message;
            try
            {
                message = Load(bytes);
            }
            catch (FormatException)
            {
                // MimeKit loads no message from a body without a header (the crisp-oss fixtures): there is nothing to extend.
                continue;
            }

            loaded++;
            fromStatusGroups += MimeKitBounceExtensions.StatusGroupsText(message) is null ? 0 : 1;

            string expected = Describe(SmtpBounce.Read(bytes));
            string actual = Describe(message.ReadBounce());
            if (expected != actual)
            {
                differences.Add($"{corpus.File}:\n  raw:     {expected}\n  MimeKit: {actual}");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.True(loaded >= 180, $"MimeKit loaded {loaded} of {BounceCorpus.All.Count} messages");
        // Most of the corpus's DSNs are read from MimeKit's groups, so both paths are exercised.
        Assert.True(fromStatusGroups >= 20, $"{fromStatusGroups} messages read from MimeKit's status groups");
    }

    [Fact]
    public void A_postfix_dsn_is_read_from_MimeKit_s_status_groups()
    {
        MimeMessage message = Load(BounceCorpus.All.Single(corpus => corpus.File == "postfix-loopback/unknown-user.eml").ReadBytes());

        string? fields = MimeKitBounceExtensions.StatusGroupsText(message);

        Assert.NotNull(fields);
        Assert.Contains("Final-Recipient: rfc822; nosuchuser@example.test\n", fields);
        Assert.True(message.TryReadBounce(out SmtpBounce bounce));
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal(("nosuchuser@example.test", SmtpDeliveryAction.Failed, "5.1.1"), (recipient.FinalRecipient, recipient.Action, recipient.Status?.ToString()));
        Assert.Equal("mx.example.test", bounce.ReportingMta);
    }

    [Theory]
    [InlineData(false, "prose before the first group", "This is the delivery status of your message.\nReporting-MTA: dns; mx.example.test\n\nFinal-Recipient: rfc822; gone@example.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")]
    [InlineData(false, "a first line that is folded", " folded\nReporting-MTA: dns; mx.example.test\n\nFinal-Recipient: rfc822; gone@example.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")]
    [InlineData(false, "a line that is no field between groups", "Reporting-MTA: dns; mx.example.test\n\nThis report was written by hand.\n\nFinal-Recipient: rfc822; gone@example.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")]
    [InlineData(false, "a field name with a space", "Reporting-MTA: dns; mx.example.test\n\nFinal Recipient: rfc822; gone@example.test\nFinal-Recipient: rfc822; gone@example.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")]
    [InlineData(true, "two blank lines between groups (MimeKit issue 855, fixed since)", "Reporting-MTA: dns; mx.example.test\n\n\nFinal-Recipient: rfc822; gone@example.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")]
    [InlineData(true, "no blank line after the last group (MimeKit issue 250, fixed since)", "Reporting-MTA: dns; mx.example.test\n\nFinal-Recipient: rfc822; gone@example.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknow")]
    public void A_delivery_status_part_is_read_from_MimeKit_s_groups_where_they_are_whole_and_from_its_text_where_not(bool mimeKitParsesWhole, string shape, string deliveryStatus)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(Dsn(deliveryStatus));
        MimeMessage message = Load(bytes);

        SmtpBounce bounce = message.ReadBounce();

        Assert.True((MimeKitBounceExtensions.StatusGroupsText(message) is not null) == mimeKitParsesWhole, shape);
        Assert.Equal(SmtpBounceMessageKind.DeliveryStatus, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal(("gone@example.test", SmtpDeliveryAction.Failed, SmtpBounceReason.UserUnknown), (recipient.FinalRecipient, recipient.Action, recipient.Diagnosis.Reason));
        Assert.Equal(Describe(SmtpBounce.Read(bytes)), Describe(bounce));
    }

    [Fact]
    public void An_encoded_word_in_a_status_field_is_read_as_written_from_MimeKit_s_groups()
    {
        // Sendmail reports the address the envelope named, an encoded word and all (rb-sisimai
        // eg/maildir-as-a-sample/new/sendmail-25.eml); RFC 2047 section 5 allows no encoded word in an address, so
        // MimeKit's decoding of the field is not the address.
        byte[] bytes = Encoding.ASCII.GetBytes(Dsn("Reporting-MTA: dns; mx.example.test\n\nFinal-Recipient: rfc822; =?utf-8?B?8J+QiPCfkIg=?=@example.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"));
        MimeMessage message = Load(bytes);

        Assert.NotNull(MimeKitBounceExtensions.StatusGroupsText(message));
        Assert.Equal("=?utf-8?B?8J+QiPCfkIg=?=@example.test", Assert.Single(message.ReadBounce().Recipients).FinalRecipient);
    }

    [Fact]
    public void Ordinary_mail_built_with_MimeKit_is_no_bounce()
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ann", "ann@example.test"));
        message.To.Add(new MailboxAddress("Bob", "bob@example.test"));
        message.Subject = "Lunch?";
        message.Body = new TextPart("plain") { Text = "Tomorrow at noon. 550 people are coming." };

        Assert.False(message.TryReadBounce(out SmtpBounce bounce));
        Assert.Equal(SmtpBounceMessageKind.NotBounce, bounce.Kind);
        Assert.Empty(bounce.Recipients);
    }

    private static MimeMessage Load(byte[] bytes) => MimeMessage.Load(new MemoryStream(bytes));

    private static string Dsn(string deliveryStatus) =>
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\n" +
        "To: sender@example.test\n" +
        "Subject: Undelivered Mail Returned to Sender\n" +
        "MIME-Version: 1.0\n" +
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n" +
        "\n" +
        "--b1\n" +
        "Content-Type: text/plain\n" +
        "\n" +
        "Your message could not be delivered.\n" +
        "\n" +
        "--b1\n" +
        "Content-Type: message/delivery-status\n" +
        "\n" +
        deliveryStatus +
        "\n--b1--\n";

    private static string Describe(SmtpBounce bounce) =>
        bounce.Kind + " " + bounce.ReportingMta + " " + bounce.OriginalMessageId + " | " + string.Join(" | ", bounce.Recipients.Select(recipient =>
            $"{recipient.FinalRecipient} {recipient.OriginalRecipient} {recipient.Action} {recipient.Status} {recipient.Diagnosis.Reason} {recipient.IsHardBounce} {recipient.RemoteMta}"));
}
