namespace SmtpCodes
{
    using System.Collections.Generic;

    /// <summary>
    /// Reads a message into a <see cref="SmtpBounce"/>: finds its parts, decides its kind, then reads its recipients from
    /// the delivery-status part when there is one and from the human-readable text otherwise (or where the status part
    /// lacks a diagnostic), and diagnoses each recipient's evidence with <see cref="SmtpReply.Diagnose(string)"/>.
    /// </summary>
    internal static class BounceReader
    {
        // Evidence handed to the diagnoser is bounded: the reply is at the front of what a bounce says about a recipient.
        private const int MaxEvidence = 4000;

        internal static SmtpBounce Read(string message)
        {
            MimeEntity root = MimeParser.ParseMessage(message);
            MessageParts parts = MessageParts.Find(root);
            BounceMessageFields fields = BounceMessageFields.Empty;
            fields.Subject = EncodedWords.Decode(root.Headers.Get("Subject"));
            ReadOriginalHeaders(parts, ref fields);

            var recipients = new List<SmtpBounceRecipient>();
            if (parts.HasFeedbackReport)
            {
                ReadFeedbackReport(parts.FeedbackReport, recipients);
                return new SmtpBounce(SmtpBounceMessageKind.FeedbackReport, fields, recipients);
            }

            var excluded = OwnAddresses(root.Headers);
            string human = parts.HumanText;
            int humanEnd = PlainTextRecipients.ReturnedMessageStart(human);
            var found = new List<FoundRecipient>();
            PlainTextRecipients.Find(human, humanEnd, excluded, found);
            bool delayed = BouncePhrases.ContainsAny(fields.Subject, BouncePhrases.DelayWords)
                || BouncePhrases.ContainsAny(human, 0, System.Math.Min(humanEnd, 3000), BouncePhrases.DelayWords);

            if (parts.HasDeliveryStatus)
            {
                var groups = new List<BounceRecipientFields>();
                string reportingMta = string.Empty;
                DeliveryStatusReader.Read(parts.DeliveryStatus.DecodedText, ref reportingMta, groups);
                fields.ReportingMta = reportingMta;
                if (groups.Count > 0)
                {
                    for (int i = 0; i < groups.Count; i++)
                    {
                        BounceRecipientFields group = groups[i];
                        recipients.Add(Complete(group, found, human, humanEnd, delayed));
                    }

                    return new SmtpBounce(SmtpBounceMessageKind.DeliveryStatus, fields, recipients);
                }
            }

            SmtpBounceMessageKind kind = parts.HasDeliveryStatus ? SmtpBounceMessageKind.DeliveryStatus : Classify(root.Headers, fields.Subject, human, humanEnd, found.Count);
            if (kind == SmtpBounceMessageKind.PlainTextBounce || kind == SmtpBounceMessageKind.DeliveryStatus)
            {
                if (fields.ReportingMta.Length == 0)
                {
                    fields.ReportingMta = PlainReportingMta(root.Headers, human, humanEnd);
                }

                AddFailedRecipientsHeader(root.Headers, found);
                for (int i = 0; i < found.Count; i++)
                {
                    BounceRecipientFields recipient = BounceRecipientFields.Empty;
                    recipient.FinalRecipient = found[i].Address;
                    recipient.OriginalRecipient = found[i].OriginalAddress;
                    recipient.Action = delayed ? SmtpDeliveryAction.Delayed : SmtpDeliveryAction.Failed;
                    recipients.Add(Complete(recipient, found, human, humanEnd, delayed));
                }
            }

            return new SmtpBounce(kind, fields, recipients);
        }

