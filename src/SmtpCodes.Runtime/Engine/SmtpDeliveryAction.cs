namespace SmtpCodes
{
    /// <summary>What happened to one recipient: the <c>Action</c> field of RFC 3464, or what a plain-text bounce says.</summary>
    public enum SmtpDeliveryAction
    {
        /// <summary>The message does not say (a feedback report's recipient, or an action word outside RFC 3464).</summary>
        Unknown = 0,

        /// <summary>Delivery failed and will not be retried.</summary>
        Failed = 1,

        /// <summary>Delivery has not succeeded yet and is still being retried (a warning).</summary>
        Delayed = 2,

        /// <summary>Delivered to the recipient's mailbox.</summary>
        Delivered = 3,

        /// <summary>Relayed to a system that does not send delivery reports.</summary>
        Relayed = 4,

        /// <summary>Delivered to a list or alias that expanded into several recipients.</summary>
        Expanded = 5,
    }
}
