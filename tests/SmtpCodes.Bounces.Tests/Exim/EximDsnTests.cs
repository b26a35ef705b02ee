using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SmtpCodes.MailKitPostfix;
using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests.Exim;

/// <summary>
/// A real Exim (Debian's exim4-daemon-light, unpacked beside Postfix by .ci/install-tools: both packages are the
/// system's mail-transport-agent, so it is not installed as one) bounces five messages on 127.0.0.1 (unknown user,
/// full mailbox, oversized message, relay denied by a second Exim, unreachable host), and its DSNs are read by
/// <see cref="SmtpBounce"/>. They are made afresh on every run; SMTPCODES_ACCEPT_DSNS=1 also writes them to
/// Exim/Samples, which a second test reads on every machine. Skips, saying why, where Exim is missing.
/// </summary>
public sealed class EximDsnTests
{
    private readonly ITestOutputHelper output;

    public EximDsnTests(ITestOutputHelper output) => this.output = output;

    // Exim writes "Status: 5.0.0" for every local failure and a Diagnostic-Code only for a remote server's reply, so
    // the reason comes from the indented line under the address in its text. Asserted wherever that line says it:
    // "Unrouteable address" (Exim's words for an unknown local user and an unknown domain alike: HostUnknown), "mailbox
    // is full: retry timeout exceeded" (the last deferral's reason before retry.c's suffix: MailboxFull, not Expired),
    // "retry timeout exceeded" alone after a refused connection (Expired) and the relay's "550 relay not permitted".
    // Not asserted: the oversized message, whose bounce names no reason at all.
    public static readonly (string Name, string Recipient, SmtpBounceReason? Reason)[] Scenarios =
    {
        ("unknown-user", EximConfiguration.UnknownUser, SmtpBounceReason.HostUnknown),
        ("full-mailbox", EximConfiguration.FullMailbox, SmtpBounceReason.MailboxFull),
        ("too-large", EximConfiguration.TooLarge, null),
        ("relay-denied", EximConfiguration.RelayDenied, SmtpBounceReason.NoRelaying),
        ("unreachable", EximConfiguration.Unreachable, SmtpBounceReason.Expired),
    };

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Exim_DSNs_are_read_with_one_diagnosed_recipient_each()
    {
        string? unavailable = EximProcess.WhyUnavailable(out string exim);
        Skip.If(unavailable is not null, unavailable);

        Dictionary<string, byte[]> dsns = CollectDsns(exim);
        WriteSamplesWhenAsked(dsns);
        AssertDsns(dsns);
    }

    [Fact]
    public void The_committed_Exim_DSNs_are_read_with_one_diagnosed_recipient_each()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Exim", "Samples");

        AssertDsns(Scenarios.ToDictionary(scenario => scenario.Name, scenario => File.ReadAllBytes(Path.Combine(folder, scenario.Name + ".eml"))));
    }

    private void AssertDsns(Dictionary<string, byte[]> dsns)
    {
        foreach (var scenario in Scenarios)
        {
            LoopbackDsn.AssertOneFailedRecipient(output, dsns[scenario.Name], scenario.Name, "mx.exim.test", scenario.Recipient, "5.0.0", scenario.Reason);
            Assert.Equal(SmtpReplyClass.Permanent, SmtpBounce.Read(dsns[scenario.Name]).Recipients[0].Diagnosis.Class);
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static Dictionary<string, byte[]> CollectDsns(string exim)
    {
        string folder = EximProcess.CreateFolder("spool", "log", "collector", "full", "big", "relay-spool", "relay-log");
        int relayPort = PostfixInstance.FreePort();
        int closedPort = PostfixInstance.FreePort();
        try
        {
            string reporting = Path.Combine(folder, "exim.conf");
            string relay = Path.Combine(folder, "relay.conf");
            File.WriteAllText(reporting, EximConfiguration.Reporting(exim, folder, relayPort, closedPort));
            File.WriteAllText(relay, EximConfiguration.RelayRefusing(exim, folder, relayPort));

            using Process relayServer = EximProcess.Start(exim, ["-C", relay, "-bdf", "-oX", relayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            try
            {
                EximProcess.WaitForPort(relayPort);
                foreach (var scenario in Scenarios)
                {
                    var (exitCode, text) = EximProcess.Run(exim, ["-C", reporting, "-odi", "-oi", "-f", EximConfiguration.Sender, scenario.Recipient], Message(scenario.Name, scenario.Recipient));
                    Assert.True(exitCode == 0, $"exim for {scenario.Name} exited {exitCode}: {text}");
                }
            }
            finally
            {
                relayServer.Kill(entireProcessTree: true);
                relayServer.WaitForExit();
            }

            var dsns = new Dictionary<string, byte[]>();
            foreach (string file in Directory.GetFiles(Path.Combine(folder, "collector", "new")))
            {
                byte[] bytes = File.ReadAllBytes(file);
                if (SmtpBounce.Read(bytes).OriginalSubject is { } subject)
                {
                    dsns[subject] = bytes;
                }
            }

            string log = File.Exists(Path.Combine(folder, "log", "mainlog")) ? File.ReadAllText(Path.Combine(folder, "log", "mainlog")) : "(no log)";
            Assert.True(dsns.Count == Scenarios.Length, $"Exim sent {dsns.Count} of {Scenarios.Length} DSNs ({string.Join(", ", dsns.Keys)}).\n{log}");
            return dsns;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Message(string scenario, string recipient)
    {
        string body = scenario is "too-large" or "full-mailbox"
            ? string.Concat(Enumerable.Repeat(new string('y', 70) + "\n", 40))
            : "A test message.\n";
        return $"From: {EximConfiguration.Sender}\nTo: {recipient}\nSubject: {scenario}\nMessage-ID: <{scenario}@dsn.test>\nDate: Thu, 01 Jan 2026 00:00:00 +0000\n\n{body}";
    }

    private static void WriteSamplesWhenAsked(Dictionary<string, byte[]> dsns)
    {
        if (Environment.GetEnvironmentVariable("SMTPCODES_ACCEPT_DSNS") != "1")
        {
            return;
        }

        string folder = Path.Combine(RepositoryPaths.TestProject("SmtpCodes.Bounces.Tests"), "Exim", "Samples");
        foreach (var (name, bytes) in dsns)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".eml"), bytes);
        }
    }
}
