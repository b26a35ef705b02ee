using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// What reading allocates, counted (not timed) with <see cref="GC.GetAllocatedBytesForCurrentThread"/> over the whole
/// corpus read from its bytes: the records it returns, and almost nothing besides. The message's text, the decoded text
/// of its parts, the MIME entities, header field lists, the reader's lists, text builders and the evidence being built
/// are per-thread memory reused from read to read; what the reader decides on it reads where it lies. The figures are
/// printed; docs/benchmarks.md puts them beside the benchmark's Allocated column.
/// </summary>
public sealed class ReadingAllocationTests
{
    // The working memory may be at most this share of the messages' size in bytes. Reading bytes made a string of the
    // whole message until session 6 (more than 200 % of the bytes: two per character, and 36.7 % besides when read as
    // strings); with the text, decoded parts and boundaries in per-thread buffers it was 5.9 % on 609 messages, and
    // 7.0 % on 731 with session 6's reader rules; with labels, addresses, the Status token and encoded header values
    // read in place 3.5 %. Session 7 reads the evidence, transcript replies, found addresses, encoded words, charset
    // names and repeated status groups in place too: 2,368 bytes on 731 messages, 0.11 %, all in one message; and,
    // merged with the dates, the SES notifications and the precedence table, that message's reply is parsed into a
    // per-thread buffer: 0 bytes on 806 messages (docs/benchmarks.md); session 8's unseen messages whose returned message
    // is quoted-printable (35 K characters decoded) made 70 KB each until a read kept one long text too: 0 on 875. The bound sits 0.1 points above (about 2.3 KB at
    // this size: one message like the last one), for messages and rules added later.
    private const double MaxWorkingShareOfBytes = 0.001;

    // All 1,219 messages (1,143 in session 11, 1,070 in session 10, 998 in session 9, 875 in session 8, 806 in session 7) are read allocating exactly what they return (730 of 731 before the last one's reply was parsed
    // into a buffer: SmtpReply.ParseTextInto). Session 13's corpus had one message with 104 bytes (a repeated status
    // group's diagnostic made strings again) and session 14's a second with 448 (a substring per decimal reference of an
    // HTML part); both are read in place since, all 1,356 make none, and the bound is 0: a new message that makes
    // working memory is named at once.
    private const int MaxMessagesWithWorkingMemory = 0;

    // The size of a bounce and of a recipient object, measured once for the whole class (each message's returned size
    // uses them), outside any count of a read.
    private static readonly Lazy<long> BounceObjectBytes = new(() =>
    {
        var none = new List<SmtpBounceRecipient>();
        return Measure(() => new SmtpBounce(SmtpBounceMessageKind.NotBounce, SmtpBounceMessageFields.Empty, none));
    });

    private static readonly Lazy<long> RecipientObjectBytes = new(() => Measure(() => new SmtpBounceRecipient(SmtpBounceRecipientFields.Empty)));

    private readonly ITestOutputHelper output;

    public ReadingAllocationTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Reading_the_corpus_from_bytes_allocates_what_it_returns_and_a_working_memory_below_a_tenth_of_a_percent_of_the_bytes()
    {
        byte[][] messages = BounceCorpus.All.Select(message => message.ReadBytes()).ToArray();
        var read = new SmtpBounce[messages.Length];
        long allocated = Allocated(() =>
        {
            for (int i = 0; i < messages.Length; i++)
            {
                read[i] = SmtpBounce.Read(messages[i]);
            }
        });
        long returned = ReturnedBytes(read);
        long bytes = messages.Sum(message => (long)message.Length);
        long working = allocated - returned;
        output.WriteLine($"{messages.Length} messages, {bytes:N0} bytes: allocated {allocated:N0} bytes = returned {returned:N0} + working {working:N0} ({100.0 * working / bytes:F1} % of the bytes, {working / messages.Length:N0} bytes a message)");

        Assert.True(returned > 0 && returned <= allocated, $"returned {returned}, allocated {allocated}");
        Assert.True(working <= MaxWorkingShareOfBytes * bytes, $"working memory {working:N0} bytes is more than {MaxWorkingShareOfBytes:P1} of the messages' {bytes:N0}");
    }

