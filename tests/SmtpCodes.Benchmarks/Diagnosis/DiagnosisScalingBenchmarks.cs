using System;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using SmtpCodes.Benchmarks.Generator;

namespace SmtpCodes.Benchmarks.Diagnosis;

/// <summary>
/// How the cost of diagnosing the corpus grows with the catalog: the built-in catalog against the built-in
/// catalog plus 10,000 synthetic vendor rows. Both diagnosers are generated, compiled and loaded in process the
/// same way, and called through the same delegate, so only the catalog differs.
/// </summary>
[MemoryDiagnoser]
public class DiagnosisScalingBenchmarks
{
    private const int SyntheticRows = 10_000;

    private const string Entry = """
        namespace Consumer
        {
            public static class Entry
            {
                public static int DiagnoseAll(string[] lines)
                {
                    var sum = 0;
                    foreach (var line in lines)
                    {
                        sum += (int)SmtpCodes.SmtpReply.Diagnose(line).Reason;
                    }

                    return sum;
                }
            }
        }
        """;

    private string[] lines = [];
    private Func<string[], int> diagnoseAll = null!;

    // Each benchmark runs in a process of its own: its setup compiles only the diagnoser it calls.
    [GlobalSetup(Target = nameof(BuiltInCatalog))]
    public void SetupBuiltInCatalog() => Setup([]);

    [GlobalSetup(Target = nameof(With10000SyntheticRows))]
    public void SetupWith10000SyntheticRows() => Setup([(SyntheticCatalog.Path, SyntheticCatalog.Create(SyntheticRows))]);

    [Benchmark(Baseline = true)]
    public int BuiltInCatalog() => diagnoseAll(lines);

    [Benchmark]
    public int With10000SyntheticRows() => diagnoseAll(lines);

    private void Setup((string Path, string Text)[] catalogs)
    {
        lines = ReplyCorpus.Lines();
        diagnoseAll = Load(InProcessGeneration.CompileAndLoad(catalogs, Entry));
    }

    private static Func<string[], int> Load(Assembly assembly) =>
        assembly.GetType("Consumer.Entry", throwOnError: true)!.GetMethod("DiagnoseAll")!.CreateDelegate<Func<string[], int>>();
}
