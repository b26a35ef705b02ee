using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// What reading allocates, counted (not timed) with <see cref="GC.GetAllocatedBytesForCurrentThread"/> over the whole
/// corpus read as strings (the message text is the caller's): the records it returns, and a bounded working
/// memory besides (the MIME entities and header field arrays, the decoded text of encoded parts, the substrings of
/// the fields it reads). The figures are printed; docs/benchmarks.md puts them beside the benchmark's Allocated column.
/// </summary>
public sealed class ReadingAllocationTests
{
    // The working memory may be at most this share of the message text's size (its two bytes per character); it was
    // 60 % on the 475 messages when this was written (docs/benchmarks.md), most of it header field arrays and MIME entities.
    private const double MaxWorkingShareOfText = 0.7;

    private readonly ITestOutputHelper output;

    public ReadingAllocationTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Reading_the_corpus_allocates_what_it_returns_and_a_working_memory_below_seven_tenths_of_the_text()
    {
        string[] messages = BounceCorpus.All.Select(message => Encoding.Latin1.GetString(message.ReadBytes())).ToArray();
        var read = new SmtpBounce[messages.Length];
        for (int i = 0; i < messages.Length; i++)
        {
            // Once before counting: the catalog's tables and the per-thread buffers are made on first use.
            read[i] = SmtpBounce.Read(messages[i]);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < messages.Length; i++)
        {
            read[i] = SmtpBounce.Read(messages[i]);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long returned = ReturnedBytes(read);
        long text = messages.Sum(message => 2L * message.Length);
        long working = allocated - returned;
        output.WriteLine($"{messages.Length} messages, text {text:N0} bytes: allocated {allocated:N0} bytes = returned {returned:N0} + working {working:N0} ({100.0 * working / text:F1} % of the text)");

        Assert.True(returned > 0 && returned <= allocated, $"returned {returned}, allocated {allocated}");
        Assert.True(working <= MaxWorkingShareOfText * text, $"working memory {working:N0} bytes is more than {MaxWorkingShareOfText:P0} of the text's {text:N0}");
    }

    // The size of what the readings hold: each bounce and recipient object (measured, as the runtime lays them out),
    // the recipients' array, and every distinct string they hold.
    private static long ReturnedBytes(SmtpBounce[] bounces)
    {
        var none = new List<SmtpBounceRecipient>();
        long bounceObject = Measure(() => new SmtpBounce(SmtpBounceMessageKind.NotBounce, SmtpBounceMessageFields.Empty, none));
        long recipientObject = Measure(() => new SmtpBounceRecipient(SmtpBounceRecipientFields.Empty));
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        long bytes = 0;
        foreach (SmtpBounce bounce in bounces)
        {
            bytes += bounceObject + (bounce.Recipients.Count == 0 ? 0 : 24 + (8L * bounce.Recipients.Count));
            bytes += Strings(strings, bounce.ReportingMta, bounce.Subject, bounce.OriginalMessageId, bounce.OriginalTo, bounce.OriginalSubject);
            foreach (SmtpBounceRecipient recipient in bounce.Recipients)
            {
                bytes += recipientObject + Strings(strings, recipient.FinalRecipient, recipient.OriginalRecipient, recipient.RemoteMta,
                    recipient.DiagnosticType, recipient.DiagnosticText, recipient.LastAttemptDate, recipient.Evidence);
            }
        }

        return bytes;
    }

    // A string's size on a 64-bit runtime: 20 bytes of header and length, two per character and the terminator, to 8.
    private static long Strings(HashSet<string> seen, params string?[] values) =>
        values.Where(value => value is { Length: > 0 } && seen.Add(value)).Sum(value => (22 + (2L * value!.Length) + 7) / 8 * 8);

    private static long Measure(Func<object> make)
    {
        make();
        long before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(make());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
