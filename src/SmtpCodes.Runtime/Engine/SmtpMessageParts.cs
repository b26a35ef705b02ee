namespace SmtpCodes
{
    /// <summary>
    /// The parts of a message a bounce reader looks at: the delivery-status or feedback-report part, the human-readable
    /// text (the first text/plain part outside the returned message, else the first HTML part as text), and the
    /// returned message or its header. A value (no allocation per read): it names entities of the tree it was found in.
    /// </summary>
    internal struct SmtpMessageParts
    {
        private SmtpMimeEntity deliveryStatus;
        private SmtpMimeEntity feedbackReport;
        private SmtpMimeEntity dispositionNotification;
        private SmtpMimeEntity returnedMessage;
        private SmtpMimeEntity plainText;
        private SmtpMimeEntity htmlText;

        private SmtpMessageParts(SmtpMimeEntity root)
            : this()
        {
            message = root;
            deliveryStatus = root;
            feedbackReport = root;
            dispositionNotification = root;
            returnedMessage = root;
            plainText = root;
            htmlText = root;
        }

        internal bool HasDeliveryStatus { get; private set; }

        internal bool HasFeedbackReport { get; private set; }

        internal bool HasReturnedMessage { get; private set; }

        /// <summary>Whether the message has a <c>message/disposition-notification</c> part (an MDN, RFC 8098).</summary>
        internal bool HasDispositionNotification { get; private set; }

        internal SmtpMimeEntity DeliveryStatus => deliveryStatus;

        internal SmtpMimeEntity FeedbackReport => feedbackReport;

        internal SmtpMimeEntity DispositionNotification => dispositionNotification;

        /// <summary>The returned message (or its header only) that the bounce carries.</summary>
        internal SmtpMimeEntity ReturnedMessage => returnedMessage;

        /// <summary>
        /// The human-readable text where it lies: the plain text part in place when it needs no decoding, else its
        /// decoded text, or the HTML part's text; <paramref name="start"/> and <paramref name="end"/> bound it.
        /// </summary>
        internal SmtpMimeText HumanText(out int start, out int end)
        {
            if (hasPlain)
            {
                return plainText.DecodedRange(out start, out end);
            }

            if (!hasHtml && HasPreambleText(out start, out end))
            {
                return message.Source;
            }

            SmtpMimeText text = SmtpMimeText.Empty;
            if (hasHtml)
            {
                SmtpMimeText html = htmlText.DecodedRange(out int htmlStart, out int htmlEnd);
                text = SmtpHtmlText.ToText(html, htmlStart, htmlEnd);
            }

            start = 0;
            end = text.Length;
            return text;
        }

        // A report with no text part may say what happened before its first part: Courier 0.40 writes its notice ("DELAYS
        // IN DELIVERING YOUR MESSAGE" and each recipient's transcript) as the multipart/report's preamble, the text
        // RFC 2046 section 5.1.1 lets a sender put there for readers that do not understand MIME. The preamble is then
        // the human-readable text.
        private bool HasPreambleText(out int start, out int end)
        {
            start = message.BodyStart;
            end = start;
            if (!message.ContentType.IsMultipart || message.Children.Count == 0 || message.ContentType.Boundary.Length == 0)
            {
                return false;
            }

            SmtpMimeText source = message.Source;
            SmtpMimeText boundary = message.ContentType.Boundary;
            int position = message.BodyStart;
            while (position < message.BodyEnd)
            {
                int lineEnd = SmtpMimeLines.LineEnd(source, position, message.BodyEnd, out int next);
                if (lineEnd - position >= boundary.Length + 2 && source[position] == '-' && source[position + 1] == '-'
                    && SmtpMimeText.CompareOrdinal(source, position + 2, boundary, 0, boundary.Length) == 0)
                {
                    end = position;
                    return true;
                }

                position = next;
            }

            return false;
        }

        private readonly SmtpMimeEntity message;

        private bool hasPlain;
        private bool hasHtml;

        internal static SmtpMessageParts Find(SmtpMimeEntity root)
        {
            var parts = new SmtpMessageParts(root);
            parts.Visit(root, true);
            return parts;
        }

        private void Visit(SmtpMimeEntity entity, bool isRoot)
        {
            string type = entity.MediaType;
            if (type == "message/delivery-status" || type == "message/global-delivery-status")
            {
                Keep(ref deliveryStatus, entity, HasDeliveryStatus, out bool kept);
                HasDeliveryStatus |= kept;
                return;
            }

            if (type == "message/feedback-report")
            {
                Keep(ref feedbackReport, entity, HasFeedbackReport, out bool kept);
                HasFeedbackReport |= kept;
                return;
            }

            if (type == "message/disposition-notification" || type == "message/global-disposition-notification")
            {
                // An MDN (RFC 8098; RFC 6533 section 3 for its internationalized form): its fields say what became of the
                // message at the recipient's side, and are no text of the notice.
                Keep(ref dispositionNotification, entity, HasDispositionNotification, out bool kept);
                HasDispositionNotification |= kept;
                return;
            }

            if (type == "message/rfc822" || type == "message/global" || type == "text/rfc822-headers" || type == "message/rfc822-headers")
            {
                // The returned message: its own parts are the original mail, not the bounce's.
                if (!HasReturnedMessage && entity.Children.Count > 0)
                {
                    returnedMessage = entity.Children[0];
                    HasReturnedMessage = true;
                }

                return;
            }

            if (entity.Children.Count == 0)
            {
                if (type == "text/plain" && !hasPlain)
                {
                    plainText = entity;
                    hasPlain = true;
                }
                else if (type == "text/html" && !hasHtml)
                {
                    htmlText = entity;
                    hasHtml = true;
                }
                else if (isRoot && !entity.ContentType.IsMultipart && !hasPlain)
                {
                    // A single-part message of another type (or a multipart whose boundary is missing): read its body as text.
                    plainText = entity;
                    hasPlain = true;
                }
                else if (!hasPlain && entity.ContentType.IsMultipart)
                {
                    plainText = entity;
                    hasPlain = true;
                }

                return;
            }

            for (int i = 0; i < entity.Children.Count; i++)
            {
                Visit(entity.Children[i], false);
            }
        }

        private static void Keep(ref SmtpMimeEntity slot, SmtpMimeEntity entity, bool alreadyKept, out bool kept)
        {
            kept = !alreadyKept;
            if (kept)
            {
                slot = entity;
            }
        }
    }
}
