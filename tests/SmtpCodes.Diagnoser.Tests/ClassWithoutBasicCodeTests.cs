using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A reply without a basic code still has a class: its enhanced code's (RFC 3463), else the class its reason implies
/// (catalog/README.md, "Hard and soft bounces"); and the hard/soft answer follows.
/// </summary>
public sealed class ClassWithoutBasicCodeTests
{
    [Theory]
    // The enhanced code's class.
    [InlineData("5.1.1 The email account does not exist", SmtpReplyClass.Permanent, true)]
    [InlineData("4.2.2 Mailbox full", SmtpReplyClass.Transient, false)]
    [InlineData("Sorry, no mailbox here by that name. (#5.1.1)", SmtpReplyClass.Permanent, true)]
    [InlineData("dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25: Connection timed out)", SmtpReplyClass.Transient, false)]
    // Without any code, the class the reason implies: Postfix defers a time-out and bounces a missing domain; local delivery says x-unix.
    [InlineData("X-Postfix; connect to example.org[192.0.2.1]: Connection timed out", SmtpReplyClass.Transient, false)]
    [InlineData("X-Postfix; Host or domain name not found. Name service error for name=example.invalid type=A: Host not found", SmtpReplyClass.Permanent, true)]
    [InlineData("x-unix; user unknown", SmtpReplyClass.Permanent, true)]
    [InlineData("delivery failed: mailbox full", SmtpReplyClass.Transient, false)]
    [InlineData("You have been blocked by the recipient", SmtpReplyClass.Permanent, false)]
    public void A_reply_without_a_basic_code_has_a_class_and_a_bounce(string reply, SmtpReplyClass replyClass, bool hard)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(replyClass, diagnosis.Class);
        Assert.Equal(hard, diagnosis.IsHardBounce);
    }

    [Fact]
    public void Text_that_says_nothing_has_no_class()
    {
        var diagnosis = SmtpReply.Diagnose("the weather is fine");

        Assert.Equal(SmtpReplyClass.Unknown, diagnosis.Class);
        Assert.Null(diagnosis.IsHardBounce);
    }

    [Fact]
    public void A_bare_550_is_not_a_hard_bounce()
    {
        // catalog/README.md: two 550 replies in three without a telling enhanced code are not missing users.
        var bare = SmtpReply.Diagnose("550 Requested action not taken");
        var confirmed = SmtpReply.Diagnose("550 5.1.1 Requested action not taken");
        var byText = SmtpReply.Diagnose("550 No such user here");

        Assert.Equal(SmtpReplyClass.Permanent, bare.Class);
        Assert.False(bare.IsHardBounce);
        Assert.NotEqual(SmtpRecommendedAction.RemoveAddress, bare.Action);
        Assert.True(confirmed.IsHardBounce);
        Assert.True(byText.IsHardBounce);
    }

    [Fact]
    public void A_failed_parse_leaves_an_enhanced_code_that_is_not_known()
    {
        Assert.False(SmtpEnhancedStatusCode.TryParse("not a code", out var code));
        Assert.False(code.IsKnown);
        Assert.False(default(SmtpEnhancedStatusCode).IsKnown);
    }
}
