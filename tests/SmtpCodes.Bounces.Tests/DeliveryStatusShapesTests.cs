using System.Linq;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Shapes of real reports that MTAs' own behaviour documents: Sendmail's alias expansion (RFC 3464 2.3.2, one group per
/// expansion), a report forwarded as an attachment, an address set off by quotes in a sentence, and a report whose
/// Status is more specific than its diagnostic text (Postfix's local(8), virtual(8) and pipe(8) write x-unix and
/// X-Postfix diagnostics without a reply code).
/// </summary>
public sealed class DeliveryStatusShapesTests
{
    private static string Report(string groups, string text = "The following addresses had permanent fatal errors.") => $"""
        From: MAILER-DAEMON@mx.example.net
        Subject: Returned mail: see transcript for details
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        {text}

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.net

        {groups}
        --b--
        """;

    private static SmtpBounceRecipient OnlyRecipientOf(string groups) => Assert.Single(SmtpBounce.Read(Report(groups)).Recipients);

    [Fact]
    public void A_final_recipient_repeated_by_alias_expansion_is_one_recipient()
    {
        const string ExpansionGroup = """
            Final-Recipient: RFC822; <list@example.org>
            Action: failed
            Status: 5.1.1

            """;
        Assert.Equal("list@example.org", OnlyRecipientOf(ExpansionGroup + ExpansionGroup + ExpansionGroup).FinalRecipient);
    }

    [Fact]
    public void Groups_with_one_final_recipient_and_different_original_recipients_stay_apart()
    {
        const string AliasGroups = """
            Original-Recipient: rfc822; alias-one@example.org
            Final-Recipient: rfc822; mailbox@example.org
            Action: failed
            Status: 5.2.2

            Original-Recipient: rfc822; alias-two@example.org
            Final-Recipient: rfc822; mailbox@example.org
            Action: failed
            Status: 5.2.2

            """;
        var originals = SmtpBounce.Read(Report(AliasGroups)).Recipients.Select(r => r.OriginalRecipient);
        Assert.Equal(new[] { "alias-one@example.org", "alias-two@example.org" }, originals);
    }

    [Fact]
    public void A_report_forwarded_as_an_attachment_is_read_as_the_report()
    {
        string inner = Report("""
            Final-Recipient: rfc822; gone@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 User unknown

            """);
        string forwarded = $"""
            From: virus-scanner@gateway.example.net
            Subject: Fwd: Returned mail
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: text/plain

            The scanner found nothing in the attached message.

            --outer
            Content-Type: message/rfc822

            {inner}
            --outer--
            """;
        var bounce = SmtpBounce.Read(forwarded);
        Assert.Equal(SmtpBounceMessageKind.DeliveryStatus, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal(("gone@example.org", true), (recipient.FinalRecipient, recipient.IsHardBounce));
    }

    [Fact]
    public void Ordinary_mail_with_an_attached_message_stays_ordinary_mail()
    {
        const string Mail = """
            From: alice@example.org
            Subject: Fwd: lunch
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: text/plain

            See below.

            --outer
            Content-Type: message/rfc822

            From: bob@example.org
            Subject: lunch

            Noon?
            --outer--
            """;
        var bounce = SmtpBounce.Read(Mail);
        Assert.Equal(SmtpBounceMessageKind.NotBounce, bounce.Kind);
        Assert.Empty(bounce.Recipients);
    }

    [Theory]
    [InlineData("The following message, addressed to 'someone@example.org', failed because it was not collected.")]
    [InlineData("The address to which your message was addressed, someone@example.org, did not match a mailbox.")]
    public void An_address_set_off_in_a_sentence_about_delivery_is_the_recipient(string sentence)
    {
        string bounce = $"""
            From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
            Subject: Mail delivery failed

            {sentence}

            ------ This is a copy of the message, including all the headers. ------
            To: someone@example.org, other@example.org
            """;
        Assert.Equal(new[] { "someone@example.org" }, SmtpBounce.Read(bounce).Recipients.Select(r => r.FinalRecipient));
    }

    // Postfix's virtual(8) on a mailbox over its size limit (EFBIG): 5.2.2 and "x-unix; input/output error": the
    // specific Status decides. Gmail's "No such user" under Sendmail's 5.7.1: the words say more than the code.
    [Theory]
    [InlineData("5.2.2", "x-unix; input/output error", SmtpBounceReason.MailboxFull, false)]
    [InlineData("5.7.1", "smtp; 550 5.7.1 No such user", SmtpBounceReason.UserUnknown, true)]
    public void The_reason_comes_from_the_status_or_the_text_whichever_says_more(string status, string diagnostic, SmtpBounceReason reason, bool hard)
    {
        var recipient = OnlyRecipientOf(Group(status, diagnostic));
        Assert.Equal((reason, hard), (recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }

    [Theory]
    [InlineData("x-unix; unknown user: \"nosuchuser\"")]
    [InlineData("X-Postfix; unknown user: \"nosuchuser\"")]
    public void A_status_of_an_unknown_mailbox_with_a_diagnostic_without_reply_code_is_a_permanent_hard_bounce(string diagnostic)
    {
        var recipient = OnlyRecipientOf(Group("5.1.1", diagnostic));
        Assert.Equal((SmtpReplyClass.Permanent, SmtpBounceReason.UserUnknown, true), (recipient.Diagnosis.Class, recipient.Diagnosis.Reason, recipient.IsHardBounce));
    }

    // sisimai set-of-emails/email-sendmail-18.eml (development): Sendmail's "unknown mailer error 255" reaches the DSN as
    // "X-Unix; 255" under 5.0.0. RFC 3464's x-unix type is a local program's output, so a local mailer failed where the
    // words name no other cause; where they do (a full mailbox), they decide.
    [Theory]
    [InlineData("5.0.0", "X-Unix; 255", SmtpBounceReason.MailerError)]
    [InlineData("5.0.0", "smtp; 255", SmtpBounceReason.Undefined)]
    [InlineData("5.0.0", "X-Unix; mailbox is full", SmtpBounceReason.MailboxFull)]
    public void An_x_unix_diagnostic_that_names_no_cause_is_a_mailer_error(string status, string diagnostic, SmtpBounceReason reason)
    {
        var recipient = OnlyRecipientOf(Group(status, diagnostic));
        Assert.Equal((SmtpReplyClass.Permanent, reason), (recipient.Diagnosis.Class, recipient.Diagnosis.Reason));
    }

    // sisimai set-of-emails/email-sendmail-13.eml and -18.eml (development): Sendmail's DSN keeps a local mailer's exit
    // status alone; the reply Sendmail gave for it is its sysexits.c SysExMsg line (77, EX_NOPERM: "550 5.0.0 Insufficient
    // permission") or deliver.c's "554 5.3.0 unknown mailer error N". Its code is the basic code; the reason stays the
    // report's. A text that is more than a status, another diagnostic type, or a class the Status contradicts adds none.
    [Theory]
    [InlineData("5.3.0", "X-Unix; 77", 550, SmtpBounceReason.SystemError)]
    [InlineData("5.0.0", "X-Unix; 255", 554, SmtpBounceReason.MailerError)]
    [InlineData("5.1.1", "X-Unix; 67", 550, SmtpBounceReason.UserUnknown)]
    [InlineData("5.0.0", "X-Unix; 75", 0, SmtpBounceReason.MailerError)]
    [InlineData("5.0.0", "smtp; 77", 0, SmtpBounceReason.Undefined)]
    [InlineData("5.0.0", "X-Unix; 77 lines", 0, SmtpBounceReason.MailerError)]
    [InlineData("5.0.0", "X-Unix; 1234", 0, SmtpBounceReason.MailerError)]
    public void Sendmail_s_reply_code_for_a_local_mailer_s_exit_status_is_the_basic_code(string status, string diagnostic, int basic, SmtpBounceReason reason)
    {
        var recipient = OnlyRecipientOf(Group(status, diagnostic));
        int? expected = basic == 0 ? null : basic;
        Assert.Equal((expected, reason), ((int?)recipient.Diagnosis.BasicCode, recipient.Diagnosis.Reason));
    }

    private static string Group(string status, string diagnostic) => $"""
        Final-Recipient: rfc822; someone@example.org
        Action: failed
        Status: {status}
        Diagnostic-Code: {diagnostic}

        """;

    [Fact]
    public void Several_recipients_with_nothing_said_about_each_take_the_reason_said_before_the_list()
    {
        const string Bounce = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>
            Subject: Mail System Error - Returned Mail

            Your message was not delivered because the destination computer was
            not reachable within the allowed queue period.

            The following recipients did not receive your message:
                <one@example.org>
                <two@example.org>
            """;
        var reasons = SmtpBounce.Read(Bounce).Recipients.Select(r => (r.FinalRecipient ?? string.Empty, r.Diagnosis.Reason));
        Assert.Equal(new[] { ("one@example.org", SmtpBounceReason.Expired), ("two@example.org", SmtpBounceReason.Expired) }, reasons);
    }

    // [MS-OXCMAIL] 2.2.3.7.1: X-Supplementary-Info is "<" [remote-mta] SP "#" status [SP diagnostic-code] ">", its
    // diagnostic-code the Diagnostic-Code field's value. Outlook.com's report gives the remote reply only there.
    [Theory]
    [InlineData("< #5.5.0 smtp;550 Requested action not taken: mailbox\n unavailable (495782920:4198:-2147467259)>", "550 Requested action not taken: mailbox unavailable (495782920:4198:-2147467259)")]
    [InlineData("<mx.example.com #5.5.0 smtp;550 5.1.1 No such user here>", "550 5.1.1 No such user here")]
    [InlineData("<mx.example.com #\n 5.5.0 smtp;550 5.1.1 No such user here>", "550 5.1.1 No such user here")]
    public void An_exchange_supplementary_info_is_the_diagnostic_where_the_group_has_none(string info, string diagnostic)
    {
        SmtpBounceRecipient recipient = OnlyRecipientOf($"""
            Final-recipient: RFC822; someone@example.com
            Action: failed
            Status: 5.5.0
            X-Supplementary-Info: {info}

            """);

        Assert.Equal(("smtp", diagnostic), (recipient.DiagnosticType, recipient.DiagnosticText?.Replace("\n", string.Empty)));
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
    }

    [Theory]
    [InlineData("<mx.example.com #5.5.0 smtp;550 5.1.1 No such user here>", "Diagnostic-Code: smtp; 550 5.7.1 Message refused by policy\n", "550 5.7.1 Message refused by policy")]
    [InlineData("<mx.example.com #5.1.1>", "", null)]
    [InlineData("mx.example.com #5.1.1 smtp;550 5.1.1 No such user here", "", null)]
    [InlineData("<>", "", null)]
    [InlineData("<#>", "", null)]
    [InlineData("< #5.5.0 >", "", null)]
    [InlineData("", "", null)]
    public void A_supplementary_info_gives_way_to_the_diagnostic_code_and_one_of_another_form_gives_nothing(string info, string diagnosticField, string? diagnostic)
    {
        SmtpBounceRecipient recipient = OnlyRecipientOf($"""
            Final-recipient: RFC822; someone@example.com
            Action: failed
            Status: 5.1.1
            {diagnosticField}X-Supplementary-Info: {info}

            """);

        Assert.Equal(diagnostic, recipient.DiagnosticText);
    }
}
