using System;
using System.Linq;
using System.Reflection;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Emit;
using SmtpCodes.Generators.Model;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// For every row of the built-in catalog, the generated API (compiled and loaded) returns the row's values:
/// name, title, description, resolution, class, reason, bounce, party and action.
/// </summary>
public sealed class BehaviourTests
{
    private const string Extensions = "SmtpCodes.SmtpReplyCodeExtensions";
    private const string Enhanced = "SmtpCodes.SmtpEnhancedStatusCode";

    private static readonly Lazy<GeneratedAssembly> Generated = new(() => new GeneratedAssembly(GeneratorRun.Run()));
    private static readonly CatalogModel BuiltIn = CatalogMerger.Merge(BuiltInCatalog.Files, []);

    public static TheoryData<int> ReplyCodes => new(BuiltIn.ReplyCodes.Select(entry => entry.BasicCode));

    public static TheoryData<string> EnhancedDetails => new(BuiltIn.EnhancedCodes.Where(entry => entry.EnhancedCode!.IsDetailRow).Select(entry => entry.Code));

    [Fact]
    public void The_built_in_catalog_parses_without_diagnostics()
    {
        Assert.Empty(BuiltInCatalog.Files.SelectMany(file => file.Diagnostics).Select(diagnostic => diagnostic.ToString()));
        Assert.Empty(BuiltIn.Diagnostics.Select(diagnostic => diagnostic.ToString()));
    }

    [Theory]
    [MemberData(nameof(ReplyCodes))]
    public void Every_reply_row_is_what_the_generated_api_returns(int value)
    {
        var entry = BuiltIn.ReplyCodes.Single(row => row.BasicCode == value);
        var code = Enum.ToObject(Generated.Value.Type("SmtpCodes.SmtpReplyCode"), value);
        var fallback = ClassificationPolicy.ClassDefaults(value / 100);

        Assert.Equal(entry.Name, Call("ToStringFast", code));
        Assert.Equal(entry.Title, Call("GetTitle", code));
        Assert.Equal(entry.Description, Call("GetDescription", code));
        Assert.Equal(entry.Resolution, Call("GetResolution", code));
        Assert.Equal(Vocabulary.Classes[value / 100].MemberName, Call("GetClass", code));
        Assert.Equal(Or(entry.Reason, fallback.Reason), Call("GetDefaultReason", code));
        Assert.Equal(Or(entry.Bounce, ClassificationPolicy.DefaultBounce(value / 100, fallback.Reason)), Call("GetDefaultBounce", code));
        Assert.Equal(Or(entry.Party, fallback.Party), Call("GetDefaultParty", code));
        Assert.Equal(Or(entry.Action, fallback.Action), Call("GetDefaultAction", code));
        Assert.Equal(true, Generated.Value.Call(Extensions, "IsDefined", value));
        Assert.Equal(value >= 500, Generated.Value.Call(Extensions, "IsPermanent", code));
        Assert.Equal(value is >= 400 and < 500, Generated.Value.Call(Extensions, "IsTransient", code));
    }

    [Theory]
    [MemberData(nameof(EnhancedDetails))]
    public void Every_enhanced_detail_row_is_what_the_generated_api_returns_for_each_of_its_classes(string code)
    {
        var entry = BuiltIn.EnhancedCodes.Single(row => row.Code == code);
        var pattern = entry.EnhancedCode!;
        foreach (var (holder, classDigit) in new[] { ("Success", 2), ("Transient", 4), ("Permanent", 5) })
        {
            var field = Generated.Value.Type(Enhanced + "+" + holder).GetField(entry.Name, BindingFlags.Public | BindingFlags.Static);
            var text = $"{classDigit}.{pattern.Subject}.{pattern.DetailFrom}";
            if (!entry.Classes.Items.Contains(classDigit))
            {
                // Not a code of the registry in this class (2.2.2: a full mailbox is no success): no member, not known.
                Assert.Null(field);
                Assert.Equal(false, Property(Parse(text)!, "IsKnown"));
                continue;
            }

            var member = field!.GetValue(null)!;
            Assert.Equal(text, member.ToString());
            Assert.Equal(member, Parse(text));
            Assert.Equal(true, Property(member, "IsKnown"));
            Assert.Equal(entry.Title, Invoke(member, "GetTitle"));
            Assert.Equal(entry.Description, Invoke(member, "GetDescription"));
            var expectedReason = classDigit == 2 ? "Delivered" : Or(entry.Reason, BounceReason.Undefined);
            Assert.Equal(expectedReason, Invoke(member, "GetDefaultReason"));
            var expectedBounce = classDigit == 2 ? "None" : classDigit == 4 ? "Soft" : entry.Bounce?.ToString();
            Assert.Equal(expectedBounce, Invoke(member, "GetDefaultBounce"));
        }
    }

