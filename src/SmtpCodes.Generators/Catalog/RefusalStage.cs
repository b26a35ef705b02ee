namespace SmtpCodes.Generators.Catalog;

/// <summary>Where in the SMTP session a refusal ended it (<see cref="ClassificationPolicy.RefusalWithoutCause"/>).</summary>
internal enum RefusalStage
{
    /// <summary>The session itself: the greeting or EHLO/HELO, before any address, or a 421 that closes the channel.</summary>
    Session,

    /// <summary>The mail transaction: RCPT TO or the message's data (a bare 554 after the end of data: <see cref="MessageData"/>; a bare 550 or 553 to RCPT TO: <see cref="Recipient"/>).</summary>
    Transaction,

    /// <summary>The message itself: a permanent refusal answering the end of the message's data (RFC 5321 4.1.1.4).</summary>
    MessageData,

    /// <summary>The recipient: a permanent bare 550 or 553 answering RCPT TO (RFC 5321 3.3, 4.1.1.3).</summary>
    Recipient,

    /// <summary>The recipient's domain: a permanent bare 550 or 553 answering RCPT TO whose words name the domain, not a
    /// mailbox: the server does not take mail for that domain (RFC 5321 3.6.2, 7.1).</summary>
    RecipientDomain,
}
