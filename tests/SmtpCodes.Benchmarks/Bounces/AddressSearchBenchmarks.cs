using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Benchmarks.Bounces;

/// <summary>
/// Whether the one-pass search of a report's recipient addresses in its notice (<c>SmtpFirstOccurrences</c>, an
/// Aho-Corasick automaton, used past <c>SmtpBounceReader.AddressSearchesAlone</c> = 8 searches) pays for itself against
/// one <c>IndexOf(address, OrdinalIgnoreCase)</c> per recipient, in both engines a consumer compiles. Each benchmark
/// reads one message from its bytes with <c>SmtpBounce.Read</c>, through the engine as the generator emits it, compiled
/// in process with the built-in catalog (Release, no overflow checks, as a consumer's build), in one of four forms:
/// <list type="bullet">
/// <item>net10.0 with the latest C# (<c>SMTPCODES_SPAN</c>: a search is <c>MemoryExtensions.IndexOf</c> over a span,
/// vectorised), as emitted (<c>Net10OnePass</c>) and with the threshold raised so that every recipient is searched alone
/// (<c>Net10PerAddress</c>, the baseline of its category);</item>
/// <item>netstandard2.0 with C# 7.3 (no spans: the <c>#else</c> paths; a search of a text decoded into a buffer, which
/// a read from bytes always is, is the engine's own character loop with <c>UpperOrdinal</c>), likewise
/// (<c>CSharp73OnePass</c>, <c>CSharp73PerAddress</c>).</item>
/// </list>
/// Only <c>internal const int AddressSearchesAlone = 8;</c> differs between the two forms of a build: the setup
/// replaces it in the emitted source and throws when it is not there. Every form must give the reading the engine
/// compiled into this project gives (a checksum of each recipient's address, reason and evidence).
/// <para>
/// The messages (<see cref="Report"/>): a typical Postfix bounce of one recipient (below the threshold: the two forms
/// run the same code; a control); a report of 12 recipients (the automaton at its smallest); 500 recipients (the
/// reader's limit) each with its paragraph in a notice filled to the 64 KB the reader searches, found one after the
/// other; and 500 recipients whose addresses the 64 KB notice never names (each search alone reads all of it).
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

    private const string Threshold = "internal const int AddressSearchesAlone = 8;";

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

    /// <summary>The message read (see the class's summary).</summary>
    public enum Shape
    {
        OneRecipient,
        TwelveRecipients,
        FiveHundredNamed,
        FiveHundredUnnamed,
    }

    [Params(Shape.OneRecipient, Shape.TwelveRecipients, Shape.FiveHundredNamed, Shape.FiveHundredUnnamed)]
    public Shape Report { get; set; }

    [GlobalSetup(Target = nameof(Net10PerAddress))]
    public void SetupNet10PerAddress() => Setup(TargetProfile.Net100Latest, perAddress: true);

    [GlobalSetup(Target = nameof(Net10OnePass))]
    public void SetupNet10OnePass() => Setup(TargetProfile.Net100Latest, perAddress: false);

    [GlobalSetup(Target = nameof(CSharp73PerAddress))]
    public void SetupCSharp73PerAddress() => Setup(TargetProfile.NetStandard20CSharp73, perAddress: true);

    [GlobalSetup(Target = nameof(CSharp73OnePass))]
    public void SetupCSharp73OnePass() => Setup(TargetProfile.NetStandard20CSharp73, perAddress: false);

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

    private void Setup(TargetProfile target, bool perAddress)
    {
        message = Encoding.UTF8.GetBytes(Message(Report));
        read = Compile(target, perAddress);
        string expected = Reading(SmtpBounce.Read(message));
        string actual = Reading(read(message));
        if (actual != expected)
        {
            throw new InvalidOperationException($"{target} (per address: {perAddress}) reads {Report} as {actual}, the engine as {expected}");
        }
    }

    // The emitted engine for the target, with every recipient searched alone when perAddress is set.
    private static Func<byte[], object> Compile(TargetProfile target, bool perAddress)
    {
        var run = GeneratorRun.Run(target: target, userCode: Entry, optimization: OptimizationLevel.Release);
        Compilation output = run.Output;
        if (perAddress)
        {
            SyntaxTree tree = output.SyntaxTrees.Single(candidate => candidate.GetText().ToString().Contains(Threshold, StringComparison.Ordinal));
            string text = tree.GetText().ToString().Replace(Threshold, "internal const int AddressSearchesAlone = int.MaxValue;", StringComparison.Ordinal);
            output = output.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
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
    private static string Message(Shape shape)
    {
        int recipients = shape switch
        {
            Shape.OneRecipient => 1,
            Shape.TwelveRecipients => 12,
            _ => MostRecipients,
        };
        var text = new StringBuilder("From: MAILER-DAEMON@mx.example\nTo: sender@example.com\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n")
            .Append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
            .Append("This is the mail system at host mx.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n");
        if (shape != Shape.FiveHundredUnnamed)
        {
            for (int i = 0; i < recipients; i++)
            {
                string command = recipients > 1 && i % 2 == 0 ? "MAIL FROM" : "RCPT TO";
                text.Append($"<user{i:D3}@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in\n    reply to {command} command)\n\n");
            }
        }

        if (recipients == MostRecipients)
        {
            // The notice filled to what the reader searches, with words that name no address.
            while (text.Length < MostNoticeCharacters + 4096)
            {
                text.Append("The remote server refused every recipient of this message; see the report below for each one.\n");
            }
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
