using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Benchmarks.Bounces;

/// <summary>
/// Whether the one-pass search of a report's recipient addresses in its notice (<c>SmtpFirstOccurrences</c>, an
/// Aho-Corasick automaton, used past <c>SmtpBounceReader.AddressSearchesAlone</c> searches) pays for itself against
/// one <c>IndexOf(address, OrdinalIgnoreCase)</c> per recipient, in both engines a consumer compiles. Each benchmark
/// reads one message from its bytes with <c>SmtpBounce.Read</c>, through the engine as the generator emits it, compiled
/// in process with the built-in catalog (Release, no overflow checks, as a consumer's build), in one of four forms:
/// <list type="bullet">
/// <item>net10.0 with the latest C# (<c>SMTPCODES_SPAN</c>: a search is <c>MemoryExtensions.IndexOf</c> over a span,
/// vectorised), as emitted, every recipient searched alone (<c>Net10PerAddress</c>, the baseline of its category), and
/// with the one pass compiled back in as the engine without spans has it (<c>Net10OnePass</c>);</item>
/// <item>netstandard2.0 with C# 7.3 (no spans: the <c>#else</c> paths; a search of a text decoded into a buffer, which
/// a read from bytes always is, is the engine's own character loop with <c>UpperOrdinal</c>), with the threshold raised
/// so that every recipient is searched alone (<c>CSharp73PerAddress</c>, the baseline) and with the one pass
/// (<c>CSharp73OnePass</c>).</item>
/// </list>
/// Both one-pass forms take it past <see cref="OnePassAfter"/> searches, session 16's threshold, so that every report
/// of 16 recipients or more meets it: the crossover of the two searches sets the engine's own threshold. The setup
/// changes the emitted source's text and throws when what it changes is not there. Every form must give the reading
/// the engine compiled into this project gives (each recipient's address, reason and evidence).
/// <para>
/// The messages: Postfix reports of <see cref="Recipients"/> recipients, 1 (below the threshold: the two forms run the
/// same code; a control) to 500 (the reader's limit), whose notice, filled to the 64 KB the reader searches, names each
/// address in a paragraph of its own, found one after the other (<see cref="Named"/>), or names none of them (each
/// search alone reads all of it).
/// </para>
/// <para>
/// What it does not show: the C# 7.3 engine on .NET Framework (not on this machine: here it runs on .NET 10, with .NET
/// 10's JIT; its own loop is what a .NET Framework consumer runs for a decoded buffer, but a text that is a string
/// would call .NET 10's vectorised <c>string.IndexOf</c> here and .NET Framework's own search there; every message
/// here is read from bytes, so every notice is a buffer). Ratios are within a category and a message, from the same run.
/// Give it a dozen warm-up iterations (docs/benchmarks.md has the command): with the short job's three, the one
/// pass's loops, new code each process, were measured before the JIT's tiers had finished on a loaded machine.
/// </para>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class AddressSearchBenchmarks
{
    // The reader's limits (SmtpBounceReader.MaxRecipients, MaxHumanText: internal to the engine).
    private const int MostRecipients = 500;
    private const int MostNoticeCharacters = 65536;

    // The threshold of the engine without spans, and the blocks that only it compiles. The one pass is measured past
    // session 16's threshold (8 searches), whatever the engine's, so that every report from 16 recipients meets it.
    private const int OnePassAfter = 8;
    private static readonly Regex Threshold = new(@"internal const int AddressSearchesAlone = [0-9]+;", RegexOptions.CultureInvariant);
    private const string WithoutSpans = "#if !SMTPCODES_SPAN";

    private const string Entry = """
        namespace Consumer
        {
            public static class Entry
            {
                public static object Read(byte[] message)
                {
                    return SmtpCodes.SmtpBounce.Read(message);
                }
            }
        }
        """;

    private byte[] message = [];
    private Func<byte[], object> read = null!;

    /// <summary>
    /// The report's recipients: 1 (a control: the two forms run the same code) up to the reader's limit; in a smoke run
    /// (<see cref="SmokeRun"/>) only the limit, where both searches run, since each case compiles the engine.
    /// </summary>
    [ParamsSource(nameof(RecipientCounts))]
    public int Recipients { get; set; }

    /// <summary>
    /// Whether the notice names each recipient's address in a paragraph of its own (found one after the other) or names
    /// none of them (each search alone reads the whole notice, filled to 64 KB).
    /// </summary>
    [Params(true, false)]
    public bool Named { get; set; }

    public static IEnumerable<int> RecipientCounts() => SmokeRun.Cases([1, 16, 24, 32, 48, 64, 128, MostRecipients], [MostRecipients]);

    [GlobalSetup(Target = nameof(Net10PerAddress))]
    public void SetupNet10PerAddress() => Setup(TargetProfile.Net100Latest, Form.AsEmitted);

    [GlobalSetup(Target = nameof(Net10OnePass))]
    public void SetupNet10OnePass() => Setup(TargetProfile.Net100Latest, Form.OnePassCompiledIn);

    [GlobalSetup(Target = nameof(CSharp73PerAddress))]
    public void SetupCSharp73PerAddress() => Setup(TargetProfile.NetStandard20CSharp73, Form.EveryAddressAlone);

    [GlobalSetup(Target = nameof(CSharp73OnePass))]
    public void SetupCSharp73OnePass() => Setup(TargetProfile.NetStandard20CSharp73, Form.OnePass);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("net10.0")]
    public object Net10PerAddress() => read(message);

    [Benchmark]
    [BenchmarkCategory("net10.0")]
    public object Net10OnePass() => read(message);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("netstandard2.0 C# 7.3")]
    public object CSharp73PerAddress() => read(message);

    [Benchmark]
    [BenchmarkCategory("netstandard2.0 C# 7.3")]
    public object CSharp73OnePass() => read(message);

    private void Setup(TargetProfile target, Form form)
    {
        message = Encoding.UTF8.GetBytes(Message(Recipients, Named));
        read = Compile(target, form);
        string expected = Reading(SmtpBounce.Read(message));
        string actual = Reading(read(message));
        if (actual != expected)
        {
            throw new InvalidOperationException($"{target} ({form}) reads {Recipients} recipients (named: {Named}) as {actual}, the engine as {expected}");
        }
    }

    /// <summary>How the emitted engine's text is changed before it is compiled.</summary>
    private enum Form
    {
        AsEmitted,

        /// <summary>Every recipient searched alone (the threshold raised).</summary>
        EveryAddressAlone,

        /// <summary>The one pass past <see cref="OnePassAfter"/> searches.</summary>
        OnePass,

        /// <summary>
        /// The one pass past <see cref="OnePassAfter"/> searches, in the engine with spans: what only the engine without
        /// spans compiles, compiled in (the bounce reader's and the one pass's <c>#if !SMTPCODES_SPAN</c> blocks; the
        /// engine's other ones, in SmtpReply, stay as they are).
        /// </summary>
        OnePassCompiledIn,
    }

    private static string Changed(Form form, string path, string text)
    {
        if (form == Form.OnePassCompiledIn && (path.Contains("SmtpBounceReader", StringComparison.Ordinal) || path.Contains("SmtpFirstOccurrences", StringComparison.Ordinal)))
        {
            text = text.Replace(WithoutSpans, "#if true", StringComparison.Ordinal);
        }

        return form switch
        {
            Form.EveryAddressAlone => Threshold.Replace(text, "internal const int AddressSearchesAlone = int.MaxValue;"),
            Form.OnePass or Form.OnePassCompiledIn => Threshold.Replace(text, $"internal const int AddressSearchesAlone = {OnePassAfter};"),
            _ => text,
        };
    }

    // The emitted engine for the target, its files' text changed as the form says (a change must change a file at least).
    private static Func<byte[], object> Compile(TargetProfile target, Form form)
    {
        var run = GeneratorRun.Run(target: target, userCode: Entry, optimization: OptimizationLevel.Release);
        Compilation output = run.Output;
        int changed = 0;
        foreach (SyntaxTree tree in run.Output.SyntaxTrees)
        {
            string text = tree.GetText().ToString();
            string changedText = Changed(form, tree.FilePath, text);
            if (changedText != text)
            {
                output = output.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(changedText)));
                changed++;
            }
        }

        if (form != Form.AsEmitted && changed == 0)
        {
            throw new InvalidOperationException($"{form} changes nothing in the engine emitted for {target}");
        }

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The emitted engine does not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
        }

        Assembly assembly = GeneratorRun.Load(image.ToArray());
        return assembly.GetType("Consumer.Entry", throwOnError: true)!.GetMethod("Read")!.CreateDelegate<Func<byte[], object>>();
    }

    // What a reading says of each recipient (the engine's types differ between the assemblies; their names do not).
    private static string Reading(object bounce)
    {
        var recipients = ((System.Collections.IEnumerable)Property(bounce, "Recipients")!).Cast<object>();
        return string.Join("\n", recipients.Select(recipient => $"{Property(recipient, "FinalRecipient")} {Property(Property(recipient, "Diagnosis")!, "Reason")} {Property(recipient, "Evidence")}"));
    }

    private static object? Property(object value, string name) => value.GetType().GetProperty(name)!.GetValue(value);

    // A Postfix report (bounce(8)'s notice, then message/delivery-status): every recipient refused as unknown, so that
    // the reader looks for its paragraph in the notice to learn which command the refusal answered (of several
    // recipients, every other one's paragraph says MAIL FROM: the reading depends on the paragraph found).
    private static string Message(int recipients, bool named)
    {
        var text = new StringBuilder("From: MAILER-DAEMON@mx.example\nTo: sender@example.com\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n")
            .Append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
            .Append("This is the mail system at host mx.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n");
        if (named)
        {
            for (int i = 0; i < recipients; i++)
            {
                string command = recipients > 1 && i % 2 == 0 ? "MAIL FROM" : "RCPT TO";
                text.Append($"<user{i:D3}@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in\n    reply to {command} command)\n\n");
            }
        }

        // The notice filled to what the reader searches, with words that name no address (past the paragraphs of named
        // addresses, each found before it).
        while (text.Length < MostNoticeCharacters + 4096)
        {
            text.Append("The remote server refused every recipient of this message; see the report below for each one.\n");
        }

        text.Append("\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\nArrival-Date: Tue,  1 Dec 2026 18:00:00 +0000 (UTC)\n\n");
        for (int i = 0; i < recipients; i++)
        {
            text.Append($"Final-Recipient: rfc822; user{i:D3}@example.org\nOriginal-Recipient: rfc822;user{i:D3}@example.org\nAction: failed\nStatus: 5.1.1\n")
                .Append("Remote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n");
        }

        return text.Append("--b--\n").ToString();
    }
}
