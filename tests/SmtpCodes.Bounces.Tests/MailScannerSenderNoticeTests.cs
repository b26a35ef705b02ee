using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// MailScanner tells the sender of a message it stopped in a notice of its own, no report and no reply code (its
/// reports sender.virus.report.txt, sender.filename.report.txt, sender.spam.report.txt in MailScanner v5): "Our virus
/// detector has just been triggered by a message you sent:-", then the message's "To:", "Subject:" and "Date:" fields,
/// indented. The To field names the recipients it did not reach; the notice says why (a virus, an attachment on the
/// site's list of unacceptable attachments: a policy refusal, spam). Written from the templates' English text with
/// addresses of our own; the notice's sender is the site's postmaster by default, any address in the other tests. The
/// German, French and Spanish reports (reports/de, fr, es) word the heading and the field in their languages.
/// </summary>
public sealed class MailScannerSenderNoticeTests
{
    private const string VirusNotice = """
        From: "MailScanner" <postmaster@example.net>
        To: sender@example.org
        Subject: Warning: E-mail viruses detected
        Date: Tue, 14 Nov 2023 22:13:20 +0000

        Our virus detector has just been triggered by a message you sent:-

          To: alice@example.net, bob@example.net
          Subject: Invoice
          Date: Tue Nov 14 22:13:18 2023

        Any infected parts of the message (invoice.zip)
         have not been delivered.

        This message is simply to warn you that your computer system may have a
        virus present and should be checked.

        The virus detector said this about the message:
        Report: invoice.zip contains Eicar-Test-Signature

        --
        MailScanner
        Email Virus Scanner
        """;

    private const string FilenameNotice = """
        From: "Mail Scanner" <scanner@example.net>
        To: sender@example.org
        Subject: Warning: E-mail viruses detected
        Date: Tue, 14 Nov 2023 22:13:20 +0000

        Our virus detector has just been triggered by a message you sent:-

          To: alice@example.net
          Subject: Invoice
          Date: Tue Nov 14 22:13:18 2023

        One or more of the attachments (invoice.exe)
        are on the list of unacceptable attachments for this site and will
        not have been delivered.

        Consider renaming the files or putting them into a "zip" file to
        avoid this constraint.
        """;

    [Fact]
    public void The_summarys_to_field_names_the_recipients_the_virus_stopped()
    {
        SmtpBounce bounce = SmtpBounce.Read(VirusNotice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal(new[] { "alice@example.net", "bob@example.net" }, bounce.Recipients.Select(r => r.FinalRecipient));
        Assert.All(bounce.Recipients, recipient => Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action));
        Assert.All(bounce.Recipients, recipient => Assert.Equal(SmtpBounceReason.VirusDetected, recipient.Diagnosis.Reason));
    }

    [Fact]
    public void An_unacceptable_attachment_is_a_policy_refusal_from_any_sender()
    {
        SmtpBounce bounce = SmtpBounce.Read(FilenameNotice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("alice@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.PolicyViolation, recipient.Diagnosis.Reason);
        Assert.False(recipient.IsHardBounce);
    }

    [Theory]
    [InlineData("Unser Virenscanner wurde durch eine Nachricht von Ihnen ausgelöst:", "  An: alice@example.net", "Alle infizierten Teile der Nachricht (invoice.zip)\nwurden entfernt.", SmtpBounceReason.VirusDetected)]
    [InlineData("Unsere Virenscanner wurden von einer von Ihnen gesandten Nachricht ausgelöst:", "  An: alice@example.net", "Eine oder mehrere Dateianhänge (invoice.exe) sind auf der Liste unerlaubter\nAnhänge dieser Domain und werden nicht weitergeleitet.", SmtpBounceReason.PolicyViolation)]
    [InlineData("Notre passerelle antivirus a détecté un virus dans le courriel que\nvous venez d'envoyer:", "  À:     alice@example.net", "Les pièces jointes infectées ne seront pas transmises au\ndestinataire.", SmtpBounceReason.VirusDetected)]
    [InlineData("Noter passerelle antivirus refuse d'envoyer certaines pièces jointes\ndu courriel que vous venez d'envoyer:", "  À:     alice@example.net", "La transmission d'au moins une pièce jointe est interdite par les règles\nde notre entreprise et a été remplacée par cet avertissement.", SmtpBounceReason.PolicyViolation)]
    [InlineData("Nuestro detector de virus ha sido activado por un mensaje enviado por Usted:", "  A: alice@example.net", "Las partes del mensaje que estaban infectadas no han sido enviadas.", SmtpBounceReason.VirusDetected)]
    [InlineData("Nuestro detector de virus ha sido activado por un mensaje enviado por Usted:", "  A: alice@example.net", "Uno o más de los anexos están en la lista de archivos no aceptados\npor este sitio y no serán entregados.", SmtpBounceReason.PolicyViolation)]
    public void The_german_french_and_spanish_reports_name_their_recipients_too(string heading, string toField, string verdict, SmtpBounceReason reason)
    {
        string notice = $"From: \"MailScanner\" <scanner@example.net>\nTo: sender@example.org\nSubject: Virus\n\n{heading}\n{toField}\n  Subject: Invoice\n\n{verdict}\n";

        SmtpBounce bounce = SmtpBounce.Read(notice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("alice@example.net", recipient.FinalRecipient);
        Assert.Equal(reason, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_quoted_to_field_without_the_heading_names_no_recipient()
    {
        SmtpBounce bounce = SmtpBounce.Read(FilenameNotice.Replace("a message you sent:-", "a message:"));

        Assert.Empty(bounce.Recipients);
    }
}
