using System;
using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Seeded mutations of the corpus's real messages (cuts, repeats, inserted bytes and boundaries, flipped bytes): the
/// reader never throws and stays within its bounds. Every case is replayable: a failure names its seed; set
/// SMTPCODES_FUZZ_SEED to run that one alone, SMTPCODES_FUZZ_ITERATIONS to run more than the default.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Insertions =
    {
        "\r\n", "\n\n", "--", "\n--b\n", "=?utf-8?B?", "?=", "=\n", "=ZZ", "<", ">", "@", "Content-Type: multipart/mixed; boundary=b\n",
        "Content-Transfer-Encoding: base64\n", "Content-Type: message/rfc822\n\n", "Final-Recipient: rfc822; x@y.example\n", "\0", "\u00FF",
        "{", "}", "[", "]", "\"", "\\", "\\u12", ":", ",", "{\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":[",
    };

    [Fact]
    public void Mutated_real_messages_are_read_without_an_exception()
    {
        var messages = BounceCorpus.All.Select(message => message.ReadBytes()).ToArray();
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("SMTPCODES_FUZZ_ITERATIONS"), out int n) ? n : 1500;
        int[] seeds = int.TryParse(Environment.GetEnvironmentVariable("SMTPCODES_FUZZ_SEED"), out int only) ? new[] { only } : Enumerable.Range(1, iterations).ToArray();
        foreach (int seed in seeds)
        {
            byte[] mutated = Mutate(messages, seed);
            try
            {
                SmtpBounce bounce = SmtpBounce.Read(mutated);
                Assert.True(bounce.Recipients.Count <= 1000, $"seed {seed}: {bounce.Recipients.Count} recipients");
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {seed} (SMTPCODES_FUZZ_SEED={seed} replays it): {exception}");
            }
        }
    }

    /// <summary>One to eight mutations of one corpus message, all drawn from <paramref name="seed"/>.</summary>
    public static byte[] Mutate(byte[][] messages, int seed)
    {
        var random = new Random(seed);
        var bytes = messages[random.Next(messages.Length)].ToList();
        int mutations = random.Next(1, 9);
        for (int i = 0; i < mutations && bytes.Count > 0; i++)
        {
            int at = random.Next(bytes.Count);
            int length = Math.Min(bytes.Count - at, random.Next(1, 400));
            switch (random.Next(5))
            {
                case 0:
                    bytes.RemoveRange(at, length);
                    break;
                case 1:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 2:
                    bytes.InsertRange(at, Insertions[random.Next(Insertions.Length)].Select(c => (byte)c));
                    break;
                case 3:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }
}
