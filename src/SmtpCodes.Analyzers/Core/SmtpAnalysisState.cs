using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Analyzers.Core;

/// <summary>What a rule needs during one compilation: the resolved symbols and the per-file options.</summary>
internal sealed class SmtpAnalysisState
{
    private readonly Lazy<CarrierNames> carrierNames;

    private SmtpAnalysisState(Compilation compilation, SmtpSymbols symbols, SmtpCodeOptionsCache options)
    {
        Symbols = symbols;
        Options = options;
        carrierNames = new Lazy<CarrierNames>(() => CarrierNames.For(compilation, symbols));
    }

    public SmtpSymbols Symbols { get; }

    public SmtpCodeOptionsCache Options { get; }

    /// <summary>The names a carrier can be written with, collected at the first candidate.</summary>
    public CarrierNames CarrierNames => carrierNames.Value;

    /// <summary>Null when nothing in the compilation can carry an SMTP code, so the rule registers nothing.</summary>
    public static SmtpAnalysisState? TryCreate(Compilation compilation, AnalyzerOptions analyzerOptions)
    {
        SmtpSymbols symbols = SmtpSymbols.Create(compilation, analyzerOptions);
        var options = new SmtpCodeOptionsCache(analyzerOptions.AnalyzerConfigOptionsProvider);
        bool hasCarrier = symbols.HasCarrierCandidates
            || compilation.SyntaxTrees.Any(tree => options.For(tree).NamesAnyMember);
        return hasCarrier ? new SmtpAnalysisState(compilation, symbols, options) : null;
    }

    public SmtpCodeOptions OptionsFor(IOperation operation) => Options.For(operation.Syntax.SyntaxTree);
}

/// <summary>The shared set-up of every SMTP rule: concurrent, no generated code, symbols resolved once per compilation.</summary>
public abstract class SmtpAnalyzerBase : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SmtpAnalysisState.TryCreate(start.Compilation, start.Options) is { } state)
            {
                foreach (OperationRule rule in Rules)
                {
                    Register(start, state, rule);
                }
            }
        });
    }

    /// <summary>The syntax kinds the rule is started on (the benchmark's do-nothing analyzer asks for the same).</summary>
    internal ImmutableArray<Microsoft.CodeAnalysis.CSharp.SyntaxKind> SyntaxKinds => Rules.SelectMany(rule => rule.SyntaxKinds).Distinct().ToImmutableArray();

    /// <summary>The rule's checks; the tests run them on every operation to prove the syntax filter loses nothing.</summary>
    internal abstract ImmutableArray<OperationRule> Rules { get; }

    private static void Register(CompilationStartAnalysisContext context, SmtpAnalysisState state, OperationRule rule)
    {
        context.RegisterSyntaxNodeAction(
            c =>
            {
                // Members listed in .editorconfig may have any name: then every node of the file is a candidate.
                if (!state.Options.For(c.Node.SyntaxTree).NamesAnyMember && !rule.IsCandidate(c.Node, state.CarrierNames))
                {
                    return;
                }

                if (c.SemanticModel.GetOperation(c.Node, c.CancellationToken) is { } operation && rule.OperationKinds.Contains(operation.Kind))
                {
                    rule.Analyze(operation, state, c.ReportDiagnostic);
                }
            },
            rule.SyntaxKinds);
    }
}
