namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// Reads a message into a <see cref="SmtpBounce"/>: finds its parts, decides its kind, then reads its recipients from
    /// the delivery-status part when there is one and from the human-readable text otherwise (or where the status part
    /// lacks a diagnostic), and diagnoses each recipient's evidence with <see cref="SmtpReply.Diagnose(string)"/>.
    /// </summary>
    internal static class SmtpBounceReader
    {
        // Evidence handed to the diagnoser is bounded: the reply is at the front of what a bounce says about a recipient.
        private const int MaxEvidence = 4000;

        // A bounce says what it is (a failure, a delay) at its start: the phrase lists are looked for in this much of it.
        private const int OpeningLength = 3000;

        internal static SmtpBounce Read(SmtpMimeText message)
        {
            return Read(message, null);
        }

        /// <summary>
        /// Reads <paramref name="message"/>; <paramref name="deliveryStatusFields"/>, when not null, stands for the text
        /// of its delivery-status part (the fields another parser already read: MimeKitBounceExtensions).
        /// </summary>
#if SMTPCODES_NULLABLE
        internal static SmtpBounce Read(SmtpMimeText message, string? deliveryStatusFields)
#else
        internal static SmtpBounce Read(SmtpMimeText message, string deliveryStatusFields)
#endif
        {
            // The MIME tree never leaves the read: its entities are per-thread memory, taken here and given back.
            SmtpMimeArena arena = SmtpMimeArena.Take();
            try
            {
                return Read(arena.ParseMessage(message), deliveryStatusFields);
            }
            finally
            {
                arena.Release();
            }
        }

#if SMTPCODES_NULLABLE
        private static SmtpBounce Read(SmtpMimeEntity root, string? deliveryStatusFields)
#else
        private static SmtpBounce Read(SmtpMimeEntity root, string deliveryStatusFields)
#endif
        {
            SmtpMessageParts parts = SmtpMessageParts.Find(root);
            if (IsForwardedReport(root, parts))
            {
                // A relay or a scanner (InterScan, a user's "forward as attachment") sent the report inside a message of
                // its own: the report is the bounce. Once only: a report inside that one is its returned message.
                root = parts.ReturnedMessage;
                parts = SmtpMessageParts.Find(root);
            }

            SmtpBounceMessageFields fields = SmtpBounceMessageFields.Empty;
            fields.Subject = DecodedField(root.Headers, "Subject");
            SmtpBounceText human;
            human.Text = parts.HumanText(out human.Start, out human.End);
            human.ExplanationEnd = SmtpPlainTextRecipients.ReturnedMessageStart(human.Text, human.Start, human.End);
            ReadOriginalHeaders(parts, human, ref fields, out bool returnedListMail);

            List<SmtpBounceRecipient> recipients = SmtpMimeArena.Recipients();
            if (parts.HasFeedbackReport)
            {
                ReadFeedbackReport(parts.FeedbackReport, recipients);
                return new SmtpBounce(SmtpBounceMessageKind.FeedbackReport, fields, recipients);
            }

            var preamble = default(Preamble);
            List<SmtpFoundRecipient> found = SmtpMimeArena.FoundRecipients();
            if (parts.HasDeliveryStatus)
            {
                List<SmtpBounceRecipientFields> groups = SmtpMimeArena.RecipientFields();
                string reportingMta = string.Empty;
                int statusStart = 0;
                int statusEnd = deliveryStatusFields == null ? 0 : deliveryStatusFields.Length;
                SmtpMimeText status = deliveryStatusFields ?? parts.DeliveryStatus.DecodedRange(out statusStart, out statusEnd);
                SmtpDeliveryStatusReader.Read(status, statusStart, statusEnd, ref reportingMta, groups);
                fields.ReportingMta = reportingMta;
                if (groups.Count > 0)
                {
                    if (NeedsText(groups, out bool needsDelay))
                    {
                        // A recipient without a Diagnostic-Code: what the text says about it is its evidence.
                        SmtpPlainTextRecipients.Find(human.Text, human.Start, human.ExplanationEnd, OwnAddresses(root.Headers), found);
                    }

                    bool delayed = needsDelay && IsDelayWarning(fields.Subject, human);
                    for (int i = 0; i < groups.Count; i++)
                    {
                        if (IsFirstGroupOf(groups, i))
                        {
                            recipients.Add(Complete(WithAddressFromText(groups[i], groups.Count, found), found, human, fields.Subject, delayed, ref preamble));
                        }
                    }

                    return new SmtpBounce(SmtpBounceMessageKind.DeliveryStatus, fields, recipients);
                }
            }

            List<SmtpTextRange> own = OwnAddresses(root.Headers);
            SmtpPlainTextRecipients.Find(human.Text, human.Start, human.ExplanationEnd, own, found);
            if (found.Count == 0 && IsFromDomain(root.Headers, SmtpPlainTextRecipients.ScreenNameDomain))
            {
                SmtpPlainTextRecipients.FindScreenNames(human.Text, human.Start, human.ExplanationEnd, found);
            }

            SmtpBounceMessageKind kind = parts.HasDeliveryStatus ? SmtpBounceMessageKind.DeliveryStatus : Classify(root.Headers, fields.Subject, human, found.Count);
            if (kind == SmtpBounceMessageKind.PlainTextBounce || kind == SmtpBounceMessageKind.DeliveryStatus)
            {
                if (fields.ReportingMta.Length == 0)
                {
                    fields.ReportingMta = PlainReportingMta(root.Headers, human);
                }

                AddFailedRecipientsHeader(root.Headers, found);
                if (found.Count == 0)
                {
                    SmtpPlainTextRecipients.FindLabelledLocalParts(human.Text, human.Start, human.ExplanationEnd, found);
                }

                if (found.Count == 0 && !returnedListMail)
                {
                    SmtpPlainTextRecipients.FindOnlyReturnedRecipient(fields.OriginalTo, human.Text, human.Start, human.ExplanationEnd, own, found);
                }

                bool delayed = found.Count > 0 && IsDelayWarning(fields.Subject, human);
                for (int i = 0; i < found.Count; i++)
                {
                    SmtpBounceRecipientFields recipient = SmtpBounceRecipientFields.Empty;
                    recipient.FinalRecipient = found[i].Address.ToString();
                    recipient.OriginalRecipient = found[i].OriginalAddress.ToString();
                    recipient.Action = delayed ? SmtpDeliveryAction.Delayed : SmtpDeliveryAction.Failed;
                    recipients.Add(Complete(recipient, found, human, fields.Subject, delayed, ref preamble));
                }
            }

            return new SmtpBounce(kind, fields, recipients);
        }

        // RFC 3464 section 2.3.2 makes Final-Recipient an address; Exim writes the name of a pipe or file delivery there
        // ("rfc822;/var/mail/x") when that delivery fails, and its text names the address that led to it ("generated by
        // a@b"); Sendmail behind a gateway may write a bare domain ("RFC822; @mx.example.org", no local part). The only
        // group of a report, naming no mailbox, takes the one address its text names as the address the sender used
        // (Original-Recipient).
        private static SmtpBounceRecipientFields WithAddressFromText(SmtpBounceRecipientFields group, int groups, List<SmtpFoundRecipient> found)
        {
            if (groups == 1 && found.Count == 1 && !IsMailbox(group.FinalRecipient) && !IsMailbox(group.OriginalRecipient))
            {
                group.OriginalRecipient = found[0].Address.ToString();
            }

            return group;
        }

        // An address with a local part before its '@' (a source route "@a:b@c" has one after its colon).
        private static bool IsMailbox(string address)
        {
            return address.LastIndexOf('@') > 0;
        }

        // Whether a status group lacks a diagnostic (the text is then read for its recipients) or an action (whether
        // the bounce is a delay warning then decides it): a report that states both for everyone is read alone.
        private static bool NeedsText(List<SmtpBounceRecipientFields> groups, out bool needsDelay)
        {
            bool needsText = false;
            needsDelay = false;
            for (int i = 0; i < groups.Count; i++)
            {
                needsText |= groups[i].DiagnosticText.Length == 0;
                needsDelay |= groups[i].Action == SmtpDeliveryAction.Unknown;
            }

            return needsText;
        }

        private static bool IsDelayWarning(string subject, SmtpBounceText human)
        {
            return SmtpBouncePhrases.ContainsAny(subject, SmtpBouncePhrases.DelayWords)
                || SmtpBouncePhrases.ContainsAny(human.Text, human.Start, human.OpeningEnd(OpeningLength), SmtpBouncePhrases.DelayWords);
        }

        /// <summary>Fills what the report left out (action, evidence) and diagnoses the recipient.</summary>
        private static SmtpBounceRecipient Complete(SmtpBounceRecipientFields recipient, List<SmtpFoundRecipient> found, SmtpBounceText human, string subject, bool delayed, ref Preamble preamble)
        {
            // A report's Diagnostic-Code is the recipient's own evidence; the text is read only for a recipient without one.
            // The evidence is a range where it lies until it is returned: only the one kept becomes a string.
            SmtpTextRange words = recipient.DiagnosticText.Length == 0 ? WordsAbout(recipient, found) : SmtpTextRange.Empty;
            if (recipient.DiagnosticText.Length == 0 && words.Length == 0)
            {
                // Nothing names this recipient's reply: the bounce's whole explanation is the evidence.
                words = human.Explanation(human.ExplanationEnd, MaxEvidence);
            }

            SmtpTextRange evidence = recipient.DiagnosticText.Length > 0 ? SmtpTextRange.Whole(recipient.DiagnosticText) : words;
            if (evidence.Length > MaxEvidence)
            {
                evidence.End = evidence.Start + MaxEvidence;
            }

            SmtpDiagnosis diagnosis = DiagnoseCause(ref evidence);
            bool hasCodes = diagnosis.BasicCode.HasValue || diagnosis.EnhancedCode.HasValue;
            bool saysNothing = !hasCodes && diagnosis.Reason == SmtpBounceReason.Undefined;
            if (!hasCodes && found.Count == 1 && recipient.DiagnosticText.Length == 0 && words.Length < human.ExplanationEnd - human.Start)
            {
                // The lines naming the only recipient hold no code. Where they say nothing of why (Gmail puts its reply
                // in a later paragraph), the whole explanation is the evidence. Where they give a reason in the
                // reporter's words ("wasn't delivered to ... because the address couldn't be found"), the server's
                // reply that may follow ("The response from the remote server was: 550 5.1.1 ...") is the better
                // evidence when it has codes and a reason; else the recipient's own lines stay (Exim's indented
                // "Unrouteable address" under the address, in a bounce with no reply at all).
                SmtpTextRange whole = human.Explanation(human.ExplanationEnd, MaxEvidence);
                SmtpDiagnosis wholeDiagnosis = Diagnose(ref whole);
                if (saysNothing || ((wholeDiagnosis.BasicCode.HasValue || wholeDiagnosis.EnhancedCode.HasValue) && !IsVague(wholeDiagnosis.Reason)))
                {
                    evidence = whole;
                    diagnosis = wholeDiagnosis;
                }
            }
            else if (saysNothing && found.Count > 1 && recipient.DiagnosticText.Length == 0)
            {
                // Several recipients and nothing said about this one: the paragraph before the list (Netscape's "not
                // reachable within the allowed queue period") is said about all of them.
                if (!preamble.IsRead)
                {
                    // Read once per message, however many recipients need it.
                    preamble.Text = human.Explanation(SmtpFoundRecipient.FirstLineStart(found, human.ExplanationEnd), MaxEvidence);
                    preamble.Diagnosis = Diagnose(ref preamble.Text);
                    preamble.IsRead = true;
                }

                SmtpDiagnosis said = preamble.Diagnosis;
                if (said.Reason != SmtpBounceReason.Undefined || said.BasicCode.HasValue || said.EnhancedCode.HasValue)
                {
                    // One string, which every recipient it is said about returns.
                    preamble.Text = SmtpTextRange.Whole(preamble.Text.ToString());
                    evidence = preamble.Text;
                    diagnosis = said;
                }
            }

            if (recipient.StatusText.Length > 0 && TryParseStatus(recipient.StatusText, out SmtpEnhancedStatusCode status))
            {
                recipient.Status = status;
                if (!diagnosis.EnhancedCode.HasValue)
                {
                    // The report's Status field is the enhanced code the diagnostic text lacks: read them together.
                    evidence = WithStatus(evidence, recipient.StatusText);
                    diagnosis = Diagnose(ref evidence);
                    if (IsVague(diagnosis.Reason) && !IsVague(status.GetDefaultReason()))
                    {
                        // A generic sentence ("x-unix; input/output error") says less than the reporting MTA's own
                        // specific Status (5.2.2, mailbox full: Postfix's virtual(8) on EFBIG): the Status decides.
                        SmtpTextRange codes = CodesOnly(diagnosis, recipient.StatusText);
                        diagnosis = Diagnose(ref codes);
                    }
                }
            }
            else if (diagnosis.EnhancedCode.HasValue)
            {
                recipient.Status = diagnosis.EnhancedCode;
            }

            if (diagnosis.Reason == SmtpBounceReason.Undefined && IsUnixDiagnosticType(recipient.DiagnosticType))
            {
                // RFC 3464's diagnostic type x-unix is a local delivery program's output ("X-Unix; 255", Sendmail's
                // "unknown mailer error 255"): a local mailer failed. Its words decide where they name a cause; where they
                // name none, the type is the cause, read with the catalog's "x-unix;" phrase (go-sisimai reason/find.go).
                SmtpTextRange typedEvidence = Joined(recipient.DiagnosticType, "; ", evidence);
                SmtpDiagnosis typed = Diagnose(ref typedEvidence);
                if (typed.Reason != SmtpBounceReason.Undefined)
                {
                    diagnosis = typed;
                }
            }

            if (recipient.Action == SmtpDeliveryAction.Unknown)
            {
                recipient.Action = ActionFromClass(recipient.Status, delayed);
            }

            if ((recipient.Action == SmtpDeliveryAction.Failed || recipient.Action == SmtpDeliveryAction.Delayed) && diagnosis.Class == SmtpReplyClass.Success)
            {
                diagnosis = WithoutSuccess(ref evidence, human);
            }

            if (recipient.Action == SmtpDeliveryAction.Delayed && diagnosis.Reason == SmtpBounceReason.Expired)
            {
                // RFC 3464: "delayed" means the MTA is still trying, so the message has not expired. Words that mean
                // expiry in a final notice (Gmail's "did not accept our requests to connect") give way to the next
                // cause the evidence gives, or to none: a warning that names no cause.
                diagnosis = DiagnoseWithout(ref evidence, SmtpBounceReason.Expired);
            }

            if (recipient.Action == SmtpDeliveryAction.Failed && SmtpReplyRules.EndsAsExpired(diagnosis.Reason) && SaysRetriesRanOut(recipient.Status, evidence, human, subject))
            {
                // A final failure after the MTA's retries ran out has expired, whatever temporary condition it last met.
                diagnosis = diagnosis.AfterRetriesRanOut();
            }

            if (SmtpReplyRules.IsAboutRecipientAddress(diagnosis.Reason) && AnswersMailFrom(evidence))
            {
                diagnosis = diagnosis.AboutSender();
            }

            recipient.Evidence = evidence.ToString();
            recipient.Diagnosis = diagnosis;
            return new SmtpBounceRecipient(recipient);
        }

        // A report that says a recipient failed (or is delayed) and gives it a success code (Status 2.0.0, "250 accepted")
        // contradicts itself. The action is its statement about the recipient; a success is no reason for a failure.
        // The bounce's own explanation decides when it names a failure (a transcript's "550 5.1.1 ..."); else the
        // evidence's words without its codes: a failure without a known cause, never a delivery.
        private static SmtpDiagnosis WithoutSuccess(ref SmtpTextRange evidence, SmtpBounceText human)
        {
            SmtpTextRange explanation = human.Explanation(human.ExplanationEnd, MaxEvidence);
            SmtpDiagnosis said = Diagnose(ref explanation);
            if (said.Class == SmtpReplyClass.Transient || said.Class == SmtpReplyClass.Permanent)
            {
                evidence = explanation;
                return said;
            }

#if SMTPCODES_SPAN
            SmtpReply.TryParse(evidence.Text.Span(evidence.Start, evidence.Length), out SmtpReply reply);
#else
            SmtpReply.TryParse(evidence.ToString(), out SmtpReply reply);
#endif
            return SmtpReply.Diagnose(reply.Text);
        }

        // A range's diagnosis, read where it lies where spans are. The C# 7.3 variant diagnoses strings only: the range
        // becomes one, and stays it, so that a caller who keeps it as evidence makes no second string.
        private static SmtpDiagnosis Diagnose(ref SmtpTextRange text)
        {
#if SMTPCODES_SPAN
            return SmtpReply.Diagnose(text.Text.Span(text.Start, text.Length));
#else
            text = SmtpTextRange.Whole(text.ToString());
            return SmtpReply.Diagnose(text.Text.ToString());
#endif
        }

        // As Diagnose, without one reason (SmtpReply.DiagnoseWithout).
        private static SmtpDiagnosis DiagnoseWithout(ref SmtpTextRange text, SmtpBounceReason excluded)
        {
#if SMTPCODES_SPAN
            return SmtpReply.DiagnoseWithout(text.Text.Span(text.Start, text.Length), excluded);
#else
            text = SmtpTextRange.Whole(text.ToString());
            return SmtpReply.DiagnoseWithout(text.Text.ToString(), excluded);
#endif
        }

        // The report's Status X.4.7 (RFC 3463: delivery time expired, "the message was considered too old"), the
        // recipient's evidence, or the bounce's own explanation (Sendmail's "Message could not be delivered for 5 days"
        // above a DSN whose Diagnostic-Code is the last reply), or the bounce's subject (Sendmail's queue return
        // "Returned mail: Cannot send message for 4 days" above the last deferral's "421 ... Connection timed out").
        private static bool SaysRetriesRanOut(SmtpEnhancedStatusCode? status, SmtpTextRange evidence, SmtpBounceText human, string subject)
        {
            return (status.HasValue && status.Value.Subject == 4 && status.Value.Detail == 7)
                || SmtpBouncePhrases.SaysRetriesRanOut(subject, 0, subject.Length)
                || SmtpBouncePhrases.SaysRetriesRanOut(evidence.Text, evidence.Start, evidence.End)
                || (human.Text.Length > 0 && SmtpBouncePhrases.SaysRetriesRanOut(human.Text, human.Start, human.ExplanationEnd));
        }

        // Exim gives up on an address whose retries ran out by appending ": retry timeout exceeded" to the reason of
        // its last deferral (retry.c: string_sprintf("%s: retry timeout exceeded", addr->message)). That reason is
        // why the mail failed ("mailbox is full"), the suffix only when: the reason, where it names one, is the evidence.
        private const string EximRetryTimeout = ": retry timeout exceeded";

        private static readonly char[] SentenceEnd = { ' ', '\t', '.' };

        private static SmtpDiagnosis DiagnoseCause(ref SmtpTextRange evidence)
        {
            // The evidence without the blanks and dots that end it, measured in place; the cause is the range before.
            int trimmed = SmtpMimeText.TrimEnd(evidence.Text, evidence.Start, evidence.End, SentenceEnd);
            if (trimmed - evidence.Start > EximRetryTimeout.Length && SmtpMimeText.EndsWithIgnoreCase(evidence.Text, evidence.Start, trimmed, EximRetryTimeout))
            {
                SmtpTextRange cause = evidence;
                cause.End = trimmed - EximRetryTimeout.Length;
                SmtpDiagnosis causeDiagnosis = Diagnose(ref cause);
                if (!IsVague(causeDiagnosis.Reason))
                {
                    evidence = cause;
                    return causeDiagnosis;
                }
            }

            return Diagnose(ref evidence);
        }

        // How MTAs say which command a reply answered, when it was MAIL FROM: Exim's "SMTP error from remote mail
        // server after MAIL FROM:<a@b>" ("after pipelined MAIL FROM" when pipelining; transports/smtp.c), Postfix's
        // "(in reply to MAIL FROM command)" (smtp(8)).
        private static readonly string[] MailFromContexts = { "after MAIL FROM:", "after pipelined MAIL FROM:", "in reply to MAIL FROM command" };

        // Sendmail's and Courier's session transcript: ">>> MAIL From:<a@b>" then the reply, "<<< 553 5.1.8 ..." (the
        // reader's evidence keeps the words without the ">>> " of the client's lines).
        private const string TranscriptMailFrom = "MAIL From:";

        private const string TranscriptReply = "<<< ";

        // Whether the evidence says the reply answered MAIL FROM: the reply is then about the sender, not the recipient.
        private static bool AnswersMailFrom(SmtpTextRange evidence)
        {
            SmtpMimeText text = evidence.Text;
            if (SmtpBouncePhrases.ContainsAny(text, evidence.Start, evidence.End, MailFromContexts))
            {
                return true;
            }

            // In a transcript, the first reply after MAIL From is a failure (not "<<< 250" before a failed RCPT To).
            int mailFrom = SmtpMimeText.LastIndexOfIgnoreCase(text, evidence.Start, evidence.End, TranscriptMailFrom);
            int reply = mailFrom < 0 ? -1 : text.IndexOf(TranscriptReply, mailFrom, evidence.End - mailFrom, global::System.StringComparison.Ordinal);
            int code = reply + TranscriptReply.Length;
            return reply >= 0 && code < evidence.End && (text[code] == '4' || text[code] == '5');
        }

        /// <summary>What a bounce says before its list of recipients, and its diagnosis, read when a recipient needs it.</summary>
        private struct Preamble
        {
            internal bool IsRead;
            internal SmtpTextRange Text;
            internal SmtpDiagnosis Diagnosis;
        }

        // RFC 3464 section 2.3.6: "x-unix" is the diagnostic type of a local program's output.
        private static bool IsUnixDiagnosticType(string diagnosticType)
        {
            return string.Equals(diagnosticType, "x-unix", global::System.StringComparison.OrdinalIgnoreCase);
        }

        // A reason that names no cause: a text row that says only this much yields to a specific enhanced code.
        private static bool IsVague(SmtpBounceReason reason)
        {
            return reason == SmtpBounceReason.Undefined || reason == SmtpBounceReason.SystemError;
        }

        // "550 5.2.2" from a diagnosis with basic code 550 and the status 5.2.2; "5.2.2" when the text had no basic code.
        // A header field's value with its encoded words decoded, read where it lies: the raw value is not copied first.
        private static string DecodedField(SmtpMimeHeaderList headers, string name)
        {
            SmtpMimeText text = headers.Find(name, out int start, out int end);
            return SmtpMimeEncodedWords.Decode(text, start, end);
        }

        private static SmtpTextRange CodesOnly(SmtpDiagnosis diagnosis, SmtpTextRange status)
        {
            if (!diagnosis.BasicCode.HasValue)
            {
                return status;
            }

            int code = (int)diagnosis.BasicCode.Value;
            if (code < 100 || code > 999)
            {
                return SmtpTextRange.Whole(code.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " " + status.ToString());
            }

            // A reply code's three digits, written into the thread's buffer for text read again (no string of the number).
            int length = 4 + status.Length;
            char[] chars = Scratch(ref rereadChars, length);
            chars[0] = (char)('0' + (code / 100));
            chars[1] = (char)('0' + (code / 10 % 10));
            chars[2] = (char)('0' + (code % 10));
            chars[3] = ' ';
            status.Text.CopyTo(status.Start, chars, 4, status.Length);
            return SmtpTextRange.Whole(new SmtpMimeText(chars, length));
        }

        // Text read only to be diagnosed again (the Status with the basic code, "x-unix; " before the evidence), per thread.
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? rereadChars;
#else
        private static char[] rereadChars;
#endif

        // Two texts and a separator, joined in the thread's buffer for text read again.
        private static SmtpTextRange Joined(SmtpMimeText first, string separator, SmtpTextRange second)
        {
            int length = first.Length + separator.Length + second.Length;
            char[] chars = Scratch(ref rereadChars, length);
            first.CopyTo(0, chars, 0, first.Length);
            separator.CopyTo(0, chars, first.Length, separator.Length);
            second.Text.CopyTo(second.Start, chars, first.Length + separator.Length, second.Length);
            return SmtpTextRange.Whole(new SmtpMimeText(chars, length));
        }

        // Sendmail writes one group per alias expansion, each with the same Final-Recipient (RFC 3464 2.3.2 allows it):
        // one recipient, unless the groups name different Original-Recipients (different addresses the sender used).
        private static bool IsFirstGroupOf(List<SmtpBounceRecipientFields> groups, int index)
        {
            SmtpBounceRecipientFields group = groups[index];
            for (int i = 0; i < index; i++)
            {
                if (string.Equals(groups[i].FinalRecipient, group.FinalRecipient, global::System.StringComparison.OrdinalIgnoreCase)
                    && string.Equals(groups[i].OriginalRecipient, group.OriginalRecipient, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        // A multipart/mixed whose only report is a whole message/rfc822 that is itself a multipart/report.
        private static bool IsForwardedReport(SmtpMimeEntity root, SmtpMessageParts parts)
        {
            return !parts.HasDeliveryStatus && !parts.HasFeedbackReport && parts.HasReturnedMessage
                && root.MediaType == "multipart/mixed" && parts.ReturnedMessage.MediaType == "multipart/report";
        }

        // What the text says about the recipient, as a range: its reply where it lies, or its lines copied from their
        // builder into the thread's buffer for them (read until Complete returns, which runs no user code, so no read
        // nested on this thread can write to it meanwhile).
        private static SmtpTextRange WordsAbout(SmtpBounceRecipientFields recipient, List<SmtpFoundRecipient> found)
        {
            for (int i = 0; i < found.Count; i++)
            {
                if (found[i].Address.EqualsIgnoreCase(recipient.FinalRecipient, 0, recipient.FinalRecipient.Length)
                    || found[i].Address.EqualsIgnoreCase(recipient.OriginalRecipient, 0, recipient.OriginalRecipient.Length))
                {
                    // In a session transcript the remote server's reply is the evidence: the MTA's own lines after it
                    // summarise it or report a later local deferral (Sendmail 5's "421 ... Deferred: Connection timed out").
                    return found[i].RemoteReply.Length > 0 ? found[i].RemoteReply : Copied(found[i].Text, ref wordsChars);
                }
            }

            return SmtpTextRange.Empty;
        }

        // Evidence being built for one recipient, per thread: the words about it, and those words joined with its Status.
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? wordsChars;

        [global::System.ThreadStatic]
        private static char[]? joinedChars;
#else
        private static char[] wordsChars;

        [global::System.ThreadStatic]
        private static char[] joinedChars;
#endif

        // A buffer of at least that length: the thread's own, grown when it is short (a longer one than the longest
        // kept is for this recipient only).
#if SMTPCODES_NULLABLE
        private static char[] Scratch(ref char[]? kept, int length)
#else
        private static char[] Scratch(ref char[] kept, int length)
#endif
        {
            if (kept != null && kept.Length >= length)
            {
                return kept;
            }

            var buffer = new char[global::System.Math.Max(length, MaxEvidence + 64)];
            if (buffer.Length <= LongestKeptEvidence)
            {
                kept = buffer;
            }

            return buffer;
        }

        private const int LongestKeptEvidence = 16 * 1024;

#if SMTPCODES_NULLABLE
        private static SmtpTextRange Copied(global::System.Text.StringBuilder text, ref char[]? kept)
#else
        private static SmtpTextRange Copied(global::System.Text.StringBuilder text, ref char[] kept)
#endif
        {
            char[] chars = Scratch(ref kept, text.Length);
            text.CopyTo(0, chars, 0, text.Length);
            return new SmtpTextRange { Text = new SmtpMimeText(chars, text.Length), Start = 0, End = text.Length };
        }

        // "550 User unknown" + "5.1.1" reads as "550 5.1.1 User unknown"; a text without a basic code gets the status in front.
        private static bool TryParseStatus(SmtpTextRange status, out SmtpEnhancedStatusCode code)
        {
#if SMTPCODES_SPAN
            return SmtpEnhancedStatusCode.TryParse(status.Text.Span(status.Start, status.Length), out code);
#else
            return SmtpEnhancedStatusCode.TryParse(status.ToString(), out code);
#endif
        }

        private static SmtpTextRange WithStatus(SmtpTextRange evidence, SmtpTextRange status)
        {
            // Joined in the thread's buffer from where the evidence and the Status lie: a string only if it is kept.
            SmtpMimeText text = evidence.Text;
            int start = evidence.Start;
            while (start < evidence.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            int length = evidence.End - start;
            if (length == 0)
            {
                return status;
            }

            char[] joined = Scratch(ref joinedChars, status.Length + 1 + length);
            int code = length >= 4 && char.IsDigit(text[start]) && char.IsDigit(text[start + 1]) && char.IsDigit(text[start + 2]) && (text[start + 3] == ' ' || text[start + 3] == '-') ? 4 : 0;
            if (code > 0)
            {
                text.CopyTo(start, joined, 0, code);
                status.Text.CopyTo(status.Start, joined, code, status.Length);
                joined[code + status.Length] = ' ';
                text.CopyTo(start + code, joined, code + status.Length + 1, length - code);
            }
            else
            {
                status.Text.CopyTo(status.Start, joined, 0, status.Length);
                joined[status.Length] = ' ';
                text.CopyTo(start, joined, status.Length + 1, length);
            }

            return new SmtpTextRange { Text = new SmtpMimeText(joined, status.Length + 1 + length), Start = 0, End = status.Length + 1 + length };
        }

        private static SmtpDeliveryAction ActionFromClass(SmtpEnhancedStatusCode? status, bool delayed)
        {
            if (delayed)
            {
                return SmtpDeliveryAction.Delayed;
            }

            return status.HasValue && status.Value.Class == SmtpReplyClass.Success ? SmtpDeliveryAction.Delivered : SmtpDeliveryAction.Failed;
        }

        private static SmtpBounceMessageKind Classify(SmtpMimeHeaderList headers, string subject, SmtpBounceText human, int recipientsFound)
        {
            // Each list is searched only when the answer still depends on it.
            bool failureSubject = SmtpBouncePhrases.ContainsAny(subject, SmtpBouncePhrases.FailureSubjects);
            if (!failureSubject && SmtpBouncePhrases.ContainsAny(subject, SmtpBouncePhrases.AutoReplySubjects))
            {
                return SmtpBounceMessageKind.AutoReply;
            }

            SmtpMimeText from = headers.Find("From", out int fromStart, out int fromEnd);
            if (failureSubject || headers.Has("X-Failed-Recipients") || SmtpBouncePhrases.ContainsAny(from, fromStart, fromEnd, SmtpBouncePhrases.DaemonSenders)
                || ((headers.Count == 0 || recipientsFound > 0) && SmtpBouncePhrases.ContainsAny(human.Text, human.Start, human.OpeningEnd(OpeningLength), SmtpBouncePhrases.FailureBodies))
                || (recipientsFound > 0 && HasFailureReplyLine(human.Text, human.Start, human.OpeningEnd(OpeningLength))))
            {
                return SmtpBounceMessageKind.PlainTextBounce;
            }

            if (IsAutoReplyHeader(headers))
            {
                return SmtpBounceMessageKind.AutoReply;
            }

            return SmtpBounceMessageKind.NotBounce;
        }

        // Whether a line of the range starts with an SMTP failure reply, "550 " or "550-" (RFC 5321 4.2: a 4yz or 5yz
        // code, then a space or a hyphen): a notice that quotes the server's refusal (Apache James's "Error message
        // below: 550 - Requested action not taken") is a bounce in any wording, once it names a recipient.
        private static bool HasFailureReplyLine(SmtpMimeText text, int start, int end)
        {
            int position = start;
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                if (lineEnd - position >= 4 && (text[position] == '4' || text[position] == '5')
                    && char.IsDigit(text[position + 1]) && char.IsDigit(text[position + 2]) && (text[position + 3] == ' ' || text[position + 3] == '-'))
                {
                    return true;
                }

                position = next;
            }

            return false;
        }

        // RFC 3834 Auto-Submitted (other than "no"), and the headers of common responders (vacation, Exchange, Outlook).
        private static bool IsAutoReplyHeader(SmtpMimeHeaderList headers)
        {
            if (headers.TryFind("Auto-Submitted", out int start, out int end) && end > start && !headers.ValueStartsWith("Auto-Submitted", "no"))
            {
                return true;
            }

            return headers.Has("X-Autoreply") || headers.Has("X-Autorespond") || headers.ValueContains("Precedence", "auto_reply");
        }

        private static void ReadFeedbackReport(SmtpMimeEntity report, List<SmtpBounceRecipient> into)
        {
            SmtpMimeHeaderList fields = SmtpMimeArena.HeaderList();
            SmtpMimeText text = report.DecodedRange(out int start, out int end);
            SmtpMimeHeaderList.Parse(text, start, end, fields);
            // Each field read where it lies: a string only of what is returned.
            SmtpMimeText value = fields.Find("Original-Rcpt-To", out int valueStart, out int valueEnd);
            string address = SmtpMailAddresses.Normalise(value, valueStart, valueEnd);
            if (address.Length == 0)
            {
                value = fields.Find("Removal-Recipient", out valueStart, out valueEnd);
                address = SmtpMailAddresses.Normalise(value, valueStart, valueEnd);
            }

            if (address.Length == 0)
            {
                return;
            }

            SmtpBounceRecipientFields recipient = SmtpBounceRecipientFields.Empty;
            recipient.FinalRecipient = address;
            recipient.Action = SmtpDeliveryAction.Unknown;
            recipient.DiagnosticType = "feedback-type";
            value = fields.Find("Feedback-Type", out valueStart, out valueEnd);
            recipient.DiagnosticText = SmtpMimeText.Trim(value, valueStart, valueEnd);
            recipient.Evidence = string.Empty;
            into.Add(new SmtpBounceRecipient(recipient));
        }

        private static readonly string[] OwnAddressFields = { "From", "To", "Return-Path", "Reply-To", "Sender", "Errors-To", "Delivered-To" };

        // The addresses of the bounce's own header, as written: compared without regard to case, where they lie.
        private static List<SmtpTextRange> OwnAddresses(SmtpMimeHeaderList headers)
        {
            List<SmtpTextRange> own = SmtpMimeArena.Addresses();
            for (int i = 0; i < OwnAddressFields.Length; i++)
            {
                SmtpMimeText value = headers.Find(OwnAddressFields[i], out int position, out int valueEnd);
                while (SmtpMailAddresses.TryFind(value, position, valueEnd, out int start, out int end))
                {
                    own.Add(new SmtpTextRange { Text = value, Start = start, End = end });
                    position = end;
                }
            }

            return own;
        }

        // Whether the bounce's From address is at the domain (any case).
        private static bool IsFromDomain(SmtpMimeHeaderList headers, string domain)
        {
            SmtpMimeText from = headers.Find("From", out int fromStart, out int fromEnd);
            return SmtpMailAddresses.TryFind(from, fromStart, fromEnd, out int start, out int end)
                && end - start > domain.Length && from[end - domain.Length - 1] == '@'
                && SmtpMimeText.Compare(from, end - domain.Length, domain, 0, domain.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        // Exim names every failed address in X-Failed-Recipients: any the text reader missed is added, from every such
        // field (a message relayed through two Exims, or a tool writing a field per address, has several).
        private static void AddFailedRecipientsHeader(SmtpMimeHeaderList headers, List<SmtpFoundRecipient> found)
        {
            int field = -1;
            do
            {
                SmtpMimeText value = headers.FindNext("X-Failed-Recipients", ref field, out int position, out int valueEnd);
                AddFailedRecipients(value, position, valueEnd, found);
            }
            while (field >= 0);
        }

        private static void AddFailedRecipients(SmtpMimeText value, int position, int valueEnd, List<SmtpFoundRecipient> found)
        {
            while (SmtpMailAddresses.TryFind(value, position, valueEnd, out int start, out int end))
            {
                // Compared where it lies: a string only for an address that is added.
                bool known = false;
                for (int i = 0; i < found.Count && !known; i++)
                {
                    known = found[i].Address.EqualsIgnoreCase(value, start, end);
                }

                if (!known)
                {
                    found.Add(SmtpFoundRecipient.Of(new SmtpTextRange { Text = value, Start = start, End = end }));
                }

                position = end;
            }
        }

        // Postfix "This is the mail system at host X.", qmail "This is the qmail-send program at X.", else the sender's domain.
        private static readonly string[] ReportingMtaOpenings = { "mail system at host ", "qmail-send program at " };

        // The host name ends before the full stop of the sentence that names it.
        private static readonly char[] SentenceDot = { '.' };

        private static string PlainReportingMta(SmtpMimeHeaderList headers, SmtpBounceText text)
        {
            SmtpMimeText human = text.Text;
            int humanEnd = text.ExplanationEnd;
            string[] openings = ReportingMtaOpenings;
            for (int i = 0; i < openings.Length; i++)
            {
                int at = human.IndexOf(openings[i], text.Start, humanEnd - text.Start, global::System.StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    int start = at + openings[i].Length;
                    int end = start;
                    while (end < humanEnd && (char.IsLetterOrDigit(human[end]) || human[end] == '.' || human[end] == '-'))
                    {
                        end++;
                    }

                    return human.Substring(start, SmtpMimeText.TrimEnd(human, start, end, SentenceDot) - start);
                }
            }

            SmtpMimeText from = headers.Find("From", out int fromStart, out int fromEnd);
            if (SmtpMailAddresses.TryFind(from, fromStart, fromEnd, out int addressStart, out int addressEnd))
            {
                int atSign = from.IndexOf('@', addressStart, addressEnd - addressStart);
                return from.Substring(atSign + 1, addressEnd - atSign - 1);
            }

            return string.Empty;
        }

        // The fields of list mail (RFC 2369, RFC 2919) and the precedence lists give their mail (and Mailman's own mark).
        private static readonly string[] ListFields = { "List-Id", "List-Post", "X-BeenThere" };

        private static void ReadOriginalHeaders(SmtpMessageParts parts, SmtpBounceText text, ref SmtpBounceMessageFields fields, out bool listMail)
        {
            SmtpMimeHeaderList original;
            if (parts.HasReturnedMessage)
            {
                original = parts.ReturnedMessage.Headers;
            }
            else
            {
                // A plain-text bounce quotes the returned header in its text, after a marker line.
                SmtpMimeText human = text.Text;
                int position = text.ExplanationEnd;
                original = SmtpMimeArena.HeaderList();
                int lines = 0;
                while (position < text.End && lines < 40)
                {
                    int lineEnd = SmtpMimeLines.LineEnd(human, position, text.End, out int next);
                    if (SmtpMimeHeaderList.IsFieldLine(human, position, lineEnd) && !SmtpBouncePhrases.ContainsAny(human, position, lineEnd, SmtpBouncePhrases.ReturnedMessageMarkers))
                    {
                        SmtpMimeHeaderList.Parse(human, position, text.End, original);
                        break;
                    }

                    position = next;
                    lines++;
                }
            }

            // A list's mail is addressed to the list: its To does not name the subscriber whose delivery failed.
            listMail = original.ValueContains("Precedence", "list") || original.ValueContains("Precedence", "bulk");
            for (int i = 0; i < ListFields.Length && !listMail; i++)
            {
                listMail = original.Has(ListFields[i]);
            }

            fields.OriginalMessageId = original.Get("Message-ID");
            fields.OriginalTo = DecodedField(original, "To");
            fields.OriginalSubject = DecodedField(original, "Subject");
        }
    }
}
