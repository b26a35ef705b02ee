using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Benchmarks.Generator;

/// <summary>
/// The generator's own cost: a cold run (new driver) on the built-in catalog and on the built-in catalog plus
/// 10,000 synthetic vendor rows, and a warm re-run of a driver that has run before, after an edit of unrelated
/// C# code, which must re-emit nothing. The built-in catalog is parsed once per process, as in the compiler.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int SyntheticRows = 10_000;
    private const string UserCode = "namespace Consumer { public static class Program { public static int Main() => 0; } }";
    private const string EditedUserCode = "namespace Consumer { public static class Program { public static int Main() => 1; } }";

    private readonly (string Path, string Text)[] syntheticCatalog = [(SyntheticCatalog.Path, SyntheticCatalog.Create(SyntheticRows))];
    private CSharpCompilation compilation = null!;
    private CSharpCompilation edited = null!;
    private GeneratorDriver warm = null!;
    private bool useEdited;

    [GlobalSetup]
    public void Setup()
    {
        compilation = InProcessGeneration.Compilation(UserCode);
        edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(EditedUserCode, InProcessGeneration.ParseOptions, path: "User0.cs"));
        warm = InProcessGeneration.Driver([]).RunGenerators(compilation);
        CheckSyntheticCatalogIsClean();
        CheckAnUnrelatedEditReemitsNothing();
    }

    [Benchmark(Baseline = true)]
    public int ColdBuiltInCatalog() => Sources(InProcessGeneration.Driver([]).RunGenerators(compilation));

    [Benchmark]
    public int ColdWith10000SyntheticRows() => Sources(InProcessGeneration.Driver(syntheticCatalog).RunGenerators(compilation));

    [Benchmark]
    public int WarmAfterUnrelatedEdit()
    {
        // Alternate between the two versions of the user code: every call is an edit.
        useEdited = !useEdited;
        warm = warm.RunGenerators(useEdited ? edited : compilation);
        return Sources(warm);
    }

    private static int Sources(GeneratorDriver driver) => driver.GetRunResult().Results[0].GeneratedSources.Length;

    private void CheckSyntheticCatalogIsClean()
    {
        var result = InProcessGeneration.Driver(syntheticCatalog).RunGenerators(compilation).GetRunResult();
        if (result.Diagnostics.Length > 0 || result.Results[0].Exception is not null)
        {
            throw new InvalidOperationException("The synthetic catalog does not generate cleanly: " + string.Join("; ", result.Diagnostics.Take(5)) + result.Results[0].Exception);
        }

        Console.WriteLine($"// synthetic catalog: {SyntheticRows} vendor rows, {result.Results[0].GeneratedSources.Sum(source => source.SourceText.Length)} characters generated");
    }

    private void CheckAnUnrelatedEditReemitsNothing()
    {
        var driver = InProcessGeneration.Driver([], trackSteps: true).RunGenerators(compilation).RunGenerators(edited);
        var outputs = driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).ToList();
        var changed = outputs.Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
        if (outputs.Count == 0 || changed.Count > 0)
        {
            throw new InvalidOperationException($"An unrelated edit re-ran {changed.Count} of {outputs.Count} source outputs.");
        }

        Console.WriteLine($"// unrelated edit: all {outputs.Count} source outputs cached or unchanged");
    }
}
