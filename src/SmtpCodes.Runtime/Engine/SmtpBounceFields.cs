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

        /// <summary>The explanation up to <paramref name="end"/>, at most <paramref name="limit"/> characters, as a string (for evidence, which is returned).</summary>
        internal string Explanation(int end, int limit) => Text.Substring(Start, global::System.Math.Min(end - Start, limit));

        /// <summary>
        /// The diagnosis of <see cref="Explanation"/> with the same bounds: read in place where spans are (a caller then
        /// makes the explanation a string only when it keeps it as evidence).
        /// </summary>
        internal SmtpDiagnosis DiagnoseExplanation(int end, int limit)
        {
#if SMTPCODES_SPAN
            return SmtpReply.Diagnose(Text.Span(Start, global::System.Math.Min(end - Start, limit)));
#else
            return SmtpReply.Diagnose(Explanation(end, limit));
#endif
        }
    }

    /// <summary>Where a piece of text lies (an address in a header, compared where it is rather than copied).</summary>
    internal struct SmtpTextRange
    {
        internal SmtpMimeText Text;
        internal int Start;
        internal int End;

        /// <summary>Whether the range holds what <paramref name="value"/> holds from <paramref name="start"/> to <paramref name="end"/>, ignoring case as <c>StringComparison.OrdinalIgnoreCase</c> does.</summary>
        internal bool EqualsIgnoreCase(SmtpMimeText value, int start, int end)
        {
            return End - Start == end - start && SmtpMimeText.Compare(Text, Start, value, start, end - start, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        internal int Length => End - Start;

        /// <summary>The range as a new string.</summary>
        public override string ToString()
        {
            return Length == 0 ? string.Empty : Text.Substring(Start, End - Start);
        }
    }
}
