using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Taylor UUCP's uuxqt tells the sender of mail that rmail did not take in a notice of its own, no report and no reply
/// code: "Execution request failed:" (or "Execution requested was:" after the reason), then rmail's command line,
/// indented by a tab, whose arguments are the recipients the mail did not reach. Written in the shape Taylor UUCP 1.07
/// writes it on Debian (the corpus's loopback-uucp notices), with addresses of our own.
/// </summary>
public sealed class UucpExecutionNoticeTests
{
    // uuxqt indents each line under a heading by a tab.
    private const string Tab = "\t";

    private const string UucpExecutionNotice = $"""
        To: sender@example.org
        Subject: Execution failed

        Message from UUCP on gw Tue Dec  1 10:33:44 2026

        Execution request failed:
        {Tab}rmail alice@example.net bob@example.net
        Standard error output was:
        rmail: missing or empty From line: Received: from mail.example.org
        """;

    [Fact]
    public void Uucps_execution_notice_names_the_recipients_on_rmails_command_line()
    {
        SmtpBounce bounce = SmtpBounce.Read(UucpExecutionNotice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal(new[] { "alice@example.net", "bob@example.net" }, bounce.Recipients.Select(r => r.FinalRecipient));
        Assert.All(bounce.Recipients, recipient => Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action));
    }

    // The notice to the UUCP administrator names the requester under rmail's command line: the sender, not a recipient.
    private const string AdministratorNotice = $"""
        To: uucp
        Subject: UUCP execution files saved after failure

        Message from UUCP on gw Tue Dec  1 10:33:39 2026

        A UUCP execution request failed:
        {Tab}rmail alice@example.net
        The request was made by
        {Tab}sender@example.org
        The following files have been saved:
        {Tab}/var/spool/uucp/.Failed/example/X./X.exampleC0001
        """;

    [Fact]
    public void The_administrators_notice_names_the_requester_as_the_sender_not_a_recipient()
    {
        SmtpBounce bounce = SmtpBounce.Read(AdministratorNotice);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal(new[] { "alice@example.net" }, bounce.Recipients.Select(r => r.FinalRecipient));
    }
}
