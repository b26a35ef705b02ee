namespace SmtpCodes
{
    /// <summary>
    /// The contract between the catalog tables the generator writes and the engine that reads them: the tables'
    /// names, their layout constants and the folding of text. This one file is compiled into the generator (linked
    /// by src/SmtpCodes.Generators), into SmtpCodes.Runtime, and emitted with the engine into every project, so the
    /// writer and the reader cannot disagree: a name the generator writes and the engine does not read fails the
    /// build of SmtpCodes.Runtime.
    /// </summary>
    internal static class SmtpCatalogLayout
    {
        /// <summary>The class nested in <c>SmtpReply</c> that holds the catalog message tables.</summary>
        public const string MessageTables = "CatalogMessages";

        /// <summary>Characters below this (ASCII) find their class in a table; others by a search.</summary>
        public const int AsciiWidth = 128;

        /// <summary>Numbers per enhanced code pattern of a row: class (0 for any), subject, first and last detail (-1 for any).</summary>
        public const int PatternStride = 4;

        /// <summary>Enhanced status code subjects are 0 to 7 (RFC 3463); the reply parser reads no other.</summary>
        public const int SubjectCount = 8;

        /// <summary>The name of the key of SmtpEnhancedStatusCode's generated lookups: subject * <see cref="EnhancedKeyStride"/> + detail.</summary>
        public const string EnhancedKey = "Key";

        /// <summary>Details are 0 to 999, so this stride gives every subject and detail its own key.</summary>
        public const int EnhancedKeyStride = 1000;

        /// <summary>The fields of SmtpEnhancedStatusCode that generated lookups read.</summary>
        public const string ClassField = "classValue";
        public const string SubjectField = "subjectValue";
        public const string DetailField = "detailValue";

        // The tables of the catalog messages, by name (see CatalogMessageTables in the generator for their meaning).
        public const string TerminalCount = nameof(TerminalCount);
        public const string CharClasses = nameof(CharClasses);
        public const string WideChars = nameof(WideChars);
        public const string FirstWideClass = nameof(FirstWideClass);
        public const string RowShift = nameof(RowShift);
        public const string EdgeBase = nameof(EdgeBase);
        public const string EdgeCheck = nameof(EdgeCheck);
        public const string ShallowStates = nameof(ShallowStates);
        public const string ShallowRows = nameof(ShallowRows);
        public const string Failure = nameof(Failure);
        public const string Output = nameof(Output);
        public const string TerminalLink = nameof(TerminalLink);
        public const string TerminalLength = nameof(TerminalLength);
        public const string TerminalRuleStart = nameof(TerminalRuleStart);
        public const string TerminalRules = nameof(TerminalRules);
        public const string TerminalRuleIsVendorEvidence = nameof(TerminalRuleIsVendorEvidence);
        public const string TerminalRuleIsContext = nameof(TerminalRuleIsContext);
        public const string TerminalRuleIsFallback = nameof(TerminalRuleIsFallback);
        public const string TerminalRuleIsScoped = nameof(TerminalRuleIsScoped);
        public const string AlignedCount = nameof(AlignedCount);
        public const string AlignedRules = nameof(AlignedRules);
        public const string AlignedPieceCounts = nameof(AlignedPieceCounts);
        public const string AlignedLengths = nameof(AlignedLengths);
        public const string PieceEntryStart = nameof(PieceEntryStart);
        public const string PieceAligned = nameof(PieceAligned);
        public const string PieceOrder = nameof(PieceOrder);
        public const string CodeOnlyRuleStart = nameof(CodeOnlyRuleStart);
        public const string CodeOnlyRules = nameof(CodeOnlyRules);
        public const string BasicCodes = nameof(BasicCodes);
        public const string EnhancedStart = nameof(EnhancedStart);
        public const string EnhancedPatterns = nameof(EnhancedPatterns);
        public const string IsBlocklist = nameof(IsBlocklist);
        public const string IsGeneric = nameof(IsGeneric);
        public const string HasOwnCodes = nameof(HasOwnCodes);
        public const string ImpliedClasses = nameof(ImpliedClasses);
        public const string Bounces = nameof(Bounces);
        public const string Reasons = nameof(Reasons);
        public const string Parties = nameof(Parties);
        public const string Actions = nameof(Actions);
        public const string ListTypes = nameof(ListTypes);
        public const string Names = nameof(Names);
        public const string Vendors = nameof(Vendors);
        public const string Titles = nameof(Titles);
        public const string Descriptions = nameof(Descriptions);
        public const string Resolutions = nameof(Resolutions);

        // The classification policy's reading of a refusal whose words name no cause (a refused sending host), written as
        // constants of SmtpReply itself.
        public const string RefusedHostReason = nameof(RefusedHostReason);
        public const string RefusedHostBounce = nameof(RefusedHostBounce);
        public const string RefusedHostParty = nameof(RefusedHostParty);
        public const string RefusedHostAction = nameof(RefusedHostAction);

        // Its reading of a temporary refusal of the transaction under X.7.1 that names no cause.
        public const string DeferredByPolicyReason = nameof(DeferredByPolicyReason);
        public const string DeferredByPolicyParty = nameof(DeferredByPolicyParty);
        public const string DeferredByPolicyAction = nameof(DeferredByPolicyAction);

        // Its reading of a bare 554 that answered the end of the message's data.
        public const string RefusedMessageReason = nameof(RefusedMessageReason);
        public const string RefusedMessageParty = nameof(RefusedMessageParty);
        public const string RefusedMessageAction = nameof(RefusedMessageAction);

        // Its reading of a bare 550 or 553 that answered RCPT TO.
        public const string RefusedRecipientReason = nameof(RefusedRecipientReason);
        public const string RefusedRecipientParty = nameof(RefusedRecipientParty);
        public const string RefusedRecipientAction = nameof(RefusedRecipientAction);
        public const string RefusedRecipientBounce = nameof(RefusedRecipientBounce);

        // Its bounce kind for the same refusal where its words call the address unknown.
        public const string RefusedUnknownRecipientBounce = nameof(RefusedUnknownRecipientBounce);

        // Its reading of a bare 550 or 553 that answered RCPT TO in words that name the recipient's domain.
        public const string RefusedRecipientDomainReason = nameof(RefusedRecipientDomainReason);
        public const string RefusedRecipientDomainParty = nameof(RefusedRecipientDomainParty);
        public const string RefusedRecipientDomainAction = nameof(RefusedRecipientDomainAction);

        /// <summary>
        /// Whether a character separates words when text is folded: white space and control characters. Below the
        /// space every character is one, so the common case costs one comparison.
        /// </summary>
        public static bool IsSeparator(char c) =>
            c <= ' ' || (c >= 127 && (char.IsWhiteSpace(c) || char.IsControl(c)));

        /// <summary>The case folding of catalog match strings and reply text: ASCII letters by one OR, others invariant.</summary>
        public static char Fold(char c) =>
            unchecked((uint)(c - 'A')) <= 'Z' - 'A' ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);
    }
}
