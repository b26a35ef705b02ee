using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

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
public class AnalyzerBenchmarks : AnalyzedCompilation
{
    [Params(CodeMix.SmtpInEveryMethod, CodeMix.SmtpInOneMethodOf50)]
    public CodeMix Mix { get; set; }

    /// <summary>
    /// The code base's files, of about 1,200 lines each: 100 (121,200 lines), or one in a smoke run
    /// (<see cref="SmokeRun"/>), since each case compiles the whole code base in its setup and again in each operation.
    /// </summary>
    [ParamsSource(nameof(FileCounts))]
    public int Files { get; set; }

    public static IEnumerable<int> FileCounts() => SmokeRun.Cases([100], [1]);

    [GlobalSetup]
    public void Setup() => Prepare(SyntheticCodeBase.Files(Files, Mix), $"synthetic code base ({Mix})");

    [Benchmark]
    public int CompilerWithNoOpAnalyzer() => WithAnalyzers([NoOpAnalyzer.OnOperations()]).GetAllDiagnosticsAsync().Result.Length;
}
