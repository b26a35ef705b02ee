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

    // Session 64 (rank64): the same two words as a context phrase of a row without codes (listed first, so the earlier
    // row), of a vendor's row with a basic and an enhanced code, and a longer generic heading, also context. Under all
    // the vendor row's codes its phrase wins the tie with the same words (before: the earlier row decided, so Mailgun's
    // "550 5.0.1 Recipient rejected" lost its name to Cox's words); it outranks nothing else those words would not.
    private const string OwnCodesCatalog = CatalogHeader
        + "vendor,,,Generic,{context}recipient rejected,TextRecipientRejected,,Recipient rejected,UserUnknown,hard,sender,remove-address,,A refused recipient.,Check the address.,,test\n"
        + "vendor,,,Generic,{context}gateway refused the session after greeting:,TextSessionRefused,,Session refused,Blocked,soft,sender-admin,request-delisting,,A heading over a refusal at the greeting.,Read the reply under it.,,test\n"
        + "vendor,550,5.7.1,Contoso,{context}recipient rejected,ContosoRecipientFiltered,,Recipient filtered,Filtered,soft,sender,contact-postmaster,,Contoso's per-recipient filter.,Ask the recipient.,,test\n"
        + TooManyConnections;

    // Each reply with the row that decides it: under all the vendor row's codes its phrase (Filtered, not the earlier
    // row's UserUnknown); under one of them, another code or none, the row without codes. Controls: a cause named beside
    // the words decides, and a longer context phrase of a row without codes outranks the vendor's words under their
    // codes, as it outranks the same words of a row without codes (the vendor's codes count as the text alone, so the
    // row is not vendor-specific: Best.Score).
    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void Under_all_its_rows_codes_a_context_phrase_wins_only_the_tie_with_the_same_words_of_a_row_without_codes(TargetProfile target)
    {
        var diagnose = DiagnoserOf(OwnCodesCatalog, target);
        (string Reply, string Entry)[] readings =
        [
            ("550 5.7.1 Recipient rejected", "ContosoRecipientFiltered"),
            ("550 Recipient rejected", "TextRecipientRejected"),
            ("550 5.1.0 Recipient rejected", "TextRecipientRejected"),
            ("Recipient rejected", "TextRecipientRejected"),
            ("550 5.7.1 Recipient rejected: too many connections", "ContosoTooManyConnections"),
            ("Gateway refused the session after greeting: 550 5.7.1 Recipient rejected", "TextSessionRefused"),
        ];

        foreach (var (reply, entry) in readings)
        {
            Assert.Equal((reply, (string?)entry), (reply, Property(diagnose(reply), "CatalogEntry")));
        }

        Assert.Equal("Filtered", Property(diagnose("550 5.7.1 Recipient rejected"), "Reason"));
    }
}
