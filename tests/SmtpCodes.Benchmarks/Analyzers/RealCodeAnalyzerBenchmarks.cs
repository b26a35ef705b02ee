using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Benchmarks.Generator;
using SmtpCodes.Benchmarks.Infrastructure;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>
/// What the SMTP analyzers cost on real code: the files of the analyzers' real-code corpus (server, client and test
/// shapes from ten public SMTP code bases, tests/SmtpCodes.Analyzers.Tests/Corpus/RealCode), compiled together with the
/// generated SmtpCodes types, against the compiler alone and against an analyzer that does nothing on the same syntax.
/// Each operation starts from a fresh clone, so nothing bound by an earlier one is reused.
/// </summary>
[MemoryDiagnoser]
public class RealCodeAnalyzerBenchmarks
{
    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers = [.. SmtpAnalyzers.Create()];

    private Compilation compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(RepositoryFiles.Root, "tests", "SmtpCodes.Analyzers.Tests", "Corpus", "RealCode");
        string[] sources = [.. Directory.GetFiles(folder, "*.cs").OrderBy(path => path, StringComparer.Ordinal).Select(File.ReadAllText)];
        InProcessGeneration.Driver([]).RunGeneratorsAndUpdateCompilation(InProcessGeneration.Compilation(sources), out compilation, out _);
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        var found = WithAnalyzers().GetAnalyzerDiagnosticsAsync().Result;
        if (errors.Count > 0 || found.Length == 0)
        {
            throw new InvalidOperationException($"The corpus must compile and give the analyzers work: {errors.Count} errors, {found.Length} analyzer diagnostics. " + string.Join("; ", errors.Take(3)));
        }

        Console.WriteLine($"// real-code corpus: {sources.Length} files, {sources.Sum(source => source.Count(c => c == '\n'))} lines; analyzer diagnostics: {found.Length}");
    }

    [Benchmark(Baseline = true)]
    public int CompilerOnly() => compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public int CompilerWithNoOpSyntaxAnalyzer() => WithAnalyzers([NoOpAnalyzer.OnSyntax()]).GetAllDiagnosticsAsync().Result.Length;

    [Benchmark]
    public int CompilerWithSmtpAnalyzers() => WithAnalyzers().GetAllDiagnosticsAsync().Result.Length;

    private CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer>? chosen = null) =>
        compilation.Clone().WithAnalyzers(chosen ?? analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
}
