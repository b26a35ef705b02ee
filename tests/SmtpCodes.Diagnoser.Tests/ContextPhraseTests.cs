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

    private const string TooManyConnections =
        "vendor,,,Contoso,too many connections,ContosoTooManyConnections,,Too many connections,RateLimited,soft,sender-admin,slow-down,,Contoso's connection limit.,Slow down.,,test\n";

    // A project's own catalog: a heading marked as context and a cause, both of one vendor and without codes.
    private const string Catalog = CatalogHeader
        + "vendor,,,Contoso,{context}contoso gateway refused the session after greeting:,ContosoSessionRefused,,Session refused,Blocked,soft,sender-admin,request-delisting,,Contoso's heading over a refusal at the greeting.,Read the reply under it.,,test\n"
        + TooManyConnections;

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void A_project_rows_context_phrase_decides_only_where_no_other_row_names_a_cause(TargetProfile target)
    {
        var diagnose = DiagnoserOf(Catalog, target);

        var alone = diagnose("Contoso gateway refused the session after greeting: 421 closing");
        var withCause = diagnose("Contoso gateway refused the session after greeting: 421 too many connections");

        Assert.Equal("ContosoSessionRefused", Property(alone, "CatalogEntry"));
        Assert.Equal("Blocked", Property(alone, "Reason"));
        Assert.Equal("ContosoTooManyConnections", Property(withCause, "CatalogEntry"));
        Assert.Equal("RateLimited", Property(withCause, "Reason"));
    }

    // A context phrase scoped to a temporary enhanced code, and a cause without codes: the codes say where the phrase is
    // read, and add nothing to its rank.
    private const string ScopedCatalog = CatalogHeader
        + "vendor,,4.7.1,Contoso,{context}contoso filter unavailable,ContosoFilterUnavailable,,Filter unavailable,SystemError,soft,nobody,retry-later,,Contoso's filter could not run.,Retry later.,,test\n"
        + TooManyConnections;

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void A_context_phrase_is_read_only_under_its_rows_codes_which_add_nothing_to_its_rank(TargetProfile target)
    {
        var diagnose = DiagnoserOf(ScopedCatalog, target);

        var alone = diagnose("451 4.7.1 Contoso filter unavailable");
        var withCause = diagnose("451 4.7.1 Contoso filter unavailable: too many connections");
        var withoutItsCode = diagnose("451 Contoso filter unavailable");
        var permanent = diagnose("554 5.7.1 Contoso filter unavailable");

        Assert.Equal("ContosoFilterUnavailable", Property(alone, "CatalogEntry"));
        Assert.Equal("SystemError", Property(alone, "Reason"));
        Assert.Equal("ContosoTooManyConnections", Property(withCause, "CatalogEntry"));
        Assert.Null(Property(withoutItsCode, "CatalogEntry"));
        Assert.Null(Property(permanent, "CatalogEntry"));
    }

    [Fact]
    public void The_same_heading_unmarked_outranks_the_cause_by_its_length()
    {
        var diagnose = DiagnoserOf(Catalog.Replace("{context}", string.Empty), TargetProfile.Net100Latest);

        var withCause = diagnose("Contoso gateway refused the session after greeting: 421 too many connections");

        Assert.Equal("ContosoSessionRefused", Property(withCause, "CatalogEntry"));
    }
}
