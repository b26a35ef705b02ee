using System;
using System.Linq;
using System.Text;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Amazon SES's notifications that arrive by mail as JSON (SNS's "email" and "email-json" subscriptions), read as
/// Amazon's "Amazon SNS notification contents for Amazon SES" defines them: a bounce's recipients as a DSN's, a
/// complaint as a feedback report, a delivery as no bounce; and hostile JSON read without an exception.
/// </summary>
public sealed class SesNotificationTests
{
    // Sisimai's email-amazonses-10 (development), cut down: SNS's email-json envelope, the notification as its "Message"
    // string, with the line break a mail system's wrapping left inside one of its strings ("Nya!" / " aan").
    private const string EnvelopedBounce = """
        Date: Fri, 21 Oct 2016 06:58:02 +0000
        From: SES-EJ-B <no-reply@sns.amazonaws.com>
        To: nekochan@example.jp
        Subject: AWS Notification Message
        Content-Type: text/plain; charset=UTF-8

        {
          "Type" : "Notification",
          "MessageId" : "02f86d9b-eecf-573d-b47d-3d1850750c30",
          "Message" : "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bounceSubType\":\"General\",\"bouncedRecipients\":[{\"emailAddress\":\"bounce@simulator.amazonses.com\",\"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 user unknown\"}],\"timestamp\":\"2016-10-21T06:58:02.245Z\",\"reportingMTA\":\"dsn; a27-33.smtp-out.us-west-2.amazonses.com\"},\"mail\":{\"timestamp\":\"2016-10-21T06:58:00.000Z\",\"source\":\"kijitora@neko.example.org\",\"messageId\":\"01010157e6083857-2c73eed0-71f8-47d1-ab77-c4646f9d776d-000000\",\"destination\":[\"bounce@simulator.amazonses.com\"],\"headers\":[{\"name\":\"Subject\",\"value\":\"Nya!
         aan\"}],\"commonHeaders\":{\"from\":[\"kijitora@neko.example.org\"],\"to\":[\"bounce@simulator.amazonses.com\"],\"subject\":\"Nyaaan\"}}}",
          "Timestamp" : "2016-10-21T06:58:02.294Z",
          "SignatureVersion" : "1"
        }
        """;

    // Sisimai's email-amazonses-12 (development), cut down: SNS's email subscription sends the notification itself.
    private const string Delivery = """
        From: AWS Notifications <no-reply@sns.amazonaws.com>
        Subject: AWS Notification Message
        Content-Type: text/plain; charset=UTF-8

        {"notificationType":"Delivery","mail":{"timestamp":"2016-11-23T12:00:59.530Z","source":"kijitora@neko.example.jp","messageId":"01010158910f768a-98f33ad0-6366-4b78-86e7-1048b5d7d519-000000","destination":["success@simulator.amazonses.com"],"commonHeaders":{"from":["kijitora@neko.example.jp"],"to":["success@simulator.amazonses.com"],"subject":"Nyaan"}},"delivery":{"timestamp":"2016-11-23T12:01:03.512Z","recipients":["success@simulator.amazonses.com"],"smtpResponse":"250 2.6.0 Message received","reportingMTA":"a27-29.smtp-out.us-west-2.amazonses.com"}}

        --
        If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
        """;

    // The fields of the complaint object and of a bounce without a DSN, as the SES documentation lists them.
    private const string Notification = """
        From: AWS Notifications <no-reply@sns.amazonaws.com>
        Subject: AWS Notification Message
        Content-Type: text/plain; charset=UTF-8

        BODY
        """;

    [Fact]
    public void An_SNS_envelope_gives_the_bounced_recipients_as_a_DSN_would()
    {
        SmtpBounce bounce = SmtpBounce.Read(EnvelopedBounce);
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal("a27-33.smtp-out.us-west-2.amazonses.com", bounce.ReportingMta);
        Assert.Equal("01010157e6083857-2c73eed0-71f8-47d1-ab77-c4646f9d776d-000000", bounce.OriginalMessageId);
        Assert.Equal(("Nyaaan", "bounce@simulator.amazonses.com"), (bounce.OriginalSubject, bounce.OriginalTo));
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal(("bounce@simulator.amazonses.com", SmtpDeliveryAction.Failed, "smtp", "550 5.1.1 user unknown"),
            (recipient.FinalRecipient, recipient.Action, recipient.DiagnosticType, recipient.DiagnosticText));
        Assert.Equal("5.1.1", recipient.Status?.ToString());
        Assert.Equal((SmtpBounceReason.UserUnknown, true), (recipient.Diagnosis.Reason, recipient.IsHardBounce));
        Assert.Equal(new DateTimeOffset(2016, 10, 21, 6, 58, 2, TimeSpan.Zero), recipient.LastAttemptDate);
        Assert.Equal(new DateTimeOffset(2016, 10, 21, 6, 58, 0, TimeSpan.Zero), bounce.ArrivalDate);
        Assert.Equal(new DateTimeOffset(2016, 10, 21, 6, 58, 2, TimeSpan.Zero), bounce.Date);
    }

