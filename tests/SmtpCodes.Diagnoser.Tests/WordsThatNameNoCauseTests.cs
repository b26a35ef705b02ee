using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A sentence that lists possible causes names none: cPanel-hosted Exim servers answer "The account or domain may not
/// exist, they may be blacklisted, or missing the proper dns entries." (the bounce-email gem's rules give it 5.2.0,
/// "other or undefined mailbox status"). A catalog row whose reason is Undefined holds those words, and the shorter
/// match strings that end where they end ("blacklisted") are read as its words, not as a block list. Before, the word
/// decided: Blocked.
/// </summary>
public sealed class WordsThatNameNoCauseTests
{
    [Theory]
    [InlineData("550-The mail server could not deliver mail to neko@example.nl.  The account 550-or domain may not exist, they may be blacklisted, or missing the proper dns 550 entries.")]
    [InlineData("The mail server could not deliver mail to neko@example.net.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.")]
    public void CPanels_sentence_of_possible_causes_names_no_reason(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.Undefined, diagnosis.Reason);
        Assert.Equal("TextCpanelCauseNotKnown", diagnosis.CatalogEntry);
        Assert.Equal(SmtpReplyClass.Permanent, diagnosis.Class);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Theory]
    // The same word outside the sentence, before or after it, is still a listing.
    [InlineData("550 Your host is blacklisted. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.")]
    [InlineData("550 The account or domain may not exist, they may be blacklisted, or missing the proper dns entries. Your host is blacklisted.")]
    [InlineData("550 5.7.1 Service unavailable; client host blacklisted")]
    public void The_word_outside_the_sentence_still_names_a_block(string reply)
    {
        Assert.Equal(SmtpBounceReason.Blocked, SmtpReply.Diagnose(reply).Reason);
    }
}
