namespace SmtpCodes
{
    /// <summary>
    /// The rereadings that rest on the recipient's action (RFC 3464's Action field, or what takes its place): the action
    /// the report left out, a failure that is no success, a delay that has not expired, retries that ran out.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // Not a diagnosis: a recipient whose report states no Action (or a plain-text bounce's) is delayed in a delay
        // warning, delivered with a success Status, else failed. The steps below ask what the action is.
        private static void ActionFromStatus(ref RecipientReading reading)
        {
            if (reading.Recipient.Action == SmtpDeliveryAction.Unknown)
            {
                reading.Recipient.Action = ActionFromClass(reading.Recipient.Status, reading.Delayed);
            }
        }

        // A recipient that failed (or is delayed) and is given a success code (Status 2.0.0, "250 accepted"): the report
        // contradicts itself, and its Action is its statement about the recipient (WithoutSuccess says what decides;
        // where nothing it reads names a failure, the failure the Action states, without a cause).
        private static void FailureIsNoSuccess(ref RecipientReading reading)
        {
            SmtpDeliveryAction action = reading.Recipient.Action;
            if ((action == SmtpDeliveryAction.Failed || action == SmtpDeliveryAction.Delayed) && reading.Recipient.Diagnosis.Class == SmtpReplyClass.Success)
            {
                SmtpDiagnosis reread = WithoutSuccess(ref reading.Evidence, reading.Human);

                // Words that still say success (a "250 queued" quoted inside the reply) name no failure: the failure
                // the Action states, in its class, without a cause.
                reading.Recipient.Diagnosis = reread.Class == SmtpReplyClass.Success
                    ? reread.WithoutCodeMeaning(action == SmtpDeliveryAction.Delayed ? SmtpReplyClass.Transient : SmtpReplyClass.Permanent)
                    : reread;
            }
        }

        // OpenSMTPD gives up on an envelope whose queue lifetime ran out with a report that says "Action: delayed",
        // Status 4.4.7 and "Envelope expired" ("only a temporary failure report", its words for the tempfail class),
        // and deletes the envelope as it sends it (smtpd/queue.c, IMSG_SCHED_ENVELOPE_EXPIRE: envelope_set_errormsg
        // "Envelope expired", ESC_STATUS_TEMPFAIL, ESC_DELIVERY_TIME_EXPIRED, queue_bounce, queue_envelope_delete):
        // nothing retries it, so the recipient failed and expired. Exchange's delay notices carry 4.4.7 too: only
        // OpenSMTPD's words with that Status say the envelope is gone.
        private static void ExpiredEnvelopeWasDropped(ref RecipientReading reading)
        {
            SmtpEnhancedStatusCode? status = reading.Recipient.Status;
            if (reading.Recipient.Action == SmtpDeliveryAction.Delayed && reading.Recipient.Diagnosis.Reason == SmtpBounceReason.Expired
                && status.HasValue && status.Value.Subject == 4 && status.Value.Detail == 7
                && SmtpBouncePhrases.ContainsAny(reading.Evidence.Text, reading.Evidence.Start, reading.Evidence.End, SmtpBouncePhrases.DroppedEnvelope))
            {
                reading.Recipient.Action = SmtpDeliveryAction.Failed;
            }
        }

        // RFC 3464: "delayed" means the MTA is still trying, so the message has not expired. Words that mean expiry in a
        // final notice (Gmail's "did not accept our requests to connect") give way to the next cause the evidence gives,
        // or to none: a warning that names no cause.
        private static void DelayHasNotExpired(ref RecipientReading reading)
        {
            if (reading.Recipient.Action == SmtpDeliveryAction.Delayed && reading.Recipient.Diagnosis.Reason == SmtpBounceReason.Expired)
            {
                reading.Recipient.Diagnosis = DiagnoseWithout(reading.Evidence, SmtpBounceReason.Expired);
            }
        }

        // A final failure after the MTA's retries ran out has expired unless its last error names a cause the sender can
        // act on (the one rule: SmtpReplyRules.EndsAsExpired); SaysRetriesRanOut says where a bounce says the retries
        // ran out, and a report whose Action is SendGrid's "expired" says it in that field.
        private static void RetriesRanOut(ref RecipientReading reading)
        {
            SmtpBounceRecipientFields recipient = reading.Recipient;
            if (recipient.Action == SmtpDeliveryAction.Failed && SmtpReplyRules.EndsAsExpired(recipient.Diagnosis)
                && (recipient.ActionSaysExpired || SaysRetriesRanOut(ref reading)))
            {
                reading.Recipient.Diagnosis = recipient.Diagnosis.AfterRetriesRanOut();
            }
        }

