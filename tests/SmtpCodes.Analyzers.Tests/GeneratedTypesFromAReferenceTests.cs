using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
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
        (TestSolution test, Diagnostic diagnostic) = await AnalyzeAsync(Source);
        Compilation compilation = (await test.Solution.Projects.Single().GetCompilationAsync())!;
        Assert.Empty(compilation.GetTypeByMetadataName("SmtpCodes.SmtpEnhancedStatusCode")!.DeclaringSyntaxReferences);
        Assert.Contains("SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress", diagnostic.GetMessage());

        Document document = test.Solution.GetDocument(test.TestDocuments[0])!;
        var actions = new List<CodeAction>();
        await new EnhancedStatusCodeCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        CodeAction fix = Assert.Single(actions);
        Solution fixedSolution = (await fix.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        Assert.Contains("=> SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress;", (await fixedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString());
        await test.AssertCompilesAsync(fixedSolution, "fixed");
    }

    [Fact]
    public async Task A_full_mailbox_as_a_success_is_no_registered_code_and_gets_no_member()
    {
        (_, Diagnostic diagnostic) = await AnalyzeAsync(Source.Replace("5.1.1", "2.2.2"));

        Assert.Contains("is not a registered code (2.2 is registered only as 4.2.2 and 5.2.2)", diagnostic.GetMessage());
        Assert.False(diagnostic.Properties.ContainsKey("MemberName"));
    }

    /// <summary>The source in a project that references the library instead of running the generator; its one diagnostic.</summary>
    private static async Task<(TestSolution Test, Diagnostic Diagnostic)> AnalyzeAsync(string source)
    {
        var options = new SmtpVerifier.Options { WithGenerator = false, WithHeader = false, References = ImmutableArray.Create(await LibraryAsync()) };
        TestSolution test = await TestSolution.CreateAsync(new[] { source }, options);
        Diagnostic diagnostic = Assert.Single(await test.DiagnosticsAsync(test.Solution));
        Assert.Equal("SMTP003", diagnostic.Id);
        return (test, diagnostic);
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