    [Fact]
    public void A_delivery_notification_is_no_bounce()
    {
        SmtpBounce bounce = SmtpBounce.Read(Delivery);
        Assert.Equal(SmtpBounceMessageKind.NotBounce, bounce.Kind);
        Assert.Empty(bounce.Recipients);
        Assert.Equal("01010158910f768a-98f33ad0-6366-4b78-86e7-1048b5d7d519-000000", bounce.OriginalMessageId);
    }

    [Fact]
    public void A_complaint_notification_is_a_feedback_report_naming_the_complainer()
    {
        SmtpBounce bounce = SmtpBounce.Read(Notification.Replace("BODY", """
            {"notificationType":"Complaint","complaint":{"userAgent":"ExampleCorp Feedback Loop (V0.01)","complainedRecipients":[{"emailAddress":"richard@example.com"}],"complaintFeedbackType":"abuse","arrivalDate":"2016-01-27T14:59:38.237Z","timestamp":"2016-01-27T14:59:38.237Z"},"mail":{"messageId":"0000000000000000-1111","commonHeaders":{"to":["Jane Doe <jane@example.com>, Mary Doe <mary@example.com>","richard@example.com"],"subject":"Hello"}}}
            """));
        Assert.Equal(SmtpBounceMessageKind.FeedbackReport, bounce.Kind);
        Assert.False(bounce.IsBounce);
        SmtpBounceRecipient complainer = Assert.Single(bounce.Recipients);
        Assert.Equal(("richard@example.com", "feedback-type", "abuse"), (complainer.FinalRecipient, complainer.DiagnosticType, complainer.DiagnosticText));
        Assert.Equal("Jane Doe <jane@example.com>, Mary Doe <mary@example.com>, richard@example.com", bounce.OriginalTo);
    }

    [Theory]
    // Without a DSN the bounce's type and subtype are the evidence, as words.
    [InlineData("Transient", "MailboxFull", "Transient bounce: Mailbox Full", SmtpBounceReason.MailboxFull)]
    [InlineData("Transient", "MessageTooLarge", "Transient bounce: Message Too Large", SmtpBounceReason.EmailTooLarge)]
    [InlineData("Permanent", "General", "Permanent bounce: General", SmtpBounceReason.Undefined)]
    public void A_bounce_without_a_DSN_is_read_from_its_type_and_subtype(string type, string subtype, string words, SmtpBounceReason reason)
    {
        string body = "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"" + type + "\",\"bounceSubType\":\"" + subtype
            + "\",\"bouncedRecipients\":[{\"emailAddress\":\"a@b.example\"},{\"emailAddress\":\"\\\"C\\\" <c@b.example>\"}]}}";
        SmtpBounce bounce = SmtpBounce.Read(Notification.Replace("BODY", body));
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal(new[] { "a@b.example", "c@b.example" }, bounce.Recipients.Select(r => r.FinalRecipient));
        Assert.All(bounce.Recipients, r => Assert.Equal((SmtpDeliveryAction.Failed, words, reason), (r.Action, r.DiagnosticText, r.Diagnosis.Reason)));
    }

