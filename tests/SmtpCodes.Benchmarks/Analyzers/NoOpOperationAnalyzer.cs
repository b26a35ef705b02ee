using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>
/// An analyzer that asks for the same operations as the SMTP analyzers (literals, binary operators, patterns,
/// invocations) and does nothing with them: what any such analyzer costs, so the SMTP analyzers' own share can be
/// told apart from the cost of running analyzers at all.
/// </summary>
#pragma warning disable RS1036, RS1041, RS2008 // Not shipped: a measuring stick for the benchmark only.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(_ => { }, OperationKind.Literal, OperationKind.Binary, OperationKind.IsPattern, OperationKind.Invocation, OperationKind.Switch);
    }
}
