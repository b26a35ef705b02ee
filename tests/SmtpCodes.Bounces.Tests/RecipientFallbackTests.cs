using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Where a bounce names its recipient in no shape of address the reader looks for first: a labelled local part, or
/// only the returned message's To. Each is read only when nothing else names a recipient.
/// </summary>
public sealed class RecipientFallbackTests
{
    [Fact]
    public void CompuServe_names_its_own_user_by_a_labelled_local_part()
    {
        // GNU Mailman's Compuserve bounce detector: after "your message could not be delivered", each
        // "Invalid receiver address: X" line names a recipient, X as written (CompuServe's own users by name alone).
        const string Message = """
            From: CompuServe Postmaster <postmaster@compuserve.com>
            To: sender@example.org
            Subject: Undeliverable Message

            Your message could not be delivered as addressed.

            --- Failure Reason ---
            Invalid receiver address: user1
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("user1", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
    }

    [Fact]
    public void A_labelled_local_part_is_no_recipient_where_an_address_is_named()
    {
        const string Message = """
            From: MAILER-DAEMON@mx.example.org
            To: sender@example.org
            Subject: Undeliverable Message

            Your message could not be delivered to <user1@example.org>.
            Receiver not found: user1
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("user1@example.org", recipient.FinalRecipient);
    }

    [Fact]
    public void Yahoo_names_the_recipient_only_in_the_quoted_header_of_the_returned_message()
    {
        // flufl.bounce/yahoo_12.eml (development): Yahoo's notice quotes the returned message's Subject and To above
        // "---Below this line is a copy of the message." and names the recipient nowhere else.
        const string Message = """
            From: MAILER-DAEMON@yahoo.com
            To: list-bounces@lists.example.org
            Content-Type: text/html; charset="utf-8"

            I'm afraid I wasn't able to deliver the following message.
            This is a permanent error; I've given up. Sorry it didn't work out.

            Subject: [List] Re: Name for MP3 Folder
            To: user@yahoo.com

            ---Below this line is a copy of the message.
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);
        SmtpBounceRecipient recipient = Assert.Single(bounce.Recipients);
        Assert.Equal("user@yahoo.com", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
    }

    [Fact]
    public void A_returned_message_to_several_addresses_names_no_recipient()
    {
        const string Message = """
            From: MAILER-DAEMON@yahoo.com
            To: sender@example.org

            I'm afraid I wasn't able to deliver the following message.
            This is a permanent error; I've given up. Sorry it didn't work out.

            Subject: Meeting
            To: user1@example.net, user2@example.net

            ---Below this line is a copy of the message.
            """;

        Assert.Empty(SmtpBounce.Read(Message).Recipients);
    }

    [Fact]
    public void The_returned_message_s_only_to_address_is_the_recipient_of_a_bounce_that_names_none()
    {
        // Sisimai's lhost modules take the original message's To when the notice names no recipient.
        const string Message = """
            From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
            To: sender@example.org
            Subject: Undelivered Mail Returned to Sender
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            Your message could not be delivered: the mailbox is full.

            --b
            Content-Type: message/rfc822

            From: sender@example.org
            To: Some One <user@example.net>
            Subject: Hello

            Hello.
            --b--
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("user@example.net", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void A_returned_list_message_s_to_names_the_list_not_the_recipient()
    {
        // flufl.bounce/simple_43.eml (development): the returned message is the list's mail (List-Id, List-Post,
        // RFC 2369 and RFC 2919), addressed to the list; the subscriber that failed is not its To.
        const string Message = """
            From: ndr@example.net
            To: test-a-bounces@lists.example.org
            Subject: Mail delivery failed: returning message to sender
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            A message that you sent could not be delivered to one or more of its recipients.

            --b
            Content-Type: message/rfc822

            To: "Test A" <test-a@lists.example.org>
            From: List Owner <list-owner@example.org>
            Subject: [Test-A] Subject
            List-Id: Test-A <test-a.lists.example.org>
            List-Post: <mailto:test-a@lists.example.org>

            Hello.
            --b--
            """;

        Assert.Empty(SmtpBounce.Read(Message).Recipients);
    }

    [Fact]
    public void An_old_Sendmail_transcript_without_an_address_takes_the_unsent_message_s_to()
    {
        // Sisimai's set of emails, email-v5sendmail-01.eml (rb-sisimai, BSD-2-Clause): Sendmail 5's notice gives up
        // after a transcript that names only the host; the recipient is the unsent message's To.
        const string Message = """
            From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>
            Subject: Returned mail: Cannot send message for 4 days
            To: shironeko@example.co.jp

               ----- Transcript of session follows -----
            421 example.com (smtp)... Deferred: Connection timed out during user open with example.com

               ----- Unsent message follows -----
            Received: by mx9.example.com; (5.65/1.37) id 0000000;
                Thu, 29 Apr 1995 23:34:45 +0900
            From: shironeko@example.co.jp
            To: kijitora@example.com
            Subject: Nyaaan

            Nyaaaaaaaaaaaaaaaan
            """;

        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Message).Recipients);
        Assert.Equal("kijitora@example.com", recipient.FinalRecipient);
        Assert.Equal(SmtpDeliveryAction.Failed, recipient.Action);
    }

    [Theory]
    [InlineData("Recipient: unknown")]
    [InlineData("Invalid recipients: 1")]
    public void A_label_that_names_no_failed_user_names_no_recipient(string line)
    {
        string message = $"""
            From: MAILER-DAEMON@mx.example.org
            To: sender@example.org
            Subject: Undeliverable Message

            Your message could not be delivered.
            {line}
            """;

        Assert.Empty(SmtpBounce.Read(message).Recipients);
    }

    private const string ReturnedToAnAlias = """
        From: postmaster@mail.example.org
        To: sender@example.net
        Subject: Returned mail

        Your message could not be delivered: the recipient's mailbox is full.

        ----- Original message -----
        Received: from mx.example.net (mx.example.net [192.0.2.7])
            by mail.example.org (8.9.3/8.9.3) with ESMTP id AAA01234
            for <member@example.org>; Mon, 1 Jan 2001 10:00:00 +0900
        Received: from client.example.net by mx.example.net (8.9.3/8.9.3)
            id AAA00001; Mon, 1 Jan 2001 09:59:58 +0900
        From: sender@example.net
        To: team@example.net
        Subject: hello

        hello
        """;

    [Fact]
    public void A_bounce_that_names_no_one_takes_the_envelope_recipient_of_the_returned_received_field()
    {
        // RFC 5321 4.4: the FOR clause of a Received field names the one envelope recipient of that transfer; the To
        // names whatever the sender wrote (here an alias the message was expanded from).
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(ReturnedToAnAlias).Recipients);
        Assert.Equal("member@example.org", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.MailboxFull, recipient.Diagnosis.Reason);
    }

    [Fact]
    public void Without_a_for_clause_the_returned_to_is_still_the_last_resort()
    {
        string message = ReturnedToAnAlias.Replace("for <member@example.org>", string.Empty, System.StringComparison.Ordinal);

        Assert.Equal("team@example.net", Assert.Single(SmtpBounce.Read(message).Recipients).FinalRecipient);
    }

    [Fact]
    public void A_for_clause_that_names_the_bounces_own_address_names_no_recipient()
    {
        string message = ReturnedToAnAlias.Replace("for <member@example.org>", "for <sender@example.net>", System.StringComparison.Ordinal);

        Assert.Equal("team@example.net", Assert.Single(SmtpBounce.Read(message).Recipients).FinalRecipient);
    }
}
