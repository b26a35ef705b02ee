using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmtpCodes.Generators;

namespace SmtpCodes.Benchmarks.Generator;

/// <summary>
/// Runs SmtpCodesGenerator in process as the compiler would: a consumer compilation, catalog files as
/// AdditionalFiles marked with SmtpCodesCatalog metadata. Can also compile and load the result, for benchmarks
/// of generated code from another catalog than this project's.
/// </summary>
internal static class InProcessGeneration
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer" + Guid.NewGuid().ToString("N"),
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "User" + index + ".cs")),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IReadOnlyList<(string Path, string Text)> catalogs, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new SmtpCodesGenerator().AsSourceGenerator()],
            catalogs.Select(catalog => (AdditionalText)new CatalogFile(catalog.Path, catalog.Text)),
            ParseOptions,
            new CatalogOptions(catalogs.Select(catalog => catalog.Path).ToHashSet()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>Generates from the catalogs, compiles with <paramref name="userCode"/> and loads the assembly.</summary>
    public static Assembly CompileAndLoad(IReadOnlyList<(string Path, string Text)> catalogs, string userCode) =>
        Load(Compile(catalogs, userCode).Image);

    /// <summary>Generates from the catalogs and compiles with <paramref name="userCode"/>: the assembly's image and the generated sources by hint name.</summary>
    public static (byte[] Image, IReadOnlyDictionary<string, string> Sources) Compile(IReadOnlyList<(string Path, string Text)> catalogs, string userCode)
    {
        var driver = Driver(catalogs).RunGeneratorsAndUpdateCompilation(Compilation(userCode), out var output, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Concat(output.GetDiagnostics()).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        using var image = new MemoryStream();
        var result = output.Emit(image);
        if (errors.Count > 0 || !result.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join(Environment.NewLine, errors.Concat(result.Diagnostics)));
        }

        var sources = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        return (image.ToArray(), sources);
    }

    /// <summary>Loads an image into a new collectible context, as a process loads it the first time.</summary>
    public static Assembly Load(byte[] image)
    {
        using var stream = new MemoryStream(image);
        return new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    private sealed class CatalogFile(string path, string text) : AdditionalText
    {
        private readonly SourceText content = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => content;
    }

    /// <summary>MSBuild's item metadata as generators see it: catalog files carry SmtpCodesCatalog=true.</summary>
    private sealed class CatalogOptions(HashSet<string> catalogPaths) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());
        private static readonly Options Catalog = new(new Dictionary<string, string> { [SmtpCodesGenerator.CatalogMetadata] = "true" });

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => catalogPaths.Contains(textFile.Path) ? Catalog : None;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