        /// <summary>Fills what the report left out (action, evidence) and diagnoses the recipient.</summary>
        private static SmtpBounceRecipient Complete(BounceRecipientFields recipient, List<FoundRecipient> found, string human, int humanEnd, bool delayed)
        {
            string words = WordsAbout(recipient, found);
            if (recipient.DiagnosticText.Length == 0 && words.Length == 0)
            {
                // Nothing names this recipient's reply: the bounce's whole explanation is the evidence.
                words = Bounded(human, humanEnd);
            }

            string evidence = recipient.DiagnosticText.Length > 0 ? recipient.DiagnosticText : words;
            if (evidence.Length > MaxEvidence)
            {
                evidence = evidence.Substring(0, MaxEvidence);
            }

            SmtpDiagnosis diagnosis = SmtpReply.Diagnose(evidence);
            if (!diagnosis.BasicCode.HasValue && !diagnosis.EnhancedCode.HasValue && found.Count == 1 && recipient.DiagnosticText.Length == 0 && words.Length < humanEnd)
            {
                // The lines naming the only recipient hold no reply (Gmail puts it in a later paragraph): the whole explanation does.
                evidence = Bounded(human, humanEnd);
                diagnosis = SmtpReply.Diagnose(evidence);
            }

            if (recipient.StatusText.Length > 0 && SmtpEnhancedStatusCode.TryParse(recipient.StatusText, out SmtpEnhancedStatusCode status))
            {
                recipient.Status = status;
                if (!diagnosis.EnhancedCode.HasValue)
                {
                    // The report's Status field is the enhanced code the diagnostic text lacks: read them together.
                    evidence = WithStatus(evidence, recipient.StatusText);
                    diagnosis = SmtpReply.Diagnose(evidence);
                }
            }
            else if (diagnosis.EnhancedCode.HasValue)
            {
                recipient.Status = diagnosis.EnhancedCode;
            }

            if (recipient.Action == SmtpDeliveryAction.Unknown)
            {
                recipient.Action = ActionFromClass(recipient.Status, delayed);
            }

            recipient.Evidence = evidence;
            recipient.Diagnosis = diagnosis;
            return new SmtpBounceRecipient(recipient);
        }

        private static string WordsAbout(BounceRecipientFields recipient, List<FoundRecipient> found)
        {
            for (int i = 0; i < found.Count; i++)
            {
                if (string.Equals(found[i].Address, recipient.FinalRecipient, System.StringComparison.OrdinalIgnoreCase)
                    || string.Equals(found[i].Address, recipient.OriginalRecipient, System.StringComparison.OrdinalIgnoreCase))
                {
                    return found[i].Text.ToString();
                }
            }

            return string.Empty;
        }

        private static string Bounded(string text, int end)
        {
            return text.Substring(0, System.Math.Min(end, MaxEvidence));
        }

        // "550 User unknown" + "5.1.1" reads as "550 5.1.1 User unknown"; a text without a basic code gets the status in front.
        private static string WithStatus(string evidence, string status)
        {
            string trimmed = evidence.TrimStart();
            if (trimmed.Length >= 4 && char.IsDigit(trimmed[0]) && char.IsDigit(trimmed[1]) && char.IsDigit(trimmed[2]) && (trimmed[3] == ' ' || trimmed[3] == '-'))
            {
                return trimmed.Substring(0, 4) + status + " " + trimmed.Substring(4);
            }

            return trimmed.Length == 0 ? status : status + " " + trimmed;
        }

        private static SmtpDeliveryAction ActionFromClass(SmtpEnhancedStatusCode? status, bool delayed)
        {
            if (delayed)
            {
                return SmtpDeliveryAction.Delayed;
            }

            return status.HasValue && status.Value.Class == SmtpReplyClass.Success ? SmtpDeliveryAction.Delivered : SmtpDeliveryAction.Failed;
        }

        private static SmtpBounceMessageKind Classify(MimeHeaderList headers, string subject, string human, int humanEnd, int recipientsFound)
        {
            string from = headers.Get("From");
            bool daemon = BouncePhrases.ContainsAny(from, BouncePhrases.DaemonSenders);
            bool failureSubject = BouncePhrases.ContainsAny(subject, BouncePhrases.FailureSubjects);
            bool autoSubject = BouncePhrases.ContainsAny(subject, BouncePhrases.AutoReplySubjects);
            bool failureBody = BouncePhrases.ContainsAny(human, 0, System.Math.Min(humanEnd, 3000), BouncePhrases.FailureBodies);
            bool noHeader = headers.Count == 0;
            if (autoSubject && !failureSubject)
            {
                return SmtpBounceMessageKind.AutoReply;
            }

            if (headers.Has("X-Failed-Recipients") || failureSubject || daemon || (failureBody && (noHeader || recipientsFound > 0)))
            {
                return SmtpBounceMessageKind.PlainTextBounce;
            }

            if (IsAutoReplyHeader(headers))
            {
                return SmtpBounceMessageKind.AutoReply;
            }

            return SmtpBounceMessageKind.NotBounce;
        }

