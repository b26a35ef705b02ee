namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// A whole e-mail message read as a bounce: its kind (delivery status notification, plain-text bounce, auto-reply,
    /// feedback report, or ordinary mail), the reporting MTA, the original message's identity where the bounce carries
    /// it, and one <see cref="SmtpBounceRecipient"/> per recipient with its diagnosis. Reading never throws: a message
    /// that cannot be read as a bounce is <see cref="SmtpBounceMessageKind.NotBounce"/>, and hostile input (huge,
    /// deeply nested, broken encodings) is read in linear time with the nesting bounded.
    /// Text members are <c>null</c> when the message does not say.
    /// </summary>
    public sealed class SmtpBounce
    {
        private static readonly SmtpBounceRecipient[] NoRecipients = new SmtpBounceRecipient[0];

        private readonly string reportingMta;
        private readonly string subject;
        private readonly string originalMessageId;
        private readonly string originalTo;
        private readonly string originalSubject;

        internal SmtpBounce(SmtpBounceMessageKind kind, SmtpBounceMessageFields fields, List<SmtpBounceRecipient> recipients)
        {
            Kind = kind;
            reportingMta = fields.ReportingMta;
            subject = fields.Subject;
            originalMessageId = fields.OriginalMessageId;
            originalTo = fields.OriginalTo;
            originalSubject = fields.OriginalSubject;
            Date = fields.Date;
            ArrivalDate = fields.ArrivalDate;
            Recipients = recipients.Count == 0 ? NoRecipients : recipients.ToArray();
        }

        /// <summary>What kind of message this is.</summary>
        public SmtpBounceMessageKind Kind { get; }

        /// <summary>Whether the message reports a delivery problem (a delivery status notification or a plain-text bounce).</summary>
        public bool IsBounce => Kind == SmtpBounceMessageKind.DeliveryStatus || Kind == SmtpBounceMessageKind.PlainTextBounce;

        /// <summary>
        /// The recipients the message reports on, in the order it names them: failed and delayed ones for a bounce (and
        /// delivered, relayed or expanded ones where a DSN reports them), the complaining address for a feedback report.
        /// </summary>
        public IReadOnlyList<SmtpBounceRecipient> Recipients { get; }

        /// <summary>
        /// When the bounce was written (its own <c>Date</c> header, RFC 5322 3.6.1), with the offset it gives; <c>null</c>
        /// when it has none or it is no RFC 5322 date-time. For a plain-text bounce this is the only date there is.
        /// </summary>
        public global::System.DateTimeOffset? Date { get; }

        /// <summary>
        /// When the reporting MTA received the message that bounced (a delivery status report's <c>Arrival-Date</c>,
        /// RFC 3464 2.2.5); <c>null</c> when the report does not say. Beside <see cref="Date"/> it says how long the MTA
        /// kept trying.
        /// </summary>
        public global::System.DateTimeOffset? ArrivalDate { get; }

#if SMTPCODES_NULLABLE
        /// <summary>The MTA that wrote the report (<c>Reporting-MTA</c>, or the host a plain-text bounce names).</summary>
        public string? ReportingMta => NullIfEmpty(reportingMta);

        /// <summary>The subject of the bounce itself, decoded.</summary>
        public string? Subject => NullIfEmpty(subject);

        /// <summary>The <c>Message-ID</c> of the message that bounced, to correlate with what was sent.</summary>
        public string? OriginalMessageId => NullIfEmpty(originalMessageId);

        /// <summary>The <c>To</c> header of the message that bounced, decoded.</summary>
        public string? OriginalTo => NullIfEmpty(originalTo);

        /// <summary>The <c>Subject</c> of the message that bounced, decoded.</summary>
        public string? OriginalSubject => NullIfEmpty(originalSubject);

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
#else
        /// <summary>The MTA that wrote the report (<c>Reporting-MTA</c>, or the host a plain-text bounce names).</summary>
        public string ReportingMta => NullIfEmpty(reportingMta);

        /// <summary>The subject of the bounce itself, decoded.</summary>
        public string Subject => NullIfEmpty(subject);

        /// <summary>The <c>Message-ID</c> of the message that bounced, to correlate with what was sent.</summary>
        public string OriginalMessageId => NullIfEmpty(originalMessageId);

        /// <summary>The <c>To</c> header of the message that bounced, decoded.</summary>
        public string OriginalTo => NullIfEmpty(originalTo);

        /// <summary>The <c>Subject</c> of the message that bounced, decoded.</summary>
        public string OriginalSubject => NullIfEmpty(originalSubject);

        private static string NullIfEmpty(string value) => value.Length == 0 ? null : value;
#endif

        /// <summary>Reads a whole message (header and body, as in an <c>.eml</c> file). Never throws; <c>null</c> reads as an empty message.</summary>
#if SMTPCODES_NULLABLE
        public static SmtpBounce Read(string? message) => SmtpBounceReader.Read(message ?? string.Empty);
#else
        public static SmtpBounce Read(string message) => SmtpBounceReader.Read(message ?? string.Empty);
#endif

        /// <summary>
        /// Reads a whole message from its bytes. Prefer this to a string for files: each part is then decoded by its own
        /// charset. Never throws; <c>null</c> reads as an empty message.
        /// </summary>
#if SMTPCODES_NULLABLE
        public static SmtpBounce Read(byte[]? message) => message == null ? SmtpBounceReader.Read(string.Empty) : ReadBytes(message, message.Length, null);
#else
        public static SmtpBounce Read(byte[] message) => message == null ? SmtpBounceReader.Read(string.Empty) : ReadBytes(message, message.Length, null);
#endif

        /// <summary>
        /// Reads the first <paramref name="count"/> bytes of a message as text, one char per byte (each part is then
        /// decoded by its own charset), held in per-thread memory for the read: the reader copies out only what it returns.
        /// </summary>
#if SMTPCODES_NULLABLE
        internal static SmtpBounce ReadBytes(byte[] bytes, int count, string? deliveryStatusFields)
#else
        internal static SmtpBounce ReadBytes(byte[] bytes, int count, string deliveryStatusFields)
#endif
        {
            char[] text = SmtpMimeDecoder.TakeMessageBuffer(count);
            try
            {
                return SmtpBounceReader.Read(new SmtpMimeText(text, SmtpMimeDecoder.DecodeLatin1(bytes, count, text)), deliveryStatusFields);
            }
            finally
            {
                SmtpMimeDecoder.GiveMessageBuffer(text);
            }
        }

        /// <summary>Reads a message and says whether it is a bounce; <paramref name="bounce"/> is the reading either way.</summary>
#if SMTPCODES_NULLABLE
        public static bool TryRead(string? message, out SmtpBounce bounce)
#else
        public static bool TryRead(string message, out SmtpBounce bounce)
#endif
        {
            bounce = Read(message);
            return bounce.IsBounce;
        }

        /// <summary>Reads a message from its bytes and says whether it is a bounce; <paramref name="bounce"/> is the reading either way.</summary>
#if SMTPCODES_NULLABLE
        public static bool TryRead(byte[]? message, out SmtpBounce bounce)
#else
        public static bool TryRead(byte[] message, out SmtpBounce bounce)
#endif
        {
            bounce = Read(message);
            return bounce.IsBounce;
        }

#if SMTPCODES_SPAN
        /// <summary>Reads a whole message from its bytes (see <see cref="Read(byte[])"/>).</summary>
        public static SmtpBounce Read(global::System.ReadOnlySpan<byte> message)
        {
            char[] text = SmtpMimeDecoder.TakeMessageBuffer(message.Length);
            try
            {
                return SmtpBounceReader.Read(new SmtpMimeText(text, SmtpMimeDecoder.DecodeLatin1(message, text)));
            }
            finally
            {
                SmtpMimeDecoder.GiveMessageBuffer(text);
            }
        }

        /// <summary>Reads a whole message from its characters (see <see cref="Read(string)"/>).</summary>
        public static SmtpBounce Read(global::System.ReadOnlySpan<char> message)
        {
            // Copied into per-thread memory for the read, not into a string.
            char[] text = SmtpMimeDecoder.TakeMessageBuffer(message.Length);
            try
            {
                message.CopyTo(text);
                return SmtpBounceReader.Read(new SmtpMimeText(text, message.Length));
            }
            finally
            {
                SmtpMimeDecoder.GiveMessageBuffer(text);
            }
        }
#endif

        /// <inheritdoc/>
        public override string ToString() => Kind + ": " + Recipients.Count + " recipient(s)";
    }
}
