using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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

namespace SmtpCodes.Diagnoser.Tests.Infrastructure;

/// <summary>A consumer's target: references and language version.</summary>
public sealed record Target(string Name, IReadOnlyList<MetadataReference> References, LanguageVersion Language)
{
    public static readonly Target NetStandard20CSharp73 = new("netstandard2.0, C# 7.3", Basic.Reference.Assemblies.NetStandard20.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.CSharp7_3);

    public static readonly Target Net472CSharp73 = new("net472, C# 7.3", Basic.Reference.Assemblies.Net472.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.CSharp7_3);

    public static readonly Target Net100Latest = new("net10.0, latest C#", Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.Latest);

    public override string ToString() => Name;
}

/// <summary>
/// Runs the real generator on a consumer compilation (user code, project catalog files, a target), compiles the
/// result with warnings as errors and nullable on where the language has it, and loads it when asked.
/// </summary>
public sealed class GeneratedDiagnoser
{
    private GeneratedDiagnoser(Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
    }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>Every warning and error of the compiled consumer: TreatWarningsAsErrors would fail on any of them.</summary>
    public IReadOnlyList<Diagnostic> Problems =>
        GeneratorDiagnostics.Concat(Output.GetDiagnostics()).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    public static GeneratedDiagnoser Generate(Target target, string userCode, params (string Path, string Text)[] catalogs) =>
        Generate(target, userCode, new Dictionary<string, string>(), catalogs);

    public static GeneratedDiagnoser Generate(Target target, string userCode, Dictionary<string, string> properties, params (string Path, string Text)[] catalogs) =>
        Generate(target, userCode, properties, [], catalogs);

    /// <param name="symbols">Preprocessor symbols of the consumer, such as SMTPCODES_COUNT_WORK.</param>
    public static GeneratedDiagnoser Generate(Target target, string userCode, Dictionary<string, string> properties, string[] symbols, params (string Path, string Text)[] catalogs)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(target.Language).WithPreprocessorSymbols(symbols);
        var compilation = CSharpCompilation.Create(
            "Consumer" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(userCode, parse, path: "Consumer.cs")],
            target.References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: target.Language >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error));
        var driver = CSharpGeneratorDriver.Create(
            [new SmtpCodesGenerator().AsSourceGenerator()],
            catalogs.Select(catalog => (AdditionalText)new CatalogText(catalog.Path, catalog.Text)),
            parse,
            new CatalogOptions(properties, catalogs.Select(catalog => catalog.Path).ToHashSet(StringComparer.Ordinal)));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratedDiagnoser(output, diagnostics);
    }

    /// <summary>Emits the consumer and loads it into a collectible context.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var result = Output.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        stream.Position = 0;
        return new AssemblyLoadContext(Output.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }

    private sealed class CatalogText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class CatalogOptions(Dictionary<string, string> properties, HashSet<string> catalogPaths) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            catalogPaths.Contains(textFile.Path) ? new Options(new Dictionary<string, string> { [SmtpCodesGenerator.CatalogMetadata] = "true" }) : GlobalOptions;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
