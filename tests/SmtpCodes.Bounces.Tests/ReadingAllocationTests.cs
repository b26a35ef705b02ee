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
/// memory besides (the decoded text of encoded parts, the substrings of the fields it reads; the MIME entities, header
/// field lists, the reader's lists and text builders are per-thread memory reused from read to read). The figures are
/// printed; docs/benchmarks.md puts them beside the benchmark's Allocated column.
/// </summary>
public sealed class ReadingAllocationTests
{
    // The working memory may be at most this share of the message text's size (its two bytes per character). It was
    // 60 % on the 475 messages at the end of session 4 and 19.8 % after the tree, header lists, lists and builders of a
    // read became per-thread memory (docs/benchmarks.md): the bound sits 5.2 points above the measured figure, for
    // messages added to the corpus.
    private const double MaxWorkingShareOfText = 0.25;

    private readonly ITestOutputHelper output;

    public ReadingAllocationTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Reading_the_corpus_allocates_what_it_returns_and_a_working_memory_below_25_percent_of_the_text()
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

    [Fact]
    public void Reading_from_bytes_allocates_one_copy_of_the_message_beyond_reading_its_string()
    {
        byte[][] messages = BounceCorpus.All.Select(message => message.ReadBytes()).ToArray();
        string[] texts = messages.Select(message => Encoding.Latin1.GetString(message)).ToArray();
        long fromString = Allocated(() => Array.ForEach(texts, text => SmtpBounce.Read(text)));
        long fromArray = Allocated(() => Array.ForEach(messages, message => SmtpBounce.Read(message)));
        long fromSpan = Allocated(() => Array.ForEach(messages, message => SmtpBounce.Read(new ReadOnlySpan<byte>(message))));
        long copy = texts.Sum(text => 22 + (2L * text.Length));
        output.WriteLine($"from strings {fromString:N0}, from byte arrays {fromArray:N0}, from spans {fromSpan:N0} bytes; one copy of every message {copy:N0}");

        // The text is the message's only copy: a span is not first widened into a char array.
        Assert.True(fromArray - fromString <= copy + (8L * messages.Length), $"byte arrays: {fromArray - fromString:N0} more than strings");
        Assert.True(fromSpan - fromString <= copy + (8L * messages.Length), $"spans: {fromSpan - fromString:N0} more than strings");
    }

    [Fact]
    public void A_read_nested_on_the_same_thread_gets_its_own_entities_and_the_outer_tree_stays_whole()
    {
        const string Outer = "Subject: outer\nContent-Type: multipart/report; boundary=o\n\n--o\nContent-Type: text/plain\n\nouter text\n--o--\n";
        SmtpMimeArena first = SmtpMimeArena.Take();
        SmtpMimeEntity root = first.ParseMessage(Outer);
        var found = SmtpMimeArena.FoundRecipients();
        found.Add(SmtpFoundRecipient.At("a@outer.example", 0));
        found[0].Text.Append("outer words");

        // A read that starts inside this one (user code called back from it) neither takes nor refills the held arena.
        SmtpMimeArena nested = SmtpMimeArena.Take();
        Assert.NotSame(first, nested);
        nested.ParseMessage("Subject: inner\n\ninner text\n");
        Assert.NotSame(found, SmtpMimeArena.FoundRecipients());
        SmtpMimeArena.Builder().Append("inner words");
        Assert.Equal("outer", SmtpBounce.Read("Subject: outer\n\nx").Subject);
        nested.Release();

        Assert.Equal("outer", root.Headers.Get("Subject"));
        Assert.Equal("outer text", Assert.Single(root.Children).DecodedText.ToString());
        Assert.Equal("outer words", Assert.Single(found).Text.ToString());
        Assert.NotSame(found, SmtpMimeArena.FoundRecipients());
        first.Release();

        // Given back, the thread's arena is the one the next read takes: its entities are reused.
        SmtpMimeArena next = SmtpMimeArena.Take();
        Assert.Same(first, next);
        next.Release();
    }

    [Fact]
    public void The_reused_entities_do_not_keep_a_read_message_alive()
    {
        WeakReference message = ReadAndDrop();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(message.IsAlive, "the per-thread entities still hold the last message read");
    }

    private static WeakReference ReadAndDrop()
    {
        string text = "Subject: x\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n" + new string('y', 100_000) + "\n--b--\n";
        SmtpBounce.Read(text);
        return new WeakReference(text);
    }

    private static long Allocated(Action read)
    {
        read();
        long before = GC.GetAllocatedBytesForCurrentThread();
        read();
        return GC.GetAllocatedBytesForCurrentThread() - before;
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
