using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SmtpCodes.Analyzers.Tests.Infrastructure;

/// <summary>A workspace with the test files, the real generator's output and the references, and the rules run on the test files.</summary>
internal sealed class TestSolution
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly AnalyzerOptions analyzerOptions;

    private TestSolution(Solution solution, ImmutableArray<DocumentId> testDocuments, ImmutableArray<Expectation> expected, AnalyzerOptions analyzerOptions)
    {
        Solution = solution;
        TestDocuments = testDocuments;
        Expected = expected;
        this.analyzerOptions = analyzerOptions;
    }

    public Solution Solution { get; }

    public ImmutableArray<DocumentId> TestDocuments { get; }

    public ImmutableArray<Expectation> Expected { get; }

    public static Task<TestSolution> CreateAsync(string[] markupSources, SmtpVerifier.Options options)
        => CreateAsync(markupSources.Select((source, index) => ($"/0/Test{index}.cs", source)).ToArray(), options);

    /// <summary>A solution of test files given by path and text (markup allowed) beside the generated sources.</summary>
    /// <param name="markup">False for real files (samples), whose text is taken as it is: <c>$$</c> or <c>[|</c> there is code.</param>
    public static async Task<TestSolution> CreateAsync((string Path, string Markup)[] markupSources, SmtpVerifier.Options options, bool markup = true)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Test",
            "Test",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: ParseOptions,
            metadataReferences: (await TestReferences.AllAsync()).AddRange(options.References)));

        if (options.WithGenerator)
        {
            foreach ((string hintName, string text) in await GeneratedSources.ForNamespaceAsync(options.GeneratedNamespace))
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), hintName, SourceText.From(text, Encoding.UTF8), filePath: "/0/Generated/" + hintName);
            }
        }

        var expected = ImmutableArray.CreateBuilder<Expectation>();
        var documents = ImmutableArray.CreateBuilder<DocumentId>();
        for (int index = 0; index < markupSources.Length; index++)
        {
            Expectation expectation = markup ? Expectation.Parse(markupSources[index].Markup) : Expectation.Plain(markupSources[index].Markup);
            var documentId = DocumentId.CreateNewId(projectId);
            string path = markupSources[index].Path;
            solution = solution.AddDocument(documentId, System.IO.Path.GetFileName(path), SourceText.From(expectation.Text, Encoding.UTF8), filePath: path);
            expected.Add(expectation);
            documents.Add(documentId);
        }

        // The same lines as a real .editorconfig beside the files, so the compiler applies dotnet_diagnostic severities
        // (an opt-in rule is switched on there) as it does in a build.
        if (options.EditorConfig is { } editorConfig)
        {
            solution = solution.AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From("root = true\n\n[*.cs]\n" + editorConfig + "\n", Encoding.UTF8), filePath: "/0/.editorconfig");
        }

        var global = new Dictionary<string, string>();
        if (options.GeneratedNamespace is { } ns)
        {
            global["build_property.SmtpCodesNamespace"] = ns;
        }

        var provider = new TestOptionsProvider(global, TestOptionsProvider.ParseLines(options.EditorConfig));
        return new TestSolution(solution, documents.ToImmutable(), expected.ToImmutable(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider));
    }

    /// <summary>
    /// The rules' diagnostics in the test files (or one of them), in file and position order; fails on any analyzer exception.
    /// <paramref name="analyzers"/> replaces <see cref="SmtpVerifier.Analyzers"/>, to compare ways of running the same rules.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Solution solution, ImmutableArray<string>? ids = null, Document? only = null, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        Project project = solution.GetProject(TestDocuments[0].ProjectId)!;
        Compilation compilation = (await project.GetCompilationAsync())!;
        var exceptions = new ConcurrentQueue<string>();
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(
            analyzers ?? SmtpVerifier.Analyzers,
            new CompilationWithAnalyzersOptions(
                analyzerOptions,
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (DocumentId documentId in TestDocuments)
        {
            if (only is not null && only.Id != documentId)
            {
                continue;
            }

            SyntaxTree tree = (await solution.GetDocument(documentId)!.GetSyntaxTreeAsync())!;
            SemanticModel model = compilation.GetSemanticModel(tree);
            ImmutableArray<Diagnostic> found = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None);
            diagnostics.AddRange(found
                .Where(d => ids is null || ids.Value.Contains(d.Id))
                .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id));
        }

        Assert.True(exceptions.IsEmpty, "Analyzer exception (AD0001): " + string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.ToImmutable();
    }

    /// <summary>Checks the rules report exactly the expected diagnostics, and that the test files compile.</summary>
    public async Task VerifyAsync(Solution solution, IReadOnlyList<Expectation> expected, string context = "analysis")
    {
        ImmutableArray<Diagnostic> actual = await DiagnosticsAsync(solution);
        var want = new List<string>();
        var got = new List<string>();
        for (int index = 0; index < TestDocuments.Length; index++)
        {
            SourceText text = await solution.GetDocument(TestDocuments[index])!.GetTextAsync();
            want.AddRange(expected[index].Diagnostics.Select(d => Describe(index, d.Id, d.Span, text)));
            SyntaxTree tree = (await solution.GetDocument(TestDocuments[index])!.GetSyntaxTreeAsync())!;
            got.AddRange(actual.Where(d => d.Location.SourceTree == tree).Select(d => Describe(index, d.Id, d.Location.SourceSpan, text)));
        }

        Assert.True(
            want.SequenceEqual(got),
            $"{context}: diagnostics differ.\nexpected:\n  {string.Join("\n  ", want)}\nactual:\n  {string.Join("\n  ", got)}");
        await AssertCompilesAsync(solution, context);
    }

    /// <summary>Checks the fixed files' text, the diagnostics left in them, and that they compile.</summary>
    public async Task VerifyFixedAsync(Solution solution, IReadOnlyList<Expectation> expected, string context)
    {
        for (int index = 0; index < TestDocuments.Length; index++)
        {
            string actual = (await solution.GetDocument(TestDocuments[index])!.GetTextAsync()).ToString();
            Assert.True(
                expected[index].Text == actual,
                $"{context}: file {index} differs.\nexpected:\n{expected[index].Text}\nactual:\n{actual}");
        }

        await VerifyAsync(solution, expected, context);
    }

    public async Task AssertCompilesAsync(Solution solution, string context)
    {
        Compilation compilation = (await solution.GetProject(TestDocuments[0].ProjectId)!.GetCompilationAsync())!;
        foreach (DocumentId documentId in TestDocuments)
        {
            SyntaxTree tree = (await solution.GetDocument(documentId)!.GetSyntaxTreeAsync())!;
            Diagnostic[] errors = compilation.GetSemanticModel(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, $"{context}: {tree.FilePath} does not compile:\n  {string.Join("\n  ", errors.Select(e => e.ToString()))}\n{tree}");
        }
    }

    private static string Describe(int file, string id, TextSpan span, SourceText text)
        => $"{id} file {file} {text.Lines.GetLinePosition(span.Start)} '{text.ToString(span)}'";
}
