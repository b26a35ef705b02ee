using System;
using Xunit;
using static SmtpCodes.Testing.ProjectCatalog;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Aligned pieces (a match alternative written with <c>{...}</c> between its pieces, catalog/README.md "Aligned pieces"):
/// the pieces must all occur in the reply, in their order, each as whole words, with anything between them, as Sisimai's
/// pairs read by its <c>moji.AlignedAny</c> ("the ip" ... " is blacklisted"). They are found in the scan's one pass, and
/// rank as a phrase one character shorter than the pieces together. Both emitted variants (C# 7.3 without spans, the
/// latest C# with them) read them so.
/// </summary>
public sealed class AlignedPiecesTests
{
    private const string CatalogHeader = ProjectCatalog.Header + "\n";

    // A project's own catalog: pieces first (so a tie would go to them), then a phrase as long as their pieces together
    // ("refused" + "by policy" and "connection limit" are 16 characters each), and a pair whose pieces overlap in words.
    private const string Catalog = CatalogHeader
        + "vendor,,,Contoso,mail server at{...}is blocked|refused{...}by policy,ContosoServerBlocked,,Server blocked,Blocked,soft,sender-admin,contact-postmaster,,Contoso's block of a server.,Ask its postmaster.,,test\n"
        + "vendor,,,Contoso,connection limit,ContosoConnectionLimit,,Connection limit,RateLimited,soft,sender-admin,slow-down,,Contoso's connection limit.,Slow down.,,test\n"
        + "vendor,,,Contoso,mailbox{...}mailbox full,ContosoMailboxFull,,Mailbox full,MailboxFull,soft,recipient,retry-later,,Contoso's full mailbox.,Retry later.,,test\n";

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void Pieces_in_their_order_with_anything_between_find_their_row(TargetProfile target)
    {
        var diagnose = Compile(target);

        Assert.Equal("ContosoServerBlocked", Entry(diagnose("554 Mail server at 192.0.2.1 is blocked")));
        Assert.Equal("ContosoServerBlocked", Entry(diagnose("554 Your mail server at mx.example.org (192.0.2.1) has been found to be sending bulk mail and is blocked")));
        // The first place of the second piece comes before the first piece: a later place in order still counts.
        Assert.Equal("ContosoServerBlocked", Entry(diagnose("554 It is blocked: mail server at 192.0.2.1 is blocked")));
    }

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void Pieces_out_of_order_or_overlapping_or_inside_words_find_nothing(TargetProfile target)
    {
        var diagnose = Compile(target);

        Assert.Null(Entry(diagnose("554 It is blocked, says the mail server at 192.0.2.1")));
        // "mailbox full" would reuse the first piece's word: the pieces must not overlap.
        Assert.Null(Entry(diagnose("452 Mailbox full")));
        Assert.Equal("ContosoMailboxFull", Entry(diagnose("452 Mailbox of this user: mailbox full")));
        // Each piece is whole words, as every match string is.
        Assert.Null(Entry(diagnose("554 Email server at 192.0.2.1 is blockedlisted")));
    }

    [Theory]
    [MemberData(nameof(CompileTests.EmittedVariants), MemberType = typeof(CompileTests))]
    public void Pieces_rank_below_a_phrase_as_long_as_they_are_together(TargetProfile target)
    {
        var diagnose = Compile(target);

        Assert.Equal("ContosoServerBlocked", Entry(diagnose("550 Refused by policy")));
        Assert.Equal("ContosoConnectionLimit", Entry(diagnose("550 Refused by policy: connection limit")));
    }

    private static Func<string, object> Compile(TargetProfile target) => DiagnoserOf(Catalog, target);

    private static string? Entry(object diagnosis) => Property(diagnosis, "CatalogEntry");
}
