using System.Linq;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// The generated code compiles without a single warning (the consumer's TreatWarningsAsErrors) for each
/// target the package supports: netstandard2.0 and net472 with C# 7.3, net10.0 with the latest C# and
/// nullable enabled. The user code exercises the public shape other features rely on.
/// </summary>
public sealed class CompileTests
{
    private const string UsesTheApi = """
        using SmtpCodes;

        namespace Consumer
        {
            public static class Program
            {
                public static string Describe(int value)
                {
                    SmtpReplyCode code;
                    if (!SmtpReplyCodeExtensions.TryFromInt(value, out code))
                    {
                        code = (SmtpReplyCode)value;
                    }

                    SmtpEnhancedStatusCode enhanced;
                    var known = SmtpEnhancedStatusCode.TryParse("5.1.1", out enhanced) && enhanced == SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress;
                    return code.ToStringFast() + code.GetTitle() + code.GetDescription() + code.GetResolution() + code.GetClass() + code.GetCategory()
                        + code.IsPermanent() + code.IsTransient() + code.IsSuccess() + code.IsIntermediate() + code.IsDefined()
                        + code.GetDefaultReason() + code.GetDefaultBounce() + code.GetDefaultParty() + code.GetDefaultAction()
                        + enhanced.GetTitle() + enhanced.GetDescription() + enhanced.IsKnown + enhanced.Class + enhanced.SubjectKind + known
                        + enhanced.GetDefaultReason() + enhanced.GetDefaultBounce() + enhanced.GetDefaultParty() + enhanced.GetDefaultAction();
                }

                [SmtpReplyCode]
                public static int LastReply { get; set; }
            }
        }
        """;

    public static TheoryData<string> Targets => new() { "net10.0-latest", "netstandard2.0-csharp7.3", "net472-csharp7.3" };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Built_in_catalog_compiles_without_warnings(string targetName)
    {
        var target = TargetProfile.Named(targetName);
        var run = GeneratorRun.Run(target: target, userCode: UsesTheApi);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems.Select(problem => problem.ToString()));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Public_accessibility_in_another_namespace_compiles_without_warnings(string targetName)
    {
        var properties = new System.Collections.Generic.Dictionary<string, string>
        {
            ["build_property.SmtpCodesNamespace"] = "Contoso.Mail",
            ["build_property.SmtpCodesAccessibility"] = "public",
        };
        var run = GeneratorRun.Run(properties: properties, target: TargetProfile.Named(targetName), userCode: UsesTheApi.Replace("using SmtpCodes;", "using Contoso.Mail;"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void Span_overloads_exist_only_where_the_target_has_spans()
    {
        var modern = GeneratorRun.Run(target: TargetProfile.Net100Latest).Sources["SmtpEnhancedStatusCode.Value.g.cs"];
        var legacy = GeneratorRun.Run(target: TargetProfile.NetStandard20CSharp73).Sources["SmtpEnhancedStatusCode.Value.g.cs"];

        // The engine file is the same text for both: the symbols defined at its top choose the variant.
        Assert.Contains("#define SMTPCODES_SPAN\n#define SMTPCODES_NULLABLE\n#nullable enable\n", modern);
        Assert.Contains("#undef SMTPCODES_SPAN\n#undef SMTPCODES_NULLABLE\n", legacy);
        Assert.DoesNotContain("#nullable", legacy);
    }
}
