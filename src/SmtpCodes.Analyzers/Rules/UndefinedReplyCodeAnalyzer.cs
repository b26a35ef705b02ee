using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SmtpCodes.Analyzers.Core;

namespace SmtpCodes.Analyzers.Rules;

/// <summary>SMTP004: a number in a reply-code position that is no reply code (600, 5500, 55) or that nobody defines (505).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndefinedReplyCodeAnalyzer : SmtpAnalyzerBase
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.UndefinedReplyCode,
        title: "Number is not a defined SMTP reply code",
        messageFormat: "{0}: most likely a typo",
        DiagnosticSeverity.Warning,
        description: "A number where an SMTP reply code is expected that cannot be one (a reply code has three digits, the first 1 to 5) or that no RFC and no catalog row defines. Such a comparison never matches a real reply.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override ImmutableArray<OperationRule> Rules { get; } = ImmutableArray.Create(
        new OperationRule(ImmutableArray.Create(SyntaxKind.NumericLiteralExpression), CandidateSyntax.IsReplyCodeLiteral, ImmutableArray.Create(OperationKind.Literal), Analyze));

    private static void Analyze(IOperation operation, SmtpAnalysisState state, Action<Diagnostic> report)
    {
        var literal = (ILiteralOperation)operation;
        if (!ReplyCodeLiteralSites.TryFind(literal, state, out ReplyCodeSite site))
        {
            return;
        }

        string? reason = ReplyCodeLiteralSites.Judge(site, state.Symbols) switch
        {
            ReplyCodeVerdict.NotAReplyCode => $"{site.Value} is not an SMTP reply code (a reply code has three digits, the first 1 to 5)",
            ReplyCodeVerdict.UndefinedInRange => $"No RFC and no catalog row defines SMTP reply code {site.Value}",
            _ => null,
        };

        if (reason is not null)
        {
            report(Diagnostic.Create(Rule, literal.Syntax.GetLocation(), reason));
        }
    }
}
