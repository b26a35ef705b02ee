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
    private Func<string[], int> builtIn = null!;
    private Func<string[], int> large = null!;

    [GlobalSetup]
    public void Setup()
    {
        lines = ReplyCorpus.Lines();
        var synthetic = SyntheticCatalog.Create(SyntheticRows);
        builtIn = Load(InProcessGeneration.CompileAndLoad([], Entry));
        large = Load(InProcessGeneration.CompileAndLoad([(SyntheticCatalog.Path, synthetic)], Entry));
    }

    [Benchmark(Baseline = true)]
    public int BuiltInCatalog() => builtIn(lines);

    [Benchmark]
    public int With10000SyntheticRows() => large(lines);

    private static Func<string[], int> Load(Assembly assembly) =>
        assembly.GetType("Consumer.Entry", throwOnError: true)!.GetMethod("DiagnoseAll")!.CreateDelegate<Func<string[], int>>();
}
