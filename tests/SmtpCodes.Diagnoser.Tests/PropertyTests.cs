using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Robustness: random and mutated replies never throw and keep the parser's invariants; a 1 MB line is read; and
/// the work per character does not grow with the length of the text, even for text built to hurt a matcher
/// (continuation prefixes, dotted numbers, almost-matching catalog phrases), counted as loop steps, not timed.
/// </summary>
public sealed class PropertyTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper output;

    public PropertyTests(Xunit.Abstractions.ITestOutputHelper output) => this.output = output;

    private const string Hostile = "0123456789.-#;:'\"<>() \n\r\t5542x.@[]";

    [Property(MaxTest = 1000)]
    public void Random_text_never_throws_and_keeps_the_invariants(string? text)
    {
        CheckInvariants(text);
    }

    [Property(MaxTest = 1000)]
    public void Mutated_corpus_replies_never_throw_and_keep_the_invariants(NonNegativeInt line, int seed)
    {
        var corpus = CorpusAccuracyTests.Corpus;
        CheckInvariants(Mutate(new Random(seed), corpus[line.Get % corpus.Count].Text));
    }

    [Fact]
    public void A_hundred_thousand_seeded_mutations_never_throw()
    {
        // Fixed seed: a failure names the mutation number and prints the text, so it can be replayed.
        var corpus = CorpusAccuracyTests.Corpus;
        var random = new Random(20261123);
        for (var mutation = 0; mutation < 100_000; mutation++)
        {
            var text = Mutate(random, corpus[random.Next(corpus.Count)].Text);
            try
            {
                CheckInvariants(text);
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"Mutation {mutation} failed: {exception.Message}\n{text}");
            }
        }
    }

    private static string Mutate(Random random, string reply)
    {
        var text = new StringBuilder(reply);
        for (var mutation = random.Next(1, 9); mutation > 0 && text.Length > 0; mutation--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0: text.Insert(at, Hostile[random.Next(Hostile.Length)]); break;
                case 1: text.Remove(at, Math.Min(random.Next(1, 12), text.Length - at)); break;
                case 2: text.Insert(at, text.ToString(at, Math.Min(random.Next(1, 30), text.Length - at))); break;
                case 3: text[at] = (char)random.Next(0, 0x3000); break;
                default: text.Length = at; break;
            }
        }

        return text.ToString();
    }

    [Fact]
    public void A_one_megabyte_line_is_read()
    {
        var filler = string.Concat(Enumerable.Repeat("lorem ipsum 4.16.55 550- x 5.5. ", 36_000));
        var text = "smtp;550 5.1.1 <a@b.example> " + filler + " user unknown";
        Assert.True(text.Length > 1_000_000);

        var diagnosis = SmtpReply.Diagnose(text);

        Assert.Equal((SmtpReplyCode)550, diagnosis.BasicCode);
        Assert.Equal(SmtpEnhancedStatusCode.Parse("5.1.1"), diagnosis.EnhancedCode);
        Assert.Equal(SmtpBounceReason.UserUnknown, diagnosis.Reason);
        Assert.True(SmtpReply.TryParse(text, out var reply));
        Assert.StartsWith("<a@b.example> lorem ipsum", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("user unknown", reply.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> HostileUnits => new()
    {
        { "continuation prefixes", "550-5.5.5 " },
        { "dotted numbers", "5.5.5.5.5." },
        { "numbers after words", "x 550 5.1" },
        { "almost a catalog phrase", "mailbox unavailabl user unknow " },
        { "qmail codes", "(#5.1.1)" },
        { "random text", RandomText(977) },
    };

    [Theory]
    [MemberData(nameof(HostileUnits))]
    public void Work_per_character_does_not_grow_with_the_length(string name, string unit)
    {
        var small = Repeat(unit, 1024);
        var large = Repeat(unit, 1024 * 1024);

        var smallPerChar = (double)CountingEngine.Value(small) / small.Length;
        var largePerChar = (double)CountingEngine.Value(large) / large.Length;

        output.WriteLine($"{name}: {largePerChar:F2} loop steps per character at 1 MB, {smallPerChar:F2} at 1 KB");

        // Linear: the same few steps per character at both sizes (the counts are exact, so the margin only covers the
        // fixed work of a call spread over 1 KB); a quadratic matcher would take about a thousand times more at 1 MB.
        Assert.True(largePerChar <= smallPerChar * 1.1, $"{name}: {largePerChar:F2} steps per character at 1 MB against {smallPerChar:F2} at 1 KB");
        Assert.True(largePerChar < 16, $"{name}: {largePerChar:F2} steps per character");
    }

    // The emitted engine compiled with SMTPCODES_COUNT_WORK: the steps of every loop of a parse and a diagnosis.
    private static readonly Lazy<Func<string, long>> CountingEngine = new(() =>
    {
        const string Entry = "namespace Consumer { public static class Entry { public static long Work(string text) { SmtpCodes.SmtpReply.WorkSteps = 0; SmtpCodes.SmtpReply.TryParse(text, out var reply); SmtpCodes.SmtpReply.Diagnose(text); return SmtpCodes.SmtpReply.WorkSteps; } } }";
        var generated = GeneratorRun.Run(userCode: Entry, preprocessorSymbols: ["SMTPCODES_COUNT_WORK"]);
        Assert.Empty(generated.Problems);
        var work = generated.Load().GetType("Consumer.Entry", throwOnError: true)!.GetMethod("Work")!;
        return text => (long)work.Invoke(null, [text])!;
    });

    private static void CheckInvariants(string? text)
    {
        var found = SmtpReply.TryParse(text, out var reply);
        var diagnosis = SmtpReply.Diagnose(text);

        Assert.Equal(reply.BasicCode.HasValue || reply.EnhancedCode.HasValue, found);
        Assert.True(reply.Text.Length <= (text?.Length ?? 0));
        if (reply.BasicCode is { } basic)
        {
            Assert.Contains((int)basic / 100, new[] { 2, 4, 5 });
        }

        if (reply.EnhancedCode is { } enhanced)
        {
            Assert.Contains((int)enhanced.Class, new[] { 2, 4, 5 });
            Assert.InRange(enhanced.Subject, 0, 7);
            Assert.InRange(enhanced.Detail, 0, 999);
        }

        Assert.Equal(reply.BasicCode, diagnosis.BasicCode);
        Assert.Equal(reply.EnhancedCode, diagnosis.EnhancedCode);
        // The class is the basic code's (a 552 about too many recipients may be transient), else the enhanced code's,
        // else the one the text's reason implies; a reply with a code always has one.
        if (reply.BasicCode is { } replyCode && (int)replyCode != 552)
        {
            Assert.Equal((SmtpReplyClass)((int)replyCode / 100), diagnosis.Class);
        }
        else if (reply.BasicCode is null && reply.EnhancedCode is { } enhancedCode)
        {
            Assert.Equal(enhancedCode.Class, diagnosis.Class);
        }

        Assert.True(diagnosis.Class != SmtpReplyClass.Unknown || !found);
        Assert.Equal(diagnosis.Class == SmtpReplyClass.Unknown, diagnosis.IsHardBounce is null);
        Assert.NotNull(diagnosis.Description);
        Assert.NotNull(diagnosis.Resolution);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    private static string RandomText(int length)
    {
        var random = new Random(4242);
        return new string(Enumerable.Range(0, length).Select(_ => (char)random.Next(32, 127)).ToArray());
    }
}
