using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Analyzers.Core;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>The rules return at once, registering nothing, when no carrier of an SMTP code can exist in the compilation.</summary>
public class CarrierDiscoveryTests
{
    [Fact]
    public void Nothing_to_carry_a_code_means_nothing_registered()
        => Assert.Null(Create("class C { bool M(int code) => code == 550; }"));

    [Fact]
    public void A_type_named_for_Smtp_may_carry_codes()
        => Assert.NotNull(Create("class SmtpReply { public int Code; }"));

    [Fact]
    public void A_type_named_for_Http_and_Smtp_does_not()
        => Assert.Null(Create("class SmtpOverHttp { public int Code; }"));

    [Fact]
    public void A_member_named_in_EditorConfig_may_carry_codes()
        => Assert.NotNull(Create("class Line { public int Status; }", new() { [SmtpCodeOptions.ReplyCodeMembersKey] = "F:Line.Status" }));

    [Fact]
    public void The_generated_namespace_option_is_read()
    {
        SmtpAnalysisState? state = Create(
            "namespace Acme.Mail { enum SmtpReplyCode { MailboxUnavailable = 550 } }",
            global: new() { ["build_property.SmtpCodesNamespace"] = "Acme.Mail" });
        Assert.NotNull(state);
        Assert.Equal("Acme.Mail.SmtpReplyCode", state!.Symbols.ReplyCode?.ToDisplayString());
        Assert.Equal("MailboxUnavailable", state.Symbols.ReplyCodeNames[550]);
    }

    [Fact]
    public void EditorConfig_lists_take_documentation_ids_and_plain_names()
    {
        var options = SmtpCodeOptions.Read(new TestOptionsProvider(
            new Dictionary<string, string>(),
            new Dictionary<string, string>
            {
                [SmtpCodeOptions.ReplyCodeMembersKey] = " P:MyApp.Reply.Code | F:MyApp.Line.status|MyApp.Other.Value ",
                [SmtpCodeOptions.InferFromTypeNamesKey] = "False",
            }).GetOptions(CSharpSyntaxTree.ParseText(string.Empty)));
        Assert.Equal(new[] { "MyApp.Line.status", "MyApp.Other.Value", "MyApp.Reply.Code" }, options.ReplyCodeMembers.OrderBy(m => m, System.StringComparer.Ordinal));
        Assert.False(options.InferFromTypeNames);
    }

    /// <summary>A compilation that references nothing but the core library, so neither System.Net.Mail nor MailKit exists.</summary>
    private static SmtpAnalysisState? Create(string source, Dictionary<string, string>? perFile = null, Dictionary<string, string>? global = null)
    {
        var compilation = CSharpCompilation.Create(
            "Bare",
            new[] { CSharpSyntaxTree.ParseText(source) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var provider = new TestOptionsProvider(global ?? new Dictionary<string, string>(), perFile ?? new Dictionary<string, string>());
        return SmtpAnalysisState.TryCreate(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider));
    }
}
