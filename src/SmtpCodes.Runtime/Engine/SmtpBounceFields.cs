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
        internal string LastAttemptDate;
        internal string StatusText;
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
            LastAttemptDate = string.Empty,
            StatusText = string.Empty,
            Evidence = string.Empty,
        };
    }
}
