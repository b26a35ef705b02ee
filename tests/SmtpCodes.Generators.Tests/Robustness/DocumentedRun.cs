using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

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
        GeneratorRun.CreateDriver(catalogs, properties, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new DocumentedRun(output, diagnostics);
    }
}