    [Fact]
    public void All_but_a_few_corpus_messages_are_read_from_bytes_allocating_exactly_what_they_return()
    {
        CorpusMessage[] corpus = BounceCorpus.All.ToArray();
        byte[][] messages = corpus.Select(message => message.ReadBytes()).ToArray();
        foreach (byte[] message in messages)
        {
            // Once before counting: the catalog's tables and the per-thread buffers are made on first use.
            SmtpBounce.Read(message);
        }

        // Each message alone: what its read allocates, against the bytes of what it returns.
        int exact = 0;
        var working = new List<(long Bytes, string File)>();
        for (int i = 0; i < messages.Length; i++)
        {
            byte[] message = messages[i];
            SmtpBounce read = null!;
            long allocated = Allocated(() => read = SmtpBounce.Read(message));
            long returned = ReturnedBytes(new[] { read });
            Assert.True(returned <= allocated, $"{corpus[i].File}: returned {returned:N0} bytes, allocated {allocated:N0}: the returned size is overcounted");
            if (allocated == returned)
            {
                exact++;
            }
            else
            {
                working.Add((allocated - returned, corpus[i].File));
            }
        }

        // The files are named so that a new one is found at once (the name says nothing of how the message is read).
        output.WriteLine($"{exact} of {messages.Length} messages are read allocating exactly what they return; the others' working memory: {(working.Count == 0 ? "none" : string.Join(", ", working.OrderByDescending(item => item.Bytes).Select(item => $"{item.Bytes:N0} bytes ({item.File})")))}");
        Assert.True(working.Count <= MaxMessagesWithWorkingMemory, $"{working.Count} messages make working memory, more than {MaxMessagesWithWorkingMemory}");
    }

    [Fact]
    public void Reading_from_bytes_a_byte_span_or_a_char_span_allocates_no_more_than_reading_the_string()
    {
        byte[][] messages = BounceCorpus.All.Select(message => message.ReadBytes()).ToArray();
        string[] texts = messages.Select(message => Encoding.Latin1.GetString(message)).ToArray();
        long fromString = Allocated(() => Array.ForEach(texts, text => SmtpBounce.Read(text)));
        long fromArray = Allocated(() => Array.ForEach(messages, message => SmtpBounce.Read(message)));
        long fromSpan = Allocated(() => Array.ForEach(messages, message => SmtpBounce.Read(new ReadOnlySpan<byte>(message))));
        long fromChars = Allocated(() => Array.ForEach(texts, text => SmtpBounce.Read(text.AsSpan())));
        long copy = texts.Sum(text => 22 + (2L * text.Length));
        output.WriteLine($"from strings {fromString:N0}, from byte arrays {fromArray:N0}, from byte spans {fromSpan:N0}, from char spans {fromChars:N0} bytes; a string of every message would be {copy:N0}");

        // The message's text is per-thread memory: not a string, nor a char array, per read.
        Assert.True(fromArray <= fromString, $"byte arrays: {fromArray - fromString:N0} more than strings");
        Assert.True(fromSpan <= fromString, $"byte spans: {fromSpan - fromString:N0} more than strings");
        Assert.True(fromChars <= fromString, $"char spans: {fromChars - fromString:N0} more than strings");
    }

    [Fact]
    public void A_part_longer_than_the_kept_texts_is_decoded_into_a_buffer_kept_for_the_next_read()
    {
        // A returned message sent quoted-printable (RFC 2046 asks for 7bit, 8bit or binary; real bounces do otherwise)
        // is decoded whole: 40,000 characters, more than the 32 K a kept text holds.
        string returned = "Subject: newsletter\n\n" + string.Concat(Enumerable.Repeat("<p>News of the week, read it on the web.</p>=0A", 800));
        byte[] message = Encoding.ASCII.GetBytes("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
            + "<gone@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n--b\nContent-Type: message/rfc822\n"
            + "Content-Transfer-Encoding: quoted-printable\n\n" + returned + "\n--b--\n");

        Assert.Equal("gone@example.net", ReadAllocatingWhatItReturns(message).FinalRecipient);
    }

    [Fact]
    public void An_html_notice_with_decimal_references_is_read_allocating_what_it_returns()
    {
        // Office 365 writes its notice as HTML only, with decimal references (&#8217; for an apostrophe): each was a
        // substring until session 14.
        byte[] message = Encoding.ASCII.GetBytes("From: postmaster@outlook.example\nSubject: Undeliverable: hello\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/html\n\n"
            + "<p>Your message to <b>gone@example.net</b> couldn&#8217;t be delivered.</p><p>gone wasn&#39;t found at example.net&#46;</p>\n"
            + "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.outlook.example\n\n"
            + "Final-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.10\n"
            + "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n--b--\n");

        Assert.Equal("gone@example.net", ReadAllocatingWhatItReturns(message).FinalRecipient);
    }

    [Fact]
    public void A_report_that_repeats_a_recipient_and_its_diagnostic_is_read_allocating_what_it_returns()
    {
        // Sendmail writes one group per alias expansion, each with the same Final-Recipient and Diagnostic-Code: one
        // recipient is returned, and the repeated diagnostic was a second string until session 14.
        const string Group = "Final-Recipient: RFC822; list@example.net\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mx.example.net\n"
            + "Diagnostic-Code: SMTP; 550 5.1.1 <list@example.net>... User unknown\n";
        byte[] message = Encoding.ASCII.GetBytes("From: MAILER-DAEMON@mx.example\nSubject: Returned mail: see transcript for details\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
            + "The original message was received from sender.example\n--b\nContent-Type: message/delivery-status\n\n"
            + "Reporting-MTA: dns; mx.example\n\n" + Group + "\n" + Group + "\n--b--\n");

        Assert.Equal("550 5.1.1 <list@example.net>... User unknown", ReadAllocatingWhatItReturns(message).DiagnosticText);
    }

