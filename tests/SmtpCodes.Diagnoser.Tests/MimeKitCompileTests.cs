using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The MimeKit extension (src/SmtpCodes.Runtime/Engine/MimeKitBounceExtensions.cs) as consumers get it: emitted where
/// MimeKit is referenced, compiled warning-free for C# 7.3 and the latest C#, and reading a bounce; absent elsewhere.
/// </summary>
public sealed class MimeKitCompileTests
{
    private const string Consumer = """
        namespace Consumer
        {
            using SmtpCodes;

            public static class MailboxTriage
            {
                public static int FailedRecipients(MimeKit.MimeMessage message)
                {
                    SmtpBounce bounce;
                    if (!message.TryReadBounce(out bounce))
                    {
                        return 0;
                    }

                    int failed = 0;
                    foreach (SmtpBounceRecipient recipient in message.ReadBounce().Recipients)
                    {
                        failed += recipient.Action == SmtpDeliveryAction.Failed && recipient.Diagnosis.Reason == SmtpBounceReason.UserUnknown ? 1 : 0;
                    }

                    return failed;
                }
            }
        }
        """;

    private const string UnknownUserDsn =
        "From: MAILER-DAEMON@mx.example.test\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n" +
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b1\n\n" +
        "--b1\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n" +
        "--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.test\n\n" +
        "Final-Recipient: rfc822; gone@example.test\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--b1--\n";

    public static TheoryData<LanguageVersion> LanguageVersions => new() { LanguageVersion.CSharp7_3, LanguageVersion.Latest };

    [Theory]
    [MemberData(nameof(LanguageVersions))]
    public void The_MimeKit_extension_compiles_warning_free_and_reads_a_bounce_where_MimeKit_is_referenced(LanguageVersion language)
    {
        // MimeKit's own assembly (as this test project restored it) beside net10.0's reference assemblies.
        var references = TargetProfile.Net100Latest.References
            .Append(MetadataReference.CreateFromFile(typeof(MimeKit.MimeMessage).Assembly.Location))
            .ToArray();
        var target = new TargetProfile("net10.0 with MimeKit, " + language, references, language);

        var generated = GeneratorRun.Run(target: target, userCode: Consumer);

        Assert.Empty(generated.Problems);
        Assert.NotNull(generated.Output.GetTypeByMetadataName("SmtpCodes.MimeKitBounceExtensions"));
        var triage = generated.Load().GetType("Consumer.MailboxTriage", throwOnError: true)!;
        var message = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(UnknownUserDsn)));
        Assert.Equal(1, triage.GetMethod("FailedRecipients")!.Invoke(null, [message]));
    }

    [Fact]
    public void Without_MimeKit_no_MimeKit_extension_is_generated()
    {
        var generated = GeneratorRun.Run(target: TargetProfile.Net100Latest, userCode: "namespace Consumer { }");

        Assert.Empty(generated.Problems);
        Assert.Null(generated.Output.GetTypeByMetadataName("SmtpCodes.MimeKitBounceExtensions"));
        Assert.NotNull(generated.Output.GetTypeByMetadataName("SmtpCodes.SmtpBounce"));
    }
}
