using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Generators.Tests.Infrastructure;

/// <summary>
/// Runs the real generator on a compilation, as the compiler does: user code, catalog files given as
/// AdditionalFiles, MSBuild properties, a target profile. Step tracking is on for the caching tests.
/// </summary>
internal sealed class GeneratorRun
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

    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    /// <summary>Compiler diagnostics of the output compilation: warnings included, as TreatWarningsAsErrors would fail on them.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    public static GeneratorRun Run(
        IEnumerable<(string Path, string Text)>? catalogs = null,
        IReadOnlyDictionary<string, string>? properties = null,
        TargetProfile? target = null,
        string userCode = DefaultUserCode)
    {
        target ??= TargetProfile.Net100Latest;
        var compilation = CreateCompilation(target, userCode);
        var catalogList = (catalogs ?? []).ToList();
        var driver = CreateDriver(target, catalogList, properties);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics);
    }

    public static CSharpCompilation CreateCompilation(TargetProfile target, string userCode) =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(userCode, ParseOptions(target), path: "Program.cs")],
            target.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: target.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable, generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver CreateDriver(TargetProfile target, IReadOnlyList<(string Path, string Text)> catalogs, IReadOnlyDictionary<string, string>? properties) =>
        CSharpGeneratorDriver.Create(
            [new SmtpCodesGenerator().AsSourceGenerator()],
            catalogs.Select(catalog => (AdditionalText)new InMemoryAdditionalText(catalog.Path, catalog.Text)),
            ParseOptions(target),
            new TestOptionsProvider(properties ?? new Dictionary<string, string>(), catalogs.Select(catalog => catalog.Path).ToList()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpParseOptions ParseOptions(TargetProfile target) => CSharpParseOptions.Default.WithLanguageVersion(target.LanguageVersion);
}
