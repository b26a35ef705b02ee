using System.Linq;
using SmtpCodes.Generators.Catalog;
using Xunit;

namespace SmtpCodes.Generators.Tests.Catalog;

/// <summary>
/// Groups of alternatives inside aligned pieces (<c>[ip/client]{...}[blocked/refused]</c>; catalog/README.md, "Alternatives
/// inside aligned pieces"): what a written alternative stands for, in the order a writer lists it by hand, and the place
/// of each malformed form in the written text.
/// </summary>
public sealed class AlignedAlternativesTests
{
    [Fact]
    public void An_alternative_without_a_group_stands_for_itself()
    {
        var expansion = AlignedAlternatives.Expand("the ip{...}is blacklisted");

        Assert.Null(expansion.ProblemText);
        Assert.Equal(["the ip{...}is blacklisted"], expansion.Alternatives);
    }

    [Fact]
    public void Groups_stand_for_every_choice_with_the_first_group_changing_slowest()
    {
        var expansion = AlignedAlternatives.Expand("[ip/client host]{...}[blocked/refused/denied]");

        Assert.Null(expansion.ProblemText);
        Assert.Equal(
            ["ip{...}blocked", "ip{...}refused", "ip{...}denied", "client host{...}blocked", "client host{...}refused", "client host{...}denied"],
            expansion.Alternatives);
    }

    [Fact]
    public void A_group_stands_beside_words_and_its_words_are_trimmed()
    {
        var expansion = AlignedAlternatives.Expand("not [ authorized / permitted ] to send{...}per [hour/day]");

        Assert.Equal(
            ["not authorized to send{...}per hour", "not authorized to send{...}per day", "not permitted to send{...}per hour", "not permitted to send{...}per day"],
            expansion.Alternatives);
    }

    [Fact]
    public void A_slash_outside_a_group_is_a_word_of_the_piece()
    {
        Assert.Equal(["helo/ehlo{...}rejected", "helo/ehlo{...}refused"], AlignedAlternatives.Expand("helo/ehlo{...}[rejected/refused]").Alternatives);
    }

    [Theory]
    [InlineData("ip]{...}blocked", "a ']' that closes no '['", 2, 1)]
    [InlineData("[ip/client{...}blocked", "a '[' not closed before the '{' of a marker", 0, 1)]
    [InlineData("ip{...}[blocked/refused", "a '[' that is never closed", 7, 1)]
    [InlineData("[ip/[client]]{...}blocked", "a '[' inside a group: groups do not nest", 4, 1)]
    [InlineData("[ip//client]{...}blocked", "an empty alternative in a group", 4, 1)]
    [InlineData("[ip/  ]{...}blocked", "an empty alternative in a group", 4, 2)]
    [InlineData("[/ip]{...}blocked", "an empty alternative in a group", 1, 1)]
    [InlineData("ip{...}[blocked/ Blocked]", "'Blocked' written twice in one group", 16, 8)]
    [InlineData("[TSS04]{...}blocked", "a group of fewer than two alternatives (join two or more by '/')", 0, 7)]
    public void A_malformed_form_is_reported_at_its_place(string alternative, string problem, int start, int length)
    {
        var expansion = AlignedAlternatives.Expand(alternative);

        Assert.Equal(problem, expansion.ProblemText);
        Assert.Equal((start, length), (expansion.Start, expansion.Length));
        Assert.Empty(expansion.Alternatives);
    }

    [Fact]
    public void A_form_that_stands_for_more_than_the_limit_is_reported_before_any_alternative_is_written()
    {
        var withinLimit = "[a/b/c/d]{...}[a/b/c/d]{...}[a/b/c/d]{...}[a/b/c/d]";
        var overLimit = withinLimit + "{...}[a/b]";

        Assert.Equal(AlignedAlternatives.MaxExpansions, AlignedAlternatives.Expand(withinLimit).Alternatives.Count);
        var expansion = AlignedAlternatives.Expand(overLimit);
        Assert.Equal("groups that stand for more than 256 alternatives (split it into several)", expansion.ProblemText);
        Assert.Equal((0, overLimit.Length), (expansion.Start, expansion.Length));
    }

    [Fact]
    public void Hostile_forms_are_read_in_one_pass()
    {
        // Each would take hours if a group's words were compared pairwise, groups re-scanned from every '[', or the
        // alternatives written before they were counted (2^100,000 of them).
        const int Size = 100_000;
        var manyGroups = string.Concat(Enumerable.Repeat("[a/b]", Size)) + "{...}x";
        var oneHugeGroup = "[" + string.Join("/", Enumerable.Range(0, Size)) + "]{...}x";
        var unclosed = "x{...}" + new string('[', 1) + new string('a', Size);
        var literal = string.Concat(Enumerable.Repeat("[a/b", Size));

        Assert.StartsWith("groups that stand for more than", AlignedAlternatives.Expand(manyGroups).ProblemText);
        Assert.StartsWith("groups that stand for more than", AlignedAlternatives.Expand(oneHugeGroup).ProblemText);
        Assert.Equal("a '[' that is never closed", AlignedAlternatives.Expand(unclosed).ProblemText);
        Assert.Null(AlignedAlternatives.GroupInLiteral(literal));
        Assert.NotNull(AlignedAlternatives.GroupInLiteral(literal + "]"));
    }

    [Theory]
    [InlineData("[blocked/refused] by policy", 0, 17)]
    [InlineData("message [not allowed / forbidden]", 8, 25)]
    [InlineData("[TSS04] then [spam/virus]", 13, 12)]
    public void Words_joined_by_a_slash_in_brackets_of_a_literal_phrase_are_reported(string phrase, int start, int length)
    {
        var group = AlignedAlternatives.GroupInLiteral(phrase);

        Assert.NotNull(group);
        Assert.Equal((start, length), (group.Value.Start, group.Value.Length));
    }

    [Theory]
    [InlineData("[TSS04]")]
    [InlineData("denied [bouncedeny]")]
    [InlineData("helo/ehlo first")]
    [InlineData("see [http://example.org/why]")]
    [InlineData("[5.7.1/5.7.2]")]
    [InlineData("unclosed [a/b")]
    public void Tokens_paths_and_links_in_a_literal_phrase_are_not_groups(string phrase)
    {
        Assert.Null(AlignedAlternatives.GroupInLiteral(phrase));
    }
}
