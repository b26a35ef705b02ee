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
            GroupRefusedThePost,                 // Google Groups' notice in any language, no reply: the group refused the post
            StatusFieldJoinsTheEvidence,         // the report's Status: the enhanced code the words lack, or the cause they do not name
            MailboxExistsButRefused,             // an unknown user under a Status that says the mailbox exists: the recipient's filter
            UnixProgramFailed,                   // x-unix output that names no cause: a failed delivery program
            DeliveryProgramSaysUserUnknown,      // a delivery program's own "unknown user", no reply and no X.1.1: a failed program
            CourierErrorReadWithType,            // Courier's "unknown; <error text>" that names no cause: read with its type
            ExitStatusHasSendmailsReply,         // an x-unix exit status alone: the reply code Sendmail gave for it
            ActionFromStatus,                    // (no diagnosis: the action the report left out; every step below depends on it)
            FailureIsNoSuccess,                  // a failed or delayed recipient given a success code: the failure the bounce names
            ExpiredEnvelopeWasDropped,           // OpenSMTPD's "Envelope expired" under Action delayed: it failed, the envelope is gone
            DelayHasNotExpired,                  // a delayed recipient: the next cause instead of Expired
            ContentVerdictBeforeData,            // a spam or virus cause word in a reply to the session or MAIL FROM: read without it
            RefusedBeforeAnyAddress,             // an address, mailbox or command code in a refused greeting: none was named yet
            RetriesRanOut,                       // a final failure after the retries ran out: Expired
            RefusedSessionWithoutCause,          // a permanent refusal of the session itself that names no cause: the sending host refused
            BareRefusalAfterData,                // a bare 554, or a bare 551 naming the message, that answered the end of data: the message refused
            ReplyAnsweredMailFrom,               // an address reason in a reply to MAIL FROM: the sender's address, not the recipient's
            BareRefusalOfRecipient,              // a bare 550 or 553 that answered RCPT TO: the recipient's mailbox (soft; hard in unknown-address words) or domain refused
            DomainRefusedUnderAddressCode,       // X.1.1's default at RCPT TO in words that name the domain not served: NoRelaying
            RetryRequestedAtRecipient,           // a 450 or 451 in a warning that only asks for a retry at RCPT TO: greylisting
        };

        /// <summary>Fills what the report left out (action, evidence) and diagnoses the recipient.</summary>
        private static SmtpBounceRecipient Complete(SmtpBounceRecipientFields recipient, List<SmtpFoundRecipient> found, SmtpBounceText human, string subject, bool delayed, ref SharedReading shared, bool fromGmailDaemon = false)
        {
            var reading = new RecipientReading
            {
                Recipient = recipient,
                Found = found,
                Human = human,
                Subject = subject,
                Delayed = delayed,
                Shared = shared,
                FromGmailDaemon = fromGmailDaemon,
            };
            FirstReading(ref reading);
            for (int i = 0; i < Rereadings.Length; i++)
            {
                Rereadings[i](ref reading);
            }

            // What is read once per message goes back to the caller, for every recipient after this one that needs it.
            shared = reading.Shared;
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
            internal SharedReading Shared;

            // Whether the bounce is from Gmail's own daemon (From <mailer-daemon@googlemail.com>), which sends Google Groups' notices.
            internal bool FromGmailDaemon;

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

        /// <summary>
        /// What is read of a bounce's own text once per message, when a recipient first needs it, for every recipient:
        /// the preamble, what the whole explanation says of all recipients alike, and (in the engine without spans, past
        /// its first searches) where each recipient's address is in it. Read again for each recipient, the explanation (up
        /// to <see cref="MaxHumanText"/> characters) would be read <see cref="MaxRecipients"/> times.
        /// </summary>
        private struct SharedReading
        {
            internal Preamble Preamble;

            // What the whole explanation says (NoticeSaysRetriesRanOut, NoticeSaysOnlyRefusedSession,
            // NoticeAnswersOnlySessionStart, NoticeAnswersOnly for MAIL FROM, the end of data and RCPT TO), each read at its first use.
            internal TextFact RetriesRanOut;
            internal TextFact OnlyRefusedSession;
            internal TextFact OnlySessionStart;
            internal TextFact OnlyMailFrom;
            internal TextFact OnlyEndOfData;
            internal TextFact OnlyRcptTo;

#if !SMTPCODES_SPAN
            // The report's recipients, whose addresses the explanation is searched for (RecipientIndexInNotice), the
            // searches made one by one so far, and the one pass that finds them all after that (the engine without spans).
#if SMTPCODES_NULLABLE
            internal List<SmtpBounceRecipientFields>? Recipients;
#else
            internal List<SmtpBounceRecipientFields> Recipients;
#endif
            internal int AddressSearches;
#if SMTPCODES_NULLABLE
            internal SmtpFirstOccurrences? Addresses;
#else
            internal SmtpFirstOccurrences Addresses;
#endif
#endif
        }

        /// <summary>A fact of the whole explanation, unread until a recipient asks.</summary>
        private enum TextFact : byte
        {
            Unread = 0,
            No,
            Yes,
        }

        /// <summary>A test of the whole explanation, the same for every recipient.</summary>
        private delegate bool NoticeTest(SmtpBounceText human);

        // The fact, read with its test the first time a recipient asks.
        private static bool Once(ref TextFact fact, NoticeTest test, SmtpBounceText human)
        {
            if (fact == TextFact.Unread)
            {
                fact = test(human) ? TextFact.Yes : TextFact.No;
            }

            return fact == TextFact.Yes;
        }

        // The first reading. A report's Diagnostic-Code is the recipient's own evidence; the text is read only for a
        // recipient without one: the lines that name it, else (nothing names its reply) the bounce's whole explanation.
        // Those lines are where MTAs write the cause when the report's fields give none (Exim's "Status: 5.0.0" or
        // "4.0.0" and no Diagnostic-Code without a remote reply, deliver.c): Postfix's "<a@b>: connect to mx[...]:25:
        // Connection timed out", Exim's "retry timeout exceeded" or "Delay reason: ..." under the address, Sendmail's
        // "<a@b>... Deferred: Connection timed out with mx". A Diagnostic-Code that names no cause is not replaced by
        // those lines: it is the remote server's or the MTA's own statement, the notice's lines its paraphrase (measured
        // and withdrawn: docs/accuracy-log.md, session 7).
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

        private static SmtpDiagnosis DiagnoseCause(ref SmtpTextRange evidence)
        {
            // Exim's "<last error>: retry timeout exceeded": the last error is the evidence where it names a cause that
            // outlasts the expiry, by the reply diagnoser's one rule for the suffix (SmtpReply.TryDiagnoseRetriedCause).
            int causeLength;
            SmtpDiagnosis causeDiagnosis;
            if (SmtpReply.TryDiagnoseRetriedCause(Chars(evidence), 0, -1, out causeLength, out causeDiagnosis) && causeLength > 0)
            {
                evidence.End = evidence.Start + causeLength;
                return causeDiagnosis;
            }

            int reasonStart = ReasonGivenStart(evidence);
            if (reasonStart >= 0)
            {
                SmtpTextRange given = evidence;
                given.Start = reasonStart;
                SmtpDiagnosis givenDiagnosis = Diagnose(given);
                if (!IsVague(givenDiagnosis.Reason))
                {
                    evidence = given;
                    return givenDiagnosis;
                }
            }

            return Diagnose(evidence);
        }

        // Dovecot's LDA and its Sieve interpreter (Pigeonhole) write every refusal they send back in one sentence, "Your
        // message to <a@b> was automatically rejected:" and the reason (the LDA's rejection_reason setting, default
        // "Your message to <%t> was automatically rejected:%n%r"; Pigeonhole's reject action): a script's reject, or the
        // LDA's own "Quota exceeded (mailbox for user is full)" (the quota plugin's default text). The sentence alone
        // reads as the recipient's filter (PigeonholeSieveReject); a reason after it that names a cause decides.
        private const string DovecotRejectionSentence = "was automatically rejected:";

        // Where the reason after Dovecot's sentence starts in the evidence, or -1.
        private static int ReasonGivenStart(SmtpTextRange evidence)
        {
            int at = evidence.Text.IndexOf(DovecotRejectionSentence, evidence.Start, evidence.Length, global::System.StringComparison.OrdinalIgnoreCase);
            return at < 0 ? -1 : at + DovecotRejectionSentence.Length;
        }

        // A reason that names no cause: a text row that says only this much yields to a specific enhanced code.
        private static bool IsVague(SmtpBounceReason reason)
        {
            return reason == SmtpBounceReason.Undefined || reason == SmtpBounceReason.SystemError;
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
    }
}
