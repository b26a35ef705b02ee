using System;
using System.Linq;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using SmtpCodes.Benchmarks.Generator;

namespace SmtpCodes.Benchmarks.Diagnosis;

/// <summary>
/// The first call of a process: the built-in catalog's generated code is compiled once, then every operation loads
/// it into a fresh context and makes one call, so the JIT and the catalog tables' initialization are paid every time.
/// The baseline parses an enhanced code (no catalog table); the diagnosis also builds the catalog message tables, so
/// the difference between the two is the cost of reaching the tables the first time. The setup prints the size of
/// the generated tables (source characters) and of the compiled assembly.
/// </summary>
[MemoryDiagnoser]
public class FirstCallBenchmarks
{
    private const string Entry = """
        namespace Consumer
        {
            public static class Entry
            {
                public static int ParseCode() => SmtpCodes.SmtpEnhancedStatusCode.TryParse("5.1.1", out var code) ? code.Detail : -1;

                public static int Diagnose() => (int)SmtpCodes.SmtpReply.Diagnose("550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table").Reason;
            }
        }
        """;

    private byte[] image = [];

    [GlobalSetup]
    public void Setup()
    {
        var (compiled, sources) = InProcessGeneration.Compile([], Entry);
        image = compiled;
        var tables = sources["SmtpReply.CatalogMessages.g.cs"];
        Console.WriteLine($"// generated: SmtpReply.CatalogMessages.g.cs {tables.Length:N0} characters, all generated sources {sources.Values.Sum(text => text.Length):N0} characters; compiled assembly {image.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public int LoadAndParseEnhancedCode() => Call("ParseCode");

    [Benchmark]
    public int LoadAndDiagnose() => Call("Diagnose");

    private int Call(string method)
    {
        var assembly = InProcessGeneration.Load(image);
        try
        {
            return (int)assembly.GetType("Consumer.Entry", throwOnError: true)!.GetMethod(method)!.Invoke(null, null)!;
        }
        finally
        {
            AssemblyLoadContext.GetLoadContext(assembly)!.Unload();
        }
    }
}
