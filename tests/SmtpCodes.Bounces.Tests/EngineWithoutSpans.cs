using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// The engine as the generator emits it for a netstandard2.0 consumer with C# 7.3 (no spans), compiled and loaded in
/// process, as <c>AddressSearchBenchmarks</c> compiles it: only that engine finds a report's many recipients in one pass
/// (<c>SmtpFirstOccurrences</c>, past <c>SmtpBounceReader.AddressSearchesAlone</c> searches); the engine these tests
/// otherwise run (net10.0, spans) searches address by address. A probe compiled beside it reaches its internal types.
/// </summary>
internal static class EngineWithoutSpans
{
    private const string Probe = """
        namespace Consumer
        {
            using System.Collections.Generic;
            using System.Text;
            using SmtpCodes;

            public static class Probe
            {
                public static int AddressSearchesAlone()
                {
                    return SmtpBounceReader.AddressSearchesAlone;
                }

                // Where each value first is in text[start, end) by the one pass (-2 where it leaves the value to a search
                // of its own), then the characters the pass read; of a string, or of a buffer (a decoded text).
                public static int[] FirstOccurrences(string text, int start, int end, string[] values, bool buffer)
                {
                    SmtpMimeText searched = buffer ? new SmtpMimeText(text.ToCharArray(), text.Length) : new SmtpMimeText(text);
                    SmtpFirstOccurrences found = SmtpFirstOccurrences.Find(values, searched, start, end);
                    var answers = new int[values.Length + 1];
                    for (int i = 0; i < values.Length; i++)
                    {
                        int index;
                        answers[i] = found.TryIndexOf(values[i], out index) ? index : -2;
                    }

                    answers[values.Length] = found.CharactersRead;
                    return answers;
                }

                // Each recipient's final address and reason, of the message read from a string or from its UTF-8 bytes.
                public static string[] Read(string message, bool fromBytes)
                {
                    SmtpBounce bounce = fromBytes ? SmtpBounce.Read(Encoding.UTF8.GetBytes(message)) : SmtpBounce.Read(message);
                    var readings = new List<string>();
                    foreach (SmtpBounceRecipient recipient in bounce.Recipients)
                    {
                        readings.Add(recipient.FinalRecipient + " " + recipient.Diagnosis.Reason);
                    }

                    return readings.ToArray();
                }
            }
        }
        """;

    private static readonly Lazy<Type> ProbeType = new(() =>
        GeneratorRun.Run(target: TargetProfile.NetStandard20CSharp73, userCode: Probe, optimization: OptimizationLevel.Release).Load()
            .GetType("Consumer.Probe", throwOnError: true)!);

    /// <summary><c>SmtpBounceReader.AddressSearchesAlone</c> of that engine.</summary>
    public static int AddressSearchesAlone => (int)Method("AddressSearchesAlone").Invoke(null, null)!;

    /// <summary>
    /// What <c>SmtpFirstOccurrences.Find</c> answers for each value (-2 where it leaves one to a search of its own), and
    /// how many characters it read.
    /// </summary>
    public static (int[] Indexes, int CharactersRead) FirstOccurrences(string text, int start, int end, string[] values, bool buffer)
    {
        var answers = (int[])Method("FirstOccurrences").Invoke(null, [text, start, end, values, buffer])!;
        return (answers.Take(values.Length).ToArray(), answers[values.Length]);
    }

    /// <summary>Each recipient's final address and reason, "address Reason", as that engine reads the message.</summary>
    public static string[] Read(string message, bool fromBytes) => (string[])Method("Read").Invoke(null, [message, fromBytes])!;

    private static MethodInfo Method(string name) => ProbeType.Value.GetMethod(name)!;
}
