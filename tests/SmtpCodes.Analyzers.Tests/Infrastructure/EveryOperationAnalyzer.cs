using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Analyzers.Core;

namespace SmtpCodes.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs a rule's checks on every operation of the kinds they read, as the rules first ran, without the syntax filter: the
/// reference <see cref="TriggerEquivalenceTests"/> compares the shipped analyzers with. Test code only, so the shipped
/// analyzers have one way of starting.
/// </summary>
#pragma warning disable RS1001, RS1036, RS1041 // Never loaded by a compiler: a test's measuring stick.
internal sealed class EveryOperationAnalyzer : DiagnosticAnalyzer
{
    private readonly SmtpAnalyzerBase rules;

    public EveryOperationAnalyzer(SmtpAnalyzerBase rules) => this.rules = rules;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => rules.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SmtpAnalysisState.TryCreate(start.Compilation, start.Options) is { } state)
            {
                foreach (OperationRule rule in rules.Rules)
                {
                    start.RegisterOperationAction(c => rule.Analyze(c.Operation, state, c.ReportDiagnostic), rule.OperationKinds);
                }
            }
        });
    }
}
