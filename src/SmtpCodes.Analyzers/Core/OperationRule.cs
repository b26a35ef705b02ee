using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// A rule written on operations, triggered by syntax: the syntax kinds that can hold what it looks for, a cheap syntax
/// test that is only a necessary condition (it lets through every node the check could report), and the check itself, the
/// one place that decides, on the node's operation.
/// </summary>
internal sealed class OperationRule
{
    public OperationRule(
        ImmutableArray<SyntaxKind> syntaxKinds,
        Func<SyntaxNode, CarrierNames, bool> isCandidate,
        ImmutableArray<OperationKind> operationKinds,
        Action<IOperation, SmtpAnalysisState, Action<Diagnostic>> analyze)
    {
        SyntaxKinds = syntaxKinds;
        IsCandidate = isCandidate;
        OperationKinds = operationKinds;
        Analyze = analyze;
    }

    public ImmutableArray<SyntaxKind> SyntaxKinds { get; }

    /// <summary>False only for a node the check cannot report: then its member is never bound for this rule.</summary>
    public Func<SyntaxNode, CarrierNames, bool> IsCandidate { get; }

    /// <summary>The kinds of operation the check reads.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; }

    public Action<IOperation, SmtpAnalysisState, Action<Diagnostic>> Analyze { get; }
}
