using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The classification policy's rule for a refusal whose words name no cause (catalog/README.md, "Refusals whose words
/// name no cause"). RFC 3463 meant X.7.1 ("delivery not authorized, message refused") for permanent refusals; a
/// temporary reply under it that no catalog row explains is a policy check that asks the client to come back:
/// greylisting, "temporarily degraded service to unknown email clients" answered with a temporary failure (RFC 6647).
/// Greylisters send it without naming themselves: ASSP's default reply to delayed mail (its <c>DelayError</c> setting)
/// is "451 4.7.1 Please try again later"; Postfix's access(5) DEFER, which Postgrey's DEFER_IF_PERMIT uses, answers
/// 450 4.7.1. A 421 closes the channel whatever it answered (RFC 5321 3.8): the connecting host was refused (Blocked).
/// Before, each read as X.7.1's policy refusal (PolicyViolation).
/// </summary>
public sealed class RefusalWithoutCauseTests
{
    [Theory]
    [InlineData("451 4.7.1 Please try again later")]
    [InlineData("4.7.1 Please try again later")]
    [InlineData("450 4.7.1 Please try again later")]
    public void A_temporary_policy_refusal_that_names_no_cause_is_greylisting(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.Greylisted, diagnosis.Reason);
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
        Assert.False(diagnosis.IsHardBounce);
        Assert.Equal(SmtpResponsibleParty.Nobody, diagnosis.Party);
        Assert.Equal(SmtpRecommendedAction.RetryLater, diagnosis.Action);
        Assert.Equal(SmtpDiagnosisBasis.EnhancedCode, diagnosis.Basis);
    }

    [Fact]
    public void A_421_under_the_policy_code_that_names_no_cause_refuses_the_connecting_host()
    {
        // RFC 5321 4.2.2's own words for 421, under X.7.1.
        var diagnosis = SmtpReply.Diagnose("421 4.7.1 mx.example.org closing transmission channel");

        Assert.Equal(SmtpBounceReason.Blocked, diagnosis.Reason);
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
        Assert.Equal(SmtpResponsibleParty.SenderAdministrator, diagnosis.Party);
        Assert.Equal(SmtpRecommendedAction.ContactPostmaster, diagnosis.Action);
    }

    [Theory]
    // RFC 5321's own words for 554, and a greeting that names nothing (catalog/README.md, "A bare 554").
    [InlineData("554 Transaction failed")]
    [InlineData("554 mx.example.org")]
    public void A_bare_554_refuses_the_sending_host(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.Blocked, diagnosis.Reason);
        Assert.Equal(SmtpDiagnosisBasis.BasicCode, diagnosis.Basis);
        Assert.False(diagnosis.IsHardBounce);
        Assert.Equal(SmtpResponsibleParty.SenderAdministrator, diagnosis.Party);
    }

    [Theory]
    // A cause in the words stands: Postfix's reverse-name check and a rate limit (the development replies of the
    // diagnoser corpus), and the greylisting that says so.
    [InlineData("450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]", SmtpBounceReason.RequirePtr)]
    [InlineData("451 4.7.1 <mx.example.jp[192.0.2.3]>: Client host rejected: Please try again slower", SmtpBounceReason.RateLimited)]
    [InlineData("451 4.7.1 Greylisting in action, please come back later", SmtpBounceReason.Greylisted)]
    // The permanent form keeps X.7.1's meaning, the site's policy; a temporary reply under another code keeps its own.
    [InlineData("550 5.7.1 Access denied", SmtpBounceReason.PolicyViolation)]
    [InlineData("554 5.7.1 Please try again later", SmtpBounceReason.PolicyViolation)]
    [InlineData("451 4.3.0 Please try again later", SmtpBounceReason.SystemError)]
    public void Words_that_name_a_cause_or_a_permanent_class_keep_their_reading(string reply, SmtpBounceReason reason)
    {
        Assert.Equal(reason, SmtpReply.Diagnose(reply).Reason);
    }
}
