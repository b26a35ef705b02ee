using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Exchange 2007 and later write an NDR whose report is only text when no delivery-status part goes with it, in the
/// language of the organisation: an Italian one is titled "Non recapitabile" and heads its administrators' part
/// "Informazioni di diagnostica per gli amministratori", a French one "Non remis" and "Informations de diagnostic pour
/// les administrateurs", a Swedish one "Olevererbart" and "Diagnostisk information för administratörer", each from the
/// system mailbox rather than a postmaster. Sisimai's decoder of these NDRs (Lhost::Exchange2007, go-sisimai's with the
/// Swedish words) knows them by the same subjects and headings. Written in that shape with addresses of our own.
/// </summary>
public sealed class ExchangeLocalizedNdrTests
{
    private const string ItalianNdr = """
        From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.it>
        To: sender@example.org
        Subject: SUBJECT
        Content-Language: it-IT
        Date: Tue, 14 Nov 2023 22:13:20 +0000
        MIME-Version: 1.0
        Content-Type: text/plain; charset="us-ascii"

        Recapito non riuscito per i seguenti destinatari o gruppi:

        kijitora@example.it

        Informazioni di diagnostica per gli amministratori:

        Server di generazione: mx.example.it

        kijitora@example.it
        #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##
        """;

    private const string FrenchNdr = """
        From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.fr>
        To: sender@example.org
        Subject: Essai
        Content-Language: fr-FR
        Date: Tue, 14 Nov 2023 22:13:20 +0000
        MIME-Version: 1.0
        Content-Type: text/plain; charset="us-ascii"

        Informations de diagnostic pour les administrateurs :

        Serveur de generation : mx.example.fr

        kijitora@example.fr
        #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##
        """;

    [Theory]
    [InlineData("Non recapitabile: Prova")]
    [InlineData("Prova")]
    public void Exchanges_italian_ndr_without_a_report_is_a_bounce(string subject)
    {
        SmtpBounce bounce = SmtpBounce.Read(ItalianNdr.Replace("SUBJECT", subject));

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("kijitora@example.it", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
        Assert.True(recipient.IsHardBounce);
    }

    [Fact]
    public void Exchanges_swedish_subject_and_heading_mark_a_bounce()
    {
        string ndr = FrenchNdr.Replace("Subject: Essai", "Subject: Olevererbart: Test")
            .Replace("Informations de diagnostic pour les administrateurs :", "Diagnostisk information för administratörer:");
        SmtpBounce bounce = SmtpBounce.Read(ndr);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal("kijitora@example.fr", Assert.Single(bounce.Recipients).FinalRecipient);
    }

    [Fact]
    public void Exchanges_french_administrators_heading_marks_a_bounce()
    {
        SmtpBounce bounce = SmtpBounce.Read(FrenchNdr);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("kijitora@example.fr", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }
}
