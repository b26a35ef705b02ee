using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Analyzers.Rules;
using SmtpCodes.Benchmarks.Generator;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>
/// What the SMTP analyzers add to a build: all compiler diagnostics of a synthetic code base of about 100,000
/// lines (SMTP and HTTP codes side by side, plus the generated SmtpCodes types), without and with the four
/// analyzers, and with one analyzer that asks for the same operations and does nothing (the cost of running any
/// analyzer). Each operation starts from a fresh clone, so nothing bound by an earlier one is reused.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int Files = 100;

    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers =
        [new ReplyCodeLiteralAnalyzer(), new HandWrittenClassCheckAnalyzer(), new EnhancedStatusCodeStringAnalyzer(), new UndefinedReplyCodeAnalyzer()];

    private Compilation compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sources = SyntheticCodeBase.Files(Files);
        InProcessGeneration.Driver([]).RunGeneratorsAndUpdateCompilation(InProcessGeneration.Compilation([.. sources]), out compilation, out _);
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        var found = WithAnalyzers().GetAnalyzerDiagnosticsAsync().Result;
        if (errors.Count > 0 || found.Length == 0)
        {
            throw new InvalidOperationException($"The synthetic code base must compile and give the analyzers work: {errors.Count} errors, {found.Length} analyzer diagnostics. " + string.Join("; ", errors.Take(3)));
        }

        var lines = sources.Sum(source => source.Count(c => c == '\n'));
        var byRule = string.Join(", ", found.GroupBy(diagnostic => diagnostic.Id).OrderBy(group => group.Key).Select(group => group.Key + " " + group.Count()));
        Console.WriteLine($"// synthetic code base: {Files} files, {lines} lines; analyzer diagnostics: {byRule}");
    }

    [Benchmark(Baseline = true)]
    public int CompilerOnly() => compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public int CompilerWithNoOpAnalyzer() => WithAnalyzers([new NoOpOperationAnalyzer()]).GetAllDiagnosticsAsync().Result.Length;

    [Benchmark]
    public int CompilerWithSmtpAnalyzers() => WithAnalyzers().GetAllDiagnosticsAsync().Result.Length;

    private CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer>? chosen = null) =>
        compilation.Clone().WithAnalyzers(chosen ?? analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
}
