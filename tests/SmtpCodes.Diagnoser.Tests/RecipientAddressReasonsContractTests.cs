using System;
using System.Linq;
using System.Reflection;
using SmtpCodes.Generators.Catalog;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// One contract, two places: the reasons that say the recipient's address itself is bad are the generator's
/// hard-bounce reasons (<c>ClassificationPolicy.HardBounceReasons</c>, applied to catalog rows) and the engine's
/// <c>SmtpReplyRules.IsAboutRecipientAddress</c> (applied to a reply about the sender's address). The generator and the
/// engine are different assemblies, so this test holds them to the same set. The engine's rule is internal, and this
/// project sees the generator's internals (whose shared engine types would clash with the runtime's), so it is called
/// by reflection.
/// </summary>
public sealed class RecipientAddressReasonsContractTests
{
    [Fact]
    public void The_engine_and_the_generator_name_the_same_recipient_address_reasons()
    {
        var generator = ClassificationPolicy.HardBounceReasons.Select(reason => reason.ToString()).OrderBy(name => name, StringComparer.Ordinal);
        var rule = typeof(SmtpReply).Assembly.GetType("SmtpCodes.SmtpReplyRules", throwOnError: true)!
            .GetMethod("IsAboutRecipientAddress", BindingFlags.Static | BindingFlags.NonPublic)!;
        var engine = Enum.GetValues<SmtpBounceReason>().Where(reason => (bool)rule.Invoke(null, [reason])!).Select(reason => reason.ToString()).OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(generator, engine);
    }
}
