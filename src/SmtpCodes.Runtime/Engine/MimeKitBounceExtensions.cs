namespace SmtpCodes
{
    /// <summary>
    /// The bounce reader on a MimeKit <c>MimeMessage</c>: the same <see cref="SmtpBounce"/> that
    /// <see cref="SmtpBounce.Read(byte[])"/> gives for the message's bytes. The delivery-status fields come from
    /// MimeKit's <c>MessageDeliveryStatus.StatusGroups</c> where MimeKit parsed them whole, and from the part's text
    /// where it did not: the groups throw on content that is not a header block (MimeKit issue 837), and lose the
    /// groups after an extra blank line or a buffer boundary (issues 855 and 1181). Emitted only where MimeKit is
    /// referenced.
    /// </summary>
    public static class MimeKitBounceExtensions
    {
        /// <summary>Reads the message as a bounce: its kind, and one diagnosed record per recipient.</summary>
        public static SmtpBounce ReadBounce(this global::MimeKit.MimeMessage message)
        {
            if (message == null)
            {
                throw new global::System.ArgumentNullException(nameof(message));
            }

            using (var stream = new global::System.IO.MemoryStream())
            {
                // A parsed message writes its headers and content as they were read; they are read where the stream
                // wrote them (not copied into an array of their own).
                message.WriteTo(stream);
                return SmtpBounce.ReadBytes(stream.GetBuffer(), (int)stream.Length, StatusGroupsText(message));
            }
        }

        /// <summary>Reads the message as a bounce; true when it is one (a delivery status notification or a plain-text bounce).</summary>
        public static bool TryReadBounce(this global::MimeKit.MimeMessage message, out SmtpBounce bounce)
        {
            bounce = ReadBounce(message);
            return bounce.IsBounce;
        }

        /// <summary>
        /// The status groups MimeKit parsed from the message's first delivery-status part (outside a returned
        /// message, where the reader looks too), written back as fields; null when there is no such part or MimeKit
        /// did not parse it whole: it threw, or it found fewer recipient groups than the part has Final-Recipient fields.
        /// </summary>
#if SMTPCODES_NULLABLE
        internal static string? StatusGroupsText(global::MimeKit.MimeMessage message)
#else
        internal static string StatusGroupsText(global::MimeKit.MimeMessage message)
#endif
        {
            var report = FirstDeliveryStatus(message.Body, 0);
            var content = report == null ? null : report.Content;
            if (report == null || content == null)
            {
                return null;
            }

            global::MimeKit.HeaderListCollection groups;
            try
            {
                groups = report.StatusGroups;
            }
            catch (global::System.FormatException)
            {
                return null;
            }

            var text = new global::System.Text.StringBuilder();
            int recipientGroups = 0;
            for (int i = 0; i < groups.Count; i++)
            {
                bool isRecipient = groups[i].Contains("Final-Recipient");
                recipientGroups += isRecipient ? 1 : 0;
                if (i > 0 && !isRecipient)
                {
                    // A recipient group without Final-Recipient is a group MimeKit split or merged wrongly.
                    return null;
                }

                foreach (var header in groups[i])
                {
                    text.Append(header.Field).Append(": ").Append(FieldValue(header)).Append('\n');
                }

                text.Append('\n');
            }

            return recipientGroups > 0 && recipientGroups == FinalRecipientFields(content) ? text.ToString() : null;
        }

        // A field as the part wrote it, unfolded. MimeKit's Value also decodes RFC 2047 encoded words, which RFC 2047
        // section 5 allows in no address and which the reader of the bytes keeps as written: Sendmail's report of
        // "Final-Recipient: RFC822; =?utf-8?B?8J+QiPCfkIg=?=@example.org" names the address the envelope gave. A field
        // with bytes beyond ASCII keeps MimeKit's reading of its charset.
        private static string FieldValue(global::MimeKit.Header header)
        {
            byte[] raw = header.RawValue;
            var value = new global::System.Text.StringBuilder(raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] >= 0x80)
                {
                    return header.Value.Trim();
                }

                if (raw[i] != (byte)'\r' && raw[i] != (byte)'\n')
                {
                    value.Append((char)raw[i]);
                }
            }

            return value.ToString().Trim();
        }

        // Depth-first through multiparts, not into attached messages; bounded like the reader's own walk.
#if SMTPCODES_NULLABLE
        private static global::MimeKit.MessageDeliveryStatus? FirstDeliveryStatus(global::MimeKit.MimeEntity? entity, int depth)
#else
        private static global::MimeKit.MessageDeliveryStatus FirstDeliveryStatus(global::MimeKit.MimeEntity entity, int depth)
#endif
        {
            var status = entity as global::MimeKit.MessageDeliveryStatus;
            if (status != null)
            {
                return status;
            }

            var multipart = entity as global::MimeKit.Multipart;
            if (multipart == null || depth >= SmtpMimeParser.MaxDepth)
            {
                return null;
            }

            for (int i = 0; i < multipart.Count; i++)
            {
                var found = FirstDeliveryStatus(multipart[i], depth + 1);
                if (found != null)
                {
                    return found;
                }
            }

            return null;
        }

        // The Final-Recipient fields of the part's own decoded text: what a whole parse must have found.
        private static int FinalRecipientFields(global::MimeKit.IMimeContent encoded)
        {
            string content;
            using (var stream = new global::System.IO.MemoryStream())
            {
                encoded.DecodeTo(stream);
                content = SmtpMimeDecoder.DecodeLatin1(stream.GetBuffer(), 0, (int)stream.Length);
            }

            int count = 0;
            int at = 0;
            while ((at = content.IndexOf("Final-Recipient:", at, global::System.StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                if (at == 0 || content[at - 1] == '\n' || content[at - 1] == '\r')
                {
                    count++;
                }

                at += "Final-Recipient:".Length;
            }

            return count;
        }
    }
}
