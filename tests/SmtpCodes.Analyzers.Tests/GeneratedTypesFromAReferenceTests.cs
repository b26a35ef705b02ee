using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using SmtpCodes.Analyzers.Rules;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.CodeFixes;
using SmtpCodes.Generators;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>
/// The generated types may come from a referenced project (a shared library that runs the generator with public
/// accessibility): then the analyzers see them as metadata, with no source, and must still know each registry member's
/// code. They read it from the member's attribute, which metadata keeps.
/// </summary>
public class GeneratedTypesFromAReferenceTests
{
    private const string Source = "class C { SmtpCodes.SmtpEnhancedStatusCode M() => SmtpCodes.SmtpEnhancedStatusCode.Parse(\"5.1.1\"); }";

    [Fact]
    public async Task SMTP003_offers_the_registry_member_when_the_generated_types_are_metadata()
    {
        (Document document, Compilation compilation) = await ConsumerAsync();
        INamedTypeSymbol generated = compilation.GetTypeByMetadataName("SmtpCodes.SmtpEnhancedStatusCode")!;
        Assert.Empty(generated.DeclaringSyntaxReferences);

        Diagnostic diagnostic = Assert.Single(await DiagnosticsAsync(compilation));
        Assert.Equal("SMTP003", diagnostic.Id);
        Assert.Contains("SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress", diagnostic.GetMessage());

        var actions = new List<CodeAction>();
        await new EnhancedStatusCodeCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        CodeAction fix = Assert.Single(actions);
        Solution fixedSolution = (await fix.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        Document fixedDocument = fixedSolution.GetDocument(document.Id)!;
        string fixedText = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Contains("=> SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress;", fixedText);
        Compilation fixedCompilation = (await fixedDocument.Project.GetCompilationAsync())!;
        Assert.Empty(fixedCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task A_full_mailbox_as_a_success_is_no_registered_code_and_gets_no_member()
    {
        (_, Compilation compilation) = await ConsumerAsync(Source.Replace("5.1.1", "2.2.2"));

        Diagnostic diagnostic = Assert.Single(await DiagnosticsAsync(compilation));
        Assert.Contains("is not a registered code (2.2 is registered only as 4.2.2 and 5.2.2)", diagnostic.GetMessage());
        Assert.False(diagnostic.Properties.ContainsKey("MemberName"));
    }

    private static async Task<(Document Document, Compilation Compilation)> ConsumerAsync(string source = Source)
    {
        ImmutableArray<MetadataReference> references = (await TestReferences.AllAsync()).Add(await LibraryAsync());
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test0.cs", SourceText.From(source, Encoding.UTF8), filePath: "/0/Test0.cs");
        Document document = solution.GetDocument(documentId)!;
        return (document, (await document.Project.GetCompilationAsync())!);
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Compilation compilation)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(new Dictionary<string, string>(), new Dictionary<string, string>()));
        return await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EnhancedStatusCodeStringAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    /// <summary>A library compiled with the generator and public accessibility, referenced as an assembly image.</summary>
    private static async Task<MetadataReference> LibraryAsync()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var library = CSharpCompilation.Create(
            "SharedMailLibrary",
            new[] { CSharpSyntaxTree.ParseText("namespace Shared { public static class Marker { } }", parseOptions) },
            await TestReferences.AllAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var global = new Dictionary<string, string> { ["build_property.SmtpCodesAccessibility"] = "public" };
        CSharpGeneratorDriver.Create(new[] { new SmtpCodesGenerator().AsSourceGenerator() }, parseOptions: parseOptions, optionsProvider: new TestOptionsProvider(global, new Dictionary<string, string>()))
            .RunGeneratorsAndUpdateCompilation(library, out Compilation generated, out _);

        using var image = new MemoryStream();
        EmitResult result = generated.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
