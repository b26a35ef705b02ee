using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.CodeFixes;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>Every rule has its doc, its help link, its release-tracking line, its severity, and the one shared category.</summary>
public class RuleCatalogTests
{
    private static readonly Dictionary<string, DiagnosticSeverity> Severities = new()
    {
        [DiagnosticIds.ReplyCodeLiteral] = DiagnosticSeverity.Warning,
        [DiagnosticIds.HandWrittenClassCheck] = DiagnosticSeverity.Info,
        [DiagnosticIds.EnhancedStatusCodeString] = DiagnosticSeverity.Warning,
        [DiagnosticIds.UndefinedReplyCode] = DiagnosticSeverity.Warning,
        [DiagnosticIds.HandWrittenReply] = DiagnosticSeverity.Info,
    };

    /// <summary>Rules a project switches on in .editorconfig (<c>dotnet_diagnostic.SMTP005.severity = suggestion</c>).</summary>
    private static readonly string[] OptIn = { DiagnosticIds.HandWrittenReply };

    public static TheoryData<string> RuleIds => new(AllDescriptors().Select(d => d.Id));

    [Fact]
    public void Every_analyzer_in_the_assembly_is_tested()
    {
        Type[] analyzers = typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name)
            .ToArray();
        Assert.Equal(analyzers, SmtpVerifier.Analyzers.Select(a => a.GetType()).OrderBy(t => t.Name));
        Assert.All(analyzers, t => Assert.NotNull(t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).SingleOrDefault()));
        Assert.Equal(Severities.Keys.OrderBy(k => k), AllDescriptors().Select(d => d.Id).OrderBy(k => k));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_doc_and_help_link(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        string doc = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(doc), $"{doc} is missing");
        string text = File.ReadAllText(doc);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        Assert.Contains("## What it finds", text, StringComparison.Ordinal);
        Assert.Contains("## Configure or suppress", text, StringComparison.Ordinal);
        Assert.Equal($"https://github.com/smtpcodes/SmtpCodes.Generators/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_its_severity_and_the_shared_category(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.Equal(Severities[id], descriptor.DefaultSeverity);
        Assert.Equal("SmtpCodes", descriptor.Category);
        Assert.Equal(!OptIn.Contains(id), descriptor.IsEnabledByDefault);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_listed_in_the_rules_table_and_the_release_notes(string id)
    {
        DiagnosticDescriptor descriptor = AllDescriptors().Single(d => d.Id == id);
        string table = File.ReadAllText(RepositoryPaths.Combine("docs", "rules", "README.md"));
        string severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
        Assert.Contains($"| [{id}]({id}.md) | {severity} | {descriptor.Title} |", table, StringComparison.Ordinal);

        string releases = File.ReadAllText(RepositoryPaths.Combine("src", "SmtpCodes.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | SmtpCodes | {severity} |", releases, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixes_cover_the_rules_that_have_one_and_support_FixAll()
    {
        CodeFixProvider[] fixes = { new ReplyCodeLiteralCodeFixProvider(), new ClassCheckCodeFixProvider(), new EnhancedStatusCodeCodeFixProvider(), new HandWrittenReplyCodeFixProvider() };
        Assert.Equal(
            new[] { DiagnosticIds.ReplyCodeLiteral, DiagnosticIds.HandWrittenClassCheck, DiagnosticIds.EnhancedStatusCodeString, DiagnosticIds.HandWrittenReply },
            fixes.SelectMany(f => f.FixableDiagnosticIds));
        // One pass for nested and neighbouring diagnostics: the sequential provider, in every scope.
        Assert.All(fixes, f => Assert.IsType<SequentialFixAllProvider>(f.GetFixAllProvider()));
        Assert.All(fixes, f => Assert.Equal(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, f.GetFixAllProvider()!.GetSupportedFixAllScopes()));
        Assert.All(fixes, f => Assert.NotNull(f.GetType().GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).SingleOrDefault()));
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => SmtpVerifier.Analyzers.SelectMany(a => a.SupportedDiagnostics);
}
