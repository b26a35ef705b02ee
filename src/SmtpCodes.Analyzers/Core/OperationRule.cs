using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// A rule written on operations, triggered by syntax: the syntax kinds that can hold what it looks for, a syntax-only
/// test that lets through every node it could report, and the check itself on the node's operation.
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

    /// <summary>The kinds of operation the check reads; the same kinds trigger it in <see cref="RuleTrigger.Operations"/>.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; }

    public Action<IOperation, SmtpAnalysisState, Action<Diagnostic>> Analyze { get; }
}

/// <summary>How the rules are started.</summary>
internal enum RuleTrigger
{
    /// <summary>
    /// On syntax nodes that pass <see cref="OperationRule.IsCandidate"/>, asking the semantic model for their operation. A
    /// compilation pays no binding and no operation tree for a member without a candidate.
    /// </summary>
    FilteredSyntax,

    /// <summary>
    /// On every operation of the kinds, as the rules first ran: every member of the compilation is bound again and turned into
    /// operations. Kept as the reference the tests compare <see cref="FilteredSyntax"/> with.
    /// </summary>
    Operations,
}
