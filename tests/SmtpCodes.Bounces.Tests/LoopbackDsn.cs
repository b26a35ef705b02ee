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
}
