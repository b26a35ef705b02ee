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
    private const string DefaultExim = "/opt/smtpcodes-exim/usr/sbin/exim4";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

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
        string? unavailable = WhyUnavailable(out string exim);
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

    /// <summary>Null when Exim can run here; else why not. <paramref name="exim"/> is its path (SMTPCODES_EXIM overrides the default).</summary>
    private static string? WhyUnavailable(out string exim)
    {
        exim = Environment.GetEnvironmentVariable("SMTPCODES_EXIM") is { Length: > 0 } path ? path : DefaultExim;
        if (!OperatingSystem.IsLinux())
        {
            return "Exim runs on Linux only.";
        }

        if (!File.Exists(exim))
        {
            return $"Exim is not at {exim} (.ci/install-tools unpacks Debian's exim4-daemon-light there; SMTPCODES_EXIM names another).";
        }

        if (Environment.UserName != "root")
        {
            return "Exim's own configuration file (-C) keeps its privileges only for root, and this is not root.";
        }

        var (exitCode, text) = Run(exim, ["-bV", "-C", "/dev/null"], stdin: null);
        return exitCode == 0 ? null : $"'{exim} -bV' failed ({exitCode}): {text.Trim()}";
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static Dictionary<string, byte[]> CollectDsns(string exim)
    {
        string folder = Path.Combine(Path.GetTempPath(), "smtpcodes-exim-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        int relayPort = PostfixInstance.FreePort();
        int closedPort = PostfixInstance.FreePort();
        try
        {
            foreach (string name in new[] { "spool", "log", "collector", "full", "big", "relay-spool", "relay-log" })
            {
                // Exim delivers as its own user (Debian-exim), never as root: the folders are open to it.
                Directory.CreateDirectory(Path.Combine(folder, name));
                File.SetUnixFileMode(Path.Combine(folder, name), (UnixFileMode)0b111_111_111);
            }

            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            string reporting = Path.Combine(folder, "exim.conf");
            string relay = Path.Combine(folder, "relay.conf");
            File.WriteAllText(reporting, EximConfiguration.Reporting(exim, folder, relayPort, closedPort));
            File.WriteAllText(relay, EximConfiguration.RelayRefusing(exim, folder, relayPort));

            using Process relayServer = Start(exim, ["-C", relay, "-bdf", "-oX", relayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            try
            {
                WaitForPort(relayPort);
                foreach (var scenario in Scenarios)
                {
                    var (exitCode, text) = Run(exim, ["-C", reporting, "-odi", "-oi", "-f", EximConfiguration.Sender, scenario.Recipient], Message(scenario.Name, scenario.Recipient));
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

    private static Process Start(string exim, string[] arguments)
    {
        var start = new ProcessStartInfo(exim) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("exim did not start");
    }

    private static (int ExitCode, string Output) Run(string exim, string[] arguments, string? stdin)
    {
        var start = new ProcessStartInfo(exim) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("exim did not start");
        process.StandardInput.Write(stdin ?? string.Empty);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        string text = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after " + CommandTimeout);
        }

        return (process.ExitCode, text + error.Result);
    }

    private static void WaitForPort(int port)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < CommandTimeout)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                client.Connect(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                System.Threading.Thread.Sleep(200);
            }
        }

        throw new TimeoutException($"the relay-refusing Exim did not listen on 127.0.0.1:{port}");
    }

    private static void WriteSamplesWhenAsked(Dictionary<string, byte[]> dsns)
    {
        if (Environment.GetEnvironmentVariable("SMTPCODES_ACCEPT_DSNS") != "1")
        {
            return;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmtpCodes.Generators.sln")))
        {
            directory = directory.Parent;
        }

        string folder = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("no repository above " + AppContext.BaseDirectory), "tests", "SmtpCodes.Bounces.Tests", "Exim", "Samples");
        foreach (var (name, bytes) in dsns)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".eml"), bytes);
        }
    }
}
