using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Analyzers.Core;
using SmtpCodes.Analyzers.Rules;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.Analyzers.Tests.Rules;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>
/// The rules start from syntax and skip, without binding, every node that cannot meet a carrier. That pre-filter must
/// lose nothing: on every source of the rule tests, the broken-code tests, the random-deletion mutants and shapes chosen
/// to probe the filter's edges, the rules report the same diagnostics (id, span, message, properties, additional
/// locations) as when they run on every operation of the compilation, as they first did.
/// </summary>
public class TriggerEquivalenceTests
{
    /// <summary>Shapes the rule tests do not have, where a name-based filter could go wrong.</summary>
    private static readonly string[] FilterEdges =
    {
        "class C { void Record([SmtpCodes.SmtpReplyCode] int code = 550) { } void M() => Record(); }",
        "class A : Attribute { public A([SmtpCodes.SmtpReplyCode] int code) { } } [A(550)] class C { }",
        "class C { void M() { void Local([SmtpCodes.SmtpReplyCode] int c) { } Local(550); Local(600); } }",
        "class C { [return: SmtpCodes.SmtpReplyCode] int Pick() { return 550; } int Other() => 550; [SmtpCodes.SmtpReplyCode] int Prop => 421; }",
        "using R = SmtpCodes.SmtpReplyCodeAttribute;\nclass C { void Put([R] int c) { } void M() => Put(550); }",
        "class C { bool M(SmtpStatusCode status) => Equals(550, status) || status.Equals(550) || status >= (SmtpStatusCode)500 || Assert.Equals(600, status); }",
        "class C { bool M(SmtpResponse r) => r is { StatusCode: >= (SmtpStatusCode)500 } || r.StatusCode is < (SmtpStatusCode)400; }",
        """
        class Box { [SmtpCodes.SmtpReplyCode] public int Value; }
        class C { bool M(Box b) { var v = b.Value; return v == 550 || v >= 500 && v < 600 || v / 100 == 4 || v.ToString()[0] == '5' || v.ToString().StartsWith("4") || (v >= 400) && (v <= 499); } }
        """,
        """
        class Codes : System.Collections.IEnumerable { public void Add([SmtpCodes.SmtpReplyCode] int code) { } public System.Collections.IEnumerator GetEnumerator() => null!; }
        class C { Codes All = new() { 550, 600 }; List<int> Plain = new() { 550 }; }
        """,
        "class C { Func<int, bool> F = ([SmtpCodes.SmtpReplyCode] int c) => c == 550; Func<int> G = [return: SmtpCodes.SmtpReplyCode] () => 550; }",
        "class C { int this[[SmtpCodes.SmtpReplyCode] int code] => 0; int M() => this[550] + this[600]; }",
        "class C { C([SmtpCodes.SmtpReplyCode] int code) { } C() : this(550) { } static C Make() => new C(421); static C Other() => new(600); }",
        "record R([SmtpCodes.SmtpReplyCode] int Code); class C { R M() => new R(550); bool N(R r) => r.Code == 550 || r is { Code: >= 500 }; }",
        "class C { [SmtpCodes.SmtpEnhancedStatusCode] string Dsn = \"5.1.1\"; bool M() => Dsn == \"4.2.2\" || Dsn.Equals(\"5.7.1\"); }",
        "class C { bool M(Demo.Bounce? b) => b?.Code == 550 || (b!.Code is var c && c == 550) || b!.Code == 421; }",
        "class C { int M(Demo.Bounce b) => b.Code switch { >= 500 => 1, 421 => 2, (>= 400) and (< 500) => 3, _ => 0 }; }",
        "class C { bool M(Demo.Bounce b) { switch (b.Code) { case >= 400 and < 500: return true; case 550 when true: return false; case 5500: break; } return false; } }",
        "class C { void M(Demo.Bounce b, bool hard, int? maybe) { b.Code = hard ? 550 : 45; b.Code = checked(550); b.Code = (550); b.Code = maybe ?? 600; b.Code = (int)550L; } }",
        "class C { object M(Demo.Bounce b) => new { Code = 550, b.Code }; }",
        "class C { void M() { Demo.Ledger.Record(checked((int)550L)); Demo.Ledger.RecordEnhanced(\"5.1.1\"); Demo.Ledger.Record(code: 421); } }",
        "class C { [SmtpCodes.SmtpReplyCode] public int Code { get; set; } = 550; [SmtpCodes.SmtpReplyCode] public int Field = 600, Other = 421; const int Named = 550; }",
        "class C { delegate void Sink([SmtpCodes.SmtpReplyCode] int code); void M(Sink sink) => sink(550); }",
        "class C { IEnumerable<int> Codes([SmtpCodes.SmtpReplyCode] int start = 421) { yield return 550; } [return: SmtpCodes.SmtpReplyCode] IEnumerable<int> Marked() { yield return 550; } }",
        "class SmtpThing { public int Code; public long StatusCode; public string? EnhancedCode; } class C { bool M(SmtpThing t) => t.Code == 550 || t.StatusCode >= 500L || t.EnhancedCode == \"5.1.1\" || t.Code.Equals(421); }",
        "class C { bool M(SmtpCommandException ex) { var s = ex.StatusCode; var n = (int)s; return n == 550 || s == (SmtpStatusCode)421 || n / 100 == 5; } }",
    };

