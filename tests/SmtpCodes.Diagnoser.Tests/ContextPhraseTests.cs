using Xunit;
using static SmtpCodes.Testing.ProjectCatalog;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A context phrase (a match string marked <c>{context}</c> in the catalog) says where or after what a failure happened,
/// not why, as Exim's "SMTP error from remote mail server after initial connection:" (transports/smtp.c) heads whatever
/// the server answered to the greeting. It decides its row's reason only when nothing else in the reply names a cause (as
/// Sisimai's reason order, which tries Blocked last, reads that heading), whatever its length; otherwise the longer match
/// string outranks the reply under it. Both emitted variants (C# 7.3 without spans, the latest C# with them) rank so.
/// </summary>
public sealed class ContextPhraseTests
{
    private const string CatalogHeader = ProjectCatalog.Header + "\n";

    // A project's own catalog: a heading marked as context and a cause, both of one vendor and without codes.
    private const string Catalog = CatalogHeader
        + "vendor,,,Contoso,{context}contoso gateway refused the session after greeting:,ContosoSessionRefused,,Session refused,Blocked,soft,sender-admin,request-delisting,,Contoso's heading over a refusal at the greeting.,Read the reply under it.,,test\n"
        + "vendor,,,Contoso,too many connections,ContosoTooManyConnections,,Too many connections,RateLimited,soft,sender-admin,slow-down,,Contoso's connection limit.,Slow down.,,test\n";

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void A_project_rows_context_phrase_decides_only_where_no_other_row_names_a_cause(TargetProfile target)
    {
        var generated = GeneratorRun.Run([("/project/contoso.csv", Catalog)], WithoutBuiltInCatalog, target);
        Assert.Empty(generated.Problems);
        var diagnose = DiagnoseOf(generated.Load());

        var alone = diagnose("Contoso gateway refused the session after greeting: 421 closing");
        var withCause = diagnose("Contoso gateway refused the session after greeting: 421 too many connections");

        Assert.Equal("ContosoSessionRefused", Property(alone, "CatalogEntry"));
        Assert.Equal("Blocked", Property(alone, "Reason"));
        Assert.Equal("ContosoTooManyConnections", Property(withCause, "CatalogEntry"));
        Assert.Equal("RateLimited", Property(withCause, "Reason"));
    }

    [Fact]
    public void The_same_heading_unmarked_outranks_the_cause_by_its_length()
    {
        var generated = GeneratorRun.Run([("/project/contoso.csv", Catalog.Replace("{context}", string.Empty))], WithoutBuiltInCatalog);
        Assert.Empty(generated.Problems);

        var withCause = DiagnoseOf(generated.Load())("Contoso gateway refused the session after greeting: 421 too many connections");

        Assert.Equal("ContosoSessionRefused", Property(withCause, "CatalogEntry"));
    }
}
