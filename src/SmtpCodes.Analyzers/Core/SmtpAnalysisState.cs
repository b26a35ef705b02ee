using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Analyzers.Core;

/// <summary>What a rule needs during one compilation: the resolved symbols and the per-file options.</summary>
internal sealed class SmtpAnalysisState
{
    private SmtpAnalysisState(SmtpSymbols symbols, SmtpCodeOptionsCache options)
    {
        Symbols = symbols;
        Options = options;
    }

    public SmtpSymbols Symbols { get; }

    public SmtpCodeOptionsCache Options { get; }

    /// <summary>Null when nothing in the compilation can carry an SMTP code, so the rule registers nothing.</summary>
    public static SmtpAnalysisState? TryCreate(Compilation compilation, AnalyzerOptions analyzerOptions)
    {
        SmtpSymbols symbols = SmtpSymbols.Create(compilation, analyzerOptions);
        var options = new SmtpCodeOptionsCache(analyzerOptions.AnalyzerConfigOptionsProvider);
        bool hasCarrier = symbols.HasCarrierCandidates
            || compilation.SyntaxTrees.Any(tree => options.For(tree).NamesAnyMember);
        return hasCarrier ? new SmtpAnalysisState(symbols, options) : null;
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
                Register(start, state);
            }
        });
    }

    private protected abstract void Register(CompilationStartAnalysisContext context, SmtpAnalysisState state);
}
