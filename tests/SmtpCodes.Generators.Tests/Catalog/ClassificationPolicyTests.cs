using SmtpCodes.Generators.Catalog;
using Xunit;

namespace SmtpCodes.Generators.Tests.Catalog;

/// <summary>
/// The classification policy against examples from outside this project, not against a restatement of its rules:
/// Sisimai's hard/soft test lists, RFC 3463's class semantics, and what Postfix does with a reply (defer or bounce).
/// </summary>
public sealed class ClassificationPolicyTests
{
    [Theory]
    // sisimai/go-sisimai smtp/failure/00-failure_test.go: HardBounce = ReUSER, ReHOST, ReMOVE, Re00MX.
    [InlineData("UserUnknown")]
    [InlineData("HostUnknown")]
    [InlineData("HasMoved")]
    [InlineData("NotAccept")]
    public void Sisimai_s_hard_bounce_reasons_are_hard_in_a_permanent_reply(string reason)
    {
        Assert.Equal(BounceKind.Hard, ClassificationPolicy.DefaultBounce(5, Reason(reason)));
        Assert.Equal(BounceKind.Soft, ClassificationPolicy.DefaultBounce(4, Reason(reason)));
    }

    [Theory]
    // The same test's SoftBounce list (blocked, mailboxfull, spamdetected, policyviolation, ratelimited, suspend, ...).
    [InlineData("Blocked")]
    [InlineData("MailboxFull")]
    [InlineData("SpamDetected")]
    [InlineData("PolicyViolation")]
    [InlineData("RateLimited")]
    [InlineData("Suspend")]
    [InlineData("AuthFailure")]
    [InlineData("Undefined")]
    public void Sisimai_s_soft_bounce_reasons_are_soft_even_when_permanent(string reason) =>
        Assert.Equal(BounceKind.Soft, ClassificationPolicy.DefaultBounce(5, Reason(reason)));

    [Fact]
    public void Success_and_intermediate_replies_are_no_bounce()
    {
        // RFC 3463: class 2 is a success; RFC 5321: 3yz asks for more input.
        Assert.Equal(BounceKind.None, ClassificationPolicy.DefaultBounce(2, BounceReason.Delivered));
        Assert.Equal(BounceKind.None, ClassificationPolicy.DefaultBounce(3, BounceReason.Undefined));
        Assert.Equal(BounceKind.None, ClassificationPolicy.DefaultBounce(5, BounceReason.Delivered));
    }

    [Theory]
    // What Postfix does with each condition when the reply had no code (postfix/smtp log lines in the corpus):
    // dsn=4.4.1 status=deferred for a time-out, dsn=4.2.2 deferred for a full mailbox, dsn=5.4.4 bounced for a
    // missing domain, dsn=5.1.1 bounced for an unknown user; Exim gives up with "retry timeout exceeded" (expired).
    [InlineData("NetworkError", "Transient")]
    [InlineData("MailboxFull", "Transient")]
    [InlineData("Greylisted", "Transient")]
    [InlineData("HostUnknown", "Permanent")]
    [InlineData("UserUnknown", "Permanent")]
    [InlineData("Expired", "Permanent")]
    [InlineData("MailerError", "Permanent")]
    [InlineData("Delivered", "Success")]
    [InlineData("Undefined", "Unknown")]
    public void A_reply_without_a_code_takes_the_class_its_reason_implies(string reason, string replyClass) =>
        Assert.Equal(replyClass, ClassificationPolicy.ImpliedClass(Reason(reason)).ToString());

    [Fact]
    public void A_class_alone_is_never_a_hard_bounce()
    {
        // RFC 5321, 4.2.1: a client that does not know a code falls back on its first digit; the digit says
        // nothing about the address.
        foreach (var digit in new[] { 1, 2, 3, 4, 5 })
        {
            var (reason, _, _) = ClassificationPolicy.ClassDefaults(digit);
            Assert.NotEqual(BounceKind.Hard, ClassificationPolicy.DefaultBounce(digit, reason));
        }
    }

