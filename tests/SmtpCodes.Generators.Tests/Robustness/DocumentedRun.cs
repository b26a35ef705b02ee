using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generators.Tests.Infrastructure;

namespace SmtpCodes.Generators.Tests.Robustness;

/// <summary>
/// A generator run for a consumer that builds its XML documentation file: the generated trees are parsed
/// with <see cref="DocumentationMode.Diagnose"/>, so catalog text that breaks a doc comment shows up as
/// CS1570-style warnings, which the consumer's TreatWarningsAsErrors would fail on.
/// </summary>
internal sealed class DocumentedRun
{
    private DocumentedRun(Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
    }

    public Compilation Output { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();

    public static DocumentedRun Run(IReadOnlyList<(string Path, string Text)> catalogs, IReadOnlyDictionary<string, string> properties, TargetProfile target)
    {
        var parseOptions = GeneratorRun.ParseOptions(target).WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = GeneratorRun.CreateCompilation(target, GeneratorRun.DefaultUserCode);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SmtpCodesGenerator().AsSourceGenerator()],
            catalogs.Select(catalog => (AdditionalText)new InMemoryAdditionalText(catalog.Path, catalog.Text)),
            parseOptions,
            new TestOptionsProvider(properties, catalogs.Select(catalog => catalog.Path).ToList()));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new DocumentedRun(output, diagnostics);
    }
}
