using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using SmtpCodes.MailKitPostfix;
using Xunit;

namespace SmtpCodes.Package.Tests;

/// <summary>
/// The MailKit sample against a real Postfix on 127.0.0.1 at a free port, configured in a temporary folder to reject
/// recipients with its real replies: each MailKit exception is diagnosed by the generated code, and Postfix is
/// stopped and its folder removed afterwards. Skips, saying why, only where Postfix is missing or cannot be started.
/// </summary>
public sealed class PostfixEndToEndTests
{
    [SkippableFact]
    public async Task MailKit_rejections_from_a_real_Postfix_are_diagnosed_by_the_generated_code()
    {
        string? unavailable = PostfixInstance.WhyUnavailable();
        Skip.If(unavailable is not null, unavailable);

        var outcomes = new Dictionary<string, DeliveryOutcome>();
        string directory;
        int port;
        string log;
        using (PostfixInstance postfix = PostfixInstance.Start())
        {
            (directory, port) = (postfix.Directory, postfix.Port);
            foreach ((string name, System.Func<MimeKit.MimeMessage> createMessage) in Scenarios.All)
            {
                outcomes[name] = await MailSender.SendAsync(name, postfix.Host, postfix.Port, createMessage(), CancellationToken.None);
            }

            log = postfix.Log;
        }

        Assert.True(outcomes[Scenarios.Accepted].Accepted, outcomes[Scenarios.Accepted].Reply + "\n" + log);
        AssertDiagnosis(outcomes[Scenarios.UnknownUser], SmtpReplyCode.MailboxUnavailable, SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress,
            SmtpReplyClass.Permanent, SmtpBounceReason.UserUnknown, SmtpRecommendedAction.RemoveAddress, hardBounce: true, log);
        AssertDiagnosis(outcomes[Scenarios.TooManyRecipients], SmtpReplyCode.InsufficientStorage, SmtpEnhancedStatusCode.Transient.TooManyRecipients,
            SmtpReplyClass.Transient, SmtpBounceReason.RateLimited, SmtpRecommendedAction.ReduceRecipients, hardBounce: false, log);
        AssertDiagnosis(outcomes[Scenarios.RelayDenied], SmtpReplyCode.TransactionFailed, SmtpEnhancedStatusCode.Permanent.DeliveryNotAuthorized,
            SmtpReplyClass.Permanent, SmtpBounceReason.NoRelaying, SmtpRecommendedAction.FixConfiguration, hardBounce: false, log);
        AssertDiagnosis(outcomes[Scenarios.MessageTooLarge], SmtpReplyCode.ExceededStorageAllocation, SmtpEnhancedStatusCode.Permanent.MessageTooBigForSystem,
            SmtpReplyClass.Permanent, SmtpBounceReason.EmailTooLarge, SmtpRecommendedAction.ReduceSize, hardBounce: false, log);
        AssertDiagnosis(outcomes[Scenarios.Greylisted], SmtpReplyCode.MailboxTemporarilyUnavailable, SmtpEnhancedStatusCode.Transient.OtherOrUndefinedMailboxStatus,
            SmtpReplyClass.Transient, SmtpBounceReason.Greylisted, SmtpRecommendedAction.RetryLater, hardBounce: false, log);

        // Cleaned up: nothing listens on the port any more, and the folder is gone.
        Assert.False(System.IO.Directory.Exists(directory), directory);
        var probe = new TcpClient();
        Assert.Throws<SocketException>(() => probe.Connect(IPAddress.Loopback, port));
        probe.Dispose();
    }

    private static void AssertDiagnosis(
        DeliveryOutcome outcome,
        SmtpReplyCode basicCode,
        SmtpEnhancedStatusCode enhancedCode,
        SmtpReplyClass replyClass,
        SmtpBounceReason reason,
        SmtpRecommendedAction action,
        bool hardBounce,
        string log)
    {
        SmtpDiagnosis diagnosis = Assert.IsType<SmtpDiagnosis>(outcome.Diagnosis, exactMatch: true);
        string context = $"{outcome.Scenario}: {outcome.Reply}\n{diagnosis}\n{log}";
        Assert.True(
            (basicCode, enhancedCode, replyClass, reason, action, hardBounce)
                == (diagnosis.BasicCode, diagnosis.EnhancedCode, diagnosis.Class, diagnosis.Reason, diagnosis.Action, diagnosis.IsHardBounce),
            context);
    }
}
