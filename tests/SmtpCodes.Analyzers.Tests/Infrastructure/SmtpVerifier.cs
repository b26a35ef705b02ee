using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SmtpCodes.Analyzers.Rules;
using SmtpCodes.CodeFixes;
using Xunit;

namespace SmtpCodes.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs all four rules together on snippets (so a positive case also proves no other rule fires on it), with the real
/// generator's output, MailKit and xunit in the compilation. Expected diagnostics are Microsoft.CodeAnalysis.Testing
/// markup: <c>{|SMTP001:550|}</c>. Only the test files are analyzed and compiled in full: binding the thousands of
/// generated lines for every case would make the suite many times slower without testing anything more.
/// </summary>
internal static class SmtpVerifier
{
    /// <summary>Usings every snippet starts with. System.Net.Mail is aliased: its SmtpStatusCode shares MailKit's name.</summary>
    public const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;
        using MailKit.Net.Smtp;
        using Xunit;
        using NetMail = System.Net.Mail;

        """;

    /// <summary>The header after a fix imported the generated namespace: <c>using SmtpCodes;</c> sorted in.</summary>
    public static readonly string HeaderWithSmtpCodes = Header.Replace("using Xunit;", "using SmtpCodes;\nusing Xunit;");

    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new ReplyCodeLiteralAnalyzer(),
        new HandWrittenClassCheckAnalyzer(),
        new EnhancedStatusCodeStringAnalyzer(),
        new UndefinedReplyCodeAnalyzer(),
        new HandWrittenReplyAnalyzer());

    /// <summary>Options of a fix whose every fixed file gains <c>using SmtpCodes;</c>.</summary>
    public static Options ImportsSmtpCodes => new() { FixedHeader = HeaderWithSmtpCodes };

    public static Task AnalyzeAsync(string source, Options? options = null) => AnalyzeAsync(new[] { source }, options);

    /// <summary>One row of a rule's positive or negative shapes: the name only labels the test case.</summary>
    public static Task AnalyzeShapeAsync(string shape, string source)
    {
        Assert.False(string.IsNullOrWhiteSpace(shape));
        return AnalyzeAsync(source);
    }

    public static async Task AnalyzeAsync(string[] sources, Options? options = null)
    {
        options ??= new Options();
        TestSolution test = await TestSolution.CreateAsync(sources.Select(source => options.HeaderFor(source, index: 0, fixedState: false)).ToArray(), options);
        await test.VerifyAsync(test.Solution, test.Expected);
    }

    /// <summary>The rules' diagnostics on a source without markup, for checks of messages and properties.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source, Options? options = null)
    {
        options ??= new Options();
        TestSolution test = await TestSolution.CreateAsync(new[] { options.HeaderFor(source, 0, fixedState: false) }, options);
        return await test.DiagnosticsAsync(test.Solution);
    }

    /// <summary>
    /// Runs the rules, and every fix offered for what they report, on code that need not compile; fails on any
    /// analyzer or fix exception. Returns the diagnostics.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> SurviveAsync(string[] sources, Options? options = null)
    {
        options ??= new Options();
        TestSolution test = await TestSolution.CreateAsync(sources.Select((s, i) => options.HeaderFor(s, i, fixedState: false)).ToArray(), options);
        ImmutableArray<Diagnostic> diagnostics = await test.DiagnosticsAsync(test.Solution);
        CodeFixProvider[] fixes = { new ReplyCodeLiteralCodeFixProvider(), new ClassCheckCodeFixProvider(), new EnhancedStatusCodeCodeFixProvider(), new HandWrittenReplyCodeFixProvider() };
        foreach (Diagnostic diagnostic in diagnostics)
        {
            Document document = test.Solution.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (CodeFixProvider fix in fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                if (await FirstActionAsync(document, diagnostic, fix) is { } action)
                {
                    await ApplyAsync(action);
                }
            }
        }

        return diagnostics;
    }

    public static Task FixAsync<TFix>(string source, string fixedSource, Options? options = null)
        where TFix : CodeFixProvider, new()
        => FixAsync<TFix>(new[] { source }, new[] { fixedSource }, options);

    /// <summary>
    /// Applies <typeparamref name="TFix"/> one diagnostic at a time, then with Fix All in document, project and solution
    /// scope, and checks each result equals <paramref name="fixedSources"/> (diagnostics left without a fix are markup
    /// there too) and compiles without errors.
    /// </summary>
    public static async Task FixAsync<TFix>(string[] sources, string[] fixedSources, Options? options = null)
        where TFix : CodeFixProvider, new()
    {
        options ??= new Options();
        var fix = new TFix();
        TestSolution test = await TestSolution.CreateAsync(sources.Select((s, i) => options.HeaderFor(s, i, fixedState: false)).ToArray(), options);
        await test.VerifyAsync(test.Solution, test.Expected);
        Expectation[] expectedFixed = fixedSources.Select((s, i) => Expectation.Parse(options.HeaderFor(s, i, fixedState: true))).ToArray();

        Solution oneByOne = await ApplyOneByOneAsync(test, fix);
        await test.VerifyFixedAsync(oneByOne, expectedFixed, "one fix at a time");

        foreach (FixAllScope scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
        {
            Solution fixedAll = await ApplyFixAllAsync(test, fix, scope);
            await test.VerifyFixedAsync(fixedAll, expectedFixed, $"Fix All in {scope}");
        }
    }

    private static async Task<Solution> ApplyOneByOneAsync(TestSolution test, CodeFixProvider fix)
    {
        Solution solution = test.Solution;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            CodeAction? action = null;
            foreach (Diagnostic diagnostic in await test.DiagnosticsAsync(solution, fix.FixableDiagnosticIds))
            {
                action = await FirstActionAsync(solution.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, fix);
                if (action is not null)
                {
                    break;
                }
            }

            if (action is null)
            {
                return solution;
            }

            solution = await ApplyAsync(action);
        }

        Assert.Fail("The fix did not converge after 100 iterations.");
        return solution;
    }

    private static async Task<Solution> ApplyFixAllAsync(TestSolution test, CodeFixProvider fix, FixAllScope scope)
    {
        FixAllProvider provider = fix.GetFixAllProvider()!;
        Assert.Contains(scope, provider.GetSupportedFixAllScopes());
        Solution solution = test.Solution;
        foreach (DocumentId documentId in test.TestDocuments)
        {
            Document document = solution.GetDocument(documentId)!;
            Diagnostic? first = null;
            CodeAction? single = null;
            foreach (Diagnostic diagnostic in await test.DiagnosticsAsync(solution, fix.FixableDiagnosticIds, document))
            {
                single = await FirstActionAsync(document, diagnostic, fix);
                if (single is not null)
                {
                    first = diagnostic;
                    break;
                }
            }

            if (first is null || single is null)
            {
                continue;
            }

            var context = new FixAllContext(
                document,
                fix,
                scope,
                single.EquivalenceKey!,
                fix.FixableDiagnosticIds,
                new TestDiagnosticProvider(test, fix.FixableDiagnosticIds),
                CancellationToken.None);
            CodeAction? fixAll = await provider.GetFixAsync(context);
            Assert.NotNull(fixAll);
            solution = await ApplyAsync(fixAll!);
            if (scope != FixAllScope.Document)
            {
                break;
            }
        }

        return solution;
    }

    private static async Task<CodeAction?> FirstActionAsync(Document document, Diagnostic diagnostic, CodeFixProvider fix)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        return actions.FirstOrDefault();
    }

    /// <summary>Applies a code action as the IDE does: its operations run the simplifier and formatter on annotated nodes.</summary>
    private static async Task<Solution> ApplyAsync(CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    internal sealed class Options
    {
        public bool WithGenerator { get; init; } = true;

        public bool WithHeader { get; init; } = true;

        /// <summary>The header expected after the fix, when the fix adds a using.</summary>
        public string? FixedHeader { get; init; }

        /// <summary>The header expected after the fix, per file.</summary>
        public string[]? FixedHeaders { get; init; }

        /// <summary>Lines under <c>[*.cs]</c> of an .editorconfig.</summary>
        public string? EditorConfig { get; init; }

        /// <summary>More references of the test project, such as a library that holds the generated types.</summary>
        public ImmutableArray<MetadataReference> References { get; init; } = ImmutableArray<MetadataReference>.Empty;

        /// <summary>Sets <c>build_property.SmtpCodesNamespace</c> for the generator and the analyzers.</summary>
        public string? GeneratedNamespace { get; init; }

        public string HeaderFor(string source, int index, bool fixedState)
        {
            string header = !WithHeader ? string.Empty
                : !fixedState ? Header
                : FixedHeaders is { } perFile ? perFile[index]
                : FixedHeader ?? Header;
            return header + source;
        }
    }

    private sealed class TestDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly TestSolution test;
        private readonly ImmutableArray<string> ids;

        public TestDiagnosticProvider(TestSolution test, ImmutableArray<string> ids)
        {
            this.test = test;
            this.ids = ids;
        }

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => await test.DiagnosticsAsync(document.Project.Solution, ids, document);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await test.DiagnosticsAsync(project.Solution, ids);
    }
}

/// <summary>A source with its markup taken out: the plain text and the diagnostics it expects (id and span).</summary>
internal sealed class Expectation
{
    private Expectation(string text, ImmutableArray<(string Id, TextSpan Span)> diagnostics)
    {
        Text = text;
        Diagnostics = diagnostics;
    }

    public string Text { get; }

    public ImmutableArray<(string Id, TextSpan Span)> Diagnostics { get; }

    /// <summary>A file that expects no diagnostic, its text taken as it is.</summary>
    public static Expectation Plain(string text) => new(text, ImmutableArray<(string, TextSpan)>.Empty);

    public static Expectation Parse(string markup)
    {
        TestFileMarkupParser.GetSpans(markup, out string text, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
        ImmutableArray<(string, TextSpan)> diagnostics = spans
            .SelectMany(pair => pair.Value.Select(span => (pair.Key, span)))
            .OrderBy(d => d.span.Start).ThenBy(d => d.Key)
            .ToImmutableArray();
        Assert.DoesNotContain(diagnostics, d => d.Item1.Length == 0);
        return new Expectation(text, diagnostics);
    }
}
