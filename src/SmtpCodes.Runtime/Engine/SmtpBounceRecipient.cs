namespace SmtpCodes
{
    /// <summary>
    /// One recipient of a bounce: what the report says about it and the <see cref="SmtpDiagnosis"/> of its evidence (its
    /// diagnostic code and status, or the bounce's own words when those fields are missing). Text members are
    /// <c>null</c> when the message does not say.
    /// </summary>
    public sealed class SmtpBounceRecipient
    {
        private readonly string finalRecipient;
        private readonly string originalRecipient;
        private readonly string remoteMta;
        private readonly string diagnosticType;
        private readonly string diagnosticText;

        internal SmtpBounceRecipient(SmtpBounceRecipientFields fields)
        {
            finalRecipient = fields.FinalRecipient;
            originalRecipient = fields.OriginalRecipient;
            remoteMta = fields.RemoteMta;
            diagnosticType = fields.DiagnosticType;
            diagnosticText = fields.DiagnosticText;
            LastAttemptDate = fields.LastAttemptDate;
            Action = fields.Action;
            Evidence = fields.Evidence;
            Diagnosis = fields.Diagnosis;
            Status = fields.Status;
        }

#if SMTPCODES_NULLABLE
        /// <summary>The address the report is about (<c>Final-Recipient</c>, or the address a plain-text bounce names).</summary>
        public string? FinalRecipient => NullIfEmpty(finalRecipient);

        /// <summary>The address as the sender gave it (<c>Original-Recipient</c>), when the report keeps it.</summary>
        public string? OriginalRecipient => NullIfEmpty(originalRecipient);

        /// <summary>The server that gave the reply (<c>Remote-MTA</c>, without its <c>dns;</c> type).</summary>
        public string? RemoteMta => NullIfEmpty(remoteMta);

        /// <summary>The type of the diagnostic code (<c>smtp</c>, <c>X-Postfix</c>, <c>x-unix</c>, ...).</summary>
        public string? DiagnosticType => NullIfEmpty(diagnosticType);

        /// <summary>The diagnostic text: the remote server's reply, or the MTA's own explanation.</summary>
        public string? DiagnosticText => NullIfEmpty(diagnosticText);

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
#else
        /// <summary>The address the report is about (<c>Final-Recipient</c>, or the address a plain-text bounce names).</summary>
        public string FinalRecipient => NullIfEmpty(finalRecipient);

        /// <summary>The address as the sender gave it (<c>Original-Recipient</c>), when the report keeps it.</summary>
        public string OriginalRecipient => NullIfEmpty(originalRecipient);

        /// <summary>The server that gave the reply (<c>Remote-MTA</c>, without its <c>dns;</c> type).</summary>
        public string RemoteMta => NullIfEmpty(remoteMta);

        /// <summary>The type of the diagnostic code (<c>smtp</c>, <c>X-Postfix</c>, <c>x-unix</c>, ...).</summary>
        public string DiagnosticType => NullIfEmpty(diagnosticType);

        /// <summary>The diagnostic text: the remote server's reply, or the MTA's own explanation.</summary>
        public string DiagnosticText => NullIfEmpty(diagnosticText);

        private static string NullIfEmpty(string value) => value.Length == 0 ? null : value;
#endif

        /// <summary>
        /// When the reporting MTA last tried this recipient (<c>Last-Attempt-Date</c>, RFC 3464 2.3.7), with the offset
        /// the report gives; <c>null</c> when the report has none or it is no RFC 5322 date-time.
        /// </summary>
        public global::System.DateTimeOffset? LastAttemptDate { get; }

        /// <summary>What happened: failed, delayed, delivered, relayed or expanded.</summary>
        public SmtpDeliveryAction Action { get; }

        /// <summary>The enhanced status code: the report's <c>Status</c> field, or the code found in the reply text.</summary>
        public SmtpEnhancedStatusCode? Status { get; }

        /// <summary>The text that was diagnosed (the diagnostic code with the status, or the bounce's words about this recipient).</summary>
        public string Evidence { get; }

        /// <summary>What the evidence means and what to do: class, reason, hard or soft bounce, who must act.</summary>
        public SmtpDiagnosis Diagnosis { get; }

        /// <summary>
        /// Whether the failure is final for this address: <c>true</c> for a failed recipient whose diagnosis is a hard
        /// bounce, or whose report's permanent Status gives up a temporary reply that said the address or its domain does
        /// not exist or has moved (catalog/README.md, "Hard and soft bounces").
        /// </summary>
        public bool IsHardBounce => SmtpReplyRules.IsHardBounce(Action, Status, Diagnosis);

        /// <inheritdoc/>
        public override string ToString() => finalRecipient + " " + Action + " " + (Status.HasValue ? Status.Value.ToString() : "-") + " " + Diagnosis.Reason;
    }
}