    [Fact]
    public void A_delivery_delay_event_gives_delayed_recipients()
    {
        // The deliveryDelay object of SES's event publishing, with the fields its documentation lists.
        SmtpBounce bounce = SmtpBounce.Read(Notification.Replace("BODY", """
            {"eventType":"DeliveryDelay","mail":{"timestamp":"2020-06-16T00:15:40.641Z","messageId":"0100017ec0-1"},"deliveryDelay":{"timestamp":"2020-06-16T00:25:40.095Z","delayType":"TransientCommunicationFailure","expirationTime":"2020-06-16T00:25:40.914Z","delayedRecipients":[{"emailAddress":"recipient@example.com","status":"4.4.1","diagnosticCode":"smtp; 421 4.4.1 Unable to connect to remote host"},{"emailAddress":"other@example.com"}]}}
            """));
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Equal(2, bounce.Recipients.Count);
        Assert.All(bounce.Recipients, r => Assert.Equal((SmtpDeliveryAction.Delayed, false), (r.Action, r.IsHardBounce)));
        Assert.Equal(("4.4.1", SmtpBounceReason.NetworkError), (bounce.Recipients[0].Status?.ToString(), bounce.Recipients[0].Diagnosis.Reason));
        Assert.Equal("Transient Communication Failure delay", bounce.Recipients[1].DiagnosticText);
        Assert.Equal(new DateTimeOffset(2020, 6, 16, 0, 25, 40, TimeSpan.Zero), bounce.Recipients[0].LastAttemptDate);
    }

    [Theory]
    // Other JSON, other notification types and broken notifications are read as the rest of the reader reads a body.
    [InlineData("{\"hello\":\"world\"}")]
    [InlineData("{\"notificationType\":\"Open\"}")]
    [InlineData("{\"eventType\":\"Bounce\"}")]
    [InlineData("{\"eventType\":\"DeliveryDelay\",\"bounce\":{}}")]
    [InlineData("{\"notificationType\":\"Bounce\",\"bounce\":")]
    [InlineData("{\"Type\":\"Notification\",\"Message\":\"not json\"}")]
    [InlineData("{\"notificationType\":\"Bounce\" \"bounce\":{}}")]
    [InlineData("[1, 2, 3]")]
    public void Other_json_is_no_notification(string body)
    {
        SmtpBounce bounce = SmtpBounce.Read(Notification.Replace("BODY", body));
        Assert.Equal(SmtpBounceMessageKind.NotBounce, bounce.Kind);
        Assert.Empty(bounce.Recipients);
    }

    [Fact]
    public void A_bounce_notification_without_recipients_names_none()
    {
        SmtpBounce bounce = SmtpBounce.Read(Notification.Replace("BODY", "{\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":[]}}"));
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.Empty(bounce.Recipients);
    }

    [Fact]
    public void Hostile_json_is_read_in_one_pass_without_an_exception()
    {
        string deep = "{\"notificationType\":\"Bounce\",\"bounce\":" + new string('[', 200_000) + "}";
        Assert.Empty(SmtpBounce.Read(Notification.Replace("BODY", deep)).Recipients);
        string open = "{\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":[{\"emailAddress\":\"" + new string('\\', 100_001);
        Assert.Empty(SmtpBounce.Read(Notification.Replace("BODY", open)).Recipients);
        var many = new StringBuilder("{\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":[");
        for (int i = 0; i < 5000; i++)
        {
            many.Append(i > 0 ? "," : string.Empty).Append("{\"emailAddress\":\"u").Append(i).Append("@b.example\",\"status\":\"5.1.1\"}");
        }

        SmtpBounce bounce = SmtpBounce.Read(Notification.Replace("BODY", many.Append("]}}").ToString()));
        Assert.Equal(SmtpBounceReader.MaxRecipients, bounce.Recipients.Count);
        string brokenEscapes = "{\"Type\":\"Notification\",\"Message\":\"{\\u12\\\"notificationType\\\":\\\"Bounce\\\"\\uZZZZ}\"}";
        Assert.NotNull(SmtpBounce.Read(Notification.Replace("BODY", brokenEscapes)));
    }

    [Fact]
    public void The_json_reader_bounds_its_nesting_and_reads_escapes()
    {
        string nested = new string('[', SmtpJson.MaxDepth) + new string(']', SmtpJson.MaxDepth);
        Assert.Equal(nested.Length, SmtpJson.ValueEnd(nested, 0, nested.Length));
        string deeper = "[" + nested + "]";
        Assert.Equal(-1, SmtpJson.ValueEnd(deeper, 0, deeper.Length));

        const string Value = "\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\"";
        Assert.Equal("a\"b\\c/d\né\U0001F600", SmtpJson.StringValue(Value, 0, Value.Length));
        const string Object = "{ \"x\" : 1 , \"y\" : [ {\"z\":\"}\"} ] }";
        Assert.True(SmtpJson.TryMember(Object, 0, Object.Length, "y", out int start, out int end));
        Assert.Equal("[ {\"z\":\"}\"} ]", Object.Substring(start, end - start));
        Assert.False(SmtpJson.TryMember(Object, 0, Object.Length, "z", out _, out _));
    }
}
