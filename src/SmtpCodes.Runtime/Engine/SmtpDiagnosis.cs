namespace SmtpCodes
{
    /// <summary>What decided a diagnosis.</summary>
    public enum SmtpDiagnosisBasis
    {
        /// <summary>Nothing: the text has no code and no known message.</summary>
        None = 0,

        /// <summary>The meaning of the basic code.</summary>
        BasicCode = 1,

        /// <summary>The meaning of the enhanced status code.</summary>
        EnhancedCode = 2,

        /// <summary>A catalog message (a vendor message, text evidence or a blocklist) whose text and codes fit the reply.</summary>
        CatalogMessage = 3,
    }

    /// <summary>
    /// What an SMTP reply means and what to do about it: the answer of <see cref="SmtpReply.Diagnose(string)"/>.
    /// A value that keeps no reference to the reply, so diagnosing allocates nothing; parse the reply with
    /// <see cref="SmtpReply.TryParse(string, out SmtpReply)"/> to keep its text. <c>default</c> is the diagnosis of a text without code.
    /// </summary>
    public readonly struct SmtpDiagnosis
    {
        private const string NoCodeTitle = "No SMTP reply code";
        private const string NoCodeDescription = "The text has no SMTP reply code and no message the catalog knows.";

        // The reply's codes without its text: the diagnosis keeps no reference to the text.
        private readonly SmtpReply codes;
        private readonly SmtpReplyClass replyClass;
        private readonly SmtpBounceReason reason;
        private readonly bool hardBounce;
        private readonly SmtpResponsibleParty party;
        private readonly SmtpRecommendedAction action;
        private readonly SmtpDiagnosisBasis basis;
#if SMTPCODES_NULLABLE
        private readonly string? title;
        private readonly string? description;
        private readonly string? resolution;
        private readonly string? vendor;
        private readonly string? catalogEntry;
        private readonly string? blocklist;
        private readonly string? recipient;
#else
        private readonly string title;
        private readonly string description;
        private readonly string resolution;
        private readonly string vendor;
        private readonly string catalogEntry;
        private readonly string blocklist;
        private readonly string recipient;
#endif
        private readonly SmtpBlocklistType? blocklistType;
        private readonly bool byCauseWord;

#if SMTPCODES_NULLABLE
        internal SmtpDiagnosis(SmtpReply codes, SmtpReplyClass replyClass, SmtpBounceReason reason, bool hardBounce, SmtpResponsibleParty party, SmtpRecommendedAction action, SmtpDiagnosisBasis basis, string? title, string? description, string? resolution, string? vendor, string? catalogEntry, string? blocklist, SmtpBlocklistType? blocklistType, string? recipient = null, bool byCauseWord = false)
#else
        internal SmtpDiagnosis(SmtpReply codes, SmtpReplyClass replyClass, SmtpBounceReason reason, bool hardBounce, SmtpResponsibleParty party, SmtpRecommendedAction action, SmtpDiagnosisBasis basis, string title, string description, string resolution, string vendor, string catalogEntry, string blocklist, SmtpBlocklistType? blocklistType, string recipient = null, bool byCauseWord = false)
#endif
        {
            this.codes = codes;
            this.replyClass = replyClass;
            this.reason = reason;
            this.hardBounce = hardBounce;
            this.party = party;
            this.action = action;
            this.basis = basis;
            this.title = title;
            this.description = description;
            this.resolution = resolution;
            this.vendor = vendor;
            this.catalogEntry = catalogEntry;
            this.blocklist = blocklist;
            this.blocklistType = blocklistType;
            this.recipient = recipient;
            this.byCauseWord = byCauseWord;
        }

        /// <summary>The basic code, or null when the text has none.</summary>
        public SmtpReplyCode? BasicCode => codes.BasicCode;

        /// <summary>The enhanced status code, or null when the text has none.</summary>
        public SmtpEnhancedStatusCode? EnhancedCode => codes.EnhancedCode;

        /// <summary>
        /// What the client must do: transient (retry) or permanent (do not repeat unchanged). From the basic code
        /// (RFC 5321; a 552 about too many recipients is transient, as 4.5.3.1.10 asks); without one from the enhanced
        /// code's first digit (RFC 3463); without any code from the reason the text gives (a time-out or a full mailbox
        /// is transient, an unknown user permanent). Unknown when nothing says.
        /// </summary>
        public SmtpReplyClass Class => replyClass;

        /// <summary>Whether the basic code and the enhanced code have different classes (such as 421 5.7.32); the basic code decides.</summary>
        public bool ClassConflict => codes.BasicCode.HasValue && codes.EnhancedCode.HasValue && codes.EnhancedCode.Value.Class != codes.Class;

        /// <summary>Why the message bounced.</summary>
        public SmtpBounceReason Reason => reason;

        /// <summary>
        /// Whether the address does not work (stop sending to it): a permanent reply whose deciding catalog row says
        /// hard, which the built-in catalog says only for an unknown user or domain, a move, or a domain that accepts no
        /// mail, confirmed by the enhanced code or the text (a bare 550 is not). Null when the class is unknown.
        /// </summary>
        public bool? IsHardBounce => replyClass == SmtpReplyClass.Unknown ? (bool?)null : hardBounce;

        /// <summary>Who must act.</summary>
        public SmtpResponsibleParty Party => party;

        /// <summary>What to do.</summary>
        public SmtpRecommendedAction Action => action;

        /// <summary>What decided the diagnosis: a catalog message, the enhanced code or the basic code.</summary>
        public SmtpDiagnosisBasis Basis => basis;

        // Whether the deciding catalog row was found only by one of its cause words (catalog "{fallback}": "spam"),
        // which name a cause where no phrase of the catalog does: the weakest reading a catalog row gives.
        internal bool IsByCauseWord => byCauseWord;

        /// <summary>The title of the catalog message or code that decided.</summary>
        public string Title => title ?? NoCodeTitle;

        /// <summary>What the reply means, in plain words.</summary>
        public string Description => description ?? NoCodeDescription;

        /// <summary>What to do about it, in plain words; empty for a success.</summary>
        public string Resolution => resolution ?? string.Empty;

        /// <summary>Who sends the matched catalog message (a provider or MTA); null for generic text evidence and when no message matched.</summary>
#if SMTPCODES_NULLABLE
        public string? Vendor => vendor;
#else
        public string Vendor => vendor;
#endif

        /// <summary>The name of the matched catalog row, or null.</summary>
#if SMTPCODES_NULLABLE
        public string? CatalogEntry => catalogEntry;
#else
        public string CatalogEntry => catalogEntry;
#endif

        /// <summary>The blocklist the reply names, or null.</summary>
#if SMTPCODES_NULLABLE
        public string? Blocklist => blocklist;
#else
        public string Blocklist => blocklist;
#endif

        /// <summary>What the named blocklist holds, or null.</summary>
        public SmtpBlocklistType? BlocklistType => blocklistType;

        /// <summary>The recipient the reply refused, when the diagnosis comes from a library's exception that names one (MailKit's <c>SmtpCommandException.Mailbox</c>, System.Net.Mail's <c>SmtpFailedRecipientException.FailedRecipient</c>); else null.</summary>
#if SMTPCODES_NULLABLE
        public string? Recipient => recipient;
#else
        public string Recipient => recipient;
#endif

        /// <summary>A one-line summary: codes, class, reason and action.</summary>
        public override string ToString()
        {
            var head = codes.ToString();
            return (head.Length > 0 ? head : "(no code)") + ": " + Class.ToString() + ", " + Reason.ToString() + (IsHardBounce == true ? " (hard bounce)" : string.Empty) + ", " + Party.ToString() + " should " + Action.ToString();
        }

        /// <summary>
        /// The same reply read as about the sender's address, because the bounce says it answered MAIL FROM or its words say
        /// so in a clause about the envelope sender (SmtpReply's SenderClause): the reason,
        /// bounce, party and action of RFC 3463's code for a bad sender's address (X.1.8, the sender's system, when the
        /// reply named an unknown domain; else X.1.7, the sender's mailbox), which is never a hard bounce of the recipient.
        /// </summary>
        internal SmtpDiagnosis AboutSender()
        {
            return ReadAs(new SmtpEnhancedStatusCode(5, 1, reason == SmtpBounceReason.HostUnknown ? 8 : 7), replyClass);
        }

        /// <summary>
        /// The same reply with the meaning of its codes set aside (they name what the reply cannot be about): the reason,
        /// party, action and texts of RFC 3463's X.0.0 (other or undefined status) in the reply's class, never a hard bounce.
        /// </summary>
        internal SmtpDiagnosis WithoutCodeMeaning() => WithoutCodeMeaning(replyClass);

        /// <summary>
        /// As <see cref="WithoutCodeMeaning()"/>, in another class: where the bounce states the recipient's class (its
        /// Action says it failed or is delayed) and the reply's own codes say success.
        /// </summary>
        internal SmtpDiagnosis WithoutCodeMeaning(SmtpReplyClass inClass)
        {
            return ReadAs(new SmtpEnhancedStatusCode(inClass == SmtpReplyClass.Transient ? 4 : 5, 0, 0), inClass);
        }

        /// <summary>
        /// The same failure read as the end of the MTA's retries: the reason, party, action and texts of RFC 3463's
        /// X.4.7 (delivery time expired), which is never a hard bounce. A failure without any code takes the permanent
        /// class an expired message implies (catalog/README.md, "Implied class").
        /// </summary>
        internal SmtpDiagnosis AfterRetriesRanOut()
        {
            return ReadAs(new SmtpEnhancedStatusCode(5, 4, 7), replyClass == SmtpReplyClass.Unknown ? SmtpReplyClass.Permanent : replyClass);
        }

        /// <summary>
        /// The same last error as the cause of a message given up after its retries ran out (SmtpReply.TryDiagnoseRetriedCause):
        /// an error with a code keeps its class (a temporary cause given up is soft); one without any code, whose class
        /// only its reason implied (a full mailbox may empty), takes the permanent class of the message given up
        /// (catalog/README.md, "Implied class": an expired message is a permanent failure of that message), still soft.
        /// </summary>
        internal SmtpDiagnosis GivenUp() => codes.HasCode ? this
            : new SmtpDiagnosis(codes, SmtpReplyClass.Permanent, reason, hardBounce, party, action, basis, title, description, resolution, vendor, catalogEntry, blocklist, blocklistType, recipient, byCauseWord);

        /// <summary>
        /// The same refusal read as the receiving server's refusal of the sending host: a permanent reply to the greeting
        /// or to EHLO/HELO, before any address was given, whose words and codes name no cause. Its reason, bounce, party
        /// and action are the classification policy's for such a refusal, which the generator writes beside the catalog's
        /// tables (SmtpReply.RefusedHost*: Blocked, soft, the sending system's administrator asks the receiving site's
        /// postmaster); the texts kept.
        /// </summary>
        internal SmtpDiagnosis RefusedSendingHost() =>
            ReadByPolicy(SmtpReply.RefusedHostReason, replyClass == SmtpReplyClass.Permanent && SmtpReply.RefusedHostBounce == SmtpBounceKind.Hard, SmtpReply.RefusedHostParty, SmtpReply.RefusedHostAction);

        /// <summary>
        /// The same refusal read as the receiving server's refusal of the message: a bare 554 that answered the end of the
        /// message's data, whose words and codes name no cause. Its reason, party and action are the classification policy's
        /// for such a refusal (SmtpReply.RefusedMessage*), never a hard bounce: the address was accepted at RCPT TO; the
        /// texts kept.
        /// </summary>
        internal SmtpDiagnosis RefusedMessage() =>
            ReadByPolicy(SmtpReply.RefusedMessageReason, false, SmtpReply.RefusedMessageParty, SmtpReply.RefusedMessageAction);

        /// <summary>
        /// The same refusal read as the receiving server's refusal of the recipient's mailbox: a bare 550 or 553 that
        /// answered RCPT TO, whose words and codes name no cause. Its reason, party and action are the classification
        /// policy's for such a refusal (SmtpReply.RefusedRecipient*), soft (SmtpReply.RefusedRecipientBounce): nothing
        /// confirms that the mailbox does not exist; the texts kept.
        /// </summary>
        internal SmtpDiagnosis RefusedRecipient() =>
            ReadByPolicy(SmtpReply.RefusedRecipientReason, SmtpReply.RefusedRecipientBounce == SmtpBounceKind.Hard, SmtpReply.RefusedRecipientParty, SmtpReply.RefusedRecipientAction);

        /// <summary>
        /// The same refusal read as the receiving server's refusal of the recipient's domain: a bare 550 or 553 that
        /// answered RCPT TO in words that name the domain and no mailbox. Its reason, party and action are the
        /// classification policy's for such a refusal (SmtpReply.RefusedRecipientDomain*: NoRelaying, the sending
        /// system's administrator), never a hard bounce; the texts kept.
        /// </summary>
        internal SmtpDiagnosis RefusedRecipientDomain() =>
            ReadByPolicy(SmtpReply.RefusedRecipientDomainReason, false, SmtpReply.RefusedRecipientDomainParty, SmtpReply.RefusedRecipientDomainAction);

        /// <summary>
        /// The same refusal of the recipient's mailbox where its words call the address unknown, invalid or bad
        /// ("550 Invalid username", "550 Unknown local address" to RCPT TO): the classification policy's reading for a
        /// refusal of a recipient (SmtpReply.RefusedRecipient*), and its bounce kind for words that call the address unknown
        /// (SmtpReply.RefusedUnknownRecipientBounce: hard, as the catalog reads its unknown-user words).
        /// </summary>
        internal SmtpDiagnosis RefusedUnknownRecipient() =>
            ReadByPolicy(SmtpReply.RefusedRecipientReason, SmtpReply.RefusedUnknownRecipientBounce == SmtpBounceKind.Hard, SmtpReply.RefusedRecipientParty, SmtpReply.RefusedRecipientAction);

        /// <summary>
        /// The same temporary refusal read as a deferral by the receiving site's policy: a 450 or 451 that answered RCPT TO
        /// and whose words only ask the client to come back. Its reason, party and action are the classification policy's
        /// for a temporary refusal of the transaction without cause (SmtpReply.DeferredByPolicy*: greylisting, nobody acts,
        /// the queue retries), never a hard bounce; the texts kept.
        /// </summary>
        internal SmtpDiagnosis DeferredWithoutCause() =>
            ReadByPolicy(SmtpReply.DeferredByPolicyReason, false, SmtpReply.DeferredByPolicyParty, SmtpReply.DeferredByPolicyAction);

        // The same reply read by a rule of the classification policy (its reason, hard or soft, party and action, which
        // the generator writes from ClassificationPolicy as SmtpReply's Refused*/Deferred* constants); codes, class and
        // texts kept.
        private SmtpDiagnosis ReadByPolicy(SmtpBounceReason policyReason, bool hard, SmtpResponsibleParty policyParty, SmtpRecommendedAction policyAction) =>
            new SmtpDiagnosis(codes, replyClass, policyReason, hard, policyParty, policyAction, basis, title, description, resolution, vendor, catalogEntry, blocklist, blocklistType, recipient);

        /// <summary>
        /// The same reply read by its enhanced code's own meaning, in its class, never a hard bounce: where the bounce says
        /// at which command it came, and the classification policy's rule for a refusal without cause does not hold there
        /// (a temporary X.7.1 refusal of MAIL FROM, before any recipient, is no greylisting of one).
        /// </summary>
        internal SmtpDiagnosis ByItsEnhancedCode() => codes.EnhancedCode.HasValue ? ReadAs(codes.EnhancedCode.Value, replyClass) : this;

        // The same reply given the meaning of another code (its reason, party, action and texts) in a class, never a
        // hard bounce: what a bounce's context says the reply is about, where its own codes cannot hold.
        private SmtpDiagnosis ReadAs(SmtpEnhancedStatusCode meaning, SmtpReplyClass inClass) =>
            new SmtpDiagnosis(codes, inClass, meaning.GetDefaultReason(), false, meaning.GetDefaultParty(), SmtpReplyRules.ActionInClass(inClass, meaning.GetDefaultAction()), basis, meaning.GetTitle(), meaning.GetDescription(), meaning.GetResolution(), vendor, catalogEntry, blocklist, blocklistType, recipient);

        /// <summary>
        /// The same refusal read as a mailbox that exists refusing the message (the report's Status X.2.0 beside words
        /// that say the user is unknown): the recipient's filter, never a hard bounce; the party, action and texts of the
        /// Status.
        /// </summary>
        internal SmtpDiagnosis RefusedByExistingMailbox(SmtpEnhancedStatusCode status) =>
            new SmtpDiagnosis(codes, replyClass, SmtpBounceReason.Filtered, false, status.GetDefaultParty(), SmtpReplyRules.ActionInClass(replyClass, status.GetDefaultAction()), basis, status.GetTitle(), status.GetDescription(), status.GetResolution(), vendor, catalogEntry, blocklist, blocklistType, recipient);

        /// <summary>The same diagnosis with the basic code of the reply its evidence stands for, which the evidence does not state.</summary>
        internal SmtpDiagnosis WithBasicCode(int basic) =>
            new SmtpDiagnosis(codes.WithBasicCode(basic), replyClass, reason, hardBounce, party, action, basis, title, description, resolution, vendor, catalogEntry, blocklist, blocklistType, recipient, byCauseWord);

        /// <summary>The same diagnosis about one recipient (a library's exception names the one the server refused).</summary>
        internal SmtpDiagnosis WithRecipient(string recipient) =>
            new SmtpDiagnosis(codes, replyClass, reason, hardBounce, party, action, basis, title, description, resolution, vendor, catalogEntry, blocklist, blocklistType, recipient, byCauseWord);
    }
}
