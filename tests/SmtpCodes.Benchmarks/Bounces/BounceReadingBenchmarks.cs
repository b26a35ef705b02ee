using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks.Bounces;

/// <summary>
/// Reading the real messages of the bounce corpus (tests/SmtpCodes.Bounces.Tests/Corpus; one operation = every
/// message once, so messages per second = the count printed at setup / the mean): SmtpBounce.Read, which parses the MIME, reads the bounce and diagnoses every recipient, against
/// MimeKit's MimeMessage.Load of the same bytes alone (parsing only, no bounce reading), the baseline.
/// </summary>
[MemoryDiagnoser]
public class BounceReadingBenchmarks
{
    private byte[][] messages = [];

    [GlobalSetup]
    public void Setup()
    {
        string corpus = RepositoryPaths.Combine("tests", "SmtpCodes.Bounces.Tests", "Corpus");
        var all = Directory.GetFiles(corpus, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

        // MimeKit refuses a message without a header (the crisp-oss fixtures are bodies only): both sides read only
        // the messages MimeKit can load, so that they read the same bytes.
        messages = all.Where(MimeKitLoads).ToArray();
        if (messages.Length < 150)
        {
            throw new InvalidOperationException($"MimeKit loads {messages.Length} of {all.Length} corpus messages; the benchmark needs at least 150.");
        }

        Console.WriteLine($"// {messages.Length} of {all.Length} corpus messages (those MimeKit loads), {messages.Sum(message => (long)message.Length)} bytes");
    }

    private static bool MimeKitLoads(byte[] message)
    {
        try
        {
            using var stream = new MemoryStream(message, writable: false);
            MimeKit.MimeMessage.Load(stream);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    [Benchmark(Baseline = true)]
    public int MimeKitLoad()
    {
        var sum = 0;
        foreach (var message in messages)
        {
            using var stream = new MemoryStream(message, writable: false);
            sum += MimeKit.MimeMessage.Load(stream).Headers.Count;
        }

        return sum;
    }

    [Benchmark]
    public int SmtpBounceRead()
    {
        var sum = 0;
        foreach (var message in messages)
        {
            sum += SmtpBounce.Read(message).Recipients.Count;
        }

        return sum;
    }
}
