using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>
/// Measuring sticks that ask for what the SMTP analyzers ask for and do nothing with it, so the SMTP analyzers' own share
/// can be told apart from the cost of running analyzers at all.
/// </summary>
#pragma warning disable RS1001, RS1036, RS1041, RS2008 // Not shipped, never loaded by a compiler: for the benchmark only.
internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private readonly bool onOperations;

    private NoOpAnalyzer(bool onOperations) => this.onOperations = onOperations;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

    /// <summary>
    /// The same syntax nodes as the SMTP analyzers (read from them): what the analyzer driver costs before any rule looks at
    /// a node.
    /// </summary>
    public static NoOpAnalyzer OnSyntax() => new(onOperations: false);

    /// <summary>
    /// The operations the SMTP analyzers first asked for (literals, binary operators, patterns, invocations, switches): what
    /// binding every member again and building its operation tree costs, which any operation analyzer pays.
    /// </summary>
    public static NoOpAnalyzer OnOperations() => new(onOperations: true);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        if (onOperations)
        {
            context.RegisterOperationAction(_ => { }, OperationKind.Literal, OperationKind.Binary, OperationKind.IsPattern, OperationKind.Invocation, OperationKind.Switch);
        }
        else
        {
            context.RegisterSyntaxNodeAction(_ => { }, SmtpAnalyzers.SyntaxKinds);
        }
    }
}
