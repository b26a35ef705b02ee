using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Benchmarks.Generator;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>
/// What the SMTP analyzers add to a build: all compiler diagnostics of a synthetic code base of about 100,000
/// lines (SMTP and HTTP codes side by side, plus the generated SmtpCodes types), without and with the four
/// analyzers, and with two analyzers that do nothing: one on the same syntax nodes as the SMTP analyzers (what the
/// analyzer driver costs before any rule runs) and one on the same operations (what binding every member again and
/// building its operations costs, which any operation analyzer pays). Each operation starts from a fresh clone, so
/// nothing bound by an earlier one is reused. <see cref="Mix"/> is the worst case (SMTP codes in every method) or a
/// sparser, more realistic code base of the same size.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int Files = 100;

    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers = [.. SmtpAnalyzers.Create()];

    private Compilation compilation = null!;

    [Params(CodeMix.SmtpInEveryMethod, CodeMix.SmtpInOneMethodOf50)]
    public CodeMix Mix { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sources = SyntheticCodeBase.Files(Files, Mix);
        InProcessGeneration.Driver([]).RunGeneratorsAndUpdateCompilation(InProcessGeneration.Compilation([.. sources]), out compilation, out _);
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        var found = WithAnalyzers().GetAnalyzerDiagnosticsAsync().Result;
        if (errors.Count > 0 || found.Length == 0)
        {
            throw new InvalidOperationException($"The synthetic code base must compile and give the analyzers work: {errors.Count} errors, {found.Length} analyzer diagnostics. " + string.Join("; ", errors.Take(3)));
        }

        var lines = sources.Sum(source => source.Count(c => c == '\n'));
        var byRule = string.Join(", ", found.GroupBy(diagnostic => diagnostic.Id).OrderBy(group => group.Key).Select(group => group.Key + " " + group.Count()));
        Console.WriteLine($"// synthetic code base ({Mix}): {Files} files, {lines} lines; analyzer diagnostics: {byRule}");
    }

    [Benchmark(Baseline = true)]
    public int CompilerOnly() => compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public int CompilerWithNoOpSyntaxAnalyzer() => WithAnalyzers([NoOpAnalyzer.OnSyntax()]).GetAllDiagnosticsAsync().Result.Length;

    [Benchmark]
    public int CompilerWithNoOpAnalyzer() => WithAnalyzers([NoOpAnalyzer.OnOperations()]).GetAllDiagnosticsAsync().Result.Length;

    [Benchmark]
    public int CompilerWithSmtpAnalyzers() => WithAnalyzers().GetAllDiagnosticsAsync().Result.Length;

    private CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer>? chosen = null) =>
        compilation.Clone().WithAnalyzers(chosen ?? analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
}
