using System;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// What every DSN that a real MTA makes on loopback must read as (Postfix/ and Exim/): a delivery status report from
/// the test's reporting MTA about the test's own message, with one failed recipient, its status and, where the MTA's
/// text states it, its reason.
/// </summary>
internal static class LoopbackDsn
{
    public static SmtpBounceRecipient AssertOneFailedRecipient(ITestOutputHelper output, byte[] dsn, string scenario, string reportingMta, string recipientAddress, string status, SmtpBounceReason? reason)
    {
        SmtpBounce bounce = SmtpBounce.Read(dsn);
        output.WriteLine($"{scenario}: {bounce} {string.Join("; ", bounce.Recipients.Select(r => r + " | " + r.Evidence))}");
        Assert.Equal(SmtpBounceMessageKind.DeliveryStatus, bounce.Kind);
        Assert.Equal(reportingMta, bounce.ReportingMta);
        Assert.Equal($"<{scenario}@dsn.test>", bounce.OriginalMessageId);
        Assert.Equal(scenario, bounce.OriginalSubject);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal(recipientAddress, recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
        Assert.Equal(status, recipient.Status?.ToString());
        if (reason is { } expected)
        {
            Assert.Equal(expected, recipient.Diagnosis.Reason);
        }

        return recipient;
    }

    /// <summary>
    /// A delay warning: a delivery status report about the test's message with one delayed recipient, of class
    /// transient and never a hard bounce (a sender that removed the address on a warning would lose a subscriber whose
    /// mail was about to arrive).
    /// </summary>
    public static SmtpBounceRecipient AssertOneDelayedRecipient(ITestOutputHelper output, byte[] warning, string scenario, string reportingMta, string recipientAddress)
    {
        SmtpBounce bounce = SmtpBounce.Read(warning);
        output.WriteLine($"{scenario}: {bounce}");
        Assert.Equal(SmtpBounceMessageKind.DeliveryStatus, bounce.Kind);
        Assert.Equal(reportingMta, bounce.ReportingMta);
        Assert.Equal($"<{scenario}@dsn.test>", bounce.OriginalMessageId);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal(recipientAddress, recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Delayed, recipient.Action);
        Assert.Equal(SmtpReplyClass.Transient, recipient.Diagnosis.Class);
        Assert.False(recipient.IsHardBounce);
        return recipient;
    }

    /// <summary>With SMTPCODES_ACCEPT_DSNS=1, writes a DSN a real MTA made into this project's <paramref name="folder"/>, where it is reviewed and committed.</summary>
    public static void WriteSampleWhenAsked(string folder, string scenario, byte[] dsn)
    {
        if (Environment.GetEnvironmentVariable("SMTPCODES_ACCEPT_DSNS") == "1")
        {
            File.WriteAllBytes(Path.Combine(RepositoryPaths.TestProject("SmtpCodes.Bounces.Tests"), folder, scenario + ".eml"), dsn);
        }
    }
}
