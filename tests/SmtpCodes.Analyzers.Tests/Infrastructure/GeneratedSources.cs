using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generators;

namespace SmtpCodes.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the real <see cref="SmtpCodesGenerator"/> on an empty net10.0 compilation and hands its sources to the analyzer
/// tests, so the rules are tested against what users actually get. Cached per namespace option.
/// </summary>
internal static class GeneratedSources
{
    private static readonly ConcurrentDictionary<string, Task<ImmutableArray<(string HintName, string Text)>>> Cache = new();

    public static Task<ImmutableArray<(string HintName, string Text)>> ForNamespaceAsync(string? generatedNamespace = null)
        => Cache.GetOrAdd(generatedNamespace ?? string.Empty, ns => RunAsync(ns.Length == 0 ? null : ns));

    private static async Task<ImmutableArray<(string HintName, string Text)>> RunAsync(string? generatedNamespace)
    {
        var compilation = CSharpCompilation.Create(
            "GeneratorInput",
            new[] { CSharpSyntaxTree.ParseText("namespace Probe { internal static class Empty { } }", new CSharpParseOptions(LanguageVersion.Latest)) },
            await TestReferences.AllAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var globalOptions = new Dictionary<string, string>();
        if (generatedNamespace is not null)
        {
            globalOptions["build_property.SmtpCodesNamespace"] = generatedNamespace;
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SmtpCodesGenerator().AsSourceGenerator() },
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: new TestOptionsProvider(globalOptions, new Dictionary<string, string>()));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);

        Diagnostic[] errors = diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new System.InvalidOperationException("The generator output does not compile: " + string.Join("; ", errors.Take(5)));
        }

        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        ImmutableArray<(string, string)> sources = result.GeneratedSources
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToImmutableArray();
        if (sources.IsEmpty)
        {
            throw new System.InvalidOperationException("The generator produced no source.");
        }

        return sources;
    }
}
