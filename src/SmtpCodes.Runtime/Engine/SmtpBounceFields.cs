namespace SmtpCodes
{
    /// <summary>What a bounce says about its message, gathered before the <see cref="SmtpBounce"/> is built (empty strings for "not said").</summary>
    internal struct SmtpBounceMessageFields
    {
        internal string ReportingMta;
        internal string Subject;
        internal string OriginalMessageId;
        internal string OriginalTo;
        internal string OriginalSubject;
        internal global::System.DateTimeOffset? Date;
        internal global::System.DateTimeOffset? ArrivalDate;

        internal static SmtpBounceMessageFields Empty => new SmtpBounceMessageFields
        {
            ReportingMta = string.Empty,
            Subject = string.Empty,
            OriginalMessageId = string.Empty,
            OriginalTo = string.Empty,
            OriginalSubject = string.Empty,
        };
    }

    /// <summary>What a bounce says about one recipient, gathered before the <see cref="SmtpBounceRecipient"/> is built.</summary>
    internal struct SmtpBounceRecipientFields
    {
        internal string FinalRecipient;
        internal string OriginalRecipient;
        internal string RemoteMta;
        internal string DiagnosticType;
        internal string DiagnosticText;
        internal global::System.DateTimeOffset? LastAttemptDate;
        // The Status field's first token where the report has it: read in place, a string only if the evidence needs it.
        internal SmtpTextRange StatusText;
        internal SmtpDeliveryAction Action;
        // The report's Action is "expired" (SendGrid's word for a message it gave up on: not an RFC 3464 action).
        internal bool ActionSaysExpired;
        internal string Evidence;
        internal SmtpDiagnosis Diagnosis;
        internal SmtpEnhancedStatusCode? Status;

        internal static SmtpBounceRecipientFields Empty => new SmtpBounceRecipientFields
        {
            FinalRecipient = string.Empty,
            OriginalRecipient = string.Empty,
            RemoteMta = string.Empty,
            DiagnosticType = string.Empty,
            DiagnosticText = string.Empty,
            Evidence = string.Empty,
        };
    }

    /// <summary>
    /// A bounce's human-readable text where it lies: a range of the message itself when the part needs no decoding
    /// (read in place, not copied), else of its decoded text. The explanation ends where the quoted returned message starts.
    /// </summary>
    internal struct SmtpBounceText
    {
        internal SmtpMimeText Text;
        internal int Start;
        internal int ExplanationEnd;
        internal int End;

        // How long the reporting MTA kept the message before it wrote the report (Arrival-Date to the bounce's Date),
        // zero when the report does not give both: what the bounce's dates say beside its words (SmtpBounceDates).
        internal global::System.TimeSpan HeldFor;

        /// <summary>The first part of the explanation, at most <paramref name="length"/> characters: where a bounce says what it is.</summary>
        internal int OpeningEnd(int length) => global::System.Math.Min(ExplanationEnd, Start + length);

        /// <summary>The explanation up to <paramref name="end"/>, at most <paramref name="limit"/> characters, where it lies (a string only when it is returned as evidence).</summary>
        internal SmtpTextRange Explanation(int end, int limit) => new SmtpTextRange { Text = Text, Start = Start, End = Start + global::System.Math.Min(end - Start, limit) };
    }
}
