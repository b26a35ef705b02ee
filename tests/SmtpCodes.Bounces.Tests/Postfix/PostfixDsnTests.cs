using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SmtpCodes.MailKitPostfix;
using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests.Postfix;

/// <summary>
/// A real Postfix on 127.0.0.1 bounces five messages (unknown user, full mailbox, oversized message, relay denied,
/// unreachable host) and its DSNs are read by <see cref="SmtpBounce"/>. The DSNs are made afresh on every run; with
/// SMTPCODES_ACCEPT_DSNS=1 they are also written to Corpus/postfix-loopback (kept as corpus input). Skips, saying why,
/// only where Postfix is missing or cannot be started (as the MailKit end-to-end test does).
/// </summary>
public sealed class PostfixDsnTests
{
    private static readonly TimeSpan CollectTimeout = TimeSpan.FromSeconds(90);

    private readonly ITestOutputHelper output;

    public PostfixDsnTests(ITestOutputHelper output) => this.output = output;

    // The reason and the hard bounce are the reader's answer on the recipient's evidence. The full mailbox's DSN says
    // "Status: 5.2.2" with "Diagnostic-Code: x-unix; input/output error": the specific Status beats the generic phrase.
    // The unknown user's "X-Postfix; unknown user" has no reply code: its Status 5.1.1 gives the class (permanent).
    public static readonly (string Name, string Recipient, string Status, SmtpBounceReason Reason, bool Hard)[] Scenarios =
    {
        ("unknown-user", DsnPostfixConfiguration.UnknownUser, "5.1.1", SmtpBounceReason.UserUnknown, true),
        ("full-mailbox", DsnPostfixConfiguration.FullMailbox, "5.2.2", SmtpBounceReason.MailboxFull, false),
        ("too-large", DsnPostfixConfiguration.TooLarge, "5.3.4", SmtpBounceReason.EmailTooLarge, false),
        ("relay-denied", DsnPostfixConfiguration.RelayDenied, "5.7.1", SmtpBounceReason.NoRelaying, false),
        ("unreachable", DsnPostfixConfiguration.Unreachable, "4.4.1", SmtpBounceReason.NetworkError, false),
    };

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Postfix_DSNs_are_read_with_one_diagnosed_recipient_each()
    {
        string? unavailable = PostfixInstance.WhyUnavailable();
        Skip.If(unavailable is not null, unavailable);
        Skip.IfNot(OperatingSystem.IsLinux(), "Postfix runs on Linux only.");

        Dictionary<string, byte[]> dsns = await CollectDsnsAsync();
        WriteToCorpusWhenAsked(dsns);
        foreach (var scenario in Scenarios)
        {
            var recipient = LoopbackDsn.AssertOneFailedRecipient(output, dsns[scenario.Name], scenario.Name, "mx.example.test", scenario.Recipient, scenario.Status, scenario.Reason);
            Assert.Equal(scenario.Hard, recipient.IsHardBounce);
        }
    }

    /// <summary>Sends one message per scenario and waits for Postfix's DSNs, keyed by the scenario named in their subject.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static async Task<Dictionary<string, byte[]>> CollectDsnsAsync()
    {
        int remotePort = PostfixInstance.FreePort();
        int closedPort = PostfixInstance.FreePort();
        string log;
        var dsns = new Dictionary<string, byte[]>();
        using (PostfixInstance postfix = PostfixInstance.Start(
            directory => DsnPostfixConfiguration.MainCf(directory, remotePort, closedPort),
            (host, port) => DsnPostfixConfiguration.MasterCf(host, port, remotePort),
            DsnPostfixConfiguration.Prepare))
        {
            using (var client = new SmtpClient())
            {
                await client.ConnectAsync(postfix.Host, postfix.Port, SecureSocketOptions.None);
                foreach (var scenario in Scenarios)
                {
                    await client.SendAsync(Message(scenario.Name, scenario.Recipient));
                }

                await client.DisconnectAsync(quit: true);
            }

            string folder = DsnPostfixConfiguration.CollectorFolder(postfix.Directory);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (dsns.Count < Scenarios.Length && clock.Elapsed < CollectTimeout)
            {
                Thread.Sleep(500);
                foreach (string file in Directory.Exists(folder) ? Directory.GetFiles(folder) : Array.Empty<string>())
                {
                    byte[] bytes = File.ReadAllBytes(file);
                    string? subject = SmtpBounce.Read(bytes).OriginalSubject;
                    if (subject is not null)
                    {
                        dsns[subject] = bytes;
                    }
                }
            }

            log = postfix.Log;
        }

        Assert.True(dsns.Count == Scenarios.Length, $"Postfix sent {dsns.Count} of {Scenarios.Length} DSNs ({string.Join(", ", dsns.Keys)}).\n{log}");
        return dsns;
    }

    private static MimeMessage Message(string scenario, string recipient)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(DsnPostfixConfiguration.Sender));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = scenario;
        message.MessageId = scenario + "@dsn.test";
        message.Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string text = scenario == "too-large" ? string.Concat(Enumerable.Repeat(new string('y', 70) + "\n", 80)) : "A test message.\n";
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private static void WriteToCorpusWhenAsked(Dictionary<string, byte[]> dsns)
    {
        if (Environment.GetEnvironmentVariable("SMTPCODES_ACCEPT_DSNS") != "1")
        {
            return;
        }

        string folder = Path.Combine(RepositoryPaths.TestProject("SmtpCodes.Bounces.Tests"), "Corpus", "postfix-loopback");
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in dsns)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".eml"), bytes);
        }
    }
}