        // A report that says a recipient failed (or is delayed) and gives it a success code (Status 2.0.0, "250 accepted")
        // contradicts itself. The action is its statement about the recipient; a success is no reason for a failure.
        // The bounce's own explanation decides when it names a failure (a transcript's "550 5.1.1 ..."); else the
        // evidence's words without its codes: a failure without a known cause, never a delivery.
        private static SmtpDiagnosis WithoutSuccess(ref SmtpTextRange evidence, SmtpBounceText human)
        {
            SmtpTextRange explanation = human.Explanation(human.ExplanationEnd, MaxEvidence);
            SmtpDiagnosis said = Diagnose(explanation);
            if (said.Class == SmtpReplyClass.Transient || said.Class == SmtpReplyClass.Permanent)
            {
                evidence = explanation;
                return said;
            }

            // The reply's text without its codes, parsed into the thread's buffer for text read again and read there.
            char[] chars = Scratch(ref rereadChars, evidence.Length);
            int length = SmtpReply.ParseTextInto(Chars(evidence), chars);
            SmtpDiagnosis words = SmtpReply.Diagnose(Chars(SmtpTextRange.Whole(new SmtpMimeText(chars, length))));
            if (words.Class == SmtpReplyClass.Success && BlankSuccessNumbers(chars, length))
            {
                // A success-class number the words still hold is another thing's (a version in a quoted Subject,
                // "RELEASED Mailman 2.0.12", which Exchange 5.5's notices repeat): the words without it decide.
                words = SmtpReply.Diagnose(Chars(SmtpTextRange.Whole(new SmtpMimeText(chars, length))));
            }

            return words;
        }

        // Blanks every dotted number that starts with the success class where the code scan could read one ("2.0.12",
        // not "12.0.1", "v2.0.1" or "/2.0.1": the scan's own bounds), in one pass; whether any was blanked. An address,
        // a date or a version that starts with 2 goes too, which costs nothing: only words already read as a success
        // for a recipient that failed come here, and none of those numbers is the recipient's status.
        private static bool BlankSuccessNumbers(char[] chars, int length)
        {
            bool blanked = false;
            for (int i = 0; i + 2 < length; i++)
            {
                if (chars[i] != '2' || chars[i + 1] != '.' || !SmtpReply.IsDigit(chars[i + 2]) || (i > 0 && SmtpReply.EndsLongerToken(chars[i - 1])))
                {
                    continue;
                }

                int end = i;
                while (end < length && (SmtpReply.IsDigit(chars[end]) || (chars[end] == '.' && end + 1 < length && SmtpReply.IsDigit(chars[end + 1]))))
                {
                    chars[end++] = ' ';
                }

                blanked = true;
                i = end;
            }

            return blanked;
        }

        // The report's Status X.4.7 (RFC 3463: delivery time expired, "the message was considered too old"), the
        // report's dates (the MTA kept the message past a retry interval before it gave up: SmtpBounceDates), the
        // recipient's evidence, or the bounce's own explanation (Sendmail's "Message could not be delivered for 5 days"
        // above a DSN whose Diagnostic-Code is the last reply), or the bounce's subject (Sendmail's queue return
        // "Returned mail: Cannot send message for 4 days" above the last deferral's "421 ... Connection timed out").
        // A failed recipient whose Status is class 4 is the MTA's own word that a temporary condition persisted until
        // it gave up (RFC 3463, class 4: "persistence of some temporary condition has caused abandonment"; Postfix
        // returns a message past maximal_queue_lifetime with the last deferral's status, qmgr "status=expired, returned
        // to sender"): retries that ran out where the dates show it was kept past its first attempt, whatever its
        // queue lifetime; a report written within seconds gave the recipient up at once (SmtpBounceDates).
        private static bool SaysRetriesRanOut(ref RecipientReading reading)
        {
            SmtpEnhancedStatusCode? status = reading.Recipient.Status;
            SmtpTextRange evidence = reading.Evidence;
            return (status.HasValue && status.Value.Subject == 4 && status.Value.Detail == 7)
                || SmtpBounceDates.KeptPastARetry(reading.Human.HeldFor)
                || (status.HasValue && status.Value.Class == SmtpReplyClass.Transient && SmtpBounceDates.KeptPastFirstAttempt(reading.Human.HeldFor))
                || SmtpBouncePhrases.SaysRetriesRanOut(reading.Subject, 0, reading.Subject.Length)
                || SmtpBouncePhrases.SaysRetriesRanOut(evidence.Text, evidence.Start, evidence.End)
                || Once(ref reading.Shared.RetriesRanOut, NoticeSaysRetriesRanOutTest, reading.Human);
        }

        private static readonly NoticeTest NoticeSaysRetriesRanOutTest = NoticeSaysRetriesRanOut;

        private static bool NoticeSaysRetriesRanOut(SmtpBounceText human)
        {
            return human.Text.Length > 0 && SmtpBouncePhrases.SaysRetriesRanOut(human.Text, human.Start, human.ExplanationEnd);
        }

        private static SmtpDeliveryAction ActionFromClass(SmtpEnhancedStatusCode? status, bool delayed)
        {
            if (delayed)
            {
                return SmtpDeliveryAction.Delayed;
            }

            return status.HasValue && status.Value.Class == SmtpReplyClass.Success ? SmtpDeliveryAction.Delivered : SmtpDeliveryAction.Failed;
        }
    }
}
