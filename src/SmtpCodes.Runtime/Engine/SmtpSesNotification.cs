namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// Reads Amazon SES's bounce, complaint and delivery notifications where they arrive by mail: the JSON that SES
    /// publishes to an Amazon SNS topic, sent by SNS's "email" subscription as the body itself, or by its "email-json"
    /// subscription inside SNS's envelope (<c>"Type": "Notification"</c>, the notification as the string <c>"Message"</c>).
    /// </summary>
    /// <remarks>
    /// The fields are those of "Amazon SNS notification contents for Amazon SES"
    /// (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html): a top-level <c>notificationType</c>
    /// (<c>eventType</c> where event publishing is set up) of <c>Bounce</c>, <c>Complaint</c> or <c>Delivery</c>; a
    /// <c>mail</c> object (<c>messageId</c>, the ID SES returned when the message was sent, and <c>commonHeaders</c> with
    /// the original <c>subject</c> and <c>to</c>); a <c>bounce</c> object (<c>bounceType</c> Undetermined, Permanent or
    /// Transient, <c>bounceSubType</c>, <c>reportingMTA</c>, and <c>bouncedRecipients</c>, each with
    /// <c>emailAddress</c> and, where the receiver sent a DSN, its <c>action</c>, <c>status</c> and
    /// <c>diagnosticCode</c>); a <c>complaint</c> object (<c>complainedRecipients</c> and the ARF
    /// <c>complaintFeedbackType</c>). A bounce is read into the same fields as a DSN's status groups and diagnosed the
    /// same way; a complaint is a feedback report; a delivery is no bounce. SES may add fields, so unknown ones are
    /// skipped; the examples are in https://docs.aws.amazon.com/ses/latest/dg/notification-examples.html.
    /// </remarks>
    internal static class SmtpSesNotification
    {
        // SES sends to at most 50 recipients a message; a hostile notice's list is read as far as any bounce's.
        private const int MaxRecipients = SmtpBounceReader.MaxRecipients;

        /// <summary>Whether the text, after white space, opens a JSON object: the only bodies worth reading as a notification.</summary>
        internal static bool OpensObject(SmtpMimeText text, int start, int end)
        {
            int position = SmtpJson.SkipSpace(text, start, end);
            return position < end && text[position] == '{';
        }

        /// <summary>
        /// Reads the notification in the range: its kind (<see cref="SmtpBounceMessageKind.PlainTextBounce"/> for a
        /// bounce, <see cref="SmtpBounceMessageKind.FeedbackReport"/> for a complaint, <see cref="SmtpBounceMessageKind.NotBounce"/>
        /// for a delivery), the original message's fields and one entry per recipient; false when it is none.
        /// </summary>
        internal static bool TryRead(SmtpMimeText text, int start, int end, ref SmtpBounceMessageFields fields, List<SmtpBounceRecipientFields> into, out SmtpBounceMessageKind kind)
        {
            kind = SmtpBounceMessageKind.NotBounce;
            int objectStart = SmtpJson.SkipSpace(text, start, end);
            int objectEnd = SmtpJson.ValueEnd(text, objectStart, end);
            if (objectEnd < 0)
            {
                return false;
            }

            if (SmtpJson.TryMember(text, objectStart, objectEnd, "Type", out int typeStart, out int typeEnd) && SmtpJson.IsString(text, typeStart, typeEnd, "Notification")
                && SmtpJson.TryMember(text, objectStart, objectEnd, "Message", out int messageStart, out int messageEnd))
            {
                // SNS's envelope, which its email-json subscription sends as the body ("HTTP/HTTPS notification JSON
                // format", https://docs.aws.amazon.com/sns/latest/dg/http-notification-json.html): the notification is
                // the string "Message", read again once its escapes are undone.
                char[] inner = SmtpMimeArena.Chars(messageEnd - messageStart);
                text = new SmtpMimeText(inner, SmtpJson.Unescape(text, messageStart, messageEnd, inner));
                objectStart = SmtpJson.SkipSpace(text, 0, text.Length);
                objectEnd = SmtpJson.ValueEnd(text, objectStart, text.Length);
                if (objectEnd < 0)
                {
                    return false;
                }
            }

            if (!SmtpJson.TryMember(text, objectStart, objectEnd, "notificationType", out typeStart, out typeEnd)
                && !SmtpJson.TryMember(text, objectStart, objectEnd, "eventType", out typeStart, out typeEnd))
            {
                return false;
            }

            // Each type has its object (the documentation's "bounce", "complaint", "delivery" and, for event publishing,
            // "deliveryDelay"): without it the JSON is no notification, and the body is read as any other.
            string detail;
            if (SmtpJson.IsString(text, typeStart, typeEnd, "Bounce"))
            {
                kind = SmtpBounceMessageKind.PlainTextBounce;
                detail = "bounce";
            }
            else if (SmtpJson.IsString(text, typeStart, typeEnd, "DeliveryDelay"))
            {
                kind = SmtpBounceMessageKind.PlainTextBounce;
                detail = "deliveryDelay";
            }
            else if (SmtpJson.IsString(text, typeStart, typeEnd, "Complaint"))
            {
                kind = SmtpBounceMessageKind.FeedbackReport;
                detail = "complaint";
            }
            else if (SmtpJson.IsString(text, typeStart, typeEnd, "Delivery"))
            {
                detail = "delivery";
            }
            else
            {
                return false;
            }

            if (!SmtpJson.TryMember(text, objectStart, objectEnd, detail, out int detailStart, out int detailEnd) || text[detailStart] != '{')
            {
                return false;
            }

            ReadMail(text, objectStart, objectEnd, ref fields);
            if (kind == SmtpBounceMessageKind.PlainTextBounce)
            {
                ReadProblem(text, detailStart, detailEnd, detail != "bounce", ref fields, into);
            }
            else if (kind == SmtpBounceMessageKind.FeedbackReport)
            {
                ReadComplaint(text, detailStart, detailEnd, into);
            }

            return true;
        }

        // The mail object: the ID SES gave the message, and the original Subject and To where the notification has them.
        private static void ReadMail(SmtpMimeText text, int objectStart, int objectEnd, ref SmtpBounceMessageFields fields)
        {
            if (!SmtpJson.TryMember(text, objectStart, objectEnd, "mail", out int mailStart, out int mailEnd))
            {
                return;
            }

            // "The time at which the original message was sent": when SES, the reporting MTA, took it.
            fields.ArrivalDate = Timestamp(text, mailStart, mailEnd);
            if (SmtpJson.TryMember(text, mailStart, mailEnd, "messageId", out int start, out int end))
            {
                fields.OriginalMessageId = SmtpJson.StringValue(text, start, end);
            }

            if (!SmtpJson.TryMember(text, mailStart, mailEnd, "commonHeaders", out int headersStart, out int headersEnd))
            {
                return;
            }

            if (SmtpJson.TryMember(text, headersStart, headersEnd, "subject", out start, out end))
            {
                fields.OriginalSubject = SmtpJson.StringValue(text, start, end);
            }

            if (SmtpJson.TryMember(text, headersStart, headersEnd, "to", out int toStart, out int toEnd))
            {
                fields.OriginalTo = Joined(text, toStart, toEnd);
            }
        }

        // The bounce object (bouncedRecipients, bounceType, bounceSubType), or the deliveryDelay object of event
        // publishing ("Contents of event data that Amazon SES publishes to Amazon SNS",
        // https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html: delayedRecipients,
        // delayType such as "TransientCommunicationFailure"; SES still tries, so its recipients are delayed).
        private static void ReadProblem(SmtpMimeText text, int problemStart, int problemEnd, bool delay, ref SmtpBounceMessageFields fields, List<SmtpBounceRecipientFields> into)
        {
            if (SmtpJson.TryMember(text, problemStart, problemEnd, "reportingMTA", out int start, out int end))
            {
                SmtpMimeText mta = SmtpJson.StringContent(text, start, end, out int mtaStart, out int mtaEnd);
                fields.ReportingMta = SmtpDeliveryStatusReader.AfterType(mta, mtaStart, mtaEnd);
            }

            SmtpBounceRecipientFields template = SmtpBounceRecipientFields.Empty;
            template.Action = delay ? SmtpDeliveryAction.Delayed : SmtpDeliveryAction.Failed;

            // "The date and time at which the bounce was sent" (for a delay, when it occurred): the last attempt's answer.
            template.LastAttemptDate = Timestamp(text, problemStart, problemEnd);
            int first = into.Count;
            ReadRecipients(text, problemStart, problemEnd, delay ? "delayedRecipients" : "bouncedRecipients", template, true, into);
            string typeWords = string.Empty;
            for (int i = first; i < into.Count; i++)
            {
                if (into[i].DiagnosticText.Length == 0)
                {
                    // Made once, for every recipient the receiver sent no DSN about.
                    typeWords = typeWords.Length > 0 ? typeWords : TypeWords(text, problemStart, problemEnd, delay);
                    SmtpBounceRecipientFields recipient = into[i];
                    recipient.DiagnosticText = typeWords;
                    into[i] = recipient;
                }
            }
        }

        // One recipient per element of the named list that has an emailAddress, each starting as the template; with
        // the DSN fields of a bounced recipient where asked.
        private static void ReadRecipients(SmtpMimeText text, int objectStart, int objectEnd, string list, SmtpBounceRecipientFields template, bool dsnFields, List<SmtpBounceRecipientFields> into)
        {
            if (!SmtpJson.TryMember(text, objectStart, objectEnd, list, out int listStart, out int listEnd))
            {
                return;
            }

            int position = listStart;
            while (into.Count < MaxRecipients && SmtpJson.TryNextElement(text, ref position, listEnd, out int recipientStart, out int recipientEnd))
            {
                if (SmtpJson.TryMember(text, recipientStart, recipientEnd, "emailAddress", out int start, out int end))
                {
                    SmtpBounceRecipientFields recipient = template;
                    recipient.FinalRecipient = Address(text, start, end);
                    if (dsnFields)
                    {
                        ReadBouncedRecipient(text, recipientStart, recipientEnd, ref recipient, into);
                    }

                    into.Add(recipient);
                }
            }
        }

        // A bounced recipient's DSN fields, where the receiver sent a DSN: read as a status group's.
        private static void ReadBouncedRecipient(SmtpMimeText text, int recipientStart, int recipientEnd, ref SmtpBounceRecipientFields recipient, List<SmtpBounceRecipientFields> earlier)
        {
            SmtpMimeText value;
            int start;
            int end;
            if (SmtpJson.TryMember(text, recipientStart, recipientEnd, "action", out start, out end))
            {
                value = SmtpJson.StringContent(text, start, end, out start, out end);
                SmtpDeliveryAction action = SmtpDeliveryStatusReader.ParseAction(value, start, end);
                if (action != SmtpDeliveryAction.Unknown)
                {
                    recipient.Action = action;
                }
            }

            if (SmtpJson.TryMember(text, recipientStart, recipientEnd, "status", out start, out end))
            {
                value = SmtpJson.StringContent(text, start, end, out start, out end);
                recipient.StatusText = new SmtpTextRange { Text = value, Start = start, End = end };
            }

            if (SmtpJson.TryMember(text, recipientStart, recipientEnd, "diagnosticCode", out start, out end))
            {
                value = SmtpJson.StringContent(text, start, end, out start, out end);
                SmtpDeliveryStatusReader.ReadDiagnostic(value, start, end, ref recipient, earlier);
            }
        }

        private static void ReadComplaint(SmtpMimeText text, int complaintStart, int complaintEnd, List<SmtpBounceRecipientFields> into)
        {
            string feedbackType = string.Empty;
            if (SmtpJson.TryMember(text, complaintStart, complaintEnd, "complaintFeedbackType", out int start, out int end))
            {
                feedbackType = SmtpJson.StringValue(text, start, end);
            }

            // As an ARF report's recipient (SmtpBounceReader.ReadFeedbackReport): the complaining address and its feedback type.
            SmtpBounceRecipientFields complainer = SmtpBounceRecipientFields.Empty;
            complainer.Action = SmtpDeliveryAction.Unknown;
            complainer.DiagnosticType = "feedback-type";
            complainer.DiagnosticText = feedbackType;
            ReadRecipients(text, complaintStart, complaintEnd, "complainedRecipients", complainer, false, into);
        }

        // A recipient without a DSN says only what SES decided: the type and subtype ("Transient", "MailboxFull"), as
        // words ("Transient bounce: Mailbox Full", "Transient Communication Failure delay") so that the diagnoser reads
        // them as text.
        private static string TypeWords(SmtpMimeText text, int problemStart, int problemEnd, bool delay)
        {
            global::System.Text.StringBuilder words = SmtpMimeDecoder.Builder();
            if (SmtpJson.TryMember(text, problemStart, problemEnd, delay ? "delayType" : "bounceType", out int start, out int end))
            {
                AppendWords(words, SmtpJson.StringContent(text, start, end, out start, out end), start, end);
            }

            // A notification without a type is one SES could not classify: the documentation's "Undetermined".
            words.Append(words.Length == 0 ? "Undetermined " : " ").Append(delay ? "delay" : "bounce");
            if (!delay && SmtpJson.TryMember(text, problemStart, problemEnd, "bounceSubType", out start, out end))
            {
                words.Append(": ");
                AppendWords(words, SmtpJson.StringContent(text, start, end, out start, out end), start, end);
            }

            return SmtpMimeDecoder.Finish(words);
        }

        // "MailboxFull" as "Mailbox Full": a space before each capital that follows a small letter.
        private static void AppendWords(global::System.Text.StringBuilder words, SmtpMimeText value, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (i > start && char.IsUpper(value[i]) && char.IsLower(value[i - 1]))
                {
                    words.Append(' ');
                }

                words.Append(value[i]);
            }
        }

        // The addresses of a JSON array of strings (commonHeaders.to), joined as a To header joins them.
        private static string Joined(SmtpMimeText text, int arrayStart, int arrayEnd)
        {
            if (arrayStart >= arrayEnd || text[arrayStart] != '[')
            {
                return SmtpJson.StringValue(text, arrayStart, arrayEnd);
            }

            global::System.Text.StringBuilder joined = SmtpMimeDecoder.Builder();
            int position = arrayStart;
            int count = 0;
            while (count < MaxRecipients && SmtpJson.TryNextElement(text, ref position, arrayEnd, out int start, out int end))
            {
                SmtpMimeText value = SmtpJson.StringContent(text, start, end, out int valueStart, out int valueEnd);
                joined.Append(count++ > 0 ? ", " : string.Empty);
                value.AppendTo(joined, valueStart, valueEnd - valueStart);
            }

            return SmtpMimeDecoder.Finish(joined);
        }

        // The address in an emailAddress value: bare as in the documentation's examples, or with a display name or a
        // type ("rfc822; a@b", as a DSN's Final-Recipient that SES passes on) around it.
        private static string Address(SmtpMimeText text, int valueStart, int valueEnd)
        {
            SmtpMimeText value = SmtpJson.StringContent(text, valueStart, valueEnd, out int start, out int end);
            return SmtpMailAddresses.TryFind(value, start, end, out int addressStart, out int addressEnd)
                ? value.Substring(addressStart, addressEnd - addressStart)
                : SmtpMailAddresses.Normalise(value, start, end);
        }

        // The object's "timestamp" (ISO 8601, as RFC 3339 profiles it), or null.
        private static global::System.DateTimeOffset? Timestamp(SmtpMimeText text, int objectStart, int objectEnd)
        {
            if (!SmtpJson.TryMember(text, objectStart, objectEnd, "timestamp", out int start, out int end))
            {
                return null;
            }

            SmtpMimeText value = SmtpJson.StringContent(text, start, end, out start, out end);
            return SmtpDateTime.TryParseRfc3339(value, start, end, out global::System.DateTimeOffset date) ? date : (global::System.DateTimeOffset?)null;
        }
    }
}
