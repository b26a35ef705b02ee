namespace SmtpCodes
{
    /// <summary>What kind of message a mailbox item is, as <see cref="SmtpBounce.Read(string)"/> reads it.</summary>
    public enum SmtpBounceMessageKind
    {
        /// <summary>Ordinary mail: not a bounce, an auto-reply or a feedback report.</summary>
        NotBounce = 0,

        /// <summary>A delivery status notification (RFC 3464 / RFC 6533): it has a machine-readable status part.</summary>
        DeliveryStatus = 1,

        /// <summary>A bounce without a delivery-status part: recipients and replies come from its text.</summary>
        PlainTextBounce = 2,

        /// <summary>An automatic reply (RFC 3834: out of office, vacation, ticket acknowledgement). Not a failure.</summary>
        AutoReply = 3,

        /// <summary>A feedback-loop complaint (ARF, RFC 5965): delivered, but the recipient reported it; suppress the address.</summary>
        FeedbackReport = 4,
    }
}
