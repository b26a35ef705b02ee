using Xunit;
using static SmtpCodes.Testing.ProjectCatalog;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A scoped phrase (a match string marked <c>{scoped}</c> in the catalog) is read only under its row's codes (one of them in
/// the reply, none contradicted), and there it takes the same words from a row without codes: "501 Invalid sender" is a
/// sender address the server could not parse, where "Invalid sender" alone reads a refused sender. Its codes add nothing to its rank, so a longer phrase beside it
/// still decides, as it would beside the words' other row; an unmarked row with the same codes outranks every phrase
/// beside it by its codes (catalog/README.md, "Scoped phrases"). Both emitted variants rank so.
/// </summary>
public sealed class ScopedPhraseTests
{
    private const string CatalogHeader = ProjectCatalog.Header + "\n";

    // The words without codes, a cause named by a longer phrase, and the same words scoped to a basic and an enhanced code.
    private const string Catalog = CatalogHeader
        + "vendor,,,Generic,invalid sender,TextInvalidSender,,Invalid sender,Rejected,soft,sender,correct-address,,A refused sender.,Use another sender.,,test\n"
        + "vendor,,,Generic,too many connections,TextTooManyConnections,,Too many connections,RateLimited,soft,sender-admin,slow-down,,A connection limit.,Slow down.,,test\n"
        + "vendor,501,5.5.2,Contoso,{scoped}invalid sender,ContosoSenderSyntax,,Sender syntax,SyntaxError,soft,sender-admin,fix-client,,Contoso could not parse the sender.,Fix the client.,,test\n";

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void Under_its_code_a_scoped_phrase_takes_the_same_words_from_a_row_without_codes(TargetProfile target)
    {
        var diagnose = DiagnoserOf(Catalog, target);

        var underBothCodes = diagnose("501 5.5.2 Invalid sender");
        var underOneOfThem = diagnose("501 Invalid sender");
        var underAnotherCode = diagnose("550 Invalid sender");
        var underAnotherOfBoth = diagnose("550 5.5.2 Invalid sender");
        var withoutCode = diagnose("Invalid sender");

        Assert.Equal("ContosoSenderSyntax", Property(underBothCodes, "CatalogEntry"));
        Assert.Equal("SyntaxError", Property(underBothCodes, "Reason"));
        Assert.Equal("ContosoSenderSyntax", Property(underOneOfThem, "CatalogEntry"));
        Assert.Equal("TextInvalidSender", Property(underAnotherCode, "CatalogEntry"));
        Assert.Equal("TextInvalidSender", Property(underAnotherOfBoth, "CatalogEntry"));
        Assert.Equal("TextInvalidSender", Property(withoutCode, "CatalogEntry"));
    }

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void A_longer_phrase_beside_a_scoped_phrase_still_decides(TargetProfile target)
    {
        var diagnose = DiagnoserOf(Catalog, target);

        var withCause = diagnose("501 Invalid sender: too many connections");

        Assert.Equal("TextTooManyConnections", Property(withCause, "CatalogEntry"));
        Assert.Equal("RateLimited", Property(withCause, "Reason"));
    }

    [Fact]
    public void The_same_row_unmarked_outranks_the_longer_phrase_by_its_code()
    {
        var diagnose = DiagnoserOf(Catalog.Replace("{scoped}", string.Empty), TargetProfile.Net100Latest);

        var withCause = diagnose("501 Invalid sender: too many connections");

        Assert.Equal("ContosoSenderSyntax", Property(withCause, "CatalogEntry"));
    }
}