    /// <summary>Top-level statements, and an alias of the attribute declared in another file.</summary>
    private static readonly string[][] MultiFileEdges =
    {
        new[] { "global using R = SmtpCodes.SmtpReplyCodeAttribute;", "class C { void Put([R] int c) { } void M() => Put(550); }" },
        new[] { "var b = new Demo.Bounce(); if (b.Code == 550 || b.Code >= 500) { } var x = b.Code; if (x == 421) { }" + Snippets.UserTypes },
    };

    public static TheoryData<string> Corpora => new() { "rule tests", "broken code", "random deletions", "filter edges" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Filtered_syntax_reports_what_every_operation_reports(string corpus)
    {
        foreach (string[] sources in Sources(corpus))
        {
            await AssertSameAsync(sources, new SmtpVerifier.Options());
        }
    }

    [Fact]
    public async Task Filtered_syntax_reports_what_every_operation_reports_under_EditorConfig()
    {
        foreach (string[] sources in Sources("filter edges").Concat(Sources("rule tests")))
        {
            await AssertSameAsync(sources, new SmtpVerifier.Options { EditorConfig = "smtpcodes.infer_from_type_names = false" });
            await AssertSameAsync(sources, new SmtpVerifier.Options { EditorConfig = "smtpcodes.reply_code_members = P:Demo.Line.Status\nsmtpcodes.enhanced_code_members = P:Demo.Line.Dsn" });
        }
    }

    /// <summary>
    /// The one difference, by design: on every operation, the default value a call passes implicitly was reported again at
    /// the call (<c>Record()</c>), where no number is written and the fix has nothing to replace. From syntax it is reported
    /// once, where it is written.
    /// </summary>
    [Fact]
    public async Task A_default_value_is_reported_where_it_is_written_not_at_each_call()
    {
        string[] sources = { "class C { void Record([SmtpCodes.SmtpReplyCode] int code = 550) { } void M() => Record(); }" };
        ImmutableArray<Diagnostic> reference = await DiagnosticsAsync(sources, new SmtpVerifier.Options(), everyOperation: true);
        ImmutableArray<Diagnostic> filtered = await DiagnosticsAsync(sources, new SmtpVerifier.Options(), everyOperation: false);
        Assert.Equal(2, reference.Length);
        Assert.Single(reference, IsOnImplicitArgument);
        Diagnostic only = Assert.Single(filtered);
        Assert.Equal("550", only.Location.SourceTree!.GetText().ToString(only.Location.SourceSpan));
    }

    [Fact]
    public async Task The_filter_skips_code_without_carriers()
    {
        // Nothing here is named like a carrier: no node reaches the semantic model, so nothing is reported either way.
        string source = "class SmtpSettings { public int Port; } class C { int M(SmtpSettings s, List<int> items) { var n = items.Count; if (n == 550 || n >= 500 || s.Port == 587) { return 421; } return items[0] / 100 == 5 ? 1 : 0; } }";
        ImmutableArray<Diagnostic> found = await DiagnosticsAsync(new[] { source }, new SmtpVerifier.Options(), everyOperation: false);
        Assert.Empty(found);
        Assert.False(IsAnyCandidate(source));
    }

    private static bool IsAnyCandidate(string source)
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(SmtpVerifier.Header + source + Snippets.UserTypes);
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Probe", new[] { tree });
        var symbols = SmtpSymbols.Create(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
        CarrierNames names = CarrierNames.For(compilation, symbols);
        return tree.GetRoot().DescendantNodes().Any(node => CandidateSyntax.IsReplyCodeLiteral(node, names) || CandidateSyntax.IsClassCheck(node, names));
    }

    private static async Task AssertSameAsync(string[] sources, SmtpVerifier.Options options)
    {
        TestSolution test = await CreateAsync(sources, options);
        ImmutableArray<Diagnostic> reference = await test.DiagnosticsAsync(test.Solution, analyzers: Analyzers(everyOperation: true));
        ImmutableArray<Diagnostic> filtered = await test.DiagnosticsAsync(test.Solution, analyzers: Analyzers(everyOperation: false));
        string[] expected = reference.Where(diagnostic => !IsOnImplicitArgument(diagnostic)).Select(Describe).ToArray();
        string[] actual = filtered.Select(Describe).ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            $"Triggers differ on:\n{string.Join("\n---\n", sources)}\non every operation:\n  {string.Join("\n  ", expected)}\nfiltered syntax:\n  {string.Join("\n  ", actual)}");
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string[] sources, SmtpVerifier.Options options, bool everyOperation)
    {
        TestSolution test = await CreateAsync(sources, options);
        return await test.DiagnosticsAsync(test.Solution, analyzers: Analyzers(everyOperation));
    }

