using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SmtpCodes.Analyzers.Core;

namespace SmtpCodes.Analyzers.Rules;

/// <summary>SMTP001: a defined basic reply code written as a number where a reply code is expected.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReplyCodeLiteralAnalyzer : SmtpAnalyzerBase
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.ReplyCodeLiteral,
        title: "Use a named SMTP reply code",
        messageFormat: "SMTP reply code {0} is written as a number: use {1}",
        DiagnosticSeverity.Warning,
        description: "A basic SMTP reply code written as a number where a reply code is expected (compared with, switched on, passed or assigned to an SMTP status value) hides its meaning. Use the named member of the generated SmtpReplyCode or of the enum it is compared with.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override ImmutableArray<OperationRule> Rules { get; } = ImmutableArray.Create(
        new OperationRule(ImmutableArray.Create(SyntaxKind.NumericLiteralExpression), CandidateSyntax.IsReplyCodeLiteral, ImmutableArray.Create(OperationKind.Literal), Analyze));

    private static void Analyze(IOperation operation, SmtpAnalysisState state, Action<Diagnostic> report)
    {
        var literal = (ILiteralOperation)operation;
        if (!ReplyCodeLiteralSites.TryFind(literal, state, out ReplyCodeSite site)
            || ReplyCodeLiteralSites.Judge(site, state.Symbols) != ReplyCodeVerdict.Defined)
        {
            return;
        }

        // The enum the code is compared with names it when it can; the generated catalog names every other defined code.
        INamedTypeSymbol? namingType = null;
        string? memberName = ReplyCodeLiteralSites.NamingEnumMember(site);
        if (memberName is not null)
        {
            namingType = site.NamingEnum;
        }
        else if (state.Symbols.ReplyCode is not null && state.Symbols.ReplyCodeNames.TryGetValue(site.Value, out string? generatedName))
        {
            namingType = state.Symbols.ReplyCode;
            memberName = generatedName;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
        string suggestion = "a named reply code";
        if (namingType is not null && memberName is not null)
        {
            properties = properties
                .Add(PropertyKeys.TypeMetadataName, MetadataNames.Of(namingType))
                .Add(PropertyKeys.MemberName, memberName);
            suggestion = namingType.Name + "." + memberName;
        }

        report(Diagnostic.Create(Rule, literal.Syntax.GetLocation(), properties, site.Value, suggestion));
    }
}
