using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generators;

namespace SmtpCodes.Testing;

/// <summary>
/// Runs the real generator on a consumer compilation, as the compiler does: user code, catalog files given as
/// AdditionalFiles, MSBuild properties, a target profile, preprocessor symbols. Every warning counts (the consumer may
/// build with TreatWarningsAsErrors), nullable is on where the language has it, and step tracking is on for the
/// caching tests. The one harness of every test project and the benchmarks.
/// </summary>
public sealed class GeneratorRun
{
    public const string DefaultUserCode = "namespace Consumer { public static class Program { public static int Main() => 0; } }";

    private GeneratorRun(GeneratorDriver driver, CSharpCompilation input, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        Input = input;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
    }

    public GeneratorDriver Driver { get; }

    public CSharpCompilation Input { get; }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    /// <summary>Compiler diagnostics of the output compilation: warnings included, as TreatWarningsAsErrors would fail on them.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Every warning and error of the generator and of the compiled consumer.</summary>
    public IReadOnlyList<Diagnostic> Problems => GeneratorDiagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Concat(CompilationProblems).ToList();

    public static GeneratorRun Run(
        IEnumerable<(string Path, string Text)>? catalogs = null,
        IReadOnlyDictionary<string, string>? properties = null,
        TargetProfile? target = null,
        string userCode = DefaultUserCode,
        IEnumerable<string>? preprocessorSymbols = null,
        OptimizationLevel optimization = OptimizationLevel.Debug)
    {
        target ??= TargetProfile.Net100Latest;
        var parseOptions = ParseOptions(target).WithPreprocessorSymbols(preprocessorSymbols ?? []);
        var compilation = CreateCompilation(target, userCode, parseOptions, optimization);
        var catalogList = (catalogs ?? []).ToList();
        var driver = CreateDriver(catalogList, properties, parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics);
    }

    public static CSharpCompilation CreateCompilation(TargetProfile target, string userCode) =>
        CreateCompilation(target, userCode, ParseOptions(target), OptimizationLevel.Debug);

    public static GeneratorDriver CreateDriver(TargetProfile target, IReadOnlyList<(string Path, string Text)> catalogs, IReadOnlyDictionary<string, string>? properties) =>
        CreateDriver(catalogs, properties, ParseOptions(target));

    public static CSharpParseOptions ParseOptions(TargetProfile target) => CSharpParseOptions.Default.WithLanguageVersion(target.LanguageVersion);

    /// <summary>Emits the consumer (overflow checks on, as a consumer may have them) and loads it into a collectible context.</summary>
    public Assembly Load() => Load(Emit());

    /// <summary>The consumer's assembly image; throws with the errors when the generated code does not compile.</summary>
    public byte[] Emit()
    {
        using var stream = new MemoryStream();
        var result = Output.WithOptions(Output.Options.WithOverflowChecks(true)).Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Loads an image into a new context, as a process loads it the first time. The context is not collectible: the
    /// generated engine keeps per-thread buffers in [ThreadStatic] fields, and a thread ending while the runtime cleans
    /// up a collectible assembly's thread statics can crash the whole process (dotnet/runtime issues 110837 and 32171;
    /// the likeliest cause of the one crash of our test host, at random, on a loaded machine, which left no dump). A test
    /// run loads a few dozen images; they stay loaded until it ends.
    /// </summary>
    public static Assembly Load(byte[] image) => LoadInto(new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: false), image);

    /// <summary>
    /// Loads an image into a new collectible context, for a benchmark that loads the same image thousands of times and
    /// unloads it after each call, on the benchmark's own thread.
    /// </summary>
    public static Assembly LoadCollectible(byte[] image) => LoadInto(new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true), image);

    private static Assembly LoadInto(AssemblyLoadContext context, byte[] image)
    {
        using var stream = new MemoryStream(image);
        return context.LoadFromStream(stream);
    }

    private static CSharpCompilation CreateCompilation(TargetProfile target, string userCode, CSharpParseOptions parseOptions, OptimizationLevel optimization) =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(userCode, parseOptions, path: "Program.cs")],
            target.References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: optimization,
                nullableContextOptions: target.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    /// <summary>A driver for the generator alone; <paramref name="trackSteps"/> off for benchmarks of the cold run.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<(string Path, string Text)> catalogs, IReadOnlyDictionary<string, string>? properties, CSharpParseOptions parseOptions, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            [new SmtpCodesGenerator().AsSourceGenerator()],
            catalogs.Select(catalog => (AdditionalText)new InMemoryAdditionalText(catalog.Path, catalog.Text)),
            parseOptions,
            new TestOptionsProvider(properties ?? new Dictionary<string, string>(), catalogPaths: catalogs.Select(catalog => catalog.Path)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}
