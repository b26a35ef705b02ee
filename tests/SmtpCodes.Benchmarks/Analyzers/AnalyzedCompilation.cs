using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Benchmarks.Generator;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>
/// The measurements every analyzer benchmark makes on its compilation: the compiler alone (the baseline), with a
/// do-nothing analyzer on the SMTP analyzers' syntax, and with the SMTP analyzers. Each operation starts from a fresh
/// clone, so nothing bound by an earlier one is reused.
/// </summary>
[MemoryDiagnoser]
public abstract class AnalyzedCompilation
{
    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers = [.. SmtpAnalyzers.Create()];

    private Compilation compilation = null!;

    [Benchmark(Baseline = true)]
    public int CompilerOnly() => compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public int CompilerWithNoOpSyntaxAnalyzer() => WithAnalyzers([NoOpAnalyzer.OnSyntax()]).GetAllDiagnosticsAsync().Result.Length;

    [Benchmark]
    public int CompilerWithSmtpAnalyzers() => WithAnalyzers().GetAllDiagnosticsAsync().Result.Length;

    /// <summary>Compiles the sources with the generated SmtpCodes types; throws unless they compile and give the analyzers work.</summary>
    protected void Prepare(IReadOnlyList<string> sources, string description)
    {
        InProcessGeneration.Driver([]).RunGeneratorsAndUpdateCompilation(InProcessGeneration.Compilation([.. sources]), out compilation, out _);
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        var found = WithAnalyzers().GetAnalyzerDiagnosticsAsync().Result;
        if (errors.Count > 0 || found.Length == 0)
        {
            throw new InvalidOperationException($"The {description} must compile and give the analyzers work: {errors.Count} errors, {found.Length} analyzer diagnostics. " + string.Join("; ", errors.Take(3)));
        }

        var lines = sources.Sum(source => source.Count(c => c == '\n'));
        var byRule = string.Join(", ", found.GroupBy(diagnostic => diagnostic.Id).OrderBy(group => group.Key).Select(group => group.Key + " " + group.Count()));
        Console.WriteLine($"// {description}: {sources.Count} files, {lines} lines; analyzer diagnostics: {byRule}");
    }

    protected CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer>? chosen = null) =>
        compilation.Clone().WithAnalyzers(chosen ?? analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
}
