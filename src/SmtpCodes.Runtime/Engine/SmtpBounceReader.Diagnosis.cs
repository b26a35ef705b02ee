namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// How one recipient's evidence is chosen and diagnosed: a first reading of the recipient's own evidence, then the
    /// steps of <see cref="Rereadings"/>, in that order, each reading the evidence again where its condition holds.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        /// <summary>One step of the precedence: looks at the reading so far and, where its condition holds, changes it.</summary>
        private delegate void RereadingStep(ref RecipientReading reading);

        // The precedence of what decides a recipient's diagnosis, first to last. A step sees what the steps above it
        // left, so a later step has the last word: the report's own statements (its Status, its Action) come after the
        // choice of words, and the rules that hold whatever the words say (a failure is no success, a delay has not
        // expired, retries that ran out, a reply to MAIL FROM) come last. Each step's method says its condition and why.
        private static readonly RereadingStep[] Rereadings =
        {
            OnlyRecipientTakesWholeExplanation,  // one recipient whose lines hold no code: the whole explanation, where it says more
            RecipientsShareThePreamble,          // several recipients, nothing said about this one: the paragraph before the list
            StatusFieldJoinsTheEvidence,         // the report's Status: the enhanced code the words lack, or the cause they do not name
            MailboxExistsButRefused,             // an unknown user under a Status that says the mailbox exists: the recipient's filter
            UnixProgramFailed,                   // x-unix output that names no cause: a failed delivery program
            CourierErrorReadWithType,            // Courier's "unknown; <error text>" that names no cause: read with its type
            ExitStatusHasSendmailsReply,         // an x-unix exit status alone: the reply code Sendmail gave for it
            ActionFromStatus,                    // (no diagnosis: the action the report left out; every step below depends on it)
            FailureIsNoSuccess,                  // a failed or delayed recipient given a success code: the failure the bounce names
            ExpiredEnvelopeWasDropped,           // OpenSMTPD's "Envelope expired" under Action delayed: it failed, the envelope is gone
            DelayHasNotExpired,                  // a delayed recipient: the next cause instead of Expired
            RefusedBeforeAnyAddress,             // an address, mailbox or command code in a refused greeting: none was named yet
            RetriesRanOut,                       // a final failure after the retries ran out: Expired
            ReplyAnsweredMailFrom,               // an address reason in a reply to MAIL FROM: the sender's address, not the recipient's
        };

        /// <summary>Fills what the report left out (action, evidence) and diagnoses the recipient.</summary>
        private static SmtpBounceRecipient Complete(SmtpBounceRecipientFields recipient, List<SmtpFoundRecipient> found, SmtpBounceText human, string subject, bool delayed, ref Preamble preamble)
        {
            var reading = new RecipientReading
            {
                Recipient = recipient,
                Found = found,
                Human = human,
                Subject = subject,
                Delayed = delayed,
                Preamble = preamble,
            };
            FirstReading(ref reading);
            for (int i = 0; i < Rereadings.Length; i++)
            {
                Rereadings[i](ref reading);
            }

            // The preamble goes back to the caller: it is read at most once per message, for every recipient that needs it.
            preamble = reading.Preamble;
            // The evidence is a range where it lies until here: only the one kept becomes a string.
            reading.Recipient.Evidence = reading.Evidence.ToString();
            return new SmtpBounceRecipient(reading.Recipient);
        }

        /// <summary>A recipient's evidence, and what the steps of the precedence know while they read it again.</summary>
        private struct RecipientReading
        {
            // Its Diagnosis and the Evidence below are the reading so far; its Status and Action are filled by the steps.
            internal SmtpBounceRecipientFields Recipient;
            // The evidence where it lies (the report, the text, or a per-thread buffer): a string only when it is returned.
            internal SmtpTextRange Evidence;
            internal List<SmtpFoundRecipient> Found;
            internal SmtpBounceText Human;
            internal string Subject;
            internal bool Delayed;
            // The recipient's own lines in the text, or the whole explanation where none name it (empty with a Diagnostic-Code).
            internal SmtpTextRange Words;
            internal Preamble Preamble;

            internal bool HasDiagnosticCode => Recipient.DiagnosticText.Length > 0;

            internal bool HasCodes => Recipient.Diagnosis.BasicCode.HasValue || Recipient.Diagnosis.EnhancedCode.HasValue;

            // No code and no reason: the evidence says nothing of why.
            internal bool SaysNothing => !HasCodes && Recipient.Diagnosis.Reason == SmtpBounceReason.Undefined;
        }

        /// <summary>What a bounce says before its list of recipients, and its diagnosis, read when a recipient needs it.</summary>
        private struct Preamble
        {
            internal bool IsRead;
            internal SmtpTextRange Text;
            internal SmtpDiagnosis Diagnosis;
        }

        // The first reading. A report's Diagnostic-Code is the recipient's own evidence; the text is read only for a
        // recipient without one: the lines that name it, else (nothing names its reply) the bounce's whole explanation.
        // Those lines are where MTAs write the cause when the report's fields give none (Exim's "Status: 5.0.0" or
        // "4.0.0" and no Diagnostic-Code without a remote reply, deliver.c): Postfix's "<a@b>: connect to mx[...]:25:
        // Connection timed out", Exim's "retry timeout exceeded" or "Delay reason: ..." under the address, Sendmail's
        // "<a@b>... Deferred: Connection timed out with mx". A Diagnostic-Code that names no cause is not replaced by
        // those lines: it is the remote server's or the MTA's own statement, the notice's lines its paraphrase (measured
        // and withdrawn: docs/bounces.md, session 7).
        private static void FirstReading(ref RecipientReading reading)
        {
            reading.Words = reading.HasDiagnosticCode ? SmtpTextRange.Empty : WordsAbout(reading.Recipient, reading.Found);
            if (!reading.HasDiagnosticCode && reading.Words.Length == 0)
            {
                reading.Words = reading.Human.Explanation(reading.Human.ExplanationEnd, MaxEvidence);
            }

            reading.Evidence = reading.HasDiagnosticCode ? SmtpTextRange.Whole(reading.Recipient.DiagnosticText) : reading.Words;
            if (reading.Evidence.Length > MaxEvidence)
            {
                reading.Evidence.End = reading.Evidence.Start + MaxEvidence;
            }

            reading.Recipient.Diagnosis = DiagnoseCause(ref reading.Evidence);
        }

        // One recipient whose lines hold no code, and no Diagnostic-Code. Where they say nothing of why (Gmail puts its
        // reply in a later paragraph), the whole explanation is the evidence. Where they give a reason in the reporter's
        // words ("wasn't delivered to ... because the address couldn't be found"), the server's reply that may follow
        // ("The response from the remote server was: 550 5.1.1 ...") is the better evidence when it has codes and a
        // reason; else the recipient's own lines stay (Exim's indented "Unrouteable address" under the address, in a
        // bounce with no reply at all).
        private static void OnlyRecipientTakesWholeExplanation(ref RecipientReading reading)
        {
            SmtpBounceText human = reading.Human;
            if (reading.HasCodes || reading.Found.Count != 1 || reading.HasDiagnosticCode || reading.Words.Length >= human.ExplanationEnd - human.Start)
            {
                return;
            }

            SmtpTextRange explanation = human.Explanation(human.ExplanationEnd, MaxEvidence);
            SmtpDiagnosis whole = Diagnose(explanation);
            if (reading.SaysNothing || ((whole.BasicCode.HasValue || whole.EnhancedCode.HasValue) && !IsVague(whole.Reason)))
            {
                reading.Evidence = explanation;
                reading.Recipient.Diagnosis = whole;
            }
        }

        // Several recipients, no Diagnostic-Code and nothing said about this one: the paragraph before the list
        // (Netscape's "not reachable within the allowed queue period") is said about all of them, where it says anything.
        private static void RecipientsShareThePreamble(ref RecipientReading reading)
        {
            if (!reading.SaysNothing || reading.Found.Count <= 1 || reading.HasDiagnosticCode)
            {
                return;
            }

            if (!reading.Preamble.IsRead)
            {
                // Read once per message, however many recipients need it.
                reading.Preamble.Text = reading.Human.Explanation(SmtpFoundRecipient.FirstLineStart(reading.Found, reading.Human.ExplanationEnd), MaxEvidence);
                reading.Preamble.Diagnosis = Diagnose(reading.Preamble.Text);
                reading.Preamble.IsRead = true;
            }

            SmtpDiagnosis said = reading.Preamble.Diagnosis;
            if (said.Reason != SmtpBounceReason.Undefined || said.BasicCode.HasValue || said.EnhancedCode.HasValue)
            {
                // One string, which every recipient it is said about returns.
                reading.Preamble.Text = SmtpTextRange.Whole(reading.Preamble.Text.ToString());
                reading.Evidence = reading.Preamble.Text;
                reading.Recipient.Diagnosis = said;
            }
        }

        // The report's Status field is the recipient's status. Where the words lack an enhanced code, the Status is
        // read with them ("550 User unknown" + "5.1.1"); where the words then name no cause and the Status does (5.2.2,
        // a full mailbox, under Postfix virtual(8)'s "x-unix; input/output error" on EFBIG), the reporting MTA's own
        // Status decides. A report without a Status takes the enhanced code of its words.
        private static void StatusFieldJoinsTheEvidence(ref RecipientReading reading)
        {
            SmtpTextRange statusText = reading.Recipient.StatusText;
            if (statusText.Length > 0 && TryParseStatus(statusText, out SmtpEnhancedStatusCode status))
            {
                reading.Recipient.Status = status;
                if (!reading.Recipient.Diagnosis.EnhancedCode.HasValue)
                {
                    reading.Evidence = WithStatus(reading.Evidence, statusText);
                    SmtpDiagnosis diagnosis = Diagnose(reading.Evidence);
                    if (IsVague(diagnosis.Reason) && !IsVague(status.GetDefaultReason()))
                    {
                        SmtpTextRange codes = CodesOnly(diagnosis, statusText);
                        diagnosis = Diagnose(codes);
                    }

                    reading.Recipient.Diagnosis = diagnosis;
                }
            }
            else if (reading.Recipient.Diagnosis.EnhancedCode.HasValue)
            {
                reading.Recipient.Status = reading.Recipient.Diagnosis.EnhancedCode;
            }
        }

        // RFC 3463 section 3.3: X.2.0 (other or undefined mailbox status) says "the mailbox exists, but something about
        // the destination mailbox has caused the sending of this DSN". Words that say the user is unknown contradict the
        // reporting MTA's own Status: the address was accepted, and the mailbox refused this message. NTT docomo refused
        // mail that a recipient's reception filter (a sender or domain the recipient refuses) stopped with "550 Unknown
        // user" after DATA, which Sendmail reports under Status 5.2.0 (go-sisimai rhost/for-nttdocomo.go); Sisimai's
        // reason for a refusal by the recipient's own settings is filtered. Under X.0.0 or X.1.1 the words stand.
        private static void MailboxExistsButRefused(ref RecipientReading reading)
        {
            SmtpEnhancedStatusCode? status = reading.Recipient.Status;
            if (status.HasValue && status.Value.Subject == 2 && status.Value.Detail == 0
                && reading.Recipient.Diagnosis.Reason == SmtpBounceReason.UserUnknown)
            {
                reading.Recipient.Diagnosis = reading.Recipient.Diagnosis.RefusedByExistingMailbox(status.Value);
            }
        }

        // A range's diagnosis, read where it lies (Chars) in both variants: no string of it is made.
        private static SmtpDiagnosis Diagnose(SmtpTextRange text)
        {
            return SmtpReply.Diagnose(Chars(text));
        }

        // As Diagnose, without one reason (SmtpReply.DiagnoseWithout).
        private static SmtpDiagnosis DiagnoseWithout(SmtpTextRange text, SmtpBounceReason excluded)
        {
            return SmtpReply.DiagnoseWithout(Chars(text), excluded);
        }

        // Exim gives up on an address whose retries ran out by appending ": retry timeout exceeded" to the reason of
        // its last deferral (retry.c: string_sprintf("%s: retry timeout exceeded", addr->message)). That reason is
        // why the mail failed ("mailbox is full"), the suffix only when: the reason, where it names one, is the evidence.
        private const string EximRetryTimeout = ": retry timeout exceeded";

        // What may follow the suffix: a full stop, blanks, and the line breaks that end the bounce's paragraph (Exim's
        // "mailbox is full: retry timeout exceeded" is the last line of its explanation when no address line names the
        // recipient, and the explanation is then the evidence).
        private static readonly char[] SentenceEnd = { ' ', '\t', '.', '\r', '\n' };

        private static SmtpDiagnosis DiagnoseCause(ref SmtpTextRange evidence)
        {
            // The evidence without the blanks and dots that end it, measured in place; the cause is the range before.
            int trimmed = SmtpMimeText.TrimEnd(evidence.Text, evidence.Start, evidence.End, SentenceEnd);
            if (trimmed - evidence.Start > EximRetryTimeout.Length && SmtpMimeText.EndsWithIgnoreCase(evidence.Text, evidence.Start, trimmed, EximRetryTimeout))
            {
                SmtpTextRange cause = evidence;
                cause.End = trimmed - EximRetryTimeout.Length;
                SmtpDiagnosis causeDiagnosis = Diagnose(cause);
                if (!IsVague(causeDiagnosis.Reason))
                {
                    evidence = cause;
                    return causeDiagnosis;
                }
            }

            return Diagnose(evidence);
        }

        // A reason that names no cause: a text row that says only this much yields to a specific enhanced code.
        private static bool IsVague(SmtpBounceReason reason)
        {
            return reason == SmtpBounceReason.Undefined || reason == SmtpBounceReason.SystemError;
        }
    }
}
