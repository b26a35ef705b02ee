using System;
using System.IO;
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
/// A real Postfix on 127.0.0.1 cannot reach a recipient's host and warns the sender that the message is delayed
/// (<see cref="DelayPostfixConfiguration"/>). The warning is read as a delay, never as a failure: a sender that removed
/// the address on a warning would lose a subscriber whose mail was about to arrive. The warning is made afresh on every
/// run; SMTPCODES_ACCEPT_DSNS=1 also writes it to Postfix/Samples, which a second test reads on every machine.
/// </summary>
public sealed class PostfixDelayDsnTests
{
    private const string Scenario = "delayed";
    private static readonly TimeSpan CollectTimeout = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper output;

    public PostfixDelayDsnTests(ITestOutputHelper output) => this.output = output;

    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Postfix", "Samples", Scenario + ".eml");

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_Postfix_delay_warning_is_read_as_a_delayed_recipient_and_a_soft_bounce()
    {
        string? unavailable = PostfixInstance.WhyUnavailable();
        Skip.If(unavailable is not null, unavailable);
        Skip.IfNot(OperatingSystem.IsLinux(), "Postfix runs on Linux only.");

        byte[] warning = await CollectWarningAsync();
        LoopbackDsn.WriteSampleWhenAsked(Path.Combine("Postfix", "Samples"), Scenario, warning);

        AssertDelayed(warning);
    }

    [Fact]
    public void The_committed_Postfix_delay_warning_is_read_as_a_delayed_recipient_and_a_soft_bounce()
    {
        AssertDelayed(File.ReadAllBytes(SamplePath));
    }

    private void AssertDelayed(byte[] warning)
    {
        SmtpBounceRecipient recipient = LoopbackDsn.AssertOneDelayedRecipient(output, warning, Scenario, "mx.example.test", DelayPostfixConfiguration.Delayed);

        // Postfix says why: the refused connection's 4.4.1 and its "connect to ...: Connection refused".
        Assert.Equal("4.4.1", recipient.Status?.ToString());
        Assert.Equal(SmtpBounceReason.NetworkError, recipient.Diagnosis.Reason);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static async Task<byte[]> CollectWarningAsync()
    {
        int closedPort = PostfixInstance.FreePort();
        using PostfixInstance postfix = PostfixInstance.Start(
            directory => DelayPostfixConfiguration.MainCf(directory, closedPort),
            (host, port) => DsnPostfixConfiguration.MasterCf(host, port, PostfixInstance.FreePort()),
            DsnPostfixConfiguration.Prepare);
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(postfix.Host, postfix.Port, SecureSocketOptions.None);
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(DsnPostfixConfiguration.Sender));
            message.To.Add(MailboxAddress.Parse(DelayPostfixConfiguration.Delayed));
            message.Subject = Scenario;
            message.MessageId = Scenario + "@dsn.test";
            message.Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            message.Body = new TextPart("plain") { Text = "A test message.\n" };
            await client.SendAsync(message);
            await client.DisconnectAsync(quit: true);
        }

        string folder = DsnPostfixConfiguration.CollectorFolder(postfix.Directory);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < CollectTimeout)
        {
            Thread.Sleep(500);
            foreach (string file in Directory.Exists(folder) ? Directory.GetFiles(folder) : Array.Empty<string>())
            {
                return File.ReadAllBytes(file);
            }
        }

        throw new Xunit.Sdk.XunitException($"Postfix sent no delay warning in {CollectTimeout.TotalSeconds} s.\n{postfix.Log}");
    }
}