    private static Task<TestSolution> CreateAsync(string[] sources, SmtpVerifier.Options options)
        => TestSolution.CreateAsync(sources.Select((source, index) => ($"/0/Test{index}.cs", options.HeaderFor(source, index, fixedState: false))).ToArray(), options, markup: false);

    private static ImmutableArray<DiagnosticAnalyzer> Analyzers(bool everyOperation)
    {
        SmtpAnalyzerBase[] rules = { new ReplyCodeLiteralAnalyzer(), new HandWrittenClassCheckAnalyzer(), new EnhancedStatusCodeStringAnalyzer(), new UndefinedReplyCodeAnalyzer() };
        return everyOperation
            ? rules.Select(rule => (DiagnosticAnalyzer)new EveryOperationAnalyzer(rule)).ToImmutableArray()
            : rules.Cast<DiagnosticAnalyzer>().ToImmutableArray();
    }

    /// <summary>A literal rule's diagnostic on a call rather than on a literal: the implicit default value of an argument.</summary>
    private static bool IsOnImplicitArgument(Diagnostic diagnostic)
        => diagnostic.Id is DiagnosticIds.ReplyCodeLiteral or DiagnosticIds.UndefinedReplyCode or DiagnosticIds.EnhancedStatusCodeString
            && diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax;

    private static string Describe(Diagnostic diagnostic)
        => $"{diagnostic.Id} {diagnostic.Location.SourceTree?.FilePath} {diagnostic.Location.SourceSpan} '{diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}'"
            + $" [{string.Join(", ", diagnostic.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}]"
            + $" at {string.Join(", ", diagnostic.AdditionalLocations.Select(l => l.SourceSpan.ToString()))}";

    private static IEnumerable<string[]> Sources(string corpus)
        => corpus switch
        {
            "rule tests" => new[]
                {
                    Smtp001ReplyCodeLiteralTests.Positives, Smtp001ReplyCodeLiteralTests.Negatives,
                    Smtp002HandWrittenClassCheckTests.Positives, Smtp002HandWrittenClassCheckTests.Negatives,
                    Smtp003EnhancedStatusCodeStringTests.Positives, Smtp003EnhancedStatusCodeStringTests.Negatives,
                    Smtp004UndefinedReplyCodeTests.Positives, Smtp004UndefinedReplyCodeTests.Negatives,
                }
                .SelectMany(data => data.Select(row => new[] { Expectation.Parse((string)row[1]).Text })),
            "broken code" => RobustnessTests.BrokenCode.Select(row => new[] { (string)row[1] }),
            "random deletions" => RandomDeletionTests.Mutated(RandomDeletionTests.Source, 120).Select(text => new[] { text }),
            _ => FilterEdges.Select(source => new[] { source + Snippets.UserTypes }).Concat(MultiFileEdges),
        };
}
