using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// RFC 3463 section 3.2: a Status X.1.1 (bad destination mailbox address) says "the mailbox specified in the address
/// does not exist". Where the words beside it read only as the recipient's filter (Lotus Notes' "Cannot route mail to
/// user", go-sisimai lhost/via-domino.go: filtered), the report's own Status names the cause: Sisimai's
/// Reason::UserUnknown.true() reads Status X.1.1 as userunknown unless the words name a relay refusal, a block, a full
/// mailbox, a moved user, a refused sender or a host that takes no mail, and a filter is not among them. The report is
/// written here in the shape of a virus-scanning gateway's DSN that passes on a Notes diagnostic.
/// </summary>
public sealed class MailboxUnknownStatusTests
{
    private const string Report = """
        From: Gateway <postmaster@example.jp>
        To: <sender@example.org>
        Subject: Returned mail
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        --- The message cannot be delivered to the following address. ---

        kijitora@example.jp    {1}

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; gateway.example.jp
        Final-Recipient: rfc822;kijitora@example.jp
        Action: failed
        Status: {0}
        Diagnostic-Code: X-Notes; {1}

        --b--
        """;

    private static SmtpBounceRecipient Read(string status, string words) =>
        Assert.Single(SmtpBounce.Read(Report.Replace("{0}", status).Replace("{1}", words)).Recipients);

    [Fact]
    public void A_filters_words_under_status_5_1_1_are_the_unknown_user_the_status_names()
    {
        SmtpBounceRecipient recipient = Read("5.1.1", "Cannot route mail to user (kijitora@example.jp).");

        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
        Assert.Equal(true, recipient.Diagnosis.IsHardBounce);
    }

    [Theory]
    // Another Status leaves the filter's words as they read.
    [InlineData("5.0.0", "Cannot route mail to user (kijitora@example.jp).", SmtpBounceReason.Filtered)]
    [InlineData("5.7.1", "Cannot route mail to user (kijitora@example.jp).", SmtpBounceReason.Filtered)]
    // A server's own reply that pairs 5.1.1 with a filter's words keeps them (Facebook's RCP-P2, go-sisimai: filtered).
    [InlineData("5.1.1", "550 5.1.1 RCP-P2 http://postmaster.example.com/response_codes#rcp Refused due to recipient preferences", SmtpBounceReason.Filtered)]
    // A reason Sisimai keeps under X.1.1 (a full mailbox) is not the filter's, and stays.
    [InlineData("5.1.1", "Mailbox is full", SmtpBounceReason.MailboxFull)]
    public void Other_statuses_and_other_reasons_keep_their_reading(string status, string words, SmtpBounceReason reason)
    {
        Assert.Equal(reason, Read(status, words).Diagnosis.Reason);
    }
}