    [Fact]
    public void A_huge_message_is_read_in_memory_of_its_own_that_is_not_kept()
    {
        byte[] huge = Encoding.ASCII.GetBytes("Subject: x\n\n" + new string('y', 300_000));
        Assert.Equal(SmtpBounceMessageKind.NotBounce, SmtpBounce.Read(huge).Kind);
        char[] kept = SmtpMimeDecoder.TakeMessageBuffer(1);
        SmtpMimeDecoder.GiveMessageBuffer(kept);
        Assert.True(kept.Length < huge.Length, $"a buffer of {kept.Length:N0} chars is kept");
    }

    [Fact]
    public void A_read_nested_in_a_read_from_bytes_gets_a_message_buffer_of_its_own()
    {
        char[] outer = SmtpMimeDecoder.TakeMessageBuffer(10);
        char[] nested = SmtpMimeDecoder.TakeMessageBuffer(10);
        Assert.NotSame(outer, nested);
        SmtpMimeDecoder.GiveMessageBuffer(nested);
        SmtpMimeDecoder.GiveMessageBuffer(outer);
    }

    [Fact]
    public void A_read_nested_on_the_same_thread_gets_its_own_entities_and_the_outer_tree_stays_whole()
    {
        const string Outer = "Subject: outer\nContent-Type: multipart/report; boundary=o\n\n--o\nContent-Type: text/plain\n\nouter text\n--o--\n";
        SmtpMimeArena first = SmtpMimeArena.Take();
        SmtpMimeEntity root = first.ParseMessage(Outer);
        var found = SmtpMimeArena.FoundRecipients();
        found.Add(SmtpFoundRecipient.At(SmtpTextRange.Whole("a@outer.example"), 0));
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

    // Reads a message of one recipient, checks that the read allocates exactly what it returns, and gives the recipient.
    private static SmtpBounceRecipient ReadAllocatingWhatItReturns(byte[] message)
    {
        SmtpBounce read = null!;
        long allocated = Allocated(() => read = SmtpBounce.Read(message));
        Assert.Equal(ReturnedBytes(new[] { read }), allocated);
        return Assert.Single(read.Recipients);
    }

    // What a read allocates: AllocationCount's least of three counts after a first read.
    private static long Allocated(Action read) => AllocationCount.Least(read);

    // The size of what the readings hold: each bounce and recipient object (measured, as the runtime lays them out),
    // the recipients' array, and every distinct string they hold that a read made (not a literal, such as a feedback
    // report's diagnostic type: the interned instance itself).
    private static long ReturnedBytes(SmtpBounce[] bounces)
    {
        long bounceObject = BounceObjectBytes.Value;
        long recipientObject = RecipientObjectBytes.Value;
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        long bytes = 0;
        foreach (SmtpBounce bounce in bounces)
        {
            bytes += bounceObject + (bounce.Recipients.Count == 0 ? 0 : 24 + (8L * bounce.Recipients.Count));
            bytes += Strings(strings, bounce.ReportingMta, bounce.Subject, bounce.OriginalMessageId, bounce.OriginalTo, bounce.OriginalSubject);
            foreach (SmtpBounceRecipient recipient in bounce.Recipients)
            {
                bytes += recipientObject + Strings(strings, recipient.FinalRecipient, recipient.OriginalRecipient, recipient.RemoteMta,
                    recipient.DiagnosticType, recipient.DiagnosticText, recipient.Evidence);
            }
        }

        return bytes;
    }

    // A string's size on a 64-bit runtime: 20 bytes of header and length, two per character and the terminator, to 8.
    private static long Strings(HashSet<string> seen, params string?[] values) =>
        values.Where(value => value is { Length: > 0 } && !ReferenceEquals(string.IsInterned(value), value) && seen.Add(value)).Sum(value => (22 + (2L * value!.Length) + 7) / 8 * 8);

    // An object's size, as the least of AllocationCount's counts: a single count can take in what the runtime now and
    // then allocates on the thread beside the object (AllocationCount's remarks), which would make every returned size
    // too large. A fresh clone's CI run in session 41 once saw a returned size above what its read allocated ("returned
    // 1,216 bytes, allocated 1,176"), not seen again in local runs; the assertion now names the message.
    private static long Measure(Func<object> make) => AllocationCount.Least(() => GC.KeepAlive(make()));
}