    [Fact]
    public void Codes_outside_the_catalog_fall_back_on_their_class()
    {
        var code = Enum.ToObject(Generated.Value.Type("SmtpCodes.SmtpReplyCode"), 599);
        Assert.Equal("599", Call("ToStringFast", code));
        Assert.Equal(ClassFallbacks.ByClass[5].Title, Call("GetTitle", code));
        Assert.Equal("Permanent", Call("GetClass", code));
        Assert.Equal("Unknown", Call("GetCategory", code));
        Assert.Equal(false, Generated.Value.Call(Extensions, "IsDefined", 599));
        Assert.Equal("Unknown", Call("GetClass", Enum.ToObject(code.GetType(), 650)));
        Assert.Equal("Unknown", Call("GetClass", Enum.ToObject(code.GetType(), int.MinValue)));
        Assert.Equal(false, Generated.Value.Call(Extensions, "IsPermanent", Enum.ToObject(code.GetType(), int.MinValue)));

        var vendorDetail = Parse("5.7.606")!;
        Assert.Equal(false, Property(vendorDetail, "IsKnown"));
        Assert.Equal("Security", Property(vendorDetail, "SubjectKind")!.ToString());
    }

    [Theory]
    [InlineData("5.1.1", true)]
    [InlineData(" 4.7.30 ", true)]
    [InlineData("2.0.0", true)]
    [InlineData("5.7.606", true)]
    [InlineData("4.16.1", false)]
    [InlineData("3.1.1", false)]
    [InlineData("5.1.", false)]
    [InlineData("5.1.1000", false)]
    [InlineData("5-1-1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Enhanced_codes_parse_as_RFC_3463_writes_them(string? text, bool valid)
    {
        var method = Generated.Value.Type(Enhanced).GetMethods().Single(info => info.Name == "TryParse" && info.GetParameters()[0].ParameterType == typeof(string));
        var arguments = new object?[] { text, null };
        Assert.Equal(valid, method.Invoke(null, arguments));
        if (valid)
        {
            Assert.Equal(text!.Trim(), arguments[1]!.ToString());
        }
    }

    [Fact]
    public void A_refused_sending_host_is_read_as_the_classification_policy_says()
    {
        // No catalog row decides a refused session that names no cause: the engine reads the policy's answer from these.
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Session);
        Assert.Equal(reason.ToString(), Constant("RefusedHostReason"));
        Assert.Equal(ClassificationPolicy.DefaultBounce(5, reason).ToString(), Constant("RefusedHostBounce"));
        Assert.Equal(party.ToString(), Constant("RefusedHostParty"));
        Assert.Equal(action.ToString(), Constant("RefusedHostAction"));
    }

    [Fact]
    public void A_temporary_policy_refusal_without_a_cause_is_read_as_the_classification_policy_says()
    {
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Transaction);
        Assert.Equal(reason.ToString(), Constant("DeferredByPolicyReason"));
        Assert.Equal(party.ToString(), Constant("DeferredByPolicyParty"));
        Assert.Equal(action.ToString(), Constant("DeferredByPolicyAction"));
    }

    [Fact]
    public void A_bare_554_after_the_end_of_data_is_read_as_the_classification_policy_says()
    {
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.MessageData);
        Assert.Equal(reason.ToString(), Constant("RefusedMessageReason"));
        Assert.Equal(party.ToString(), Constant("RefusedMessageParty"));
        Assert.Equal(action.ToString(), Constant("RefusedMessageAction"));
    }

    [Fact]
    public void A_bare_550_or_553_to_RCPT_TO_is_read_as_the_classification_policy_says()
    {
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Recipient);
        Assert.Equal(reason.ToString(), Constant("RefusedRecipientReason"));
        Assert.Equal(party.ToString(), Constant("RefusedRecipientParty"));
        Assert.Equal(action.ToString(), Constant("RefusedRecipientAction"));
        Assert.Equal(ClassificationPolicy.RecipientRefusalBounce(false).ToString(), Constant("RefusedRecipientBounce"));
        Assert.Equal(ClassificationPolicy.RecipientRefusalBounce(true).ToString(), Constant("RefusedUnknownRecipientBounce"));
    }

    [Fact]
    public void A_bare_550_or_553_to_RCPT_TO_that_names_the_domain_is_read_as_the_classification_policy_says()
    {
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.RecipientDomain);
        Assert.Equal(reason.ToString(), Constant("RefusedRecipientDomainReason"));
        Assert.Equal(party.ToString(), Constant("RefusedRecipientDomainParty"));
        Assert.Equal(action.ToString(), Constant("RefusedRecipientDomainAction"));
    }

    private static string? Constant(string name) =>
        Generated.Value.Type("SmtpCodes.SmtpReply").GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!.ToString();

    private static object? Call(string method, object code) => Generated.Value.Call(Extensions, method, code) is { } result && result.GetType().IsEnum ? result.ToString() : Generated.Value.Call(Extensions, method, code);

    private static object? Parse(string text) => Generated.Value.Type(Enhanced).GetMethod("Parse", [typeof(string)])!.Invoke(null, [text]);

    private static object? Property(object value, string name) => value.GetType().GetProperty(name)!.GetValue(value) is { } result && result.GetType().IsEnum ? result.ToString() : value.GetType().GetProperty(name)!.GetValue(value);

    private static object? Invoke(object value, string name) => value.GetType().GetMethod(name, Type.EmptyTypes)!.Invoke(value, null) is { } result && result.GetType().IsEnum ? result.ToString() : value.GetType().GetMethod(name, Type.EmptyTypes)!.Invoke(value, null);

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;

    private static string Or<T>(T? value, T fallback)
        where T : struct, Enum
        => (value ?? fallback).ToString();
}
