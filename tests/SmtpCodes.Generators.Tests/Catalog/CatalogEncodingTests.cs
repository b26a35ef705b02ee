using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests.Catalog;

/// <summary>
/// SMTPGEN018: a catalog file whose text shows it was not read as the UTF-8 it should be. The compiler reads an
/// additional file as strict UTF-8 and, where its bytes are not valid UTF-8, decodes it again with a fallback
/// (Roslyn's EncodedStringText: the ANSI code page on Windows and .NET Framework, UTF-8 with U+FFFD for each invalid
/// byte on Linux and macOS); the tests decode the same bytes both ways, as <see cref="CompilerRead"/> does.
/// </summary>
public sealed class CatalogEncodingTests
{
    private const string Path = "/project/our-codes.csv";

    // A UTF-8 catalog whose second row was pasted from a file saved as Windows-1252: its 'ß' is one byte, 0xDF.
    private static readonly byte[] MixedBytes = Encoding.UTF8.GetBytes(Fixtures.Inline(
            Path,
            "vendor,550,,Generic,postfach voll,GermanMailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,Das Postfach ist übervoll.,Retry.,,test",
            "vendor,550,,Generic,gross,GermanTooLarge,,Too large,EmailTooLarge,soft,sender,do-not-retry,,Die Nachricht ist zu XXX.,Send less.,,test").Text)
        .SelectMany(b => b == (byte)'X' ? new byte[] { 0xDF } : new[] { b })
        .ToArray();

    static CatalogEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_file_read_as_Windows_1252_is_reported_at_its_first_character_beyond_ASCII()
    {
        var text = CompilerRead(MixedBytes, Encoding.GetEncoding(1252));
        var diagnostic = Single(text);

        // Line 2, "...Das Postfach ist Ã¼bervoll.": where the file's first UTF-8 character became two.
        AssertAt(diagnostic, line: 2, column: ColumnOf(text, line: 2, '\u00C3'));
        Assert.Contains("windows-1252", diagnostic.GetMessage());
    }

    [Fact]
    public void A_file_read_as_UTF_8_with_replacement_is_reported_at_the_first_replaced_byte()
    {
        var text = CompilerRead(MixedBytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var diagnostic = Single(text);

        // Line 2's 'ü' reads right; line 3's Windows-1252 'ß' is the first byte that is not UTF-8.
        AssertAt(diagnostic, line: 3, column: ColumnOf(text, line: 3, '\uFFFD'));
        Assert.Contains("U+FFFD", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("übervoll", "\u00C3\u00BC", "ü")]
    [InlineData("don’t", "\u00E2\u20AC\u2122", "’")]
    [InlineData("邮箱已满", "\u00E9\u201A\u00AE", "邮")]
    public void UTF_8_that_was_once_read_as_Windows_1252_and_saved_again_is_reported(string written, string garbled, string character)
    {
        var twiceEncoded = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(written));
        Assert.Contains(garbled, twiceEncoded);
        var row = $"vendor,550,,Generic,{twiceEncoded},Garbled,,Garbled,MailboxFull,soft,recipient,retry-later,,d,r,,test";
        var diagnostic = Single(SourceText.From(Fixtures.Inline(Path, row).Text, Encoding.UTF8));

        AssertAt(diagnostic, line: 2, column: row.IndexOf(garbled, System.StringComparison.Ordinal) + 1);
        Assert.Contains($"'{garbled}', the UTF-8 bytes of '{character}'", diagnostic.GetMessage());
    }

    [Fact]
    public void A_valid_UTF_8_file_with_German_and_Chinese_phrases_is_not_reported()
    {
        var text = Fixtures.Inline(
            Path,
            "vendor,550,,Generic,postfach voll,GermanMailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,Das Postfach ist übervoll (Größe: 100 MB; « Ärger »).,Retry.,,test",
            "vendor,550,,Generic,邮箱已满,ChineseMailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,邮箱已满 – don’t retry at once.,Retry.,,test").Text;

        var run = Run(CompilerRead(Encoding.UTF8.GetBytes(text), Encoding.GetEncoding(1252)));

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void A_file_read_as_Windows_1252_still_generates_and_stays_cached_on_a_second_run()
    {
        var compilation = GeneratorRun.CreateCompilation(TargetProfile.Net100Latest, GeneratorRun.DefaultUserCode);
        var driver = Driver(CompilerRead(MixedBytes, Encoding.GetEncoding(1252))).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Id == "SMTPGEN018");
        Assert.Contains("GermanTooLarge", result.GeneratedSources.Single(source => source.HintName == "SmtpReply.CatalogMessages.g.cs").SourceText.ToString());
        Assert.All(
            result.TrackedSteps[TrackingNames.CatalogTexts].Concat(result.TrackedSteps[TrackingNames.ParsedCatalogs]).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    /// <summary>As the compiler reads a file: strict UTF-8, else the whole file again with its fallback encoding.</summary>
    private static SourceText CompilerRead(byte[] bytes, Encoding fallback)
    {
        try
        {
            return SourceText.From(bytes, bytes.Length, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(bytes, bytes.Length, fallback);
        }
    }

    // The 1-based column of the first such character on a 1-based line of the text.
    private static int ColumnOf(SourceText text, int line, char character)
    {
        var index = text.Lines[line - 1].ToString().IndexOf(character);
        Assert.True(index >= 0, $"line {line} has no U+{(int)character:X4}");
        return index + 1;
    }

    private static Diagnostic Single(SourceText text)
    {
        var diagnostic = Assert.Single(Run(text).Diagnostics);
        Assert.Equal("SMTPGEN018", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        return diagnostic;
    }

    private static GeneratorRunResult Run(SourceText text) =>
        Driver(text).RunGenerators(GeneratorRun.CreateCompilation(TargetProfile.Net100Latest, GeneratorRun.DefaultUserCode)).GetRunResult().Results.Single();

    private static GeneratorDriver Driver(SourceText text) =>
        Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            [new SmtpCodesGenerator().AsSourceGenerator()],
            [new InMemoryAdditionalText(Path, text)],
            GeneratorRun.ParseOptions(TargetProfile.Net100Latest),
            new TestOptionsProvider(Fixtures.ProjectCatalogOnly, catalogPaths: [Path]),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
    }
}
