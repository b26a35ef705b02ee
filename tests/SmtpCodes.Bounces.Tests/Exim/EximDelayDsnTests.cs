using System;
using System.IO;
using System.Threading;
using SmtpCodes.MailKitPostfix;
using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests.Exim;

/// <summary>
/// A real Exim on 127.0.0.1 cannot reach a recipient's host, keeps the message and warns the sender
/// (<see cref="EximConfiguration.Reporting"/>). The warning must read as a delay, never as a failure. Made afresh on
/// every run; SMTPCODES_ACCEPT_DSNS=1 also writes it to Exim/Samples, which a second test reads on every machine.
/// </summary>
public sealed class EximDelayDsnTests
{
    private const string Scenario = "delayed";
    private static readonly TimeSpan CollectTimeout = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper output;

    public EximDelayDsnTests(ITestOutputHelper output) => this.output = output;

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_Exim_delay_warning_is_read_as_a_delayed_recipient_and_a_soft_bounce()
    {
        string? unavailable = EximProcess.WhyUnavailable(out string exim);
        Skip.If(unavailable is not null, unavailable);

        byte[] warning = CollectWarning(exim);
        LoopbackDsn.WriteSampleWhenAsked(Path.Combine("Exim", "Samples"), Scenario, warning);

        LoopbackDsn.AssertOneDelayedRecipient(output, warning, Scenario, "mx.exim.test", EximConfiguration.Delayed);
    }

    [Fact]
    public void The_committed_Exim_delay_warning_is_read_as_a_delayed_recipient_and_a_soft_bounce()
    {
        LoopbackDsn.AssertOneDelayedRecipient(output, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Exim", "Samples", Scenario + ".eml")), Scenario, "mx.exim.test", EximConfiguration.Delayed);
    }

    /// <summary>Submits the message (its first attempt fails and is deferred), then runs the queue until the warning arrives.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static byte[] CollectWarning(string exim)
    {
        string folder = EximProcess.CreateFolder("spool", "log", "collector", "full", "big");
        try
        {
            string configuration = Path.Combine(folder, "exim.conf");
            File.WriteAllText(configuration, EximConfiguration.Reporting(exim, folder, PostfixInstance.FreePort(), PostfixInstance.FreePort()));
            string message = $"From: {EximConfiguration.Sender}\nTo: {EximConfiguration.Delayed}\nSubject: {Scenario}\nMessage-ID: <{Scenario}@dsn.test>\nDate: Thu, 01 Jan 2026 00:00:00 +0000\n\nA test message.\n";
            var (exitCode, text) = EximProcess.Run(exim, ["-C", configuration, "-odi", "-oi", "-f", EximConfiguration.Sender, EximConfiguration.Delayed], message);
            Assert.True(exitCode == 0, $"exim exited {exitCode}: {text}");

            string collector = Path.Combine(folder, "collector", "new");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < CollectTimeout)
            {
                Thread.Sleep(1500);
                // A forced queue run: the retry fails again, and the message is now older than delay_warning.
                EximProcess.Run(exim, ["-C", configuration, "-qff"], stdin: null);
                foreach (string file in Directory.Exists(collector) ? Directory.GetFiles(collector) : Array.Empty<string>())
                {
                    return File.ReadAllBytes(file);
                }
            }

            string log = File.Exists(Path.Combine(folder, "log", "mainlog")) ? File.ReadAllText(Path.Combine(folder, "log", "mainlog")) : "(no log)";
            throw new Xunit.Sdk.XunitException($"Exim sent no delay warning in {CollectTimeout.TotalSeconds} s.\n{log}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
