using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Domino's Japanese notice for a recipient missing from the Domino Directory is an unknown user, as Sisimai's Domino
/// decoder reads it (rb-sisimai lib/sisimai/lhost/domino.rb). The input is the notice of the development message
/// sisimai-set-of-emails/lhost-domino-02.eml.
/// </summary>
public sealed class DominoJapaneseNoticeTests
{
    [Fact]
    public void Domino_saying_the_user_is_not_in_its_directory_in_Japanese_is_an_unknown_user()
    {
        var diagnosis = SmtpReply.Diagnose("ユーザー Neko (kijitora@example.co.jp) は Domino ディレクトリには見つかりません。");

        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.Equal("DominoUserNotInDirectoryJapanese", diagnosis.CatalogEntry);
    }

    [Fact]
    public void Another_Japanese_sentence_about_a_Domino_directory_is_not_that_notice()
    {
        // "The Domino directory was updated" names the directory but says nothing about a missing user.
        var diagnosis = SmtpReply.Diagnose("550 Domino ディレクトリを更新しました");

        Assert.NotEqual("DominoUserNotInDirectoryJapanese", diagnosis.CatalogEntry);
    }
}
