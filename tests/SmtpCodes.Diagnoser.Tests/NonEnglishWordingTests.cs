using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Bounce and reply wordings that are not in English: Exchange's German and Spanish non-delivery reports, German
/// hosts' replies and QQ Mail's Chinese notices, each in the words its source documents (the catalog rows
/// <c>TextLocalisedUnknownRecipient</c>, <c>TextLocalisedMailboxFull</c> and <c>TextLocalisedMessageTooLarge</c> cite
/// them). Before those rows each of these read Undefined (or the reason of its basic code only).
/// </summary>
public sealed class NonEnglishWordingTests
{
    [Theory]
    // Exchange 2013 and later, German (pastebin.com/BsjRCWQL), and Exchange 2007's German sentence.
    [InlineData("Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.")]
    [InlineData("Die E-Mail-Adresse des Empfängers wurde im E-Mail-System des Empfängers nicht gefunden.")]
    // German hosts' replies, as AGNITAS OpenEMM's and bouncefetch's bounce rules quote them.
    [InlineData("550 Es gibt keine Person mit diesem Namen unter dieser Adresse")]
    [InlineData("Niemand unter dieser Adresse bekannt")]
    [InlineData("Diese Adresse ist nicht mehr verfuegbar.")]
    // QQ Mail's notices, and a Chinese MTA's "delivery failed, the account does not exist" (PHPMailer-BMH rule 0174).
    [InlineData("该用户不存在")]
    [InlineData("该用户未开通QQ邮箱")]
    [InlineData("xxx@58866.com.cn : 投递失败, 帐号不存在.")]
    public void A_recipient_that_does_not_exist_in_german_or_chinese_words_is_a_hard_unknown_user(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.Equal("TextLocalisedUnknownRecipient", diagnosis.CatalogEntry);
        Assert.True(diagnosis.IsHardBounce);
    }

    [Theory]
    // Exchange's German NDR for 554 5.2.2 (Microsoft Learn de-de), with and without its code.
    [InlineData("Das Postfach des Empfängers ist voll und kann Nachrichten jetzt nicht annehmen. Versuchen Sie, diese Nachricht später erneut zu senden, oder wenden Sie sich direkt an den Empfänger.")]
    // WEB.DE's German half, a German host's capacity sentence, QQ Mail's "the recipient's space is insufficient".
    [InlineData("550 Benutzer hat das Speichervolumen ueberschritten.")]
    [InlineData("Die Nachricht konnte nicht zugestellt werden, da die Kapazität des Empfänger E-Mail Postfaches erschöpft ist.")]
    [InlineData("收件人空间不足")]
    public void A_full_mailbox_in_german_or_chinese_words_is_a_full_mailbox(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.MailboxFull, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Fact]
    public void Exchange_online_saying_in_spanish_that_the_message_is_too_large_is_a_size_refusal()
    {
        // pastebin.com/Nc6bUDWC: the user part of the NDR, without the diagnostic line that carries 5.2.3.
        var diagnosis = SmtpReply.Diagnose("El mensaje no se va a enviar porque es demasiado grande. Reduzca el tamaño del mensaje (por ejemplo, quitando los datos adjuntos) e intente reenviarlo.");

        Assert.Equal(SmtpBounceReason.EmailTooLarge, diagnosis.Reason);
        Assert.Equal("TextLocalisedMessageTooLarge", diagnosis.CatalogEntry);
    }

    [Theory]
    // Controls: nearby words that say something else keep their own reading.
    // "The mailbox was completely deleted" is not a full mailbox.
    [InlineData("Das Postfach des Empfängers wurde gelöscht")]
    // "The user list is empty" names users but says nothing about a missing one.
    [InlineData("用户列表为空")]
    public void Nearby_words_that_say_something_else_are_not_these_wordings(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.NotEqual("TextLocalisedUnknownRecipient", diagnosis.CatalogEntry);
        Assert.NotEqual("TextLocalisedMailboxFull", diagnosis.CatalogEntry);
    }
}
