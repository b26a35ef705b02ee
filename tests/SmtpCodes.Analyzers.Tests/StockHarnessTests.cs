using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SmtpCodes.Analyzers.Rules;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using SmtpCodes.CodeFixes;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>
/// The fast harness (<see cref="SmtpVerifier"/>) analyzes only the test files. This test runs one fix through the stock
/// Microsoft.CodeAnalysis.Testing code-fix test, which compiles and analyzes everything including the generated sources,
/// applies the fix one at a time and with Fix All in the document, and checks the result: both harnesses must agree.
/// </summary>
public class StockHarnessTests
{
    [Fact]
    public async Task Stock_code_fix_test_agrees_with_the_fast_harness()
    {
        const string Source = "class C { bool M(SmtpCommandException ex) => (int)ex.StatusCode == {|SMTP001:550|}; }";
        const string FixedSource = "class C { bool M(SmtpCommandException ex) => ex.StatusCode == SmtpStatusCode.MailboxUnavailable; }";

        var test = new CSharpCodeFixTest<ReplyCodeLiteralAnalyzer, ReplyCodeLiteralCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.Net100,
            TestCode = SmtpVerifier.Header + Source,
            FixedCode = SmtpVerifier.Header + FixedSource,

            // Each pass of the stock test binds all generated code; Fix All in document scope is enough to compare.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Libraries);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.Libraries);
        foreach ((string hintName, string text) in await GeneratedSources.ForNamespaceAsync())
        {
            test.TestState.Sources.Add(("/0/Generated/" + hintName, text));
            test.FixedState.Sources.Add(("/0/Generated/" + hintName, text));
        }

        await test.RunAsync();
        await SmtpVerifier.FixAsync<ReplyCodeLiteralCodeFixProvider>(Source, FixedSource);
    }
}