    [Fact]
    public void A_refused_session_that_names_no_cause_is_a_soft_block_the_sending_administrator_takes_up()
    {
        // Sisimai's Exim decoder reads every reply to HELO or EHLO as blocked (rb-sisimai lib/sisimai/lhost/exim.rb),
        // which its hard/soft lists call soft; RFC 5321 4.1.1.1: no address had been named.
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Session);
        Assert.Equal(BounceReason.Blocked, reason);
        Assert.Equal(BounceKind.Soft, ClassificationPolicy.DefaultBounce(5, reason));
        Assert.Equal(ResponsibleParty.SenderAdministrator, party);
        Assert.Equal(RecommendedAction.ContactPostmaster, action);
    }

    [Fact]
    public void A_temporary_policy_refusal_of_the_transaction_that_names_no_cause_is_greylisting_nobody_need_act_on()
    {
        // RFC 6647: greylisting is temporarily degraded service to unknown clients, a temporary failure a legitimate
        // client retries; RFC 3463 meant X.7.1 for permanent refusals, so its temporary form asks the client to come back.
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Transaction);
        Assert.Equal(BounceReason.Greylisted, reason);
        Assert.Contains(reason, ClassificationPolicy.TransientReasons);
        Assert.Equal(ResponsibleParty.Nobody, party);
        Assert.Equal(RecommendedAction.RetryLater, action);
    }

    [Fact]
    public void A_bare_554_after_the_end_of_data_is_the_message_refused_soft()
    {
        // RFC 5321 4.2 and 4.1.1.4: 554 "Transaction failed" in answer to the end of the message's data, after the sender
        // and the recipient were taken: the message was refused (measured in session 44 against SystemError and Undefined).
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.MessageData);
        Assert.Equal(BounceReason.ContentError, reason);
        Assert.Equal(BounceKind.Soft, ClassificationPolicy.DefaultBounce(5, reason));
        Assert.Equal(ResponsibleParty.Sender, party);
        Assert.Equal(RecommendedAction.FixContent, action);
    }

    [Fact]
    public void A_bare_550_or_553_to_RCPT_TO_is_the_recipient_refused()
    {
        // RFC 5321 3.3, 4.1.1.3 and 4.2.2: RCPT TO's only argument is the recipient's mailbox, a recipient "known not to
        // be a deliverable address" is answered 550, and 553 is "mailbox name not allowed" (measured in session 45 against
        // Rejected, Filtered and Blocked: soft).
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Recipient);
        Assert.Equal(BounceReason.UserUnknown, reason);
        Assert.Equal(ResponsibleParty.Sender, party);
        Assert.Equal(RecommendedAction.CorrectAddress, action);
        Assert.Equal(BounceKind.Soft, ClassificationPolicy.RecipientRefusalBounce(wordsCallAddressUnknown: false));
    }

    [Fact]
    public void A_bare_550_or_553_to_RCPT_TO_whose_words_call_the_address_unknown_is_hard()
    {
        // "550 Invalid username", "550 Unknown local address" to RCPT TO: the words confirm what the code alone does not,
        // so the refusal is hard, as UserUnknown's default (session 46 round one, tuner now46d).
        var (reason, _, _) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Recipient);
        Assert.Equal(BounceKind.Hard, ClassificationPolicy.DefaultBounce(5, reason));
        Assert.Equal(BounceKind.Hard, ClassificationPolicy.RecipientRefusalBounce(wordsCallAddressUnknown: true));
    }

    [Fact]
    public void A_bare_550_or_553_to_RCPT_TO_that_names_the_recipients_domain_is_the_domain_not_served()
    {
        // RFC 5321 3.6.2 and 7.1, RFC 2505 2: a server refuses to take on mail for a domain it does not serve; Postfix
        // answers such a recipient domain "Relay access denied" at RCPT TO (ADDRESS_CLASS_README, reject_unauth_destination)
        // (measured in session 46 round one against the recipient's UserUnknown; the engine keeps it soft).
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.RecipientDomain);
        Assert.Equal(BounceReason.NoRelaying, reason);
        Assert.Equal(BounceKind.Soft, ClassificationPolicy.DefaultBounce(5, reason));
        Assert.Equal(ResponsibleParty.SenderAdministrator, party);
        Assert.Equal(RecommendedAction.FixConfiguration, action);
    }

    private static BounceReason Reason(string name) => System.Enum.Parse<BounceReason>(name);
}