        // RFC 3834 Auto-Submitted (other than "no"), and the headers of common responders (vacation, Exchange, Outlook).
        private static bool IsAutoReplyHeader(MimeHeaderList headers)
        {
            string autoSubmitted = headers.Get("Auto-Submitted").Trim();
            if (autoSubmitted.Length > 0 && !autoSubmitted.StartsWith("no", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            string precedence = headers.Get("Precedence");
            return headers.Has("X-Autoreply") || headers.Has("X-Autorespond") || precedence.IndexOf("auto_reply", System.StringComparison.OrdinalIgnoreCase) >= 0;
        }

        private static void ReadFeedbackReport(MimeEntity report, List<SmtpBounceRecipient> into)
        {
            var fields = new MimeHeaderList();
            string text = report.DecodedText;
            MimeHeaderList.Parse(text, 0, text.Length, fields);
            string address = MailAddresses.Normalise(fields.Get("Original-Rcpt-To"));
            if (address.Length == 0)
            {
                address = MailAddresses.Normalise(fields.Get("Removal-Recipient"));
            }

            if (address.Length == 0)
            {
                return;
            }

            BounceRecipientFields recipient = BounceRecipientFields.Empty;
            recipient.FinalRecipient = address;
            recipient.Action = SmtpDeliveryAction.Unknown;
            recipient.DiagnosticType = "feedback-type";
            recipient.DiagnosticText = fields.Get("Feedback-Type").Trim();
            recipient.Evidence = string.Empty;
            into.Add(new SmtpBounceRecipient(recipient));
        }

        private static List<string> OwnAddresses(MimeHeaderList headers)
        {
            var own = new List<string>();
            string[] names = { "From", "To", "Return-Path", "Reply-To", "Sender", "Errors-To", "Delivered-To" };
            for (int i = 0; i < names.Length; i++)
            {
                string value = headers.Get(names[i]);
                int position = 0;
                while (MailAddresses.TryFind(value, position, value.Length, out int start, out int end))
                {
                    own.Add(value.Substring(start, end - start).ToLowerInvariant());
                    position = end;
                }
            }

            return own;
        }

        // Exim names every failed address in X-Failed-Recipients: any the text reader missed is added.
        private static void AddFailedRecipientsHeader(MimeHeaderList headers, List<FoundRecipient> found)
        {
            string value = headers.Get("X-Failed-Recipients");
            int position = 0;
            while (MailAddresses.TryFind(value, position, value.Length, out int start, out int end))
            {
                string address = value.Substring(start, end - start);
                bool known = false;
                for (int i = 0; i < found.Count && !known; i++)
                {
                    known = string.Equals(found[i].Address, address, System.StringComparison.OrdinalIgnoreCase);
                }

                if (!known)
                {
                    found.Add(FoundRecipient.Of(address));
                }

                position = end;
            }
        }

        // Postfix "This is the mail system at host X.", qmail "This is the qmail-send program at X.", else the sender's domain.
        private static string PlainReportingMta(MimeHeaderList headers, string human, int humanEnd)
        {
            string[] openings = { "mail system at host ", "qmail-send program at " };
            for (int i = 0; i < openings.Length; i++)
            {
                int at = human.IndexOf(openings[i], 0, humanEnd, System.StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    int start = at + openings[i].Length;
                    int end = start;
                    while (end < humanEnd && (char.IsLetterOrDigit(human[end]) || human[end] == '.' || human[end] == '-'))
                    {
                        end++;
                    }

                    return human.Substring(start, end - start).TrimEnd('.');
                }
            }

            string from = headers.Get("From");
            if (MailAddresses.TryFind(from, 0, from.Length, out int addressStart, out int addressEnd))
            {
                int atSign = from.IndexOf('@', addressStart, addressEnd - addressStart);
                return from.Substring(atSign + 1, addressEnd - atSign - 1);
            }

            return string.Empty;
        }

        private static void ReadOriginalHeaders(MessageParts parts, ref BounceMessageFields fields)
        {
            MimeHeaderList original;
            if (parts.HasReturnedMessage)
            {
                original = parts.ReturnedMessage.Headers;
            }
            else
            {
                // A plain-text bounce quotes the returned header in its text, after a marker line.
                string human = parts.HumanText;
                int position = PlainTextRecipients.ReturnedMessageStart(human);
                original = new MimeHeaderList();
                int lines = 0;
                while (position < human.Length && lines < 40)
                {
                    int lineEnd = MimeLines.LineEnd(human, position, human.Length, out int next);
                    if (MimeHeaderList.IsFieldLine(human, position, lineEnd) && !BouncePhrases.ContainsAny(human, position, lineEnd, BouncePhrases.ReturnedMessageMarkers))
                    {
                        MimeHeaderList.Parse(human, position, human.Length, original);
                        break;
                    }

                    position = next;
                    lines++;
                }
            }

            fields.OriginalMessageId = original.Get("Message-ID");
            fields.OriginalTo = EncodedWords.Decode(original.Get("To"));
            fields.OriginalSubject = EncodedWords.Decode(original.Get("Subject"));
        }
    }
}
